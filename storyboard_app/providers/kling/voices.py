"""Kling voices: the official presets, and custom voices made from a short recording.

``shared/docs/kling-api.md`` §14 (vendor page V-VOICE):

* ``GET /v1/general/presets-voices?pageNum&pageSize`` lists the official voices (pageSize
  1–1000); each item's ``task_result.voices[]`` holds ``voice_id, voice_name, trial_url,
  owned_by`` ("kling" for official ones).
* ``GET /v1/general/custom-voices?pageNum&pageSize`` lists the account's own voices as their
  **creation tasks** (pageSize 1–1000), failed and unfinished ones included: a voice is
  usable once its task ``succeed``-ed with ``task_result.voices[]``.
* ``POST /v1/general/custom-voices`` makes a custom voice **asynchronously**; the task is
  polled with ``GET …/custom-voices/{task_id}``. The sample must be .mp3/.wav audio or
  .mp4/.mov video, "clean and free of noise, with only one type of human voice", **5–30 s**.
  Price: 0.05 units ($0.007) a call (V-PRICE).
* ``voice_id`` is a numeric-looking string: kept as a string.
* The voice ids of TTS / Lip-Sync (``oversea_male1`` …) are another namespace (V-LEG).

Not confirmed (GAP): the vendor documents ``voice_url`` as a URL. A desktop app has no
public URL for a dropped recording, so the recording is sent as raw base64 in ``voice_url``;
whether the service accepts that is not documented, and the service's answer is shown as it
comes. Neither the maximum file size nor whether exactly one of ``voice_url``/``video_id``
is required is documented.
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # httpx loads with the client, at the first request, not with the window
    from storyboard_app.providers.kling.client import KlingClient
from storyboard_app.providers.kling.elements import Sleep, poll_until_finished

CUSTOM_VOICES = "/v1/general/custom-voices"
PRESET_VOICES = "/v1/general/presets-voices"
SAMPLE_SUFFIXES = (".mp3", ".wav", ".mp4", ".mov")
SAMPLE_MIN_SECONDS = 5.0
SAMPLE_MAX_SECONDS = 30.0
NAME_MAX = 20
CUSTOM_PAGE_SIZE = 500
"""How many of the account's own voices are listed (one page; the vendor allows 1–1000)."""
CUSTOM_VOICE_UNITS = 0.05  # V-PRICE "Custom Voice: 0.05 Units ($0.007)/call"


@dataclass(frozen=True)
class Voice:
    """One voice of the account's library or of Kling's presets."""

    voice_id: str
    name: str
    trial_url: str
    owned_by: str


@dataclass(frozen=True)
class VoiceTask:
    """What the service says of a custom voice's creation task."""

    task_id: str
    status: str
    message: str
    voice: Voice | None
    units: float | None

    @property
    def finished(self) -> bool:
        """Whether the task will not change any more."""
        return self.status in ("succeed", "failed")


@dataclass(frozen=True)
class CustomVoice:
    """One voice of the account's own library, as its creation task stands (§14.1, §14.3)."""

    task_id: str
    external_task_id: str
    status: str
    """``submitted``, ``processing``, ``succeed`` or ``failed``."""
    message: str
    """Kling's reason when it failed."""
    voice: Voice | None
    """The voice, once made."""

    @property
    def usable(self) -> bool:
        """Whether the voice can be bound to an element now."""
        return self.status == "succeed" and self.voice is not None and bool(self.voice.voice_id)


def _voices(data: dict[str, Any]) -> list[Voice]:
    return [
        Voice(
            voice_id=str(item.get("voice_id", "")),
            name=str(item.get("voice_name", "")),
            trial_url=str(item.get("trial_url", "") or ""),
            owned_by=str(item.get("owned_by", "")),
        )
        for item in (data.get("task_result") or {}).get("voices") or []
    ]


def _voice_task(data: dict[str, Any]) -> VoiceTask:
    voices = _voices(data)
    units = data.get("final_unit_deduction")
    return VoiceTask(
        task_id=str(data.get("task_id", "")),
        status=str(data.get("task_status", "")),
        message=str(data.get("task_status_msg", "") or ""),
        voice=voices[0] if voices else None,
        units=float(units) if units not in (None, "") else None,
    )


def sample_problem(path: Path) -> str:
    """Why a recording cannot make a custom voice (§14.2), or '' when it can.

    Its length is measured by decoding it with PyAV (audio or video alike).
    """
    if path.suffix.lower() not in SAMPLE_SUFFIXES:
        return (
            f"{path.name} is not a recording Kling takes: use an .mp3 or .wav sound file, or "
            "an .mp4 or .mov video"
        )
    import av  # only when a recording is checked: PyAV is large

    try:
        with av.open(str(path)) as box:
            seconds = box.duration / av.time_base if box.duration else 0.0
            if not box.streams.audio:
                return f"{path.name} has no sound"
    except (av.error.FFmpegError, OSError) as error:
        return f"{path.name} cannot be read as a recording ({error})"
    if not SAMPLE_MIN_SECONDS <= seconds <= SAMPLE_MAX_SECONDS:
        return (
            f"{path.name} lasts {seconds:.1f} s; Kling makes a voice from "
            f"{SAMPLE_MIN_SECONDS:g}–{SAMPLE_MAX_SECONDS:g} s of one clear voice"
        )
    return ""


class KlingVoices:
    """The voice API of one account, over a :class:`KlingClient`."""

    def __init__(self, client: KlingClient, sleep: Sleep = asyncio.sleep) -> None:
        self._client = client
        self._sleep = sleep

    async def presets(self, page_size: int = 100) -> list[Voice]:
        """Kling's official voices (the first page)."""
        data = await self._client.request(
            "GET", PRESET_VOICES, params={"pageNum": 1, "pageSize": page_size}
        )
        return [voice for item in data or [] for voice in _voices(item)]

    async def custom(self, page_size: int = CUSTOM_PAGE_SIZE) -> list[CustomVoice]:
        """The account's own voices (the first page, newest as Kling orders them), each with
        where its creation stands: made, still being made, or failed and why."""
        data = await self._client.request(
            "GET", CUSTOM_VOICES, params={"pageNum": 1, "pageSize": page_size}
        )
        found = []
        for item in data or []:
            task = _voice_task(item)
            info = item.get("task_info") or {}
            found.append(
                CustomVoice(
                    task_id=task.task_id,
                    external_task_id=str(info.get("external_task_id") or ""),
                    status=task.status,
                    message=task.message,
                    voice=task.voice,
                )
            )
        return found

    async def create(
        self, name: str, sample: bytes, external_task_id: str | None = None
    ) -> VoiceTask:
        """Ask for a custom voice made from a recording (check it with :func:`sample_problem`)."""
        body: dict[str, Any] = {
            "voice_name": name.strip()[:NAME_MAX],
            "voice_url": base64.b64encode(sample).decode("ascii"),  # GAP: base64 accepted?
        }
        if external_task_id:
            body["external_task_id"] = external_task_id
        data = await self._client.request("POST", CUSTOM_VOICES, body=body, creates=True)
        return _voice_task(data)

    async def query(self, task_id: str) -> VoiceTask:
        """The creation task by its task id or external task id."""
        return _voice_task(await self._client.request("GET", f"{CUSTOM_VOICES}/{task_id}"))

    async def wait(
        self, task_id: str, interval: float = 3.0, give_up_after: float = 600.0
    ) -> VoiceTask:
        """Poll the creation task until it has succeeded or failed."""
        task: VoiceTask = await poll_until_finished(
            lambda: self.query(task_id), self._sleep, interval, give_up_after
        )
        return task
