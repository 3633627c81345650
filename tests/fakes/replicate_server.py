"""A fake Replicate predictions API, written from Replicate's docs, over loopback.

Routes (replicate.com/docs: create a prediction, input files, HTTP reference; the Kling
3.0 model inputs as ``shared/docs/kling-api.md`` §10 recorded them):

* ``POST /v1/models/kwaivgi/kling-v3-video/predictions`` (and ``kling-v3-omni-video``)
  with ``Authorization: Bearer …`` and ``{"input": {…}}``; answers 201 with the
  prediction, its ``urls`` on Replicate's own origin (``https://api.replicate.com``).
* ``GET /v1/predictions/{id}`` (starting → processing → succeeded, ``output`` a URI),
  ``POST /v1/predictions/{id}/cancel``, ``GET /v1/predictions`` (newest first,
  ``{next, previous, results}``, ``next`` an absolute URL), ``POST /v1/files``,
  ``GET /v1/account`` (``{type, username, name, github_url}``: whose token it is).
* Errors as problem details ``{"title", "detail", "status"}``.

Strict: ``duration`` an integer 3–15 (not a string, not a bool); ``multi_prompt`` a JSON
string of ``{prompt, duration:int ≥ 1}`` summing to ``duration``; ``mode``
standard|pro; ``generate_audio`` a bool; images URLs or data URIs; ``reference_images``
only on the Omni model (≤7); unknown fields refused with 422.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from tests.fakes.http_fake import (
    FakeHandler,
    FakeState,
    RunningFake,
    check_image_value,
    now_iso,
)

TOKEN = "r8_test_not_a_real_token_0123456789"
API_ORIGIN = "https://api.replicate.com"
MODELS = {"kwaivgi/kling-v3-video", "kwaivgi/kling-v3-omni-video"}
_FIELDS = {"prompt", "negative_prompt", "start_image", "end_image", "mode", "aspect_ratio",
           "duration", "generate_audio", "multi_prompt"}  # fmt: skip
_OMNI = _FIELDS | {"reference_images", "reference_video", "video_reference_type",
                   "keep_original_sound"}  # fmt: skip
PAGE_SIZE = 3


@dataclass
class Prediction:
    id: str
    model: str
    input: dict[str, Any]
    created_at: str
    polls: int = 0
    canceled: bool = False
    error: str = ""


@dataclass
class ReplicateState(FakeState):
    predictions: list[Prediction] = field(default_factory=list)
    fail_next: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    list_without_input: bool = False


def check_input(model: str, given: Any) -> str:
    """What is wrong with a Kling 3.0 input on Replicate, or ''."""
    if not isinstance(given, dict):
        return "input must be an object"
    allowed = _OMNI if model.endswith("omni-video") else _FIELDS
    for key in given:
        if key not in allowed:
            return f"{key}: unexpected input"
    duration = given.get("duration", 5)
    if type(duration) is not int or not 3 <= duration <= 15:
        return "duration: must be an integer from 3 to 15"
    if given.get("mode", "standard") not in ("standard", "pro"):
        return "mode: must be one of standard, pro"
    if "generate_audio" in given and type(given["generate_audio"]) is not bool:
        return "generate_audio: must be a boolean"
    if "aspect_ratio" in given and given["aspect_ratio"] not in ("16:9", "9:16", "1:1"):
        return "aspect_ratio: must be one of 16:9, 9:16, 1:1"
    if "multi_prompt" in given:
        text = given["multi_prompt"]
        if not isinstance(text, str):
            return "multi_prompt: must be a JSON string"
        try:
            shots = json.loads(text)
        except json.JSONDecodeError:
            return "multi_prompt: not valid JSON"
        if not isinstance(shots, list) or not 1 <= len(shots) <= 6:
            return "multi_prompt: 1 to 6 shots"
        for shot in shots:
            if not isinstance(shot, dict) or set(shot) != {"prompt", "duration"}:
                return "multi_prompt: each shot is {prompt, duration}"
            if type(shot["duration"]) is not int or shot["duration"] < 1:
                return "multi_prompt: shot duration must be an integer of at least 1"
        if sum(s["duration"] for s in shots) != duration:
            return "multi_prompt: shot durations must sum to duration"
    elif not isinstance(given.get("prompt"), str):
        return "prompt: required"
    for key in ("start_image", "end_image"):
        if key in given:
            problem = check_image_value(given[key], key)
            if problem:
                return problem
    if "end_image" in given and "start_image" not in given:
        return "end_image: needs start_image"
    refs = given.get("reference_images")
    if refs is not None:
        if not isinstance(refs, list) or len(refs) > 7:
            return "reference_images: at most 7"
        for index, ref in enumerate(refs):
            problem = check_image_value(ref, f"reference_images[{index}]")
            if problem:
                return problem
    return ""


class _ReplicateHandler(FakeHandler):
    credentials = f"Bearer {TOKEN}"
    refusal: ClassVar[Any] = {
        "title": "Unauthenticated",
        "detail": "You did not pass a valid authentication token",
        "status": 401,
    }

    @property
    def rep(self) -> ReplicateState:
        state = self.state
        assert isinstance(state, ReplicateState)
        return state

    def generic_error(self, status: int) -> Any:
        titles = {402: "Payment required", 429: "Request was throttled.",
                  500: "Internal server error"}  # fmt: skip
        detail = {402: "You have insufficient credit to run this model.",
                  429: "Request was throttled. Expected available in 1 second."}  # fmt: skip
        title = titles.get(status, f"Error {status}")
        return {"title": title, "detail": detail.get(status, title), "status": status}

    def _status(self, p: Prediction) -> str:
        if p.canceled:
            return "canceled"
        if p.polls <= 1:
            return "starting"
        if p.polls <= self.state.processing_polls:
            return "processing"
        return "failed" if p.error else "succeeded"

    def _json(self, p: Prediction, with_input: bool = True) -> dict[str, Any]:
        status = self._status(p)
        url = f"{API_ORIGIN}/v1/predictions/{p.id}"
        answer: dict[str, Any] = {
            "id": p.id, "model": p.model, "version": "hidden", "created_at": p.created_at,
            "status": status, "data_removed": False, "source": "api",
            "output": f"{self.origin}/files/{p.id}.mp4" if status == "succeeded" else None,
            "error": p.error if status == "failed" else None, "logs": "",
            "urls": {"get": url, "cancel": f"{url}/cancel", "stream": f"{url}/stream",
                     "web": f"https://replicate.com/p/{p.id}"},
        }  # fmt: skip
        if with_input:
            answer["input"] = p.input
        return answer

    def _find(self, prediction_id: str) -> Prediction | None:
        return next((p for p in self.rep.predictions if p.id == prediction_id), None)

    def do_POST(self) -> None:
        path = self.record("POST")
        raw = self.read_body()
        if not self.authorised():
            return
        if path == "/v1/files":
            self._upload(raw)
            return
        if path.startswith("/v1/predictions/") and path.endswith("/cancel"):
            if self.apply_fault(self.state.take_fault("cancel")):
                return
            found = self._find(path.split("/")[3])
            if found is None:
                self.send_json(404, self.generic_error(404))
                return
            if self._status(found) in ("starting", "processing"):
                found.canceled = True
            self.send_json(200, self._json(found))
            return
        model = path.removeprefix("/v1/models/").removesuffix("/predictions")
        if model not in MODELS or not path.endswith("/predictions"):
            self.send_json(404, self.generic_error(404))
            return
        fault = self.state.take_fault("create")
        if self.apply_fault(fault):
            return
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self.send_json(400, {"title": "Invalid JSON", "detail": "bad JSON", "status": 400})
            return
        problem = "body must be {input: {...}}" if set(body) != {"input"} else ""
        problem = problem or check_input(model, body["input"])
        if problem:
            self.state.rejected.append(problem)
            self.send_json(422, {"title": "Input validation failed", "detail": problem,
                                 "status": 422})  # fmt: skip
            return
        with self.state.lock:
            prediction = Prediction(f"rep{next(self.state.ids):05d}", model, body["input"],
                                    now_iso(), error=self.rep.fail_next)  # fmt: skip
            self.rep.fail_next = ""
            self.rep.predictions.append(prediction)
        if fault is not None and fault.lost_after_create:
            self.lose_reply()
            return
        self.send_json(201, self._json(prediction))

    def _upload(self, raw: bytes) -> None:
        if self.apply_fault(self.state.take_fault("upload")):
            return
        if not self.headers.get("Content-Type", "").startswith("multipart/form-data"):
            self.send_json(400, {"title": "Bad request", "detail": "multipart expected",
                                 "status": 400})  # fmt: skip
            return
        if b'name="content"' not in raw:
            self.send_json(422, {"title": "Invalid", "detail": "content: required",
                                 "status": 422})  # fmt: skip
            return
        with self.state.lock:
            file_id = f"file{next(self.state.ids):05d}"
            self.rep.files[file_id] = raw
        self.send_json(201, {"id": file_id, "size": len(raw),
                             "urls": {"get": f"{API_ORIGIN}/v1/files/{file_id}"}})  # fmt: skip

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = self.record("GET")
        if path.startswith("/files/"):
            self.serve_video(path.removeprefix("/files/").removesuffix(".mp4"))
            return
        if not self.authorised():
            return
        if path == "/v1/account":
            if self.apply_fault(self.state.take_fault("account")):
                return
            self.send_json(200, {"type": "user", "username": "storyboard-tester",
                                 "name": "Storyboard Tester",
                                 "github_url": None})  # fmt: skip
            return
        if path == "/v1/predictions":
            if self.apply_fault(self.state.take_fault("list")):
                return
            page = int(parse_qs(parts.query).get("cursor", ["0"])[0])
            newest = list(reversed(self.rep.predictions))
            chunk = newest[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            more = len(newest) > (page + 1) * PAGE_SIZE
            self.send_json(200, {
                "previous": None,
                "next": f"{API_ORIGIN}/v1/predictions?cursor={page + 1}" if more else None,
                "results": [self._json(p, not self.rep.list_without_input) for p in chunk],
            })  # fmt: skip
            return
        if self.apply_fault(self.state.take_fault("status")):
            return
        found = self._find(path.removeprefix("/v1/predictions/"))
        if found is None:
            self.send_json(404, {"title": "Not found", "detail": "Not found", "status": 404})
            return
        with self.state.lock:
            found.polls += 1
        self.send_json(200, self._json(found))


class FakeReplicate(RunningFake):
    """``with FakeReplicate(video) as fake:`` Replicate's predictions on loopback."""

    state: ReplicateState

    def __init__(self, video: bytes, processing_polls: int = 2) -> None:
        super().__init__(ReplicateState(video, processing_polls), _ReplicateHandler)

    def __enter__(self) -> FakeReplicate:
        super().__enter__()
        return self
