"""``submit --provider reelforge --base-url`` for a service registered in the test only.

``python -m tests.fakes.fourth_service ARGS`` is the app's command line with Reelforge
added to the registry (nothing else changed): its ``--provider`` choice, its key variable
and its base URL come from its entry, and a lost reply after the create is reconciled
(found by its reference), not sent again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.core.test_services_cli import cli, environment, project, takes_of, video
from tests.fakes.fourth_service import KEY, NAME, FakeReelforge
from tests.fakes.http_fake import Fault

__all__ = ["project", "video"]  # the fixtures used here


def with_reelforge(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.fakes.fourth_service", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip


def test_submit_through_a_fourth_service_lands_one_take(
    video: bytes, project: Path, tmp_path: Path
) -> None:
    with FakeReelforge(video) as fake:
        assert isinstance(fake, FakeReelforge)
        fake.fault(Fault("create", lost_after_create=True))  # found by reconciling, not resent
        env = environment(tmp_path / "home", REELFORGE_KEY=KEY)
        unknown = cli(env, "submit", str(project), "--provider", NAME)
        assert unknown.returncode == 2  # the app itself has no such service
        assert "invalid choice: 'reelforge'" in unknown.stderr
        result = with_reelforge(env, "submit", str(project), "--provider", NAME,
                                "--base-url", fake.base_url, "--wait")  # fmt: skip
        assert result.returncode == 0, result.stderr
        first, output = result.stdout.splitlines()
        assert f"[{NAME}, est. $0.84]" in first
        assert Path(output).read_bytes() == video
        assert len(fake.reel.videos) == 1
        assert fake.reel.videos[0].body["reference"] == first.split()[0]
        listing = with_reelforge(env, "jobs", "--all")
        [line] = listing.stdout.splitlines()
        assert line.split()[1] == "done"
        assert line.split()[3] == NAME
        [take] = takes_of(project)
        assert take["service"] == NAME
        assert KEY not in listing.stdout + listing.stderr + result.stdout + result.stderr


def test_a_fourth_service_without_its_key_names_its_variable(project: Path, tmp_path: Path) -> None:
    result = with_reelforge(environment(tmp_path / "home"), "submit", str(project),
                            "--provider", NAME)  # fmt: skip
    assert result.returncode == 1
    assert "no reelforge key: set REELFORGE_KEY" in result.stderr
