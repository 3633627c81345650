"""Kling in the app: account settings, submitting, following, on the qasync event loop.

Network work runs as asyncio tasks on the Qt event loop (qasync) with httpx.AsyncClient, so
the window never waits for the service, and every check ends (an address that never answers
is reported after ``check_seconds``). Keys come from the environment or the keychain, or,
on a computer without a keychain, from the account dialog for as long as the app runs; they
live only in memory here. What the user reads is said in plain words (no variable names,
exception classes or endpoints).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.domain.models import Project
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import Job, JobBoard, JobStatus
from storyboard_app.jobs.remote import PollPolicy, ProviderJobs, in_mode
from storyboard_app.paths import element_store
from storyboard_app.providers.kling.account import (
    default_base_url,
    load_credentials,
    no_keychain_reason,
    save_credentials,
)
from storyboard_app.providers.kling.auth import (
    BEIJING,
    SINGAPORE,
    BaseUrlRefused,
    Credentials,
    TokenSource,
    check_base_url,
)
from storyboard_app.providers.kling.element_store import (
    ElementStore,
    account_key,
    elements_in_folder,
)
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.port import ServiceError

# httpx, the keychain and PyAV load at the first Kling call (or just after the window
# shows, see ``prepare``), so they do not delay the window's first paint.

REGIONS = {"Singapore": SINGAPORE, "Beijing": BEIJING}
SESSION = "session"
NO_KEYS = str(
    QT_TRANSLATE_NOOP(
        "KlingService",
        "No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key.",
    )
)
NO_KEYCHAIN = str(
    QT_TRANSLATE_NOOP(
        "KlingService",
        "No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key. "
        "This computer has no keychain to keep them in, so the app can use them until it closes.",
    )
)
KEYS_FROM = {
    "environment": str(
        QT_TRANSLATE_NOOP("KlingService", "Using the Kling keys set up for this computer.")
    ),
    "keychain": str(
        QT_TRANSLATE_NOOP("KlingService", "Using the Kling keys kept in this computer's keychain.")
    ),
    SESSION: str(
        QT_TRANSLATE_NOOP("KlingService", "Using the keys you entered, until the app closes.")
    ),
}


class KeysNotKept(Exception):
    """The settings were saved but the keys could not be kept (no keychain); plain words."""


def check_address(url: str) -> str:
    """The service address without a trailing slash; raises BaseUrlRefused, in plain words,
    for one that is not a usable address (no host, a port that is not a number, plain http
    to another computer)."""
    base = check_base_url(url)
    try:
        _port = urlsplit(base).port  # reading it is the check
    except ValueError:
        raise BaseUrlRefused(
            QCoreApplication.translate(
                "KlingService",
                "“{address}” is not a valid address: the port after “:” must be a number "
                "from 1 to 65535.",
            ).format(address=url.strip())
        ) from None
    return base


@dataclass(frozen=True)
class AccountSettings:
    """Where and how much: the non-secret half of the account (kept in QSettings)."""

    base_url: str
    limit: int


class KlingService(QObject):
    """Submits and follows Kling jobs for every window.

    Signals:
        finished(str): a Kling job ended (done, failed or cancelled): its id.
        problem(str): something the user should know (no keys, a lost connection).
        prepared(): the keys are known (read off the GUI thread once the window painted).
    """

    finished = Signal(str)
    problem = Signal(str)
    prepared = Signal()
    _keys_read = Signal(object)
    """The keychain's answer, carried from the worker that asked to the GUI thread."""

    def __init__(
        self,
        board: JobBoard,
        settings: QSettings,
        poll: PollPolicy,
        credentials: Callable[[], tuple[Credentials | None, str]] = load_credentials,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self._settings = settings
        self._poll = poll
        self._credentials = credentials
        self._session: Credentials | None = None
        self._kept: tuple[Credentials | None, str] | None = None
        """The keys the environment or keychain gave, asked once (see ``prepare``)."""
        self.keep_keys: Callable[[Credentials], None] = save_credentials
        """Keeps keys in the keychain (raises KeyringError without one)."""
        self.check_seconds = 20.0
        """How long a connection check waits for an answer."""
        self._runner: ProviderJobs | None = None
        self._runner_key: tuple[str, int, str] | None = None
        """The account's name in the element store, once looked up ('' without keys)."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._tls: Future[ssl.SSLContext] | None = None
        self._keys_read.connect(self._take_keys)
        board.listen(self._job_changed)

    def prepare(self) -> None:
        """Read the keys, load httpx and build the TLS context, off the GUI thread.

        Called once the window shows, so none of it delays its first paint or blocks the
        window: the keychain's backends take ~0.2 s to load, and asking a desktop keychain
        goes over D-Bus (a locked one may wait for the user to unlock it). ``prepared``
        is emitted on the GUI thread once the keys are known.
        """
        if self._tls is None:
            from storyboard_app.providers.tls import load_tls_context

            self._tls = load_tls_context()
            asking = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keychain")
            keys = asking.submit(self._credentials)
            keys.add_done_callback(self._keys_read.emit)
            asking.shutdown(wait=False)  # the thread ends once the keychain has answered

    def _take_keys(self, answer: Future[tuple[Credentials | None, str]]) -> None:
        try:
            kept = answer.result()
        except Exception as error:  # a keychain backend failing in a way it does not say
            kept = (None, str(error) or type(error).__name__)
        if self._kept is None:  # keys saved meanwhile are newer than this answer
            self._kept = kept
        self.prepared.emit()

    @property
    def is_prepared(self) -> bool:
        """Whether the keys are known (before :meth:`prepare` has read them, the window
        does not ask the keychain)."""
        return self._kept is not None or self._session is not None

    def account(self) -> AccountSettings:
        """The saved region or base URL and the concurrency limit."""
        url = str(self._settings.value("kling/base_url", default_base_url()))
        limit = int(self._settings.value("kling/limit", 5))  # type: ignore[call-overload]
        return AccountSettings(url, limit)

    def save_account(self, account: AccountSettings, credentials: Credentials | None) -> str:
        """Keep the settings (and the keys in the keychain); returns a note for the user.

        Raises BaseUrlRefused for an unusable address (nothing is saved) and KeysNotKept when
        the settings were saved but there is no keychain for the keys.
        """
        check_address(account.base_url)
        self._settings.setValue("kling/base_url", account.base_url)
        self._settings.setValue("kling/limit", account.limit)
        self._runner = None  # rebuilt with the new settings
        if credentials is None:
            return self.tr("Saved.")
        from keyring.errors import KeyringError

        try:
            self.keep_keys(credentials)
        except KeyringError:
            raise KeysNotKept(
                self.tr(
                    "Your settings are saved, but this computer has no keychain to keep the "
                    "keys in. The app can use them until it closes; you will enter them again "
                    "next time."
                )
            ) from None
        self._kept = self._credentials()  # the environment's keys, if set, still come first
        return self.tr("Saved; the keys are in this computer's keychain.")

    def use_keys_until_closed(self, credentials: Credentials) -> None:
        """Use these keys for this run of the app only (kept in memory, never written)."""
        self._session = credentials
        self._runner = None

    def _keys(self) -> tuple[Credentials | None, str]:
        if self._session is not None:
            return self._session, SESSION
        if self._kept is None:  # asked before ``prepare`` has read them: asked here, once
            self._kept = self._credentials()
        return self._kept

    def credentials_now(self) -> Credentials | None:
        """The keys in use, if any."""
        return self._keys()[0]

    def has_keys(self) -> tuple[bool, str]:
        """Whether keys are available, and a sentence saying from where (or why not)."""
        credentials, source = self._keys()
        if credentials is not None:
            known = KEYS_FROM.get(source)
            return True, self.tr(known) if known else self.tr("Using your Kling keys.")
        return False, self.tr(NO_KEYCHAIN if source == no_keychain_reason() else NO_KEYS)

    def _runner_for_now(self) -> ProviderJobs:
        credentials, _source = self._keys()
        if credentials is None:
            raise KlingError(None, self.has_keys()[1])
        account = self.account()
        base = check_address(account.base_url)
        key = (base, account.limit, credentials.access_key)
        if self._runner is None or self._runner_key != key:
            import httpx

            from storyboard_app.providers.kling.client import KlingClient
            from storyboard_app.providers.kling.provider import KlingProvider
            from storyboard_app.render.frames import video_duration

            http = httpx.AsyncClient(
                verify=self._tls_context(), timeout=httpx.Timeout(60.0, connect=15.0)
            )
            client = KlingClient(http, base, TokenSource(credentials))
            store, account_id = ElementStore(element_store()), account_key(credentials.access_key)
            provider = KlingProvider(client, elements_in_folder(store, account_id, base))
            self._runner = ProviderJobs(
                self.board, provider, video_duration, limit=account.limit, poll=self._poll
            )
            self._runner_key = key
        return self._runner

    def _tls_context(self) -> ssl.SSLContext:
        """The TLS context every client shares (built at start-up off the GUI thread)."""
        self.prepare()
        assert self._tls is not None
        try:
            return self._tls.result()
        except OSError as error:  # SSL_CERT_FILE names a missing or broken bundle, say
            raise KlingError(
                None,
                self.tr(
                    "secure connections cannot be set up: the certificate authorities could "
                    "not be read ({error})"
                ).format(error=error),
            ) from error

    async def test_connection(self, base_url: str, credentials: Credentials) -> str:
        """One cheap authenticated call; a sentence saying how it went."""
        try:
            base = check_address(base_url)
        except BaseUrlRefused as error:
            return str(error)
        try:
            tls = self._tls_context()
        except KlingError as error:
            return self.tr("Not connected: {reason}").format(reason=error)
        import httpx

        from storyboard_app.providers.kling.client import KlingClient

        wait = self.check_seconds
        async with httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(wait)) as http:
            client = KlingClient(http, base, TokenSource(credentials))
            try:
                await asyncio.wait_for(client.list_tasks(page_size=1), wait)
            except TimeoutError:
                return self.tr("Not connected: no answer from {address} in {seconds} s.").format(
                    address=base, seconds=f"{wait:g}"
                )
            except KlingError as error:
                return self.tr("Not connected: {reason}").format(reason=error)
            except (httpx.HTTPError, OSError) as error:
                return self.tr("Not connected: {address} cannot be reached ({reason}).").format(
                    address=base, reason=error or self.tr("no answer")
                )
        return self.tr("Connected to {address}: your account answers.").format(address=base)

    def submit(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        mode: Mode | None = None,
        shot_by_shot: bool = False,
    ) -> Job:
        """Queue a storyboard and start following it; raises KlingError without keys."""
        runner = self._runner_for_now()
        prepare = runner.prepare_shot_by_shot if shot_by_shot else runner.prepare
        # AlreadyRunning when the storyboard has an unfinished job: never paid twice unasked.
        job = prepare(project, folder, board_index, mode, unless_running=True)
        self._start(runner, [job.id])
        return job

    def retry(self, job_id: str, mode: Mode | None = None) -> Job:
        """Send a job's payload again as a new job (optionally in another mode)."""
        old = self.board.get(job_id)
        payload = GuidancesPayload.model_validate(old.payload)
        if mode is not None:
            payload = in_mode(payload, mode)
        runner = self._runner_for_now()
        output = old.output.parent if old.output else None
        job = runner.prepare_payload(payload, old.folder, old.snapshot, output)
        self._start(runner, [job.id])
        return job

    def render_again(self, payload: dict[str, object], folder: Path, mode: Mode) -> Job:
        """Send a take's request again in another mode (prototype in std, finish in pro)."""
        runner = self._runner_for_now()
        again = in_mode(GuidancesPayload.model_validate(payload), mode)
        job = runner.prepare_payload(again, folder)
        self._start(runner, [job.id])
        return job

    def resume(self) -> int:
        """Follow every unfinished Kling job (at start-up); how many there were."""
        pending = self.board.unfinished("kling")
        if not pending:
            return 0
        try:
            runner = self._runner_for_now()
        except (KlingError, BaseUrlRefused) as error:
            waiting = (
                self.tr("{n} Kling job waits to be resumed: {reason}")
                if len(pending) == 1
                else self.tr("{n} Kling jobs wait to be resumed: {reason}")
            )
            self.problem.emit(waiting.format(n=len(pending), reason=error))
            return len(pending)
        self._start(runner, [job.id for job in pending])
        return len(pending)

    def cancel(self, job_id: str) -> Job:
        """Stop following a job (a queued one is never sent)."""
        if self._runner is not None:
            return self._runner.cancel(job_id)
        return self.board.update(job_id, status=JobStatus.CANCELLED, message=self.tr("cancelled"))

    def send_again(self, job_id: str) -> Job:
        """Send a job that waits for the user's word again (the user accepted that it may
        charge twice); raises KlingError without keys."""
        runner = self._runner_for_now()
        job = runner.resend_after_warning(job_id)
        self._start(runner, [job.id])
        return job

    def _start(self, runner: ProviderJobs, job_ids: list[str]) -> None:
        task = asyncio.ensure_future(self._run(runner, job_ids))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, runner: ProviderJobs, job_ids: list[str]) -> None:
        try:
            await runner.run(job_ids)
        except (KlingError, ServiceError, OSError) as error:
            self.problem.emit(self.tr("Kling jobs stopped: {reason}").format(reason=error))

    def _job_changed(self, job: Job) -> None:
        if job.provider == "kling" and job.status.finished and job.parent is None:
            self.finished.emit(job.id)

    async def aclose(self) -> None:
        """Stop following (jobs stay in the database and resume at the next start)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._runner is not None:
            await self._runner.aclose()
