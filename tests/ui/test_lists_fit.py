"""The Problems and Takes lists show their whole text and thumbnails at laptop size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTabBar
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE
from tests.ui.test_takes import previs

WRAP = int(Qt.TextFlag.TextWordWrap)


def click_dock_tab(window: MainWindow, title: str) -> None:
    """Click the tab of a tabbed dock, as a person does."""
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index).startswith(title):
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                return
    raise AssertionError(f"no dock tab {title}")


def text_fits(view: QAbstractItemView, rect: QRect, text: str, icon_width: int = 0) -> bool:
    """Whether ``text`` word-wrapped in the cell's width fits the cell's height."""
    metrics = view.fontMetrics()
    room = rect.width() - icon_width - 10  # the style's margins around the text
    needed = metrics.boundingRect(QRect(0, 0, room, 10_000), WRAP, text)
    return needed.height() <= rect.height() and needed.width() <= room


def test_every_problem_shows_its_whole_message(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    third, first = editor.board.shots[2].id, editor.board.shots[0].id
    editor.attempt("Break it", lambda: edits.update_shot(editor.project, 0, third, duration=0.5))
    editor.attempt("Empty it", lambda: edits.update_shot(editor.project, 0, first, subject=""))
    problems = window.problem_list
    click_dock_tab(window, "Problems")
    qtbot.wait(50)
    assert problems.topLevelItemCount() >= 2
    for row in range(problems.topLevelItemCount()):
        item = problems.topLevelItem(row)
        assert item is not None
        for column in (0, 2):
            rect = problems.visualItemRect(item)
            rect.setLeft(problems.header().sectionPosition(column))
            rect.setWidth(problems.header().sectionSize(column))
            assert text_fits(problems, rect, item.text(column)), (column, item.text(column))
    assert problems.header().sectionPosition(2) + problems.header().sectionSize(2) <= (
        problems.viewport().width() + 1
    )  # no column runs off the side


@pytest.mark.qt_log_ignore("^This plugin does not support raise")  # offscreen: a video window
def test_takes_show_whole_rows_and_thumbnails(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    previs(qtbot, window)
    previs(qtbot, window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    click_dock_tab(window, "Takes")
    panel = window.takes_panel
    qtbot.waitUntil(lambda: all(
        not panel.list.item(i).icon().isNull() for i in range(panel.list.count())
    ), timeout=20_000)  # fmt: skip
    icon = panel.list.iconSize()
    assert icon.width() >= 128  # a thumbnail a director can read
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        assert item is not None
        rect = panel.list.visualItemRect(item)
        assert rect.height() >= icon.height()  # the thumbnail is not cut
        assert text_fits(panel.list, rect, item.text(), icon.width() + 8), item.text()
