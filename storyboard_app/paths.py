"""Where the app keeps its own files (settings, recovery files, the job database)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_VARIABLE = "STORYBOARD_APP_HOME"
"""Put settings, recovery files and the job database under this folder instead (tests, demos)."""


def config_dir() -> Path:
    """Settings."""
    home = os.environ.get(HOME_VARIABLE)
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir("storyboard-app"))


def data_dir() -> Path:
    """Recovery files and the job database."""
    home = os.environ.get(HOME_VARIABLE)
    return Path(home) / "data" if home else Path(platformdirs.user_data_dir("storyboard-app"))


def jobs_database() -> Path:
    """The SQLite file every job lives in."""
    return data_dir() / "jobs.sqlite3"


def element_store() -> Path:
    """The Kling element and custom-voice ids of this user's accounts (not in projects)."""
    return data_dir() / "kling-elements.json"
