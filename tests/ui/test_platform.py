"""Facts about the Qt build this app depends on (shared/docs/platform-notes.md)."""

from __future__ import annotations

import sys

from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops None's refcount on every void call and aborts."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(3000):
        label.setText(str(n))
    assert abs(sys.getrefcount(None) - before) < 100


def test_the_multimedia_backend_loads(qtbot: QtBot) -> None:
    """Without libpulse0 / libxrandr2 the import or the video sink fails almost silently."""
    player = QMediaPlayer()
    assert player.isAvailable()
