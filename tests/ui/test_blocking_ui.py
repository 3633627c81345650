"""Blocking frames on screen: the picture area and the timeline of a storyboard of typed shots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.render.blocking import FIGURE, SKY_LOW
from storyboard_app.ui.workspace import AppWorkspace
from tests.ui.test_sketch import open_typed


def share_of(image: QImage, area: QRect, colour: tuple[int, int, int], tolerance: int) -> float:
    """How much of ``area`` of ``image`` is within ``tolerance`` of ``colour``."""
    hits = total = 0
    for y in range(area.top(), area.bottom(), 3):
        for x in range(area.left(), area.right(), 3):
            pixel = QColor(image.pixel(x, y))
            total += 1
            near = abs(pixel.red() - colour[0]) + abs(pixel.green() - colour[1])
            hits += near + abs(pixel.blue() - colour[2]) <= tolerance
    return hits / max(1, total)


def test_typed_shots_show_their_framing_in_the_picture_area_and_timeline(
    qtbot: QtBot, workspace: AppWorkspace, tmp_path: Path
) -> None:
    window = open_typed(workspace, tmp_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    preview = window.preview
    frame = preview.frame_rect().toRect()
    wide = preview.grab().toImage()
    assert 0 < share_of(wide, frame, FIGURE, 12) < 0.06  # a figure in a wide set
    assert share_of(wide, frame, SKY_LOW, 40) > 0.1  # the sky of the set
    QTest.keyClick(window.timeline, Qt.Key.Key_Right)  # the close-up
    assert window.editor.shot_id == "b"
    close = preview.grab().toImage()
    assert share_of(close, frame, FIGURE, 12) > 0.2  # head and shoulders fill it
    assert share_of(close, frame, FIGURE, 12) > 4 * share_of(wide, frame, FIGURE, 12)
    strip = window.timeline.grab().toImage()
    for index in range(2):
        block = window.timeline.block_rect(index).toRect().adjusted(4, 4, -4, -40)
        assert share_of(strip, block, SKY_LOW, 40) > 0.05  # a set, not a plain colour block
