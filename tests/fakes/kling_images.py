"""A fake of Kling's image generation endpoints on 127.0.0.1, written from kling-api.md §15.

``POST /v1/images/generations`` and ``POST /v1/images/omni-image`` with the legacy envelope
(§6): the JWT is checked (HS256, ``iss``, ``exp``, ``nbf``), every body field is checked by
name, type and range (an unknown field, a string ``n``, a ``data:`` prefix, a series on a
model without one… answer code 1201 as the service would), tasks run
submitted → processing → succeed over a few queries, and the result images are real PNGs
served from the same server. Faults on request: HTTP 5xx with garbage, business codes, a
task that fails.

Runnable on its own: ``python -m tests.fakes.kling_images`` prints its base URL.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import jwt
from PIL import Image, ImageDraw

ACCESS_KEY = "ak-test-0001"
SECRET_KEY = "sk-test-not-a-real-secret-0123456789abcdef"
ENDPOINTS = {"/v1/images/generations": "generations", "/v1/images/omni-image": "omni-image"}
RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")
COMMON = {"model_name", "prompt", "aspect_ratio", "resolution", "n", "element_list",
          "watermark_info", "callback_url", "external_task_id"}  # fmt: skip
GENERATION_ONLY = {"negative_prompt", "image", "image_reference", "image_fidelity",
                   "human_fidelity"}  # fmt: skip
FIELDS = {
    "generations": COMMON | GENERATION_ONLY,
    "omni-image": COMMON | {"image_list", "result_type", "series_amount"},
}
MODELS = {
    "generations": ("kling-v3", "kling-v2-1"),
    "omni-image": ("kling-image-o1", "kling-v3-omni"),
}
COLOURS = [(196, 92, 60), (60, 130, 190), (90, 160, 90), (200, 170, 60), (150, 90, 170),
           (70, 170, 170), (210, 120, 150), (120, 120, 120), (230, 140, 40)]  # fmt: skip


@dataclass
class ImageFault:
    """One scripted misbehaviour for the next request of ``kind`` (create, query, file)."""

    kind: str
    http_status: int = 200
    code: int | None = None
    garbage: bool = False
    fail_task: str = ""
    lost_after_create: bool = False
    """The task is made; the answer never arrives (the connection drops)."""


@dataclass
class ImageTaskState:
    task_id: str
    family: str
    body: dict[str, Any]
    queries: int = 0
    fail_with: str = ""


@dataclass
class FakeImagesState:
    """What the fake knows, shared by its threads."""

    processing_queries: int = 2
    tasks: dict[str, ImageTaskState] = field(default_factory=dict)
    faults: list[ImageFault] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def take_fault(self, kind: str) -> ImageFault | None:
        with self.lock:
            for i, fault in enumerate(self.faults):
                if fault.kind == kind:
                    return self.faults.pop(i)
        return None


def _check_token(header: str | None) -> int:
    """0 when the Bearer JWT is good, else the business code the service answers."""
    if not header:
        return 1001
    if not header.startswith("Bearer ") or header.count(" ") != 1:
        return 1002
    try:
        claims = jwt.decode(header[7:], SECRET_KEY, algorithms=["HS256"],
                            options={"require": ["iss", "exp", "nbf"]})  # fmt: skip
    except jwt.ExpiredSignatureError:
        return 1004
    except jwt.ImmatureSignatureError:
        return 1003
    except jwt.InvalidTokenError:
        return 1002
    return 0 if claims.get("iss") == ACCESS_KEY else 1000


def _check_image(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        return f"{what} must be a non-empty string"
    if value.startswith("data:"):
        return f"{what}: base64 without a data: prefix"
    if value.startswith(("http://", "https://")):
        return ""
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return f"{what} is neither a URL nor base64"
    if len(raw) > 10 * 1024 * 1024:
        return f"{what} is over 10MB"
    try:
        with Image.open(io.BytesIO(raw)) as image:
            fmt, (w, h) = image.format, image.size
    except OSError:
        return f"{what} is not an image"
    if fmt not in ("JPEG", "PNG"):
        return f"{what} must be jpg/jpeg/png"
    if min(w, h) < 300:
        return f"{what} is under 300px"
    if max(w, h) / min(w, h) > 2.5:
        return f"{what} aspect ratio is outside 1:2.5~2.5:1"
    return ""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_body(family: str, body: Any) -> str:
    """Why the service would refuse this create body ("" when it would take it)."""
    if not isinstance(body, dict):
        return "body must be a JSON object"
    unknown = set(body) - FIELDS[family]
    if unknown:
        return f"unknown field(s): {', '.join(sorted(unknown))}"
    model = body.get("model_name", MODELS[family][0])
    if model not in MODELS[family]:
        return f"model_name {model!r} is not offered here"
    prompt = body.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        return "prompt is required"
    if len(prompt) > 2500:
        return "prompt is over 2500 characters"
    if body.get("aspect_ratio", "16:9") not in RATIOS:
        return "aspect_ratio is invalid"
    resolutions = ("1k", "2k", "4k") if model == "kling-v3-omni" else ("1k", "2k")
    if body.get("resolution", "1k") not in resolutions:
        return f"resolution is invalid for {model}"
    if "n" in body and (not _is_int(body["n"]) or not 1 <= body["n"] <= 9):
        return "n must be an integer 1-9"
    images: list[tuple[str, Any]] = []
    if family == "generations":
        if "image" in body:
            images.append(("image", body["image"]))
            if "negative_prompt" in body:
                return "negative_prompt is not supported with image"
        if "image_reference" in body and model == "kling-v3":
            return "image_reference is not supported by kling-v3"
    else:
        items = body.get("image_list", [])
        if not isinstance(items, list) or any(
            not isinstance(i, dict) or set(i) != {"image"} for i in items
        ):
            return "image_list must be [{image}]"
        images = [(f"image_list[{i}]", item["image"]) for i, item in enumerate(items)]
        kind = body.get("result_type", "single")
        if kind not in ("single", "series"):
            return "result_type is invalid"
        if kind == "series":
            if model != "kling-v3-omni":
                return f"{model} does not support series"
            amount = body.get("series_amount", 4)
            if amount != "auto" and (not _is_int(amount) or not 2 <= amount <= 9):
                return "series_amount must be 2-9 or auto"
    elements = body.get("element_list", [])
    if not isinstance(elements, list) or any(
        not isinstance(e, dict) or set(e) != {"element_id"} or not _is_int(e["element_id"])
        for e in elements
    ):
        return "element_list must be [{element_id: integer}]"
    if len(images) + len(elements) > 10:
        return "elements and reference images are over 10"
    for what, value in images:
        problem = _check_image(value, what)
        if problem:
            return problem
    return ""


def _count(task: ImageTaskState) -> int:
    body = task.body
    if body.get("result_type") == "series":
        amount = body.get("series_amount", 4)
        return 4 if amount == "auto" else int(amount)
    return int(body.get("n", 1))


def _png(index: int, ratio: str) -> bytes:
    w, h = (int(part) for part in ratio.split(":"))
    width = 480
    height = max(1, round(width * h / w))
    image = Image.new("RGB", (width, height), COLOURS[index % len(COLOURS)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 4, height // 4, 3 * width // 4, 3 * height // 4), outline="white",
                   width=6)  # fmt: skip
    draw.text((width // 2 - 20, height // 2 - 6), f"take {index + 1}", fill="white")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, payload: Any = None, raw: bytes | None = None,
              kind: str = "application/json") -> None:  # fmt: skip
        data = raw if raw is not None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _envelope(self, status: int, code: int, message: str, data: Any = None) -> None:
        self._send(status, {"code": code, "message": message, "request_id": "req", "data": data})

    def _fault(self, kind: str) -> ImageFault | None:
        fault = self.server.state.take_fault(kind)
        if fault is None:
            return None
        if fault.lost_after_create:
            return fault  # answered (not) by the caller, after the task is made
        if fault.garbage:
            self._send(fault.http_status, raw=b"<html>502 Bad Gateway</html>", kind="text/html")
        elif fault.code is not None:
            self._envelope(fault.http_status, fault.code, f"fault {fault.code}")
        return fault

    def _data(self, task: ImageTaskState) -> dict[str, Any]:
        state = self.server.state
        if task.fail_with:
            status = "failed"
        elif task.queries == 0:
            status = "submitted"
        elif task.queries <= state.processing_queries:
            status = "processing"
        else:
            status = "succeed"
        host, port = str(self.server.server_address[0]), self.server.server_address[1]
        data: dict[str, Any] = {
            "task_id": task.task_id,
            "task_status": status,
            "task_status_msg": task.fail_with,
            "task_info": {"external_task_id": task.body.get("external_task_id")},
            "watermark_info": {"enabled": False},
            "created_at": 1722769557708,
            "updated_at": 1722769557708,
        }
        if status == "succeed":
            images = [
                {"index": i, "url": f"http://{host}:{port}/files/{task.task_id}/{i}.png",
                 "watermark_url": ""}
                for i in range(_count(task))
            ]  # fmt: skip
            per = 16 if task.body.get("resolution") == "4k" else 8
            data["final_unit_deduction"] = str(per * len(images))
            if task.family == "omni-image":
                kind = task.body.get("result_type", "single")
                data["task_result"] = {"result_type": kind, "images": [] if kind == "series"
                                       else images, "series_images": images if kind == "series"
                                       else []}  # fmt: skip
            else:
                data["task_result"] = {"images": images}
        return data

    def do_POST(self) -> None:
        state = self.server.state
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        state.requests.append(("POST", path))
        family = ENDPOINTS.get(path)
        if family is None:
            return self._envelope(404, 1202, "no such endpoint")
        code = _check_token(self.headers.get("Authorization"))
        if code:
            return self._envelope(401, code, "unauthorized")
        lost = self._fault("create")
        if lost is not None and not lost.lost_after_create:
            return None
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            return self._envelope(400, 1200, "body is not JSON")
        problem = check_body(family, body)
        if problem:
            state.rejected.append(problem)
            return self._envelope(400, 1201, problem)
        task = ImageTaskState(f"img-{next(state.ids)}", family, body)
        fault = state.take_fault("task")
        if fault is not None:
            task.fail_with = fault.fail_task
        with state.lock:
            state.tasks[task.task_id] = task
        if lost is not None:
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        self._envelope(200, 0, "SUCCEED", self._data(task))
        return None

    def do_GET(self) -> None:
        state = self.server.state
        path = urlsplit(self.path).path
        state.requests.append(("GET", path))
        if path.startswith("/files/"):
            if self._fault("file"):
                return None
            _, _, task_id, name = path.split("/")
            task = state.tasks.get(task_id)
            if task is None:
                return self._send(404, raw=b"not found", kind="text/plain")
            index = int(name.split(".")[0])
            return self._send(200, raw=_png(index, task.body.get("aspect_ratio", "16:9")),
                              kind="image/png")  # fmt: skip
        family_path, _, task_id = path.rpartition("/")
        if family_path not in ENDPOINTS:
            return self._envelope(404, 1202, "no such endpoint")
        code = _check_token(self.headers.get("Authorization"))
        if code:
            return self._envelope(401, code, "unauthorized")
        if self._fault("query"):
            return None
        with state.lock:
            task = state.tasks.get(task_id) or next(
                (t for t in state.tasks.values() if t.body.get("external_task_id") == task_id),
                None,
            )
            if task is None or task.family != ENDPOINTS[family_path]:
                return self._envelope(404, 1203, "task not found")
            task.queries += 1
        self._envelope(200, 0, "SUCCEED", self._data(task))
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: FakeImagesState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class FakeKlingImages:
    """``with FakeKlingImages() as fake: fake.base_url``: the image endpoints on loopback."""

    def __init__(self, processing_queries: int = 2) -> None:
        self.state = FakeImagesState(processing_queries)
        self._server = _Server(self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def fault(self, *faults: ImageFault) -> None:
        """Queue faults; each is used once, by the first matching request."""
        with self.state.lock:
            self.state.faults.extend(faults)

    def creates(self) -> list[dict[str, Any]]:
        """Every accepted create body, in order."""
        return [task.body for task in self.state.tasks.values()]

    def __enter__(self) -> FakeKlingImages:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


if __name__ == "__main__":
    with FakeKlingImages() as fake:
        sys.stdout.write(f"Fake Kling image service at {fake.base_url}\n")
        sys.stdout.write(f"Keys: KLING_ACCESS_KEY={ACCESS_KEY} KLING_SECRET_KEY={SECRET_KEY}\n")
        sys.stdout.flush()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
