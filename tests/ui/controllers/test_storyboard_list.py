"""The storyboard list on its own: rows, its buttons, choosing a row, reordering by drag."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from storyboard_app.ui.storyboard_list import StoryboardList
from tests.conftest import COFFEE
from tests.ui.controllers.conftest import Opened


def test_the_buttons_rows_and_a_drag_edit_the_project(
    qtbot: QtBot, host: QMainWindow, open_document: Callable[[Path], Opened]
) -> None:
    opened = open_document(COFFEE)
    document, editor = opened.document, opened.editor
    boards = StoryboardList(document, editor)
    document.changed.connect(lambda _p: boards.show_project())  # as the window connects it
    editor.selection_changed.connect(boards.show_selection)
    host.setCentralWidget(boards)
    host.show()
    qtbot.waitExposed(host)
    boards.show_project()
    rows = boards.board_list
    assert [rows.item(i).text() for i in range(rows.count())] == [
        "Morning ritual\n5 shots · 15 s · kling-v3",
        "Brand moment\n4 shots · 15 s · kling-v3",
    ]
    assert rows.currentRow() == 0
    names = [b.name for b in document.project.storyboards]

    def button(text: str) -> QPushButton:
        return next(b for b in boards.findChildren(QPushButton) if b.text() == text)

    QTest.mouseClick(button("Duplicate"), Qt.MouseButton.LeftButton)
    assert len(document.project.storyboards) == 3
    assert editor.board_index == 1
    QTest.mouseClick(button("Delete"), Qt.MouseButton.LeftButton)
    assert [b.name for b in document.project.storyboards] == names
    selected = editor.board_index
    QTest.mouseClick(button("Add"), Qt.MouseButton.LeftButton)
    assert len(document.project.storyboards) == 3
    assert rows.count() == 3
    assert editor.board_index == selected + 1  # after the selected one
    assert rows.currentRow() == selected + 1
    document.undo_stack.undo()

    second = rows.visualItemRect(rows.item(1)).center()
    QTest.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert editor.board_index == 1
    assert rows.currentRow() == 1
    # Dropping the second row above the first (what a drag ends with) reorders the project.
    assert rows.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    assert [b.name for b in document.project.storyboards] == list(reversed(names))
    assert editor.board.name == "Brand moment"  # the selection moved with its storyboard
    assert document.undo_stack.undoText() == "Reorder storyboards"
