"""Ctrl+Z, Ctrl+Y and Ctrl+Shift+Delete work whatever widget has the keyboard focus.

A line edit or a spin box claims Ctrl+Z for its own little undo history (a
``ShortcutOverride``), so the window's Undo never ran while the Duration box had focus.
Every field's typing is already one step of the project's undo stack, so these keys are
given to the window's actions instead: one history, the same from every field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from shiboken6 import isValid

from storyboard_app.ui.main_window import MainWindow

DELETE_SHOT_KEY = "Ctrl+Shift+Delete"


class EditingKeys(QObject):
    """Stops the focused field of a window from claiming the window's editing keys.

    It watches only the widget that has the keyboard focus (a filter on the whole
    application would see every event of every window).
    """

    def __init__(self, window: QMainWindow, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = keys
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            if isValid(self._watched):
                self._watched.removeEventFilter(self)
            self._watched = None
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        # Filtered without being accepted: the field does not take the key, so the
        # window's shortcut runs.
        return any(pressed.matches(key) == exact for key in self.keys)


def route_editing_keys(window: MainWindow) -> EditingKeys:
    """Give ``window``'s Undo, Redo (also Ctrl+Y) and Delete Shot their keys everywhere."""
    redo: list[QKeySequence] = []
    for key in (
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    ):
        if key not in redo:  # the same key twice on one action would trigger nothing
            redo.append(key)
    delete = QKeySequence(DELETE_SHOT_KEY)
    window.redo_action.setShortcuts(redo)
    window.delete_shot_action.setShortcut(delete)
    keys = [*window.undo_action.shortcuts(), *redo, delete]
    return EditingKeys(window, keys)
