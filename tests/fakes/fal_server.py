"""A fake fal.ai queue, written from fal's docs, over loopback.

Routes (fal: ``/docs/documentation/model-apis/inference/queue``, the Kling 3.0 llms.txt
pages, ``/docs/errors``, ``/docs/platform-apis/v1/models/requests/by-endpoint``):

* ``POST /fal-ai/kling-video/v3/{standard,pro}/{text-to-video,image-to-video}`` and
  ``/v3/4k/image-to-video`` with ``Authorization: Key …``; answers ``request_id`` and
  ``status_url``/``response_url``/``cancel_url`` on fal's own origin
  (``https://queue.fal.run/fal-ai/kling-video/requests/…``, app id only), as fal does.
* ``GET …/requests/{id}/status``, ``GET …/requests/{id}``, ``PUT …/requests/{id}/cancel``
  (on the app id ``fal-ai/kling-video``).
* ``GET /v1/models/requests/by-endpoint`` (the platform API; ``list_queued`` chooses
  whether requests not yet finished are listed, which fal's docs leave open).
* ``GET /v1/account/billing`` (``/docs/platform-apis/v1/account/billing``: ``expand`` the
  only query field, ``credits`` its only value; ``{username, credits: {current_balance,
  currency}}``). It needs an ADMIN-scope key: ``admin_key=False`` answers 403 as fal does
  for an API-scope key; ``locked`` answers the 403 of a locked account.

Strict about names and types: ``prompt`` xor ``multi_prompt``; durations strings "3".."15"
summing to ``duration``; ``generate_audio`` a bool; ``aspect_ratio`` on text-to-video
only; ``start_image_url`` required on image-to-video, a URL or a data URI; unknown
fields refused with 422 ``extra_forbidden``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.fal_queue import FalQueueHandler, FalQueueState, QueuedRequest
from tests.fakes.http_fake import RunningFake, check_image_value, now_iso

FAL_KEY = "fal-key-test-0001:not-a-real-secret"
APP = "fal-ai/kling-video"
ENDPOINTS = {
    f"{APP}/v3/standard/text-to-video",
    f"{APP}/v3/standard/image-to-video",
    f"{APP}/v3/pro/text-to-video",
    f"{APP}/v3/pro/image-to-video",
    f"{APP}/v3/4k/image-to-video",
}
_COMMON = {"prompt", "multi_prompt", "duration", "generate_audio", "negative_prompt",
           "cfg_scale", "shot_type"}  # fmt: skip
_T2V = _COMMON | {"aspect_ratio"}
_I2V = _COMMON | {"start_image_url", "end_image_url", "elements", "voice_ids"}
_DURATIONS = {str(n) for n in range(3, 16)}


@dataclass
class FalRequest(QueuedRequest):
    moderated: bool = False


@dataclass
class FalState(FalQueueState[FalRequest]):
    list_queued: bool = True
    moderate_next: bool = False
    admin_key: bool = True
    locked: str = ""
    balance: float = 24.5

    def creates(self) -> int:
        return len(self.queue)


def check_input(endpoint: str, body: Any) -> list[dict[str, Any]]:
    """fal-style validation errors for a Kling 3.0 input, or []."""

    def error(key: str, msg: str, kind: str = "value_error") -> list[dict[str, Any]]:
        return [{"loc": ["body", key], "msg": msg, "type": kind}]

    if not isinstance(body, dict):
        return error("body", "Input should be an object", "dict_type")
    allowed = _I2V if endpoint.endswith("image-to-video") else _T2V
    for key in body:
        if key not in allowed:
            return error(key, "Extra inputs are not permitted", "extra_forbidden")
    has_prompt, has_multi = "prompt" in body, "multi_prompt" in body
    if has_prompt == has_multi:
        return error("prompt", "Either prompt or multi_prompt must be provided, but not both")
    if has_prompt and not isinstance(body["prompt"], str):
        return error("prompt", "Input should be a valid string", "string_type")
    duration = body.get("duration", "5")
    if duration not in _DURATIONS:
        return error("duration", "Input should be '3', '4', … or '15'", "enum")
    if has_multi:
        shots = body["multi_prompt"]
        if not isinstance(shots, list) or not 1 <= len(shots) <= 6:
            return error("multi_prompt", "multi_prompt takes 1 to 6 shots")
        for index, shot in enumerate(shots):
            if set(shot) != {"prompt", "duration"} or not isinstance(shot["prompt"], str):
                return error("multi_prompt", f"shot {index} must be {{prompt, duration}}")
            if shot["duration"] not in _DURATIONS:
                return error("multi_prompt", f"shot {index} duration should be '3'..'15'", "enum")
        if sum(int(s["duration"]) for s in shots) != int(duration):
            return error("multi_prompt", "shot durations must sum to duration")
        if body.get("shot_type", "customize") not in ("customize", "intelligent"):
            return error("shot_type", "Input should be 'customize' or 'intelligent'", "enum")
    if "generate_audio" in body and not isinstance(body["generate_audio"], bool):
        return error("generate_audio", "Input should be a valid boolean", "bool_type")
    if "aspect_ratio" in body and body["aspect_ratio"] not in ("16:9", "9:16", "1:1"):
        return error("aspect_ratio", "Input should be '16:9', '9:16' or '1:1'", "enum")
    if endpoint.endswith("image-to-video"):
        if "start_image_url" not in body:
            return error("start_image_url", "Field required", "missing")
        for key in ("start_image_url", "end_image_url"):
            if key in body:
                problem = check_image_value(body[key], key)
                if problem:
                    return error(key, problem, "image_load_error")
    return []


class _FalHandler(FalQueueHandler[FalRequest]):
    app, credentials, endpoints = APP, f"Key {FAL_KEY}", ENDPOINTS

    @property
    def fal(self) -> FalState:
        state = self.state
        assert isinstance(state, FalState)
        return state

    def check_input(self, endpoint: str, body: Any) -> list[dict[str, Any]]:
        return check_input(endpoint, body)

    def new_request(self, number: int, endpoint: str, body: dict[str, Any]) -> FalRequest:
        moderated, self.fal.moderate_next = self.fal.moderate_next, False
        return FalRequest(f"0000-{number:04d}-fal", endpoint, body, now_iso(), moderated=moderated)

    def status_answer(self, request: FalRequest) -> dict[str, Any]:
        answer = super().status_answer(request)
        answer["response_url"] = self.urls(request.request_id)["response_url"]
        if answer["status"] == "IN_QUEUE":
            answer["queue_position"] = 0
        return answer

    def send_result(self, request: FalRequest) -> None:
        if request.moderated:
            self.send_json(422, {"detail": [{
                "loc": ["body", "prompt"], "msg": "The content was flagged by a content checker.",
                "type": "content_policy_violation", "url": "https://docs.fal.ai/errors",
            }]})  # fmt: skip
        else:
            self.send_json(200, {"video": {
                "url": f"{self.origin}/files/{request.request_id}.mp4",
                "content_type": "video/mp4", "file_name": "output.mp4",
                "file_size": len(self.state.video),
            }})  # fmt: skip

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = self.record("GET")
        if path.startswith("/files/"):
            self.serve_video(path.removeprefix("/files/").removesuffix(".mp4"))
            return
        if not self.authorised():
            return
        if path == "/v1/models/requests/by-endpoint":
            self._list(parse_qs(parts.query))
            return
        if path == "/v1/account/billing":
            self._billing(parse_qs(parts.query))
            return
        self.look_up(path)

    def _billing(self, query: dict[str, list[str]]) -> None:
        if self.apply_fault(self.state.take_fault("account")):
            return
        if set(query) - {"expand"} or any(v != "credits" for v in query.get("expand", [])):
            self.send_json(422, {"detail": [{"loc": ["query", "expand"],
                                             "msg": "Input should be 'credits'",
                                             "type": "enum"}]})  # fmt: skip
            return
        if self.fal.locked:
            self.send_json(403, {"detail": f"User is locked. Reason: {self.fal.locked}."})
            return
        if not self.fal.admin_key:
            self.send_json(403, {"detail": "Admin API key required"})
            return
        answer: dict[str, Any] = {"username": "storyboard-team"}
        if query.get("expand"):
            answer["credits"] = {"current_balance": self.fal.balance, "currency": "USD"}
        self.send_json(200, answer)

    def _list(self, query: dict[str, list[str]]) -> None:
        if self.apply_fault(self.state.take_fault("list")):
            return
        endpoint = query.get("endpoint_id", [""])[0]
        if not endpoint:
            self.send_json(
                422,
                {
                    "detail": [
                        {
                            "loc": ["query", "endpoint_id"],
                            "msg": "Field required",
                            "type": "missing",
                        }
                    ]
                },
            )
            return  # fmt: skip
        limit = int(query.get("limit", ["50"])[0])
        page = int(query.get("cursor", ["0"])[0] or 0)
        with self.state.lock:
            done = self.state.processing_polls
            items = [
                r for r in self.fal.queue.values()
                if r.endpoint == endpoint and (self.fal.list_queued or r.polls > done)
            ]  # fmt: skip
        chunk = items[page * limit : (page + 1) * limit]
        more = len(items) > (page + 1) * limit
        self.send_json(200, {
            "items": [{"request_id": r.request_id, "endpoint_id": r.endpoint,
                       "sent_at": r.sent_at, "json_input": r.body} for r in chunk],
            "next_cursor": str(page + 1) if more else None, "has_more": more,
        })  # fmt: skip


class FakeFal(RunningFake):
    """``with FakeFal(video) as fake:`` a fal queue on loopback."""

    state: FalState

    def __init__(self, video: bytes, processing_polls: int = 2) -> None:
        super().__init__(FalState(video, processing_polls), _FalHandler)

    def __enter__(self) -> FakeFal:
        super().__enter__()
        return self
