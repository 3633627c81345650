"""The ``submit`` and ``jobs`` commands: renders by a service, followed through the job database."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import httpx

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import has_errors
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import (
    AlreadyRunning,
    Job,
    JobBoard,
    JobStatus,
    job_for_payload,
    new_job_id,
)
from storyboard_app.jobs.remote import KlingJobs, ShotByShotRefused, poll_policy
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.paths import element_store, jobs_database
from storyboard_app.providers.kling.account import default_base_url, load_credentials
from storyboard_app.providers.kling.auth import BaseUrlRefused, TokenSource, check_base_url
from storyboard_app.providers.kling.client import KlingClient
from storyboard_app.providers.kling.element_store import (
    READY,
    ElementStore,
    account_key,
    elements_in_folder,
    ensure_character,
)
from storyboard_app.providers.kling.elements import KlingElements
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.providers.kling.voices import KlingVoices
from storyboard_app.render.frames import video_duration
from storyboard_app.render.previs import render_previs
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import ProjectLoadError, load_project, render_file


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")


def _targets(args: argparse.Namespace) -> list[tuple[Project, Path, int]] | None:
    """Every (project, folder, storyboard index) asked for; None after printing problems."""
    targets = []
    clean = True
    for folder in args.projects:
        try:
            project = load_project(folder)
        except ProjectLoadError as error:
            _say(f"storyboard-app submit: {error}")
            return None
        wanted = args.storyboard or [str(n + 1) for n in range(len(project.storyboards))]
        for name in wanted:
            index = project.storyboard_index(name)
            if index is None:
                _say(f"{folder}: no storyboard “{name}”")
                return None
            if args.provider == "kling":
                problems = validate_storyboard(project, index, AssetStore(folder))
                for problem in problems:
                    _say(f"{folder}: {problem.format()}")
                clean = clean and not has_errors(problems)
            targets.append((project, folder, index))
    return targets if clean else None


def _kling(args: argparse.Namespace, board: JobBoard) -> KlingJobs | None:
    credentials, source = load_credentials()
    if credentials is None:
        _say(f"storyboard-app {args.command}: {source}.")
        return None
    try:
        base = check_base_url(args.base_url or default_base_url())
    except BaseUrlRefused as error:
        _say(f"storyboard-app {args.command}: {error}")
        return None
    http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=15.0))
    client = KlingClient(http, base, TokenSource(credentials))
    elements = elements_in_folder(
        ElementStore(element_store()), account_key(credentials.access_key), base
    )
    return KlingJobs(
        board, client, verify=video_duration, limit=args.limit, poll=poll_policy(),
        elements=elements,
    )  # fmt: skip


def elements(args: argparse.Namespace) -> int:
    """``storyboard-app elements``: make each pictured character a Kling element (§13), with
    their voice bound (§14), on the account and region in use; print each one's state."""
    try:
        project = load_project(args.project)
    except ProjectLoadError as error:
        _say(f"storyboard-app elements: {error}")
        return 1
    credentials, source = load_credentials()
    if credentials is None:
        _say(f"storyboard-app elements: {source}.")
        return 1
    try:
        base = check_base_url(args.base_url or default_base_url())
    except BaseUrlRefused as error:
        _say(f"storyboard-app elements: {error}")
        return 1
    store = ElementStore(element_store())
    account = account_key(credentials.access_key)
    folder: Path = args.project

    def read(path: str) -> bytes:
        return (folder / path).read_bytes()

    async def make() -> int:
        http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=15.0))
        client = KlingClient(http, base, TokenSource(credentials))
        failures = 0
        try:
            api, voices = KlingElements(client), KlingVoices(client)
            for character in project.characters:
                if not character.references:
                    continue
                made = await ensure_character(api, voices, store, account, base, character, read)
                element = f" element {made.element_id}" if made.element_id else ""
                units = f" ({made.units:g} units)" if made.units is not None else ""
                detail = f": {made.message}" if made.message else ""
                print(f"{character.name}: {made.state}{element}{units}{detail}")
                failures += made.state != READY
        except KlingError as error:
            _say(f"storyboard-app elements: {error}")
            return 1
        except (UncertainCreate, TimeoutError) as error:
            _say(
                f"storyboard-app elements: no clear answer from Kling ({error}); run it again: "
                "an element being made is looked up, not made twice."
            )
            return 1
        finally:
            await client.aclose()
        return 1 if failures else 0

    return asyncio.run(make())


def _line(job: Job) -> str:
    cost = f", est. {job.cost_units:g} units ≈ ${job.cost_usd:.2f}" if job.cost_usd else ""
    return f"{job.id}  {job.project_title} / {job.storyboard_name}  [{job.provider}{cost}]"


def _report(jobs: list[Job]) -> int:
    failed = False
    for job in jobs:
        if job.status is JobStatus.DONE:
            print(job.output)
        else:
            failed = True
            _say(f"{job.id} {job.status.value}: {job.message}")
    return 1 if failed else 0


def _local(targets: list[tuple[Project, Path, int]], output: Path | None, board: JobBoard) -> int:
    jobs = []
    for project, folder, index in targets:
        payload = compile_guidances(project, index)
        job_id = new_job_id()
        target = render_file(folder, payload.storyboard, "previs", job_id, output)
        job = board.add(job_for_payload(
            job_id, "local previs", payload, folder, output=target,
            status=JobStatus.RUNNING, started_at=time.time(), mode="720p",
        ))  # fmt: skip
        print(_line(job))
        try:
            result = render_previs(payload, folder, target, title_cards=True)
        except (OSError, ValueError) as error:
            jobs.append(board.update(job.id, status=JobStatus.FAILED, message=str(error),
                                     finished_at=time.time()))  # fmt: skip
            continue
        jobs.append(board.update(
            job.id, status=JobStatus.DONE, progress=1.0, finished_at=time.time(),
            actual_duration=result.duration, message="; ".join(result.log),
        ))  # fmt: skip
    return _report(jobs)


def submit(args: argparse.Namespace) -> int:
    """``storyboard-app submit``."""
    targets = _targets(args)
    if targets is None:
        _say("Nothing was submitted.")
        return 1
    store = SqliteJobStore(jobs_database())
    board = JobBoard(store)
    try:
        if args.provider == "local":
            return _local(targets, args.output, board)
        runner = _kling(args, board)
        if runner is None:
            return 1
        mode = Mode(args.mode) if args.mode else None
        jobs: list[Job] = []
        try:
            for p, f, i in targets:
                prepare = runner.prepare_shot_by_shot if args.shot_by_shot else runner.prepare
                jobs.append(prepare(p, f, i, mode, args.output, unless_running=not args.again))
        except (ShotByShotRefused, AlreadyRunning) as error:
            for job in jobs:  # none of this command's jobs is sent
                runner.cancel(job.id)
            _say(f"storyboard-app submit: {error}")
            if isinstance(error, AlreadyRunning):
                _say(
                    "Nothing was submitted. Follow the running job with `storyboard-app jobs "
                    "--resume`, or pass --again to pay for another render of it."
                )
            return 1
        for job in jobs:
            print(_line(job), flush=True)
        if not args.wait:
            _say("Queued. Follow them with: storyboard-app jobs --resume (or open the app).")
            return 0
        finished = asyncio.run(_run(runner, [job.id for job in jobs]))
        return _report(finished)
    finally:
        store.close()


async def _run(runner: KlingJobs, job_ids: list[str]) -> list[Job]:
    try:
        return await runner.run(job_ids)
    finally:
        await runner.client.aclose()


def jobs(args: argparse.Namespace) -> int:
    """``storyboard-app jobs``."""
    store = SqliteJobStore(jobs_database())
    board = JobBoard(store)
    try:
        if args.resume:
            args.limit = 5
            runner = _kling(args, board)
            if runner is None:
                return 1
            pending = board.unfinished("kling")
            _say(f"Resuming {len(pending)} unfinished Kling job(s).")
            finished = asyncio.run(_run(runner, [job.id for job in pending]))
            return _report(finished)
        shown = board.jobs() if args.all else [j for j in board.jobs() if not j.status.finished]
        for job in shown:
            elapsed = f"{job.elapsed():.0f}s"
            print(f"{job.id}  {job.status.value:<11} {elapsed:>6}  {job.provider:<12} "
                  f"{job.project_title} / {job.storyboard_name}  {job.message}")  # fmt: skip
        if not shown:
            _say("No jobs." if args.all else "No unfinished jobs (--all lists every job).")
        return 0
    finally:
        store.close()
