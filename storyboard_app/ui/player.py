"""The embedded player every render plays in: transport, shot markers, stills and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QGenericArgumentHolder,
    QMetaObject,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.ui.icons import icon
from storyboard_app.ui.theme import ACCENT

SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0)


def clock(milliseconds: int) -> str:
    """m:ss.t"""
    seconds = max(0, milliseconds) / 1000
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


def _queued(media: QMediaPlayer, slot: str, *arguments: QGenericArgumentHolder) -> None:
    """Call one of the media player's slots from the event loop, not from Python.

    Stopping a player or changing its source winds down its decoding threads, and Qt waits
    for them. Called from Python, that wait holds Python's lock, which a worker thread
    decoding with PyAV may need to finish (while the engine waits on FFmpeg's codec lock
    that worker holds): a three-way deadlock. From the event loop the lock is free.
    """
    QMetaObject.invokeMethod(media, slot, Qt.ConnectionType.QueuedConnection, *arguments)


def release_media(media: QMediaPlayer) -> None:
    """Stop a media player and let go of its file, from the event loop (see _queued)."""
    _queued(media, "stop")
    _queued(media, "setSource", Q_ARG(QUrl, QUrl()))


def open_on_first_frame(media: QMediaPlayer, video: Path) -> None:
    """Open ``video`` and, once it is loaded, pause at the start so its first frame shows
    (a stopped player shows a black box until Play)."""
    done = (QMediaPlayer.MediaStatus.InvalidMedia, QMediaPlayer.MediaStatus.NoMedia)

    def loaded(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            media.mediaStatusChanged.disconnect(loaded)
            if media.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
                media.pause()
        elif status in done:
            media.mediaStatusChanged.disconnect(loaded)

    media.mediaStatusChanged.connect(loaded)
    if media.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
        media.setSource(QUrl.fromLocalFile(str(video)))
    else:  # a running engine winds down first (see _queued)
        _queued(media, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(video))))


class ScrubBar(QSlider):
    """A position slider (milliseconds) with a tick at every shot boundary.

    A click on the bar jumps there (and a drag goes on from there); arrow keys step by a
    tenth of a second, Page Up/Down by a second.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("scrub-bar")
        self.setRange(0, 0)
        self.setSingleStep(100)
        self.setPageStep(1000)
        self.setMinimumHeight(26)
        self._markers: list[float] = []

    def _groove_and_handle(self) -> tuple[QRect, QRect]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        return groove, handle

    def value_at(self, x: int) -> int:
        """The time (ms) at a pixel of the bar."""
        groove, handle = self._groove_and_handle()
        span = groove.width() - handle.width()
        offset = x - groove.x() - handle.width() // 2
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), offset, span)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        _groove, handle = self._groove_and_handle()
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and not handle.contains(point):
            self.setValue(self.value_at(point.x()))  # the handle comes under the pointer…
        super().mousePressEvent(event)  # …so a drag goes on from here

    def set_markers(self, seconds: list[float]) -> None:
        """Shot boundaries, in seconds."""
        self._markers = list(seconds)
        self.update()

    def markers(self) -> list[float]:
        """Shot boundaries, in seconds."""
        return list(self._markers)

    def marker_x(self, seconds: float) -> int:
        """Where a time sits on the bar, in pixels."""
        groove, handle = self._groove_and_handle()
        span = groove.width() - handle.width()
        value = int(seconds * 1000)
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
        return groove.x() + handle.width() // 2 + offset

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.maximum() <= 0:
            return
        painter = QPainter(self)
        painter.setPen(QPen(ACCENT, 2))
        for seconds in self._markers:
            x = self.marker_x(seconds)
            painter.drawLine(x, 2, x, 8)
            painter.drawLine(x, self.height() - 8, x, self.height() - 2)
        painter.end()


class Player(QWidget):
    """Plays one video file.

    Signals:
        position_seconds(float): the playhead moved (playing or scrubbed).
        save_video_requested(), save_frame_requested(), frame_to_board_requested():
            the export buttons.
    """

    position_seconds = Signal(float)
    save_video_requested = Signal()
    save_frame_requested = Signal()
    frame_to_board_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.media = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.media.setAudioOutput(self.audio)
        self.video = QVideoWidget()
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video.setMinimumSize(QSize(320, 180))
        self.media.setVideoOutput(self.video)
        self.source: Path | None = None
        self.requested = 0.0
        self.fps = 24.0

        self.scrub = ScrubBar()
        self.play_button = self._button(
            self.tr("Play"), self.tr("Play or pause (Space)"), self.toggle_play, "play"
        )
        self.back_button = self._button(
            self.tr("Back"), self.tr("One frame back"), lambda: self.step(-1), "step-back"
        )
        self.forward_button = self._button(
            self.tr("Forward"), self.tr("One frame forward"), lambda: self.step(1), "step-forward"
        )
        self.loop = QCheckBox(self.tr("Loop"))
        self.loop.toggled.connect(
            lambda on: self.media.setLoops(QMediaPlayer.Loops.Infinite if on else 1)
        )
        self.speed = QComboBox()
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed"))
        self.speed.currentIndexChanged.connect(
            lambda _i: self.media.setPlaybackRate(float(self.speed.currentData()))
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setFixedWidth(80)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.audio.setVolume(0.8)
        self.full_button = self._button(
            self.tr("Full Screen"),
            self.tr("Full screen (Esc to leave)"),
            self.toggle_full_screen,
            "fullscreen",
        )
        self.time_label = QLabel("0:00.0 / 0:00.0")
        self.length_label = QLabel("")
        self.length_label.setObjectName("muted")
        self.save_video = self._button(
            self.tr("Save Video…"),
            self.tr("Save the video as an MP4 file"),
            self.save_video_requested.emit,
        )
        self.save_frame = self._button(
            self.tr("Save Frame…"),
            self.tr("Save the frame shown as a PNG"),
            self.save_frame_requested.emit,
        )
        self.frame_to_board = self._button(
            self.tr("Frame → Next Board"),
            self.tr(
                "Use the frame shown as the first frame of the next storyboard (chains a "
                "sequence longer than one render)"
            ),
            self.frame_to_board_requested.emit,
        )
        self.empty = QLabel(self.tr("No render yet: press Render Previs (Ctrl+R) to make one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("muted")

        transport = QHBoxLayout()
        for button in (self.back_button, self.play_button, self.forward_button):
            transport.addWidget(button)
        transport.addWidget(self.time_label)
        transport.addWidget(self.length_label, 1)
        settings: tuple[QWidget, ...] = (self.loop, self.speed, self.volume, self.full_button)
        for setting in settings:
            transport.addWidget(setting)
        exports = QHBoxLayout()
        exports.addStretch(1)
        for widget in (self.save_video, self.save_frame, self.frame_to_board):
            exports.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.scrub)
        layout.addLayout(transport)
        layout.addLayout(exports)
        self.video.hide()
        self._set_enabled(False)

        self.scrub.valueChanged.connect(self._scrubbed)
        self.media.durationChanged.connect(self._duration_changed)
        self.media.positionChanged.connect(self._position_changed)
        self.media.playbackStateChanged.connect(self._state_changed)
        self.media.mediaStatusChanged.connect(self._hold_last_frame)
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self,
            self.toggle_play,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.video, self._leave_full_screen)

    def _button(self, text: str, tip: str, slot: object, icon_name: str = "") -> QToolButton:
        button = QToolButton()
        button.setText(text)
        if icon_name:
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.scrub,
            self.play_button,
            self.back_button,
            self.forward_button,
            self.loop,
            self.speed,
            self.full_button,
            self.save_video,
            self.save_frame,
            self.frame_to_board,
        ):
            widget.setEnabled(on)

    def load(self, video: Path, markers: list[float], requested: float, actual: float) -> None:
        """Show a video, with its shot boundaries and its asked and actual lengths."""
        self.source = video
        self.requested = requested
        self.empty.hide()
        self.video.show()
        self._set_enabled(True)
        self.scrub.set_markers(markers)
        differs = abs(actual - requested) >= 0.5 / self.fps
        note = (
            self.tr("asked {asked} s · got {got} s (differs)")
            if differs
            else self.tr("asked {asked} s · got {got} s")
        ).format(asked=f"{requested:g}", got=f"{actual:.2f}")
        self.length_label.setText(note)
        open_on_first_frame(self.media, video)

    def release(self) -> None:
        """Stop and let go of the video (before its file is deleted, or the window closes)."""
        self.source = None
        release_media(self.media)

    def seek(self, seconds: float) -> None:
        """Move the playhead."""
        self.media.setPosition(round(seconds * 1000))

    def position(self) -> float:
        """The playhead, in seconds."""
        return self.media.position() / 1000

    def toggle_play(self) -> None:
        """Play or pause (Play at the end starts again from the beginning)."""
        if self.media.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.media.pause()
            return
        if 0 < self.media.duration() <= self.media.position():
            self.media.setPosition(0)
        self.media.play()

    def _hold_last_frame(self, status: QMediaPlayer.MediaStatus) -> None:
        """At the end of the video, pause on its last frame with the playhead at the end.

        A player that reaches the end stops, and a stopped player shows a black box.
        Paused at the end (the duration, not a frame earlier), it shows the last frame.
        """
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.source is not None:
            self.media.setPosition(self.media.duration())
            self.media.pause()

    def step(self, frames: int) -> None:
        """Pause and move by whole frames."""
        self.media.pause()
        frame_ms = 1000 / self.fps
        current = round(self.media.position() / frame_ms)
        target = max(0, min(self.media.duration(), round((current + frames) * frame_ms)))
        self.media.setPosition(target)

    def toggle_full_screen(self) -> None:
        """Video full screen on and off."""
        self.video.setFullScreen(not self.video.isFullScreen())

    def _leave_full_screen(self) -> None:
        self.video.setFullScreen(False)

    def _scrubbed(self, value: int) -> None:
        """The person moved the bar (click, drag or keys): the playhead follows."""
        if value != self.media.position():
            self.media.setPosition(value)

    def _duration_changed(self, duration: int) -> None:
        with QSignalBlocker(self.scrub):  # the player moved the bar, not the person
            self.scrub.setRange(0, duration)
        self._position_changed(self.media.position())

    def _position_changed(self, position: int) -> None:
        if not self.scrub.isSliderDown():
            with QSignalBlocker(self.scrub):
                self.scrub.setValue(position)
        self.time_label.setText(f"{clock(position)} / {clock(self.media.duration())}")
        self.position_seconds.emit(position / 1000)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setIcon(icon("pause" if playing else "play"))
