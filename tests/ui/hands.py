"""Driving widgets as a person does: clicks on combo items, keys into fields, file drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Bring the window to the front with the keyboard, as a click on it would."""
    qtbot.waitExposed(window)
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def choose(combo: QComboBox, text: str) -> None:
    """Open a combo box's list and click the item whose text is ``text``."""
    index = combo.findText(text)
    assert index >= 0, (
        f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    QApplication.processEvents()
    model_index = view.model().index(index, combo.modelColumn())
    view.scrollTo(model_index)
    rect = view.visualRect(model_index)
    assert rect.isValid(), f"{text!r} is not shown in the list"
    # The list may be narrower than its rows when it is pushed against the screen's edge.
    spot = rect.intersected(view.viewport().rect()).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QApplication.processEvents()
    assert combo.currentText() == text, f"clicking {text!r} left {combo.currentText()!r}"


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method (pinyin, kana) hands it over: one committed string.

    QTest's key clicks cannot carry characters outside a keyboard layout.
    """
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget.focusProxy() or widget, event)


def drop_files(widget: QWidget, files: list[Path]) -> None:
    """Drag files from a file manager and drop them on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
