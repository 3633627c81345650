"""The ``submit`` and ``jobs`` commands: renders by a service, followed through the job database.

A service is Kling's own API or a service of the registry (fal.ai, Replicate, …; each an
adapter behind the provider port, driven by :class:`~storyboard_app.jobs.remote.ProviderJobs`),
or the local previs renderer. ``--base-url`` replaces the chosen service's origin (``https://queue.fal.run``,
``https://api.replicate.com``, Kling's regional host); the paths after it are the
service's own. Keys come from the environment (``FAL_KEY``, ``REPLICATE_API_TOKEN``,
``KLING_ACCESS_KEY``/``KLING_SECRET_KEY``) or the keychain, and are never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.props import Prop, storyboard_props
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import has_errors
from storyboard_app.domain.vocabulary import ImageRole, Mode
from storyboard_app.i18n import _
from storyboard_app.jobs.board import (
    AlreadyRunning,
    Job,
    JobBoard,
    JobStatus,
    job_for_payload,
    new_job_id,
)
from storyboard_app.jobs.remote import (
    NotWaitingForWord,
    ProviderJobs,
    RequestRefused,
    ShotByShotRefused,
    poll_policy,
)
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.jobs.takes import record_take
from storyboard_app.paths import element_store, jobs_database
from storyboard_app.providers import registry
from storyboard_app.providers.keys import load_key
from storyboard_app.providers.kling.account import default_base_url, load_credentials
from storyboard_app.providers.kling.auth import (
    BaseUrlRefused,
    Credentials,
    TokenSource,
    check_base_url,
)
from storyboard_app.providers.kling.client import KlingClient
from storyboard_app.providers.kling.element_store import (
    CREATING,
    FAILED,
    NOT_POSSIBLE,
    OUTDATED,
    READY,
    ElementStore,
    StoredElement,
    account_key,
    digest_by_reading,
    element_cost,
    elements_in_folder,
    ensure_character,
    ensure_prop,
    prop_state,
)
from storyboard_app.providers.kling.elements import PICTURES_MAX, PICTURES_MIN, KlingElements
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.providers.kling.voices import KlingVoices
from storyboard_app.providers.port import VideoProvider
from storyboard_app.render.frames import video_duration
from storyboard_app.render.previs import render_previs
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import ProjectLoadError, load_project, render_file
from storyboard_app.storage.takes import TakeStore

LOCAL = "local"
LOCAL_PROVIDER = "local previs"
"""How local renders are named in the job database."""


def remote_services() -> tuple[str, ...]:
    """The remote services ``--provider`` names: Kling, then every service of the registry
    (``local`` is the previs renderer)."""
    return registry.remote_names()


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")


def _service_key(service: str) -> tuple[str | None, str]:
    """A registry service's key (its variable, then the keychain the app's Accounts dialog
    shares), or None and a sentence saying how to give one."""
    slot = registry.entry(service).key
    kept, _source = load_key(slot)  # no keychain or a broken one: say what to do
    if kept:
        return kept, ""
    return None, _("no {service} key: set {variable}, or enter it in the app's accounts").format(
        service=service, variable=slot.variable
    )


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
                _say(_("{folder}: no storyboard “{name}”").format(folder=folder, name=name))
                return None
            if args.provider != LOCAL:
                problems = validate_storyboard(project, index, AssetStore(folder))
                for problem in problems:
                    _say(f"{folder}: {problem.format()}")
                clean = clean and not has_errors(problems)
            targets.append((project, folder, index))
    return targets if clean else None


@dataclass
class Runner:
    """One service's job runner and the HTTP connections it uses."""

    jobs: ProviderJobs
    http: httpx.AsyncClient

    async def run(self, job_ids: list[str]) -> list[Job]:
        try:
            return await self.jobs.run(job_ids)
        finally:
            await self.jobs.aclose()
            await self.http.aclose()


def _provider(
    service: str, base_url: str | None, allow_upload: bool, http: httpx.AsyncClient
) -> VideoProvider | str:
    """The service's adapter with its keys, or a sentence saying why there is none.

    ``base_url`` (already checked) replaces the service's origin; None: its own.
    """
    if service == registry.KLING:
        credentials, source = load_credentials()
        if credentials is None:
            return source
        from storyboard_app.providers.kling.provider import KlingProvider

        base = base_url or check_base_url(default_base_url())
        client = KlingClient(http, base, TokenSource(credentials))
        elements = elements_in_folder(
            ElementStore(element_store()), account_key(credentials.access_key), base
        )
        return KlingProvider(client, elements)
    key, why = _service_key(service)
    if key is None:
        return why
    entry = registry.entry(service)  # a base URL given replaces all of its origins
    return entry.make_provider(http, key, entry.at(base_url), allow_upload)


def _runner(
    service: str, args: argparse.Namespace, board: JobBoard, base_url: str | None
) -> Runner | None:
    """A runner for ``service`` (None after saying why there cannot be one)."""
    try:
        base = check_base_url(base_url) if base_url else None
    except BaseUrlRefused as error:
        _say(f"storyboard-app {args.command}: {error}")
        return None
    http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=15.0))
    try:
        provider = _provider(service, base, getattr(args, "allow_upload", False), http)
    except BaseUrlRefused as error:
        provider = str(error)
    if isinstance(provider, str):
        asyncio.run(http.aclose())
        _say(f"storyboard-app {args.command}: " + _("{reason}.").format(reason=provider))
        return None
    limit = getattr(args, "limit", 5)
    return Runner(ProviderJobs(board, provider, video_duration, limit=limit, poll=poll_policy()),
                  http)  # fmt: skip


@dataclass(frozen=True)
class KlingAccount:
    """A project and the Kling account and region its elements are made on."""

    project: Project
    folder: Path
    credentials: Credentials
    base: str
    store: ElementStore
    account: str

    def read(self, path: str) -> bytes:
        """A file of the project by its path in it."""
        return (self.folder / path).read_bytes()

    def client(self) -> KlingClient:
        """A client of the account (close it with ``aclose``)."""
        http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=15.0))
        return KlingClient(http, self.base, TokenSource(self.credentials))


def _kling_account(args: argparse.Namespace) -> KlingAccount | None:
    """The project and the account in use (keys from the environment or the keychain),
    or None after saying why there is none."""
    try:
        project = load_project(args.project)
    except ProjectLoadError as error:
        _say(f"storyboard-app elements: {error}")
        return None
    credentials, source = load_credentials()
    if credentials is None:
        _say("storyboard-app elements: " + _("{reason}.").format(reason=source))
        return None
    try:
        base = check_base_url(args.base_url or default_base_url())
    except BaseUrlRefused as error:
        _say(f"storyboard-app elements: {error}")
        return None
    store = ElementStore(element_store())
    return KlingAccount(
        project, args.project, credentials, base, store, account_key(credentials.access_key)
    )


async def _poll_sleep(seconds: float) -> None:
    """Between queries of a creation task: as asked, or sooner with ``STORYBOARD_APP_POLL``."""
    await asyncio.sleep(min(seconds, poll_policy().first))


def _unclear(error: Exception) -> None:
    _say(
        _(
            "storyboard-app elements: no clear answer from Kling ({error}); run it again: "
            "an element being made is looked up, not made twice."
        ).format(error=error)
    )


def elements(args: argparse.Namespace) -> int:
    """``storyboard-app elements``: make each pictured character a Kling element (§13), with
    their voice bound (§14), on the account and region in use; print each one's state.
    With ``--props``: the storyboards' products and places (:func:`props`)."""
    kling = _kling_account(args)
    if kling is None:
        return 1
    if args.props:
        return props(kling, args.storyboard or [], args.make)

    async def make(client: KlingClient) -> int:
        failures = 0
        api, voices = KlingElements(client, _poll_sleep), KlingVoices(client, _poll_sleep)
        for character in kling.project.characters:
            if not character.references:
                continue
            try:
                made = await ensure_character(
                    api, voices, kling.store, kling.account, kling.base, character, kling.read
                )
            except KlingError as error:
                _say(f"storyboard-app elements: {error}")
                return 1
            element = f" element {made.element_id}" if made.element_id else ""
            units = f" ({made.units:g} units)" if made.units is not None else ""
            detail = f": {made.message}" if made.message else ""
            print(f"{character.name}: {made.state}{element}{units}{detail}")
            failures += made.state != READY
        return 1 if failures else 0

    return asyncio.run(_with_client(kling, make))


def _storyboard_props(
    project: Project, wanted: list[str]
) -> list[tuple[int, tuple[Prop, ...]]] | None:
    """The named storyboards' (all when none is named) products and places; None after
    saying which storyboard does not exist."""
    indices = []
    for name in wanted:
        index = project.storyboard_index(name)
        if index is None:
            _say(_("storyboard-app elements: no storyboard “{name}”").format(name=name))
            return None
        indices.append(index)
    return [
        (index, storyboard_props(project.storyboards[index]))
        for index in indices or range(len(project.storyboards))
    ]


def prop_words(state: str, stored: StoredElement | None, prop: Prop) -> str:
    """Where a product's or place's element stands, in words for the command line."""
    count = len(prop.pictures)
    if state == NOT_POSSIBLE and count < PICTURES_MIN:
        return _(
            "not possible: only 1 picture of it in the storyboard's shots; an element is made "
            "from 2–4 (the first from the front): give it more pictures with the same name"
        )
    if state == NOT_POSSIBLE:
        return _(
            "not possible: {count} pictures of it in the storyboard's shots; an element takes "
            "at most 4: remove some, or give some another name"
        ).format(count=count)
    if state == READY and stored is not None:
        cost = element_cost(stored)
        made = _("ready: element {id}").format(id=stored.element_id)
        return _("{made} ({cost})").format(made=made, cost=cost) if cost else made
    if state == FAILED and stored is not None:
        reason = stored.message or _("no reason given")
        if not stored.task_id:  # refused when asked: no task was made
            return _("failed, nothing was paid: {reason}").format(reason=reason)
        return _("failed: {reason}").format(reason=reason)
    return {
        CREATING: _(
            "being made at Kling, not followed now: --make follows it (it is not made twice)"
        ),
        OUTDATED: _("out of date: its pictures changed since it was made; --make makes it again"),
    }.get(state, _("not sent yet (make it with --make)"))


def _prop_line(kling: KlingAccount, prop: Prop) -> tuple[str, str]:
    """A prop's line (its name, kind, shots and element) and its state."""
    state, stored = prop_state(
        kling.store, kling.account, kling.base, prop, digest_by_reading(kling.read)
    )
    kind = _("product") if prop.role == ImageRole.PRODUCT else _("place")
    where = (
        _("1 picture, in shot {shots}")
        if len(prop.pictures) == 1 and len(prop.shots) == 1
        else _("{count} pictures, in shots {shots}")
    ).format(count=len(prop.pictures), shots=", ".join(str(n) for n in prop.shots))
    line = _("{name} ({kind}, {where}): {state}").format(
        name=prop.label, kind=kind, where=where, state=prop_words(state, stored, prop)
    )
    return line, state


def props(kling: KlingAccount, storyboards: list[str], make: list[str] | None) -> int:
    """``storyboard-app elements PROJECT --props [--make [NAME ...]]``: each storyboard's
    named products and places with where their elements stand on the account in use;
    with ``--make``, those named (all when none is) are made or followed, by the same code
    as the window's Make (``ensure_prop``: the external id is stored before the create is
    sent, so a lost answer is looked up, never paid twice; a refusal is kept as failed)."""
    found = _storyboard_props(kling.project, storyboards)
    if found is None:
        return 1
    names = {" ".join(name.split()).casefold() for name in make or []}
    known = {" ".join(p.label.split()).casefold() for _index, board in found for p in board}
    unknown = sorted(names - known)
    if unknown:
        _say(
            _("storyboard-app elements: no product or place named {names}").format(
                names=", ".join(f"“{name}”" for name in unknown)
            )
        )
        return 1
    if make is None:
        for index, board in found:
            _board_heading(kling.project, index, board)
            for prop in board:
                print("  " + _prop_line(kling, prop)[0])
        return 0
    try:
        return asyncio.run(_make_props(kling, found, names))
    except KeyboardInterrupt:
        _say(
            _(
                "Stopped following. Kling may still finish what it was making; run --make "
                "again to follow it (it is not made twice)."
            )
        )
        return 130


def _board_heading(project: Project, index: int, board: tuple[Prop, ...]) -> None:
    name = project.storyboards[index].name
    print(_("Storyboard {number} “{name}”:").format(number=index + 1, name=name))
    if not board:
        print("  " + _("no named products or places"))


async def _with_client(kling: KlingAccount, work: Callable[[KlingClient], Awaitable[int]]) -> int:
    """``work`` with a client of the account, closed after; an unclear answer (a lost
    create, a task followed too long) ends it with what to do."""
    client = kling.client()
    try:
        return await work(client)
    except (UncertainCreate, TimeoutError) as error:
        _unclear(error)
        return 1
    finally:
        await client.aclose()


async def _make_props(
    kling: KlingAccount, found: list[tuple[int, tuple[Prop, ...]]], names: set[str]
) -> int:
    async def make(client: KlingClient) -> int:
        api = KlingElements(client, _poll_sleep)
        done: set[str] = set()
        failures = 0
        for index, board in found:
            chosen = [
                p for p in board
                if (not names or " ".join(p.label.split()).casefold() in names)
                and p.key not in done
            ]  # fmt: skip
            if not chosen:
                continue
            _board_heading(kling.project, index, board)
            for prop in chosen:
                done.add(prop.key)  # the same thing in a later storyboard is not made again
                said = ""
                if PICTURES_MIN <= len(prop.pictures) <= PICTURES_MAX:
                    try:
                        await ensure_prop(
                            api, kling.store, kling.account, kling.base, prop, kling.read
                        )
                    except KlingError as error:  # a refusal is kept as failed, with why
                        said = str(error)
                line, state = _prop_line(kling, prop)
                if said and state != FAILED:  # Kling refused a query: the task stays followed
                    line = _("{line}; {error}").format(line=line, error=said)
                print("  " + line, flush=True)
                failures += state != READY
        return 1 if failures else 0

    return await _with_client(kling, make)


def _line(job: Job) -> str:
    cost = ""
    if job.cost_usd is not None and job.cost_units is not None:
        cost = _(", est. {units} units ≈ ${usd}").format(
            units=f"{job.cost_units:g}", usd=f"{job.cost_usd:.2f}"
        )
    elif job.cost_usd is not None:
        cost = _(", est. ${usd}").format(usd=f"{job.cost_usd:.2f}")
    return f"{job.id}  {job.project_title} / {job.storyboard_name}  [{job.provider}{cost}]"


def _record_takes(jobs: list[Job]) -> None:
    """Each finished render inside its project becomes a take there (once)."""
    for job in jobs:
        if job.status is JobStatus.DONE:
            record_take(TakeStore(job.folder), job)


def _report(jobs: list[Job]) -> int:
    _record_takes(jobs)
    failed = False
    for job in jobs:
        if job.status is JobStatus.DONE:
            print(job.output)
        else:
            failed = True
            _say(f"{job.id} {job.status.value}: {job.message}")
            if job.status is JobStatus.NEEDS_WORD:
                _say(_(
                    "To send it again, knowing it may charge twice: storyboard-app jobs "
                    "--send-again {job} --accept-double-charge"
                ).format(job=job.id))  # fmt: skip
    return 1 if failed else 0


def _local(targets: list[tuple[Project, Path, int]], output: Path | None, board: JobBoard) -> int:
    jobs = []
    for project, folder, index in targets:
        payload = compile_guidances(project, index)
        job_id = new_job_id()
        target = render_file(folder, payload.storyboard, "previs", job_id, output)
        job = board.add(job_for_payload(
            job_id, LOCAL_PROVIDER, payload, folder, output=target,
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
        _say(_("Nothing was submitted."))
        return 1
    store = SqliteJobStore(jobs_database())
    board = JobBoard(store)
    try:
        if args.provider == LOCAL:
            return _local(targets, args.output, board)
        runner = _runner(args.provider, args, board, args.base_url)
        if runner is None:
            return 1
        mode = Mode(args.mode) if args.mode else None
        jobs: list[Job] = []
        try:
            for p, f, i in targets:
                prepare = (
                    runner.jobs.prepare_shot_by_shot if args.shot_by_shot else runner.jobs.prepare
                )
                jobs.append(prepare(p, f, i, mode, args.output, unless_running=not args.again))
        except (ShotByShotRefused, AlreadyRunning, RequestRefused) as error:
            for job in jobs:  # none of this command's jobs is sent
                runner.jobs.cancel(job.id)
            asyncio.run(runner.http.aclose())
            _say(f"storyboard-app submit: {error}")
            if isinstance(error, AlreadyRunning):
                _say(_(
                    "Nothing was submitted. Follow the running job with `storyboard-app jobs "
                    "--resume`, or pass --again to pay for another render of it."
                ))  # fmt: skip
            else:
                _say(_("Nothing was submitted."))
            return 1
        for job in jobs:
            print(_line(job), flush=True)
        if not args.wait:
            asyncio.run(runner.http.aclose())
            _say(_("Queued. Follow them with: storyboard-app jobs --resume (or open the app)."))
            return 0
        finished = asyncio.run(runner.run([job.id for job in jobs]))
        return _report(finished)
    finally:
        store.close()


def _resume(args: argparse.Namespace, board: JobBoard) -> int:
    """Follow every unfinished remote job (of one service with --provider) to its end."""
    services = [args.provider] if args.provider else list(remote_services())
    finished: list[Job] = []
    waiting = False
    for service in services:
        pending = [job.id for job in board.unfinished(service)]
        if not pending and service != registry.KLING:
            continue
        _say(_("Resuming {n} unfinished {service} job(s).").format(n=len(pending), service=service))
        if not pending:
            continue
        base = args.base_url if (args.provider or registry.KLING) == service else None
        runner = _runner(service, args, board, base)
        if runner is None:
            waiting = True
            continue
        finished += asyncio.run(runner.run(pending))
    return max(_report(finished), 1 if waiting else 0)


def _send_again(args: argparse.Namespace, board: JobBoard) -> int:
    """Send a job that waits for the user's word again, on that word."""
    try:
        job = board.get(args.send_again)
    except KeyError:
        _say(_("storyboard-app jobs: no job {job}").format(job=args.send_again))
        return 1
    if job.status is not JobStatus.NEEDS_WORD:
        _say(_("storyboard-app jobs: {job} is {status}: only a job waiting for your word is sent "
               "again.").format(job=job.id, status=job.status.value))  # fmt: skip
        return 1
    if not args.accept_double_charge:
        _say(f"{job.id}: {job.message}")
        _say(_(
            "Nothing was sent. If {service} did receive it, sending it again renders it twice "
            "and may charge twice. To send it anyway, add --accept-double-charge."
        ).format(service=job.provider))  # fmt: skip
        return 1
    runner = _runner(job.provider, args, board, args.base_url)
    if runner is None:
        return 1
    try:
        runner.jobs.resend_after_warning(job.id)
    except NotWaitingForWord as error:
        asyncio.run(runner.http.aclose())
        _say(f"storyboard-app jobs: {error}")
        return 1
    print(_line(board.get(job.id)), flush=True)
    return _report(asyncio.run(runner.run([job.id])))


def jobs(args: argparse.Namespace) -> int:
    """``storyboard-app jobs``."""
    store = SqliteJobStore(jobs_database())
    board = JobBoard(store)
    try:
        if args.send_again:
            return _send_again(args, board)
        if args.resume:
            return _resume(args, board)
        shown = board.jobs() if args.all else [j for j in board.jobs() if not j.status.finished]
        for job in shown:
            elapsed = f"{job.elapsed():.0f}s"
            print(f"{job.id}  {job.status.value:<11} {elapsed:>6}  {job.provider:<12} "
                  f"{job.project_title} / {job.storyboard_name}  {job.message}")  # fmt: skip
        if not shown:
            _say(_("No jobs.") if args.all else _("No unfinished jobs (--all lists every job)."))
        return 0
    finally:
        store.close()
