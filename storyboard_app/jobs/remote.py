"""Kling jobs: submit under a limit, follow with a growing interval, download exactly once.

Every step is recorded on the (durable) job board before the next one starts, so after a
crash :meth:`KlingJobs.resume` picks each unfinished job up where it was: a job that was
being submitted is first looked up by its ``external_task_id`` (its own job id), so one click
never pays twice; a finished task is downloaded once, into a ``.part`` file renamed when it
is complete and opens as a video.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.domain.capabilities import RESOLUTION_OF_MODE, capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project, Storyboard
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import Job, JobBoard, JobStatus, job_for_payload, new_job_id
from storyboard_app.providers.kling.client import KlingClient, TaskInfo
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.render.join import join_videos
from storyboard_app.storage.bundle import RENDERS_DIR, render_file

PROVIDER = "kling"
SHOT_BY_SHOT = "shot-by-shot"
"""The endpoint recorded for a job made of one request per shot."""
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
    ) -> None:
        self.board = board
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
    ) -> Job:
        """Put a storyboard on the board as a queued Kling job (nothing is sent yet)."""
        if mode is not None:
            project = update_board(project, board_index, mode=mode)
        board = project.storyboards[board_index]
        return self.prepare_payload(
            compile_guidances(project, board_index), folder, board.model_dump(mode="json"),
            output_dir,
        )  # fmt: skip

    def prepare_payload(
        self,
        payload: GuidancesPayload,
        folder: Path,
        snapshot: dict[str, Any] | None = None,
        output_dir: Path | None = None,
        parent: str | None = None,
    ) -> Job:
        """Queue an already compiled payload (a retry, or the same take in another mode)."""
        job_id = new_job_id()
        request = compile_kling(payload, external_task_id=job_id)
        cost = estimate_cost(payload)
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
            )
        )  # fmt: skip

    def prepare_shot_by_shot(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
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
        if job.remote_id is not None:
            return job
        # Compiling and recording a request is a few milliseconds of work; a timed yield
        # (not sleep(0), which qasync runs in the same batch) lets the window repaint
        # between jobs that start together.
        await asyncio.sleep(0.001)
        payload = GuidancesPayload.model_validate(job.payload)
        request = compile_kling(payload, external_task_id=job.id)
        if job.status is JobStatus.SUBMITTING:
            # A previous attempt may have reached Kling: ask before sending again.
            found = await self.client.find(request.endpoint, job.id)
            if found is not None:
                return self._sent(job, found, "found the task sent before the interruption")
        job = self.board.update(
            job.id, status=JobStatus.SUBMITTING, started_at=job.started_at or time.time(),
            message="sending to Kling",
        )  # fmt: skip
        folder = job.folder

        def read(path: str) -> bytes:
            return (folder / path).read_bytes()

        for _attempt in range(5):
            try:
                task = await self.client.create(request, read)
            except UncertainCreate as error:
                found = await self.client.find(request.endpoint, job.id)
                if found is not None:
                    return self._sent(job, found, f"the answer was lost ({error}); task found")
                continue  # it never arrived: sending again cannot pay twice
            except KlingError as error:
                return self._fail(job, error)
            return self._sent(job, task, "sent")
        return self._fail(job, KlingError(None, "the create request kept getting lost"))

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
                if error.code is not None:
                    return self._fail(job, error)
                lost += 1
                if lost >= 5:
                    return self.board.update(
                        job.id, message=f"lost contact with Kling ({error.service_message}); "
                        "it resumes at the next start",
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
        assert job.output is not None
        if job.output.exists():  # downloaded before a crash, not yet recorded
            seconds = await self.client.file_work(self._verify, job.output)
            return self._done(job, seconds)
        if not job.remote_url:
            return self._fail(job, KlingError(None, "Kling gave no video address"))
        try:
            await self.client.download(job.remote_url, job.output, self._verify)
        except KlingError as error:
            return self.board.update(job.id, message=f"download interrupted: {error}")
        except Exception as error:  # the file did not open as a video
            return self.board.update(
                job.id, status=JobStatus.FAILED, finished_at=time.time(),
                message=f"the downloaded file is not a playable video ({error})",
            )  # fmt: skip
        job = self.board.update(job.id, downloads=job.downloads + 1)
        assert job.output is not None
        return self._done(job, await self.client.file_work(self._verify, job.output))

    def _done(self, job: Job, seconds: float) -> Job:
        return self.board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=seconds, message=f"{seconds:.2f} s of video",
        )  # fmt: skip
