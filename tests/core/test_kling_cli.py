"""``submit`` and ``jobs`` as processes, against the fake service: kill -9 loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DETECTIVE, ROOT
from tests.core.test_kling import make_video
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling


@pytest.fixture
def fake() -> Iterator[FakeKling]:
    with FakeKling(make_video(3.0), 3.0, processing_queries=10_000) as service:
        yield service


def environment(home: Path, fake: FakeKling) -> dict[str, str]:
    return {
        **os.environ,
        "STORYBOARD_APP_HOME": str(home),
        "KLING_ACCESS_KEY": ACCESS_KEY,
        "KLING_SECRET_KEY": SECRET_KEY,
        "KLING_BASE_URL": fake.base_url,
        "STORYBOARD_APP_POLL": "0.02,0.05",
        "QT_QPA_PLATFORM": "offscreen",
    }


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "storyboard_app", *args]


def test_kill_9_during_a_render_then_resume(fake: FakeKling, tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    env = environment(home, fake)
    with subprocess.Popen(
        command("submit", str(DETECTIVE), "--wait", "--output", str(out)),
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ) as process:  # fmt: skip
        try:
            assert fake.state.processing_seen.wait(timeout=60), "the render never started"
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(fake.state.tasks) == 1
    assert fake.state.downloads == {}

    listing = subprocess.run(command("jobs"), cwd=ROOT, env=env, capture_output=True, text=True)
    assert listing.returncode == 0
    assert listing.stdout.split()[1] in ("submitted", "processing")  # unfinished, remembered

    fake.state.processing_queries = 3  # the service finishes the render
    resumed = subprocess.run(
        command("jobs", "--resume"), cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr
    videos = [Path(line) for line in resumed.stdout.splitlines()]
    assert len(videos) == 1
    assert videos[0].parent == out
    assert videos[0].read_bytes() == fake.state.video
    assert len(fake.state.tasks) == 1  # one remote task
    assert list(fake.state.downloads.values()) == [1]  # one download
    again = subprocess.run(command("jobs", "--resume"), cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert "Resuming 0 unfinished" in again.stderr
    assert list(fake.state.downloads.values()) == [1]
    for file in home.rglob("*"):
        if file.is_file():
            assert SECRET_KEY.encode() not in file.read_bytes(), file


def test_submit_reports_a_failed_job_with_the_service_message(
    fake: FakeKling, tmp_path: Path
) -> None:
    from tests.fakes.kling_server import Fault

    fake.state.processing_queries = 2
    fake.fault(Fault("create", code=1102))
    env = environment(tmp_path / "home", fake)
    result = subprocess.run(
        command("submit", str(DETECTIVE), "--wait", "--output", str(tmp_path)),
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Your resource pack is exhausted or expired" in result.stderr
    assert result.stdout.startswith("job-")


def test_submit_without_keys_says_how_to_give_them(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLING_")}
    env.update(
        STORYBOARD_APP_HOME=str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    result = subprocess.run(command("submit", str(DETECTIVE)), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "KLING_ACCESS_KEY" in result.stderr
