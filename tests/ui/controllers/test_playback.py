"""The player's coordination on its own controller: tab, seeking, following, saving a frame."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from storyboard_app.ui.player import Player
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened, Pictures, finished_render
from tests.ui.test_player import wait_loaded


def test_the_player_tab_plays_a_render_and_the_timeline_follows_it(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    pictures: Callable[[Opened], Pictures],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    opened = open_document(DETECTIVE)
    area = pictures(opened)
    playback, tabs, editor = area.playback, area.tabs, opened.editor
    host.show()
    qtbot.waitExposed(host)
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    player = tabs.currentWidget()
    assert isinstance(player, Player)  # built when its tab was chosen
    assert player is playback.player

    job = finished_render(opened.folder, opened.document, 0, "take-1")  # shots at 0 s and 1 s
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    playback.play_job(job)
    assert tabs.currentWidget() is player
    assert player.source == job.output
    wait_loaded(qtbot, player)
    shots = editor.board.shots
    player.seek(1.5)
    qtbot.waitUntil(lambda: editor.shot_id == shots[1].id)
    playback.shot_clicked(shots[0].id)  # a click on the timeline's first shot
    qtbot.waitUntil(lambda: player.position() < 0.05)
    assert editor.shot_id == shots[0].id

    stills = tmp_path / "stills"
    stills.mkdir()
    still = stills / "still.png"
    dialogs.save_paths = [still]
    QTest.mouseClick(player.save_frame, Qt.MouseButton.LeftButton)
    assert still.is_file()
    assert dialogs.asked[-1] == f"save:{opened.folder.parent / 'Alley 0.00s.png'}"
    QTest.mouseClick(player.save_frame, Qt.MouseButton.LeftButton)  # cancelled
    assert dialogs.asked[-1] == f"save:{stills / 'Alley 0.00s.png'}"  # where the last went
    copy = tmp_path / "copy.mp4"
    dialogs.save_paths = [copy]
    QTest.mouseClick(player.save_video, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == f"save:{stills / 'Alley.mp4'}"  # the last export's folder
    assert job.output is not None
    assert copy.read_bytes() == job.output.read_bytes()
    assert host.statusBar().currentMessage() == f"Saved {copy}"
    with qtbot.waitSignal(playback.frame_to_board_requested):
        QTest.mouseClick(player.frame_to_board, Qt.MouseButton.LeftButton)
    playback.show_shot()
    assert tabs.currentWidget() is area.preview
