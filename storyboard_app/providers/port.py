"""The provider port: what any video service must offer the job layer, and the values it trades.

Each service (Kling's own API, fal.ai, Replicate, …) is one adapter implementing
:class:`VideoProvider`. The job layer names no service: it holds a provider and drives it
the same way for all of them.

How ``jobs/`` drives any provider (exactly once, never paying twice without being told):

1. ``build_request(payload)`` turns the guidances payload into the service's own request,
   without reading any image bytes. ``request.unsupported`` names every direction of the
   payload the service cannot take (a 1 s shot on fal, a seed, 4K on Replicate, …); the
   caller shows them before anything is sent and refuses to send while any is
   ``blocking``. Nothing is dropped silently.
2. Before ``create`` the job layer records a :class:`CreateIntent` durably (job database,
   committed and fsync'd off the event loop): which service, which endpoint, the
   request's fingerprint and the time. Only then is ``create`` called.
3. ``create`` answers a :class:`RemoteTask`, or raises :class:`ServiceError` (the service
   said no: nothing was created), or :class:`UncertainCreate` (timeout, reset, a 5xx with
   no body: the task may exist). After an ``UncertainCreate`` (or after a crash between
   step 2 and the recorded answer) the job layer never re-sends blindly: it calls
   ``reconcile(intent)``.
4. ``reconcile`` answers :class:`Reconciliation`: ``FOUND`` (carry on with that task),
   ``ABSENT`` (the service proves it holds no such task: sending again is safe) or
   ``UNKNOWN`` (it cannot prove either). On ``UNKNOWN`` the job layer asks the user
   before creating again, saying that it may charge twice.
5. ``lookup`` polls a task until it is finished; ``download_url`` names the video of a
   succeeded task and ``download`` streams it to disk, resuming after a dropped line.
   ``cancel`` asks the service to stop a task where the service allows it.

Keys are passed into the adapters by the caller and never logged or stored here.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import ImageFile
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import _


class ImageForm(enum.Enum):
    """How a service accepts an input image."""

    URL = "url"
    """A public http(s) URL the service downloads."""
    DATA_URI = "data-uri"
    """``data:image/png;base64,…`` inline in the request."""
    RAW_BASE64 = "raw-base64"
    """Base64 without a ``data:`` prefix (Kling's own API)."""
    UPLOAD = "upload"
    """The service's own file storage, uploaded first (only when the user allows it)."""


@dataclass(frozen=True)
class ServiceCapability:
    """One endpoint (model) of one service: its own limits, defaults and price."""

    service: str
    endpoint: str
    """The service's own name of the endpoint or model, e.g. ``kwaivgi/kling-v3-video``."""
    label: str
    modes: tuple[Mode, ...]
    max_shots: int
    shot_min_seconds: int
    shot_max_seconds: int
    total_min_seconds: int
    total_max_seconds: int
    duration_type: type
    """``str`` when the service wants ``"5"``, ``int`` when it wants ``5``."""
    audio_default: bool
    """What the service does when ``generate_audio`` is left out (we always send it)."""
    needs_first_frame: bool
    takes_aspect_ratio: bool
    image_forms: tuple[ImageForm, ...]
    inline_image_max_bytes: int | None
    """Largest image sent inline (data URI); None when the service documents no limit."""
    usd_per_second: Mapping[tuple[Mode, bool], float] = field(default_factory=dict)
    """Price by (mode, audio); a missing key means the price is not known to us."""
    sources: tuple[str, ...] = ()
    """Where these figures come from (pages of the service's docs)."""

    def rate(self, mode: Mode, audio: bool) -> float | None:
        """US dollars per second of output, or None when unknown."""
        return self.usd_per_second.get((mode, audio))


@dataclass(frozen=True)
class Unsupported:
    """A direction in the payload that the service cannot take, named for the user."""

    field: str
    """Which part of the payload, e.g. ``shot 2 duration``, ``seed``, ``references``."""
    reason: str
    """A plain sentence for the user."""
    blocking: bool
    """True: the request cannot be sent as it stands. False: sent without this direction."""


@dataclass(frozen=True)
class ServiceRequest:
    """A request in the service's own terms, images still as placeholders."""

    service: str
    endpoint: str
    """The service's endpoint id or model name (the path after the base URL is built from it)."""
    body: Mapping[str, Any]
    unsupported: tuple[Unsupported, ...] = ()
    notices: tuple[str, ...] = ()
    """Things the user should know before sending (e.g. where an upload goes)."""

    @property
    def blocked(self) -> bool:
        """Whether any unsupported direction stops the request from being sent."""
        return any(item.blocking for item in self.unsupported)

    def images(self) -> tuple[ImageFile, ...]:
        """Every image placeholder in the body, in order."""
        found: list[ImageFile] = []

        def walk(value: object) -> None:
            if isinstance(value, ImageFile):
                found.append(value)
            elif isinstance(value, Mapping):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list | tuple):
                for item in value:
                    walk(item)

        walk(self.body)
        return tuple(found)

    def render(self, image: Callable[[ImageFile], str]) -> dict[str, Any]:
        """The body with each image replaced by ``image(placeholder)``."""
        return {key: _render(value, image) for key, value in self.body.items()}

    def display_body(self) -> dict[str, Any]:
        """The body with images named by their files (for the payload dock and job records)."""
        return self.render(lambda image: image.display())

    def plain_fields(self) -> dict[str, Any]:
        """The body's top-level fields that carry no image, as sent (for reconciling)."""
        return {
            key: _render(value, lambda image: image.display())
            for key, value in self.body.items()
            if not ServiceRequest(self.service, self.endpoint, {key: value}).images()
        }

    def fingerprint(self) -> str:
        """A digest of the displayed body: the same storyboard gives the same fingerprint."""
        text = json.dumps(
            {"endpoint": self.endpoint, "body": self.display_body()},
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(text.encode()).hexdigest()


def _render(value: Any, image: Callable[[ImageFile], str]) -> Any:
    if isinstance(value, ImageFile):
        return image(value)
    if isinstance(value, Mapping):
        return {key: _render(item, image) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_render(item, image) for item in value]
    return value


class TaskState(enum.Enum):
    """A task's state, the same words for every service."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def finished(self) -> bool:
        """Whether the task will not change any more."""
        return self in (TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELED)


@dataclass(frozen=True)
class RemoteTask:
    """What a service says of one task."""

    service: str
    task_id: str
    state: TaskState
    service_status: str
    """The service's own status word (``IN_QUEUE``, ``processing``…), for the job log."""
    message: str = ""
    video_url: str | None = None
    urls: Mapping[str, str] = field(default_factory=dict)
    """URLs the service returned for this task (status, result, cancel)."""
    units_charged: float | None = None
    """What the service says it charged, in its own units, when it says so."""
    video_seconds: float | None = None
    """The video's length as the service reports it (the job measures the file anyway)."""


@dataclass(frozen=True)
class CreateIntent:
    """What the job layer records durably before a create is sent."""

    intent_id: str
    service: str
    endpoint: str
    fingerprint: str
    plain_fields: Mapping[str, Any]
    """The request's fields without images (``ServiceRequest.plain_fields``): what a
    service's listing is matched against."""
    sent_at: float
    """Unix time (this computer's clock) just before the create was sent."""

    @classmethod
    def record(cls, intent_id: str, request: ServiceRequest, sent_at: float) -> CreateIntent:
        """The intent for sending ``request`` now."""
        return cls(intent_id, request.service, request.endpoint, request.fingerprint(),
                   MappingProxyType(request.plain_fields()), sent_at)  # fmt: skip


class Outcome(enum.Enum):
    """What a reconciliation could prove."""

    FOUND = "found"
    ABSENT = "absent"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Reconciliation:
    """The answer to "did my create reach the service?"."""

    outcome: Outcome
    task: RemoteTask | None
    reason: str
    """A plain sentence: how the service was asked and what it showed."""


@dataclass(frozen=True)
class PriceQuote:
    """What a render through one service is expected to cost."""

    service: str
    endpoint: str
    seconds: float
    usd_per_second: float
    usd: float
    source: str
    units: float | None = None
    """The price in the service's own units, where it bills in them (a resource pack)."""

    def describe(self) -> str:
        """One line for people."""
        return _("{seconds} s × ${rate}/s ≈ ${usd} ({service}, {endpoint})").format(
            seconds=f"{self.seconds:g}",
            rate=f"{self.usd_per_second:g}",
            usd=f"{self.usd:.2f}",
            service=self.service,
            endpoint=self.endpoint,
        )


class ErrorKind(enum.Enum):
    """What went wrong, in the same words for every service."""

    AUTH = "auth"
    BILLING = "billing"
    MODERATION = "moderation"
    RATE_LIMIT = "rate-limit"
    INVALID = "invalid"
    NOT_FOUND = "not-found"
    SERVER = "server"
    UNREADABLE = "unreadable"
    NETWORK = "network"


def _advice(kind: ErrorKind) -> str:
    """What went wrong, in the user's language (``{service}`` filled in by the caller)."""
    return {
        ErrorKind.AUTH: _("{service} did not accept the key. Check it in Accounts."),
        ErrorKind.BILLING: _(
            "{service} refused for billing reasons: add credit or a payment method."
        ),
        ErrorKind.MODERATION: _(
            "{service}'s content check blocked this request: edit the prompt or the images."
        ),
        ErrorKind.RATE_LIMIT: _("{service} is limiting how fast requests may be sent."),
        ErrorKind.INVALID: _("{service} rejected the request's values."),
        ErrorKind.NOT_FOUND: _("{service} does not know this task."),
        ErrorKind.SERVER: _("{service} had a server problem."),
        ErrorKind.UNREADABLE: _("{service} answered something that could not be read."),
        ErrorKind.NETWORK: _("No answer from {service}."),
    }[kind]


class ServiceError(Exception):
    """The service said no, or answered something unusable; nothing was created."""

    def __init__(
        self,
        service: str,
        kind: ErrorKind,
        message: str,
        http_status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        self.service = service
        self.kind = kind
        self.service_message = message
        self.http_status = http_status
        self.retryable = retryable
        """Whether the service says retrying later can help."""
        self.retry_after = retry_after
        super().__init__(self.explain())

    def explain(self) -> str:
        """A plain sentence for the user, with the service's own words."""
        base = _advice(self.kind).format(service=self.service)
        if self.service_message:
            status = f", HTTP {self.http_status}" if self.http_status else ""
            base += f" ({self.service}: {self.service_message}{status})"
        return base


class UncertainCreate(Exception):
    """A create may or may not have reached the service: reconcile before sending again."""


ReadImage = Callable[[str], bytes]
"""Reads an image by its path inside the project folder."""
CheckVideo = Callable[[Path], object]
"""Checks a downloaded file before it is moved into place (raises when unusable)."""


class VideoProvider(Protocol):
    """One video service, as the job layer sees it."""

    @property
    def name(self) -> str:
        """The service's name in job records and options ("kling", "fal", "replicate")."""
        ...

    @property
    def title(self) -> str:
        """The service's name for people ("Kling", "fal.ai", "Replicate")."""
        ...

    @property
    def cancels(self) -> bool:
        """Whether the service can stop a task once it was created (``cancel``)."""
        ...

    def capabilities(self) -> tuple[ServiceCapability, ...]:
        """Each endpoint's limits, defaults and price."""
        ...

    def build_request(
        self,
        payload: GuidancesPayload,
        image_size: Callable[[str], int] | None = None,
        *,
        folder: Path | None = None,
        task_key: str | None = None,
    ) -> ServiceRequest:
        """The service's request for a payload; ``image_size`` reports bytes per image path.

        ``folder`` is the project's folder (for what the account keeps per project, such as
        Kling's elements); ``task_key`` is the job's id, sent as the idempotency key by a
        service that has one (Kling's ``external_task_id``) and ignored by the others.
        May read small files: the job layer calls it off the event loop.
        """
        ...

    def price(self, payload: GuidancesPayload, *, folder: Path | None = None) -> PriceQuote | None:
        """The expected cost, or None when the service's price for it is not known."""
        ...

    async def create(self, request: ServiceRequest, read: ReadImage) -> RemoteTask:
        """Send the request (images read now); raises ServiceError or UncertainCreate."""
        ...

    async def lookup(self, task: RemoteTask) -> RemoteTask:
        """The task's current state."""
        ...

    async def reconcile(self, intent: CreateIntent) -> Reconciliation:
        """Whether the service holds a task for this intent (after an uncertain create)."""
        ...

    async def cancel(self, task: RemoteTask) -> bool:
        """Ask the service to stop the task; False when the service cannot (any more)."""
        ...

    def download_url(self, task: RemoteTask) -> str | None:
        """The finished video's URL, or None while there is none."""
        ...

    async def download(self, url: str, target: Path, check: CheckVideo | None = None) -> Path:
        """Stream the video to ``target`` via a part file, resuming after a drop."""
        ...
