"""The Kling HTTP client (legacy standard) on httpx.AsyncClient.

Decisions follow the business ``code`` in the body, never the HTTP status alone (a 429 can
be a billing failure): 1302/1303/5000-5002 are retried with exponential backoff and full
jitter, honouring ``Retry-After``; 1003/1004 get a fresh token and one retry; everything
else is raised for the user. A create that timed out or lost its connection is never
re-sent blindly: :class:`UncertainCreate` tells the caller to look the task up by its
``external_task_id`` first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import ssl
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

with contextlib.suppress(ImportError):
    # httpx loads its async network backend (anyio's asyncio backend, ~30 modules, ~20 ms)
    # on the first request, which happens on the event loop: load it with this module, at
    # start-up, so the first submission does not stall the window.
    import anyio._backends._asyncio  # noqa: F401

from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO, TEXT2VIDEO, KlingRequest
from storyboard_app.providers.kling.auth import TokenSource
from storyboard_app.providers.kling.errors import (
    RENEW_TOKEN,
    RETRYABLE,
    KlingError,
    UncertainCreate,
)

Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")
ENDPOINTS = (TEXT2VIDEO, IMAGE2VIDEO, OMNI_VIDEO)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, starting at 1 s (the vendor's advice)."""

    attempts: int = 6
    base: float = 1.0
    cap: float = 30.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        jitter = rng.uniform(0, min(self.cap, self.base * 2**attempt))
        return max(jitter, retry_after or 0.0)


@dataclass(frozen=True)
class TaskInfo:
    """What the service says of a task."""

    task_id: str
    status: str
    message: str
    external_id: str | None
    video_url: str | None
    video_duration: float | None
    units: float | None

    @property
    def finished(self) -> bool:
        """Whether the task will not change any more."""
        return self.status in ("succeed", "failed")


def _task(data: dict[str, Any]) -> TaskInfo:
    videos = (data.get("task_result") or {}).get("videos") or []
    first = videos[0] if videos else {}
    units = data.get("final_unit_deduction")
    duration = first.get("duration")
    return TaskInfo(
        task_id=str(data.get("task_id", "")),
        status=str(data.get("task_status", "")),
        message=str(data.get("task_status_msg", "") or ""),
        external_id=(data.get("task_info") or {}).get("external_task_id"),
        video_url=first.get("url"),
        video_duration=float(duration) if duration not in (None, "") else None,
        units=float(units) if units not in (None, "") else None,
    )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def load_tls_context() -> Future[ssl.SSLContext]:
    """Start building the TLS context for HTTPS calls on a worker thread.

    Reading the CA bundle takes 30-70 ms; ``httpx.AsyncClient()`` would do it on the
    event loop each time a client is made (at a submission, or after the account changes).
    Built once at start-up off the GUI thread, every client then reuses it
    (``verify=future.result()``). Certificates are verified as httpx does by default
    (``SSL_CERT_FILE``/``SSL_CERT_DIR`` when set, else certifi's bundle).
    """
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tls-context")
    future = loader.submit(httpx.create_ssl_context)
    loader.shutdown(wait=False)  # the thread ends once the context is built
    return future


class KlingClient:
    """Talks to one Kling base URL with one account's tokens."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        tokens: TokenSource,
        retry: RetryPolicy = RetryPolicy(),
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._tokens = tokens
        self._retry = retry
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.retries = 0
        """How many retries this client has made (for the job log and benchmarks)."""
        # File work (fsync, opening videos) runs here, never on the event loop. An own pool
        # of plain threads: qasync's default executor uses QThreads that outlive the app.
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kling-files")

    async def file_work(self, work: Callable[..., T], *args: Any) -> T:
        """Run blocking file work on the client's worker thread."""
        return await asyncio.get_running_loop().run_in_executor(self._files, work, *args)

    async def _call(
        self,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        creates: bool = False,
    ) -> Any:
        renewed = False
        attempt = 0
        while True:
            headers = {"Authorization": f"Bearer {self._tokens.token()}"}
            try:
                response = await self._http.request(
                    method, self._base + path, json=body, params=params, headers=headers
                )
            except (httpx.TimeoutException, httpx.TransportError) as error:
                if creates:
                    raise UncertainCreate(str(error) or type(error).__name__) from None
                if attempt + 1 >= self._retry.attempts:
                    raise KlingError(None, f"no answer from Kling: {error}") from None
                await self._wait(attempt, None)
                attempt += 1
                continue
            try:
                answer = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                answer = None
            if not isinstance(answer, dict):
                problem = KlingError(
                    None, f"Kling answered HTTP {response.status_code} with unreadable content",
                    response.status_code,
                )  # fmt: skip
                if response.status_code >= 500 and attempt + 1 < self._retry.attempts:
                    if creates:
                        raise UncertainCreate(problem.service_message)
                    await self._wait(attempt, _retry_after(response))
                    attempt += 1
                    continue
                if creates and response.status_code >= 500:
                    raise UncertainCreate(problem.service_message)
                raise problem
            code = answer.get("code")
            if code == 0:
                return answer.get("data")
            message = str(answer.get("message", ""))
            if code in RENEW_TOKEN and not renewed:
                self._tokens.invalidate()
                renewed = True
                continue
            if code in RETRYABLE and attempt + 1 < self._retry.attempts:
                await self._wait(attempt, _retry_after(response))
                attempt += 1
                continue
            raise KlingError(code if isinstance(code, int) else None, message, response.status_code)

    async def request(
        self, method: str, path: str, *, body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None, creates: bool = False,
    ) -> Any:  # fmt: skip
        """One call with this client's tokens and retries; the ``data`` of the answer.

        For the other legacy APIs (elements, voices: :mod:`..elements`, :mod:`..voices`).
        """
        return await self._call(method, path, body=body, params=params, creates=creates)

    async def _wait(self, attempt: int, retry_after: float | None) -> None:
        self.retries += 1
        await self._sleep(self._retry.delay(attempt, retry_after, self._rng))

    async def create(self, request: KlingRequest, read: Callable[[str], bytes]) -> TaskInfo:
        """Submit a request (image bytes read and encoded now); the new task."""
        body = request.wire_body(read)
        data = await self._call("POST", request.endpoint, body=body, creates=True)
        return _task(data)

    async def query(self, endpoint: str, task_id: str) -> TaskInfo:
        """The current state of a task, by task id or external task id."""
        return _task(await self._call("GET", f"{endpoint}/{task_id}"))

    async def find(self, endpoint: str, external_id: str) -> TaskInfo | None:
        """The task created with ``external_id``, or None if the service has none."""
        try:
            return await self.query(endpoint, external_id)
        except KlingError as error:
            if error.code in (1201, 1203) or error.http_status == 404:
                return None
            raise

    async def list_tasks(self, page_size: int = 1) -> list[TaskInfo]:
        """The newest tasks (a cheap authenticated call, used by "Test connection")."""
        data = await self._call("GET", TEXT2VIDEO, params={"pageNum": 1, "pageSize": page_size})
        return [_task(item) for item in (data or [])]

    async def aclose(self) -> None:
        """Close the HTTP connections and the file worker."""
        await self._http.aclose()
        self._files.shutdown(wait=True)

    async def download(
        self, url: str, target: Path, check: Callable[[Path], float] | None = None
    ) -> Path:
        """Stream ``url`` to ``target`` via ``target.part``, resuming after a drop.

        ``check`` (e.g. opening the file with PyAV) runs on the finished file before it is
        renamed into place; if it raises, the part file is removed.
        """
        part = target.with_name(target.name + ".part")
        target.parent.mkdir(parents=True, exist_ok=True)
        attempt = 0
        while True:
            have = part.stat().st_size if part.exists() else 0
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                async with self._http.stream("GET", url, headers=headers) as response:
                    if response.status_code == 416:  # nothing left to fetch
                        break
                    if response.status_code not in (200, 206):
                        raise KlingError(
                            None, f"download answered HTTP {response.status_code}",
                            response.status_code,
                        )  # fmt: skip
                    mode = "ab" if response.status_code == 206 and have else "wb"
                    with part.open(mode) as stream:
                        async for chunk in response.aiter_bytes(1 << 16):
                            stream.write(chunk)
                        stream.flush()
                        # fsync can take long on a busy disk: never on the event loop.
                        await self.file_work(os.fsync, stream.fileno())
                break
            except (httpx.TransportError, httpx.TimeoutException) as error:
                if attempt + 1 >= self._retry.attempts:
                    raise KlingError(None, f"download kept failing: {error}") from None
                await self._wait(attempt, None)
                attempt += 1
        if check is not None:
            try:
                await self.file_work(check, part)  # opening a video is file work
            except Exception:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
                raise
        os.replace(part, target)
        return target
