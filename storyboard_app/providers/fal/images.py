"""Kling image models on fal.ai, behind the image port (frames for storyboard shots).

What fal offers, as found in the stored copies of fal's pages (checked 2026-11-30):

* ``fal-ai/kling-image/v3/text-to-image`` (F-IMG3,
  ``https://fal.ai/models/fal-ai/kling-image/v3/text-to-image/llms.txt``): CONFIRMED input
  ``prompt`` (required, ≤ 2500 characters), ``negative_prompt``, ``elements``,
  ``resolution`` ``"1K"``|``"2K"`` (default 1K), ``num_images`` 1–9 (default 1),
  ``aspect_ratio`` 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9 (default 16:9),
  ``output_format`` (its values were cut off in our copy: not sent). Price CONFIRMED:
  $0.028 per image. No reference pictures (``elements`` wants a frontal picture plus
  references of one subject, which a shot does not group; not sent).
* ``fal-ai/kling-image/o1`` (F-O1, ``https://fal.ai/models/fal-ai/kling-image/o1/api``):
  CONFIRMED ``prompt`` naming pictures as ``@Image1``, ``@Image2``… and ``image_urls`` (a
  list of picture URLs); public code and a proxy's copy send ``num_images``,
  ``resolution`` ``"1K"``/``"2K"`` and ``aspect_ratio`` too (MIRROR, not on the part of
  fal's page we could read), and treat ``image_urls`` as required. Price NOT CONFIRMED on
  fal's pages we could read; third-party listings say $0.028 per image (shown as such).
* ``fal-ai/kling-image/v3/image-to-image``, ``fal-ai/kling-image/o3/text-to-image`` and
  ``…/o3/image-to-image`` appear only in public code (NOT CONFIRMED): not offered.
* Output: ``{"images": [{"url": …}, …]}`` (MIRROR: public code reading ``images[0].url``
  from ``kling-image/o1``; the output part of F-IMG3 was cut off in our copy).
* Pictures are sent as data URIs: fal's CDN page says "some models also accept data
  URIs" (NOT CONFIRMED for these two endpoints; no size limit found, so Kling's own
  10 MB limit is applied, INFERRED).

The queue (submit, status, result, cancel, request history) is fal's, as for video
(``providers/fal/client.py``).
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import httpx

from storyboard_app.compiler.guidances import GuidanceReference, GuidancesPayload
from storyboard_app.domain.images import ImageInfo
from storyboard_app.i18n import N_, _
from storyboard_app.providers.fal.client import (
    PLATFORM_ORIGIN,
    QUEUE_ORIGIN,
    FalProvider,
    data_uri,
)
from storyboard_app.providers.image_port import ImageCost, ImageReconciliation, ImageTask
from storyboard_app.providers.port import (
    CreateIntent,
    ErrorKind,
    ReadImage,
    RemoteTask,
    ServiceError,
    TaskState,
    UncertainCreate,
)
from storyboard_app.providers.transfer import DEFAULT_BACKOFF, Backoff, Sleep, download_resumable

SERVICE = "fal"
V3_TEXT_TO_IMAGE = "fal-ai/kling-image/v3/text-to-image"
O1_IMAGE = "fal-ai/kling-image/o1"
PROMPT_MAX = 2500
ASPECT_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")
IMAGE_MAX_BYTES = 10 * 1024 * 1024
"""No limit found in fal's docs for these endpoints: Kling's own 10 MB (INFERRED)."""
_STATES = {"IN_QUEUE": TaskState.QUEUED, "IN_PROGRESS": TaskState.RUNNING}


@dataclass(frozen=True)
class FalImageModel:
    """One Kling image endpoint on fal, with the source of each fact."""

    endpoint: str
    label: str
    usd_per_image: float
    price_confirmed: bool
    resolutions: tuple[str, ...]
    images_min: int
    images_max: int
    negative_prompt: bool
    source: str


FAL_IMAGE_MODELS: dict[str, FalImageModel] = {
    model.endpoint: model
    for model in (
        FalImageModel(
            endpoint=V3_TEXT_TO_IMAGE,
            label=N_("Kling Image 3.0 (text to image)"),
            usd_per_image=0.028,
            price_confirmed=True,
            resolutions=("1K", "2K"),
            images_min=0,
            images_max=0,
            negative_prompt=True,
            source="https://fal.ai/models/fal-ai/kling-image/v3/text-to-image/llms.txt",
        ),
        FalImageModel(
            endpoint=O1_IMAGE,
            label=N_("Kling Image O1 (with the shot's pictures)"),
            usd_per_image=0.028,
            price_confirmed=False,
            resolutions=("1K", "2K"),
            images_min=1,
            images_max=10,
            negative_prompt=False,
            source="https://fal.ai/models/fal-ai/kling-image/o1/api",
        ),
    )
}


@dataclass(frozen=True)
class FalFrameOrder:
    """One shot's image request to fal, pictures still named by project path."""

    shot_id: str
    endpoint: str
    prompt: str
    aspect_ratio: str
    resolution: str
    count: int
    references: tuple[str, ...]
    negative_prompt: str = ""

    @property
    def service(self) -> str:
        return SERVICE

    @property
    def spec(self) -> FalImageModel:
        return FAL_IMAGE_MODELS[self.endpoint]

    def cost(self) -> ImageCost:
        """Images × fal's price per image."""
        per = self.spec.usd_per_image
        return ImageCost(images=self.count, usd=round(per * self.count, 4), usd_per_image=per)

    def problems(self, inspect: Callable[[str], ImageInfo]) -> list[str]:
        spec = self.spec
        found: list[str] = []
        if not self.prompt.strip():
            found.append(_("The shot has no prompt: describe its subject or action first."))
        if len(self.prompt) > PROMPT_MAX:
            found.append(
                _("The prompt has {count} characters; fal takes at most {most}.").format(
                    count=len(self.prompt), most=PROMPT_MAX
                )
            )
        if self.resolution not in spec.resolutions:
            found.append(
                _("{model} makes {resolutions} images only.").format(
                    model=_(spec.label), resolutions=", ".join(spec.resolutions)
                )
            )
        if self.aspect_ratio not in ASPECT_RATIOS:
            found.append(
                _("fal's Kling images come in no {ratio} frame.").format(ratio=self.aspect_ratio)
            )
        if not 1 <= self.count <= 9:
            found.append(_("One request makes 1–9 images, not {count}.").format(count=self.count))
        if len(self.references) < spec.images_min:
            found.append(
                _(
                    "{model} needs a picture of the shot or of its characters: "
                    "add one, or choose Kling Image 3.0."
                ).format(model=_(spec.label))
            )
        for path in self.references:
            info = inspect(path)
            if not info.exists:
                found.append(_("{file} is missing from the project.").format(file=path))
            elif not info.readable:
                found.append(
                    _("{file} cannot be read as an image ({error}).").format(
                        file=path, error=info.error
                    )
                )
            elif info.format not in ("JPEG", "PNG"):
                found.append(
                    _("{file} is {format}; pictures are sent as PNG or JPEG.").format(
                        file=path, format=info.format
                    )
                )
            elif info.size_bytes > IMAGE_MAX_BYTES:
                found.append(_("{file} is over 10 MB.").format(file=path))
        return found

    def wire_body(self, picture: Callable[[str], str]) -> dict[str, Any]:
        """The input JSON, each picture given by ``picture(path)``."""
        body: dict[str, Any] = {
            "prompt": self.prompt,
            "num_images": self.count,
            "aspect_ratio": self.aspect_ratio,
            "resolution": self.resolution,
        }
        if self.references:
            body["image_urls"] = [picture(path) for path in self.references]
        if self.negative_prompt and self.spec.negative_prompt:
            body["negative_prompt"] = self.negative_prompt[:PROMPT_MAX]
        return body

    def display(self) -> dict[str, Any]:
        return self.wire_body(lambda path: f"<{path}>")

    def plain_fields(self) -> dict[str, Any]:
        return {key: value for key, value in self.display().items() if key != "image_urls"}

    def tagged(self, job_id: str) -> FalFrameOrder:
        """fal takes no caller's id (its history is searched instead): the same order."""
        return self


def _named(prompt: str, references: list[GuidanceReference]) -> str:
    """The prompt naming each picture as fal's ``@ImageN``."""
    if not references:
        return prompt
    named = [
        f"@Image{i + 1} shows {ref.label or ref.role.value}" for i, ref in enumerate(references)
    ]
    return f"{prompt} Reference pictures: {'; '.join(named)}."


def fal_frame_order(
    payload: GuidancesPayload,
    shot_index: int,
    *,
    endpoint: str = V3_TEXT_TO_IMAGE,
    resolution: str = "1K",
    count: int = 4,
) -> FalFrameOrder:
    """The fal request for one shot: its compiled prompt and, on O1, its pictures."""
    spec = FAL_IMAGE_MODELS[endpoint]
    guidance = payload.guidances[shot_index]
    unique: dict[str, GuidanceReference] = {}
    for ref in guidance.references:
        unique.setdefault(ref.image, ref)
    chosen = list(unique.values())[: spec.images_max]
    return FalFrameOrder(
        shot_id=guidance.shot_id,
        endpoint=endpoint,
        prompt=_named(guidance.prompt.strip(), chosen),
        aspect_ratio=payload.aspect_ratio.value,
        resolution=resolution,
        count=count,
        references=tuple(ref.image for ref in chosen),
        negative_prompt=payload.negative_prompt,
    )


class FalImageService:
    """fal's queue for Kling image endpoints, with one key (the image port)."""

    name = SERVICE
    can_cancel = True
    """fal's queue has a cancel address (``PUT …/cancel``); a started request may still run."""

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
        self._backoff = backoff
        self._sleep = sleep
        self._rng = rng or random.Random()
        # The same queue, retries, errors and request history as fal's video endpoints.
        self._queue = FalProvider(http, key, queue_base, platform_base, backoff, sleep, self._rng)

    async def create(self, order: Any, read: ReadImage) -> ImageTask:
        if not isinstance(order, FalFrameOrder):
            raise TypeError("a fal image service sends fal frame orders only")
        body = order.wire_body(lambda path: data_uri(read(path)))
        queue = self._queue
        response = await queue._call("POST", f"{queue._queue}/{order.endpoint}", body=body,
                                     creates=True)  # fmt: skip
        try:
            answer = response.json()
            links = {name: queue._rebase(str(answer[f"{name}_url"]))
                     for name in ("status", "response", "cancel")}  # fmt: skip
            task_id = str(answer["request_id"])
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as error:
            raise UncertainCreate(f"fal's answer could not be read: {error}") from None
        return ImageTask(task_id, TaskState.QUEUED, "IN_QUEUE", links=links)

    async def lookup(self, endpoint: str, task: ImageTask) -> ImageTask:
        queue = self._queue
        answer = queue._json(await queue._call("GET", task.links["status"]))
        status = str(answer.get("status", ""))
        if status in _STATES:
            return ImageTask(task.task_id, _STATES[status], status, links=task.links)
        if status != "COMPLETED":
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, f"unknown status {status!r}",
                               retryable=True)  # fmt: skip
        try:
            result = queue._json(await queue._call("GET", task.links["response"]))
        except ServiceError as error:
            if error.retryable or error.kind in (ErrorKind.AUTH, ErrorKind.NETWORK):
                raise
            canceled = "cancel" in error.service_message.lower()
            state = TaskState.CANCELED if canceled else TaskState.FAILED
            return ImageTask(task.task_id, state, status, error.explain(), links=task.links)
        images = result.get("images")
        items = images if isinstance(images, list) else []
        urls = [item.get("url") for item in items if isinstance(item, dict)]
        if not urls or not all(isinstance(url, str) for url in urls):
            raise ServiceError(SERVICE, ErrorKind.UNREADABLE, "the result names no images",
                               retryable=True)  # fmt: skip
        found = tuple(str(url) for url in urls)
        return ImageTask(task.task_id, TaskState.SUCCEEDED, status, urls=found, links=task.links)

    async def reconcile(
        self, endpoint: str, job_id: str, plain_fields: Mapping[str, Any], sent_at: float
    ) -> ImageReconciliation:
        intent = CreateIntent(job_id, SERVICE, endpoint, "", MappingProxyType(dict(plain_fields)),
                              sent_at)  # fmt: skip
        found = await self._queue.reconcile(intent)
        task = None
        if found.task is not None:
            task = ImageTask(found.task.task_id, TaskState.QUEUED, "listed",
                             links=dict(found.task.urls))  # fmt: skip
        return ImageReconciliation(found.outcome, task, found.reason)

    async def cancel(self, endpoint: str, task: ImageTask) -> bool:
        remote = RemoteTask(SERVICE, task.task_id, task.state, task.service_status,
                            urls=task.links)  # fmt: skip
        return await self._queue.cancel(remote)

    async def download(self, url: str, target: Path) -> Path:
        return await download_resumable(
            self._http, SERVICE, url, target, self._backoff, self._sleep, self._rng
        )
