"""Sequence ▸ Play Sequence and chaining on their own controller."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from storyboard_app.storage.takes import Take, TakeStore, relative_video
from storyboard_app.ui.controllers.sequence import SequenceController
from storyboard_app.ui.services import Services
from tests.conftest import COFFEE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened, Pictures, finished_render
from tests.ui.test_player import wait_loaded


def test_the_active_takes_play_in_order_and_frames_chain_the_storyboards(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    pictures: Callable[[Opened], Pictures],
    services: Services,
    dialogs: ScriptedDialogs,
) -> None:
    opened = open_document(COFFEE)
    document, editor, folder = opened.document, opened.editor, opened.folder
    area = pictures(opened)
    sequence = SequenceController(host, document, editor, services, area.playback)
    area.playback.frame_to_board_requested.connect(sequence.frame_to_next_board)
    host.show()
    qtbot.waitExposed(host)

    sequence.play_sequence()
    assert sequence.running
    qtbot.waitUntil(lambda: not sequence.running, timeout=30_000)
    assert dialogs.errors[-1] == "no active take yet for: Morning ritual, Brand moment"

    store = TakeStore(folder)
    jobs = [finished_render(folder, document, board, f"take-{board}") for board in (0, 1)]
    for job in jobs:
        assert job.output is not None
        video = relative_video(folder, job.output)
        assert video is not None
        store.add(
            Take(
                id=job.id, storyboard_id=job.storyboard_id, storyboard_name=job.storyboard_name,
                video=video, provider=job.provider, mode=job.mode, created_at=1.0,
                requested_duration=2.0, actual_duration=2.0,
            )
        )  # fmt: skip
    sequence.play_sequence()
    qtbot.waitUntil(lambda: not sequence.running, timeout=60_000)
    player = area.playback.player
    assert player.source == folder / "renders" / "sequence.mp4"
    assert player.scrub.markers() == [0.0, 2.0]
    assert area.tabs.currentWidget() is player
    assert host.statusBar().currentMessage() == "Sequence: Morning ritual | Brand moment"

    editor.select_board(0)
    sequence.chain_to_next()
    qtbot.waitUntil(
        lambda: document.project.storyboards[1].shots[0].first_frame is not None, timeout=20_000
    )
    assert document.undo_stack.undoText() == "Chain to next storyboard"
    assert editor.board_index == 1
    assert area.tabs.currentWidget() is area.preview

    area.playback.play_job(jobs[1])  # the last storyboard: its frame starts a new one
    wait_loaded(qtbot, player)
    QTest.mouseClick(player.frame_to_board, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(document.project.storyboards) == 3, timeout=20_000)
    assert document.project.storyboards[2].shots[0].first_frame is not None
    assert document.undo_stack.undoText() == "Use frame as first frame"
