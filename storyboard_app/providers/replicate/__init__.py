"""Replicate's predictions API for Kling 3.0 (built and tested; not yet in the window or CLI)."""
