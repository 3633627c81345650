"""The picture area's player: what plays, seeking from the timeline, following the playhead."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.storage.takes import Take
from storyboard_app.ui.dialog_folders import ask_export
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.lazy_player import LazyPlayer

# The player (QtMultimedia) and video reading (PyAV) load when first needed.
if TYPE_CHECKING:
    from storyboard_app.render.sequence import SequencePart
    from storyboard_app.ui.player import Player


class PlaybackController(QObject):
    """Plays renders, takes and sequences in the Previs Player tab beside the shot's picture.

    While a video plays, the storyboard list and the timeline's selection follow the
    playhead, and a shot clicked on the timeline seeks to it.

    Signals:
        frame_to_board_requested(): the player's "use this frame" button was pressed.
    """

    frame_to_board_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        editor: Editor,
        dialogs: Dialogs,
        picture_tabs: QTabWidget,
        preview: QWidget,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.document, self.editor, self.dialogs = window, document, editor, dialogs
        self.settings = settings
        """Where Save Video and Save Frame remember their folders (see ``dialog_folders``)."""
        self.picture_tabs, self.preview = picture_tabs, preview
        self.playing: Job | None = None
        """The render or take playing, or none."""
        self.sequence: list[SequencePart] = []
        """The parts of the sequence playing, or none when one render plays."""
        self._following_playhead = False
        self._tab = LazyPlayer(picture_tabs, self.tr("Previs Player"), self._connect_player)
        document.staging_moved.connect(self._staging_moved)

    @property
    def player(self) -> Player:
        """The previs player (built when first needed)."""
        return self._tab.get()

    def release(self) -> None:
        """Let go of the video files (on close); a player never built has none to release."""
        player = self._tab.built
        if player is not None:
            player.release()

    def _connect_player(self, player: Player) -> None:
        player.position_seconds.connect(self.playhead_moved)
        player.save_video_requested.connect(self.save_video)
        player.save_frame_requested.connect(self.save_frame)
        player.frame_to_board_requested.connect(self.frame_to_board_requested)

    def show_shot(self) -> None:
        """Show the selected shot's picture instead of the player."""
        self.picture_tabs.setCurrentWidget(self.preview)

    def play_job(self, job: Job) -> None:
        """Show a finished render in the player."""
        if job.output is None or job.status is not JobStatus.DONE:
            return
        self.playing, self.sequence = job, []
        actual = job.actual_duration if job.actual_duration is not None else job.requested_duration
        self.player.load(job.output, list(job.shot_starts), job.requested_duration, actual)
        index = next(
            (
                i
                for i, b in enumerate(self.document.project.storyboards)
                if b.id == job.storyboard_id
            ),
            None,
        )
        if index is not None:
            self.editor.select_board(index)
        self.picture_tabs.setCurrentWidget(self.player)

    def _staging_moved(self, staging: Path, folder: Path) -> None:
        """The first save copied the video playing into the project: play that copy."""
        player = self._tab.built
        source = player.source if player is not None else None
        if player is None or source is None or staging not in source.parents:
            return
        moved = folder / source.relative_to(staging)
        playing, parts = self.playing, self.sequence
        if playing is not None:
            self.playing = replace(playing, folder=folder, output=moved)
        player.release()  # the copy opens once the player has stopped, on its first frame
        QTimer.singleShot(0, lambda: self._reopen(moved, playing, parts))

    def _reopen(self, video: Path, playing: Job | None, parts: list[SequencePart]) -> None:
        if playing is not None:
            actual = playing.actual_duration
            self.player.load(
                video,
                list(playing.shot_starts),
                playing.requested_duration,
                playing.requested_duration if actual is None else actual,
            )
        else:
            total = sum(part.duration for part in parts)
            self.player.load(video, [part.start for part in parts], total, total)

    def play_take(self, take: Take) -> None:
        """Show a take in the player."""
        folder = self.document.asset_root
        if folder is None:
            return
        if take.payload is not None:
            guidances = take.payload["guidances"]
            assert isinstance(guidances, list)
            starts = [float(g["start"]) for g in guidances]
        else:
            starts = list(self.editor.board.shot_starts())
        self.playing = Job(
            id=take.id, provider=take.provider, project_title=self.document.project.title,
            folder=folder, storyboard_id=take.storyboard_id, storyboard_name=take.storyboard_name,
            requested_duration=take.requested_duration, shot_starts=tuple(starts),
            status=JobStatus.DONE, output=folder / take.video,
            actual_duration=take.actual_duration, payload=take.payload,
        )  # fmt: skip
        actual = take.actual_duration or take.requested_duration
        self.sequence = []
        self.player.load(folder / take.video, starts, take.requested_duration, actual)
        self.picture_tabs.setCurrentWidget(self.player)

    def play_sequence(self, video: Path, parts: list[SequencePart]) -> None:
        """Play the joined active takes; the selection follows the parts."""
        total = sum(part.duration for part in parts)
        self.playing, self.sequence = None, parts
        self.player.load(video, [part.start for part in parts], total, total)
        self.picture_tabs.setCurrentWidget(self.player)

    def _playing_this_board(self) -> bool:
        return self.playing is not None and self.playing.storyboard_id == self.editor.board.id

    def shot_clicked(self, shot_id: str) -> None:
        """Select a shot clicked on the timeline; the player seeks to it when it plays."""
        self.editor.select_shot(shot_id)
        part = next((p for p in self.sequence if p.storyboard_id == self.editor.board.id), None)
        if part is not None and not self._following_playhead:
            index = [s.id for s in self.editor.board.shots].index(shot_id)
            if index < len(part.shot_starts):
                self.player.seek(part.start + part.shot_starts[index])
        elif self._playing_this_board() and not self._following_playhead:
            ids = [s.id for s in self.editor.board.shots]
            starts = self.playing.shot_starts if self.playing else ()
            index = ids.index(shot_id)
            if index < len(starts):
                self.player.seek(starts[index])

    def playhead_moved(self, seconds: float) -> None:
        """The storyboard list and the timeline's selection follow the playhead."""
        from storyboard_app.render.sequence import playing_at

        place = playing_at(self.sequence, seconds)
        if place is not None:
            ids = [b.id for b in self.document.project.storyboards]
            if self.sequence[place[0]].storyboard_id not in ids:
                return
            board, index = ids.index(self.sequence[place[0]].storyboard_id), place[1]
        elif self._playing_this_board() and self.playing is not None:
            starts = self.playing.shot_starts
            board = self.editor.board_index
            index = max((i for i, start in enumerate(starts) if start <= seconds + 1e-6), default=0)
        else:
            return
        self._following_playhead = True
        try:
            self.editor.select_board(board)
            shots = self.editor.board.shots
            if index < len(shots):
                self.editor.select_shot(shots[index].id)
        finally:
            self._following_playhead = False

    def _ask(self, kind: str, title: str, name: str, kinds: str) -> Path | None:
        return ask_export(
            self.dialogs, self.window, self.settings, self.document.folder, kind, title, name, kinds
        )

    def save_video(self) -> None:
        """Save the video shown as an MP4 file."""
        source = self.player.source
        if source is None:
            return
        target = self._ask(
            "video",
            self.tr("Save video as"),
            f"{self.editor.board.name}.mp4",
            self.tr("Video ({pattern})").format(pattern="*.mp4"),
        )
        if target is None:
            return
        try:
            shutil.copyfile(source, target)
        except OSError as error:
            self.dialogs.error(self.window, self.tr("Not saved"), str(error))
            return
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=target), 5000)

    def save_frame(self) -> None:
        """Save the frame shown as a PNG."""
        source = self.player.source
        if source is None:
            return
        seconds = self.player.position()
        target = self._ask(
            "frame",
            self.tr("Save frame as"),
            f"{self.editor.board.name} {seconds:.2f}s.png",
            self.tr("PNG ({pattern})").format(pattern="*.png"),
        )
        if target is None:
            return
        from storyboard_app.render.frames import frame_at

        try:
            frame_at(source, seconds).save(target, "PNG")
        except (OSError, ValueError) as error:
            self.dialogs.error(self.window, self.tr("Not saved"), str(error))
            return
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=target), 5000)
