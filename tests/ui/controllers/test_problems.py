"""The Problems dock on its own controller: counted in its title, a double click goes there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.ui.controllers.problems import ProblemsController
from storyboard_app.ui.inspector import BoardSettings, ShotInspector
from storyboard_app.ui.problems_list import ProblemList
from tests.conftest import DETECTIVE
from tests.ui.controllers.conftest import Opened


def test_a_double_clicked_problem_selects_its_shot_and_focuses_the_field(
    qtbot: QtBot, host: QMainWindow, open_document: Callable[[Path], Opened]
) -> None:
    opened = open_document(DETECTIVE)
    document, editor = opened.document, opened.editor
    problem_list = ProblemList()
    dock = QDockWidget("Problems", host)
    dock.setWidget(problem_list)
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    tabs = QTabWidget()
    shot_inspector, board_settings = ShotInspector(editor), BoardSettings(editor)
    tabs.addTab(board_settings, "Storyboard")
    tabs.addTab(shot_inspector, "Shot")
    host.setCentralWidget(tabs)
    problems = ProblemsController(
        document, editor, problem_list, dock, tabs, shot_inspector, board_settings
    )
    problems.check()
    assert dock.windowTitle() == "Problems (0 errors, 0 warnings)"
    assert problems.problems == []

    third = editor.board.shots[2].id
    document.edit("Break it", edits.update_shot(document.project, 0, third, duration=0.5))
    problems.check()
    paths = [p.path for p in problems.problems]
    assert "storyboards[0].shots[2].duration" in paths
    assert dock.windowTitle() == "Problems (2 errors, 0 warnings)"  # the shot and the board
    host.show()
    qtbot.waitExposed(host)
    editor.select_shot(editor.board.shots[0].id)
    item = problem_list.topLevelItem(paths.index("storyboards[0].shots[2].duration"))
    assert item is not None
    # Where, in a director's words; the exact field stays in the tip.
    assert item.text(1) == f"{editor.project.storyboards[0].name} › shot 3 › duration"
    assert "storyboards[0].shots[2].duration" in item.toolTip(1)
    spot = problem_list.visualItemRect(item).center()
    # A double click: the first click, then the second (QTest's double click alone lacks
    # the first press an item view needs).
    QTest.mouseClick(problem_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(problem_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert editor.shot_id == third
    assert tabs.currentWidget() is shot_inspector
    assert host.focusWidget() is shot_inspector.duration
