"""Image jobs: generated frames as durable jobs, resumed after a crash, landed exactly once.

Every step of a frame request is written to the job database (the same SQLite file as the
video jobs, table ``image_jobs``) before the next one starts:

* ``submitting``: the order is recorded (what is sent, to which endpoint, when) before a
  byte goes out. Its job id is the ``external_task_id`` where the service takes one.
* ``submitted``/``processing``: the service's task id (and addresses) as soon as known.
* ``downloading``: each candidate is recorded as it lands in the project's ``assets/``.
* ``done``: every candidate is in the project and in ``assets/generated-frames.jsonl``.

After a crash, :meth:`ImageJobs.resume` takes every unfinished job up where it was: a job
recorded as submitting is first looked up on the service (``reconcile``), never sent
again; one the service cannot prove either way waits, ``uncertain``, for the user; a
finished task's images are downloaded, skipping those already kept. A job another
process follows is left to it (one follower per job, :class:`FollowerLocks`).
This module names no service: the services come in through the image port.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from storyboard_app.jobs.followers import FollowerLocks
from storyboard_app.providers.image_port import (
    ImageOrder,
    ImageService,
    ImageTask,
)
from storyboard_app.providers.port import Outcome, ServiceError, TaskState, UncertainCreate
from storyboard_app.storage.assets import AssetError, AssetStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS image_jobs (
    id TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    folder TEXT NOT NULL,
    created_at REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS image_jobs_status ON image_jobs (status);
"""
RESULTS_FILE = "generated-frames.jsonl"
"""Kept in ``assets/``: one line per finished image job, naming every candidate file."""
LOST_CONTACT_AFTER = 5
"""Failed status queries in a row before a job waits for the next start (never failed:
the task exists and may be charged)."""


class ImageJobStatus(StrEnum):
    """Where an image job is in its life."""

    SUBMITTING = "submitting"
    SUBMITTED = "submitted"
    PROCESSING = "processing"
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"
    """The create's answer was lost and the service cannot say whether it holds the task:
    nothing is sent again without the user's word."""

    @property
    def finished(self) -> bool:
        """Whether the app will do nothing more with the job by itself."""
        return self in (
            ImageJobStatus.DONE,
            ImageJobStatus.FAILED,
            ImageJobStatus.CANCELLED,
            ImageJobStatus.UNCERTAIN,
        )


@dataclass(frozen=True)
class ImageJob:
    """One shot's frame request, from its record to its candidates in the project."""

    id: str
    service: str
    endpoint: str
    folder: str
    """The project folder the candidates go into."""
    storyboard_id: str
    shot_id: str
    count: int
    request: dict[str, Any]
    """The body as displayed: pictures by project path, never their bytes."""
    plain_fields: dict[str, Any]
    status: ImageJobStatus = ImageJobStatus.SUBMITTING
    created_at: float = field(default_factory=time.time)
    sent_at: float | None = None
    task_id: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    urls: tuple[str, ...] = ()
    candidates: tuple[str | None, ...] = ()
    """Project paths of the kept images, by result index (None: not yet downloaded)."""
    message: str = ""
    cost_usd: float | None = None
    cost_units: int | None = None
    units_charged: float | None = None
    history: tuple[tuple[str, float], ...] = ()

    @property
    def kept(self) -> tuple[str, ...]:
        """The candidates already in the project, in order."""
        return tuple(path for path in self.candidates if path)

    def task(self) -> ImageTask:
        """The service task as last recorded."""
        state = TaskState.SUCCEEDED if self.urls else TaskState.RUNNING
        return ImageTask(self.task_id or "", state, self.status.value, urls=self.urls,
                         links=dict(self.links))  # fmt: skip


def to_record(job: ImageJob) -> dict[str, Any]:
    """A job as plain JSON values."""
    record = asdict(job)
    record["status"] = job.status.value
    return record


def from_record(record: dict[str, Any]) -> ImageJob:
    """A job from :func:`to_record`'s values (unknown keys from newer versions ignored)."""
    known = {f.name for f in fields(ImageJob)}
    values = {key: value for key, value in record.items() if key in known}
    values["status"] = ImageJobStatus(values["status"])
    values["urls"] = tuple(values.get("urls", ()))
    values["candidates"] = tuple(values.get("candidates", ()))
    values["history"] = tuple(tuple(item) for item in values.get("history", ()))
    return ImageJob(**values)


class ImageJobStore:
    """Image jobs in the job database file (a table of their own, a connection of its own)."""

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.file, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: survives a crash
        self._db.execute("PRAGMA busy_timeout=5000")
        # No checkpoint inside a commit on the GUI thread: the video jobs' store checkpoints
        # the shared file on a thread of its own, and SQLite does at the last close.
        self._db.execute("PRAGMA wal_autocheckpoint=0")
        self._db.executescript(SCHEMA)

    def save(self, job: ImageJob) -> None:
        """Insert or replace one job (committed before this returns)."""
        record = json.dumps(to_record(job), ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO image_jobs (id, service, status, folder, created_at, "
                "record) VALUES (?, ?, ?, ?, ?, ?)",
                (job.id, job.service, job.status.value, job.folder, job.created_at, record),
            )

    def load(self, job_id: str) -> ImageJob | None:
        """One job as saved now (another process may have moved it on)."""
        with self._lock:
            row = self._db.execute(
                "SELECT record FROM image_jobs WHERE id = ?", (job_id,)
            ).fetchone()
        return from_record(json.loads(row[0])) if row else None

    def load_all(self) -> list[ImageJob]:
        """Every image job, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT record FROM image_jobs ORDER BY created_at").fetchall()
        return [from_record(json.loads(row[0])) for row in rows]

    def locks_folder(self) -> Path:
        """Follower locks live beside the database (shared with the video jobs)."""
        return self.file.parent / "followers"

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()


def new_image_job_id() -> str:
    """A unique image job id (also the ``external_task_id`` sent where it is taken)."""
    return f"frame-{uuid.uuid4().hex[:12]}"


def record_results(assets: Path, job: ImageJob) -> None:
    """Append the finished job to ``assets/generated-frames.jsonl`` unless it is there."""
    assets.mkdir(parents=True, exist_ok=True)
    log = assets / RESULTS_FILE
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError, AttributeError):
                if json.loads(line).get("job_id") == job.id:
                    return
    entry = {
        "job_id": job.id,
        "service": job.service,
        "shot_id": job.shot_id,
        "task_id": job.task_id,
        "endpoint": job.endpoint,
        "prompt": job.request.get("prompt", ""),
        "units": job.units_charged,
        "usd": job.cost_usd,
        "candidates": list(job.kept),
    }
    with log.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
        stream.flush()
        os.fsync(stream.fileno())


@dataclass(frozen=True)
class ImagePollPolicy:
    """Seconds between status queries: from ``first`` growing to ``most``."""

    first: float = 2.0
    most: float = 8.0
    growth: float = 1.5


Services = Callable[[str], ImageService | None]
"""The service of a given name with the user's keys, or None without keys."""
Sleep = Callable[[float], Awaitable[None]]


class ImageJobs:
    """Sends, follows and lands image jobs; listeners hear of every change.

    Runs on the caller's asyncio loop (the GUI's qasync loop in the app); file work (reading
    pictures, copying candidates into the project) runs on a worker thread.
    """

    def __init__(
        self,
        store: ImageJobStore,
        services: Services,
        poll: ImagePollPolicy = ImagePollPolicy(),
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.store = store
        self.services = services
        self.poll = poll
        self._sleep = sleep
        self._jobs: dict[str, ImageJob] = {job.id: job for job in store.load_all()}
        self._listeners: list[Callable[[ImageJob], None]] = []
        self._running: dict[str, asyncio.Task[None]] = {}
        self._followers = FollowerLocks(store.locks_folder())
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="image-jobs")

    # -- the record -------------------------------------------------------------------------

    def listen(self, listener: Callable[[ImageJob], None]) -> None:
        """Call ``listener(job)`` after every change of any job."""
        self._listeners.append(listener)

    def forget(self, listener: Callable[[ImageJob], None]) -> None:
        """Stop calling ``listener``."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def jobs(self, folder: Path | None = None) -> list[ImageJob]:
        """Every image job (of one project folder), oldest first."""
        jobs = sorted(self._jobs.values(), key=lambda job: job.created_at)
        if folder is None:
            return jobs
        where = os.path.realpath(folder)
        return [job for job in jobs if os.path.realpath(job.folder) == where]

    def get(self, job_id: str) -> ImageJob:
        """The job as this process last saw it."""
        return self._jobs[job_id]

    def following(self, job_id: str) -> bool:
        """Whether this process is driving the job now."""
        task = self._running.get(job_id)
        return task is not None and not task.done()

    def _update(self, job: ImageJob, **changes: Any) -> ImageJob:
        new = replace(job, **changes)
        if new.status is not job.status:
            new = replace(new, history=(*new.history, (new.status.value, time.time())))
        self.store.save(new)  # on disk before anyone acts on it
        self._jobs[new.id] = new
        for listener in list(self._listeners):
            listener(new)
        return new

    # -- starting ---------------------------------------------------------------------------

    def submit(self, order: ImageOrder, folder: Path, storyboard_id: str) -> ImageJob:
        """Record the order and start sending it (on the running loop); the recorded job."""
        job_id = new_image_job_id()
        order = order.tagged(job_id)
        cost = order.cost()
        job = ImageJob(
            id=job_id,
            service=order.service,
            endpoint=order.endpoint,
            folder=str(folder),
            storyboard_id=storyboard_id,
            shot_id=order.shot_id,
            count=order.count,
            request=order.display(),
            plain_fields=order.plain_fields(),
            cost_usd=cost.usd,
            cost_units=cost.units,
        )
        job = self._update(replace(job, history=((job.status.value, job.created_at),)))
        self._start(job.id, lambda: self._send(job.id, order))
        return job

    def resume(self) -> list[str]:
        """Start following every unfinished job not followed yet; their ids."""
        started: list[str] = []
        for fresh in self.store.load_all():  # another process may have added or moved some
            if not self.following(fresh.id):
                self._jobs[fresh.id] = fresh
            if fresh.status.finished or self.following(fresh.id):
                continue
            self._start(fresh.id, functools.partial(self._resume, fresh.id))
            started.append(fresh.id)
        return started

    def _start(self, job_id: str, work: Callable[[], Awaitable[None]]) -> None:
        async def run() -> None:
            if not self._followers.try_hold(job_id):
                return  # another process follows it
            try:
                await work()
            finally:
                finished = self._jobs[job_id].status.finished
                self._followers.release(job_id, finished=finished)

        self._running[job_id] = asyncio.ensure_future(run())

    async def wait(self) -> None:
        """Until every job this process follows has stopped (tests, shutdown)."""
        while any(not task.done() for task in self._running.values()):
            pending = [task for task in self._running.values() if not task.done()]
            await asyncio.gather(*pending, return_exceptions=True)

    async def aclose(self) -> None:
        """Stop following (unfinished jobs stay in the database and resume next time)."""
        for task in self._running.values():
            task.cancel()
        await asyncio.gather(*self._running.values(), return_exceptions=True)
        self._files.shutdown(wait=False, cancel_futures=True)

    # -- the steps --------------------------------------------------------------------------

    async def _send(self, job_id: str, order: ImageOrder) -> None:
        job = self._jobs[job_id]
        service = self.services(job.service)
        if service is None:
            self._update(job, status=ImageJobStatus.FAILED, message="no keys for this service")
            return
        loop = asyncio.get_running_loop()
        store = AssetStore(Path(job.folder))
        try:
            pictures = await loop.run_in_executor(
                self._files, lambda: {p: store.read_bytes(p) for p in order.references}
            )
        except (OSError, AssetError) as error:
            self._update(job, status=ImageJobStatus.FAILED,
                         message=f"a picture could not be read: {error}")  # fmt: skip
            return
        job = self._update(job, sent_at=time.time())
        try:
            task = await service.create(order, pictures.__getitem__)
        except ServiceError as error:
            self._update(job, status=ImageJobStatus.FAILED, message=error.explain())
            return
        except UncertainCreate as error:
            job = self._update(job, message=f"the answer was lost ({error}); looking it up")
            await self._reconcile(job.id, service)
            return
        job = self._sent(job, task)
        await self._follow(job.id, service)

    def _sent(self, job: ImageJob, task: ImageTask) -> ImageJob:
        return self._update(job, status=ImageJobStatus.SUBMITTED, task_id=task.task_id,
                            links=dict(task.links), message="")  # fmt: skip

    async def _resume(self, job_id: str) -> None:
        job = self._jobs[job_id]
        service = self.services(job.service)
        if service is None:
            self._update(job, message="waiting for this service's keys to follow it")
            return
        if job.task_id is None:
            await self._reconcile(job_id, service)
        elif job.urls:
            await self._download(job_id, service)
        else:
            await self._follow(job_id, service)

    async def _reconcile(self, job_id: str, service: ImageService) -> None:
        job = self._jobs[job_id]
        if job.sent_at is None:  # the app stopped before anything went out
            self._update(
                job,
                status=ImageJobStatus.FAILED,
                message="never sent (the app closed first): nothing was charged",
            )
            return
        try:
            found = await service.reconcile(job.endpoint, job.id, job.plain_fields, job.sent_at)
        except ServiceError as error:
            self._update(job, message=f"could not be looked up yet: {error.explain()}")
            return
        claimed = found.task is not None and any(
            other.task_id == found.task.task_id and other.service == job.service
            for other in self.store.load_all()
        )
        if found.outcome is Outcome.FOUND and found.task is not None and not claimed:
            job = self._sent(job, found.task)
            await self._follow(job_id, service)
        elif found.outcome is Outcome.ABSENT:
            self._update(job, status=ImageJobStatus.FAILED,
                         message=f"it never reached the service; nothing was charged "
                                 f"({found.reason})")  # fmt: skip
        elif claimed:
            self._update(job, status=ImageJobStatus.UNCERTAIN,
                         message="the only matching request on the service belongs to an "
                                 "earlier frame job; this one may still exist, and sending "
                                 "it again may charge twice")  # fmt: skip
        else:
            self._update(job, status=ImageJobStatus.UNCERTAIN, message=found.reason)

    async def _follow(self, job_id: str, service: ImageService) -> None:
        wait = self.poll.first
        misses = 0
        while True:
            job = self._jobs[job_id]
            await self._sleep(wait)
            wait = min(self.poll.most, wait * self.poll.growth)
            try:
                task = await service.lookup(job.endpoint, job.task())
            except ServiceError as error:
                misses += 1
                if misses >= LOST_CONTACT_AFTER or not error.retryable:
                    self._update(job, message=f"lost contact: {error.explain()}; it "
                                              "resumes at the next start")  # fmt: skip
                    return
                continue
            misses = 0
            if task.state is TaskState.SUCCEEDED:
                if not task.urls:
                    self._update(job, status=ImageJobStatus.FAILED,
                                 message="the service finished but named no images")  # fmt: skip
                    return
                self._update(job, status=ImageJobStatus.DOWNLOADING, urls=task.urls,
                             candidates=(None,) * len(task.urls),
                             units_charged=task.units, message="")  # fmt: skip
                await self._download(job_id, service)
                return
            if task.state is TaskState.FAILED:
                self._update(job, status=ImageJobStatus.FAILED,
                             message=task.message or "the service could not make it")  # fmt: skip
                return
            if task.state is TaskState.CANCELED:
                self._update(job, status=ImageJobStatus.CANCELLED, message=task.message)
                return
            if job.status is not ImageJobStatus.PROCESSING and task.state is TaskState.RUNNING:
                self._update(job, status=ImageJobStatus.PROCESSING)

    async def _download(self, job_id: str, service: ImageService) -> None:
        loop = asyncio.get_running_loop()
        job = self._jobs[job_id]
        folder = Path(job.folder)
        store = AssetStore(folder)
        candidates = list(job.candidates) + [None] * (len(job.urls) - len(job.candidates))
        for index, url in enumerate(job.urls):
            if candidates[index]:
                continue  # kept before a crash
            part = folder / "assets" / f".{job.id}-{index}.download"
            try:
                await service.download(url, part)
                path = await loop.run_in_executor(self._files, _keep, store, part)
            except (ServiceError, OSError, AssetError) as error:
                self._update(job, message=f"download stopped: {error}; it resumes at the "
                                          "next start")  # fmt: skip
                return
            candidates[index] = path
            job = self._update(job, candidates=tuple(candidates))
        await loop.run_in_executor(self._files, record_results, folder / "assets", job)
        self._update(job, status=ImageJobStatus.DONE, message="")

    # -- stopping ---------------------------------------------------------------------------

    async def cancel(self, job_id: str) -> str:
        """Stop a job: on the service where it can stop one, else only here; what happened."""
        job = self._jobs[job_id]
        if job.status.finished:
            return "already finished"
        service = self.services(job.service)
        if job.task_id is not None and (service is None or not service.can_cancel):
            return "the service cannot stop a running request; it is still followed"
        if job.task_id is None and job.sent_at is not None:
            return "it is being sent; stop it once the service has answered"
        task = self._running.get(job_id)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        stopped = False
        if service is not None and service.can_cancel and job.task_id:
            try:
                stopped = await service.cancel(job.endpoint, job.task())
            except ServiceError as error:
                self._update(job, message=f"could not be stopped: {error.explain()}")
                return self._jobs[job_id].message
        if stopped or job.task_id is None:
            message = "stopped on the service" if stopped else "stopped before it was sent"
            self._update(job, status=ImageJobStatus.CANCELLED, message=message)
            return message
        # Too late (it finished on the service): follow it to the end, so nothing is lost.
        self._start(job_id, functools.partial(self._resume, job_id))
        return "it had already finished on the service; its pictures are being fetched"


def _keep(store: AssetStore, download: Path) -> str:
    """Copy a downloaded picture into ``assets/`` under its content name (worker thread)."""
    try:
        return store.import_image(download)
    finally:
        download.unlink(missing_ok=True)
