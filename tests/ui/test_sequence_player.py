"""Playing the whole sequence: the storyboard list and the timeline follow the playhead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import Job
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import COFFEE
from tests.ui.test_player import wait_loaded


def previs(qtbot: QtBot, window: MainWindow, board: int) -> Job:
    window.editor.select_board(board)
    job = window.render_previs()
    assert job is not None
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=60_000)
    return window.services.jobs.get(job.id)


def test_the_sequence_highlights_the_storyboard_and_shot_that_plays(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(COFFEE)
    previs(qtbot, window, 0)
    previs(qtbot, window, 1)  # the last storyboard stays selected, as after any render
    window.play_sequence()
    qtbot.waitUntil(lambda: not window.sequence_running, timeout=60_000)
    player = window.player
    wait_loaded(qtbot, player)
    boards = window.document.project.storyboards
    # At 0 s the first storyboard plays, so it is the one highlighted.
    qtbot.waitUntil(lambda: window.board_list.currentRow() == 0)
    assert window.editor.board_index == 0
    assert window.editor.shot_id == boards[0].shots[0].id

    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    bar = player.scrub
    starts = boards[1].shot_starts()
    at = 15.0 + starts[1] + 0.5  # half a second into the second storyboard's second shot
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.marker_x(at), 10))
    qtbot.waitUntil(lambda: window.board_list.currentRow() == 1)
    assert window.editor.board_index == 1
    qtbot.waitUntil(lambda: window.editor.shot_id == boards[1].shots[1].id)
    assert player.source is not None
    assert player.source.name == "sequence.mp4"  # following did not swap the video

    # A click on a shot of the timeline seeks within the sequence.
    window.timeline.shot_selected.emit(boards[1].shots[0].id)
    qtbot.waitUntil(lambda: abs(player.position() - 15.0) < 0.05)
    player.seek(3.0)
    qtbot.waitUntil(lambda: window.board_list.currentRow() == 0)
