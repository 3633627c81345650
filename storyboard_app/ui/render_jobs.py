"""Previs renders as jobs: run on a worker thread, reported on the job board, cancellable."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.domain.models import Project
from storyboard_app.jobs.board import Job, JobBoard, JobStatus, job_for_payload, new_job_id
from storyboard_app.storage.bundle import render_file

if TYPE_CHECKING:  # the renderer (numpy, PyAV) loads with the first render, not the window
    from storyboard_app.render.previs import RenderResult


class _Relay(QObject):
    progress = Signal(str, float)
    done = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)


class _RenderTask(QRunnable):
    def __init__(
        self,
        job: Job,
        payload: GuidancesPayload,
        resolution: int,
        title_cards: bool,
        stop: threading.Event,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._job, self._payload, self._resolution = job, payload, resolution
        self._title_cards, self._stop, self._relay = title_cards, stop, relay

    def run(self) -> None:
        from storyboard_app.render.previs import RenderCancelled, render_previs

        job = self._job
        assert job.output is not None
        if self._stop.is_set():  # cancelled while queued: not even its folder is made
            self._relay.cancelled.emit(job.id)
            return
        try:
            result = render_previs(
                self._payload,
                job.folder,
                job.output,
                self._resolution,
                self._title_cards,
                progress=lambda fraction: self._relay.progress.emit(job.id, fraction),
                cancelled=self._stop.is_set,
            )
        except RenderCancelled:
            self._relay.cancelled.emit(job.id)
        except Exception as error:  # shown in the jobs list with the reason
            self._relay.failed.emit(job.id, f"{type(error).__name__}: {error}")
        else:
            self._relay.done.emit(job.id, result)


def output_path(folder: Path, storyboard: str, job_id: str) -> Path:
    """Where a previs render of a storyboard goes inside the project."""
    return render_file(folder, storyboard, f"previs {time.strftime('%Y%m%d-%H%M%S')}", job_id)


class LocalRenders(QObject):
    """Runs previs renders one at a time (each already uses both cores).

    Signals:
        finished(str): the job with that id is done, failed or was cancelled.
    """

    finished = Signal(str)

    def __init__(self, board: JobBoard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._stops: dict[str, threading.Event] = {}
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.cancelled.connect(self._cancelled)

    def start(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        resolution: int = 720,
        title_cards: bool = False,
    ) -> Job:
        """Queue a render of one storyboard; returns its job."""
        from storyboard_app.render.frames import PREVIS_PROVIDER  # PyAV: with the first render

        payload = compile_guidances(project, board_index)
        job_id = new_job_id()
        job = self.board.add(
            job_for_payload(
                job_id, PREVIS_PROVIDER, payload, folder,
                output=output_path(folder, payload.storyboard, job_id),
                message=self.tr("{resolution}p, waiting for the renderer").format(
                    resolution=resolution
                ),
                mode=f"{resolution}p",
                payload=payload.model_dump(mode="json"),  # what a clean still is drawn from
            )
        )  # fmt: skip
        stop = threading.Event()
        self._stops[job_id] = stop
        self.pool.start(_RenderTask(job, payload, resolution, title_cards, stop, self._relay))
        return job

    def cancel(self, job_id: str) -> None:
        """Stop a queued or running render; nothing is written."""
        stop = self._stops.get(job_id)
        if stop is not None:
            stop.set()

    def _progress(self, job_id: str, fraction: float) -> None:
        job = self.board.get(job_id)
        if job.status.finished:
            return
        changes: dict[str, object] = {"progress": fraction}
        if job.status is JobStatus.QUEUED:
            changes.update(
                status=JobStatus.RUNNING, started_at=time.time(), message=self.tr("rendering")
            )
        self.board.update(job_id, **changes)

    def _done(self, job_id: str, result: RenderResult) -> None:
        self._stops.pop(job_id, None)
        note = "; ".join(result.log)
        self.board.update(
            job_id,
            status=JobStatus.DONE,
            progress=1.0,
            finished_at=time.time(),
            actual_duration=result.duration,
            output=result.path,
            log=tuple(result.log),
            message=self.tr("{width}×{height}, {seconds} s").format(
                width=result.width, height=result.height, seconds=f"{result.duration:g}"
            )
            + (f" — {note}" if note else ""),
        )
        self.finished.emit(job_id)

    def _failed(self, job_id: str, reason: str) -> None:
        self._stops.pop(job_id, None)
        message = self.tr("Render failed: {reason}").format(reason=reason)
        self.board.update(job_id, status=JobStatus.FAILED, finished_at=time.time(), message=message)
        self.finished.emit(job_id)

    def _cancelled(self, job_id: str) -> None:
        self._stops.pop(job_id, None)
        self.board.update(
            job_id,
            status=JobStatus.CANCELLED,
            finished_at=time.time(),
            message=self.tr("cancelled; nothing was written"),
        )
        self.finished.emit(job_id)

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until no render runs (shutdown and tests)."""
        return self.pool.waitForDone(milliseconds)
