"""Faults that used to lose a paid render, against the fake service over loopback HTTP.

Each test reproduces a fault an adversarial pass found: the service charges for a task, and
the app must end up with exactly one task and the video, byte for byte.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyboard_app.jobs.board import JobBoard, JobStatus
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import DETECTIVE
from tests.core.test_kling import make_video, queue, run_jobs, runner_for
from tests.fakes.kling_server import FakeKling, Fault


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(12.0)


@pytest.fixture
def fake(video: bytes) -> Iterator[FakeKling]:
    with FakeKling(video, 12.041) as service:
        yield service


def finished(fake: FakeKling, board: JobBoard, job_id: str) -> None:
    job = board.get(job_id)
    assert job.status is JobStatus.DONE, job.message
    assert job.output is not None
    assert job.output.read_bytes() == fake.state.video
    assert fake.creates_for(job_id) == 1
    assert not list(job.output.parent.glob("*.part"))


@pytest.mark.parametrize("html", [False, True], ids=["json-5000", "html-500"])
def test_an_outage_while_polling_keeps_the_job_and_resumes(
    fake: FakeKling, tmp_path: Path, html: bool
) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    board = JobBoard(store)
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    fake.outage(5.0, "query", html=html)  # longer than a run keeps trying
    [job] = run_jobs(fake, board, [job_id])
    assert fake.state.outage_answers > 6
    assert not job.status.finished, job.message  # the task exists: never given up
    assert "lost contact" in job.message
    assert "resumes at the next start" in job.message
    assert [j.id for j in board.unfinished("kling")] == [job_id]
    time.sleep(max(0.0, fake.state.outage_until - time.monotonic()))
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)
    store.close()


def test_six_5000_answers_in_a_row_while_polling_do_not_end_the_job(
    fake: FakeKling, tmp_path: Path
) -> None:
    fake.fault(*[Fault("query", code=5000)] * 7)
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


@pytest.mark.parametrize("code", [5000, 5002])
def test_a_create_answered_500_after_the_task_was_made_is_adopted(
    fake: FakeKling, tmp_path: Path, code: int
) -> None:
    fake.fault(Fault("create", created_then_error=True, code=code))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_a_create_refused_as_a_known_external_id_adopts_that_task(
    fake: FakeKling, tmp_path: Path
) -> None:
    # The first answer is a clean 5000 (so the client sends again) but the task was made.
    fake.fault(Fault("create", created_then_error=True, code=5000, http_status=200))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


@pytest.mark.parametrize("data", [[], {}, {"task_status": "submitted"}, None, "task-1"], ids=repr)
def test_a_create_answered_without_a_task_id_finds_the_task(
    fake: FakeKling, tmp_path: Path, data: Any
) -> None:
    fake.fault(Fault("create", data=data))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)
    assert board.get(job_id).remote_id


def test_a_job_recorded_with_an_empty_remote_id_resumes(fake: FakeKling, tmp_path: Path) -> None:
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    board.update(job_id, status=JobStatus.SUBMITTED, remote_id="")  # an older build's record
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_a_dead_download_link_is_replaced_by_a_fresh_one(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("download", expire=True))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_a_dead_link_at_resume_asks_the_task_again(fake: FakeKling, tmp_path: Path) -> None:
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    fake.outage(60, "download")
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DOWNLOADING, job.message
    fake.state.outage_until = 0
    fake.fault(Fault("download", expire=True), Fault("download", expire=True))
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_a_download_closed_cleanly_half_way_downloads_again(
    fake: FakeKling, tmp_path: Path
) -> None:
    fake.fault(Fault("download", short_close=True))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


@pytest.mark.parametrize(
    "garbage",
    [
        {"task_status": None},
        {"task_result": "nothing"},
        {"task_result": {"videos": "x"}},
        {"task_result": {"videos": [None]}},
        {"final_unit_deduction": "lots"},
        {"task_info": []},
    ],
    ids=repr,
)
def test_garbage_in_a_task_answer_is_a_message_not_a_traceback(
    fake: FakeKling, tmp_path: Path, garbage: dict[str, Any]
) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    board = JobBoard(store)
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    fake.state.query_edit = lambda data: data.update(garbage)
    [job] = run_jobs(fake, board, [job_id])
    assert not job.status.finished or job.status is JobStatus.DONE, job.message
    fake.state.query_edit = None
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)
    store.close()


def test_a_duration_of_twelve_in_words_is_ignored_and_measured(
    fake: FakeKling, tmp_path: Path
) -> None:
    def words(data: dict[str, Any]) -> None:
        for one in (data.get("task_result") or {}).get("videos", []):
            one["duration"] = "twelve"

    fake.state.query_edit = words
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)
    assert board.get(job_id).actual_duration == pytest.approx(12.0, abs=0.05)


def test_data_null_while_polling_keeps_the_job(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(*[Fault("query", data=None)] * 3)
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_two_followers_of_one_job_download_it_once(fake: FakeKling, tmp_path: Path) -> None:
    """Like the app resuming at start-up while ``submit --wait`` follows the same job."""
    database = tmp_path / "jobs.sqlite3"
    first_store, second_store = SqliteJobStore(database), None
    first = JobBoard(first_store)
    job_id = queue(fake, first, load_project(DETECTIVE), DETECTIVE, tmp_path)
    second_store = SqliteJobStore(database)
    second = JobBoard(second_store)  # another process's view of the same database
    fake.fault(*[Fault("download", slow=0.002)] * 2)

    async def both() -> None:
        one, _ = runner_for(fake, first)
        two, _ = runner_for(fake, second)
        try:
            await asyncio.gather(one.run([job_id]), two.run([job_id]))
        finally:
            await one.aclose()
            await two.aclose()

    asyncio.run(both())
    for board in (first, second):
        finished(fake, board, job_id)
    assert sum(fake.state.downloads.values()) == 1
    assert len(fake.state.tasks) == 1
    first_store.close()
    second_store.close()


def test_a_lost_create_during_an_outage_is_looked_up_at_the_next_start(
    fake: FakeKling, tmp_path: Path
) -> None:
    fake.fault(Fault("create", lost_after_create=True))
    fake.outage(5.0, "query")  # the lookup by external id cannot get through
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.SUBMITTING, job.message
    assert "next start" in job.message
    time.sleep(max(0.0, fake.state.outage_until - time.monotonic()))
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)


def test_a_disk_error_while_downloading_keeps_the_job(
    fake: FakeKling, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    rename = os.replace

    def refused(source: object, target: object) -> None:
        if str(target).endswith(".mp4"):
            raise PermissionError(13, "Permission denied", str(target))
        rename(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refused)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DOWNLOADING, job.history
    assert "Permission denied" in job.message
    assert "resumes at the next start" in job.message
    monkeypatch.undo()
    run_jobs(fake, board, [job_id])
    finished(fake, board, job_id)
