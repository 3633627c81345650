"""Remote jobs on any video service: submit under a limit, follow, download exactly once.

:class:`ProviderJobs` drives one :class:`~storyboard_app.providers.port.VideoProvider`
(Kling's own API, fal, Replicate, …) and names none: what differs between services lives
in their adapters. Every step is recorded on the (durable) job board before the next one
starts, so after a crash :meth:`ProviderJobs.resume` picks each unfinished job up where it
was. Sending follows the port's exactly-once protocol:

1. Before a create, the job records a ``CreateIntent`` (committed and fsync'd).
2. A create whose answer is lost (``UncertainCreate``), or one interrupted by a crash
   between the intent and the answer, is never sent again blindly: the service is asked
   (``reconcile``). FOUND: the job carries on with that task. ABSENT: sent again.
   UNKNOWN: the job stops in ``needs-word`` and is sent again only by
   :meth:`ProviderJobs.resend_after_warning`, on the user's word that it may charge twice.
3. A finished task is downloaded once, into a ``.part`` file renamed when it is complete
   and opens as a video; an expired address is asked for afresh.

Retries happen only where the service says they help (the adapters retry refusals marked
retryable, honouring Retry-After); a task that exists is never given up for lost contact.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.domain.capabilities import RESOLUTION_OF_MODE, capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project, Storyboard
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import _
from storyboard_app.jobs.board import (
    AlreadyRunning,
    Job,
    JobBoard,
    JobStatus,
    job_for_payload,
    new_job_id,
    same_storyboard,
)
from storyboard_app.providers.port import (
    CreateIntent,
    ErrorKind,
    Outcome,
    Reconciliation,
    RemoteTask,
    ServiceError,
    ServiceRequest,
    TaskState,
    UncertainCreate,
    VideoProvider,
)
from storyboard_app.storage.assets import AssetError, AssetStore
from storyboard_app.storage.bundle import RENDERS_DIR, render_file

T = TypeVar("T")

SHOT_BY_SHOT = "shot-by-shot"
"""The endpoint recorded for a job made of one request per shot."""
LOST_CONTACT_AFTER = 5
"""Failed status queries in a row (each already retried by the adapter) before a job waits
for the next start; it is never failed for them: the task exists and may be charged."""
DOWNLOAD_TRIES = 3
"""Whole downloads of one result (a dead link, a file that does not open) before waiting
for the next start."""
CREATE_ATTEMPTS = 5
"""Creates sent for one job while the service proves each earlier one never arrived."""
WAIT_FOR_FOLLOWER = 0.5
"""Seconds between looks at a job another process is following."""
SENT_STATES = (JobStatus.SUBMITTING, JobStatus.SUBMITTED, JobStatus.PROCESSING,
               JobStatus.NEEDS_WORD)  # fmt: skip
"""States in which a create may have reached the service (reconciled before any resend)."""


@dataclass(frozen=True)
class PollPolicy:
    """Seconds between status queries: starting at ``first``, growing to ``most``."""

    first: float = 5.0
    most: float = 30.0
    growth: float = 1.5


POLL_VARIABLE = "STORYBOARD_APP_POLL"
"""``FIRST,MOST`` seconds between status queries (default 5,30), for proxies and tests."""


def poll_policy() -> PollPolicy:
    """The poll interval, from ``STORYBOARD_APP_POLL`` when set."""
    value = os.environ.get(POLL_VARIABLE)
    if not value:
        return PollPolicy()
    first, most = (float(part) for part in value.split(","))
    return PollPolicy(first=first, most=most)


class ShotByShotRefused(ValueError):
    """A storyboard cannot be rendered one shot per request; the message says why."""


class RequestRefused(ValueError):
    """The chosen service cannot take the storyboard as it stands; nothing was queued."""


class UnplayableVideo(Exception):
    """A finished download did not open as a video (cut short, damaged); it was removed."""


class NotWaitingForWord(ValueError):
    """Only a job that waits for the user's word can be sent again on it."""


def shot_by_shot_refusal(board: Storyboard) -> str | None:
    """Why a storyboard cannot be rendered shot by shot (each shot alone), or None."""
    cap = capability(board.model)
    allowed = cap.total_durations if cap else ()
    short = [n + 1 for n, shot in enumerate(board.shots) if round(shot.duration) not in allowed]
    if not short:
        return None
    refusal = _("Shot {shots} cannot be rendered alone: {model} renders {low}–{high} s a request.")
    return refusal.format(
        shots=", ".join(map(str, short)), model=board.model,
        low=min(allowed, default=0), high=max(allowed, default=0),
    )  # fmt: skip


def in_mode(payload: GuidancesPayload, mode: Mode) -> GuidancesPayload:
    """The same payload rendered in another mode ("render again in pro")."""
    data = payload.model_dump(mode="json")
    data.update(mode=mode.value, resolution=RESOLUTION_OF_MODE[mode])
    return GuidancesPayload.model_validate(data)


def displayed_request(request: ServiceRequest) -> dict[str, Any]:
    """The request as the job database and the payload view keep it: images named by file."""
    shown: dict[str, Any] = {"service": request.service, "method": "POST",
                             "endpoint": request.endpoint}  # fmt: skip
    if request.notices:
        shown["notes"] = list(request.notices)
    if request.unsupported:
        shown["not sent"] = [f"{item.field}: {item.reason}" for item in request.unsupported]
    shown["body"] = request.display_body()
    return shown


def intent_record(intent: CreateIntent) -> dict[str, Any]:
    """A create intent as plain JSON values (kept in the job's record)."""
    return {
        "intent_id": intent.intent_id, "service": intent.service, "endpoint": intent.endpoint,
        "fingerprint": intent.fingerprint, "plain_fields": dict(intent.plain_fields),
        "sent_at": intent.sent_at,
    }  # fmt: skip


def intent_from_record(record: dict[str, Any]) -> CreateIntent:
    """The create intent :func:`intent_record` wrote."""
    return CreateIntent(
        str(record["intent_id"]), str(record["service"]), str(record["endpoint"]),
        str(record["fingerprint"]), MappingProxyType(dict(record["plain_fields"])),
        float(record["sent_at"]),
    )  # fmt: skip


def image_sizes(folder: Path) -> Callable[[str], int]:
    """Bytes of each image of a project (0 when it cannot be read: validation says why)."""

    def size(path: str) -> int:
        try:
            return (folder / path).stat().st_size
        except OSError:
            return 0

    return size


class ProviderJobs:
    """Runs the board's jobs of one service with at most ``limit`` tasks running on it."""

    def __init__(
        self,
        board: JobBoard,
        provider: VideoProvider,
        verify: Callable[[Path], float],
        limit: int = 5,
        poll: PollPolicy = PollPolicy(),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.board = board
        self.provider = provider
        self._verify = verify
        self._poll = poll
        self._sleep = sleep
        self._slots = asyncio.Semaphore(limit)
        self._cancelled: set[str] = set()
        self._stopping: set[asyncio.Task[None]] = set()
        # File work (fsync, opening videos, reading pictures) runs here, never on the event
        # loop. An own pool of plain threads: qasync's default executor uses QThreads.
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="job-files")

    @property
    def service(self) -> str:
        """The service's name, as jobs record it."""
        return self.provider.name

    @property
    def title(self) -> str:
        """The service's name for people (in the jobs' messages)."""
        return self.provider.title

    async def file_work(self, work: Callable[..., T], *args: Any) -> T:
        """Run blocking file work on the runner's worker thread."""
        return await asyncio.get_running_loop().run_in_executor(self._files, work, *args)

    def prepare(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
        unless_running: bool = False,
    ) -> Job:
        """Put a storyboard on the board as a queued job (nothing is sent yet).

        With ``unless_running``, raise :class:`AlreadyRunning` when the storyboard already
        has an unfinished job (a second submission would pay twice). Raises
        :class:`RequestRefused` when the service cannot take the storyboard.
        """
        if mode is not None:
            project = update_board(project, board_index, mode=mode)
        board = project.storyboards[board_index]
        return self.prepare_payload(
            compile_guidances(project, board_index), folder, board.model_dump(mode="json"),
            output_dir, unless_running=unless_running,
        )  # fmt: skip

    def _request(
        self, payload: GuidancesPayload, folder: Path, task_key: str | None
    ) -> ServiceRequest:
        return self.provider.build_request(
            payload, image_sizes(folder), folder=folder, task_key=task_key
        )

    def _refusal(self, request: ServiceRequest) -> str | None:
        blocking = [item.reason for item in request.unsupported if item.blocking]
        if not blocking:
            return None
        return _("{service} cannot take this storyboard as it stands: {reasons}").format(
            service=self.title, reasons=" ".join(blocking)
        )

    def prepare_payload(
        self,
        payload: GuidancesPayload,
        folder: Path,
        snapshot: dict[str, Any] | None = None,
        output_dir: Path | None = None,
        parent: str | None = None,
        unless_running: bool = False,
    ) -> Job:
        """Queue an already compiled payload (a retry, or the same take in another mode)."""
        job_id = new_job_id()
        request = self._request(payload, folder, job_id)
        refusal = self._refusal(request)
        if refusal:
            raise RequestRefused(refusal)
        price = self.provider.price(payload, folder=folder)
        target = render_file(
            folder, payload.storyboard, f"{self.service} {payload.mode.value}", job_id, output_dir
        )
        left_out = tuple(
            _("sent without {what}: {why}").format(what=item.field, why=item.reason)
            for item in request.unsupported
        )
        return self.board.add(
            job_for_payload(
                job_id, self.service, payload, folder,
                mode=payload.mode.value,
                snapshot=snapshot,
                payload=payload.model_dump(mode="json"),
                request=displayed_request(request),
                endpoint=request.endpoint,
                output=target,
                cost_units=price.units if price else None,
                cost_usd=price.usd if price else None,
                message=_("waiting for a free slot"),
                log=(*request.notices, *left_out),
                parent=parent,
            ),
            unless_running=unless_running,
        )  # fmt: skip

    def prepare_shot_by_shot(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
        unless_running: bool = False,
    ) -> Job:
        """One request per shot, each with its own first/last frame, joined into one take.

        For storyboards whose middle shots have their own frames, which one multi-shot
        request cannot carry. Each shot must be a length the model and the service render
        on its own; nothing is queued otherwise.
        """
        if mode is not None:
            project = update_board(project, board_index, mode=mode)
        board = project.storyboards[board_index]
        refusal = shot_by_shot_refusal(board)
        if refusal:
            raise ShotByShotRefused(refusal)
        singles: list[GuidancesPayload] = []
        for number, shot in enumerate(board.shots, start=1):
            alone = board.evolve(name=f"{board.name} · shot {number}", shots=(shot,))
            single = compile_guidances(project.evolve(storyboards=(alone,)), 0)
            problem = self._refusal(self._request(single, folder, None))
            if problem:
                raise ShotByShotRefused(
                    _("Shot {number} cannot be rendered alone: {reason}").format(
                        number=number, reason=problem
                    )
                )
            singles.append(single)
        payload = compile_guidances(project, board_index)
        if unless_running:
            probe = job_for_payload("", self.service, payload, folder)
            running = [j for j in self.board.unfinished(self.service) if same_storyboard(j, probe)]
            if running:
                raise AlreadyRunning(running[0])
        parent_id = new_job_id()
        parts_dir = (output_dir or folder / RENDERS_DIR) / "parts"
        children = [
            self.prepare_payload(single, folder, None, parts_dir, parent=parent_id)
            for single in singles
        ]
        target = render_file(
            folder, payload.storyboard, f"{self.service} {payload.mode.value} shot-by-shot",
            parent_id, output_dir,
        )  # fmt: skip
        units = [c.cost_units for c in children if c.cost_units is not None]
        usd = [c.cost_usd for c in children if c.cost_usd is not None]
        return self.board.add(
            job_for_payload(
                parent_id,
                self.service,
                payload,
                folder,
                mode=payload.mode.value,
                snapshot=board.model_dump(mode="json"),
                payload=payload.model_dump(mode="json"),
                endpoint=SHOT_BY_SHOT,
                output=target,
                cost_units=round(sum(units), 4) if units else None,
                cost_usd=round(sum(usd), 4) if len(usd) == len(children) and usd else None,
                children=tuple(c.id for c in children),
                message=_("{n} shots, one request each, joined when all are done").format(
                    n=len(children)
                ),
            )
        )

    def cancel(self, job_id: str) -> Job:
        """Stop a job: a queued one is never sent; a sent one is no longer followed, and the
        service is asked to stop its task where it can."""
        self._cancelled.add(job_id)
        job = self.board.get(job_id)
        for child in job.children:
            self.cancel(child)
        if job.status.finished:
            return job
        sent = job.remote_id is not None or job.status in SENT_STATES
        if job.remote_id and self.provider.cancels:
            self._ask_to_stop(job)
        if not sent:
            message = _("Cancelled before it was sent; nothing was charged.")
        elif self.provider.cancels:
            message = _(
                "Stopped following it here; {service} is asked to stop the task. It may still "
                "be charged for the part it rendered."
            ).format(service=self.title)
        else:
            message = _(
                "Stopped following it here. {service} cannot stop a task once it runs; it may "
                "still finish and be charged."
            ).format(service=self.title)
        return self.board.update(
            job_id, status=JobStatus.CANCELLED, finished_at=time.time(), message=message
        )

    def _ask_to_stop(self, job: Job) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop (the command line): the job is just no longer followed

        async def stop() -> None:
            try:
                stopped = await self.provider.cancel(self._remote(job))
            except ServiceError as error:
                self._log(job.id, _("asking {service} to stop the task failed: {error}").format(
                    service=self.title, error=error.explain()))  # fmt: skip
                return
            if stopped:
                self._log(job.id, _("{service} was asked to stop the task").format(
                    service=self.title))  # fmt: skip

        task = loop.create_task(stop())
        self._stopping.add(task)
        task.add_done_callback(self._stopping.discard)

    def _log(self, job_id: str, line: str) -> Job:
        return self.board.update(job_id, log=(*self.board.get(job_id).log, line))

    def resend_after_warning(self, job_id: str) -> Job:
        """Send a job that waits for the user's word again, knowing it may charge twice.

        Only for a job in ``needs-word`` (the service could not prove whether its create
        arrived); the job is queued again and the next run sends it. Raises
        :class:`NotWaitingForWord` for any other job.
        """
        job = self.board.get(job_id)
        if job.status is not JobStatus.NEEDS_WORD:
            raise NotWaitingForWord(
                _("{job} is {status}: only a job waiting for your word is sent again.").format(
                    job=job_id, status=job.status.value
                )
            )
        self._cancelled.discard(job_id)
        return self.board.update(
            job_id, status=JobStatus.QUEUED, intent=None,
            message=_("sending again on your word (it may charge twice)"),
            log=(*job.log, _("sent again on the user's word, knowing it may charge twice")),
        )  # fmt: skip

    async def run(self, job_ids: list[str]) -> list[Job]:
        """Drive these jobs to their end (in order of submission for free slots).

        A shot-by-shot job drives its shots' jobs itself, so they are not driven twice.
        """
        led = {child for job_id in job_ids for child in self.board.get(job_id).children}
        await asyncio.gather(*(self._drive(job_id) for job_id in job_ids if job_id not in led))
        return [self.board.get(job_id) for job_id in job_ids]

    async def resume(self) -> list[Job]:
        """Drive every unfinished job of this service on the board (after a restart)."""
        return await self.run([job.id for job in self.board.unfinished(self.service)])

    async def aclose(self) -> None:
        """Close the provider's connections (when it owns them) and the file worker."""
        close = getattr(self.provider, "aclose", None)
        if close is not None:
            await close()
        self._files.shutdown(wait=True)

    async def _drive(self, job_id: str) -> None:
        """Follow one job, unless another follower (here or in another process) has it:
        then wait for it to let go and carry on from what it recorded."""
        followers = self.board.followers
        while not followers.try_hold(job_id):
            if job_id in self._cancelled:
                return
            await self._sleep(WAIT_FOR_FOLLOWER)
        try:
            if self.board.refresh(job_id).status.finished:
                return
            await self._drive_held(job_id)
        except (ServiceError, OSError) as error:
            # Whatever stopped this run (the service, the disk), the job keeps its task.
            reason = error.explain() if isinstance(error, ServiceError) else str(error)
            self.board.update(
                job_id,
                message=_("stopped: {reason}; it resumes at the next start").format(reason=reason),
            )
        finally:
            followers.release(job_id, finished=self.board.get(job_id).status.finished)

    async def _drive_held(self, job_id: str) -> None:
        job = self.board.get(job_id)
        if job.children:
            await self._drive_shots(job)
            return
        if job.status is JobStatus.QUEUED or job.status in SENT_STATES:
            async with self._slots:
                if job_id in self._cancelled:
                    return
                job = await self._create(self.board.get(job_id))
                if job.status in (JobStatus.SUBMITTED, JobStatus.PROCESSING):
                    job = await self._follow(job)
        if job.status is JobStatus.DOWNLOADING and job_id not in self._cancelled:
            await self._download(job)

    async def _drive_shots(self, job: Job) -> None:
        if job.status.finished:
            return
        self.board.update(job.id, status=JobStatus.PROCESSING,
                          started_at=job.started_at or time.time())  # fmt: skip
        await asyncio.gather(*(self._drive(child) for child in job.children))
        if job.id in self._cancelled:
            return
        shots = [self.board.get(child) for child in job.children]
        for number, shot in enumerate(shots, start=1):
            if shot.status is not JobStatus.DONE:
                if shot.status.finished:
                    self.board.update(
                        job.id, status=JobStatus.FAILED, finished_at=time.time(),
                        message=_("shot {number}: {message}").format(
                            number=number, message=shot.message),
                    )  # fmt: skip
                return  # a shot lost contact or waits for a word: it resumes later
        assert job.output is not None
        outputs = [shot.output for shot in shots if shot.output is not None]
        from storyboard_app.render.join import join_videos

        seconds = await self.file_work(join_videos, outputs, job.output)
        charged = [s.units_charged for s in shots if s.units_charged is not None]
        self.board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=seconds, units_charged=round(sum(charged), 4) if charged else None,
            message=_("{n} shots joined, {seconds} s of video").format(
                n=len(shots), seconds=f"{seconds:.2f}"),
        )  # fmt: skip

    def _fail(self, job: Job, message: str) -> Job:
        return self.board.update(
            job.id, status=JobStatus.FAILED, finished_at=time.time(), message=message
        )

    def _remote(self, job: Job) -> RemoteTask:
        """The job's task as the provider knows it, from what the job recorded."""
        urls = {"endpoint": job.endpoint, **(job.remote_urls or {})}
        state = TaskState.RUNNING if job.status is JobStatus.PROCESSING else TaskState.QUEUED
        if job.status is JobStatus.DOWNLOADING:
            state = TaskState.SUCCEEDED
        return RemoteTask(self.service, job.remote_id or "", state, job.status.value,
                          video_url=job.remote_url, urls=MappingProxyType(urls))  # fmt: skip

    async def _create(self, job: Job) -> Job:
        if job.remote_id:
            return job
        # Building and recording a request is a few milliseconds of work; a timed yield
        # (not sleep(0), which qasync runs in the same batch) lets the window repaint
        # between jobs that start together.
        await asyncio.sleep(0.001)
        payload = GuidancesPayload.model_validate(job.payload)
        # The request may read and hash the characters' pictures: file work, off the loop.
        request = await self.file_work(self._request, payload, job.folder, job.id)
        if job.status in SENT_STATES:
            # A create may have reached the service before the interruption: ask first.
            intent = (
                intent_from_record(job.intent) if job.intent
                else CreateIntent.record(job.id, request, job.started_at or job.created_at)
            )  # fmt: skip
            settled = await self._reconcile(
                job, intent, _("found the task sent before the interruption")
            )
            if settled is not None:
                return settled
        assets = AssetStore(job.folder)
        for _attempt in range(CREATE_ATTEMPTS):
            job, intent = await self._record_intent(job, request)
            try:
                task = await self.provider.create(request, assets.read_bytes)
            except (AssetError, OSError) as error:  # nothing was sent: nothing is charged
                return self._fail(
                    job, _("an image cannot be sent ({error}); nothing was sent or charged")
                    .format(error=error),
                )  # fmt: skip
            except UncertainCreate as error:
                settled = await self._reconcile(
                    job, intent, _("the answer was lost ({error}); task found").format(error=error)
                )
                if settled is not None:
                    return settled
                continue  # the service proved it never arrived: sending again cannot pay twice
            except ServiceError as error:
                return self._fail(job, error.explain())
            return self._sent(job, task, _("sent"))
        return self._fail(job, _("the create request kept getting lost"))

    async def _record_intent(self, job: Job, request: ServiceRequest) -> tuple[Job, CreateIntent]:
        """Record what is about to be sent, durably, before it is sent."""
        intent = CreateIntent.record(job.id, request, time.time())
        job = self.board.update(
            job.id, status=JobStatus.SUBMITTING, started_at=job.started_at or time.time(),
            intent=intent_record(intent),
            message=_("sending to {service}").format(service=self.title),
        )  # fmt: skip
        await self.file_work(self.board.flush)
        return job, intent

    async def _reconcile(self, job: Job, intent: CreateIntent, found: str) -> Job | None:
        """Ask the service whether it holds the intent's task.

        The job carrying on with the task (FOUND), or waiting for the user's word
        (UNKNOWN), or kept for the next start (the service cannot be asked now); None when
        the service proves the task absent (sending again is safe).
        """
        try:
            answer = await self.provider.reconcile(intent)
        except ServiceError as error:
            return self.board.update(
                job.id, message=_(
                    "could not ask {service} whether it made the task ({error}); nothing is "
                    "sent again before it answers, at the next start",
                ).format(service=self.title, error=error.explain()),
            )  # fmt: skip
        owner = self._owner(job, answer.task) if answer.outcome is Outcome.FOUND else None
        if owner is not None:
            # The same request sent by another job (the same storyboard rendered twice):
            # that task is the other job's, and says nothing about this one's.
            answer = Reconciliation(Outcome.UNKNOWN, None, _(
                "the only matching task {service} lists is job {job}'s, sent with the same "
                "request.",
            ).format(service=self.title, job=owner))  # fmt: skip
        if answer.outcome is Outcome.FOUND and answer.task is not None:
            return self._sent(job, answer.task, found)
        if answer.outcome is Outcome.ABSENT:
            self._log(job.id, _("{service} never received it: {reason}").format(
                service=self.title, reason=answer.reason))  # fmt: skip
            return None
        return self.board.update(
            job.id, status=JobStatus.NEEDS_WORD, message=_(
                "{service} cannot say whether it received this job: {reason} Sending it again "
                "may charge twice, so it is sent again only when you say so.",
            ).format(service=self.title, reason=answer.reason),
        )  # fmt: skip

    def _owner(self, job: Job, task: RemoteTask | None) -> str | None:
        """The id of another job on the board that follows ``task``, if any."""
        if task is None:
            return None
        return next((other.id for other in self.board.jobs()
                     if other.id != job.id and other.provider == job.provider
                     and other.remote_id == task.task_id), None)  # fmt: skip

    def _sent(self, job: Job, task: RemoteTask, how: str) -> Job:
        return self.board.update(
            job.id, status=JobStatus.SUBMITTED, remote_id=task.task_id,
            remote_urls={k: v for k, v in task.urls.items() if k != "endpoint"} or None,
            message=_("{how}; {service} task {task}").format(
                how=how, service=self.title, task=task.task_id),
        )  # fmt: skip

    async def _follow(self, job: Job) -> Job:
        wait = self._poll.first
        lost = 0
        while True:
            await self._sleep(wait)
            wait = min(wait * self._poll.growth, self._poll.most)
            if job.id in self._cancelled:
                return self.board.get(job.id)
            try:
                task = await self.provider.lookup(self._remote(job))
            except ServiceError as error:
                # Never the end of a job whose task exists: it may succeed and be charged.
                lost += 1
                if lost >= LOST_CONTACT_AFTER or not error.retryable:
                    return self.board.update(
                        job.id, message=_(
                            "lost contact with {service} ({error}); the task is kept and it "
                            "resumes at the next start",
                        ).format(service=self.title, error=error.explain()),
                    )  # fmt: skip
                continue
            lost = 0
            if task.state in (TaskState.FAILED, TaskState.CANCELED):
                canceled = task.state is TaskState.CANCELED
                message = task.message or (
                    _("{service} stopped the task.") if canceled
                    else _("{service} reported the task failed.")
                ).format(service=self.title)  # fmt: skip
                return self.board.update(
                    job.id, status=JobStatus.CANCELLED if canceled else JobStatus.FAILED,
                    finished_at=time.time(), message=message, units_charged=task.units_charged,
                )  # fmt: skip
            if task.state is TaskState.SUCCEEDED:
                return self.board.update(
                    job.id, status=JobStatus.DOWNLOADING,
                    remote_url=self.provider.download_url(task),
                    units_charged=task.units_charged, actual_duration=task.video_seconds,
                    message=_("downloading the result"),
                )  # fmt: skip
            if job.status is not JobStatus.PROCESSING and task.state is TaskState.RUNNING:
                job = self.board.update(job.id, status=JobStatus.PROCESSING,
                                        message=_("rendering"))  # fmt: skip

    def _check(self, part: Path) -> float:
        """Opens a downloaded file as a video (on the file worker); raises UnplayableVideo."""
        try:
            return self._verify(part)
        except Exception as error:
            raise UnplayableVideo(str(error) or type(error).__name__) from error

    async def _download(self, job: Job) -> Job:
        target = job.output
        assert target is not None
        if target.exists():  # downloaded before a crash, not yet recorded
            seconds = await self.file_work(self._verify, target)
            return self._done(job, seconds)
        problem = ""
        dead = False
        for _try in range(DOWNLOAD_TRIES):
            if not job.remote_url or dead:
                job = await self._fresh_url(job)
                if not job.remote_url:
                    return job  # the query failed or gave no address: kept for the next start
            try:
                await self.provider.download(job.remote_url, target, self._check)
            except UnplayableVideo as error:  # cut short or damaged: fetch it again
                problem = _("the downloaded file is not a playable video ({error})").format(
                    error=error
                )
                dead = False
                job = self.board.update(
                    job.id, message=_("{problem}; downloading again").format(problem=problem)
                )
                continue
            except ServiceError as error:
                if error.kind is ErrorKind.NOT_FOUND:  # 403/404/410: the address expired
                    problem = _("the video's address is dead ({error})").format(
                        error=error.explain()
                    )
                    dead = True
                    continue
                return self.board.update(
                    job.id, message=_("download interrupted: {error}; it resumes at the next "
                                      "start").format(error=error.explain()),
                )  # fmt: skip
            job = self.board.update(job.id, downloads=job.downloads + 1)
            return self._done(job, await self.file_work(self._verify, target))
        return self.board.update(
            job.id, message=_("{problem}; the download is tried again at the next start").format(
                problem=problem),
        )  # fmt: skip

    async def _fresh_url(self, job: Job) -> Job:
        """Ask the task for its video's address again (addresses expire)."""
        try:
            task = await self.provider.lookup(self._remote(job))
        except ServiceError as error:
            return self.board.update(
                job.id, remote_url=None, message=_(
                    "could not ask {service} for the video's address ({error}); it resumes "
                    "at the next start",
                ).format(service=self.title, error=error.explain()),
            )  # fmt: skip
        url = self.provider.download_url(task)
        if not url:
            return self.board.update(
                job.id, remote_url=None, message=_(
                    "{service} gave no address for the video yet; it resumes at the next start"
                ).format(service=self.title),
            )  # fmt: skip
        return self.board.update(job.id, remote_url=url)

    def _done(self, job: Job, seconds: float) -> Job:
        return self.board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=seconds,
            message=_("{seconds} s of video").format(seconds=f"{seconds:.2f}"),
        )  # fmt: skip
