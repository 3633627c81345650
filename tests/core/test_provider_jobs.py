"""ProviderJobs over real loopback HTTP against the fal, Replicate and Kling fakes.

Exactly once for every service: a lost reply after a create is reconciled (FOUND: no
second task; ABSENT: sent once; UNKNOWN: the job waits for the user's word), a crash
between the recorded intent and the answer is reconciled when the job database is opened
again, and each finished render lands as one take with its service recorded.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyboard_app.jobs.board import Job, JobBoard, JobStatus
from storyboard_app.jobs.remote import NotWaitingForWord, PollPolicy, ProviderJobs
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.jobs.takes import record_take
from storyboard_app.providers.fal.client import FalProvider
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.client import KlingClient, RetryPolicy
from storyboard_app.providers.kling.provider import KlingProvider
from storyboard_app.providers.port import RemoteTask, ServiceRequest, VideoProvider
from storyboard_app.providers.replicate.client import ReplicateProvider
from storyboard_app.providers.transfer import Backoff
from storyboard_app.render.frames import video_duration
from storyboard_app.storage.bundle import load_project
from storyboard_app.storage.takes import TakeStore
from tests.conftest import DETECTIVE
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.http_fake import Fault
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling
from tests.fakes.kling_server import Fault as KlingFault
from tests.fakes.media import make_video
from tests.fakes.replicate_server import TOKEN, FakeReplicate

FAST = Backoff(attempts=5, base=0.01, cap=0.05)
POLL = PollPolicy(first=0.01, most=0.05)


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(2.0)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the detective example (takes are written into the project)."""
    folder = tmp_path / "Detective.storyboard"
    shutil.copytree(DETECTIVE, folder)
    return folder


@pytest.fixture
def fal(video: bytes) -> Iterator[FakeFal]:
    with FakeFal(video) as service:
        yield service


@pytest.fixture
def replicate(video: bytes) -> Iterator[FakeReplicate]:
    with FakeReplicate(video) as service:
        yield service


class Crash(Exception):
    """The process dies here (nothing after it is recorded)."""


class CrashAfterCreate:
    """A provider whose process dies right after its create reached the service."""

    def __init__(self, provider: VideoProvider, before: bool = False) -> None:
        self._provider = provider
        self._before = before

    def __getattr__(self, name: str) -> object:
        return getattr(self._provider, name)

    async def create(self, request: ServiceRequest, read: object) -> RemoteTask:
        if self._before:
            raise Crash("killed after the intent was recorded, before the create was sent")
        await self._provider.create(request, read)  # type: ignore[arg-type]
        raise Crash("killed before the answer was recorded")


def provider_for(service: str, fake: FakeFal | FakeReplicate | FakeKling,
                 http: httpx.AsyncClient) -> VideoProvider:  # fmt: skip
    if service == "fal":
        return FalProvider(http, FAL_KEY, fake.base_url, fake.base_url, FAST,
                           rng=random.Random(1))  # fmt: skip
    if service == "replicate":
        return ReplicateProvider(http, TOKEN, fake.base_url, backoff=FAST, rng=random.Random(2))
    tokens = TokenSource(Credentials(ACCESS_KEY, SECRET_KEY))
    retry = RetryPolicy(attempts=6, base=0.01, cap=0.05)
    client = KlingClient(http, fake.base_url, tokens, retry, rng=random.Random(3))
    return KlingProvider(client)


def run_service(
    service: str,
    fake: FakeFal | FakeReplicate | FakeKling,
    board: JobBoard,
    job_ids: list[str],
    wrap: type[CrashAfterCreate] | None = None,
    **options: bool,
) -> list[Job]:
    async def go() -> list[Job]:
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
            provider = provider_for(service, fake, http)
            if wrap is not None:
                provider = wrap(provider, **options)  # type: ignore[assignment]
            runner = ProviderJobs(board, provider, video_duration, poll=POLL)
            try:
                return await runner.run(job_ids)
            finally:
                await runner.aclose()

    return asyncio.run(go())


def queue(service: str, fake: FakeFal | FakeReplicate | FakeKling, board: JobBoard,
          folder: Path) -> str:  # fmt: skip
    async def go() -> str:
        async with httpx.AsyncClient() as http:
            runner = ProviderJobs(board, provider_for(service, fake, http), video_duration)
            job = runner.prepare(load_project(folder), folder, 0)
            await runner.aclose()
            return job.id

    return asyncio.run(go())


def creates(fake: FakeFal | FakeReplicate) -> int:
    return len(fake.state.queue) if isinstance(fake, FakeFal) else len(fake.state.predictions)


def landed_once(board: JobBoard, job_id: str, folder: Path, video: bytes, service: str) -> None:
    """The job is done, its video byte for byte, and it lands as exactly one take."""
    job = board.get(job_id)
    assert job.status is JobStatus.DONE, job.message
    assert job.provider == service
    assert job.output is not None
    assert job.output.read_bytes() == video
    assert not list(job.output.parent.glob("*.part"))
    takes = TakeStore(folder)
    assert record_take(takes, job)
    assert not record_take(TakeStore(folder), job)  # a second window or process: no twin
    [take] = TakeStore(folder).takes()
    assert (take.id, take.service, take.provider) == (job_id, service, service)
    on_disk = json.loads((folder / "renders" / "takes.json").read_text(encoding="utf-8"))
    assert [t["service"] for t in on_disk["takes"]] == [service]


@pytest.mark.parametrize("service", ["fal", "replicate"])
def test_a_storyboard_renders_and_lands_as_one_take(
    service: str, fal: FakeFal, replicate: FakeReplicate, project: Path, video: bytes
) -> None:
    fake = fal if service == "fal" else replicate
    board = JobBoard(SqliteJobStore(project.parent / "jobs.sqlite3"))
    job_id = queue(service, fake, board, project)
    queued = board.get(job_id)
    assert queued.request is not None
    assert queued.request["service"] == service
    assert "<image assets/" in json.dumps(queued.request)  # images named, never their bytes
    [job] = run_service(service, fake, board, [job_id])
    landed_once(board, job_id, project, video, service)
    assert creates(fake) == 1
    assert job.intent is not None
    assert job.intent["service"] == service
    assert [s for s, _ in job.history][:3] == ["queued", "submitting", "submitted"]
    assert fake.state.rejected == []


@pytest.mark.parametrize("service", ["fal", "replicate"])
def test_a_lost_reply_after_create_is_found_not_sent_twice(
    service: str, fal: FakeFal, replicate: FakeReplicate, project: Path, video: bytes
) -> None:
    fake = fal if service == "fal" else replicate
    fake.fault(Fault("create", lost_after_create=True))
    board = JobBoard()
    job_id = queue(service, fake, board, project)
    run_service(service, fake, board, [job_id])
    landed_once(board, job_id, project, video, service)
    assert creates(fake) == 1
    assert [m for m, _ in fake.state.requests].count("POST") == 1
    listing = "/v1/models/requests/by-endpoint" if service == "fal" else "/v1/predictions"
    assert ("GET", listing) in fake.state.requests  # the service was asked: reconciled


def test_replicate_proves_a_create_absent_so_it_is_sent_once_more(
    replicate: FakeReplicate, project: Path, video: bytes
) -> None:
    replicate.fault(Fault("create", 502, malformed=True))  # refused before any prediction
    board = JobBoard()
    job_id = queue("replicate", replicate, board, project)
    run_service("replicate", replicate, board, [job_id])
    landed_once(board, job_id, project, video, "replicate")
    assert len(replicate.state.predictions) == 1
    assert any("never received it" in line for line in board.get(job_id).log)


def test_fal_cannot_prove_absence_so_the_job_waits_for_the_users_word(
    fal: FakeFal, project: Path, video: bytes, tmp_path: Path
) -> None:
    fal.state.list_queued = False  # fal's history does not list it while it is queued
    fal.fault(Fault("create", lost_after_create=True))
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    board = JobBoard(store)
    job_id = queue("fal", fal, board, project)
    [job] = run_service("fal", fal, board, [job_id])
    assert job.status is JobStatus.NEEDS_WORD, job.message
    assert "may charge twice" in job.message
    assert len(fal.state.queue) == 1
    assert board.unfinished("fal") == [job]  # kept, and a second submission is refused
    # a restart asks again but never sends without the word
    [again] = run_service("fal", fal, JobBoard(SqliteJobStore(tmp_path / "jobs.sqlite3")),
                          [job_id])  # fmt: skip
    assert again.status is JobStatus.NEEDS_WORD
    assert len(fal.state.queue) == 1
    assert [m for m, _ in fal.state.requests].count("POST") == 1

    board = JobBoard(SqliteJobStore(tmp_path / "jobs.sqlite3"))

    async def word() -> list[Job]:
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
            runner = ProviderJobs(board, provider_for("fal", fal, http), video_duration, poll=POLL)
            with pytest.raises(NotWaitingForWord):
                runner.resend_after_warning(queue_other(runner, project))
            runner.resend_after_warning(job_id)
            try:
                return await runner.run([job_id])
            finally:
                await runner.aclose()

    [sent] = asyncio.run(word())
    assert sent.status is JobStatus.DONE, sent.message
    assert len(fal.state.queue) == 2  # the user accepted paying twice
    assert any("user's word" in line for line in sent.log)
    landed_once(board, job_id, project, video, "fal")


def queue_other(runner: ProviderJobs, project: Path) -> str:
    """A queued job (not waiting for a word) of the same project."""
    return runner.prepare(load_project(project), project, 0).id


@pytest.mark.parametrize("service", ["fal", "replicate"])
def test_a_crash_between_intent_and_answer_is_reconciled_after_reopening(
    service: str, fal: FakeFal, replicate: FakeReplicate, project: Path, video: bytes,
    tmp_path: Path,
) -> None:  # fmt: skip
    fake = fal if service == "fal" else replicate
    database = tmp_path / "jobs.sqlite3"
    store = SqliteJobStore(database)
    job_id = queue(service, fake, JobBoard(store), project)
    with pytest.raises(Crash):
        run_service(service, fake, JobBoard(store), [job_id], CrashAfterCreate)
    store.close()
    assert creates(fake) == 1
    # what the database holds after the crash: the intent, no answer
    with sqlite3.connect(database) as db:
        [(text,)] = db.execute("SELECT record FROM jobs WHERE id = ?", (job_id,)).fetchall()
    record = json.loads(text)
    assert record["status"] == "submitting"
    assert record["intent"]["service"] == service
    assert record["remote_id"] is None

    reopened = JobBoard(SqliteJobStore(database))
    run_service(service, fake, reopened, [job_id])
    landed_once(reopened, job_id, project, video, service)
    assert creates(fake) == 1  # reconciled: FOUND, never sent again


def test_a_crash_before_the_create_left_is_proved_absent_and_sent_once(
    replicate: FakeReplicate, project: Path, video: bytes, tmp_path: Path
) -> None:
    database = tmp_path / "jobs.sqlite3"
    store = SqliteJobStore(database)
    job_id = queue("replicate", replicate, JobBoard(store), project)
    with pytest.raises(Crash):
        run_service("replicate", replicate, JobBoard(store), [job_id], CrashAfterCreate,
                    before=True)  # fmt: skip
    store.close()
    assert creates(replicate) == 0
    reopened = JobBoard(SqliteJobStore(database))
    run_service("replicate", replicate, reopened, [job_id])
    landed_once(reopened, job_id, project, video, "replicate")
    assert creates(replicate) == 1


def test_kling_crash_between_intent_and_answer_is_found_by_its_external_id(
    project: Path, tmp_path: Path
) -> None:
    kling_video = make_video(2.0)
    with FakeKling(kling_video, 2.0) as fake:
        database = tmp_path / "jobs.sqlite3"
        store = SqliteJobStore(database)
        job_id = queue("kling", fake, JobBoard(store), project)
        with pytest.raises(Crash):
            run_service("kling", fake, JobBoard(store), [job_id], CrashAfterCreate)
        store.close()
        reopened = JobBoard(SqliteJobStore(database))
        run_service("kling", fake, reopened, [job_id])
        landed_once(reopened, job_id, project, kling_video, "kling")
        assert fake.creates_for(job_id) == 1
        assert len(fake.state.tasks) == 1


def test_kling_lost_reply_reconciles_through_the_port(project: Path) -> None:
    kling_video = make_video(2.0)
    with FakeKling(kling_video, 2.0) as fake:
        fake.fault(KlingFault("create", lost_after_create=True))
        board = JobBoard()
        job_id = queue("kling", fake, board, project)
        run_service("kling", fake, board, [job_id])
        landed_once(board, job_id, project, kling_video, "kling")
        assert fake.creates_for(job_id) == 1


def test_a_transient_fault_is_retried_where_the_service_says_so(
    fal: FakeFal, replicate: FakeReplicate, project: Path, video: bytes
) -> None:
    fal.fault(
        Fault("create", 429, headers={"Retry-After": "0.01"}),
        Fault("status", 503),
        Fault("download", reset=True),
    )
    board = JobBoard()
    job_id = queue("fal", fal, board, project)
    run_service("fal", fal, board, [job_id])
    landed_once(board, job_id, project, video, "fal")
    assert len(fal.state.queue) == 1
    assert fal.state.faults == []


def test_a_refusal_the_service_marks_final_fails_at_once(
    replicate: FakeReplicate, project: Path
) -> None:
    refusal = {"title": "Payment required", "detail": "add credit", "status": 402}
    replicate.fault(Fault("create", 402, body=refusal))
    board = JobBoard()
    job_id = queue("replicate", replicate, board, project)
    [job] = run_service("replicate", replicate, board, [job_id])
    assert job.status is JobStatus.FAILED
    assert "billing" in job.message
    assert "add credit" in job.message
    assert len(replicate.state.predictions) == 0
    assert [m for m, _ in replicate.state.requests].count("POST") == 1


@pytest.mark.parametrize(
    ("language", "done", "word"),
    [("zh_CN", "视频", "可能收费两次"), ("zh_TW", "影片", "可能收費兩次")],
)
def test_job_messages_speak_the_users_language(
    fal: FakeFal, project: Path, language: str, done: str, word: str
) -> None:
    from storyboard_app import i18n

    i18n.install(language)
    board = JobBoard()
    first = queue("fal", fal, board, project)
    assert board.get(first).message in ("等待空闲名额", "等待空閒名額")
    [job] = run_service("fal", fal, board, [first])
    assert job.message.startswith(done), job.message
    fal.state.list_queued = False
    fal.fault(Fault("create", lost_after_create=True))
    second = queue("fal", fal, board, project)
    [waiting] = run_service("fal", fal, board, [second])
    assert waiting.status is JobStatus.NEEDS_WORD
    assert word in waiting.message
    assert "fal.ai" in waiting.message
    assert "matching" not in waiting.message  # the reason is in the language too


def test_a_task_another_job_follows_is_not_taken_for_this_ones(
    fal: FakeFal, project: Path, video: bytes
) -> None:
    """The same storyboard sent twice: fal lists the first job's request, identical to the
    second's, whose reply was lost; adopting it would pay twice for one video."""
    board = JobBoard()
    first = queue("fal", fal, board, project)
    run_service("fal", fal, board, [first])
    fal.state.list_queued = False
    fal.fault(Fault("create", lost_after_create=True))
    second = queue("fal", fal, board, project)
    [job] = run_service("fal", fal, board, [second])
    assert job.status is JobStatus.NEEDS_WORD, job.message
    assert first in job.message
    assert job.remote_id is None
    assert len(fal.state.queue) == 2


def test_cancelling_a_sent_fal_job_asks_fal_to_stop_it(video: bytes, project: Path) -> None:
    with FakeFal(video, processing_polls=10_000) as fake:
        board = JobBoard()
        job_id = queue("fal", fake, board, project)

        async def go() -> Job:
            async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
                runner = ProviderJobs(board, provider_for("fal", fake, http), video_duration,
                                      poll=POLL)  # fmt: skip
                rendering = asyncio.Event()

                def seen(job: Job) -> None:
                    if job.status is JobStatus.PROCESSING:
                        rendering.set()

                board.listen(seen)
                following = asyncio.ensure_future(runner.run([job_id]))
                await asyncio.wait_for(rendering.wait(), 20)
                cancelled = runner.cancel(job_id)
                await following
                for _ in range(200):  # the stop request runs on the loop
                    if any("asked to stop" in line for line in board.get(job_id).log):
                        break
                    await asyncio.sleep(0.01)
                await runner.aclose()
                return cancelled

        cancelled = asyncio.run(go())
        assert cancelled.status is JobStatus.CANCELLED
        assert "fal.ai is asked to stop the task" in cancelled.message
        assert any(method == "PUT" and path.endswith("/cancel")
                   for method, path in fake.state.requests)  # fmt: skip
        assert [request.canceled for request in fake.state.queue.values()] == [True]


def test_the_intent_is_on_disk_and_fsynced_before_the_create_leaves(
    replicate: FakeReplicate, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    database = tmp_path / "jobs.sqlite3"
    board = JobBoard(SqliteJobStore(database))
    job_id = queue("replicate", replicate, board, project)
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    seen_at_create: list[tuple[str, bool]] = []

    class Witness(CrashAfterCreate):
        async def create(self, request: ServiceRequest, read: object) -> RemoteTask:
            with sqlite3.connect(database) as db:  # what another process would read now
                [(text,)] = db.execute("SELECT record FROM jobs WHERE id = ?", (job_id,)).fetchall()
            record = json.loads(text)
            seen_at_create.append((record["status"], bool(record["intent"])))
            assert any(path.endswith("jobs.sqlite3-wal") for path in synced), synced
            return await self._provider.create(request, read)  # type: ignore[arg-type]

    run_service("replicate", replicate, board, [job_id], Witness)
    assert seen_at_create == [("submitting", True)]
    assert board.get(job_id).status is JobStatus.DONE


def test_a_services_refusal_speaks_the_users_language(
    replicate: FakeReplicate, project: Path
) -> None:
    from storyboard_app import i18n

    i18n.install("zh_TW")
    refusal = {"title": "Payment required", "detail": "add credit", "status": 402}
    replicate.fault(Fault("create", 402, body=refusal))
    board = JobBoard()
    job_id = queue("replicate", replicate, board, project)
    [job] = run_service("replicate", replicate, board, [job_id])
    assert job.status is JobStatus.FAILED
    assert job.message.startswith("replicate 因計費原因拒絕"), job.message
    assert "add credit" in job.message  # the service's own words are kept
