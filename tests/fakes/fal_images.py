"""A fake of fal's Kling image endpoints on loopback, written from fal's pages.

Routes (``providers/fal/images.py`` names the pages):

* ``POST /fal-ai/kling-image/v3/text-to-image`` and ``POST /fal-ai/kling-image/o1`` with
  ``Authorization: Key …``; answers ``request_id`` and ``status_url``/``response_url``/
  ``cancel_url`` on fal's origin, on the app id ``fal-ai/kling-image`` (as fal does).
* ``GET …/requests/{id}/status``, ``GET …/requests/{id}`` (``{"images": [{url, …}]}``),
  ``PUT …/requests/{id}/cancel``; ``GET /v1/models/requests/by-endpoint`` (history).
* ``GET /files/{id}/{n}.png``: the result pictures (real PNGs).

Strict: unknown fields are refused with 422 ``extra_forbidden``; ``prompt`` a string of at
most 2500 characters; ``num_images`` an integer 1–9; ``resolution`` "1K"|"2K";
``aspect_ratio`` one of eight; ``image_urls`` a list of URLs or data URIs, required on O1
and not taken by v3 text-to-image. Faults come from ``http_fake`` (429, 5xx, garbage, a
lost reply after the create).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from PIL import Image

from tests.fakes.fal_queue import FalQueueHandler, FalQueueState, QueuedRequest
from tests.fakes.http_fake import RunningFake, check_image_value, now_iso

FAL_KEY = "fal-key-test-0002:not-a-real-secret"
APP = "fal-ai/kling-image"
V3 = f"{APP}/v3/text-to-image"
O1 = f"{APP}/o1"
_COMMON = {"prompt", "num_images", "resolution", "aspect_ratio", "output_format"}
FIELDS = {V3: _COMMON | {"negative_prompt", "elements"}, O1: _COMMON | {"image_urls", "elements"}}
RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")


ImageRequest = QueuedRequest
"""An image request: nothing beyond what every request in fal's queue has."""


@dataclass
class FalImagesState(FalQueueState[ImageRequest]):
    files: dict[str, int] = field(default_factory=dict)
    broken_files: set[int] = field(default_factory=set)
    """Result indexes whose download answers 503 while listed here."""

    def creates(self) -> list[dict[str, Any]]:
        return [request.body for request in self.queue.values()]


def check_input(endpoint: str, body: Any) -> list[dict[str, Any]]:
    """fal-style validation errors for a Kling image input, or []."""

    def error(key: str, msg: str, kind: str = "value_error") -> list[dict[str, Any]]:
        return [{"loc": ["body", key], "msg": msg, "type": kind}]

    if not isinstance(body, dict):
        return error("body", "Input should be an object", "dict_type")
    for key in body:
        if key not in FIELDS[endpoint]:
            return error(key, "Extra inputs are not permitted", "extra_forbidden")
    prompt = body.get("prompt")
    if not isinstance(prompt, str) or not prompt:
        return error("prompt", "Field required", "missing")
    if len(prompt) > 2500:
        return error("prompt", "String should have at most 2500 characters", "string_too_long")
    count = body.get("num_images", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 9:
        return error("num_images", "Input should be an integer from 1 to 9", "int_type")
    if body.get("resolution", "1K") not in ("1K", "2K"):
        return error("resolution", "Input should be '1K' or '2K'", "enum")
    if body.get("aspect_ratio", "16:9") not in RATIOS:
        return error("aspect_ratio", "Input should be one of the listed ratios", "enum")
    if endpoint == O1:
        urls = body.get("image_urls")
        if not isinstance(urls, list) or not urls:
            return error("image_urls", "Field required", "missing")
        for index, value in enumerate(urls):
            problem = check_image_value(value, f"image_urls[{index}]")
            if problem:
                return error("image_urls", problem, "image_load_error")
    if "negative_prompt" in body and not isinstance(body["negative_prompt"], str):
        return error("negative_prompt", "Input should be a valid string", "string_type")
    return []


def _png(index: int, ratio: str) -> bytes:
    w, h = (int(part) for part in ratio.split(":"))
    image = Image.new("RGB", (400, max(1, round(400 * h / w))), (40 + 30 * index, 90, 160))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class _Handler(FalQueueHandler[ImageRequest]):
    app, credentials, endpoints = APP, f"Key {FAL_KEY}", FIELDS

    @property
    def fal(self) -> FalImagesState:
        state = self.state
        assert isinstance(state, FalImagesState)
        return state

    def check_input(self, endpoint: str, body: Any) -> list[dict[str, Any]]:
        return check_input(endpoint, body)

    def new_request(self, number: int, endpoint: str, body: dict[str, Any]) -> ImageRequest:
        return ImageRequest(f"img-{number:04d}-fal", endpoint, body, now_iso())

    def send_result(self, request: ImageRequest) -> None:
        count = int(request.body.get("num_images", 1))
        self.send_json(200, {"images": [
            {"url": f"{self.origin}/files/{request.request_id}/{i}.png",
             "content_type": "image/png", "file_name": f"{i}.png"}
            for i in range(count)
        ]})  # fmt: skip

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = self.record("GET")
        if path.startswith("/files/"):
            if self.apply_fault(self.state.take_fault("download")):
                return
            _, _, request_id, name = path.split("/")
            if int(name.split(".")[0]) in self.fal.broken_files:
                self.send_json(503, {"detail": "Service unavailable"})
                return
            request = self.fal.queue.get(request_id)
            if request is None:
                self.send_json(404, {"detail": "File not found"})
                return
            with self.state.lock:
                self.fal.files[path] = self.fal.files.get(path, 0) + 1
            raw = _png(int(name.split(".")[0]), request.body.get("aspect_ratio", "16:9"))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
            return
        if not self.authorised():
            return
        if path == "/v1/models/requests/by-endpoint":
            self._list(parse_qs(parts.query))
            return
        self.look_up(path)

    def _list(self, query: dict[str, list[str]]) -> None:
        if self.apply_fault(self.state.take_fault("list")):
            return
        endpoint = query.get("endpoint_id", [""])[0]
        with self.state.lock:
            items = [r for r in self.fal.queue.values() if r.endpoint == endpoint]
        self.send_json(200, {
            "items": [{"request_id": r.request_id, "endpoint_id": r.endpoint,
                       "sent_at": r.sent_at, "json_input": r.body} for r in items],
            "next_cursor": None, "has_more": False,
        })  # fmt: skip


class FakeFalImages(RunningFake):
    """``with FakeFalImages() as fake:`` fal's Kling image endpoints on loopback."""

    state: FalImagesState

    def __init__(self, processing_polls: int = 2) -> None:
        super().__init__(FalImagesState(b"", processing_polls), _Handler)

    def __enter__(self) -> FakeFalImages:
        super().__enter__()
        return self
