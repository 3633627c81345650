""" "Let Kling cut" as a director uses it: the storyboard tab's box, the timeline, the request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE


def cuts(window: MainWindow) -> str:
    return window.editor.board.cuts


def test_the_box_makes_one_take_with_notes_and_undo_restores_the_cuts(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.inspector_tabs.setCurrentWidget(window.board_settings)
    box = window.board_settings.cuts
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert cuts(window) == "model"
    timeline = window.timeline
    assert timeline.kling_cuts
    assert [timeline.block_title(i) for i in range(3)] == ["Note 1", "Note 2", "Note 3"]
    body = compile_kling(compile_guidances(window.document.project, 0)).body
    assert body["shot_type"] == "intelligence"
    assert body["prompt"].startswith("Part 1 (about 3 s): Wide shot")
    timeline.grab()  # paints the one-take frame without an error
    window.document.undo_stack.undo()
    assert cuts(window) == "director"
    assert not box.isChecked()
    assert timeline.block_title(1) == "2 · MS"
