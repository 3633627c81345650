"""Kling's legacy-standard API (``shared/docs/kling-api.md`` §2-8): auth, client, errors."""
