"""Kling image generation (kling-api.md §15): a shot's prompt and pictures → candidate frames.

Two legacy-standard endpoints (model in the body, JWT auth, statuses ``succeed``):

* ``POST /v1/images/generations`` (``kling-v3``): text-to-image, or single-image-to-image
  with one ``image``; ``n`` 1–9 candidates (§15.2).
* ``POST /v1/images/omni-image`` (``kling-v3-omni``, ``kling-image-o1``): up to 10 reference
  images (``image_list``) and elements named in the prompt as ``<<<image_N>>>``; ``n`` 1–9,
  or with ``kling-v3-omni`` a coherent ``series`` of 2–9 (§15.3).

A task is created, polled until it ends and its image URLs downloaded at once (they are
hotlink-protected and purged after 30 days, §15.4). Every limit used here is in
:data:`IMAGE_MODELS` with its source. This module talks HTTP itself (it does not go through
``client.py``, which serves video tasks) but reuses the account's :class:`TokenSource` and
the business-code rules of :mod:`errors`.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx

from storyboard_app.compiler.guidances import GuidanceReference, GuidancesPayload
from storyboard_app.domain.images import ImageInfo
from storyboard_app.i18n import _
from storyboard_app.providers.image_port import ImageCost, ImageReconciliation
from storyboard_app.providers.image_port import ImageTask as PortTask
from storyboard_app.providers.kling.auth import TokenSource
from storyboard_app.providers.kling.errors import (
    RENEW_TOKEN,
    RETRYABLE,
    KlingError,
    UncertainCreate,
)
from storyboard_app.providers.port import (
    ErrorKind,
    Outcome,
    ReadImage,
    ServiceError,
    TaskState,
)
from storyboard_app.providers.port import UncertainCreate as PortUncertain

SERVICE = "kling"
GENERATIONS = "/v1/images/generations"
OMNI_IMAGE = "/v1/images/omni-image"

USD_PER_IMAGE_UNIT = 0.028 / 8
"""§15.5 (V-IPRICE): 8 image units = $0.028. Image units are not video units."""
PROMPT_MAX = 2500
"""§15.2/§15.3: prompt ≤ 2500 characters (CONFIRMED V-IMG3, V-IOMNI)."""
REFERENCES_MAX = 10
"""§15.2/§15.3: elements + reference images ≤ 10 per request (CONFIRMED)."""
IMAGE_MAX_BYTES = 10 * 1024 * 1024
IMAGE_MIN_SIDE = 300
IMAGE_MAX_RATIO = 2.5
"""§15.2 ``image``: jpg/jpeg/png, ≤ 10 MB, ≥ 300 px, 1:2.5–2.5:1 (CONFIRMED)."""
IMAGE_FORMATS = ("JPEG", "PNG")
ASPECT_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")
"""§15.2: the 8 explicit ratios (omni also has ``auto``; not sent: 3.0 Omni text-to-image
does not support it, V-ICAP, so an explicit ratio is always sent)."""


@dataclass(frozen=True)
class ImageModel:
    """What one Kling image model accepts and costs, with the source of each fact."""

    name: str
    endpoint: str
    resolutions: tuple[str, ...]
    units_per_image: dict[str, int]
    series: bool
    """Whether ``result_type:"series"`` (a coherent set of 2–9) is offered."""
    reference_images_max: int
    negative_prompt: bool
    source: str
    gaps: tuple[str, ...] = ()

    @property
    def count_max(self) -> int:
        """Most candidates one request makes (``n`` 1–9, ``series_amount`` 2–9)."""
        return 9


IMAGE_MODELS: dict[str, ImageModel] = {
    model.name: model
    for model in (
        ImageModel(
            name="kling-v3-omni",
            endpoint=OMNI_IMAGE,
            resolutions=("1k", "2k", "4k"),
            units_per_image={"1k": 8, "2k": 8, "4k": 16},
            series=True,
            reference_images_max=REFERENCES_MAX,
            negative_prompt=False,
            source="kling-api.md §15.1, §15.3, §15.5 (V-IOMNI, V-ICAP, V-IPRICE); "
            "body checked against the Comfy Router copy of the vendor schema",
            gaps=("how a series is billed (taken as per image in the set)",),
        ),
        ImageModel(
            name="kling-v3",
            endpoint=GENERATIONS,
            resolutions=("1k", "2k"),
            units_per_image={"1k": 8, "2k": 8},
            series=False,
            reference_images_max=1,  # one ``image`` (single-image-to-image), §15.2
            negative_prompt=True,  # but not together with ``image``, §15.2
            source="kling-api.md §15.1, §15.2, §15.5 (V-IMG3, V-IPRICE)",
            gaps=("``auto`` aspect ratio claimed by V-SKILLS but not in the enum",),
        ),
        ImageModel(
            name="kling-image-o1",
            endpoint=OMNI_IMAGE,
            resolutions=("1k", "2k"),
            units_per_image={"1k": 8, "2k": 8},
            series=False,  # §15.3: series is kling-v3-omni only among 3.0/O1
            reference_images_max=REFERENCES_MAX,
            negative_prompt=False,
            source="kling-api.md §15.1, §15.3, §15.5 (V-IOMNI, V-ICAP, V-IPRICE)",
        ),
    )
}
DEFAULT_IMAGE_MODEL = "kling-v3-omni"
GAPS = (
    "pixel sizes of 1k/2k/4k per aspect ratio (§15.4)",
    "whether Kling's own result URLs are accepted back as inputs (§15.6)",
    "how a series is billed (§15.5)",
)
"""Facts no source gives (kling-api.md); the app does not depend on them."""


@dataclass(frozen=True)
class FrameCost(ImageCost):
    """What a Kling image request is expected to cost: image-pack units and US dollars."""

    def describe(self) -> str:
        """One line: "4 images × 8 u = 32 image units ≈ $0.11"."""
        text = (
            _("{count} image × {rate} u = {units} image units ≈ ${usd}")
            if self.images == 1
            else _("{count} images × {rate} u = {units} image units ≈ ${usd}")
        )
        return text.format(
            count=self.images, rate=self.units_per_image, units=self.units, usd=f"{self.usd:.2f}"
        )


def _frame_cost(images: int, per: int) -> FrameCost:
    units = images * per
    return FrameCost(images=images, usd=round(units * USD_PER_IMAGE_UNIT, 4),
                     usd_per_image=round(per * USD_PER_IMAGE_UNIT, 4), units=units,
                     units_per_image=per)  # fmt: skip


def total_cost(costs: list[FrameCost]) -> FrameCost | None:
    """The sum of several requests' costs (None for none)."""
    if not costs:
        return None
    units = sum(c.units or 0 for c in costs)
    images = sum(c.images for c in costs)
    per = costs[0].units_per_image or 0
    return FrameCost(images=images, usd=round(units * USD_PER_IMAGE_UNIT, 4),
                     usd_per_image=round(per * USD_PER_IMAGE_UNIT, 4), units=units,
                     units_per_image=per)  # fmt: skip


@dataclass(frozen=True)
class FrameRequest:
    """One image task for one shot, ready to send."""

    shot_id: str
    model: str
    prompt: str
    aspect_ratio: str
    resolution: str
    count: int
    series: bool
    references: tuple[str, ...]
    """Project-relative paths of the reference pictures, in ``<<<image_N>>>`` order."""
    negative_prompt: str = ""
    element_ids: tuple[int, ...] = ()
    external_task_id: str = ""

    @property
    def spec(self) -> ImageModel:
        """The model's capability row."""
        return IMAGE_MODELS[self.model]

    @property
    def endpoint(self) -> str:
        """The path this request is sent to."""
        return self.spec.endpoint

    @property
    def service(self) -> str:
        """The service's name in job records."""
        return SERVICE

    def cost(self) -> FrameCost:
        """Images × units per image at the chosen resolution (§15.5)."""
        return _frame_cost(self.count, self.spec.units_per_image[self.resolution])

    def tagged(self, job_id: str) -> FrameRequest:
        """The request sent with the job's id as ``external_task_id`` (§15.2, §15.3)."""
        return replace(self, external_task_id=job_id)

    def plain_fields(self) -> dict[str, Any]:
        """The body's fields that carry no picture."""
        return {key: value for key, value in self.display().items()
                if key not in ("image", "image_list")}  # fmt: skip

    def problems(self, inspect: Callable[[str], ImageInfo]) -> list[str]:
        """Why the service would refuse this request (empty when it would not)."""
        spec = self.spec
        found: list[str] = []
        if not self.prompt.strip():
            found.append(_("The shot has no prompt: describe its subject or action first."))
        if len(self.prompt) > PROMPT_MAX:
            found.append(
                _("The prompt has {count} characters; {model} takes at most {most}.").format(
                    count=len(self.prompt), model=self.model, most=PROMPT_MAX
                )
            )
        if self.resolution not in spec.resolutions:
            found.append(
                _("{model} makes {resolutions} images only.").format(
                    model=self.model, resolutions=", ".join(spec.resolutions)
                )
            )
        if self.aspect_ratio not in ASPECT_RATIOS:
            found.append(_("Kling makes no {ratio} images.").format(ratio=self.aspect_ratio))
        low = 2 if self.series else 1
        if not low <= self.count <= spec.count_max:
            kind = (
                _("a series makes {low}–{high} images, not {count}.")
                if self.series
                else _("one request makes {low}–{high} images, not {count}.")
            )
            found.append(kind.format(low=low, high=spec.count_max, count=self.count))
        if self.series and not spec.series:
            found.append(_("{model} makes no series; kling-v3-omni does.").format(model=self.model))
        if len(self.references) + len(self.element_ids) > REFERENCES_MAX:
            found.append(
                _("At most {most} reference images and elements together.").format(
                    most=REFERENCES_MAX
                )
            )
        for path in self.references:
            found.extend(_image_problems(inspect(path)))
        return found

    def wire_body(self, read: Callable[[str], bytes]) -> dict[str, Any]:
        """The JSON body (reference images read and base64-encoded now, no ``data:`` prefix)."""
        images = [base64.b64encode(read(path)).decode("ascii") for path in self.references]
        body: dict[str, Any] = {
            "model_name": self.model,
            "prompt": self.prompt,
            "aspect_ratio": self.aspect_ratio,
            "resolution": self.resolution,
        }
        if self.endpoint == GENERATIONS:
            body["n"] = self.count
            if images:
                body["image"] = images[0]
            elif self.negative_prompt and self.spec.negative_prompt:
                body["negative_prompt"] = self.negative_prompt[:PROMPT_MAX]
        else:
            if self.series:
                body["result_type"] = "series"
                body["series_amount"] = self.count
            else:
                body["result_type"] = "single"
                body["n"] = self.count
            if images:
                body["image_list"] = [{"image": image} for image in images]
        if self.element_ids:
            body["element_list"] = [{"element_id": element} for element in self.element_ids]
        if self.external_task_id:
            body["external_task_id"] = self.external_task_id
        return body

    def display(self) -> dict[str, Any]:
        """The body as shown to people: images by their project path, not their bytes."""
        return self.wire_body(lambda path: f"<{path}>".encode())


def _image_problems(info: ImageInfo) -> list[str]:
    if not info.exists:
        return [_("{file} is missing from the project.").format(file=info.path)]
    if not info.readable:
        return [
            _("{file} cannot be read as an image ({error}).").format(
                file=info.path, error=info.error
            )
        ]
    found: list[str] = []
    if info.format not in IMAGE_FORMATS:
        found.append(
            _("{file} is {format}; Kling takes JPEG or PNG.").format(
                file=info.path, format=info.format
            )
        )
    if info.size_bytes > IMAGE_MAX_BYTES:
        found.append(_("{file} is over 10 MB.").format(file=info.path))
    if min(info.width, info.height) < IMAGE_MIN_SIDE:
        found.append(
            _("{file} is {width}×{height}; Kling needs ≥ 300 px a side.").format(
                file=info.path, width=info.width, height=info.height
            )
        )
    elif max(info.width, info.height) / min(info.width, info.height) > IMAGE_MAX_RATIO:
        found.append(_("{file} is longer than 2.5:1.").format(file=info.path))
    return found


def _with_reference_tokens(prompt: str, references: list[GuidanceReference]) -> str:
    """The prompt naming each reference picture as ``<<<image_N>>>`` (§15.3)."""
    if not references:
        return prompt
    named = [
        f"<<<image_{i + 1}>>> shows {ref.label or ref.role.value}"
        for i, ref in enumerate(references)
    ]
    return f"{prompt} Reference pictures: {'; '.join(named)}."


def frame_request(
    payload: GuidancesPayload,
    shot_index: int,
    *,
    model: str = DEFAULT_IMAGE_MODEL,
    resolution: str = "1k",
    count: int = 4,
    series: bool = False,
    external_task_id: str = "",
) -> FrameRequest:
    """The image request for one shot: its compiled prompt and its (characters') pictures.

    The prompt is the one the video request uses for that shot (it names the storyboard's
    style and lighting), so the frame matches the render it may start. A shot's own
    references come first, then its characters' pictures, each once, cut to what the model
    takes; omni prompts name them as ``<<<image_N>>>``.
    """
    spec = IMAGE_MODELS[model]
    guidance = payload.guidances[shot_index]
    prompt = guidance.prompt.strip()  # it already carries the storyboard's style and lighting
    unique: dict[str, GuidanceReference] = {}
    for ref in guidance.references:
        unique.setdefault(ref.image, ref)
    chosen = list(unique.values())[: spec.reference_images_max]
    if spec.endpoint == OMNI_IMAGE:
        prompt = _with_reference_tokens(prompt, chosen)
    return FrameRequest(
        shot_id=guidance.shot_id,
        model=model,
        prompt=prompt,
        aspect_ratio=payload.aspect_ratio.value,
        resolution=resolution,
        count=count,
        series=series,
        references=tuple(ref.image for ref in chosen),
        negative_prompt=payload.negative_prompt,
        external_task_id=external_task_id,
    )


@dataclass(frozen=True)
class ImageTask:
    """What the service says of an image task."""

    task_id: str
    status: str
    message: str
    external_id: str | None
    urls: tuple[str, ...]
    units: float | None

    @property
    def finished(self) -> bool:
        """Whether the task will not change any more."""
        return self.status in ("succeed", "failed")


def _image_task(data: Any) -> ImageTask:
    try:
        return _read_task(data)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        said = f"Kling described the task in an unexpected shape ({error!r})"
        raise KlingError(None, said) from None


def _read_task(data: Any) -> ImageTask:
    if not isinstance(data, dict):
        raise KlingError(None, "Kling answered without a task")
    result = data.get("task_result") or {}
    images = result.get("series_images") or result.get("images") or []
    urls = tuple(
        str(item["url"]) for item in sorted(images, key=lambda i: int(i.get("index", 0)))
    )  # fmt: skip
    units = data.get("final_unit_deduction")
    return ImageTask(
        task_id=str(data.get("task_id", "")),
        status=str(data.get("task_status", "")),
        message=str(data.get("task_status_msg", "") or ""),
        external_id=(data.get("task_info") or {}).get("external_task_id"),
        urls=urls,
        units=float(units) if units not in (None, "") else None,
    )


Sleep = Callable[[float], Awaitable[None]]


@dataclass
class ImagePoll:
    """How often to ask about a task, and for how long (ISH polls every 3 s, §6)."""

    first: float = 2.0
    most: float = 8.0
    give_up_after: float = 600.0
    attempts: int = 5
    """Tries of one call through 5xx/garbage/1302/1303/5000-5002 before giving up."""


@dataclass
class KlingImages:
    """Creates, follows and downloads Kling image tasks for one account and base URL."""

    http: httpx.AsyncClient
    base_url: str
    tokens: TokenSource
    poll: ImagePoll = field(default_factory=ImagePoll)
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)

    async def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        creates = method == "POST"
        renewed = False
        attempt = 0
        while True:
            headers = {"Authorization": f"Bearer {self.tokens.token()}"}
            try:
                response = await self.http.request(
                    method, self.base_url.rstrip("/") + path, json=body, headers=headers
                )
            except (httpx.TimeoutException, httpx.TransportError) as error:
                if creates:  # the task may exist: never pay twice without the user's word
                    raise UncertainCreate(str(error) or type(error).__name__) from None
                attempt = await self._again(attempt, f"no answer from Kling: {error}")
                continue
            try:
                answer = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                answer = None
            if not isinstance(answer, dict):
                said = f"Kling answered HTTP {response.status_code} with unreadable content"
                if response.status_code >= 500:
                    if creates:
                        raise UncertainCreate(said)
                    attempt = await self._again(attempt, said)
                    continue
                raise KlingError(None, said, response.status_code)
            code = answer.get("code")
            if code == 0:
                return answer.get("data")
            message = str(answer.get("message", ""))
            if code in RENEW_TOKEN and not renewed:
                self.tokens.invalidate()
                renewed = True
                continue
            if code in RETRYABLE:
                attempt = await self._again(attempt, message, code, response.status_code)
                continue
            raise KlingError(code if isinstance(code, int) else None, message, response.status_code)

    async def _again(
        self, attempt: int, said: str, code: int | None = None, status: int | None = None
    ) -> int:
        if attempt + 1 >= self.poll.attempts:
            raise KlingError(code, said, status)
        await self.sleep(self.rng.uniform(0, min(30.0, 2**attempt)))
        return attempt + 1

    async def create(self, request: FrameRequest, read: Callable[[str], bytes]) -> ImageTask:
        """Send the request (pictures read now); the new task."""
        return _image_task(await self._call("POST", request.endpoint, request.wire_body(read)))

    async def query(self, endpoint: str, task_id: str) -> ImageTask:
        """The task's current state."""
        return _image_task(await self._call("GET", f"{endpoint}/{task_id}"))

    async def follow(
        self, endpoint: str, task: ImageTask, seen: Callable[[ImageTask], None] | None = None
    ) -> ImageTask:
        """Poll until the task ends; a failed task raises with the service's reason."""
        started = time.monotonic()
        wait = self.poll.first
        while not task.finished:
            if time.monotonic() - started > self.poll.give_up_after:
                raise KlingError(None, f"task {task.task_id} did not finish in time")
            await self.sleep(wait)
            wait = min(self.poll.most, wait * 1.5)
            task = await self.query(endpoint, task.task_id)
            if seen is not None:
                seen(task)
        if task.status == "failed":
            raise KlingError(None, task.message or "the image task failed")
        if not task.urls:
            raise KlingError(None, "the image task succeeded but named no images")
        return task

    async def download(self, url: str, target: Path) -> Path:
        """Fetch one result image to ``target`` (via ``.part``, then renamed)."""
        part = target.with_name(target.name + ".part")
        target.parent.mkdir(parents=True, exist_ok=True)
        attempt = 0
        while True:
            try:
                response = await self.http.get(url)
            except (httpx.TimeoutException, httpx.TransportError) as error:
                attempt = await self._again(attempt, f"download failed: {error}")
                continue
            if response.status_code >= 500:
                attempt = await self._again(
                    attempt, f"download answered HTTP {response.status_code}"
                )
                continue
            if response.status_code != 200:
                raise KlingError(
                    None, f"download answered HTTP {response.status_code}", response.status_code
                )
            part.write_bytes(response.content)
            os.replace(part, target)
            return target


_KINDS = {1000: ErrorKind.AUTH, 1001: ErrorKind.AUTH, 1002: ErrorKind.AUTH,
          1100: ErrorKind.BILLING, 1101: ErrorKind.BILLING, 1102: ErrorKind.BILLING,
          1301: ErrorKind.MODERATION, 1203: ErrorKind.NOT_FOUND}  # fmt: skip


def service_error(error: KlingError) -> ServiceError:
    """A Kling refusal in the port's terms, keeping Kling's own explanation."""
    kind = _KINDS.get(error.code or -1, ErrorKind.INVALID)
    if error.code in RETRYABLE or (error.code is None and (error.http_status or 0) >= 500):
        kind = ErrorKind.SERVER
    if error.code is None and error.http_status is None:
        kind = ErrorKind.NETWORK
    retryable = error.retryable or kind in (ErrorKind.SERVER, ErrorKind.NETWORK)
    return ServiceError(SERVICE, kind, error.explain(), error.http_status, retryable)


def _port_task(task: ImageTask) -> PortTask:
    state = {"succeed": TaskState.SUCCEEDED, "failed": TaskState.FAILED,
             "submitted": TaskState.QUEUED}.get(task.status, TaskState.RUNNING)  # fmt: skip
    return PortTask(task.task_id, state, task.status, task.message, task.urls, units=task.units)


@dataclass
class KlingImageService:
    """Kling's image API behind the image port (``jobs/image_jobs.py``).

    The job id goes out as ``external_task_id`` (§15.2, §15.3), so a create whose answer was
    lost is found again by it (``GET …/{external_task_id}``, §15.1); Kling answering that
    it knows no such task (1203, §7) is taken as proof that the create never arrived
    (INFERRED: the answer to an unknown external id is not documented). Kling's image API has no
    cancel endpoint (§15.1): a running task can only be left to finish.
    """

    images: KlingImages
    name: str = SERVICE
    can_cancel: bool = False

    async def create(self, order: Any, read: ReadImage) -> PortTask:
        if not isinstance(order, FrameRequest):
            raise TypeError("a Kling image service sends Kling frame requests only")
        try:
            return _port_task(await self.images.create(order, read))
        except UncertainCreate as error:
            raise PortUncertain(str(error)) from None
        except KlingError as error:
            raise service_error(error) from None

    async def lookup(self, endpoint: str, task: PortTask) -> PortTask:
        try:
            return _port_task(await self.images.query(endpoint, task.task_id))
        except KlingError as error:
            raise service_error(error) from None

    async def reconcile(
        self, endpoint: str, job_id: str, plain_fields: Mapping[str, Any], sent_at: float
    ) -> ImageReconciliation:
        try:
            task = await self.images.query(endpoint, job_id)
        except KlingError as error:
            if error.code == 1203 or error.http_status == 404:
                return ImageReconciliation(Outcome.ABSENT, None,
                                           _("Kling knows no task with this job's id"))  # fmt: skip
            raise service_error(error) from None
        return ImageReconciliation(Outcome.FOUND, _port_task(task),
                                   _("Kling found the task by this job's id"))  # fmt: skip

    async def cancel(self, endpoint: str, task: PortTask) -> bool:
        return False

    async def download(self, url: str, target: Path) -> Path:
        try:
            return await self.images.download(url, target)
        except KlingError as error:
            raise service_error(error) from None
