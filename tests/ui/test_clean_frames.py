"""Chained first frames are clean pictures: no slate, sound caption or subtitle burned in.

A previs video carries captions for the person watching it; a frame taken from it to start
the next storyboard goes to the video service, so it must show only the picture.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.render.frames import frame_at, last_frame
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE
from tests.ui.test_player import render_and_wait, wait_loaded

SLATE = np.array([232, 163, 61])  # the previs slate's orange


def slate_pixels(image: Image.Image) -> int:
    """Slate-orange pixels in the corner where the previs slate sits."""
    rgb = np.asarray(image.convert("RGB").resize((1280, 720)), dtype=int)
    corner = rgb[10:60, 10:640]
    return int((np.abs(corner - SLATE).max(axis=2) < 40).sum())


def first_frame_of_second(window: MainWindow, qtbot: QtBot) -> Image.Image:
    qtbot.waitUntil(
        lambda: (
            len(window.document.project.storyboards) == 2
            and window.document.project.storyboards[1].shots[0].first_frame is not None
        ),
        timeout=20_000,
    )
    folder = window.document.folder
    assert folder is not None
    path = window.document.project.storyboards[1].shots[0].first_frame
    assert path is not None
    with Image.open(folder / path) as image:
        return image.convert("RGB")


def test_chain_to_next_takes_a_clean_last_frame(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    job = render_and_wait(qtbot, window)
    assert job.output is not None
    watched = last_frame(job.output)
    assert slate_pixels(watched) > 200  # the video shows the slate…
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.text() == "&Chain to Next Storyboard")  # fmt: skip
    action.trigger()
    chained = first_frame_of_second(window, qtbot)
    assert chained.size == watched.size
    assert slate_pixels(chained) < 5  # …the chained frame does not
    # and it is the same picture: the frames differ only where the captions were
    difference = np.abs(np.asarray(chained, dtype=int) - np.asarray(watched, dtype=int))
    assert difference[200:560].mean() < 6


def test_frame_to_next_board_from_the_player_is_clean(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    job = render_and_wait(qtbot, window)
    assert job.output is not None
    player = window.player
    wait_loaded(qtbot, player)
    player.seek(4.0)  # in shot 2, where a line of dialogue is subtitled
    qtbot.waitUntil(lambda: abs(player.position() - 4.0) < 0.05)
    watched = frame_at(job.output, 4.0)
    assert slate_pixels(watched) > 200
    QTest.mouseClick(player.frame_to_board, Qt.MouseButton.LeftButton)
    chained = first_frame_of_second(window, qtbot)
    assert slate_pixels(chained) < 5
    difference = np.abs(np.asarray(chained, dtype=int) - np.asarray(watched, dtype=int))
    assert difference[200:500].mean() < 6
