"""What a main window is given: the services every window shares, and the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings

from storyboard_app.jobs.board import JobBoard
from storyboard_app.storage.recovery import RecoveryStore
from storyboard_app.ui.background import Background
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.thumbnails import ThumbnailCache


class Workspace(Protocol):
    """Opens and creates projects in windows (implemented by the app)."""

    def open_folder(self, folder: Path) -> bool:
        """Open a project folder in a window; False if it could not be opened."""
        ...

    def new_project(self, folder: Path, template: Path | None) -> bool:
        """Create a project (blank, or a copy of ``template``) and open it."""
        ...


@dataclass
class Services:
    """What every window shares, built once at start-up."""

    dialogs: Dialogs
    settings: QSettings
    recovery: RecoveryStore
    background: Background
    thumbnails: ThumbnailCache
    examples: Path
    jobs: JobBoard
    renders: LocalRenders
    kling: KlingService
    autosave_ms: int = 5000
