"""Image jobs: recorded before sending, resumed after a crash, landed exactly once.

Real SQLite (the job database file), real HTTP over loopback against the fakes of Kling's
and fal's image endpoints, real PNG files copied into a real project folder.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import Project
from storyboard_app.jobs.image_jobs import (
    RESULTS_FILE,
    ImageJob,
    ImageJobs,
    ImageJobStatus,
    ImageJobStore,
    ImagePollPolicy,
)
from storyboard_app.providers.fal.images import O1_IMAGE, FalImageService, fal_frame_order
from storyboard_app.providers.image_port import ImageService
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.images import (
    OMNI_IMAGE,
    ImagePoll,
    KlingImages,
    KlingImageService,
    frame_request,
)
from storyboard_app.providers.transfer import Backoff
from storyboard_app.storage.bundle import load_project
from tests.conftest import DETECTIVE, write_image
from tests.fakes.fal_images import FAL_KEY, FakeFalImages
from tests.fakes.http_fake import Fault
from tests.fakes.kling_images import ACCESS_KEY, SECRET_KEY, FakeKlingImages, ImageFault

FAST = ImagePollPolicy(first=0.01, most=0.02)
QUICK = Backoff(attempts=3, base=0.001, cap=0.01)


async def _no_wait(_seconds: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def kling() -> Iterator[FakeKlingImages]:
    with FakeKlingImages() as service:
        yield service


@pytest.fixture
def fal() -> Iterator[FakeFalImages]:
    with FakeFalImages() as service:
        yield service


@pytest.fixture
def project(tmp_path: Path) -> tuple[Project, Path]:
    """The detective example in a folder, its character with a real 800×600 picture."""
    folder = tmp_path / "Detective.storyboard"
    write_image(folder / "assets" / "ray.png", (800, 600))
    loaded = load_project(DETECTIVE)
    ray = loaded.characters[0].evolve(references=("assets/ray.png",))
    return loaded.evolve(characters=(ray,)), folder


def _in_thread(work: Callable[[], Awaitable[Any]]) -> Any:
    """Run on a loop of its own thread (a Qt test may own this thread's loop)."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, work()).result()  # type: ignore[arg-type]


def _kling(http: httpx.AsyncClient, fake: FakeKlingImages) -> KlingImageService:
    tokens = TokenSource(Credentials(ACCESS_KEY, SECRET_KEY))
    poll = ImagePoll(first=0.01, most=0.02)
    return KlingImageService(KlingImages(http, fake.base_url, tokens, poll, sleep=_no_wait))


def _fal(http: httpx.AsyncClient, fake: FakeFalImages) -> FalImageService:
    return FalImageService(http, FAL_KEY, fake.base_url, fake.base_url, QUICK, _no_wait)


def _jobs(db: Path, service: ImageService) -> ImageJobs:
    return ImageJobs(ImageJobStore(db), lambda name: service if name == service.name else None,
                     FAST, _no_wait)  # fmt: skip


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the condition never came true")


def _log(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "assets" / RESULTS_FILE).read_text().splitlines()
    return [json.loads(line) for line in lines]


def test_closing_while_kling_works_and_reopening_lands_the_candidates_once(
    tmp_path: Path, kling: FakeKlingImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    db = tmp_path / "data" / "jobs.sqlite3"
    order = frame_request(compile_guidances(loaded, 0), 1, count=3)
    kling.state.processing_queries = 10_000

    async def first_run() -> str:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(db, _kling(http, kling))
            job = jobs.submit(order, folder, "board")
            await _until(lambda: jobs.get(job.id).status is ImageJobStatus.PROCESSING)
            await jobs.aclose()  # the app closes: nothing more is done
            jobs.store.close()
            return job.id

    job_id = _in_thread(first_run)
    saved = ImageJobStore(db)
    job = saved.load(job_id)
    saved.close()
    assert job is not None
    assert job.status is ImageJobStatus.PROCESSING
    assert job.task_id == "img-1"
    assert job.request["external_task_id"] == job_id  # the job id went out with it
    assert job.request["image_list"] == [{"image": "PGFzc2V0cy9yYXkucG5nPg=="}]  # by path
    assert job.cost_units == 24
    assert not (folder / "assets" / RESULTS_FILE).exists()

    kling.state.processing_queries = 1

    async def second_run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(db, _kling(http, kling))
            assert jobs.resume() == [job_id]
            await jobs.wait()
            assert jobs.resume() == []  # done: nothing to resume a second time
            jobs.store.close()
            return jobs.get(job_id)

    done = _in_thread(second_run)
    assert done.status is ImageJobStatus.DONE, done.message
    assert len(done.kept) == 3
    assert all((folder / path).is_file() for path in done.kept)
    assert len(kling.creates()) == 1  # never requested twice
    assert _log(folder) == [_log(folder)[0]]
    assert _log(folder)[0]["candidates"] == list(done.kept)
    assert done.units_charged == 24
    assert done.history[0][0] == "submitting"
    assert not list((folder / "assets").glob(".frame-*"))


def test_a_lost_kling_answer_is_found_by_the_job_id_and_not_sent_again(
    tmp_path: Path, kling: FakeKlingImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    order = frame_request(compile_guidances(loaded, 0), 0, count=2)
    kling.fault(ImageFault("create", lost_after_create=True))

    async def run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _kling(http, kling))
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            return jobs.get(job.id)

    job = _in_thread(run)
    assert job.status is ImageJobStatus.DONE, job.message
    assert len(kling.creates()) == 1
    assert len(job.kept) == 2
    assert ("GET", f"{OMNI_IMAGE}/{job.id}") in kling.state.requests  # looked up by its id


def test_a_kling_create_that_never_arrived_is_failed_as_uncharged(
    tmp_path: Path, kling: FakeKlingImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    order = frame_request(compile_guidances(loaded, 0), 0, count=2)
    kling.fault(ImageFault("create", http_status=502, garbage=True))

    async def run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _kling(http, kling))
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            return jobs.get(job.id)

    job = _in_thread(run)
    assert job.status is ImageJobStatus.FAILED
    assert "never reached the service; nothing was charged" in job.message
    assert kling.creates() == []


def test_a_crash_after_some_downloads_fetches_only_the_rest(
    tmp_path: Path, fal: FakeFalImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    db = tmp_path / "jobs.sqlite3"
    order = fal_frame_order(compile_guidances(loaded, 0), 1, endpoint=O1_IMAGE, count=4)
    fal.state.broken_files = {2, 3}

    async def first_run() -> str:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(db, _fal(http, fal))
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            jobs.store.close()
            return job.id

    job_id = _in_thread(first_run)
    store = ImageJobStore(db)
    stopped = store.load(job_id)
    store.close()
    assert stopped is not None
    assert stopped.status is ImageJobStatus.DOWNLOADING
    assert "resumes at the next start" in stopped.message
    assert len(stopped.kept) == 2
    fal.state.broken_files = set()

    async def second_run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(db, _fal(http, fal))
            jobs.resume()
            await jobs.wait()
            jobs.store.close()
            return jobs.get(job_id)

    done = _in_thread(second_run)
    assert done.status is ImageJobStatus.DONE, done.message
    assert len(done.kept) == 4
    assert sorted(fal.state.files.values()) == [1, 1, 1, 1]  # each picture fetched once
    assert len(fal.state.creates()) == 1
    body = fal.state.creates()[0]
    assert body["image_urls"][0].startswith("data:image/png;base64,")
    assert "@Image1 shows Ray Malone" in body["prompt"]


def test_fal_rate_limits_and_garbled_polls_are_retried(
    tmp_path: Path, fal: FakeFalImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    order = fal_frame_order(compile_guidances(loaded, 0), 0, count=2)
    fal.fault(
        Fault("create", http_status=429, headers={"Retry-After": "0"}),
        Fault("status", http_status=502, malformed=True),
        Fault("result", http_status=500),
    )

    async def run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _fal(http, fal))
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            return jobs.get(job.id)

    job = _in_thread(run)
    assert job.status is ImageJobStatus.DONE, job.message
    assert len(fal.state.creates()) == 1
    assert set(fal.state.creates()[0]) == {"prompt", "num_images", "aspect_ratio", "resolution",
                                           "negative_prompt"}  # fmt: skip
    assert job.cost_usd == 0.056


def test_a_lost_fal_answer_is_found_in_the_history_or_left_for_the_user(
    tmp_path: Path, fal: FakeFalImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    order = fal_frame_order(compile_guidances(loaded, 0), 0, count=1)
    fal.fault(Fault("create", lost_after_create=True))

    async def run(fault: Fault | None = None) -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _fal(http, fal))
            if fault is not None:
                fal.fault(fault)
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            jobs.store.close()
            return jobs.get(job.id)

    found = _in_thread(run)
    assert found.status is ImageJobStatus.DONE, found.message
    assert len(fal.state.creates()) == 1
    unsure = _in_thread(lambda: run(Fault("create", http_status=502, malformed=True)))
    assert unsure.status is ImageJobStatus.UNCERTAIN
    assert "may charge twice" in unsure.message or "may still exist" in unsure.message
    assert len(fal.state.creates()) == 1  # not sent again by itself


def test_a_fal_job_is_cancelled_on_the_service(
    tmp_path: Path, fal: FakeFalImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    fal.state.processing_polls = 10_000
    order = fal_frame_order(compile_guidances(loaded, 0), 0, count=1)

    async def run() -> tuple[ImageJob, str]:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _fal(http, fal))
            job = jobs.submit(order, folder, "board")
            await _until(lambda: jobs.get(job.id).task_id is not None)
            said = await jobs.cancel(job.id)
            return jobs.get(job.id), said

    job, said = _in_thread(run)
    assert job.status is ImageJobStatus.CANCELLED
    assert said == "stopped on the service"
    assert any(method == "PUT" for method, _ in fal.state.requests)


def test_without_keys_a_job_waits_and_a_refusal_fails_it(
    tmp_path: Path, fal: FakeFalImages, project: tuple[Project, Path]
) -> None:
    loaded, folder = project
    order = fal_frame_order(compile_guidances(loaded, 0), 0, count=1)
    flagged = {"loc": ["body", "prompt"], "msg": "flagged", "type": "content_policy_violation"}
    fal.fault(Fault("create", http_status=422, body={"detail": [flagged]}))

    async def run() -> ImageJob:
        async with httpx.AsyncClient(timeout=10) as http:
            jobs = _jobs(tmp_path / "jobs.sqlite3", _fal(http, fal))
            job = jobs.submit(order, folder, "board")
            await jobs.wait()
            return jobs.get(job.id)

    job = _in_thread(run)
    assert job.status is ImageJobStatus.FAILED
    assert "content check blocked" in job.message


def test_image_jobs_share_the_job_database_with_the_video_jobs(tmp_path: Path) -> None:
    from storyboard_app.jobs.board import Job
    from storyboard_app.jobs.store import SqliteJobStore

    db = tmp_path / "jobs.sqlite3"
    videos = SqliteJobStore(db)
    frames = ImageJobStore(db)
    videos.save(Job("job-1", "kling", "P", tmp_path, "b", "Board", 5.0))
    never_sent = ImageJob("frame-1", "fal", "fal-ai/kling-image/o1", str(tmp_path), "b", "s1", 2,
                          {"prompt": "p"}, {"prompt": "p"})  # fmt: skip
    frames.save(never_sent)
    videos.close()
    frames.close()
    assert [job.id for job in SqliteJobStore(db).load_all()] == ["job-1"]

    async def run() -> ImageJob:
        jobs = ImageJobs(ImageJobStore(db), lambda name: _Unused(), FAST, _no_wait)
        assert jobs.resume() == ["frame-1"]
        await jobs.wait()
        return jobs.get("frame-1")

    job = _in_thread(run)
    assert job.status is ImageJobStatus.FAILED  # the app stopped before it went out
    assert job.message == "never sent (the app closed first): nothing was charged"


class _Unused:
    """A service that must not be called."""

    name = "fal"
    can_cancel = True

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"{name} should not be used")
