"""fal.ai's queue API (``https://fal.ai/docs/documentation/model-apis/inference/queue``).

* Submit ``POST {queue}/{endpoint_id}`` with ``Authorization: Key …`` and the input as JSON;
  the answer is ``{request_id, response_url, status_url, cancel_url}``; those URLs are used
  as returned (they carry the app id only, ``fal-ai/kling-video``), moved onto the
  configured base URL when a proxy replaces fal's origin.
* Status ``GET status_url``: ``IN_QUEUE`` | ``IN_PROGRESS`` | ``COMPLETED``; result
  ``GET response_url`` (``{"video": {"url": …}}``, or the model's error); cancel
  ``PUT cancel_url`` (202 ``CANCELLATION_REQUESTED``, 400 ``ALREADY_COMPLETED``).
* Errors (``https://fal.ai/docs/errors``): ``{"detail": [{loc, msg, type, …}]}``;
  ``type`` ``content_policy_violation`` (HTTP 422) is moderation and not retried; the
  ``X-Fal-Retryable`` header (older page: ``X-Fal-Needs-Retry``) says whether a retry helps.
  A locked account with an exhausted balance answering 403 with "balance" in its detail
  is NOT CONFIRMED in the docs we could reach; it is mapped to billing by its words.
* Reconcile: fal has no idempotency key. Its platform API lists requests by endpoint
  (``GET https://api.fal.ai/v1/models/requests/by-endpoint?endpoint_id=…&start=…``,
  ``https://fal.ai/docs/platform-apis/v1/models/requests/by-endpoint``: items with
  ``request_id``, ``sent_at``, ``json_input``; ``next_cursor``/``has_more``). A match
  proves the request exists; no match proves nothing (the docs do not say whether queued
  requests are listed, nor whether every key may read the list), so absence is UNKNOWN
  and the user is asked before sending again.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.i18n import _
from storyboard_app.providers.fal.request import (
    CAPABILITIES,
    SERVICE,
    build_fal_request,
    fal_price,
)
from storyboard_app.providers.port import (
    CheckVideo,
    CreateIntent,
    ErrorKind,
    Outcome,
    PriceQuote,
    ReadImage,
    Reconciliation,
    RemoteTask,
    ServiceCapability,
    ServiceError,
    ServiceRequest,
    TaskState,
    UncertainCreate,
)
from storyboard_app.providers.transfer import (
    DEFAULT_BACKOFF,
    Backoff,
    Sleep,
    download_resumable,
    retry_after,
    send_with_retries,
)

QUEUE_ORIGIN = "https://queue.fal.run"
PLATFORM_ORIGIN = "https://api.fal.ai"
_STATES = {"IN_QUEUE": TaskState.QUEUED, "IN_PROGRESS": TaskState.RUNNING}
RECONCILE_MARGIN = 600.0
"""Seconds before the recorded send time that a listing is searched (clock skew)."""


def data_uri(raw: bytes) -> str:
    """An image as a data URI, its type from its first bytes (PNG or JPEG)."""
    kind = "image/png" if raw.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{kind};base64,{base64.b64encode(raw).decode('ascii')}"


def fal_error(response: httpx.Response) -> ServiceError:
    """fal's error answer in plain words."""
    status = response.status_code
    try:
        answer = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        answer = None
    detail = answer.get("detail") if isinstance(answer, dict) else None
    types: list[str] = []
    if isinstance(detail, list):
        items = [item for item in detail if isinstance(item, dict)]
        types = [str(item.get("type", "")) for item in items]
        message = "; ".join(str(item.get("msg", "")) for item in items)
    elif isinstance(detail, str):
        message = detail
    else:
        message = f"HTTP {status} with unreadable content" if answer is None else ""
    flag = (response.headers.get("X-Fal-Retryable")
            or response.headers.get("X-Fal-Needs-Retry") or "").lower()  # fmt: skip
    if "content_policy_violation" in types:
        kind, retryable = ErrorKind.MODERATION, False
    elif status == 402 or (status == 403 and "balance" in message.lower()):
        kind, retryable = ErrorKind.BILLING, False
    elif status in (401, 403):
        kind, retryable = ErrorKind.AUTH, False
    elif status == 404:
        kind, retryable = ErrorKind.NOT_FOUND, False
    elif status == 429:
        kind, retryable = ErrorKind.RATE_LIMIT, flag != "false"
    elif status >= 500:
        kind = ErrorKind.SERVER if answer is not None else ErrorKind.UNREADABLE
        retryable = flag != "false"
    else:
        kind, retryable = ErrorKind.INVALID, flag == "true"
    return ServiceError(SERVICE, kind, message, status, retryable, retry_after(response))


class FalProvider:
    """Kling 3.0 through fal's queue, with one key."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        key: str,
        queue_base: str = QUEUE_ORIGIN,
        platform_base: str = PLATFORM_ORIGIN,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._http = http
        self._key = key
        self._queue = queue_base.rstrip("/")
        self._platform = platform_base.rstrip("/")
        self._backoff = backoff
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.retries = 0
        """Retries made so far (for the job log and benchmarks)."""

    @property
    def name(self) -> str:
        return SERVICE

    @property
    def title(self) -> str:
        return "fal.ai"

    @property
    def cancels(self) -> bool:
        return True

    def capabilities(self) -> tuple[ServiceCapability, ...]:
        return CAPABILITIES

    def build_request(
        self,
        payload: GuidancesPayload,
        image_size: Callable[[str], int] | None = None,
        *,
        folder: Path | None = None,
        task_key: str | None = None,
    ) -> ServiceRequest:
        del folder, task_key  # no per-project account state; no idempotency key to send
        return build_fal_request(payload, image_size)

    def price(self, payload: GuidancesPayload, *, folder: Path | None = None) -> PriceQuote | None:
        del folder  # the same price for every project
        return fal_price(payload)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Key {self._key}"}

    def _rebase(self, url: str) -> str:
        """A URL fal returned, moved onto the configured queue base (for proxies, tests)."""
        if url.startswith(QUEUE_ORIGIN + "/") and self._queue != QUEUE_ORIGIN:
            return self._queue + url[len(QUEUE_ORIGIN) :]
        return url

    async def _call(
        self, method: str, url: str, *, body: Any = None, params: Any = None, creates: bool = False
    ) -> httpx.Response:
        """One request with retries where fal says they help; the 2xx response."""

        def read(response: httpx.Response) -> httpx.Response | ServiceError:
            if response.is_success:
                return response
            refusal = fal_error(response)
            if creates and response.status_code >= 500:
                raise UncertainCreate(refusal.explain())
            return refusal

        return await send_with_retries(
            SERVICE,
            lambda: self._http.request(
                method, url, json=body, params=params, headers=self._headers()
            ),
            read,
            creates=creates,
            backoff=self._backoff,
            sleep=self._sleep,
            rng=self._rng,
            on_retry=self._retried,
        )

    def _retried(self) -> None:
        self.retries += 1

    async def create(self, request: ServiceRequest, read: ReadImage) -> RemoteTask:
        if request.blocked:
            reasons = " ".join(item.reason for item in request.unsupported if item.blocking)
            raise ServiceError(SERVICE, ErrorKind.INVALID, reasons)
        body = request.render(lambda image: data_uri(read(image.path)))
        response = await self._call(
            "POST", f"{self._queue}/{request.endpoint}", body=body, creates=True
        )
        try:
            answer = response.json()
            urls = {name: self._rebase(str(answer[f"{name}_url"]))
                    for name in ("status", "response", "cancel")}  # fmt: skip
            task_id = str(answer["request_id"])
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as error:
            # fal accepted something (2xx) but the answer is unusable: it may be queued.
            raise UncertainCreate(f"fal's answer could not be read: {error}") from None
        return RemoteTask(SERVICE, task_id, TaskState.QUEUED, "IN_QUEUE", urls=urls)

    def _task_urls(self, endpoint: str, request_id: str) -> dict[str, str]:
        app = "/".join(endpoint.split("/")[:2])  # status URLs carry the app id only
        base = f"{self._queue}/{app}/requests/{request_id}"
        return {"status": f"{base}/status", "response": base, "cancel": f"{base}/cancel"}

    async def lookup(self, task: RemoteTask) -> RemoteTask:
        answer = self._json(await self._call("GET", task.urls["status"]))
        status = str(answer.get("status", ""))
        if status in _STATES:
            return RemoteTask(SERVICE, task.task_id, _STATES[status], status, urls=task.urls)
        if status != "COMPLETED":
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, f"unknown status {status!r}")
        if answer.get("error"):
            return RemoteTask(SERVICE, task.task_id, TaskState.FAILED, status,
                              str(answer["error"]), urls=task.urls)  # fmt: skip
        try:
            result = self._json(await self._call("GET", task.urls["response"]))
        except ServiceError as error:
            if error.retryable or error.kind in (ErrorKind.AUTH, ErrorKind.NETWORK):
                raise
            # A canceled request completes with an error result that says so.
            canceled = "cancel" in error.service_message.lower()
            state = TaskState.CANCELED if canceled else TaskState.FAILED
            return RemoteTask(SERVICE, task.task_id, state, status, error.explain(),
                              urls=task.urls)  # fmt: skip
        video = result.get("video")
        url = video.get("url") if isinstance(video, dict) else None
        if not isinstance(url, str):
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, "the result names no video")
        return RemoteTask(SERVICE, task.task_id, TaskState.SUCCEEDED, status,
                          video_url=url, urls=task.urls)  # fmt: skip

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        try:
            answer = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            answer = None
        if not isinstance(answer, dict):
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, "fal's answer could not be read",
                               response.status_code)  # fmt: skip
        return answer

    async def reconcile(self, intent: CreateIntent) -> Reconciliation:
        start = datetime.fromtimestamp(intent.sent_at - RECONCILE_MARGIN, UTC)
        params: dict[str, Any] = {
            "endpoint_id": intent.endpoint,
            "start": start.isoformat().replace("+00:00", "Z"),
            "limit": 100,
        }
        matches: list[str] = []
        try:
            while True:
                page = self._json(await self._call(
                    "GET", f"{self._platform}/v1/models/requests/by-endpoint", params=params
                ))  # fmt: skip
                for item in page.get("items") or []:
                    given = item.get("json_input") if isinstance(item, dict) else None
                    if isinstance(given, dict) and all(
                        given.get(key) == value for key, value in intent.plain_fields.items()
                    ):
                        matches.append(str(item.get("request_id")))
                if not page.get("has_more") or not page.get("next_cursor"):
                    break
                params["cursor"] = page["next_cursor"]
        except ServiceError as error:
            return Reconciliation(
                Outcome.UNKNOWN,
                None,
                _("fal's request history could not be read: {error}").format(error=error.explain()),
            )
        if len(matches) == 1:
            task = RemoteTask(SERVICE, matches[0], TaskState.QUEUED, "listed",
                              urls=self._task_urls(intent.endpoint, matches[0]))  # fmt: skip
            return Reconciliation(Outcome.FOUND, task, _("fal's request history lists it."))
        if matches:
            return Reconciliation(
                Outcome.UNKNOWN,
                None,
                _(
                    "fal's request history lists {n} identical requests since it was sent; "
                    "which one is ours is unclear."
                ).format(n=len(matches)),
            )
        return Reconciliation(Outcome.UNKNOWN, None, _(
            "fal's request history does not list it, but fal does not say that queued "
            "requests appear there: it may still exist, and sending again may charge twice."
        ))  # fmt: skip

    async def cancel(self, task: RemoteTask) -> bool:
        try:
            await self._call("PUT", task.urls["cancel"])
        except ServiceError as error:
            if error.http_status == 400:  # ALREADY_COMPLETED
                return False
            raise
        return True

    def download_url(self, task: RemoteTask) -> str | None:
        return task.video_url if task.state is TaskState.SUCCEEDED else None

    async def download(self, url: str, target: Path, check: CheckVideo | None = None) -> Path:
        return await download_resumable(
            self._http, SERVICE, url, target, self._backoff, self._sleep, self._rng, check
        )
