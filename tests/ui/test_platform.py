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


def test_every_toolbar_and_transport_icon_is_a_real_svg(qtbot: QtBot) -> None:
    from storyboard_app.ui.icons import ICONS, icon

    names = sorted(file.stem for file in ICONS.glob("*.svg"))
    assert {"render", "play", "pause", "undo", "redo", "add", "app"} <= set(names)
    for name in names:
        image = icon(name).pixmap(48, 48).toImage()
        assert not image.isNull(), name
        drawn = sum(
            image.pixelColor(x, y).alpha() > 0 for x in range(0, 48, 2) for y in range(0, 48, 2)
        )
        assert drawn > 20, name  # the SVG rendered something, not an empty icon
