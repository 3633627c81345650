"""Two processes on one job or one storyboard: one follower, one paid task, no lost bytes."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DETECTIVE, ROOT
from tests.core.test_kling import make_video
from tests.core.test_kling_cli import command, environment
from tests.fakes.kling_server import FakeKling, Fault


@pytest.fixture
def fake() -> Iterator[FakeKling]:
    with FakeKling(make_video(3.0), 3.0, processing_queries=10_000) as service:
        yield service


def test_submit_wait_and_a_resume_follow_one_job_one_at_a_time(
    fake: FakeKling, tmp_path: Path
) -> None:
    env = environment(tmp_path / "home", fake)
    out = tmp_path / "out"
    fake.fault(*[Fault("download", slow=0.01)] * 4)
    submit = subprocess.Popen(
        command("submit", str(DETECTIVE), "--wait", "--output", str(out)),
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert fake.state.processing_seen.wait(timeout=60)
    resume = subprocess.Popen(
        command("jobs", "--resume"),
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert resume.stderr is not None
    assert "Resuming 1 unfinished" in resume.stderr.readline()
    time.sleep(0.5)  # the resume now waits for submit to let go of the job
    fake.state.processing_queries = 3
    submitted, submit_errors = submit.communicate(timeout=120)
    resumed, resume_errors = resume.communicate(timeout=120)
    assert submit.returncode == 0, submit_errors
    assert resume.returncode == 0, resume_errors
    video = Path(submitted.splitlines()[-1])
    assert video.read_bytes() == fake.state.video
    assert resumed.splitlines() == [str(video)], resume_errors
    assert sum(fake.state.downloads.values()) == 1
    assert len(fake.state.tasks) == 1
    assert not list(out.glob("*.part"))
    assert list((tmp_path / "home/data/followers").iterdir()) == []  # no lock left behind


def test_two_submits_of_one_storyboard_at_once_queue_one_job(
    fake: FakeKling, tmp_path: Path
) -> None:
    env = environment(tmp_path / "home", fake)
    args = command("submit", str(DETECTIVE), "--output", str(tmp_path))
    pipe = subprocess.PIPE
    both = [
        subprocess.Popen(args, cwd=ROOT, env=env, text=True, stdout=pipe, stderr=pipe)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=60), *p.communicate()) for p in both]
    assert sorted(code for code, _, _ in results) == [0, 1]
    refused = next(errors for code, _, errors in results if code == 1)
    assert "already has an unfinished kling job" in refused
    assert "--again" in refused
    listing = subprocess.run(command("jobs"), cwd=ROOT, env=env, capture_output=True, text=True)
    assert len(listing.stdout.splitlines()) == 1
    again = subprocess.run([*args, "--again"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    listing = subprocess.run(command("jobs"), cwd=ROOT, env=env, capture_output=True, text=True)
    assert len(listing.stdout.splitlines()) == 2
    assert fake.state.tasks == {}  # nothing was sent without --wait
