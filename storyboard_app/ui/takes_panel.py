"""The takes of the selected storyboard: thumbnails, active take, compare, delete, redo in pro."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.storage.takes import Take, TakeStore
from storyboard_app.ui.background import Background

THUMBNAIL = QSize(160, 90)

if TYPE_CHECKING:  # QtMultimedia loads with the first comparison, not with the window
    from PySide6.QtMultimedia import QMediaPlayer


def take_service(take: Take) -> str:
    """The service a take was rendered by; takes recorded before services had names
    of their own fall back to the provider recorded (Kling's, or the local previs)."""
    recorded = getattr(take, "service", None)
    return recorded if isinstance(recorded, str) and recorded else take.provider or "kling"


def describe_take(take: Take) -> str:
    """One line, in the window's language: "fal.ai pro · asked 12 s, got 12.04 s · free"."""
    from storyboard_app.ui.service_accounts import service_name

    asked = f"{take.requested_duration:g}"
    service = service_name(take_service(take))
    if take.actual_duration is None:
        line = QCoreApplication.translate(
            "TakesPanel", "{service} {mode} · asked {asked} s"
        ).format(service=service, mode=take.mode, asked=asked)
    else:
        line = QCoreApplication.translate(
            "TakesPanel", "{service} {mode} · asked {asked} s, got {got} s"
        ).format(service=service, mode=take.mode, asked=asked, got=f"{take.actual_duration:.2f}")
    if not take.cost_usd:
        return line + QCoreApplication.translate("TakesPanel", " · free")
    if take.cost_units is None:  # services that bill in dollars, not Kling's units
        return line + f" · ≈ ${take.cost_usd:.2f}"
    return line + f" · {take.cost_units:g} u ≈ ${take.cost_usd:.2f}"


def _thumbnail(video: Path) -> QImage:
    """The middle frame of a video, small (runs on a worker thread)."""
    from storyboard_app.render.frames import frame_at, video_duration

    image = frame_at(video, video_duration(video) / 2).convert("RGB")
    image.thumbnail((THUMBNAIL.width(), THUMBNAIL.height()))
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, image.width * 3,
                  QImage.Format.Format_RGB888).copy()  # fmt: skip


class TakesPanel(QWidget):
    """Lists a storyboard's takes.

    Signals:
        play_requested(object): play this Take.
        redo_in_pro_requested(object): render this Take's request again in pro mode.
        compare_requested(object, object): show two Takes side by side.
        delete_requested(object): delete this Take (the window asks first).
    """

    play_requested = Signal(object)
    redo_in_pro_requested = Signal(object)
    compare_requested = Signal(object, object)
    delete_requested = Signal(object)

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._store: TakeStore | None = None
        self._storyboard_id = ""
        self._icons: dict[str, QIcon] = {}
        self.list = QListWidget()
        self.list.setObjectName("takes")
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)  # whole rows: long descriptions wrap, never cut
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda item: self._emit_play(item))
        self.active_button = QPushButton(self.tr("Make Active"))
        self.active_button.setToolTip(
            self.tr("The active take is the one the player and exports use")
        )
        self.active_button.clicked.connect(self._make_active)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two takes to watch them side by side"))
        self.compare_button.clicked.connect(self._compare)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the take and its video file"))
        self.delete_button.clicked.connect(self._delete)
        self.pro_button = QPushButton(self.tr("Render Again in Pro"))
        self.pro_button.setToolTip(self.tr("Send the same Kling request again in pro mode (1080p)"))
        self.pro_button.clicked.connect(self._redo_in_pro)
        self.empty = QLabel(
            self.tr("No takes yet: every finished render of this storyboard lands here.")
        )
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.active_button, self.compare_button, self.delete_button,
                       self.pro_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_takes(self, store: TakeStore | None, storyboard_id: str) -> None:
        """Show the takes of one storyboard."""
        self._store, self._storyboard_id = store, storyboard_id
        self.list.clear()
        takes = store.takes(storyboard_id) if store else []
        active = store.active(storyboard_id) if store else None
        self.empty.setVisible(not takes)
        for take in takes:
            when = datetime.datetime.fromtimestamp(take.created_at).strftime("%Y-%m-%d %H:%M")
            star = "★ " if active and take.id == active.id else ""
            item = QListWidgetItem(f"{star}{describe_take(take)}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, take.id)
            item.setIcon(self._icon(take))
            self.list.addItem(item)

    def _icon(self, take: Take) -> QIcon:
        cached = self._icons.get(take.id)
        if cached is not None or self._store is None:
            return cached or QIcon()
        video = self._store.folder / take.video

        def done(image: QImage) -> None:
            self._icons[take.id] = QIcon(QPixmap.fromImage(image))
            self.show_takes(self._store, self._storyboard_id)

        self._icons[take.id] = QIcon()
        self._background.run(lambda: _thumbnail(video), done, lambda _error: None)
        return QIcon()

    def selected(self) -> list[Take]:
        """The takes selected, in list order."""
        if self._store is None:
            return []
        ids = {str(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()}
        return [t for t in self._store.takes(self._storyboard_id) if t.id in ids]

    def _emit_play(self, item: QListWidgetItem) -> None:
        if self._store is None:
            return
        take_id = str(item.data(Qt.ItemDataRole.UserRole))
        take = next((t for t in self._store.takes() if t.id == take_id), None)
        if take is not None:
            self.play_requested.emit(take)

    def _make_active(self) -> None:
        chosen = self.selected()
        if self._store is not None and chosen:
            self._store.set_active(chosen[0].id)
            self.show_takes(self._store, self._storyboard_id)
            self.play_requested.emit(chosen[0])

    def _compare(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self.compare_requested.emit(chosen[0], chosen[1])

    def _delete(self) -> None:
        for take in self.selected():
            self.delete_requested.emit(take)

    def _redo_in_pro(self) -> None:
        for take in self.selected():
            if take.provider == "kling" and take.payload is not None:
                self.redo_in_pro_requested.emit(take)


class CompareDialog(QDialog):
    """Two takes side by side, played and scrubbed together.

    The bar runs in time over the longer take; scrubbing puts both at the same moment (a
    shorter take waits on its last frame), and the bar follows while they play.
    """

    def __init__(self, folder: Path, left: Take, right: Take, parent: QWidget | None = None):
        # The player module brings QtMultimedia: it loads with the first comparison.
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        from storyboard_app.ui.player import ScrubBar, clock, open_on_first_frame

        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare takes"))
        self.resize(1280, 520)
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setRowStretch(0, 1)  # the videos take the height; labels keep their own
        self.players: list[QMediaPlayer] = []
        self.videos: list[QVideoWidget] = []
        self.labels: list[QLabel] = []
        for column, take in enumerate((left, right)):
            player = QMediaPlayer(self)
            player.setAudioOutput(QAudioOutput(self))
            video = QVideoWidget()
            video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            video.setMinimumSize(QSize(320, 180))
            player.setVideoOutput(video)
            label = QLabel(describe_take(take))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            grid.addWidget(video, 0, column)
            grid.addWidget(label, 1, column)
            player.durationChanged.connect(self._lengths_changed)
            player.positionChanged.connect(self._moved)
            player.playbackStateChanged.connect(self._state_changed)
            open_on_first_frame(player, folder / take.video)
            self.players.append(player)
            self.videos.append(video)
            self.labels.append(label)
        self.play = QPushButton(self.tr("Play Both"))
        self.play.clicked.connect(self.toggle)
        self.scrub = ScrubBar()
        self.scrub.valueChanged.connect(self.seek)
        self.time_label = QLabel(f"{clock(0)} / {clock(0)}")
        row = QHBoxLayout()
        row.addWidget(self.play)
        row.addWidget(self.scrub, 1)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(row)

    def _playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return any(
            p.playbackState() == QMediaPlayer.PlaybackState.PlayingState for p in self.players
        )

    def toggle(self) -> None:
        """Play or pause both."""
        playing = self._playing()
        for player in self.players:
            player.pause() if playing else player.play()

    def seek(self, milliseconds: int) -> None:
        """Put both at the same moment (a shorter take on its last frame)."""
        for player in self.players:
            player.setPosition(min(milliseconds, player.duration()))
        self._show_time(milliseconds)

    def scrub_x(self, seconds: float) -> int:
        """Where a moment sits on the bar, in pixels."""
        return self.scrub.marker_x(seconds)

    def _lengths_changed(self, _duration: int) -> None:
        with QSignalBlocker(self.scrub):
            self.scrub.setRange(0, max(p.duration() for p in self.players))
        self._show_time(self.scrub.value())

    def _moved(self, _position: int) -> None:
        """While they play, the bar follows the one further on."""
        if self.scrub.isSliderDown():
            return
        position = max(p.position() for p in self.players)
        with QSignalBlocker(self.scrub):
            self.scrub.setValue(position)
        self._show_time(position)

    def _show_time(self, milliseconds: int) -> None:
        from storyboard_app.ui.player import clock

        self.time_label.setText(f"{clock(milliseconds)} / {clock(self.scrub.maximum())}")

    def _state_changed(self, _state: QMediaPlayer.PlaybackState) -> None:
        self.play.setText(self.tr("Pause Both") if self._playing() else self.tr("Play Both"))

    def done(self, result: int) -> None:
        from storyboard_app.ui.player import release_media

        for player in self.players:
            release_media(player)
        super().done(result)
