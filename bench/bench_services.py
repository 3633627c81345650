"""100 storyboards through ProviderJobs on fal.ai or Replicate, against their fakes on loopback.

``./run bench fal`` and ``./run bench replicate``. As in the app: a durable SQLite job
board, at most 5 tasks running, on the qasync event loop of a Qt application, HTTPS
clients built with a TLS context made off the loop. Faults are scripted before the load
(each used by the first matching request): 429 with Retry-After and a lost reply on
creates (Replicate also a 502 with garbage before the prediction is made, which its
listing proves ABSENT), 5xx and garbage on status queries, a reset half-way through
downloads. Figures: jobs done, lost (not done), waiting for the user's word, duplicate
remote tasks (two tasks made from one job's request), wall time, retries, peak memory and
the longest event-loop stall (a 5 ms Qt timer; target under 50 ms). Baseline for the
stall: the tick interval itself.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
import qasync
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from storyboard_app.app import freeze_startup_heap
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.jobs.board import JobBoard, JobStatus
from storyboard_app.jobs.remote import PollPolicy, ProviderJobs
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.providers.fal.client import FalProvider
from storyboard_app.providers.kling.client import load_tls_context
from storyboard_app.providers.port import VideoProvider
from storyboard_app.providers.replicate.client import ReplicateProvider
from storyboard_app.providers.transfer import Backoff
from storyboard_app.render.frames import video_duration
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.http_fake import Fault, RunningFake
from tests.fakes.media import make_video
from tests.fakes.replicate_server import TOKEN, FakeReplicate

COUNT = 100
LIMIT = 5
TICK_MS = 5
TARGET_STALL_MS = 50.0
BACKOFF = Backoff(attempts=8, base=0.05, cap=0.5)


def project(count: int) -> Project:
    """``count`` one-shot storyboards of 5 s, each with its own words (its own request)."""
    boards = tuple(
        Storyboard(name=f"Board {n:03d}",
                   shots=(Shot(id=f"shot-{n}", subject=f"Scene {n}", duration=5),))
        for n in range(count)
    )  # fmt: skip
    return Project(title="Bench", storyboards=boards)


def faults(service: str) -> list[Fault]:
    """The misbehaviour scripted for one run (each fault is met once)."""
    scripted = [
        *[Fault("create", 429, headers={"Retry-After": "0.05"}) for _ in range(10)],
        *[Fault("create", lost_after_create=True) for _ in range(5)],
        *[Fault("status", 503) for _ in range(10)],
        *[Fault("status", 500, malformed=True) for _ in range(5)],
        *[Fault("download", reset=True) for _ in range(5)],
    ]
    if service == "replicate":
        scripted += [Fault("create", 502, malformed=True) for _ in range(3)]
    else:
        scripted += [Fault("result", 502) for _ in range(5)]
    return scripted


def provider_for(service: str, fake: RunningFake, http: httpx.AsyncClient) -> VideoProvider:
    if service == "fal":
        return FalProvider(http, FAL_KEY, fake.base_url, fake.base_url, BACKOFF,
                           rng=random.Random(3))  # fmt: skip
    return ReplicateProvider(http, TOKEN, fake.base_url, backoff=BACKOFF, rng=random.Random(3))


def remote_inputs(service: str, fake: RunningFake) -> list[str]:
    """Every task the fake made, by the input it was made from."""
    if isinstance(fake, FakeFal):
        return [json.dumps(r.body, sort_keys=True) for r in fake.state.queue.values()]
    assert isinstance(fake, FakeReplicate)
    return [json.dumps(p.input, sort_keys=True) for p in fake.state.predictions]


def run_bench(service: str) -> None:
    """Print the figures for one service."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    fake_type = FakeFal if service == "fal" else FakeReplicate
    with (
        tempfile.TemporaryDirectory(prefix="storyboard-bench-") as scratch,
        fake_type(make_video(2.0), processing_polls=3) as fake,
    ):
        scripted = faults(service)
        fake.fault(*scripted)
        folder = Path(scratch)
        board = JobBoard(SqliteJobStore(folder / "jobs.sqlite3"))
        stalls: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(lambda: stalls.append(float(clock.restart())))

        async def run() -> tuple[list[JobStatus], float, int]:
            tls = await asyncio.wrap_future(load_tls_context())
            async with httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(10.0)) as http:
                provider = provider_for(service, fake, http)
                runner = ProviderJobs(board, provider, video_duration, limit=LIMIT,
                                      poll=PollPolicy(first=0.05, most=0.2))  # fmt: skip
                plan = project(COUNT)
                ids = [runner.prepare(plan, folder, n).id for n in range(COUNT)]
                freeze_startup_heap()
                clock.start()
                ticker.start()
                await asyncio.sleep(0.1)  # the meter ticks steadily before the load starts
                stalls.clear()
                start = time.perf_counter()
                jobs = await runner.run(ids)
                elapsed = time.perf_counter() - start
                ticker.stop()
                await runner.aclose()
                return [job.status for job in jobs], elapsed, int(getattr(provider, "retries", 0))

        statuses, elapsed, retries = qasync.run(run())
        done = sum(status is JobStatus.DONE for status in statuses)
        waiting = sum(status is JobStatus.NEEDS_WORD for status in statuses)
        inputs = remote_inputs(service, fake)
        duplicates = sum(count - 1 for count in Counter(inputs).values())
        remote_ids = [job.remote_id for job in board.jobs() if job.remote_id]
        shared = len(remote_ids) - len(set(remote_ids))
        videos = [job.output for job in board.jobs() if job.output and job.output.exists()]
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        longest = max(stalls) if stalls else 0.0
        met = len(scripted) - len(fake.state.faults)
        print(f"{service}: {COUNT} storyboards, limit {LIMIT} running tasks, {met} of "
              f"{len(scripted)} scripted faults met (429 and lost replies on creates, 5xx and "
              f"garbage on status, resets mid-download)")  # fmt: skip
        print(f"finished: {done} of {COUNT} done in {elapsed:.1f} s, {retries} retries; "
              f"lost (not done): {COUNT - done}, waiting for the word: {waiting}")  # fmt: skip
        print(f"remote tasks: {len(inputs)}, duplicates: {duplicates}; jobs sharing a task: "
              f"{shared}; videos on disk: {len(videos)}")  # fmt: skip
        print(f"peak memory (max RSS of the process): {peak_mb:.0f} MB")
        print(f"longest event-loop stall: {longest:.0f} ms (baseline: the {TICK_MS} ms tick; "
              f"ratio {longest / TICK_MS:.1f}x)")  # fmt: skip
        slow = sorted(stalls)[-5:]
        print(f"five longest gaps: {', '.join(f'{gap:.0f}' for gap in slow)} ms; "
              f"gaps over 20 ms: {sum(gap > 20 for gap in stalls)} of {len(stalls)}")  # fmt: skip
        print(f"target stall under {TARGET_STALL_MS:g} ms: "
              f"{'met' if longest < TARGET_STALL_MS else 'NOT met'}; 0 duplicates: "
              f"{'met' if duplicates == 0 and shared == 0 else 'NOT met'}; 0 lost: "
              f"{'met' if done == COUNT else 'NOT met'}")  # fmt: skip
        gc.collect()
    assert app is not None


def main_fal() -> None:
    """``./run bench fal``."""
    run_bench("fal")


def main_replicate() -> None:
    """``./run bench replicate``."""
    run_bench("replicate")
