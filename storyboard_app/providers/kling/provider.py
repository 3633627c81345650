"""Kling's own API (legacy standard) behind the provider port (``providers/port.py``).

Wraps :class:`~storyboard_app.providers.kling.client.KlingClient`: the request is the one
``compiler/kling`` builds (with the account's ready elements for the project's characters),
the job's id travels as ``external_task_id`` (kling-api.md §4: a task can be queried by it),
so :meth:`KlingProvider.reconcile` can prove a lost create FOUND or ABSENT; a lookup that
cannot get through raises (the job waits for the next start rather than asking the user, as
the answer will come). The price is the resource pack's estimate (``compiler/cost``), in
units and dollars. Download addresses expire (403/404/410): the job layer asks the task for
a fresh one (:meth:`lookup`), as it does for every service.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import KlingElement, KlingRequest, compile_kling
from storyboard_app.domain.capabilities import CAPABILITIES as MODELS
from storyboard_app.domain.capabilities import KLING_USD_PER_UNIT
from storyboard_app.i18n import _
from storyboard_app.providers.kling.client import KlingClient, TaskInfo
from storyboard_app.providers.kling.errors import (
    DeadLink,
    KlingError,
    UncertainCreate,
    UnplayableDownload,
)
from storyboard_app.providers.port import (
    CheckVideo,
    CreateIntent,
    ErrorKind,
    ImageForm,
    Outcome,
    PriceQuote,
    ReadImage,
    Reconciliation,
    RemoteTask,
    ServiceCapability,
    ServiceError,
    ServiceRequest,
    TaskState,
)
from storyboard_app.providers.port import UncertainCreate as UncertainServiceCreate

SERVICE = "kling"
SOURCE = "shared/docs/kling-api.md §4, §7, §9"
_STATES = {
    "submitted": TaskState.QUEUED,
    "processing": TaskState.RUNNING,
    "succeed": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
}
SAFETY_HINT = "the shots' prompts"

Elements = Callable[[GuidancesPayload, Path], Mapping[str, KlingElement]]


def _kind(error: KlingError) -> ErrorKind:
    code = error.code
    if code is None:
        return ErrorKind.NETWORK if "no answer" in error.service_message else ErrorKind.UNREADABLE
    if code in (1000, 1001, 1002, 1003, 1004, 1103, 1304):
        return ErrorKind.AUTH
    if code in (1100, 1101, 1102):
        return ErrorKind.BILLING
    if code in (1300, 1301):
        return ErrorKind.MODERATION
    if code in (1302, 1303):
        return ErrorKind.RATE_LIMIT
    if code == 1203:
        return ErrorKind.NOT_FOUND
    if code >= 5000:
        return ErrorKind.SERVER
    return ErrorKind.INVALID


class KlingServiceError(ServiceError):
    """A Kling refusal, explained by its business code (kling-api.md §7)."""

    def __init__(self, error: KlingError, hint: str = "") -> None:
        self.kling = error
        self._hint = hint
        super().__init__(
            SERVICE,
            _kind(error),
            error.service_message,
            error.http_status,
            retryable=error.code is None or error.retryable,
        )

    def explain(self) -> str:
        return self.kling.explain(self._hint)


def _row(model: str) -> ServiceCapability:
    cap = MODELS[model]
    rates = {
        (mode, audio): round(units * cap.price.usd_per_unit, 4)
        for audio, table in ((False, cap.price.silent), (True, cap.price.with_audio))
        for mode, units in table.items()
    }
    return ServiceCapability(
        service=SERVICE,
        endpoint=model,
        label=cap.label,
        modes=cap.modes,
        max_shots=cap.max_shots,
        shot_min_seconds=int(cap.shot_min_duration),
        shot_max_seconds=max(cap.total_durations),
        total_min_seconds=min(cap.total_durations),
        total_max_seconds=max(cap.total_durations),
        duration_type=str,
        audio_default=False,
        needs_first_frame=False,
        takes_aspect_ratio=True,
        image_forms=(ImageForm.RAW_BASE64, ImageForm.URL),
        inline_image_max_bytes=cap.image_rules.max_bytes,
        usd_per_second=MappingProxyType(rates),
        sources=(SOURCE,),
    )


CAPABILITIES: tuple[ServiceCapability, ...] = tuple(
    _row(name) for name, cap in MODELS.items() if cap.provider == SERVICE
)


def _task(info: TaskInfo, endpoint: str) -> RemoteTask:
    state = _STATES.get(info.status)
    if state is None:
        raise ServiceError(
            SERVICE, ErrorKind.UNREADABLE, f"unknown task status {info.status!r}", retryable=True
        )
    message = info.message
    if state is TaskState.FAILED:
        message = message or _("Kling reported the task failed.")
        if "safety" in message.lower() or "security" in message.lower():
            message = KlingError(1301, message).explain(SAFETY_HINT)
    return RemoteTask(
        SERVICE, info.task_id, state, info.status, message,
        video_url=info.video_url if state is TaskState.SUCCEEDED else None,
        urls=MappingProxyType({"endpoint": endpoint}),
        units_charged=info.units, video_seconds=info.video_duration,
    )  # fmt: skip


class KlingProvider:
    """Kling's own API with one account's keys, on one regional host."""

    def __init__(self, client: KlingClient, elements: Elements | None = None) -> None:
        self.client = client
        self._elements = elements or (lambda _payload, _folder: {})
        """The account's ready elements for a payload's characters (the element store)."""

    @property
    def name(self) -> str:
        return SERVICE

    @property
    def title(self) -> str:
        return "Kling"

    @property
    def cancels(self) -> bool:
        return False

    @property
    def retries(self) -> int:
        """Retries the client made (for the job log and benchmarks)."""
        return self.client.retries

    def capabilities(self) -> tuple[ServiceCapability, ...]:
        return CAPABILITIES

    def _elements_of(
        self, payload: GuidancesPayload, folder: Path | None
    ) -> Mapping[str, KlingElement]:
        return self._elements(payload, folder) if folder is not None else {}

    def kling_request(
        self, payload: GuidancesPayload, folder: Path | None = None, task_key: str | None = None
    ) -> KlingRequest:
        """The request as Kling's compiler builds it (the payload dock shows this)."""
        return compile_kling(payload, task_key, self._elements_of(payload, folder))

    def build_request(
        self,
        payload: GuidancesPayload,
        image_size: Callable[[str], int] | None = None,
        *,
        folder: Path | None = None,
        task_key: str | None = None,
    ) -> ServiceRequest:
        del image_size  # the storyboard's validation checks Kling's image limits
        request = self.kling_request(payload, folder, task_key)
        travel = tuple(f"{name}: {how}" for name, how in request.characters.items())
        return ServiceRequest(SERVICE, request.endpoint, MappingProxyType(dict(request.body)),
                              notices=travel)  # fmt: skip

    def price(self, payload: GuidancesPayload, *, folder: Path | None = None) -> PriceQuote | None:
        cost = estimate_cost(payload, self._elements_of(payload, folder))
        if cost is None:
            return None
        return PriceQuote(
            SERVICE, cost.model, cost.seconds, round(cost.units_per_second * KLING_USD_PER_UNIT, 4),
            cost.usd, SOURCE, units=cost.units,
        )  # fmt: skip

    async def create(self, request: ServiceRequest, read: ReadImage) -> RemoteTask:
        model = str(request.body.get("model_name", ""))
        kling = KlingRequest(request.endpoint, model, request.body)
        try:
            info = await self.client.create(kling, read)
        except UncertainCreate as error:
            raise UncertainServiceCreate(str(error)) from None
        except KlingError as error:
            if error.code == 1201 and "external_task_id" in error.service_message:
                # Kling holds a task made with this id already: it is this job's; find it.
                raise UncertainServiceCreate(error.explain()) from None
            raise KlingServiceError(error, SAFETY_HINT) from None
        return _task(info, request.endpoint)

    async def lookup(self, task: RemoteTask) -> RemoteTask:
        endpoint = task.urls["endpoint"]
        try:
            info = await self.client.query(endpoint, task.task_id)
        except KlingError as error:
            raise KlingServiceError(error) from None
        return _task(info, endpoint)

    async def reconcile(self, intent: CreateIntent) -> Reconciliation:
        """Look the task up by its ``external_task_id``: FOUND or ABSENT, never a guess.

        When Kling cannot be asked now, raises ServiceError: the answer will come at the
        next try, so the user is not asked to risk paying twice.
        """
        external = intent.plain_fields.get("external_task_id")
        if not isinstance(external, str) or not external:
            reason = _("the request was sent without an external task id.")
            return Reconciliation(Outcome.UNKNOWN, None, reason)
        try:
            info = await self.client.find(intent.endpoint, external)
        except KlingError as error:
            raise KlingServiceError(error) from None
        if info is None:
            return Reconciliation(
                Outcome.ABSENT, None, _("Kling has no task with this job's id: it never arrived.")
            )
        try:
            task = _task(info, intent.endpoint)
        except ServiceError:
            task = RemoteTask(SERVICE, info.task_id, TaskState.QUEUED, info.status,
                              urls=MappingProxyType({"endpoint": intent.endpoint}))  # fmt: skip
        return Reconciliation(Outcome.FOUND, task, _("Kling lists the task by this job's id."))

    async def cancel(self, task: RemoteTask) -> bool:
        del task
        return False  # Kling's legacy API has no cancel (kling-api.md §4)

    def download_url(self, task: RemoteTask) -> str | None:
        return task.video_url if task.state is TaskState.SUCCEEDED else None

    async def download(self, url: str, target: Path, check: CheckVideo | None = None) -> Path:
        try:
            return await self.client.download(url, target, check)  # type: ignore[arg-type]
        except DeadLink as error:
            raise ServiceError(SERVICE, ErrorKind.NOT_FOUND, error.service_message,
                               error.http_status) from None  # fmt: skip
        except UnplayableDownload as error:
            cause = error.__cause__
            raise (cause if isinstance(cause, Exception) else error) from None
        except KlingError as error:
            raise KlingServiceError(error) from None

    async def aclose(self) -> None:
        """Close the client's connections and its file worker."""
        await self.client.aclose()
