"""Fixtures for widget tests: services with a scripted dialogs port, windows on copies."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from storyboard_app.jobs.board import JobBoard
from storyboard_app.storage.recovery import Recovery, RecoveryStore
from storyboard_app.ui.background import Background
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import EXAMPLES


class ScriptedDialogs:
    """Answers the window's questions from a script and records what it was told."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.unsaved_answers: list[Discard] = []
        self.new_paths: list[Path] = []
        self.open_paths: list[Path] = []
        self.restore_answers: list[bool] = []
        self.asked: list[str] = []
        self.save_paths: list[Path] = []
        self.title_cards_answers: list[bool] = []

    def ask_unsaved(self, parent: QWidget, title: str) -> Discard:
        self.asked.append(f"unsaved:{title}")
        return self.unsaved_answers.pop(0) if self.unsaved_answers else Discard.DISCARD

    def ask_open(self, parent: QWidget) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def ask_new(self, parent: QWidget, suggested: str) -> Path | None:
        self.asked.append(f"new:{suggested}")
        return self.new_paths.pop(0) if self.new_paths else None

    def ask_restore(self, parent: QWidget | None, recovery: Recovery) -> bool:
        return self.restore_answers.pop(0) if self.restore_answers else False

    def ask_save_file(self, parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
        self.asked.append(f"save:{suggested}")
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_title_cards(self, parent: QWidget, missing: list[str]) -> bool:
        self.asked.append("title-cards:" + "; ".join(missing))
        return self.title_cards_answers.pop(0) if self.title_cards_answers else False

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def make_services(
    tmp_path: Path, qapp: QApplication, dialogs: ScriptedDialogs
) -> Iterator[Callable[[], Services]]:
    """Services like the app's, but with files under the test's folder."""
    made: list[Services] = []

    def make() -> Services:
        background = Background()
        services = Services(
            dialogs=dialogs,
            settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
            recovery=RecoveryStore(tmp_path / "recovery"),
            background=background,
            thumbnails=ThumbnailCache(background),
            examples=EXAMPLES,
            jobs=(jobs := JobBoard()),
            renders=LocalRenders(jobs),
            autosave_ms=60_000,
        )
        made.append(services)
        return services

    yield make
    for services in made:
        assert services.background.wait(30_000)
        assert services.renders.wait(60_000)


@pytest.fixture
def services(make_services: Callable[[], Services]) -> Services:
    return make_services()


@pytest.fixture
def workspace(services: Services) -> Iterator[AppWorkspace]:
    space = AppWorkspace(services)
    yield space
    for window in list(space.windows):
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.fixture
def open_copy(
    workspace: AppWorkspace, example_copy: Callable[[Path], Path]
) -> Callable[[Path], MainWindow]:
    """Open a copy of an example in a window."""

    def open_(example: Path) -> MainWindow:
        folder = example_copy(example)
        assert workspace.open_folder(folder)
        return workspace.windows[-1]

    return open_
