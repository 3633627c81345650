"""``submit --provider fal|replicate --base-url`` and ``jobs`` as processes, against the fakes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DETECTIVE, ROOT
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.http_fake import Fault
from tests.fakes.media import make_video
from tests.fakes.replicate_server import TOKEN, FakeReplicate


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(2.0)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "Detective.storyboard"
    shutil.copytree(DETECTIVE, folder)
    return folder


def environment(home: Path, **keys: str) -> dict[str, str]:
    kept = {k: v for k, v in os.environ.items()
            if not k.startswith(("KLING_", "FAL_", "REPLICATE_"))}  # fmt: skip
    return {
        **kept,
        **keys,
        "STORYBOARD_APP_HOME": str(home),
        "STORYBOARD_APP_POLL": "0.02,0.05",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "storyboard_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def takes_of(project: Path) -> list[dict[str, object]]:
    data = json.loads((project / "renders" / "takes.json").read_text(encoding="utf-8"))
    takes = data["takes"]
    assert isinstance(takes, list)
    return takes


@pytest.mark.parametrize("service", ["fal", "replicate"])
def test_submit_through_an_aggregator_at_a_base_url(
    service: str, video: bytes, project: Path, tmp_path: Path
) -> None:
    fake_type = FakeFal if service == "fal" else FakeReplicate
    variable, key = ("FAL_KEY", FAL_KEY) if service == "fal" else ("REPLICATE_API_TOKEN", TOKEN)
    with fake_type(video) as fake:
        fake.fault(Fault("create", lost_after_create=True))  # found by reconciling, not resent
        env = environment(tmp_path / "home", **{variable: key})
        result = cli(env, "submit", str(project), "--provider", service,
                     "--base-url", fake.base_url, "--wait")  # fmt: skip
        assert result.returncode == 0, result.stderr
        first, output = result.stdout.splitlines()
        assert first.startswith("job-")
        assert f"[{service}" in first
        assert Path(output).read_bytes() == video
        assert Path(output).parent == project / "renders"
        creates = fake.state.queue if isinstance(fake, FakeFal) else fake.state.predictions
        assert len(creates) == 1
        listing = cli(env, "jobs", "--all")
        assert listing.returncode == 0
        [line] = listing.stdout.splitlines()
        assert line.split()[1] == "done"
        assert line.split()[3] == service
        [take] = takes_of(project)
        assert take["service"] == service
        assert key not in listing.stdout + listing.stderr + result.stdout + result.stderr
        for file in (tmp_path / "home").rglob("*"):
            if file.is_file():
                assert key.encode() not in file.read_bytes(), file


def test_fal_unknown_waits_for_the_word_given_on_the_command_line(
    video: bytes, project: Path, tmp_path: Path
) -> None:
    with FakeFal(video) as fake:
        fake.state.list_queued = False
        fake.fault(Fault("create", lost_after_create=True))
        env = environment(tmp_path / "home", FAL_KEY=FAL_KEY)
        result = cli(env, "submit", str(project), "--provider", "fal",
                     "--base-url", fake.base_url, "--wait")  # fmt: skip
        assert result.returncode == 1
        assert "may charge twice" in result.stderr
        assert "--accept-double-charge" in result.stderr
        job_id = result.stdout.split()[0]
        assert len(fake.state.queue) == 1
        listing = cli(env, "jobs")
        assert listing.stdout.split()[1] == "needs-word"

        refused = cli(env, "jobs", "--send-again", job_id, "--base-url", fake.base_url)
        assert refused.returncode == 1
        assert "Nothing was sent" in refused.stderr
        assert len(fake.state.queue) == 1
        resumed = cli(env, "jobs", "--resume", "--provider", "fal", "--base-url", fake.base_url)
        assert resumed.returncode == 1  # asked again; still unknown; nothing sent
        assert len(fake.state.queue) == 1

        sent = cli(env, "jobs", "--send-again", job_id, "--accept-double-charge",
                   "--base-url", fake.base_url)  # fmt: skip
        assert sent.returncode == 0, sent.stderr
        assert Path(sent.stdout.splitlines()[-1]).read_bytes() == video
        assert len(fake.state.queue) == 2
        [take] = takes_of(project)
        assert take["id"] == job_id
        assert take["service"] == "fal"


def test_submit_without_a_key_says_which_variable(project: Path, tmp_path: Path) -> None:
    env = environment(tmp_path / "home")
    result = cli(env, "submit", str(project), "--provider", "replicate")
    assert result.returncode == 1
    assert "REPLICATE_API_TOKEN" in result.stderr


def test_a_request_the_service_cannot_take_is_not_queued(tmp_path: Path, video: bytes) -> None:
    from tests.conftest import COFFEE

    folder = tmp_path / "Coffee.storyboard"
    shutil.copytree(COFFEE, folder)
    with FakeFal(video) as fake:
        env = environment(tmp_path / "home", FAL_KEY=FAL_KEY)
        result = cli(env, "submit", str(folder), "--storyboard", "1", "--provider", "fal",
                     "--base-url", fake.base_url)  # fmt: skip
        assert result.returncode == 1
        assert "fal.ai cannot take this storyboard" in result.stderr
        assert "Nothing was submitted" in result.stderr
        assert fake.state.requests == []
    assert "No unfinished jobs" in cli(env, "jobs").stderr
