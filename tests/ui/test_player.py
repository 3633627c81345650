"""Render in the app and watch it: the jobs list, the player, markers and timeline sync."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.render.frames import frame_at
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.player import Player, release_media
from tests.conftest import COFFEE, DETECTIVE
from tests.ui.conftest import ScriptedDialogs


def render_and_wait(qtbot: QtBot, window: MainWindow) -> Job:
    job = window.render_previs()
    assert job is not None
    jobs = window.services.jobs
    qtbot.waitUntil(lambda: jobs.get(job.id).status.finished, timeout=60_000)
    return jobs.get(job.id)


def wait_loaded(qtbot: QtBot, player: Player) -> None:
    """Until the video is open (and shows its first frame, paused)."""
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: player.media.mediaStatus() in ready, timeout=10_000)


def test_render_button_to_playing_result(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    job = render_and_wait(qtbot, window)
    assert job.status is JobStatus.DONE
    assert job.output is not None
    assert job.output.parent == window.document.folder / "renders"  # type: ignore[operator]
    assert job.output.is_file()
    assert not list(job.output.parent.glob(".*part*"))
    row = window.jobs_panel.tree.topLevelItem(0)
    assert row is not None
    assert row.text(2) == "done"
    assert window.picture_tabs.currentWidget() is window.player
    assert window.player.length_label.text() == "asked 12 s · got 12.00 s"
    player = window.player
    wait_loaded(qtbot, player)
    assert abs(player.media.duration() - 12_000) <= 42
    assert player.scrub.markers() == [0.0, 3.0, 8.0]
    xs = [player.scrub.marker_x(seconds) for seconds in (0.0, 3.0, 8.0, 12.0)]
    assert xs == sorted(xs)
    assert abs((xs[1] - xs[0]) / (xs[3] - xs[0]) - 3 / 12) < 0.02


def test_the_video_sink_receives_frames_when_playing(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    render_and_wait(qtbot, window)
    player = window.player
    frames: list[QVideoFrame] = []
    sink = player.video.videoSink()
    assert sink is not None
    sink.videoFrameChanged.connect(frames.append)
    player.media.setPlaybackRate(8.0)
    player.media.play()
    qtbot.waitUntil(lambda: len(frames) >= 10, timeout=20_000)
    image = frames[-1].toImage()
    assert (image.width(), image.height()) == (1280, 720)
    # Stopped from the event loop, as the app does (ui/player._queued): stop() called from
    # Python waits for the decoder with Python's lock held, which a thumbnail worker
    # decoding with PyAV may need: the full suite hung here one run in a few.
    release_media(player.media)
    qtbot.waitUntil(lambda: player.media.playbackState() is QMediaPlayer.PlaybackState.StoppedState)


def test_timeline_and_playhead_follow_each_other(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    render_and_wait(qtbot, window)
    player = window.player
    wait_loaded(qtbot, player)
    shots = [s.id for s in window.editor.board.shots]
    window.timeline.shot_selected.emit(shots[2])  # click on shot 3
    qtbot.waitUntil(lambda: abs(player.position() - 8.0) < 0.05)
    player.seek(4.0)  # scrub into shot 2
    qtbot.waitUntil(lambda: window.editor.shot_id == shots[1])
    player.seek(1.0)
    qtbot.waitUntil(lambda: window.editor.shot_id == shots[0])


def test_missing_pictures_ask_before_rendering(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs
) -> None:
    window = open_copy(DETECTIVE)
    for asset in (window.document.folder / "assets").iterdir():  # type: ignore[operator]
        asset.unlink()
    dialogs.title_cards_answers = [False]
    assert window.render_previs() is None
    assert dialogs.asked[-1].startswith("title-cards:Shot 1: assets/")
    assert window.services.jobs.jobs() == []
    dialogs.title_cards_answers = [True]
    job = render_and_wait(qtbot, window)
    assert job.status is JobStatus.DONE
    assert job.log[0].startswith("Blocking frame instead of Shot 1")


def test_cancel_from_the_jobs_list(qtbot: QtBot, open_copy: Callable[[Path], MainWindow]) -> None:
    window = open_copy(COFFEE)
    job = window.render_previs()
    assert job is not None
    row = window.jobs_panel.tree.topLevelItem(0)
    assert row is not None
    window.jobs_panel.tree.setCurrentItem(row)
    window.jobs_panel.cancel_button.click()
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=60_000)
    final = window.services.jobs.get(job.id)
    assert final.status is JobStatus.CANCELLED
    assert final.output is not None
    assert not final.output.exists()
    assert list((window.document.folder / "renders").glob("*")) == []  # type: ignore[operator]


def test_save_frame_and_chain_it_into_the_next_storyboard(
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    window = open_copy(DETECTIVE)
    job = render_and_wait(qtbot, window)
    player = window.player
    wait_loaded(qtbot, player)
    player.seek(11.9)
    qtbot.waitUntil(lambda: abs(player.position() - 11.9) < 0.05)
    still = tmp_path / "still.png"
    dialogs.save_paths = [still]
    window.save_frame()
    assert still.is_file()
    saved_video = tmp_path / "copy.mp4"
    dialogs.save_paths = [saved_video]
    window.save_video()
    assert job.output is not None
    assert saved_video.read_bytes() == job.output.read_bytes()

    steps = window.document.undo_stack.count()
    window.frame_to_next_board()
    qtbot.waitUntil(lambda: len(window.document.project.storyboards) == 2, timeout=20_000)
    second = window.document.project.storyboards[1]
    assert second.shots[0].first_frame is not None
    assert window.document.undo_stack.count() == steps + 1  # one click, one undo step
    picture = window.document.folder / second.shots[0].first_frame  # type: ignore[operator]
    from PIL import Image

    with Image.open(picture) as image:
        assert image.size == (1280, 720)
    expected = frame_at(job.output, 11.9)
    assert expected.size == (1280, 720)
    window.document.undo_stack.undo()
    assert len(window.document.project.storyboards) == 1


def _brightness(frame: QVideoFrame) -> float:
    """Mean lightness (0–255) of a video frame, sampled on a 16×9 grid."""
    image = frame.toImage().scaled(16, 9)
    values = [image.pixelColor(x, y).lightness() for x in range(16) for y in range(9)]
    return sum(values) / len(values)


def test_a_finished_render_shows_its_first_frame_before_play(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    player = window.player
    sink = player.video.videoSink()
    assert sink is not None
    frames: list[QVideoFrame] = []
    sink.videoFrameChanged.connect(frames.append)
    render_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: any(f.isValid() for f in frames), timeout=10_000)
    assert player.media.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    assert player.position() < 0.05
    shown = [f for f in frames if f.isValid()][-1]
    assert _brightness(shown) > 25  # the shot's picture, not a black box
    assert player.play_button.text() == "Play"


def test_the_transport_through_its_buttons_bar_and_keys(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    render_and_wait(qtbot, window)
    player = window.player
    wait_loaded(qtbot, player)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    left = Qt.MouseButton.LeftButton
    for _ in range(3):
        QTest.mouseClick(player.forward_button, left)
    qtbot.waitUntil(lambda: abs(player.position() - 3 / 24) < 0.01)
    QTest.mouseClick(player.back_button, left)
    qtbot.waitUntil(lambda: abs(player.position() - 2 / 24) < 0.01)

    bar = player.scrub
    QTest.mouseClick(bar, left, pos=QPoint(bar.marker_x(8.0) + 3, bar.height() // 2))
    qtbot.waitUntil(lambda: 8.0 <= player.position() < 8.15)
    qtbot.waitUntil(lambda: window.editor.shot_id == window.editor.board.shots[2].id)
    assert player.time_label.text().startswith("0:08")
    QTest.keyClick(bar, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: abs(player.position() - (bar.value() / 1000)) < 0.01)
    assert 7.9 < player.position() < 8.05
    QTest.keyClick(bar, Qt.Key.Key_PageDown)  # one second back
    qtbot.waitUntil(lambda: player.position() < 7.0)
    assert window.editor.shot_id == window.editor.board.shots[1].id

    QTest.mouseClick(player.play_button, left)
    qtbot.waitUntil(lambda: player.media.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    assert player.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: bar.value() > 7_200, timeout=5_000)  # the bar moves while playing
    QTest.keyClick(bar, Qt.Key.Key_Space)  # Space anywhere in the player
    qtbot.waitUntil(lambda: player.media.playbackState() == QMediaPlayer.PlaybackState.PausedState)

    player.speed.setFocus()
    QTest.keyClick(player.speed, Qt.Key.Key_Down)
    assert player.media.playbackRate() == 1.5
    QTest.mouseClick(player.loop, left)
    assert player.media.loops() == QMediaPlayer.Loops.Infinite


def test_the_end_of_a_video_holds_its_last_frame(qtbot: QtBot, tmp_path: Path) -> None:
    """Played to the end, the player pauses on the last frame (not a black box) with the
    playhead at the end; Play from there starts again at the beginning."""
    from tests.core.test_kling import make_video

    video = tmp_path / "one second.mp4"
    video.write_bytes(make_video(1.0))  # 24 frames, frame n grey n*4: the last one 92
    player = Player()
    qtbot.addWidget(player)
    player.resize(640, 480)
    player.show()
    sink = player.video.videoSink()
    assert sink is not None
    frames: list[QVideoFrame] = []
    sink.videoFrameChanged.connect(frames.append)
    player.load(video, [0.0], 1.0, 1.0)
    wait_loaded(qtbot, player)
    QTest.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.media.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    qtbot.waitUntil(
        lambda: (
            player.media.playbackState() == QMediaPlayer.PlaybackState.PausedState
            and frames[-1].isValid()
        ),
        timeout=10_000,
    )
    qtbot.wait(300)  # nothing turns it black afterwards
    assert frames[-1].isValid()
    assert frames[-1].toImage().pixelColor(10, 10).red() in range(88, 97)
    assert player.media.playbackState() == QMediaPlayer.PlaybackState.PausedState
    assert player.media.position() == player.media.duration() == 1000
    assert player.scrub.value() == 1000
    assert player.time_label.text() == "0:01.0 / 0:01.0"
    assert player.play_button.text() == "Play"

    QTest.mouseClick(player.play_button, Qt.MouseButton.LeftButton)  # again from the start
    qtbot.waitUntil(lambda: player.media.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    qtbot.waitUntil(lambda: 0 < player.media.position() < 900, timeout=5_000)
    release_media(player.media)
    qtbot.waitUntil(lambda: player.media.playbackState() is QMediaPlayer.PlaybackState.StoppedState)
