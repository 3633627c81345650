"""The fake Kling service's element and voice endpoints, written from kling-api.md §13–§14.

Mounted by :mod:`tests.fakes.kling_server` under ``/v1/general/``. As documented:

* creation is asynchronous: the create answer holds a ``task_id`` and no id; queries by
  task id (or ``external_task_id``) answer ``submitted``, then ``processing``, then
  ``succeed`` with ``task_result.elements[]`` (or ``voices[]``);
* bodies are checked field by field (names, lengths, 2–4 pictures, tags, a voice id that is
  a string and known to this account or a preset);
* ids belong to the account (one fake = one account): they start from a random 63-bit
  base, so an id made on another fake is unknown here, and a video request naming an
  unknown ``element_id`` is refused with 1201;
* element ids are JSON integers above 2**53, as in the vendor's example;
* ``GET custom-voices?pageNum&pageSize`` lists the account's own voices as their creation
  tasks (§14.1), failed and unfinished ones included, each with ``task_result.voices[]``
  once made.
"""

from __future__ import annotations

import base64
import binascii
import io
import itertools
import json
import math
import random
import threading
import wave
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

PREFIX = "/v1/general/"
ELEMENTS = "advanced-custom-elements"
CUSTOM_VOICES = "custom-voices"
PRESET_VOICES = "presets-voices"
TAGS = {f"o_{n}" for n in range(101, 109)}
PRESETS = (
    {"voice_id": "829824495395233792", "voice_name": "Calm narrator", "owned_by": "kling"},
    {"voice_id": "829824495395233793", "voice_name": "Bright girl", "owned_by": "kling"},
)


TRIALS = "/trials/"
TRIAL_SECONDS = 0.6


def trial_path(voice: dict[str, str]) -> str:
    """Where the fake serves a preset's sample (the vendor's ``trial_url`` is a CDN link)."""
    return f"{TRIALS}{voice['voice_id']}.wav"


def trial_sound(voice_id: str) -> bytes | None:
    """A preset's sample: a real WAV (16-bit mono, 16 kHz, a tone a little different per
    voice), or None for an id that is not a preset."""
    if voice_id not in {v["voice_id"] for v in PRESETS}:
        return None
    rate, pitch = 16_000, 220.0 + 110.0 * (int(voice_id) % 3)
    frames = b"".join(
        int(12_000 * math.sin(2 * math.pi * pitch * n / rate)).to_bytes(2, "little", signed=True)
        for n in range(int(rate * TRIAL_SECONDS))
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(frames)
    return out.getvalue()


def _envelope(data: Any, code: int = 0, message: str = "SUCCEED") -> bytes:
    return json.dumps(
        {"code": code, "message": message, "request_id": "req", "data": data}
    ).encode()


def _refused(message: str, http: int = 400, code: int = 1201) -> tuple[int, bytes]:
    return http, _envelope(None, code, message)


@dataclass
class GeneralTask:
    """An element or custom-voice creation task."""

    task_id: str
    kind: str  # "element" or "voice"
    body: dict[str, Any]
    external_id: str | None
    queries: int = 0
    result: dict[str, Any] = field(default_factory=dict)
    fail_with: str = ""


@dataclass
class GeneralService:
    """The account's element and voice library on the fake service."""

    processing_queries: int = 2
    tasks: dict[str, GeneralTask] = field(default_factory=dict)
    elements: dict[int, dict[str, Any]] = field(default_factory=dict)
    """Ready elements of this account, by id."""
    voices: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Ready custom voices of this account, by id."""
    fail_next: str = ""
    """When set, the next creation task fails with this message."""
    created: list[dict[str, Any]] = field(default_factory=list)
    """Every accepted create body (element or voice), in order."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(
        default_factory=lambda: itertools.count(random.SystemRandom().randrange(2**60, 2**62))
    )

    # -- requests ------------------------------------------------------------------------

    def post(self, path: str, raw: bytes) -> tuple[int, bytes]:
        """Answer a POST under /v1/general/."""
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            return _refused("invalid JSON", code=1200)
        name = path.removeprefix(PREFIX)
        if name == ELEMENTS:
            problem, kind = _check_element(body, self.voices), "element"
        elif name == CUSTOM_VOICES:
            problem, kind = _check_voice(body), "voice"
        else:
            return _refused("no such method", 404, 1202)
        if problem:
            return _refused(problem)
        with self.lock:
            external = body.get("external_task_id")
            if external and any(t.external_id == external for t in self.tasks.values()):
                return _refused("external_task_id already exists")
            task = GeneralTask(f"gtask-{next(self.ids)}", kind, body, external)
            task.fail_with, self.fail_next = self.fail_next, ""
            self.tasks[task.task_id] = task
            self.created.append(body)
        return 200, _envelope(self._task_data(task, "submitted"))

    def get(self, path: str, query: dict[str, list[str]], origin: str) -> tuple[int, bytes]:
        """Answer a GET under /v1/general/; ``origin`` is the fake's own ``http://host:port``,
        where each preset's ``trial_url`` is served (:func:`trial_sound`)."""
        pieces = path.removeprefix(PREFIX).split("/")
        if pieces == [PRESET_VOICES]:
            size = int(query.get("pageSize", ["30"])[0])
            if not 1 <= size <= 1000:
                return _refused("pageSize must be 1..1000")
            items = [
                {"task_id": f"preset-{v['voice_id']}", "task_status": "succeed",
                 "task_result": {"voices": [{**v, "trial_url": f"{origin}{trial_path(v)}"}]}}
                for v in PRESETS[:size]
            ]  # fmt: skip
            return 200, _envelope(items)
        if pieces == [CUSTOM_VOICES]:
            return self._custom_voices(query)
        if len(pieces) != 2 or pieces[0] not in (ELEMENTS, CUSTOM_VOICES):
            return _refused("no such method", 404, 1202)
        kind = "element" if pieces[0] == ELEMENTS else "voice"
        with self.lock:
            task = next(
                (t for t in self.tasks.values()
                 if t.kind == kind and pieces[1] in (t.task_id, t.external_id)),
                None,
            )  # fmt: skip
            if task is None:
                return _refused("task not found", 404, 1203)
            task.queries += 1
            status = self._status(task)
            if status == "succeed" and not task.result:
                self._finish(task)
        return 200, _envelope(self._task_data(task, status))

    def _custom_voices(self, query: dict[str, list[str]]) -> tuple[int, bytes]:
        """The account's own voices as their creation tasks (§14.1 "List own"), newest
        first, failed and unfinished ones included; listing does not move a task on."""
        page, size = _page(query)
        if page is None or size is None:
            return _refused("pageNum must be 1..1000 and pageSize 1..1000")
        with self.lock:
            tasks = [t for t in self.tasks.values() if t.kind == "voice"][::-1]
            chosen = tasks[(page - 1) * size : page * size]
            items = [self._task_data(t, self._status(t)) for t in chosen]
        return 200, _envelope(items)

    def _status(self, task: GeneralTask) -> str:
        """Where a task stands after the queries it has had so far."""
        if task.queries <= 1:
            return "submitted"
        if task.queries <= self.processing_queries:
            return "processing"
        return "failed" if task.fail_with else "succeed"

    def unknown_elements(self, body: dict[str, Any]) -> str:
        """Why a video create body's elements are refused (unknown to this account), or ''."""
        for item in body.get("element_list") or []:
            element_id = item.get("element_id")
            if not isinstance(element_id, int) or isinstance(element_id, bool):
                return "element_id must be an integer"
            if element_id not in self.elements:
                return f"element {element_id} not found"
        return ""

    def unknown_voices(self, body: dict[str, Any]) -> str:
        """Why a video create body's ``voice_list`` is refused, or '' (§14.5): at most 2
        voices, ids as strings known to this account or presets, sound on, pro mode."""
        voices = body.get("voice_list")
        if voices is None:
            return ""
        if not isinstance(voices, list) or not 1 <= len(voices) <= 2:
            return "voice_list takes 1 to 2 voices"
        if body.get("sound") != "on":
            return "voice_list needs sound on"
        if body.get("mode") != "pro":
            return "voice control is pro (1080p) only"
        for item in voices:
            voice_id = item.get("voice_id") if isinstance(item, dict) else None
            if not isinstance(voice_id, str):
                return "voice_id must be a string"
            if voice_id not in self.voices and voice_id not in {v["voice_id"] for v in PRESETS}:
                return f"voice {voice_id} not found"
        return ""

    # -- lifecycle -----------------------------------------------------------------------

    def _finish(self, task: GeneralTask) -> None:
        body = task.body
        if task.kind == "voice":
            voice_id = str(next(self.ids))
            made = {"voice_id": voice_id, "voice_name": body["voice_name"],
                    "trial_url": f"http://127.0.0.1/voices/{voice_id}.mp3",
                    "owned_by": "10001"}  # fmt: skip
            self.voices[voice_id] = made
            task.result = {"voices": [made]}
            return
        element_id = next(self.ids)
        bound = body.get("element_voice_id")
        voice: dict[str, Any] | None = self.voices.get(bound or "") or next(
            (dict(v, trial_url="") for v in PRESETS if v["voice_id"] == bound), None
        )
        element = {
            "element_id": element_id,
            "element_name": body["element_name"],
            "element_description": body["element_description"],
            "reference_type": body["reference_type"],
            "element_image_list": {},
            "element_video_list": {},
            "element_voice_info": voice or {},
            "tag_list": body.get("tag_list", []),
            "owned_by": "10001",
            "status": "succeed",
        }
        self.elements[element_id] = element
        task.result = {"elements": [element]}

    def _task_data(self, task: GeneralTask, status: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "task_id": task.task_id,
            "task_status": status,
            "task_status_msg": task.fail_with if status == "failed" else "",
            "task_info": {"external_task_id": task.external_id},
            "created_at": 1722769557708,
            "updated_at": 1722769557708,
        }
        if status == "succeed":
            data["task_result"] = task.result
            data["final_unit_deduction"] = "0.05" if task.kind == "voice" else "0"
        return data


def _page(query: dict[str, list[str]]) -> tuple[int | None, int | None]:
    """``pageNum`` (1–1000) and ``pageSize`` (1–1000) of a list request (§14.1), each None
    when missing or out of range."""

    def number(name: str) -> int | None:
        values = query.get(name, [])
        if len(values) != 1 or not values[0].isdigit():
            return None
        value = int(values[0])
        return value if 1 <= value <= 1000 else None

    return number("pageNum"), number("pageSize")


def _image_problem(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        return f"{what} is missing"
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return f"{what} is not raw base64 (no data: prefix allowed)"
    if len(raw) > 10 * 1024 * 1024:
        return f"{what} is over 10 MB"
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height, kind = image.width, image.height, image.format
    except OSError:
        return f"{what} is not an image"
    if kind not in ("JPEG", "PNG") or min(width, height) < 300:
        return f"{what} must be a jpg or png of at least 300 px a side"
    if not 0.4 <= width / height <= 2.5:
        return f"{what} aspect ratio must be between 1:2.5 and 2.5:1"
    return ""


_ELEMENT_FIELDS = {
    "element_name", "element_description", "reference_type", "element_image_list",
    "element_video_list", "element_voice_id", "tag_list", "callback_url", "external_task_id",
}  # fmt: skip


def _check_element(body: dict[str, Any], voices: dict[str, dict[str, Any]]) -> str:
    unknown = sorted(set(body) - _ELEMENT_FIELDS)
    if unknown:
        return f"advanced-custom-elements takes no {', '.join(unknown)}"
    name, description = body.get("element_name"), body.get("element_description")
    if not isinstance(name, str) or not 0 < len(name) <= 20:
        return "element_name is required, at most 20 characters"
    if not isinstance(description, str) or not 0 < len(description) <= 100:
        return "element_description is required, at most 100 characters"
    if body.get("reference_type") != "image_refer":
        return "reference_type must be image_refer or video_refer (video_refer: not faked)"
    images = body.get("element_image_list")
    if not isinstance(images, dict) or set(images) - {"frontal_image", "refer_images"}:
        return "element_image_list takes frontal_image and refer_images"
    refer = images.get("refer_images")
    if not isinstance(refer, list) or not 1 <= len(refer) <= 3:
        return "refer_images takes 1 to 3 images"
    pictures = [("frontal_image", images.get("frontal_image"))]
    for i, item in enumerate(refer):
        if not isinstance(item, dict) or set(item) != {"image_url"}:
            return "refer_images items take image_url"
        pictures.append((f"refer_images[{i}]", item["image_url"]))
    for what, value in pictures:
        problem = _image_problem(value, what)
        if problem:
            return problem
    voice = body.get("element_voice_id")
    if voice is not None:
        if not isinstance(voice, str):
            return "element_voice_id must be a string"
        if voice not in voices and voice not in {v["voice_id"] for v in PRESETS}:
            return f"voice {voice} not found"
    for tag in body.get("tag_list") or []:
        if not isinstance(tag, dict) or tag.get("tag_id") not in TAGS:
            return "tag_list items take a tag_id o_101 … o_108"
    return ""


def _check_voice(body: dict[str, Any]) -> str:
    unknown = sorted(set(body) - {"voice_name", "voice_url", "video_id", "callback_url"}
                     - {"external_task_id"})  # fmt: skip
    if unknown:
        return f"custom-voices takes no {', '.join(unknown)}"
    name = body.get("voice_name")
    if not isinstance(name, str) or not 0 < len(name) <= 20:
        return "voice_name is required, at most 20 characters"
    if not (body.get("voice_url") or body.get("video_id")):
        return "voice_url or video_id is required"
    return ""
