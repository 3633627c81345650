"""The image port: what any image service (Kling's own API, fal.ai) offers the image jobs.

Frame generation is driven the same way for every service by ``jobs/image_jobs.py``:

1. An :class:`ImageOrder` is what one shot's request will be (its endpoint, its fields as
   shown to people, its cost, its pictures by project path). The job layer records the
   order durably (job database) *before* ``create`` is called.
2. ``create`` answers an :class:`ImageTask`, raises :class:`ServiceError` (the service said
   no: nothing was made) or :class:`UncertainCreate` (the answer was lost: the task may
   exist and be charged).
3. After an uncertain create, or after a crash between the record and the answer,
   ``reconcile`` says whether the service holds the task: Kling looks it up by the
   ``external_task_id`` the order carried (kling-api.md §15.1); fal searches its request
   history (it has no idempotency key). Only an ABSENT answer lets the user send again
   knowingly; an UNKNOWN one is shown and never re-sent by itself.
4. ``lookup`` polls; a succeeded task names its image URLs, which ``download`` fetches.
   ``cancel`` asks the service to stop a task, where the service can (``can_cancel``).

Keys are given to the adapters by their caller; they are never stored here or in jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from storyboard_app.domain.images import ImageInfo
from storyboard_app.providers.port import Outcome, ReadImage, TaskState


@dataclass(frozen=True)
class ImageCost:
    """What an image request is expected to cost.

    ``units`` and ``units_per_image`` are the service's own units where it bills in them
    (Kling's image units); None where it bills in dollars (fal)."""

    images: int
    usd: float
    usd_per_image: float
    units: int | None = None
    units_per_image: int | None = None


def total_cost(costs: list[ImageCost]) -> ImageCost | None:
    """The sum of several requests' costs (None for none)."""
    if not costs:
        return None
    first = costs[0]
    units = None if first.units is None else sum(c.units or 0 for c in costs)
    return ImageCost(
        images=sum(c.images for c in costs),
        usd=round(sum(c.usd for c in costs), 4),
        usd_per_image=first.usd_per_image,
        units=units,
        units_per_image=first.units_per_image,
    )


class ImageOrder(Protocol):
    """One shot's image request, before it is sent (pictures still named by path)."""

    @property
    def service(self) -> str:
        """The service's name for job records ("kling", "fal")."""
        ...

    @property
    def shot_id(self) -> str: ...

    @property
    def endpoint(self) -> str:
        """The path or endpoint id the request goes to."""
        ...

    @property
    def count(self) -> int:
        """How many candidates it asks for."""
        ...

    @property
    def references(self) -> tuple[str, ...]:
        """Project-relative paths of the pictures it sends."""
        ...

    def cost(self) -> ImageCost: ...

    def problems(self, inspect: Callable[[str], ImageInfo]) -> list[str]:
        """Why the service would refuse it (empty when it would not)."""
        ...

    def display(self) -> dict[str, Any]:
        """The body as shown to people and kept in the job record: pictures by path."""
        ...

    def plain_fields(self) -> dict[str, Any]:
        """The body's fields that carry no picture (what a service listing is matched to)."""
        ...

    def tagged(self, job_id: str) -> ImageOrder:
        """The same order carrying the job's id where the service takes a caller's id."""
        ...


@dataclass(frozen=True)
class ImageTask:
    """What a service says of one image task."""

    task_id: str
    state: TaskState
    service_status: str
    message: str = ""
    urls: tuple[str, ...] = ()
    """The result images, in the service's order (a succeeded task only)."""
    links: Mapping[str, str] = field(default_factory=dict)
    """Addresses the service gave for this task (fal: status, response, cancel)."""
    units: float | None = None
    """What the service says it charged, in its own units, when it says."""


@dataclass(frozen=True)
class ImageReconciliation:
    """The answer to "did my create reach the service?"."""

    outcome: Outcome
    task: ImageTask | None
    reason: str


class ImageService(Protocol):
    """One image service as the image jobs see it."""

    @property
    def name(self) -> str: ...

    @property
    def can_cancel(self) -> bool:
        """Whether a running task can be stopped on the service."""
        ...

    async def create(self, order: ImageOrder, read: ReadImage) -> ImageTask:
        """Send the order (pictures read now); raises ServiceError or UncertainCreate."""
        ...

    async def lookup(self, endpoint: str, task: ImageTask) -> ImageTask:
        """The task's current state."""
        ...

    async def reconcile(
        self, endpoint: str, job_id: str, plain_fields: Mapping[str, Any], sent_at: float
    ) -> ImageReconciliation:
        """Whether the service holds the task of the job recorded as sent at ``sent_at``."""
        ...

    async def cancel(self, endpoint: str, task: ImageTask) -> bool:
        """Ask the service to stop the task; False when it cannot (any more)."""
        ...

    async def download(self, url: str, target: Path) -> Path:
        """Fetch one result image to ``target`` (via a part file)."""
        ...
