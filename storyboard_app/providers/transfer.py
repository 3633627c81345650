"""HTTP pieces every service adapter shares: backoff, Retry-After, a resuming download.

Kept apart from the adapters so that fal, Replicate and the next service do the same thing
the same way; the Kling client keeps its own (its retries go by Kling's business codes).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import httpx

with contextlib.suppress(ImportError):
    # httpx loads its connection layer (httpcore, h11) and anyio's asyncio backend on the
    # first request, on the event loop (tens of milliseconds of imports): load them with
    # the adapters instead, so the first render sent does not stall the window.
    import encodings.idna  # noqa: F401  (host names are encoded at each new connection)

    import anyio._backends._asyncio  # noqa: F401
    import h11  # noqa: F401
    import httpcore  # noqa: F401

from storyboard_app.providers.port import CheckVideo, ErrorKind, ServiceError, UncertainCreate

T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Per-request timeouts: a create or poll that hangs is treated as a lost reply."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter, never shorter than the service's Retry-After."""

    attempts: int = 6
    base: float = 1.0
    cap: float = 30.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        jitter = rng.uniform(0, min(self.cap, self.base * 2**attempt))
        return max(jitter, retry_after or 0.0)


DEFAULT_BACKOFF = Backoff()

_FILES = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provider-files")
"""File work (fsync, opening a video) runs here, never on the event loop; an own pool of
plain threads, because qasync's default executor uses QThreads that outlive the app."""


async def send_with_retries(
    service: str,
    send: Callable[[], Awaitable[httpx.Response]],
    read: Callable[[httpx.Response], T | ServiceError],
    *,
    creates: bool,
    backoff: Backoff,
    sleep: Sleep,
    rng: random.Random,
    on_retry: Callable[[], None],
) -> T:
    """One request, sent again where the service says that helps.

    ``read`` turns an answer into its value or the service's refusal (a retryable refusal is
    sent again, with backoff, while attempts are left); it raises UncertainCreate itself when
    a create's outcome cannot be known. A dropped line on a create is never sent again: the
    task may exist (UncertainCreate). ``on_retry`` is told of each retry.
    """
    attempt = 0
    while True:
        try:
            response = await send()
        except (httpx.TimeoutException, httpx.TransportError) as error:
            if creates:
                raise UncertainCreate(str(error) or type(error).__name__) from None
            if attempt + 1 >= backoff.attempts:
                raise ServiceError(service, ErrorKind.NETWORK, str(error)) from None
            after = None
        else:
            outcome = read(response)
            if not isinstance(outcome, ServiceError):
                return outcome
            if not (outcome.retryable and attempt + 1 < backoff.attempts):
                raise outcome
            after = outcome.retry_after
        on_retry()
        await sleep(backoff.delay(attempt, after, rng))
        attempt += 1


def retry_after(response: httpx.Response) -> float | None:
    """The Retry-After header in seconds, when it is a number."""
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


async def download_resumable(
    http: httpx.AsyncClient,
    service: str,
    url: str,
    target: Path,
    backoff: Backoff,
    sleep: Sleep,
    rng: random.Random,
    check: CheckVideo | None = None,
) -> Path:
    """Stream ``url`` to ``target`` via ``target.part``, resuming with Range after a drop.

    The part file is fsync'd and ``check`` run on a worker thread (never on the event
    loop); if ``check`` raises, the part file is removed and the error passes on.
    """
    loop = asyncio.get_running_loop()
    part = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    attempt = 0
    while True:
        have = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            async with http.stream("GET", url, headers=headers) as response:
                if response.status_code == 416:  # nothing left to fetch
                    break
                if response.status_code not in (200, 206):
                    raise ServiceError(
                        service, ErrorKind.SERVER if response.status_code >= 500
                        else ErrorKind.NOT_FOUND,
                        f"the video download answered HTTP {response.status_code}",
                        response.status_code,
                    )  # fmt: skip
                mode = "ab" if response.status_code == 206 and have else "wb"
                with part.open(mode) as stream:
                    async for chunk in response.aiter_bytes(1 << 16):
                        stream.write(chunk)
                    stream.flush()
                    await loop.run_in_executor(_FILES, os.fsync, stream.fileno())
            break
        except (httpx.TransportError, httpx.TimeoutException) as error:
            if attempt + 1 >= backoff.attempts:
                raise ServiceError(
                    service, ErrorKind.NETWORK, f"the video download kept failing: {error}"
                ) from None
            await sleep(backoff.delay(attempt, None, rng))
            attempt += 1
    if check is not None:
        try:
            await loop.run_in_executor(_FILES, check, part)
        except Exception:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
            raise
    os.replace(part, target)
    return target
