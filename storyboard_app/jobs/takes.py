"""A finished job becomes a take of its project, exactly once, with its service recorded."""

from __future__ import annotations

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.storage.takes import Take, TakeStore, relative_video, service_of_provider


def take_of_job(job: Job, video: str) -> Take:
    """The take a finished job makes (``video``: its path inside the project folder)."""
    return Take(
        id=job.id, storyboard_id=job.storyboard_id, storyboard_name=job.storyboard_name,
        video=video, provider=job.provider, service=service_of_provider(job.provider),
        mode=job.mode, created_at=job.finished_at or job.created_at,
        requested_duration=job.requested_duration, actual_duration=job.actual_duration,
        cost_units=job.cost_units, cost_usd=job.cost_usd, units_charged=job.units_charged,
        payload=job.payload,
    )  # fmt: skip


def record_take(takes: TakeStore, job: Job) -> bool:
    """Record a finished top-level job of this project as a take; False when it is not one
    (not done, another project, a video outside the project, one shot of a shot-by-shot
    job) or was recorded before (the take's id is the job's: never twice)."""
    if job.status is not JobStatus.DONE or job.output is None or job.parent is not None:
        return False
    video = relative_video(takes.folder, job.output)
    if video is None or not job.output.exists():
        return False
    return takes.add(take_of_job(job, video))
