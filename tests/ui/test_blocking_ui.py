"""Blocking frames on screen: the picture area and the timeline of a storyboard of typed shots."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.domain.models import DialogueLine, Shot, Storyboard
from storyboard_app.domain.vocabulary import ShotSize
from storyboard_app.render.blocking import FIGURE, LABEL_BOX, SKY_LOW, Framing, blocking_frame
from storyboard_app.ui.background import Background
from storyboard_app.ui.preview import ShotPreview
from storyboard_app.ui.thumbnails import ThumbnailCache
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


def pixels(image: QImage, area: QRect) -> np.ndarray:
    """``area`` of ``image`` as an RGB array."""
    part = image.copy(area).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(part.constBits(), np.uint8).reshape(part.height(), part.bytesPerLine())
    return rows[:, : part.width() * 3].reshape(part.height(), part.width(), 3).astype(np.int16)


def near(array: np.ndarray, colour: tuple[int, int, int], tolerance: int) -> np.ndarray:
    close: np.ndarray = np.abs(array - np.array(colour)).sum(axis=2) <= tolerance
    return close


def test_a_wide_timeline_block_shows_the_whole_figure_and_its_name_sharply(
    qtbot: QtBot, workspace: AppWorkspace, tmp_path: Path
) -> None:
    window = open_typed(workspace, tmp_path)
    window.resize(2560, 1440)
    window.show()
    qtbot.waitExposed(window)
    timeline = window.timeline
    assert timeline.width() > 1800  # beside the docks
    strip = timeline.grab().toImage()
    ratio = strip.devicePixelRatio()
    for index, shot in enumerate(window.document.project.storyboards[0].shots):
        area = timeline.picture_rect(index).toRect()
        assert area.width() > 3 * area.height()  # a wide block
        x, y, w, h = (round(v * ratio) for v in (area.x(), area.y(), area.width(), area.height()))
        scaled = QRect(x, y, w, h)
        shown = pixels(strip, scaled)
        drawn = np.asarray(
            blocking_frame(
                Framing.of_shot(shot), (scaled.width(), scaled.height()), False, aspect=16 / 9
            ),
            np.int16,
        )
        inner = (slice(8, -8), slice(8, -8))  # inside the block's rounded corners
        assert np.abs(shown[inner] - drawn[inner]).mean() < 3  # that frame, pixel for pixel
        figure = near(shown[:, 8:-8], FIGURE, 12)  # off the rounded corners
        rows = np.flatnonzero(figure.any(axis=1))
        assert rows.size
        assert rows[0] > 0  # sky above the head: the head is whole
        tag = near(shown, LABEL_BOX, 12)
        tag_rows, tag_columns = np.flatnonzero(tag.any(axis=1)), np.flatnonzero(tag.any(axis=0))
        assert tag_rows[0] > 0
        assert tag_rows[-1] < shown.shape[0] - 1  # the name box whole, inside the block
        assert tag_columns[0] > 0
        assert tag_columns[-1] < shown.shape[1] - 1


def test_the_dialogue_box_in_the_picture_area_leaves_the_names_readable(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    background = Background(qapp)
    preview = ShotPreview(ThumbnailCache(background, qapp))
    qtbot.addWidget(preview)  # closed after the test
    preview.resize(900, 520)
    preview.show()
    quiet = Shot(id="cu", size=ShotSize.CU, characters=("林晓", "陈伯"), subject="雨夜")
    line = DialogueLine(character="陈伯", line="这么大的雨，你怎么来了？我在门口等了你一整夜。")
    talking = quiet.evolve(dialogue=(line,))
    names = {}
    for shot in (quiet, talking):
        board = Storyboard(shots=(shot,))
        preview.show_shot(board, shot, tmp_path)
        frame = preview.frame_rect().toRect()
        names[shot is talking] = near(pixels(preview.grab().toImage(), frame), LABEL_BOX, 12)
    caption = preview.caption_rect(preview.frame_rect(), talking)
    assert caption is not None
    assert names[False].sum() > 400
    # as many name pixels show with the dialogue box as without it: none are covered
    assert names[True].sum() > 0.9 * names[False].sum()
    rows = np.flatnonzero(names[True].any(axis=1)) + preview.frame_rect().top()
    assert rows[-1] < caption.top()  # the names sit above the dialogue
