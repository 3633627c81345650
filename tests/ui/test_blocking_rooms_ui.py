"""The teahouse of 雨夜茶馆 is a room on screen and on paper, not a street."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.domain.models import Project
from storyboard_app.render.blocking import NIGHT, ROOM_NIGHT
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.pdf import panel_picture
from tests.conftest import TEAHOUSE
from tests.ui.test_blocking_ui import near, pixels


def room_and_sky(picture: np.ndarray) -> tuple[float, float]:
    """How much of a picture's top fifth is the night room's ceiling, how much night sky."""
    top = picture[: picture.shape[0] // 5]
    ceiling = near(top, ROOM_NIGHT.ceiling, 12).mean()
    shades = np.linspace(0, 1, 16)[:, None]
    sky = np.array(NIGHT.sky_top) * (1 - shades) + np.array(NIGHT.sky_low) * shades
    flat = top.reshape(-1, 3)
    in_sky = np.abs(flat[:, None, :] - sky[None]).sum(axis=2).min(axis=1) <= 6
    return float(ceiling), float(in_sky.mean())


def test_the_teahouse_shots_show_a_room_in_the_picture_area_and_the_timeline(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(TEAHOUSE)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    QTest.keyClick(window.timeline, Qt.Key.Key_Right)  # shot 2: 茶馆里，陈伯在柜台后擦拭茶杯
    assert window.editor.shot_id == window.editor.board.shots[1].id
    frame = window.preview.frame_rect().toRect()
    ceiling, sky = room_and_sky(pixels(window.preview.grab().toImage(), frame))
    assert ceiling > 0.3
    assert sky == 0.0
    strip = window.timeline.grab().toImage()
    ratio = strip.devicePixelRatio()
    for index in (1, 2):  # both teahouse shots; shot 1 has its own picture (the old street)
        area = window.timeline.picture_rect(index).toRect()
        scaled = QRect(
            *(round(v * ratio) for v in (area.x(), area.y(), area.width(), area.height()))
        )
        ceiling, sky = room_and_sky(pixels(strip, scaled.adjusted(8, 8, -8, -8)))
        assert ceiling > 0.3
        assert sky == 0.0


def test_a_pdf_panel_draws_the_teahouse_as_a_room_and_the_street_as_a_street() -> None:
    project: Project = load_project(TEAHOUSE)
    board = project.storyboards[1]  # 一壶茶: two shots inside, the last outside
    for shot, inside in zip(board.shots, (True, True, False), strict=True):
        picture = panel_picture(shot, TEAHOUSE, board=board).convertToFormat(
            QImage.Format.Format_RGB888
        )
        rows = np.frombuffer(picture.constBits(), np.uint8).reshape(
            picture.height(), picture.bytesPerLine()
        )
        array = rows[:, : picture.width() * 3].reshape(picture.height(), picture.width(), 3)
        ceiling, sky = room_and_sky(array.astype(np.int16))
        assert (ceiling > 0.3, sky > 0.3) == (inside, not inside)
