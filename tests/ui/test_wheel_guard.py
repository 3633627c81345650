"""The mouse wheel over the inspector scrolls it; a combo or spin box changes by the wheel
only after the director clicked it (it has keyboard focus)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.domain.vocabulary import Speed
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE

SECOND = 1  # the detective's second shot: a dolly in


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel over the middle of ``widget`` (negative: towards the user)."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def shown(qtbot: QtBot, open_copy: Callable[[Path], MainWindow]) -> MainWindow:
    window = open_copy(DETECTIVE)
    window.editor.select_shot(window.editor.board.shots[SECOND].id)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.inspector_tabs.setCurrentWidget(window.shot_inspector)
    return window


def test_the_wheel_over_an_unclicked_combo_box_scrolls_the_inspector(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = shown(qtbot, open_copy)
    inspector = window.shot_inspector
    speed = inspector.moves.cards[0].speed
    before = speed.value()
    assert speed.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    bar = inspector.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == 0
    wheel(speed)
    assert speed.value() == before
    assert window.editor.board.shots[SECOND].moves[0].speed == before
    assert not window.document.dirty
    assert not window.isWindowModified()
    assert bar.value() > 0  # the panel scrolled instead

    qtbot.mouseClick(speed, Qt.MouseButton.LeftButton)  # opens its list; Escape closes it
    qtbot.keyClick(QApplication.activePopupWidget() or speed, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    activate(qtbot, window)  # the offscreen platform leaves no window active after a popup
    assert speed.hasFocus()
    scrolled = bar.value()
    wheel(speed, -1)
    assert speed.value() != before  # clicked, the wheel chooses
    assert window.editor.board.shots[SECOND].moves[0].speed == speed.value()
    assert isinstance(speed.value(), Speed)
    assert window.isWindowModified()  # the title's "*"
    assert bar.value() == scrolled


def test_the_wheel_over_an_unclicked_spin_box_scrolls_the_inspector(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = shown(qtbot, open_copy)
    inspector = window.shot_inspector
    duration = inspector.duration
    before = duration.value()
    bar = inspector.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    line = duration.lineEdit()
    assert line is not None
    wheel(line, 1)  # over the number itself
    wheel(duration, 1)
    assert duration.value() == before
    assert not window.document.dirty
    assert bar.value() < middle

    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert duration.hasFocus()
    wheel(duration, 1)  # (a real wheel over the number goes on from the line edit to the box)
    assert duration.value() == before + duration.singleStep()
    assert window.editor.board.shots[SECOND].duration == duration.value()
    assert window.document.dirty
