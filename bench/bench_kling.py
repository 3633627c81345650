"""100 storyboards through the Kling job runner, against the fake service on loopback.

A limit of 5 running tasks (the service also refuses a sixth with 1303), random 1303 on
creates and 5000 on status queries, a durable SQLite job board, on the qasync event loop
of a Qt application, as in the app. Figures: all finished, duplicate remote tasks, wall
time, retries, peak memory, and the longest stall of the event loop (a 5 ms Qt timer; target
under 50 ms). Baseline for the stall: the tick interval itself.
"""

from __future__ import annotations

import asyncio
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

from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.jobs.board import JobBoard, JobStatus
from storyboard_app.jobs.remote import KlingJobs, PollPolicy
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.client import KlingClient, RetryPolicy
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

        async def run() -> tuple[list[JobStatus], float, int]:
            async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as http:
                client = KlingClient(
                    http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)),
                    RetryPolicy(attempts=8, base=0.05, cap=0.5), rng=random.Random(3),
                )  # fmt: skip
                runner = KlingJobs(board, client, video_duration, limit=LIMIT,
                                   poll=PollPolicy(first=0.05, most=0.2))  # fmt: skip
                plan = project(COUNT)
                ids = [runner.prepare(plan, folder, n).id for n in range(COUNT)]
                clock.start()
                ticker.start()
                await asyncio.sleep(0.1)  # the meter ticks steadily before the load starts
                stalls.clear()
                start = time.perf_counter()
                jobs = await runner.run(ids)
                elapsed = time.perf_counter() - start
                ticker.stop()
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
        print(f"target stall under {TARGET_STALL_MS:g} ms: "
              f"{'met' if longest < TARGET_STALL_MS else 'NOT met'}")  # fmt: skip
    assert app is not None
