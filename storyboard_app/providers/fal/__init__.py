"""fal.ai's queue API for Kling 3.0 (built and tested; not yet offered in the window or CLI)."""
