"""Kill-and-resume soak: ``submit --wait`` killed (kill -9) at random moments, faults on.

Each trial starts ``storyboard-app submit --wait`` on the detective example against the
fake Kling service (loopback), kills it at a random moment, then runs ``jobs --resume``
(sometimes killed too, sometimes two at once, like the app resuming at start-up while a
command runs) until the job is finished. The service meanwhile answers with random 5000s
and 1302s, outages, creates answered 500 after the task was made, creates without a task
id, lost create answers, expiring download links, downloads cut or closed half-way and a
slow link. Figures: paid tasks per job (must be 1), downloads byte-identical to what the
service holds (must be all), tasks no job knows (must be 0), where each kill landed.

Run by hand (``python -m bench soak``, or ``python -m bench.bench_soak N`` for N trials).
Each trial starts two or three processes, so start-up time dominates: 50 trials took 12 min
on a 2-core machine shared with other work (about 14 s a trial; ``bench_soak 20`` for a
shorter run). The test suite runs a three-trial version.
"""

from __future__ import annotations

import collections
import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

from tests.conftest import DETECTIVE, ROOT
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling, Fault

TRIALS = 50
RESUMES = 8
"""Resumes a trial may take before it counts as stuck."""


@dataclass
class SoakResult:
    """What the soak saw."""

    trials: int = 0
    jobs: int = 0
    tasks_per_job: collections.Counter[int] = field(default_factory=collections.Counter)
    identical: int = 0
    unfinished: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    orphan_tasks: int = 0
    killed_at: collections.Counter[str] = field(default_factory=collections.Counter)
    resumes: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """One task per job, every download identical, nothing stuck, failed or orphaned."""
        return (
            set(self.tasks_per_job) <= {1}
            and self.identical == self.jobs
            and not self.unfinished
            and not self.failed
            and self.orphan_tasks == 0
        )

    def report(self) -> str:
        """The figures, one per line."""
        per_job = ", ".join(
            f"{n} task(s): {c} job(s)" for n, c in sorted(self.tasks_per_job.items())
        )
        kills = ", ".join(f"{k} {v}" for k, v in self.killed_at.most_common())
        return "\n".join([
            f"trials: {self.trials} ({self.seconds:.0f} s, {self.resumes} resumes)",
            f"jobs: {self.jobs}",
            f"tasks per job: {per_job or 'none'} (must all be 1)",
            f"byte-identical downloads: {self.identical}/{self.jobs} (must be all)",
            f"tasks no job knows: {self.orphan_tasks} (must be 0)",
            f"killed while: {kills}",
            f"unfinished: {len(self.unfinished)}, failed: {len(self.failed)} {self.failed[:3]}",
            "OK" if self.ok else "FAILED",
        ])  # fmt: skip


def noisy_video(seconds: float = 3.0) -> bytes:
    """A real MP4 of noise (about 2 MB: a download long enough to be killed half-way)."""
    buffer = io.BytesIO()
    noise = np.random.default_rng(1)
    with av.open(buffer, "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=24)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for n in range(int(seconds * 24)):
            pixels = noise.integers(0, 255, (240, 320, 3), dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(pixels, "rgb24")
            frame.pts = n
            box.mux(stream.encode(frame))
        box.mux(stream.encode(None))
    return buffer.getvalue()


SCRIPTED = [
    [Fault("create", created_then_error=True, code=5000)],
    [Fault("create", lost_after_create=True)],
    [Fault("create", data=[])],
    [Fault("download", expire=True)],
    [Fault("download", short_close=True)],
    [Fault("download", reset=True)],
    [Fault("download", slow=0.02)] * 3,
    [Fault("download", slow=0.02), Fault("download", reset=True)],
    [Fault("query", data=None)] * 2,
    [],
]


def _environment(home: Path, fake: FakeKling) -> dict[str, str]:
    return {
        **os.environ,
        "STORYBOARD_APP_HOME": str(home),
        "KLING_ACCESS_KEY": ACCESS_KEY,
        "KLING_SECRET_KEY": SECRET_KEY,
        "KLING_BASE_URL": fake.base_url,
        "STORYBOARD_APP_POLL": "0.05,0.1",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "storyboard_app", *args]


def _jobs(database: Path) -> dict[str, tuple[str, str | None]]:
    """Every job's status and output, read straight from the job database."""
    if not database.exists():
        return {}
    import json

    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT id, status, record FROM jobs").fetchall()
    return {job_id: (status, json.loads(record).get("output")) for job_id, status, record in rows}


def _run_killed(args: list[str], env: dict[str, str], after: float) -> None:
    """Run a command and kill -9 it ``after`` seconds in (if it is still running)."""
    with subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as process:  # fmt: skip
        try:
            process.wait(timeout=after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()


def _submit_killed(args: list[str], env: dict[str, str], rng: random.Random) -> None:
    """Run ``submit --wait`` and kill -9 it at a random moment once its job is queued
    (one time in ten while it is still starting)."""
    with subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:  # fmt: skip
        assert process.stdout is not None
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.2, 2.0))
        else:
            process.stdout.readline()  # the job's line: it is on the board
            time.sleep(rng.uniform(0.0, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()


def soak(trials: int = TRIALS, seed: int = 12) -> SoakResult:
    """Run the soak; the figures."""
    rng = random.Random(seed)
    result = SoakResult()
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="storyboard-soak-") as scratch,
        FakeKling(noisy_video(), 3.0, processing_queries=6) as fake,
    ):
        fake.state.random_faults = {"create": (0.1, 1302), "query": (0.1, 5000)}
        fake.state.rng = random.Random(seed)
        home = Path(scratch) / "home"
        env = _environment(home, fake)
        database = home / "data" / "jobs.sqlite3"
        for trial in range(trials):
            result.trials += 1
            fake.fault(*rng.choice(SCRIPTED))
            if rng.random() < 0.1:
                fake.outage(rng.uniform(0.5, 2.0), "query", html=rng.random() < 0.5)
            out = Path(scratch) / f"out-{trial}"
            before = set(_jobs(database))
            _submit_killed(
                _command("submit", str(DETECTIVE), "--wait", "--output", str(out)), env, rng
            )
            new = [j for j in _jobs(database) if j not in before]
            states = _jobs(database)
            result.killed_at[states[new[0]][0] if new else "starting"] += 1
            for _ in range(RESUMES):
                if all(states[j][0] in ("done", "failed", "cancelled") for j in new):
                    break
                result.resumes += 1
                if rng.random() < 0.2:  # two followers at once (the app and a command)
                    with subprocess.Popen(_command("jobs", "--resume"), cwd=ROOT, env=env,
                                          stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL) as other:  # fmt: skip
                        _run_killed(_command("jobs", "--resume"), env, 60)
                        other.wait(timeout=60)
                else:
                    _run_killed(_command("jobs", "--resume"), env,
                                rng.uniform(1.0, 4.0) if rng.random() < 0.3 else 60)  # fmt: skip
                states = _jobs(database)
            for job_id in new:
                status, output = states[job_id]
                result.jobs += 1
                result.tasks_per_job[fake.creates_for(job_id)] += 1
                if status == "failed":
                    result.failed.append(job_id)
                elif status != "done":
                    result.unfinished.append(job_id)
                elif output and Path(output).read_bytes() == fake.state.video:
                    result.identical += 1
        known = set(_jobs(database))
        result.orphan_tasks = sum(
            1 for task in fake.state.tasks.values() if task.external_id not in known
        )
    result.seconds = time.monotonic() - started
    return result


def main() -> None:
    """Print the figures (``TRIALS`` trials, or the number given on the command line)."""
    trials = int(sys.argv[-1]) if len(sys.argv) > 1 and sys.argv[-1].isdigit() else TRIALS
    outcome = soak(trials)
    print(outcome.report())
    if not outcome.ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
