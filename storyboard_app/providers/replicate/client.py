"""Replicate's predictions API (``https://replicate.com/docs/topics/predictions/create-a-prediction``).

* Create ``POST {base}/v1/models/{owner}/{name}/predictions`` with ``{"input": {…}}`` and
  ``Authorization: Bearer …`` (asynchronous: no ``Prefer: wait``); the prediction has
  ``id``, ``status``, ``urls.get``, ``urls.cancel``, ``output`` (a URI string) and
  ``error``. Statuses ``starting|processing|succeeded|failed|canceled``.
* Poll ``GET urls.get``; cancel ``POST urls.cancel``.
* Reconcile: ``GET {base}/v1/predictions`` lists the account's predictions, newest first,
  ``{next, previous, results}`` (Replicate's HTTP reference ``predictions.list``). Paging
  back past the recorded send time either finds the prediction made with our input, or
  proves there is none (ABSENT). Whether list items always carry ``input`` is NOT
  CONFIRMED in the docs we could reach; an item without one makes the answer UNKNOWN.
* Errors are problem details ``{"title", "detail", "status"}``: 401 key, 402 billing,
  422 invalid input, 429 throttled (retried, honouring ``Retry-After``), 5xx retried on
  reads only. A failed prediction whose error says it was flagged as sensitive (E005) is
  moderation (wording NOT CONFIRMED in the docs we could reach).
* Uploads (only when the user allowed them): ``POST {base}/v1/files`` multipart
  ``content``; the file's ``urls.get`` goes into the input.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import ImageFile
from storyboard_app.i18n import _
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
from storyboard_app.providers.replicate.request import (
    CAPABILITIES,
    INLINE_MAX_BYTES,
    SERVICE,
    UPLOAD_PLACE,
    build_replicate_request,
    replicate_price,
)
from storyboard_app.providers.transfer import (
    DEFAULT_BACKOFF,
    Backoff,
    Sleep,
    download_resumable,
    retry_after,
    send_with_retries,
)

API_ORIGIN = "https://api.replicate.com"
_STATES = {
    "starting": TaskState.QUEUED,
    "processing": TaskState.RUNNING,
    "succeeded": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
    "canceled": TaskState.CANCELED,
}
RECONCILE_MARGIN = 600.0
"""Seconds before the recorded send time that the listing is searched (clock skew)."""
RECONCILE_PAGES = 20


def replicate_error(response: httpx.Response) -> ServiceError:
    """Replicate's problem-details answer in plain words."""
    status = response.status_code
    try:
        answer = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        answer = None
    if isinstance(answer, dict):
        message = str(answer.get("detail") or answer.get("title") or "")
    else:
        message = f"HTTP {status} with unreadable content"
    if status == 401:
        kind, retryable = ErrorKind.AUTH, False
    elif status == 402:
        kind, retryable = ErrorKind.BILLING, False
    elif status == 404:
        kind, retryable = ErrorKind.NOT_FOUND, False
    elif status == 429:
        kind, retryable = ErrorKind.RATE_LIMIT, True
    elif status >= 500:
        kind = ErrorKind.SERVER if isinstance(answer, dict) else ErrorKind.UNREADABLE
        retryable = True
    else:
        kind, retryable = ErrorKind.INVALID, False
    return ServiceError(SERVICE, kind, message, status, retryable, retry_after(response))


def _moderated(message: str) -> bool:
    lowered = message.lower()
    return "e005" in lowered or "flagged as sensitive" in lowered


def data_uri(raw: bytes) -> str:
    """An image as a data URI, its type from its first bytes (PNG or JPEG)."""
    kind = "image/png" if raw.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{kind};base64,{base64.b64encode(raw).decode('ascii')}"


class ReplicateProvider:
    """Kling 3.0 through Replicate's predictions, with one API token."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        token: str,
        base_url: str = API_ORIGIN,
        allow_upload: bool = False,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._http = http
        self._token = token
        self._base = base_url.rstrip("/")
        self._allow_upload = allow_upload
        """The user's word that images over 1 MB may go to Replicate's file storage."""
        self._backoff = backoff
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.retries = 0
        self.uploads: list[str] = []
        """Paths uploaded to Replicate's file storage (shown to the user)."""

    @property
    def name(self) -> str:
        return SERVICE

    @property
    def title(self) -> str:
        return "Replicate"

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
        return build_replicate_request(payload, image_size, self._allow_upload)

    def price(self, payload: GuidancesPayload, *, folder: Path | None = None) -> PriceQuote | None:
        del folder  # the same price for every project
        return replicate_price(payload)  # not known to us yet: None

    def _rebase(self, url: str) -> str:
        if url.startswith(API_ORIGIN + "/") and self._base != API_ORIGIN:
            return self._base + url[len(API_ORIGIN) :]
        return url

    async def _call(
        self, method: str, url: str, *, creates: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}"}

        def read(response: httpx.Response) -> dict[str, Any] | ServiceError:
            if not response.is_success:
                refusal = replicate_error(response)
                if creates and response.status_code >= 500:
                    raise UncertainCreate(refusal.explain())
                return refusal
            try:
                answer = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                answer = None
            if isinstance(answer, dict):
                return answer
            if creates:  # accepted, but the answer is lost: the prediction may exist
                raise UncertainCreate("Replicate's answer could not be read")
            return ServiceError(SERVICE, ErrorKind.UNREADABLE,
                                "the answer could not be read", response.status_code,
                                retryable=True)  # fmt: skip

        return await send_with_retries(
            SERVICE,
            lambda: self._http.request(method, url, headers=headers, **kwargs),
            read,
            creates=creates,
            backoff=self._backoff,
            sleep=self._sleep,
            rng=self._rng,
            on_retry=self._retried,
        )

    def _retried(self) -> None:
        self.retries += 1

    async def _image(self, image: ImageFile, read: ReadImage) -> str:
        raw = read(image.path)
        if len(raw) <= INLINE_MAX_BYTES:
            return data_uri(raw)
        if not self._allow_upload:
            raise ServiceError(SERVICE, ErrorKind.INVALID,
                               f"{image.path} is over 1 MB and uploads to {UPLOAD_PLACE} "
                               "were not allowed")  # fmt: skip
        kind = "image/png" if raw.startswith(b"\x89PNG") else "image/jpeg"
        name = Path(image.path).name
        answer = await self._call("POST", f"{self._base}/v1/files",
                                  files={"content": (name, raw, kind)})  # fmt: skip
        url = (answer.get("urls") or {}).get("get")
        if not isinstance(url, str):
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, "the upload named no URL")
        self.uploads.append(image.path)
        return url

    async def create(self, request: ServiceRequest, read: ReadImage) -> RemoteTask:
        if request.blocked:
            reasons = " ".join(item.reason for item in request.unsupported if item.blocking)
            raise ServiceError(SERVICE, ErrorKind.INVALID, reasons)
        sources = {image.path: await self._image(image, read) for image in request.images()}
        fields = request.render(lambda image: sources[image.path])
        answer = await self._call(
            "POST", f"{self._base}/v1/models/{request.endpoint}/predictions",
            json={"input": fields}, creates=True,
        )  # fmt: skip
        if not isinstance(answer.get("id"), str) or not isinstance(answer.get("urls"), dict):
            raise UncertainCreate("Replicate's answer names no prediction")
        return self._task(answer)

    def _task(self, answer: dict[str, Any]) -> RemoteTask:
        status = str(answer.get("status", ""))
        state = _STATES.get(status)
        if state is None:
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, f"unknown status {status!r}")
        urls = {key: self._rebase(str(value))
                for key, value in (answer.get("urls") or {}).items()}  # fmt: skip
        error = str(answer.get("error") or "")
        if state is TaskState.FAILED and _moderated(error):
            error = ServiceError(SERVICE, ErrorKind.MODERATION, error).explain()
        output = answer.get("output")
        if isinstance(output, list):  # some models answer a list of URIs
            output = output[0] if output else None
        video = output if state is TaskState.SUCCEEDED and isinstance(output, str) else None
        if state is TaskState.SUCCEEDED and video is None:
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, "the prediction names no video")
        return RemoteTask(SERVICE, str(answer["id"]), state, status, error, video, urls)

    async def lookup(self, task: RemoteTask) -> RemoteTask:
        url = task.urls.get("get") or f"{self._base}/v1/predictions/{task.task_id}"
        return self._task(await self._call("GET", url))

    async def reconcile(self, intent: CreateIntent) -> Reconciliation:
        since = intent.sent_at - RECONCILE_MARGIN
        url: str | None = f"{self._base}/v1/predictions"
        matches: list[dict[str, Any]] = []
        unreadable = 0
        reached_end = False
        try:
            for _page in range(RECONCILE_PAGES):
                if url is None:
                    reached_end = True
                    break
                page = await self._call("GET", url)
                results = page.get("results") or []
                for item in results:
                    created = _time(item.get("created_at"))
                    if created is not None and created < since:
                        reached_end = True
                        break
                    if item.get("model") not in (None, intent.endpoint):
                        continue
                    given = item.get("input")
                    if not isinstance(given, dict):
                        unreadable += 1
                    elif all(given.get(k) == v for k, v in intent.plain_fields.items()):
                        matches.append(item)
                if reached_end:
                    break
                nxt = page.get("next")
                url = self._rebase(nxt) if isinstance(nxt, str) else None
        except ServiceError as error:
            return Reconciliation(Outcome.UNKNOWN, None, _(
                "Replicate's prediction list could not be read: {error}"
            ).format(error=error.explain()))  # fmt: skip
        if len(matches) == 1:
            return Reconciliation(Outcome.FOUND, self._task(matches[0]),
                                  _("Replicate's prediction list shows it."))  # fmt: skip
        if matches:
            return Reconciliation(Outcome.UNKNOWN, None, _(
                "Replicate lists {n} identical predictions since it was sent; which one is "
                "ours is unclear."
            ).format(n=len(matches)))  # fmt: skip
        if not reached_end:
            return Reconciliation(
                Outcome.UNKNOWN, None, _("Replicate's prediction list is longer than was searched.")
            )
        if unreadable:
            return Reconciliation(Outcome.UNKNOWN, None, _(
                "{n} recent prediction(s) showed no input to compare with."
            ).format(n=unreadable))  # fmt: skip
        return Reconciliation(Outcome.ABSENT, None, _(
            "Replicate's prediction list has nothing made with this input since it was sent: "
            "it never arrived."
        ))  # fmt: skip

    async def cancel(self, task: RemoteTask) -> bool:
        if task.state.finished:
            return False
        url = task.urls.get("cancel") or f"{self._base}/v1/predictions/{task.task_id}/cancel"
        await self._call("POST", url)
        return True

    def download_url(self, task: RemoteTask) -> str | None:
        return task.video_url if task.state is TaskState.SUCCEEDED else None

    async def download(self, url: str, target: Path, check: CheckVideo | None = None) -> Path:
        return await download_resumable(
            self._http, SERVICE, url, target, self._backoff, self._sleep, self._rng, check
        )


def _time(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
