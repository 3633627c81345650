"""Jobs: every render, local or remote, as one list the UI and the command line share.

With a :class:`JobStore` behind it the board is durable: every change is written to SQLite
before listeners hear of it, so a crash (even kill -9) loses no job, and the next start can
resume the unfinished ones.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.i18n import _
from storyboard_app.jobs.followers import FollowerLocks


class JobStatus(StrEnum):
    """Where a job is in its life."""

    QUEUED = "queued"
    RUNNING = "running"
    SUBMITTING = "submitting"
    SUBMITTED = "submitted"
    PROCESSING = "processing"
    DOWNLOADING = "downloading"
    NEEDS_WORD = "needs-word"
    """The create's answer was lost and the service cannot prove whether the task exists:
    sent again only on the user's word (it may charge twice)."""
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
    mode: str = ""
    snapshot: dict[str, Any] | None = None
    """The storyboard as it was submitted (a later edit never changes a sent job)."""
    payload: dict[str, Any] | None = None
    """The guidances payload that was compiled."""
    request: dict[str, Any] | None = None
    """The service request as displayed: images named by file, never their bytes."""
    endpoint: str = ""
    remote_id: str | None = None
    remote_url: str | None = None
    remote_urls: dict[str, str] | None = None
    """The URLs the service gave for the task (status, result, cancel), for following it
    after a restart."""
    intent: dict[str, Any] | None = None
    """The create intent recorded before the request was sent (``providers.port.CreateIntent``
    as plain values): what a lost answer is reconciled against."""
    history: tuple[tuple[str, float], ...] = ()
    """Every status with the time it was reached."""
    cost_units: float | None = None
    cost_usd: float | None = None
    units_charged: float | None = None
    downloads: int = 0
    children: tuple[str, ...] = ()
    """Shot-by-shot: the jobs of the shots, joined into this job's video when all are done."""
    parent: str | None = None
    """The shot-by-shot job this job renders one shot of."""
    discarded: bool = False
    """Its project was closed without ever being saved, and the video went with the
    project's staging folder: nothing is left to play (see :meth:`JobBoard.discard_folder`)."""

    @property
    def paid(self) -> bool:
        """Whether a service was (or may have been) asked to render it: never discarded."""
        return (
            self.remote_id is not None
            or self.intent is not None
            or self.cost_units is not None
            or self.cost_usd is not None
        )

    def elapsed(self, now: float | None = None) -> float:
        """Seconds since the job started (until it finished)."""
        if self.started_at is None:
            return 0.0
        end = self.finished_at if self.finished_at is not None else (now or time.time())
        return max(0.0, end - self.started_at)


def discarded_message() -> str:
    """What a discarded job says, in the window, the jobs list and ``storyboard-app jobs``."""
    return _("Discarded with the unsaved project: its video was deleted.")


def job_for_payload(
    job_id: str, provider: str, compiled: GuidancesPayload, folder: Path, **fields: Any
) -> Job:
    """A new job rendering ``compiled`` (``fields`` sets the rest: output, mode, costs…)."""
    return Job(
        id=job_id,
        provider=provider,
        project_title=compiled.project,
        folder=folder,
        storyboard_id=compiled.storyboard_id,
        storyboard_name=compiled.storyboard,
        requested_duration=compiled.total_duration,
        shot_starts=tuple(g.start for g in compiled.guidances),
        **fields,
    )


def to_record(job: Job) -> dict[str, Any]:
    """A job as plain JSON values."""
    record = asdict(job)
    record["status"] = job.status.value
    record["folder"] = str(job.folder)
    record["output"] = str(job.output) if job.output else None
    return record


def from_record(record: dict[str, Any]) -> Job:
    """A job from :func:`to_record`'s values."""
    values = dict(record)
    values["status"] = JobStatus(values["status"])
    values["folder"] = Path(values["folder"])
    values["output"] = Path(values["output"]) if values.get("output") else None
    values["shot_starts"] = tuple(values.get("shot_starts", ()))
    values["log"] = tuple(values.get("log", ()))
    values["history"] = tuple(tuple(item) for item in values.get("history", ()))
    values["children"] = tuple(values.get("children", ()))
    known = {f.name for f in fields(Job)}
    return Job(**{key: value for key, value in values.items() if key in known})


def new_job_id() -> str:
    """A unique job id (also the external task id sent to services)."""
    return f"job-{uuid.uuid4().hex[:12]}"


class JobStore(Protocol):
    """Where jobs are kept between runs."""

    def save(self, job: Job) -> None:
        """Write one job (insert or replace)."""
        ...

    def load_all(self) -> list[Job]:
        """Every job ever saved."""
        ...

    def load(self, job_id: str) -> Job | None:
        """One job as saved now (another process may have changed it)."""
        ...

    def insert_unless_running(self, job: Job) -> Job | None:
        """Save a new job unless one for the same storyboard is unfinished (atomically,
        across processes); the unfinished one when there is one, else None."""
        ...

    def locks_folder(self) -> Path | None:
        """Where follower locks live (shared by every process using this store)."""
        ...

    def flush(self) -> None:
        """Make every save so far survive a power cut (fsync; slow: call it off the loop)."""
        ...


def same_storyboard(one: Job, other: Job) -> bool:
    """Whether two top-level jobs render the same storyboard of the same project folder."""
    return (
        one.provider == other.provider
        and one.storyboard_id == other.storyboard_id
        and one.parent is None
        and other.parent is None
        and Path(os.path.realpath(one.folder)) == Path(os.path.realpath(other.folder))
    )


class AlreadyRunning(Exception):
    """A storyboard already has an unfinished job; sending it again would pay twice."""

    def __init__(self, running: Job) -> None:
        self.running = running
        super().__init__(
            _(
                "“{name}” already has an unfinished {service} job ({job}, {status}); sending it "
                "again pays for a second render."
            ).format(
                name=running.storyboard_name, service=running.provider, job=running.id,
                status=running.status.value,
            )
        )  # fmt: skip


class JobBoard:
    """Every job, newest first, with change listeners; durable with a store."""

    def __init__(self, store: JobStore | None = None) -> None:
        self._store = store
        self._jobs: dict[str, Job] = {job.id: job for job in (store.load_all() if store else [])}
        self._listeners: list[Callable[[Job], None]] = []
        self.followers = FollowerLocks(store.locks_folder() if store else None)
        """One follower per job (across processes when the store is shared)."""

    def listen(self, listener: Callable[[Job], None]) -> None:
        """Call ``listener(job)`` after every change of any job."""
        self._listeners.append(listener)

    def add(self, job: Job, unless_running: bool = False) -> Job:
        """Put a new job on the board.

        With ``unless_running``, raise :class:`AlreadyRunning` instead when the same
        storyboard has an unfinished job (in this process or any other sharing the store).
        """
        job = replace(job, history=job.history or ((job.status.value, job.created_at),))
        if not unless_running:
            return self._put(job)
        running = next((j for j in self.unfinished(job.provider) if same_storyboard(j, job)), None)
        if running is None and self._store is not None:
            running = self._store.insert_unless_running(job)
        if running is not None:
            raise AlreadyRunning(running)
        self._jobs[job.id] = job
        self._notify(job)
        return job

    def refresh(self, job_id: str) -> Job:
        """The job as the store holds it now (another process may have moved it on)."""
        saved = self._store.load(job_id) if self._store is not None else None
        if saved is not None and saved != self._jobs.get(job_id):
            self._jobs[job_id] = saved
            self._notify(saved)
        return self._jobs[job_id]

    def update(self, job_id: str, **changes: Any) -> Job:
        """Change a job; a new status is added to its history. Returns the new record."""
        old = self._jobs[job_id]
        job = replace(old, **changes)
        if job.status is not old.status:
            job = replace(job, history=(*job.history, (job.status.value, time.time())))
        if job.discarded and job.status is JobStatus.DONE:  # also one done after the discard
            job = replace(job, message=discarded_message())
        return self._put(job)

    def _put(self, job: Job) -> Job:
        if self._store is not None:
            self._store.save(job)  # on disk before anyone acts on it
        self._jobs[job.id] = job
        self._notify(job)
        return job

    def discard_folder(self, folder: Path) -> list[Job]:
        """Mark the jobs rendering into ``folder`` as discarded, because the folder is about
        to be deleted (the staging folder of a project closed without saving).

        A paid render is never thrown away with the folder: when the folder holds a paid
        job's work, nothing is marked and those jobs are returned (the caller keeps the
        folder); otherwise an empty list.
        """
        where = Path(os.path.realpath(folder))
        mine = [job for job in self.jobs() if Path(os.path.realpath(job.folder)) == where]
        paid = [job for job in mine if job.paid]
        if not paid:
            for job in mine:
                if not job.discarded:
                    self.update(job.id, discarded=True)
        return paid

    def flush(self) -> None:
        """Make every change so far durable on disk (blocking: run it off the event loop)."""
        if self._store is not None:
            self._store.flush()

    def unfinished(self, provider: str | None = None) -> list[Job]:
        """Jobs not yet done, failed or cancelled, oldest first."""
        jobs = [j for j in self._jobs.values() if not j.status.finished]
        if provider is not None:
            jobs = [j for j in jobs if j.provider == provider]
        return sorted(jobs, key=lambda job: job.created_at)

    def get(self, job_id: str) -> Job:
        """The job with that id."""
        return self._jobs[job_id]

    def jobs(self) -> list[Job]:
        """Every job, newest first."""
        return sorted(self._jobs.values(), key=lambda job: job.created_at, reverse=True)

    def _notify(self, job: Job) -> None:
        for listener in self._listeners:
            listener(job)
