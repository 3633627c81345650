"""GUI entry: builds the services once, opens the window, runs the Qt event loop."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from storyboard_app.cli import say
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import ProjectLoadError, load_project
from storyboard_app.ui.project_view import ProjectView
from storyboard_app.ui.screenshot import capture_when_painted
from storyboard_app.ui.theme import apply_theme


def _parse_size(text: str, parser: argparse.ArgumentParser) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip())
    if not match:
        parser.error(f"--size takes WIDTHxHEIGHT, e.g. 1600x1000, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def run_gui(
    project: Path | None,
    screenshot: Path | None,
    size: str,
    parser: argparse.ArgumentParser,
) -> int:
    """Open the window on ``project`` (or a new untitled one); return the exit code."""
    width, height = _parse_size(size, parser)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Storyboard")
    app.setOrganizationName("storyboard-app")
    apply_theme(app)

    if project is not None:
        try:
            model = load_project(project)
        except ProjectLoadError as error:
            say(f"storyboard-app open: {error}")
            if screenshot is None:
                QMessageBox.critical(None, "Cannot open the project", str(error))
            return 1
        folder: Path | None = project
        catalog = AssetStore(project)
    else:
        model = Project(
            title="Untitled", storyboards=(Storyboard(name="Storyboard 1", shots=(Shot(),)),)
        )
        folder = None
        catalog = AssetStore(Path.cwd())

    window = ProjectView(model, folder, catalog)
    window.resize(width, height)
    window.show()

    if screenshot is not None:
        outcome: list[bool] = []

        def finished(ok: bool) -> None:
            outcome.append(ok)
            app.quit()

        capture_when_painted(window, screenshot, finished)
        app.exec()
        if not outcome or not outcome[0]:
            say(f"storyboard-app open: could not save {screenshot}")
            return 1
        say(f"Saved a screenshot to {screenshot}")
        return 0
    return app.exec()
