"""The Takes list: finished renders kept as takes of their storyboard, deleted, compared."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from storyboard_app.jobs.board import Job, JobBoard, JobStatus
from storyboard_app.storage.takes import Take, TakeStore, relative_video
from storyboard_app.ui.controllers.playback import PlaybackController
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.takes_panel import CompareDialog, TakesPanel, describe_take


class TakesController(QObject):
    """Keeps the project's takes (``store``) and shows the board's.

    An unsaved project keeps its takes in its staging folder; the first save copies them
    into the project with their videos (:class:`ProjectDocument`).
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        editor: Editor,
        dialogs: Dialogs,
        jobs: JobBoard,
        panel: TakesPanel,
        playback: PlaybackController,
    ) -> None:
        super().__init__(window)
        self.window, self.document, self.editor, self.dialogs = window, document, editor, dialogs
        self.panel, self.playback = panel, playback
        self._store: TakeStore | None = None
        self.compare: CompareDialog | None = None
        """The last comparison opened."""
        panel.delete_requested.connect(self.delete_take)
        panel.compare_requested.connect(self.compare_takes)
        document.folder_changed.connect(self._folder_changed)
        for job in jobs.jobs():
            self.adopt(job)

    @property
    def store(self) -> TakeStore | None:
        """The takes of the project's folder, or of its staging folder before the first save."""
        root = self.document.asset_root
        if root is None:
            return None
        if self._store is None or self._store.folder != root:
            self._store = TakeStore(root)
        return self._store

    def _folder_changed(self, _folder: Path | None) -> None:
        self.show_takes()

    def show_takes(self) -> None:
        """List the selected storyboard's takes."""
        self.panel.show_takes(self.store, self.editor.board.id)

    def adopt(self, job: Job) -> None:
        """Record a finished render of this project as a take (once)."""
        folder, store = self.document.asset_root, self.store
        if (
            store is None or folder is None or job.status is not JobStatus.DONE
            or job.output is None or job.folder != folder or job.id in store.known()
            or job.parent is not None  # one shot of a shot-by-shot take
        ):  # fmt: skip
            return
        video = relative_video(folder, job.output)
        if video is None or not job.output.exists():
            return
        store.add(
            Take(
                id=job.id, storyboard_id=job.storyboard_id, storyboard_name=job.storyboard_name,
                video=video, provider=job.provider, mode=job.mode,
                created_at=job.finished_at or job.created_at,
                requested_duration=job.requested_duration, actual_duration=job.actual_duration,
                cost_units=job.cost_units, cost_usd=job.cost_usd,
                units_charged=job.units_charged, payload=job.payload,
            )
        )  # fmt: skip
        self.show_takes()

    def delete_take(self, take: Take) -> None:
        """Delete a take and its video, after asking."""
        store = self.store
        if store is None:
            return
        if not self.dialogs.confirm(
            self.window,
            self.tr("Delete take"),
            self.tr("Delete this take and its video file?") + "\n" + describe_take(take),
        ):
            return
        player = self.playback.player
        if player.source == store.folder / take.video:
            player.release()
        store.delete(take.id)
        self.show_takes()

    def compare_takes(self, left: Take, right: Take) -> None:
        """Two takes side by side."""
        folder = self.document.asset_root
        if folder is None:
            return
        self.compare = CompareDialog(folder, left, right, self.window)
        self.compare.show()
