"""The Compare window: two takes side by side, played and scrubbed together by time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.storage.takes import Take
from storyboard_app.ui.takes_panel import CompareDialog
from tests.core.test_kling import make_video

READY = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)


def take(folder: Path, name: str, seconds: float) -> Take:
    video = folder / "renders" / f"{name}.mp4"
    video.parent.mkdir(parents=True, exist_ok=True)
    video.write_bytes(make_video(seconds))
    return Take(
        id=name, storyboard_id="b", storyboard_name="Alley", video=f"renders/{name}.mp4",
        provider="kling", mode="std", created_at=1.0, requested_duration=seconds,
        actual_duration=seconds,
    )  # fmt: skip


def test_compare_plays_and_scrubs_both_by_time(qtbot: QtBot, tmp_path: Path) -> None:
    short, long = take(tmp_path, "short", 10.0), take(tmp_path, "long", 12.5)
    dialog = CompareDialog(tmp_path, short, long)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: all(p.mediaStatus() in READY for p in dialog.players), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.scrub.maximum() >= 12_400)  # the longer take's length

    # No empty band: each take's label sits right under its video.
    for video, label in zip(dialog.videos, dialog.labels, strict=True):
        assert 0 <= label.geometry().top() - video.geometry().bottom() <= 12
    # the videos take the height, not the labels
    assert dialog.videos[0].height() > 3 * dialog.labels[0].height()

    bar = dialog.scrub
    x = dialog.scrub_x(8.0)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x + 2, bar.height() // 2))
    # the same moment in both, not the same fraction
    qtbot.waitUntil(lambda: all(abs(p.position() - 8_000) < 150 for p in dialog.players))
    assert dialog.time_label.text().startswith("0:08")
    QTest.keyClick(bar, Qt.Key.Key_End)  # past the short take's end: it waits on its last frame
    qtbot.waitUntil(lambda: dialog.players[1].position() > 12_000)
    assert dialog.players[0].position() <= 10_000

    QTest.keyClick(bar, Qt.Key.Key_Home)
    QTest.mouseClick(dialog.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.value() > 300, timeout=5_000)  # the slider follows playing
    assert dialog.play.text() == "Pause Both"
    QTest.mouseClick(dialog.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: all(
            p.playbackState() != QMediaPlayer.PlaybackState.PlayingState for p in dialog.players
        )
    )
    assert dialog.play.text() == "Play Both"
    dialog.close()
