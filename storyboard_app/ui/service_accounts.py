"""The app's accounts with every video service: keys, connection checks, one provider each.

Kling's account stays with :class:`KlingService` (its two keys, region and limit); every
key-based service of the registry (``providers/registry.py``: fal.ai, Replicate, …) has one
key, from its environment variable (``FAL_KEY``, ``REPLICATE_API_TOKEN``, which override),
the keychain, or, on a computer without a keychain, what the user typed for as long as the
app runs. Keys live only in memory here and in the keychain; never in
projects, settings, logs or the job database.

Each service's :class:`VideoProvider` is built once per key and reused; a submission to
a key-based service goes to a runner built once per provider by ``runners`` (the
provider-neutral job runner: see :class:`ProviderRunner`).
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.domain.models import Project
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import _
from storyboard_app.jobs.board import Job, JobBoard, JobStatus
from storyboard_app.providers import registry
from storyboard_app.providers.keys import (
    ENVIRONMENT,
    KEYCHAIN,
    NO_KEYCHAIN,
    KeyNotKept,
    KeySlot,
    load_key,
    save_key,
)
from storyboard_app.providers.kling.account import ACCESS_VARIABLE, SECRET_VARIABLE
from storyboard_app.providers.port import ServiceError, VideoProvider
from storyboard_app.ui.kling_service import KeysNotKept, KlingService

if TYPE_CHECKING:
    import httpx

LOCAL = "local previs"
KLING = registry.KLING
SERVICE_NAMES = {
    LOCAL: str(QT_TRANSLATE_NOOP("ServiceAccounts", "Local previs")),
    KLING: str(QT_TRANSLATE_NOOP("ServiceAccounts", "Kling")),
}
"""The names for people of the services without an entry (Kling is 可灵 in Chinese); the
registry's services are written as they write themselves (their ``title``)."""
RECORDED_AS = {"local": LOCAL}
"""Other words job and take records use for a service (a take's ``service`` says ``local``)."""
SESSION = "session"


def all_services() -> tuple[str, ...]:
    """Every way a storyboard can be rendered, in the order the submit dialog offers them:
    the local previs, Kling, then each service of the registry."""
    return (LOCAL, KLING, *registry.names())


def service_name(service: str) -> str:
    """A service's name for people; an unknown one as recorded."""
    from PySide6.QtCore import QCoreApplication

    known = SERVICE_NAMES.get(RECORDED_AS.get(service, service))
    if known:
        return QCoreApplication.translate("ServiceAccounts", known)
    try:
        return registry.entry(service).title
    except KeyError:
        return service


@dataclass(frozen=True)
class Origins:
    """Where each key-based service is reached: a base URL given for a service (by its
    name) replaces all of its origins, for proxies and tests; the others keep their own."""

    given: Mapping[str, str] = field(default_factory=dict)

    def of(self, service: str) -> Mapping[str, str]:
        """The origins of one service."""
        return registry.entry(service).at(self.given.get(service))


@dataclass(frozen=True)
class KeyStatus:
    """Whether a service has a key, and a sentence saying from where (or why not)."""

    has_key: bool
    text: str
    from_environment: bool = False


class ProviderRunner(Protocol):
    """Runs jobs through one provider: today's ``KlingJobs`` methods, provider-neutral.

    The job layer's ``ProviderJobs`` has these methods (:func:`provider_jobs` builds it).
    ``prepare`` raises ``AlreadyRunning`` (the storyboard has an unfinished job) or a
    ``ValueError`` whose message says, in plain words, why the request cannot be sent.
    """

    def prepare(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
        unless_running: bool = False,
    ) -> Job: ...

    def prepare_payload(
        self,
        payload: GuidancesPayload,
        folder: Path,
        snapshot: dict[str, Any] | None = None,
        output_dir: Path | None = None,
        parent: str | None = None,
        unless_running: bool = False,
    ) -> Job: ...

    def prepare_shot_by_shot(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        output_dir: Path | None = None,
        unless_running: bool = False,
    ) -> Job: ...

    def cancel(self, job_id: str) -> Job: ...

    async def run(self, job_ids: list[str]) -> list[Job]: ...

    async def resume(self) -> list[Job]: ...

    def resend_after_warning(self, job_id: str) -> Job: ...


RunnerFactory = Callable[[VideoProvider, JobBoard], ProviderRunner]


def provider_jobs(provider: VideoProvider, board: JobBoard) -> ProviderRunner:
    """The job runner for a service: the provider-neutral ``ProviderJobs`` (jobs/remote.py),
    which records each create durably and reconciles before ever sending twice."""
    from storyboard_app.jobs.remote import ProviderJobs, poll_policy
    from storyboard_app.render.frames import video_duration  # PyAV: at the first submission

    return ProviderJobs(board, provider, video_duration, poll=poll_policy())


_NO_KEYCHAIN = str(
    QT_TRANSLATE_NOOP(
        "ServiceAccounts",
        "This computer has no keychain to keep it in, so the app can use it until it closes.",
    )
)
_KEY_FROM = {
    ENVIRONMENT: str(
        QT_TRANSLATE_NOOP(
            "ServiceAccounts",
            "Using the key set for this computer in {variable}; it is used instead of a key "
            "saved here.",
        )
    ),
    KEYCHAIN: str(
        QT_TRANSLATE_NOOP("ServiceAccounts", "Using the key kept in this computer's keychain.")
    ),
    SESSION: str(
        QT_TRANSLATE_NOOP("ServiceAccounts", "Using the key you entered, until the app closes.")
    ),
}


class ServiceAccounts(QObject):
    """Keys, checks and providers for the registry's services, beside Kling's own service.

    Signals:
        changed(str): a service's key changed (its name).
        problem(str): something the user should know (a runner stopped, jobs wait).
        finished(str): a job of a registry service ended (done, failed or cancelled): its id.
    """

    changed = Signal(str)
    problem = Signal(str)
    finished = Signal(str)

    def __init__(
        self,
        kling: KlingService,
        origins: Origins = Origins(),
        load: Callable[[KeySlot], tuple[str | None, str]] = load_key,
        keep: Callable[[KeySlot, str], None] = save_key,
        runners: RunnerFactory = provider_jobs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kling = kling
        self.board = kling.board
        self.origins = origins
        self._load = load
        self._keep = keep
        self.runners = runners
        """Builds the job runner for a provider (tests may give a double)."""
        self.check_seconds = 20.0
        """How long a connection check waits for an answer."""
        self._session: dict[str, str] = {}
        self._loaded: dict[str, tuple[str | None, str]] = {}
        self._providers: dict[str, tuple[str, VideoProvider]] = {}
        self._runners: dict[int, ProviderRunner] = {}
        self._http: httpx.AsyncClient | None = None
        self._tls: Future[ssl.SSLContext] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.board.listen(self._job_changed)

    def _job_changed(self, job: Job) -> None:
        if job.provider in registry.names() and job.status.finished and job.parent is None:
            self.finished.emit(job.id)

    # -- keys ------------------------------------------------------------------------

    def _key(self, service: str) -> tuple[str | None, str]:
        if service in self._session:
            return self._session[service], SESSION
        if service not in self._loaded:  # the keychain is asked once, not at every repaint
            self._loaded[service] = self._load(registry.entry(service).key)
        return self._loaded[service]

    def key(self, service: str) -> str | None:
        """The key in use for a registry service, if any."""
        return self._key(service)[0]

    def key_status(self, service: str) -> KeyStatus:
        """Whether the service can be used now, and a sentence saying why (or why not)."""
        if service == LOCAL:
            return KeyStatus(True, self.tr("No account needed."))
        if service == KLING:
            has, text = self.kling.has_keys()
            variables = (os.environ.get(ACCESS_VARIABLE), os.environ.get(SECRET_VARIABLE))
            return KeyStatus(has, text, all(variables))
        key, source = self._key(service)
        if key:
            text = self.tr(_KEY_FROM[source]).format(variable=registry.entry(service).key.variable)
            return KeyStatus(True, text, source == ENVIRONMENT)
        text = _(registry.entry(service).no_key)
        if source == NO_KEYCHAIN or source.startswith("keychain failed"):
            text += " " + self.tr(_NO_KEYCHAIN)
        return KeyStatus(False, text)

    def save_key(self, service: str, key: str) -> str:
        """Keep the key in the keychain; a note for the user. Raises KeysNotKept without one
        (the typed key is not lost: the page offers it for this run of the app)."""
        key = key.strip()
        try:
            self._keep(registry.entry(service).key, key)
        except KeyNotKept:
            raise KeysNotKept(
                self.tr(
                    "This computer has no keychain to keep the key in. The app can use it "
                    "until it closes; you will enter it again next time."
                )
            ) from None
        self._loaded[service] = (key, KEYCHAIN)
        self._session.pop(service, None)
        self.changed.emit(service)
        return self.tr("Saved; the key is in this computer's keychain.")

    def use_key_until_closed(self, service: str, key: str) -> None:
        """Use this key for this run of the app only (kept in memory, never written)."""
        self._session[service] = key.strip()
        self.changed.emit(service)

    # -- connections -----------------------------------------------------------------

    def prepare(self) -> None:
        """Start building the TLS context off the GUI thread (before the first call)."""
        if self._tls is None:
            from storyboard_app.providers.tls import load_tls_context  # httpx: on the worker

            self._tls = load_tls_context()

    def _client(self, timeout: float) -> httpx.AsyncClient:
        import httpx

        self.prepare()
        assert self._tls is not None
        return httpx.AsyncClient(verify=self._tls.result(), timeout=httpx.Timeout(timeout))

    async def test_connection(self, service: str, key: str) -> str:
        """One cheap authenticated read (nothing is charged); a sentence saying how it went."""
        name = service_name(service)
        wait = self.check_seconds
        try:
            async with self._client(wait + 5) as http:  # the wait below ends it first
                work = registry.entry(service).check_connection(http, key, self.origins.of(service))
                found = await asyncio.wait_for(work, wait)
        except TimeoutError:
            return self.tr("Not connected: no answer from {service} in {seconds} s.").format(
                service=name, seconds=f"{wait:g}"
            )
        except ServiceError as error:
            return self.tr("Not connected: {reason}").format(reason=plain_error(error))
        except OSError as error:  # the CA bundle named by SSL_CERT_FILE cannot be read
            return self.tr("Not connected: secure connections cannot be set up ({error}).").format(
                error=error
            )
        if found.balance_hidden:
            return self.tr(
                "Connected: {service} accepts this key. It may not show the account's "
                "balance (a key for running models only)."
            ).format(service=name)
        account = found.account or name
        if found.balance is not None:
            return self.tr("Connected to {service} as {account}; credit left: {balance}.").format(
                service=name, account=account, balance=found.balance
            )
        return self.tr("Connected to {service} as {account}.").format(service=name, account=account)

    # -- providers and runners -------------------------------------------------------

    def _http_client(self) -> httpx.AsyncClient:
        if self._http is None:
            import httpx

            self.prepare()
            assert self._tls is not None
            self._http = httpx.AsyncClient(
                verify=self._tls.result(), timeout=httpx.Timeout(60.0, connect=15.0)
            )
        return self._http

    def _build(self, service: str, key: str) -> VideoProvider:
        return registry.entry(service).make_provider(
            self._http_client(), key, self.origins.of(service), False
        )

    def provider(self, service: str) -> VideoProvider:
        """The service's provider with the key in use, built once per key.

        Raises NoKey (in plain words) when the service has no key."""
        key = self.key(service)
        if not key:
            raise NoKey(self.key_status(service).text)
        built = self._providers.get(service)
        if built is None or built[0] != key:
            built = (key, self._build(service, key))
            self._providers[service] = built
        return built[1]

    def runner(self, service: str) -> ProviderRunner:
        """The job runner of the service's provider, built once per provider."""
        provider = self.provider(service)
        found = self._runners.get(id(provider))
        if found is None:
            found = self.runners(provider, self.board)
            self._runners[id(provider)] = found
        return found

    def submit(
        self,
        service: str,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        shot_by_shot: bool = False,
    ) -> Job:
        """Queue a storyboard on a registry service and start following it.

        Raises NoKey, or what the runner raises (AlreadyRunning: never paid twice
        unasked)."""
        runner = self.runner(service)
        prepare = runner.prepare_shot_by_shot if shot_by_shot else runner.prepare
        job = prepare(project, folder, board_index, mode, unless_running=True)
        self._start(service, runner, [job.id])
        return job

    def cancel(self, job_id: str) -> Job:
        """Stop a registry service's job: a queued one is never sent; a sent one is asked to
        stop on the service where it allows it. Without the service's key it is no longer
        followed here, and the job says that the service was not asked."""
        job = self.board.get(job_id)
        try:
            return self.runner(job.provider).cancel(job_id)
        except NoKey:
            message = (
                self.tr("cancelled")
                if job.remote_id is None
                else self.tr("no longer followed; {service} was not asked to stop (no key)")
            )
            return self.board.update(
                job_id,
                status=JobStatus.CANCELLED,
                message=message.format(service=service_name(job.provider)),
            )

    def _runner_or_say(self, service: str) -> ProviderRunner | None:
        """The service's runner; without its key ``problem`` says why not (None)."""
        try:
            return self.runner(service)
        except NoKey as error:
            self.problem.emit(str(error))
            return None

    def send_again(self, job_id: str) -> Job:
        """Send a job that waits for the user's word again (the user accepted that it may
        charge twice), and follow it; without the service's key ``problem`` says why not."""
        job = self.board.get(job_id)
        runner = self._runner_or_say(job.provider)
        if runner is None:
            return job
        job = runner.resend_after_warning(job_id)
        self._start(job.provider, runner, [job.id])
        return job

    def retry(self, job_id: str) -> Job | None:
        """Send a failed or cancelled job's request again, unchanged, as a new job, and
        follow it; without the service's key ``problem`` says why not (None)."""
        old = self.board.get(job_id)
        runner = self._runner_or_say(old.provider)
        if runner is None:
            return None
        output = old.output.parent if old.output else None
        payload = GuidancesPayload.model_validate(old.payload)
        job = runner.prepare_payload(payload, old.folder, old.snapshot, output)
        self._start(old.provider, runner, [job.id])
        return job

    def resume(self) -> int:
        """Follow every unfinished job of the registry's services (at start-up); how many.

        A service without a key leaves its jobs waiting in the job
        database, and ``problem`` says so: they are never dropped."""
        count = 0
        for service in registry.names():
            pending = [job.id for job in self.board.unfinished(service) if job.parent is None]
            if not pending:
                continue
            count += len(pending)
            try:
                runner = self.runner(service)
            except NoKey as error:
                self.problem.emit(
                    self.tr("{n} {service} job(s) wait to be resumed: {reason}").format(
                        n=len(pending), service=service_name(service), reason=error
                    )
                )
                continue
            self._start(service, runner, pending)
        return count

    def _start(self, service: str, runner: ProviderRunner, job_ids: list[str]) -> None:
        task = asyncio.ensure_future(self._run(service, runner, job_ids))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, service: str, runner: ProviderRunner, job_ids: list[str]) -> None:
        try:
            await runner.run(job_ids)
        except (ServiceError, OSError) as error:
            self.problem.emit(
                self.tr("{service} jobs stopped: {reason}").format(
                    service=service_name(service), reason=error
                )
            )

    async def aclose(self) -> None:
        """Stop following (jobs stay in the database) and close the connections."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
            self._http = None


class NoKey(Exception):
    """The service has no key; the message says where to add one."""


_KIND_WORDS = {
    "auth": str(
        QT_TRANSLATE_NOOP("ServiceAccounts", "{service} did not accept the key. Check it here.")
    ),
    "billing": str(
        QT_TRANSLATE_NOOP(
            "ServiceAccounts",
            "{service} refused for billing reasons: add credit or a payment method on the "
            "service's website.",
        )
    ),
    "moderation": str(
        QT_TRANSLATE_NOOP("ServiceAccounts", "{service}'s content check blocked the request.")
    ),
    "rate-limit": str(
        QT_TRANSLATE_NOOP(
            "ServiceAccounts",
            "{service} is limiting how fast requests may be sent; try again in a minute.",
        )
    ),
    "server": str(
        QT_TRANSLATE_NOOP("ServiceAccounts", "{service} had a server problem; try again later.")
    ),
    "network": str(
        QT_TRANSLATE_NOOP(
            "ServiceAccounts", "{service} cannot be reached: check the internet connection."
        )
    ),
}


def plain_error(error: ServiceError) -> str:
    """A service's refusal in the window's language, with the service's own words."""
    from PySide6.QtCore import QCoreApplication

    name = service_name(error.service)
    known = _KIND_WORDS.get(error.kind.value)
    if known is None:
        return error.explain()
    text = QCoreApplication.translate("ServiceAccounts", known).format(service=name)
    if error.service_message:
        status = f", HTTP {error.http_status}" if error.http_status else ""
        text += f" ({name}: {error.service_message}{status})"
    return text


def accounts_for(kling: KlingService) -> ServiceAccounts:
    """The app's one ServiceAccounts, kept beside its KlingService (built at first use).

    Until the window's Services carry a ServiceAccounts, this finds (or makes) the one
    that lives as a child of the app's Kling service, so every window shares its keys.
    """
    found = kling.findChild(ServiceAccounts)
    if isinstance(found, ServiceAccounts):
        return found
    return ServiceAccounts(kling, parent=kling)
