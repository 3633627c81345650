"""Takes: every finished render, one active, compared, deleted with its file, redone in pro."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.storage.takes import TakeStore
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE
from tests.fakes.kling_server import FakeKling
from tests.ui.conftest import ScriptedDialogs


def previs(qtbot: QtBot, window: MainWindow) -> Job:
    job = window.render_previs()
    assert job is not None
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=60_000)
    return window.services.jobs.get(job.id)


# Switching takes fast supersedes a video the player was still opening (the player changes
# source from the event loop); deleting that take's file then makes Qt warn that it could
# not open the superseded file. Nothing is shown or lost.
@pytest.mark.qt_log_ignore("^Could not open media")
def test_renders_become_takes_with_one_active(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs
) -> None:
    window = open_copy(DETECTIVE)
    first, second = previs(qtbot, window), previs(qtbot, window)
    folder = window.document.folder
    assert folder is not None
    store = TakeStore(folder)  # read back from renders/takes.json
    board_id = window.editor.board.id
    assert [t.id for t in store.takes(board_id)] == [second.id, first.id]
    active = store.active(board_id)
    assert active is not None
    assert active.id == second.id
    panel = window.takes_panel
    assert panel.list.count() == 2
    top = panel.list.item(0)
    assert top is not None
    assert top.text().startswith("★ Local previs 720p · asked 12 s, got 12.00 s · free")

    panel.list.setCurrentRow(1)
    panel.active_button.click()
    store = TakeStore(folder)
    active = store.active(board_id)
    assert active is not None
    assert active.id == first.id
    assert window.player.source == folder / active.video

    panel.list.setCurrentRow(0)
    dialogs.confirm_answers = [False]
    panel.delete_button.click()
    assert len(TakeStore(folder).takes(board_id)) == 2
    assert second.output is not None
    assert second.output.exists()
    dialogs.confirm_answers = [True]
    panel.list.setCurrentRow(0)
    panel.delete_button.click()
    assert dialogs.asked[-1] == "confirm:Delete take"
    assert not second.output.exists()
    assert [t.id for t in TakeStore(folder).takes(board_id)] == [first.id]


def test_two_takes_side_by_side(qtbot: QtBot, open_copy: Callable[[Path], MainWindow]) -> None:
    window = open_copy(DETECTIVE)
    first, second = previs(qtbot, window), previs(qtbot, window)
    panel = window.takes_panel
    panel.list.selectAll()
    panel.compare_button.click()
    dialog = window.takes_controller.compare
    assert dialog is not None
    sources = {player.source().toLocalFile() for player in dialog.players}
    assert sources == {str(first.output), str(second.output)}
    # Closed only once both videos are open: closing while FFmpeg still opens one makes it
    # warn "Immediate exit requested", which failed this test now and then under load.
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: all(p.mediaStatus() in ready for p in dialog.players), timeout=10_000)
    dialog.close()


def test_a_damaged_takes_file_is_set_aside(
    open_copy: Callable[[Path], MainWindow], example_copy: Callable[[Path], Path]
) -> None:
    folder = example_copy(DETECTIVE)
    (folder / "renders").mkdir(exist_ok=True)
    (folder / "renders" / "takes.json").write_text("{broken")
    store = TakeStore(folder)
    assert store.takes() == []
    assert (folder / "renders" / "takes.damaged.json").read_text() == "{broken"


def test_render_again_in_pro(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    dialogs.kling_modes = [Mode.STD]
    job = kling_window.render_with_kling()
    assert job is not None
    board = kling_window.services.jobs
    qtbot.waitUntil(lambda: board.get(job.id).status.finished, timeout=30_000)
    panel = kling_window.takes_panel
    panel.list.setCurrentRow(0)
    panel.pro_button.click()
    again = board.jobs()[0]
    assert again.id != job.id
    assert again.mode == "pro"
    qtbot.waitUntil(lambda: board.get(again.id).status is JobStatus.DONE, timeout=30_000)
    bodies = [task.body for task in fake.state.tasks.values()]
    assert [body["mode"] for body in bodies] == ["std", "pro"]
    assert bodies[0]["multi_prompt"] == bodies[1]["multi_prompt"]
    folder = kling_window.document.folder
    assert folder is not None
    modes = [t.mode for t in TakeStore(folder).takes()]
    assert modes == ["pro", "std"]
    assert (board.get(again.id).cost_units or 0) > (board.get(job.id).cost_units or 0)
