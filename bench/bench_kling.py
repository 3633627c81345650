"""100 storyboards through the Kling job runner, against the fake service on loopback.

A limit of 5 running tasks (the service also refuses a sixth with 1303), random 1303 on
creates and 5000 on status queries, a durable SQLite job board, on the qasync event loop
of a Qt application, as in the app. Figures: all finished, duplicate remote tasks, wall
time, retries, peak memory, and the longest stall of the event loop (a 5 ms Qt timer; target
under 50 ms). Baseline for the stall: the tick interval itself. As in the app, the
start-up heap is frozen before the load (``freeze_startup_heap``) and HTTPS clients reuse a
TLS context built off the loop; the garbage collector's full passes are timed too.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import resource
import tempfile
import time
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
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.client import KlingClient, RetryPolicy, load_tls_context
from storyboard_app.providers.kling.provider import KlingProvider
from storyboard_app.render.frames import video_duration
from tests.core.test_kling import make_video
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling

COUNT = 100
LIMIT = 5
TICK_MS = 5
TARGET_STALL_MS = 50.0


def project(count: int) -> Project:
    """``count`` one-shot storyboards of 5 s."""
    boards = tuple(
        Storyboard(name=f"Board {n:03d}",
                   shots=(Shot(id=f"shot-{n}", subject=f"Scene {n}", duration=5),))
        for n in range(count)
    )  # fmt: skip
    return Project(title="Bench", storyboards=boards)


class CollectorTimer:
    """Durations of the garbage collector's full (generation 2) passes."""

    def __init__(self) -> None:
        self.full_passes: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif info["generation"] == 2:
            self.full_passes.append((time.perf_counter() - self._started) * 1000)


def timed_full_collection() -> float:
    """Milliseconds of one full garbage-collection pass, the worst pause it can cause."""
    started = time.perf_counter()
    gc.collect()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    """Print the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with (
        tempfile.TemporaryDirectory(prefix="storyboard-bench-") as scratch,
        FakeKling(make_video(2.0), 2.0, processing_queries=3) as fake,
    ):
        fake.state.running_limit = LIMIT
        fake.state.random_faults = {"create": (0.15, 1303), "query": (0.05, 5000)}
        folder = Path(scratch)
        board = JobBoard(SqliteJobStore(folder / "jobs.sqlite3"))
        stalls: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(lambda: stalls.append(float(clock.restart())))
        collector = CollectorTimer()

        async def run() -> tuple[list[JobStatus], float, int]:
            tls = await asyncio.wrap_future(load_tls_context())
            async with httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(10.0)) as http:
                client = KlingClient(
                    http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)),
                    RetryPolicy(attempts=8, base=0.05, cap=0.5), rng=random.Random(3),
                )  # fmt: skip
                runner = ProviderJobs(board, KlingProvider(client), video_duration, limit=LIMIT,
                                   poll=PollPolicy(first=0.05, most=0.2))  # fmt: skip
                plan = project(COUNT)
                ids = [runner.prepare(plan, folder, n).id for n in range(COUNT)]
                freeze_startup_heap()
                gc.callbacks.append(collector)
                clock.start()
                ticker.start()
                await asyncio.sleep(0.1)  # the meter ticks steadily before the load starts
                stalls.clear()
                start = time.perf_counter()
                jobs = await runner.run(ids)
                elapsed = time.perf_counter() - start
                ticker.stop()
                gc.callbacks.remove(collector)
                return [job.status for job in jobs], elapsed, client.retries

        statuses, elapsed, retries = qasync.run(run())
        done = sum(status is JobStatus.DONE for status in statuses)
        externals = [task.external_id for task in fake.state.tasks.values()]
        duplicates = len(externals) - len(set(externals))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        longest = max(stalls) if stalls else 0.0
        print(f"{COUNT} storyboards, limit {LIMIT} running tasks, random faults injected: "
              f"{fake.state.injected} (1303 on creates, 5000 on queries)")  # fmt: skip
        print(f"finished: {done} of {COUNT} done in {elapsed:.1f} s, {retries} retries")
        print(f"remote tasks: {len(externals)}, duplicates: {duplicates}")
        print(f"peak running on the service: {fake.state.peak_running} (limit {LIMIT})")
        print(f"peak memory (max RSS of the process): {peak_mb:.0f} MB")
        print(f"longest event-loop stall: {longest:.0f} ms (tick every {TICK_MS} ms; ratio to "
              f"the tick {longest / TICK_MS:.1f}x)")  # fmt: skip
        slow = sorted(stalls)[-5:]
        where = [index for index, gap in enumerate(stalls) if gap > 20]
        print(f"long gaps at ticks {where} of {len(stalls)}")
        print(f"five longest gaps: {', '.join(f'{gap:.0f}' for gap in slow)} ms; "
              f"gaps over 20 ms: {sum(gap > 20 for gap in stalls)} of {len(stalls)}")  # fmt: skip
        passes = collector.full_passes
        frozen = gc.get_freeze_count()
        frozen_pass = timed_full_collection()
        gc.unfreeze()
        whole_pass = timed_full_collection()
        print(f"full garbage collections during the run: {len(passes)}, longest "
              f"{max(passes, default=0.0):.1f} ms")  # fmt: skip
        print(f"one full collection after the run: {frozen_pass:.1f} ms with the {frozen} "
              f"start-up objects frozen (as the app does), {whole_pass:.1f} ms without "
              f"({whole_pass / max(frozen_pass, 0.01):.0f}x)")  # fmt: skip
        print(f"target stall under {TARGET_STALL_MS:g} ms: "
              f"{'met' if longest < TARGET_STALL_MS else 'NOT met'}")  # fmt: skip
    assert app is not None
