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
import math
import os
import random
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO, TEXT2VIDEO, KlingRequest
from storyboard_app.providers.kling.auth import TokenSource
from storyboard_app.providers.kling.errors import (
    RENEW_TOKEN,
    RETRYABLE,
    SERVER_TROUBLE,
    DeadLink,
    KlingError,
    UncertainCreate,
    UnplayableDownload,
)
from storyboard_app.providers.tls import load_tls_context as load_tls_context
from storyboard_app.providers.tls import with_backend

with_backend()  # the first submission, on the event loop, does not load it then

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


def _number(value: object) -> float | None:
    """A number the service sent as a number or a numeric string; None for anything else."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _task(data: object) -> TaskInfo:
    """The task in an answer's ``data``; a KlingError (no code) when it names no task.

    Every field is checked: the service (or a proxy in front of it) can send ``null``, a
    list or words where a value should be, and that must read as "no value", not crash.
    """
    if not isinstance(data, dict):
        shown = "nothing" if data is None else f"a {type(data).__name__}"
        raise KlingError(None, f"Kling answered with {shown} where the task should be")
    task_id = _text(data.get("task_id"))
    if task_id is None:
        raise KlingError(None, "Kling answered without the task's id")
    result = data.get("task_result")
    videos = result.get("videos") if isinstance(result, dict) else None
    first = videos[0] if isinstance(videos, list) and videos else None
    video = first if isinstance(first, dict) else {}
    info = data.get("task_info")
    return TaskInfo(
        task_id=task_id,
        status=_text(data.get("task_status")) or "",
        message=_text(data.get("task_status_msg")) or "",
        external_id=_text(info.get("external_task_id")) if isinstance(info, dict) else None,
        video_url=_text(video.get("url")),
        video_duration=_number(video.get("duration")),
        units=_number(data.get("final_unit_deduction")),
    )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


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
                if creates and response.status_code >= 500:
                    raise UncertainCreate(problem.service_message)
                if response.status_code >= 500 and attempt + 1 < self._retry.attempts:
                    await self._wait(attempt, _retry_after(response))
                    attempt += 1
                    continue
                raise problem
            code = answer.get("code")
            if code == 0:
                return answer.get("data")
            message = str(answer.get("message", ""))
            if code in RENEW_TOKEN and not renewed:
                self._tokens.invalidate()
                renewed = True
                continue
            if creates and (code in SERVER_TROUBLE or response.status_code >= 500):
                # The service may have made the task before it failed to answer.
                raise UncertainCreate(f"Kling answered {message or 'an error'} (code {code})")
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
        try:
            return _task(data)
        except KlingError as error:  # the task may exist: the caller looks it up
            raise UncertainCreate(error.service_message) from None

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
        if data is None:
            return []
        if not isinstance(data, list):
            raise KlingError(None, "Kling answered without a list of tasks")
        return [_task(item) for item in data]

    async def aclose(self) -> None:
        """Close the HTTP connections and the file worker."""
        await self._http.aclose()
        self._files.shutdown(wait=True)

    async def download(
        self, url: str, target: Path, check: Callable[[Path], float] | None = None
    ) -> Path:
        """Stream ``url`` to ``target`` via ``target.part``, resuming after a drop.

        ``check`` (e.g. opening the file with PyAV) runs on the finished file before it is
        renamed into place; if it raises, the part file is removed and
        :class:`UnplayableDownload` is raised.
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
                    if response.status_code in (403, 404, 410):
                        raise DeadLink(
                            None, f"the download address answered HTTP {response.status_code}",
                            response.status_code,
                        )  # fmt: skip
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
            except Exception as error:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
                raise UnplayableDownload(str(error) or type(error).__name__) from error
        os.replace(part, target)
        return target
