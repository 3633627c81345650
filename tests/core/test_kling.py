"""The Kling client and job runner against the fake service, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import random
import ssl
import threading
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av
import httpx
import jwt
import numpy as np
import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import Job, JobBoard, JobStatus
from storyboard_app.jobs.remote import PollPolicy, ProviderJobs
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.providers.kling.auth import (
    BaseUrlRefused,
    Credentials,
    TokenSource,
    check_base_url,
)
from storyboard_app.providers.kling.client import KlingClient, RetryPolicy, load_tls_context
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.kling.provider import KlingProvider
from storyboard_app.render.frames import video_duration
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling, Fault

FAST_RETRY = RetryPolicy(attempts=6, base=0.01, cap=0.05)
FAST_POLL = PollPolicy(first=0.01, most=0.05)


def make_video(seconds: float = 2.0) -> bytes:
    """A real H.264 MP4 for the fake service to hand out."""
    import io

    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=24)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for n in range(int(seconds * 24)):
            frame = av.VideoFrame.from_ndarray(
                np.full((240, 320, 3), n * 4 % 255, np.uint8), "rgb24"
            )
            frame.pts, frame.time_base = n, Fraction(1, 24)
            box.mux(stream.encode(frame))
        box.mux(stream.encode(None))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(12.0)


@pytest.fixture
def fake(video: bytes) -> Iterator[FakeKling]:
    with FakeKling(video, 12.041) as service:
        yield service


def runner_for(
    fake: FakeKling, board: JobBoard, limit: int = 5, timeout: float = 5.0
) -> tuple[ProviderJobs, httpx.AsyncClient]:
    http = httpx.AsyncClient(timeout=httpx.Timeout(timeout))
    client = KlingClient(http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)),
                         FAST_RETRY, rng=random.Random(7))  # fmt: skip
    provider = KlingProvider(client)
    return ProviderJobs(board, provider, video_duration, limit=limit, poll=FAST_POLL), http


def run_jobs(fake: FakeKling, board: JobBoard, job_ids: list[str], **options: float) -> list[Job]:
    async def go() -> list[Job]:
        runner, _http = runner_for(fake, board, **options)  # type: ignore[arg-type]
        try:
            return await runner.run(job_ids)
        finally:
            await runner.aclose()

    return asyncio.run(go())


def queue(fake: FakeKling, board: JobBoard, project: Project, folder: Path, tmp: Path,
          index: int = 0, mode: Mode | None = None) -> str:  # fmt: skip
    runner, _http = runner_for(fake, board)
    job = runner.prepare(project, folder, index, mode, output_dir=tmp)
    asyncio.run(runner.aclose())
    return job.id


def test_token_claims_and_early_renewal() -> None:
    now = [1_000_000.0]
    secret = "sk-" + "x" * 40
    tokens = TokenSource(Credentials("ak", secret), clock=lambda: now[0])
    first = tokens.token()
    claims = jwt.decode(
        first, secret, algorithms=["HS256"], options={"verify_exp": False, "verify_nbf": False}
    )
    assert claims == {"iss": "ak", "exp": 1_001_800, "nbf": 999_995}
    assert jwt.get_unverified_header(first) == {"alg": "HS256", "typ": "JWT"}
    now[0] += 1800 - 61
    assert tokens.token() == first  # still more than 60 s left
    now[0] += 1
    assert tokens.token() != first  # renewed 60 s before expiry
    assert secret not in repr(Credentials("ak", secret))


def test_plain_http_is_only_for_loopback() -> None:
    assert check_base_url("http://127.0.0.1:8123/") == "http://127.0.0.1:8123"
    assert check_base_url("https://api-singapore.klingai.com")
    with pytest.raises(BaseUrlRefused, match="plain http"):
        check_base_url("http://proxy.example.com")


def test_the_shared_tls_context_still_verifies_certificates() -> None:
    """Built off the event loop once, it must check the service's certificate like httpx."""
    context = load_tls_context().result(timeout=30)
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0  # a CA bundle is loaded


def test_an_image_storyboard_renders_end_to_end(fake: FakeKling, tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    board = JobBoard(store)
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    assert job.output is not None
    assert job.output.read_bytes() == fake.state.video
    assert not list(tmp_path.glob("*.part"))
    assert abs((job.actual_duration or 0) - 12.0) < 0.05
    assert job.units_charged == pytest.approx(10.8)
    assert job.cost_units == pytest.approx(10.8)
    assert [status for status, _ in job.history] == [
        "queued",
        "submitting",
        "submitted",
        "processing",
        "downloading",
        "done",
    ]
    task = fake.state.tasks[str(job.remote_id)]
    assert task.family == "image2video"
    assert task.external_id == job_id
    assert fake.state.rejected == []
    assert fake.state.downloads == {str(job.remote_id): 1}
    # what is stored: snapshot, payload, displayed request; never secrets or image bytes
    database = (tmp_path / "jobs.sqlite3").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("jobs.sqlite3-*")
    )
    assert SECRET_KEY.encode() not in database
    assert b"<image assets/" in database
    assert JobBoard(SqliteJobStore(tmp_path / "jobs.sqlite3")).get(job_id) == job


def test_omni_references_and_a_mode_override(fake: FakeKling, tmp_path: Path) -> None:
    board = JobBoard()
    job_id = queue(fake, board, load_project(COFFEE), COFFEE, tmp_path, mode=Mode.STD)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    body = fake.state.tasks[str(job.remote_id)].body
    assert fake.state.tasks[str(job.remote_id)].family == "omni-video"
    assert body["model_name"] == "kling-v3-omni"
    assert body["mode"] == "std"
    assert len(body["image_list"]) == 2
    assert "<<<image_1>>>" in body["multi_prompt"][1]["prompt"]


@pytest.mark.parametrize(
    "faults",
    [
        [Fault("create", code=1303)] * 3,
        [Fault("create", code=1302, retry_after=0.02), Fault("query", code=5000)],
        [Fault("create", http_status=504, malformed=True), Fault("query", code=5001)],
        [Fault("query", malformed=True), Fault("query", code=5002)],
    ],
    ids=["1303-burst", "1302-then-5000", "504-garbage", "malformed-json"],
)
def test_transient_faults_are_retried_and_pay_once(
    fake: FakeKling, tmp_path: Path, faults: list[Fault]
) -> None:
    fake.fault(*faults)
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    assert fake.creates_for(job_id) == 1
    assert fake.state.faults == []  # every fault was met


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault("create", code=1102), "Your resource pack is exhausted or expired"),
        (
            Fault("create", code=1301),
            "Blocked by content safety: edit the prompt of the shots' prompts",
        ),
        (Fault("create", code=1000), "did not accept the access key"),
    ],
    ids=["1102-billing", "1301-safety", "1000-auth"],
)
def test_final_errors_are_not_retried_and_explained(
    fake: FakeKling, tmp_path: Path, fault: Fault, words: str
) -> None:
    fake.fault(fault)
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.FAILED
    assert words in job.message
    assert f"code {fault.code}" in job.message
    assert [m for m, _ in fake.state.requests].count("POST") == 1
    assert fake.state.tasks == {}


def test_an_expired_token_is_renewed_once(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("create", code=1004))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    assert fake.creates_for(job_id) == 1


def test_a_task_failed_by_safety_says_what_to_do(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("create", task_status_msg="content security check failed"))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.FAILED
    assert job.message.startswith("Blocked by content safety")


def test_a_lost_create_answer_is_found_not_resent(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("create", lost_after_create=True))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    assert fake.creates_for(job_id) == 1
    assert [m for m, _ in fake.state.requests].count("POST") == 1


def test_a_download_cut_midway_resumes_with_range(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("download", reset=True))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id])
    assert job.status is JobStatus.DONE, job.message
    assert job.output is not None
    assert job.output.read_bytes() == fake.state.video
    assert fake.state.downloads[str(job.remote_id)] == 2  # the cut request and the resumed range
    assert job.downloads == 1


def test_slow_answers_time_out_and_are_retried(fake: FakeKling, tmp_path: Path) -> None:
    fake.fault(Fault("query", delay=0.6))
    board = JobBoard()
    job_id = queue(fake, board, load_project(DETECTIVE), DETECTIVE, tmp_path)
    [job] = run_jobs(fake, board, [job_id], timeout=0.3)
    assert job.status is JobStatus.DONE, job.message


def test_the_client_side_limit_keeps_tasks_under_the_pack(fake: FakeKling, tmp_path: Path) -> None:
    board = JobBoard()
    project = Project(title="Many", storyboards=tuple(
        Storyboard(name=f"B{n}", shots=(Shot(id=f"s{n}", subject="A", duration=5),))
        for n in range(8)
    ))  # fmt: skip
    fake.state.running_limit = 3  # the service would answer 1303 past three
    ids = [queue(fake, board, project, tmp_path, tmp_path, index=n) for n in range(8)]
    jobs = run_jobs(fake, board, ids, limit=3)
    assert all(job.status is JobStatus.DONE for job in jobs), [j.message for j in jobs]
    assert fake.state.peak_running <= 3
    assert len(fake.state.tasks) == 8


def test_cancelling_a_queued_job_sends_nothing(fake: FakeKling, tmp_path: Path) -> None:
    board = JobBoard()
    runner, _http = runner_for(fake, board)
    job = runner.prepare(load_project(DETECTIVE), DETECTIVE, 0, output_dir=tmp_path)
    cancelled = runner.cancel(job.id)
    assert cancelled.status is JobStatus.CANCELLED
    assert "nothing was charged" in cancelled.message
    asyncio.run(runner.run([job.id]))
    asyncio.run(runner.aclose())
    assert fake.state.requests == []


def test_test_connection_lists_one_task(fake: FakeKling) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            good = KlingClient(
                http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY))
            )
            assert await good.list_tasks() == []
            wrong = Credentials(ACCESS_KEY, "wrong-" + "w" * 40)
            bad = KlingClient(http, fake.base_url, TokenSource(wrong), FAST_RETRY)
            with pytest.raises(KlingError, match="credentials are invalid") as raised:
                await bad.list_tasks()
            assert "wrong-" not in str(raised.value)

    asyncio.run(go())


def test_the_fake_checks_bodies_like_the_reference() -> None:
    from tests.fakes.kling_server import check_body

    good = compile_kling(compile_guidances(load_project(COFFEE), 1)).body
    assert check_body("text2video", dict(good)) == ""
    bad = dict(good, multi_prompt=[dict(p, index=p["index"] - 1) for p in good["multi_prompt"]])
    assert "index must start at 1" in check_body("text2video", bad)
    short = dict(good, duration="14")
    assert "sum to duration" in check_body("text2video", short)


def _framed_board(folder: Path) -> Project:
    """Three shots; the middle one has its own first frame (one request cannot carry it)."""
    from PIL import Image

    (folder / "assets").mkdir(parents=True, exist_ok=True)
    for name, colour in (("a", (200, 40, 40)), ("b", (40, 200, 40)), ("c", (40, 40, 200))):
        Image.new("RGB", (640, 360), colour).save(folder / f"assets/{name}.png")
    shots = (
        Shot(id="s1", subject="One", duration=3, first_frame="assets/a.png"),
        Shot(id="s2", subject="Two", duration=4, first_frame="assets/b.png",
             last_frame="assets/c.png"),
        Shot(id="s3", subject="Three", duration=3),
    )  # fmt: skip
    return Project(title="Framed", storyboards=(Storyboard(name="Framed", shots=shots),))


def test_shot_by_shot_sends_each_frame_and_joins_one_take(fake: FakeKling, tmp_path: Path) -> None:
    project = _framed_board(tmp_path)
    board = JobBoard(SqliteJobStore(tmp_path / "jobs.sqlite3"))
    runner, _http = runner_for(fake, board)
    parent = runner.prepare_shot_by_shot(project, tmp_path, 0, output_dir=tmp_path / "out")
    asyncio.run(runner.aclose())
    assert len(parent.children) == 3
    assert parent.cost_units == pytest.approx((3 + 4 + 3) * 0.9)
    [done] = run_jobs(fake, board, [parent.id])
    assert done.status is JobStatus.DONE, done.message
    by_shot = {
        word: task
        for task in fake.state.tasks.values()
        for word in ("One", "Two", "Three")
        if f". {word}." in task.body["prompt"]
    }
    assert {word: task.family for word, task in by_shot.items()} == {
        "One": "image2video",
        "Two": "image2video",
        "Three": "text2video",
    }
    assert [by_shot[w].body["duration"] for w in ("One", "Two", "Three")] == ["3", "4", "3"]
    assert "image_tail" in by_shot["Two"].body  # the middle shot's own last frame is sent
    assert by_shot["One"].body["image"] != by_shot["Two"].body["image"]
    assert done.output is not None
    assert done.output.parent == tmp_path / "out"
    assert video_duration(done.output) == pytest.approx(3 * 12.0, abs=0.05)
    assert done.actual_duration == pytest.approx(36.0, abs=0.05)
    assert all(board.get(child).parent == parent.id for child in parent.children)


def test_shot_by_shot_resumes_through_its_parent(fake: FakeKling, tmp_path: Path) -> None:
    project = _framed_board(tmp_path)
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    board = JobBoard(store)
    runner, _http = runner_for(fake, board)
    parent = runner.prepare_shot_by_shot(project, tmp_path, 0)
    asyncio.run(runner.aclose())
    again = JobBoard(SqliteJobStore(tmp_path / "jobs.sqlite3"))  # as after a restart

    async def resume() -> list[Job]:
        runner2, _ = runner_for(fake, again)
        try:
            return await runner2.resume()
        finally:
            await runner2.aclose()

    finished = asyncio.run(resume())
    assert again.get(parent.id).status is JobStatus.DONE
    assert len(fake.state.tasks) == 3  # each shot sent once, not once more by the parent
    assert {job.id for job in finished} >= {parent.id}


def test_shot_by_shot_refuses_shots_too_short_to_render_alone(
    fake: FakeKling, tmp_path: Path
) -> None:
    from storyboard_app.jobs.remote import ShotByShotRefused

    board = JobBoard()
    runner, _http = runner_for(fake, board)
    try:
        with pytest.raises(ShotByShotRefused, match=r"Shot 2 cannot be rendered alone: .*3–15 s"):
            runner.prepare_shot_by_shot(project_of_durations(3, 2), tmp_path, 0)
    finally:
        asyncio.run(runner.aclose())
    assert board.jobs() == []


def project_of_durations(*durations: int) -> Project:
    shots = tuple(Shot(id=f"d{n}", subject="A", duration=d) for n, d in enumerate(durations))
    return Project(title="P", storyboards=(Storyboard(shots=shots),))


def test_the_job_database_keeps_every_save_while_checkpointing_on_its_own_thread(
    tmp_path: Path,
) -> None:
    from storyboard_app.jobs.store import CHECKPOINT_EVERY

    file = tmp_path / "jobs.sqlite3"
    store = SqliteJobStore(file)
    board = JobBoard(store)
    job = board.add(
        Job(id="job-1", provider="kling", project_title="P", folder=tmp_path,
            storyboard_id="b", storyboard_name="B", requested_duration=5.0)
    )  # fmt: skip
    for number in range(3 * CHECKPOINT_EVERY):
        job = board.update(job.id, message=f"update {number}")
    checkpointers = [t for t in threading.enumerate() if t.name == "jobs-checkpoint"]
    assert len(checkpointers) == 1  # the log is copied into the database off this thread
    reader = SqliteJobStore(file)  # another process's view, while the first still runs
    assert JobBoard(reader).get(job.id) == job
    reader.close()
    store.close()
    assert not checkpointers[0].is_alive()
    assert JobBoard(SqliteJobStore(file)).get(job.id) == job
