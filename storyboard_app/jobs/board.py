"""Jobs: every render, local or remote, as one list the UI and the command line share.

This build keeps the list in memory for the running app; remote services will need it
persisted (and resumed after a crash), which is the job store's next step.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any


class JobStatus(StrEnum):
    """Where a job is in its life."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        """Whether the job will not change any more."""
        return self in (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


@dataclass(frozen=True)
class Job:
    """One render of one storyboard."""

    id: str
    provider: str
    project_title: str
    folder: Path
    storyboard_id: str
    storyboard_name: str
    requested_duration: float
    shot_starts: tuple[float, ...] = ()
    """Where each shot starts in the video asked for (markers on the player's scrub bar)."""
    status: JobStatus = JobStatus.QUEUED
    progress: float = 0.0
    created_at: float = field(default_factory=time.time)
    started_at: float | None = None
    finished_at: float | None = None
    message: str = ""
    output: Path | None = None
    actual_duration: float | None = None
    log: tuple[str, ...] = ()

    def elapsed(self, now: float | None = None) -> float:
        """Seconds since the job started (until it finished)."""
        if self.started_at is None:
            return 0.0
        end = self.finished_at if self.finished_at is not None else (now or time.time())
        return max(0.0, end - self.started_at)


def new_job_id() -> str:
    """A unique job id (also the external task id sent to services)."""
    return f"job-{uuid.uuid4().hex[:12]}"


class JobBoard:
    """Every job of the running app, newest first, with change listeners."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._listeners: list[Callable[[Job], None]] = []

    def listen(self, listener: Callable[[Job], None]) -> None:
        """Call ``listener(job)`` after every change of any job."""
        self._listeners.append(listener)

    def add(self, job: Job) -> Job:
        """Put a new job on the board."""
        self._jobs[job.id] = job
        self._notify(job)
        return job

    def update(self, job_id: str, **changes: Any) -> Job:
        """Change a job; returns the new record."""
        job = replace(self._jobs[job_id], **changes)
        self._jobs[job_id] = job
        self._notify(job)
        return job

    def get(self, job_id: str) -> Job:
        """The job with that id."""
        return self._jobs[job_id]

    def jobs(self) -> list[Job]:
        """Every job, newest first."""
        return sorted(self._jobs.values(), key=lambda job: job.created_at, reverse=True)

    def _notify(self, job: Job) -> None:
        for listener in self._listeners:
            listener(job)
