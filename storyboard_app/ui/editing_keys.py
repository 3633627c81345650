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

from storyboard_app.ui.main_window import MainWindow

DELETE_SHOT_KEY = "Ctrl+Shift+Delete"


class EditingKeys(QObject):
    """Stops the focused field of a window from claiming the window's editing keys."""

    def __init__(self, window: QMainWindow, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = keys
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda _o=None: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        pressed = QKeySequence(event.keyCombination())
        # Filtered without being accepted: the field does not take the key, so the
        # window's shortcut runs.
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(pressed.matches(key) == exact for key in self.keys)


def route_editing_keys(window: MainWindow) -> EditingKeys:
    """Give ``window``'s Undo, Redo (also Ctrl+Y) and Delete Shot their keys everywhere."""
    redo = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
    delete = QKeySequence(DELETE_SHOT_KEY)
    window.redo_action.setShortcuts(redo)
    window.delete_shot_action.setShortcut(delete)
    keys = [*window.undo_action.shortcuts(), *redo, delete]
    return EditingKeys(window, keys)
