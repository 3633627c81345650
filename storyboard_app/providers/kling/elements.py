"""Kling elements (主体): a character's pictures, and optionally a voice, made into one id.

``shared/docs/kling-api.md`` §13 (vendor pages V-ELEM, V-LEG):

* ``POST /v1/general/advanced-custom-elements`` creates an element **asynchronously**: the
  answer holds a ``task_id`` and no ``element_id`` (§13.3), so the task is polled with
  ``GET …/advanced-custom-elements/{task_id}`` until ``succeed`` or ``failed``.
* A multi-image element is 1 frontal picture plus 1–3 others (2–4 in all), each jpg/png,
  ≤10 MB, ≥300 px a side, 1:2.5–2.5:1, sent as raw base64 (§13.2). ``element_name`` ≤20
  characters, ``element_description`` ≤100.
* ``element_voice_id`` binds a preset or custom voice (§14.4; multi-image elements may bind
  one since 03/23/2026, "character image elements" only).
* ``element_id`` can exceed 2**53 (the vendor's own example is 829836802793406551): it is
  kept as a Python int here and as a string in stores, never as a float.
* An element belongs to the account that made it (§13.7): ids are kept per account and
  region by :mod:`.element_store`.

Not documented (GAP), so not relied on: the price of making an element (the task's
``final_unit_deduction`` is recorded instead), how long it takes, a per-account quota, how
long an element lives, a lookup by ``element_id``.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # httpx loads with the client, at the first request, not with the window
    from storyboard_app.providers.kling.client import KlingClient

ELEMENTS = "/v1/general/advanced-custom-elements"
NAME_MAX = 20
DESCRIPTION_MAX = 100
PICTURES_MIN = 2
PICTURES_MAX = 4
CHARACTER_TAG = "o_102"  # §13.2 tag_list: o_102 Character
ITEM_TAG = "o_104"  # §13.2: o_104 Item (a product or prop)
SCENE_TAG = "o_106"  # §13.2: o_106 Scene (a place)


class ElementRefused(ValueError):
    """The element cannot be asked for as it is (the message says why, for people)."""


@dataclass(frozen=True)
class ElementTask:
    """What the service says of an element's creation task."""

    task_id: str
    status: str
    """``submitted``, ``processing``, ``succeed`` or ``failed`` (§13.3)."""
    message: str
    element_id: int | None
    voice_id: str | None
    units: float | None

    @property
    def finished(self) -> bool:
        """Whether the task will not change any more."""
        return self.status in ("succeed", "failed")


def _element_task(data: dict[str, Any]) -> ElementTask:
    elements = (data.get("task_result") or {}).get("elements") or []
    ready = [e for e in elements if e.get("status", "succeed") == "succeed"]
    first = ready[0] if ready else {}
    element_id = first.get("element_id")
    voice = first.get("element_voice_info") or {}
    units = data.get("final_unit_deduction")
    return ElementTask(
        task_id=str(data.get("task_id", "")),
        status=str(data.get("task_status", "")),
        message=str(data.get("task_status_msg", "") or ""),
        element_id=int(element_id) if element_id not in (None, "") else None,
        voice_id=str(voice["voice_id"]) if voice.get("voice_id") else None,
        units=float(units) if units not in (None, "") else None,
    )


def element_body(
    name: str,
    description: str,
    pictures: Sequence[bytes],
    voice_id: str | None = None,
    external_task_id: str | None = None,
    tag: str = CHARACTER_TAG,
) -> dict[str, Any]:
    """The create body of a multi-image element (§13.2): a character's (tag ``o_102``), a
    product's (``o_104`` Item) or a place's (``o_106`` Scene).

    The first picture is the frontal one. The name and description are library labels:
    cut to 20 and 100 characters (an ellipsis marks the cut); the pictures are never cut.
    """
    if not PICTURES_MIN <= len(pictures) <= PICTURES_MAX:
        raise ElementRefused(
            f"an element needs {PICTURES_MIN}–{PICTURES_MAX} pictures (one from the front, "
            f"then other angles); this one has {len(pictures)}"
        )
    encoded = [base64.b64encode(picture).decode("ascii") for picture in pictures]
    body: dict[str, Any] = {
        "element_name": _cut(name.strip(), NAME_MAX),
        "element_description": _cut(" ".join(description.split()) or name.strip(), DESCRIPTION_MAX),
        "reference_type": "image_refer",
        "element_image_list": {
            "frontal_image": encoded[0],
            "refer_images": [{"image_url": image} for image in encoded[1:]],
        },
        "tag_list": [{"tag_id": tag}],
    }
    if voice_id:
        body["element_voice_id"] = voice_id  # a string (V-UPD 03/11/2026)
    if external_task_id:
        body["external_task_id"] = external_task_id
    return body


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


Sleep = Callable[[float], Awaitable[None]]


async def poll_until_finished(
    query: Callable[[], Awaitable[Any]],
    sleep: Sleep = asyncio.sleep,
    interval: float = 3.0,
    give_up_after: float = 600.0,
) -> Any:
    """Query until the task is finished; TimeoutError after ``give_up_after`` seconds."""
    deadline = time.monotonic() + give_up_after
    while True:
        task = await query()
        if task.finished:
            return task
        if time.monotonic() >= deadline:
            raise TimeoutError(f"the task was still {task.status} after {give_up_after:g} s")
        await sleep(interval)


class KlingElements:
    """The elements API of one account, over a :class:`KlingClient`."""

    def __init__(self, client: KlingClient, sleep: Sleep = asyncio.sleep) -> None:
        self._client = client
        self._sleep = sleep

    async def create(
        self,
        name: str,
        description: str,
        pictures: Sequence[bytes],
        voice_id: str | None = None,
        external_task_id: str | None = None,
        tag: str = CHARACTER_TAG,
    ) -> ElementTask:
        """Ask for a new element; the creation task (poll it with :meth:`wait`)."""
        body = element_body(name, description, pictures, voice_id, external_task_id, tag)
        data = await self._client.request("POST", ELEMENTS, body=body, creates=True)
        return _element_task(data)

    async def query(self, task_id: str) -> ElementTask:
        """The creation task by its task id or external task id."""
        return _element_task(await self._client.request("GET", f"{ELEMENTS}/{task_id}"))

    async def wait(
        self, task_id: str, interval: float = 3.0, give_up_after: float = 600.0
    ) -> ElementTask:
        """Poll the creation task until it has succeeded or failed."""
        task: ElementTask = await poll_until_finished(
            lambda: self.query(task_id), self._sleep, interval, give_up_after
        )
        return task
