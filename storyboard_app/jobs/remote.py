"""Kling jobs: submit under a limit, follow with a growing interval, download exactly once.

Every step is recorded on the (durable) job board before the next one starts, so after a
crash :meth:`KlingJobs.resume` picks each unfinished job up where it was: a job that was
being submitted is first looked up by its ``external_task_id`` (its own job id), so one click
never pays twice; a finished task is downloaded once, into a ``.part`` file renamed when it
is complete and opens as a video.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.kling import KlingElement, compile_kling
from storyboard_app.domain.capabilities import RESOLUTION_OF_MODE, capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project, Storyboard
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import (
    AlreadyRunning,
    Job,
    JobBoard,
    JobStatus,
    job_for_payload,
    new_job_id,
    same_storyboard,
)
from storyboard_app.providers.kling.errors import (
    DeadLink,
    KlingError,
    UncertainCreate,
    UnplayableDownload,
)
from storyboard_app.storage.assets import AssetError, AssetStore
from storyboard_app.storage.bundle import RENDERS_DIR, render_file

if TYPE_CHECKING:  # httpx and PyAV load when a job really runs, not with the window
    from storyboard_app.providers.kling.client import KlingClient, TaskInfo

PROVIDER = "kling"
SHOT_BY_SHOT = "shot-by-shot"
"""The endpoint recorded for a job made of one request per shot."""
LOST_CONTACT_AFTER = 5
"""Failed status queries in a row (each already retried by the client) before a job waits
for the next start; it is never failed for them: the task exists and may be charged."""
DOWNLOAD_TRIES = 3
"""Whole downloads of one result (a dead link, a file that does not open) before waiting
for the next start."""
TASK_STATUSES = ("submitted", "processing", "succeed", "failed")
"""The task states Kling reports; anything else is a garbled answer, asked again."""
WAIT_FOR_FOLLOWER = 0.5
"""Seconds between looks at a job another process is following."""
CANNOT_STOP = (
    "Stopped following it here. Kling cannot stop a task once it runs; it may still finish "
    "and be charged."
)


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


def shot_by_shot_refusal(board: Storyboard) -> str | None:
    """Why a storyboard cannot be rendered shot by shot (each shot alone), or None."""
    cap = capability(board.model)
    allowed = cap.total_durations if cap else ()
    short = [n + 1 for n, shot in enumerate(board.shots) if round(shot.duration) not in allowed]
    if not short:
        return None
    return (
        f"Shot {', '.join(map(str, short))} cannot be rendered alone: {board.model} "
        f"renders {min(allowed, default=0)}–{max(allowed, default=0)} s a request."
    )


def in_mode(payload: GuidancesPayload, mode: Mode) -> GuidancesPayload:
    """The same payload rendered in another mode ("render again in pro")."""
    data = payload.model_dump(mode="json")
    data.update(mode=mode.value, resolution=RESOLUTION_OF_MODE[mode])
    return GuidancesPayload.model_validate(data)


class KlingJobs:
    """Runs Kling jobs of the board with at most ``limit`` tasks running on the service."""

    def __init__(
        self,
        board: JobBoard,
        client: KlingClient,
        verify: Callable[[Path], float],
        limit: int = 5,
        poll: PollPolicy = PollPolicy(),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        elements: Callable[[GuidancesPayload, Path], Mapping[str, KlingElement]] | None = None,
    ) -> None:
        self.board = board
        self._elements = elements or (lambda _payload, _folder: {})
        """The account's ready Kling elements for a payload's characters (element store)."""
        self.client = client
        self._verify = verify
        self._poll = poll
        self._sleep = sleep
        self._slots = asyncio.Semaphore(limit)
        self._cancelled: set[str] = set()

    def prepare(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
        unless_running: bool = False,
    ) -> Job:
        """Put a storyboard on the board as a queued Kling job (nothing is sent yet).

        With ``unless_running``, raise :class:`AlreadyRunning` when the storyboard already
        has an unfinished job (a second submission would pay twice).
        """
        if mode is not None:
            project = update_board(project, board_index, mode=mode)
        board = project.storyboards[board_index]
        return self.prepare_payload(
            compile_guidances(project, board_index), folder, board.model_dump(mode="json"),
            output_dir, unless_running=unless_running,
        )  # fmt: skip

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
        elements = self._elements(payload, folder)
        request = compile_kling(payload, external_task_id=job_id, elements=elements)
        cost = estimate_cost(payload, elements)
        target = render_file(
            folder, payload.storyboard, f"kling {payload.mode.value}", job_id, output_dir
        )
        return self.board.add(
            job_for_payload(
                job_id, PROVIDER, payload, folder,
                mode=payload.mode.value,
                snapshot=snapshot,
                payload=payload.model_dump(mode="json"),
                request=request.display(),
                endpoint=request.endpoint,
                output=target,
                cost_units=cost.units if cost else None,
                cost_usd=cost.usd if cost else None,
                message="waiting for a free slot",
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
        request cannot carry. Each shot must be a length the model renders on its own.
        """
        if mode is not None:
            project = update_board(project, board_index, mode=mode)
        board = project.storyboards[board_index]
        refusal = shot_by_shot_refusal(board)
        if refusal:
            raise ShotByShotRefused(refusal)
        payload = compile_guidances(project, board_index)
        if unless_running:
            probe = job_for_payload("", PROVIDER, payload, folder)
            running = [j for j in self.board.unfinished(PROVIDER) if same_storyboard(j, probe)]
            if running:
                raise AlreadyRunning(running[0])
        parent_id = new_job_id()
        parts_dir = (output_dir or folder / RENDERS_DIR) / "parts"
        children = []
        for number, shot in enumerate(board.shots, start=1):
            alone = board.evolve(name=f"{board.name} · shot {number}", shots=(shot,))
            single = project.evolve(storyboards=(alone,))
            child = self.prepare_payload(
                compile_guidances(single, 0), folder, None, parts_dir, parent=parent_id
            )
            children.append(child)
        target = render_file(
            folder, payload.storyboard, f"kling {payload.mode.value} shot-by-shot", parent_id,
            output_dir,
        )  # fmt: skip
        units = [c.cost_units for c in children if c.cost_units is not None]
        usd = [c.cost_usd for c in children if c.cost_usd is not None]
        return self.board.add(
            job_for_payload(
                parent_id,
                PROVIDER,
                payload,
                folder,
                mode=payload.mode.value,
                snapshot=board.model_dump(mode="json"),
                payload=payload.model_dump(mode="json"),
                endpoint=SHOT_BY_SHOT,
                output=target,
                cost_units=round(sum(units), 4) if units else None,
                cost_usd=round(sum(usd), 4) if usd else None,
                children=tuple(c.id for c in children),
                message=f"{len(children)} shots, one request each, joined when all are done",
            )
        )

    def cancel(self, job_id: str) -> Job:
        """Stop a job: a queued one is never sent; a running one is no longer followed."""
        self._cancelled.add(job_id)
        job = self.board.get(job_id)
        for child in job.children:
            self.cancel(child)
        if job.status.finished:
            return job
        sent = job.remote_id is not None or job.status is JobStatus.SUBMITTING
        message = CANNOT_STOP if sent else "Cancelled before it was sent; nothing was charged."
        return self.board.update(
            job_id, status=JobStatus.CANCELLED, finished_at=time.time(), message=message
        )

    async def run(self, job_ids: list[str]) -> list[Job]:
        """Drive these jobs to their end (in order of submission for free slots).

        A shot-by-shot job drives its shots' jobs itself, so they are not driven twice.
        """
        led = {child for job_id in job_ids for child in self.board.get(job_id).children}
        await asyncio.gather(*(self._drive(job_id) for job_id in job_ids if job_id not in led))
        return [self.board.get(job_id) for job_id in job_ids]

    async def resume(self) -> list[Job]:
        """Drive every unfinished Kling job of the board (after a restart)."""
        return await self.run([job.id for job in self.board.unfinished(PROVIDER)])

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
        except (KlingError, OSError) as error:
            # Whatever stopped this run (the service, the disk), the job keeps its task.
            self.board.update(job_id, message=f"stopped: {error}; it resumes at the next start")
        finally:
            followers.release(job_id, finished=self.board.get(job_id).status.finished)

    async def _drive_held(self, job_id: str) -> None:
        job = self.board.get(job_id)
        if job.children:
            await self._drive_shots(job)
            return
        if job.status in (JobStatus.QUEUED, JobStatus.SUBMITTING, JobStatus.SUBMITTED,
                          JobStatus.PROCESSING):  # fmt: skip
            async with self._slots:
                if job_id in self._cancelled:
                    return
                job = await self._create(self.board.get(job_id))
                if job.status is JobStatus.SUBMITTED or job.status is JobStatus.PROCESSING:
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
                        message=f"shot {number}: {shot.message}",
                    )  # fmt: skip
                return  # a shot lost contact: it resumes at the next start
        assert job.output is not None
        outputs = [shot.output for shot in shots if shot.output is not None]
        from storyboard_app.render.join import join_videos

        seconds = await self.client.file_work(join_videos, outputs, job.output)
        charged = [s.units_charged for s in shots if s.units_charged is not None]
        self.board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=seconds, units_charged=round(sum(charged), 4) if charged else None,
            message=f"{len(shots)} shots joined, {seconds:.2f} s of video",
        )  # fmt: skip

    def _fail(self, job: Job, error: KlingError) -> Job:
        hint = ""
        if error.code == 1301 and job.payload:
            hint = "the shots' prompts"
        return self.board.update(
            job.id, status=JobStatus.FAILED, finished_at=time.time(), message=error.explain(hint)
        )

    async def _create(self, job: Job) -> Job:
        if job.remote_id:
            return job
        # Compiling and recording a request is a few milliseconds of work; a timed yield
        # (not sleep(0), which qasync runs in the same batch) lets the window repaint
        # between jobs that start together.
        await asyncio.sleep(0.001)
        payload = GuidancesPayload.model_validate(job.payload)
        # reading and hashing the characters' pictures is file work: off the event loop
        elements = await self.client.file_work(self._elements, payload, job.folder)
        request = compile_kling(payload, external_task_id=job.id, elements=elements)
        if job.status is JobStatus.SUBMITTING:
            # A previous attempt may have reached Kling: ask before sending again.
            found = await self._find(request.endpoint, job)
            if found is not None:
                return self._sent(job, found, "found the task sent before the interruption")
        job = self.board.update(
            job.id, status=JobStatus.SUBMITTING, started_at=job.started_at or time.time(),
            message="sending to Kling",
        )  # fmt: skip
        assets = AssetStore(job.folder)

        for _attempt in range(5):
            try:
                task = await self.client.create(request, assets.read_bytes)
            except (AssetError, OSError) as error:  # nothing was sent: nothing is charged
                message = f"an image cannot be sent ({error}); nothing was sent or charged"
                return self.board.update(
                    job.id, status=JobStatus.FAILED, finished_at=time.time(), message=message
                )
            except UncertainCreate as error:
                found = await self._find(request.endpoint, job)
                if found is not None:
                    return self._sent(job, found, f"the answer was lost ({error}); task found")
                continue  # it never arrived: sending again cannot pay twice
            except KlingError as error:
                if error.code == 1201 and "external_task_id" in error.service_message:
                    # The service holds a task made with this job's id: it is this job's.
                    found = await self._find(request.endpoint, job)
                    if found is not None:
                        return self._sent(job, found, "the task was already made; found it")
                return self._fail(job, error)
            return self._sent(job, task, "sent")
        return self._fail(job, KlingError(None, "the create request kept getting lost"))

    async def _find(self, endpoint: str, job: Job) -> TaskInfo | None:
        """The task made with the job's id; None when the service has none.

        A lookup that fails (an outage) raises KlingError: the caller cannot tell, so the
        job stays in ``submitting`` and the next start looks again before sending.
        """
        try:
            return await self.client.find(endpoint, job.id)
        except KlingError as error:
            raise KlingError(
                None, f"could not ask Kling whether it made the task ({error}); nothing is "
                "sent again before it answers, at the next start",
            ) from None  # fmt: skip

    def _sent(self, job: Job, task: TaskInfo, how: str) -> Job:
        return self.board.update(
            job.id, status=JobStatus.SUBMITTED, remote_id=task.task_id,
            message=f"{how}; Kling task {task.task_id}",
        )  # fmt: skip

    async def _follow(self, job: Job) -> Job:
        wait = self._poll.first
        lost = 0
        while True:
            await self._sleep(wait)
            wait = min(wait * self._poll.growth, self._poll.most)
            if job.id in self._cancelled:
                return self.board.get(job.id)
            assert job.remote_id is not None
            try:
                task = await self.client.query(job.endpoint, job.remote_id)
            except KlingError as error:
                # Never the end of a job whose task exists: it may succeed and be charged.
                lost += 1
                transient = error.code is None or error.retryable
                if lost >= LOST_CONTACT_AFTER or not transient:
                    return self.board.update(
                        job.id, message=f"lost contact with Kling ({error}); the task is "
                        "kept and it resumes at the next start",
                    )  # fmt: skip
                continue
            if task.status not in TASK_STATUSES:
                lost += 1
                if lost >= LOST_CONTACT_AFTER:
                    return self.board.update(
                        job.id, message=f"Kling answered a task status the app does not know "
                        f"({task.status!r}); it resumes at the next start",
                    )  # fmt: skip
                continue
            lost = 0
            if task.status == "failed":
                message = task.message or "Kling reported the task failed."
                if "safety" in message.lower() or "security" in message.lower():
                    message = KlingError(1301, message).explain("the shots' prompts")
                return self.board.update(
                    job.id, status=JobStatus.FAILED, finished_at=time.time(),
                    message=message, units_charged=task.units,
                )  # fmt: skip
            if task.status == "succeed":
                return self.board.update(
                    job.id, status=JobStatus.DOWNLOADING, remote_url=task.video_url,
                    units_charged=task.units, actual_duration=task.video_duration,
                    message="downloading the result",
                )  # fmt: skip
            if job.status is not JobStatus.PROCESSING and task.status == "processing":
                job = self.board.update(job.id, status=JobStatus.PROCESSING, message="rendering")

    async def _download(self, job: Job) -> Job:
        target = job.output
        assert target is not None
        if target.exists():  # downloaded before a crash, not yet recorded
            seconds = await self.client.file_work(self._verify, target)
            return self._done(job, seconds)
        problem = ""
        dead = False
        for _try in range(DOWNLOAD_TRIES):
            if not job.remote_url or dead:
                job = await self._fresh_url(job)
                if not job.remote_url:
                    return job  # the query failed or gave no address: kept for the next start
            try:
                await self.client.download(job.remote_url, target, self._verify)
            except DeadLink as error:
                problem, dead = f"the video's address is dead ({error})", True
                continue
            except KlingError as error:
                return self.board.update(
                    job.id, message=f"download interrupted: {error}; it resumes at the next start"
                )
            except UnplayableDownload as error:  # cut short or damaged: fetch it again
                problem, dead = f"the downloaded file is not a playable video ({error})", False
                job = self.board.update(job.id, message=f"{problem}; downloading again")
                continue
            job = self.board.update(job.id, downloads=job.downloads + 1)
            return self._done(job, await self.client.file_work(self._verify, target))
        return self.board.update(
            job.id, message=f"{problem}; the download is tried again at the next start"
        )

    async def _fresh_url(self, job: Job) -> Job:
        """Ask the task for its video's address again (addresses expire)."""
        assert job.remote_id
        try:
            task = await self.client.query(job.endpoint, job.remote_id)
        except KlingError as error:
            return self.board.update(
                job.id, remote_url=None,
                message=f"could not ask Kling for the video's address ({error}); "
                "it resumes at the next start",
            )  # fmt: skip
        if not task.video_url:
            return self.board.update(
                job.id, remote_url=None,
                message="Kling gave no address for the video yet; it resumes at the next start",
            )  # fmt: skip
        return self.board.update(job.id, remote_url=task.video_url)

    def _done(self, job: Job, seconds: float) -> Job:
        return self.board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=seconds, message=f"{seconds:.2f} s of video",
        )  # fmt: skip
