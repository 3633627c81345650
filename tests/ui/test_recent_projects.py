"""Open Recent lists every project opened (File ▸ Open, New from Example, the command line or
a file manager), not only those saved with Save As; with no project named, the app opens
the newest of them that is still there."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from storyboard_app.ui.controllers.files import project_to_open
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import COFFEE, DETECTIVE, EXAMPLES
from tests.ui.conftest import ScriptedDialogs


def action(window: MainWindow, *path: str) -> QAction:
    """The menu bar's action at ``path`` ("File", "Open…"), by the text a person reads."""
    actions = window.menuBar().actions()
    for step in path:
        found = next(a for a in actions if a.text().replace("&", "") == step)
        menu = found.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled when they open fill themselves
            actions = menu.actions()
    return found


def recent_menu(window: MainWindow) -> list[str]:
    menu = action(window, "File", "Open Recent").menu()
    assert isinstance(menu, QMenu)
    return [a.text() for a in menu.actions()]


def test_open_recent_lists_every_project_opened_however(
    qtbot: QtBot,
    workspace: AppWorkspace,
    open_copy: Callable[[Path], MainWindow],
    example_copy: Callable[[Path], Path],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    first = open_copy(DETECTIVE)  # as from the command line or a file manager
    assert first.document.folder is not None
    assert recent_menu(first) == [str(first.document.folder)]

    second = example_copy(COFFEE)
    dialogs.open_paths = [second]
    action(first, "File", "Open…").trigger()
    assert workspace.windows[-1].document.folder == second

    mine = tmp_path / "Mine.storyboard"
    dialogs.new_paths = [mine]
    action(first, "File", "New from Example", "Night City Detective").trigger()
    assert workspace.windows[-1].document.folder == mine
    assert recent_menu(first) == [str(mine), str(second), str(first.document.folder)]

    workspace.open_folder(DETECTIVE)  # a bundled example itself is no recent project
    assert recent_menu(first)[0] == str(mine)
    assert not any(str(EXAMPLES) in path for path in recent_menu(first))

    settings = workspace.services.settings
    assert project_to_open(settings) == mine  # the next start opens it
    shutil.rmtree(mine)
    assert project_to_open(settings) == second  # gone: the one before


def test_with_no_recent_project_the_app_starts_untitled(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert project_to_open(settings) is None
    not_a_project = tmp_path / "notes.storyboard"
    not_a_project.mkdir()
    settings.setValue("recent", [str(tmp_path / "gone.storyboard"), str(not_a_project)])
    assert project_to_open(settings) is None
    settings.setValue("recent", str(DETECTIVE))  # one entry comes back as a plain string
    assert project_to_open(settings) == DETECTIVE
