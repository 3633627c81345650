"""A fake Kling service: a real HTTP server on 127.0.0.1, written from shared/docs/kling-api.md.

It checks the JWT (HS256 signature, ``iss``, ``exp``, ``nbf``), checks request bodies
(multi_prompt indices from 1, string durations summing to the total, prompt lengths, image
rules), runs the task lifecycle submitted → processing → succeed, serves a real MP4 with
Range support, and injects faults on request: business-code bursts (1302, 1303, 5000, 1102,
1301, 1004…), HTTP 504 with garbage, malformed JSON, a connection reset mid-download, slow
answers, a create whose answer is lost after the task was made, an outage for N seconds
(JSON 5000 or an HTML 500 page), a create answered 500 after the task was made, a create
answered without a task id, garbage values, a download link that expires (404, then the task
gives a fresh URL), a download closed cleanly half-way with no Content-Length, a slow link.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
from PIL import Image

from tests.fakes.kling_documented import undocumented
from tests.fakes.kling_elements import PREFIX as GENERAL
from tests.fakes.kling_elements import TRIALS, GeneralService, trial_sound

ACCESS_KEY = "ak-test-0001"
SECRET_KEY = "sk-test-not-a-real-secret-0123456789abcdef"
FAMILIES = ("text2video", "image2video", "omni-video")
KEEP = object()
"""A Fault's ``data`` default: answer with the real task data."""


@dataclass
class Fault:
    """One scripted misbehaviour, for requests matching ``kind`` (create, query, download;
    general-create: an element's or custom voice's creation)."""

    kind: str
    code: int | None = None
    http_status: int = 200
    malformed: bool = False
    reset: bool = False
    lost_after_create: bool = False
    delay: float = 0.0
    retry_after: float | None = None
    task_status_msg: str = ""
    created_then_error: bool = False
    """create: make the task, then answer with ``code`` (and ``http_status``) anyway."""
    data: Any = KEEP
    """create or query: answer 200 with this as ``data`` (a create still makes the task)."""
    expire: bool = False
    """download: the link is dead (404); the next query hands out a fresh URL."""
    short_close: bool = False
    """download: no Content-Length, half the bytes, then a clean close."""
    slow: float = 0.0
    """download: seconds between 16 KB pieces."""


@dataclass
class Task:
    """A task on the fake service."""

    task_id: str
    family: str
    body: dict[str, Any]
    external_id: str | None
    created: float
    queries: int = 0
    fail_with: str = ""
    url_version: int = 0


@dataclass
class FakeKlingState:
    """Everything the fake service knows, shared by its threads."""

    video: bytes
    video_seconds: float
    processing_queries: int = 2
    tasks: dict[str, Task] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    downloads: dict[str, int] = field(default_factory=dict)
    trials_served: int = 0
    """Preset voice samples served (``trial_url``, tests/fakes/kling_elements.py)."""
    rejected: list[str] = field(default_factory=list)
    tokens_seen: set[str] = field(default_factory=set)
    running_limit: int | None = None
    injected: int = 0
    peak_running: int = 0
    random_faults: dict[str, tuple[float, int]] = field(default_factory=dict)
    """Per request kind (create, query): (probability, business code) of a random fault."""
    rng: random.Random = field(default_factory=lambda: random.Random(1))
    processing_seen: threading.Event = field(default_factory=threading.Event)
    """Set once any task has been reported as processing (a render is under way)."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    outage_until: float = 0.0
    outage_kinds: tuple[str, ...] = ()
    outage_html: bool = False
    outage_answers: int = 0
    query_edit: Callable[[dict[str, Any]], None] | None = None
    """Changes every query answer's task data before it is sent (garbage in a field)."""
    general: GeneralService = field(default_factory=GeneralService)
    """Elements and voices of the account (tests/fakes/kling_elements.py)."""

    def in_outage(self, kind: str) -> bool:
        with self.lock:
            if kind in self.outage_kinds and time.monotonic() < self.outage_until:
                self.outage_answers += 1
                return True
        return False

    def take_fault(self, kind: str) -> Fault | None:
        with self.lock:
            for index, fault in enumerate(self.faults):
                if fault.kind == kind:
                    return self.faults.pop(index)
            chance = self.random_faults.get(kind)
            if chance is not None and self.rng.random() < chance[0]:
                self.injected += 1
                return Fault(kind, code=chance[1])
        return None

    def running(self) -> int:
        return sum(
            1 for t in self.tasks.values()
            if not t.fail_with and t.queries <= self.processing_queries
        )  # fmt: skip


def envelope(data: Any, code: int = 0, message: str = "SUCCEED") -> bytes:
    return json.dumps(
        {"code": code, "message": message, "request_id": "req", "data": data}
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # the tests read state, not logs
        pass

    @property
    def state(self) -> FakeKlingState:
        return self.server.state

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, http_status: int, code: int, message: str) -> None:
        self._send(http_status, envelope(None, code, message))

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            self._error(401, 1001, "Authorization is empty")
            return False
        token = header.removeprefix("Bearer ")
        try:
            claims = jwt.decode(
                token, SECRET_KEY, algorithms=["HS256"], options={"require": ["exp", "nbf", "iss"]}
            )
        except jwt.ExpiredSignatureError:
            self._error(401, 1004, "token expired")
            return False
        except jwt.ImmatureSignatureError:
            self._error(401, 1003, "token not yet valid")
            return False
        except jwt.InvalidTokenError:
            self._error(401, 1002, "Authorization is invalid")
            return False
        if claims.get("iss") != ACCESS_KEY or jwt.get_unverified_header(token).get("typ") != "JWT":
            self._error(401, 1000, "authentication failed")
            return False
        self.state.tokens_seen.add(token)
        return True

    def _outage(self, kind: str) -> bool:
        """Answer 500 while an outage of this kind of request lasts."""
        if not self.state.in_outage(kind):
            return False
        if self.state.outage_html:
            body = b"<html><body>500 Internal Server Error</body></html>"
            self._send(500, body)
        else:
            self._send(500, envelope(None, 5000, "internal error"))
        return True

    def _apply_fault(self, fault: Fault | None) -> bool:
        """Answer with the fault; True when the request was answered here."""
        if fault is None:
            return False
        if fault.delay:
            time.sleep(fault.delay)
        if fault.reset:
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault.malformed:
            body = b"<html>504 Gateway Time-out</html>" if fault.http_status >= 500 else b"{oops"
            self._send(fault.http_status, body)
            return True
        if fault.code is not None:
            http = fault.http_status if fault.http_status != 200 else _HTTP_OF.get(fault.code, 400)
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after else {}
            self._send(
                http, envelope(None, fault.code, _MESSAGE_OF.get(fault.code, "error")), headers
            )
            return True
        return False

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        self.state.requests.append(("POST", path))
        if not self._authorised():
            return
        if path.startswith(GENERAL):
            fault = self.state.take_fault("general-create")
            if fault is not None and not fault.lost_after_create and self._apply_fault(fault):
                return
            status, answer = self.state.general.post(path, raw)
            if fault is not None and fault.lost_after_create and status == 200:
                self.connection.shutdown(socket.SHUT_RDWR)  # made; the answer is lost
                return
            self._send(status, answer)
            return
        family = path.removeprefix("/v1/videos/")
        if family not in FAMILIES:
            self._error(404, 1202, "no such method")
            return
        if self._outage("create"):
            return
        fault = self.state.take_fault("create")
        after = fault is not None and (
            fault.lost_after_create or fault.created_then_error or fault.data is not KEEP
        )
        if fault is not None and not after and self._apply_fault(fault):
            return
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self._error(400, 1200, "invalid JSON")
            return
        general = self.state.general
        problem = (
            check_body(family, body)
            or general.unknown_elements(body)
            or general.unknown_voices(body)
        )
        if problem:
            self.state.rejected.append(problem)
            self._error(400, 1201, problem)
            return
        external = body.get("external_task_id")
        with self.state.lock:
            if external and any(t.external_id == external for t in self.state.tasks.values()):
                self._error(400, 1201, "external_task_id already exists")
                return
            if (
                self.state.running_limit is not None
                and self.state.running() >= self.state.running_limit
            ):
                self._error(429, 1303, "parallel task over resource pack limit")
                return
            task_id = f"task-{next(self.state.ids):05d}"
            task = Task(task_id, family, body, external, time.time())
            if fault is not None and fault.task_status_msg:
                task.fail_with = fault.task_status_msg
            self.state.tasks[task_id] = task
            self.state.peak_running = max(self.state.peak_running, self.state.running())
        if fault is not None and fault.lost_after_create:
            self.connection.shutdown(socket.SHUT_RDWR)  # the task exists; the answer is lost
            return
        if fault is not None and fault.created_then_error:
            code = fault.code or 5000
            http = fault.http_status if fault.http_status != 200 else _HTTP_OF.get(code, 500)
            self._send(http, envelope(None, code, _MESSAGE_OF.get(code, "error")))
            return
        if fault is not None and fault.data is not KEEP:
            self._send(200, envelope(fault.data))  # the task exists; its id is not said
            return
        self._send(200, envelope(self._task_data(task, "submitted")))

    def _task_data(self, task: Task, status: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "task_id": task.task_id,
            "task_status": status,
            "task_status_msg": task.fail_with if status == "failed" else "",
            "task_info": {"external_task_id": task.external_id},
            "created_at": int(task.created * 1000),
            "updated_at": int(time.time() * 1000),
        }
        if status == "succeed":
            seconds = int(task.body.get("duration", "5"))
            data["final_unit_deduction"] = f"{seconds * 0.9:g}"
            host, port = str(self.server.server_address[0]), self.server.server_address[1]
            data["task_result"] = {
                "videos": [
                    {
                        "id": f"v-{task.task_id}",
                        "url": f"http://{host}:{port}/files/{task.task_id}.mp4"
                        f"?v={task.url_version}",
                        "duration": f"{self.state.video_seconds:.3f}",
                    }
                ]
            }
        return data

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        self.state.requests.append(("GET", path))
        if path.startswith("/files/"):
            self._download(path, parse_qs(parts.query).get("v", ["0"])[0])
            return
        if path.startswith(TRIALS):
            self._trial(path)
            return
        if not self._authorised():
            return
        if self._outage("query"):
            return
        fault = self.state.take_fault("query")
        if fault is not None and fault.data is not KEEP:
            self._send(200, envelope(fault.data))
            return
        if self._apply_fault(fault):
            return
        if path.startswith(GENERAL):
            self._send(*self.state.general.get(path, parse_qs(parts.query), self._origin()))
            return
        pieces = path.removeprefix("/v1/videos/").split("/")
        family = pieces[0]
        if family not in FAMILIES:
            self._error(404, 1202, "no such method")
            return
        if len(pieces) == 1:
            query = parse_qs(parts.query)
            size = int(query.get("pageSize", ["30"])[0])
            with self.state.lock:
                tasks = list(self.state.tasks.values())[-size:]
            self._send(200, envelope([self._task_data(t, "submitted") for t in tasks]))
            return
        wanted = pieces[1]
        with self.state.lock:
            task = next(
                (t for t in self.state.tasks.values()
                 if (t.task_id == wanted or t.external_id == wanted) and t.family == family),
                None,
            )  # fmt: skip
            if task is not None:
                task.queries += 1
        if task is None:
            self._error(404, 1203, "task not found")
            return
        if task.queries == 1:
            status = "submitted"
        elif task.queries <= self.state.processing_queries:
            status = "processing"
            self.state.processing_seen.set()
        else:
            status = "failed" if task.fail_with else "succeed"
        data = self._task_data(task, status)
        if self.state.query_edit is not None:
            self.state.query_edit(data)
        self._send(200, envelope(data))

    def _origin(self) -> str:
        host, port = str(self.server.server_address[0]), self.server.server_address[1]
        return f"http://{host}:{port}"

    def _trial(self, path: str) -> None:
        """A preset voice's sample, as a CDN serves it: public, so a request that carries the
        account's token (a key sent where it does not belong) is refused."""
        sound = trial_sound(path.removeprefix(TRIALS).removesuffix(".wav"))
        if sound is None or not path.endswith(".wav"):
            self._send(404, b"not found")
            return
        if "Authorization" in self.headers:
            self._send(400, b"a public sample link takes no Authorization header")
            return
        with self.state.lock:
            self.state.trials_served += 1
        self.send_response(200)
        self.send_header("Content-Type", "audio/wav")
        self.send_header("Content-Length", str(len(sound)))
        self.end_headers()
        self.wfile.write(sound)

    def _download(self, path: str, version: str) -> None:
        task_id = path.removeprefix("/files/").removesuffix(".mp4")
        task = self.state.tasks.get(task_id)
        if task is None or version != str(task.url_version):
            self._send(404, b"not found")
            return
        if self._outage("download"):
            return
        video = self.state.video
        start = 0
        header = self.headers.get("Range")
        if header and header.startswith("bytes="):
            start = int(header.removeprefix("bytes=").split("-")[0] or 0)
        if start >= len(video):
            self.send_response(416)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        fault = self.state.take_fault("download")
        if fault is not None and fault.expire:
            with self.state.lock:
                task.url_version += 1  # this link is dead; the task has a fresh one
            self._send(404, b"<Error><Code>AccessDenied</Code>expired</Error>")
            return
        with self.state.lock:
            self.state.downloads[task_id] = self.state.downloads.get(task_id, 0) + 1
        if fault is not None and fault.short_close:
            self.send_response(206 if start else 200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(video[start : start + (len(video) - start) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_response(206 if start else 200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(len(video) - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(video) - 1}/{len(video)}")
        self.end_headers()
        if fault is not None and fault.reset:
            half = start + (len(video) - start) // 2
            self.wfile.write(video[start:half])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault is not None and fault.slow:
            for offset in range(start, len(video), 1 << 14):
                self.wfile.write(video[offset : offset + (1 << 14)])
                self.wfile.flush()
                time.sleep(fault.slow)
            return
        self.wfile.write(video[start:])


_HTTP_OF = {
    1000: 401, 1001: 401, 1002: 401, 1003: 401, 1004: 401, 1100: 429, 1101: 429, 1102: 429,
    1103: 403, 1200: 400, 1201: 400, 1202: 404, 1203: 404, 1300: 400, 1301: 400, 1302: 429,
    1303: 429, 1304: 429, 5000: 500, 5001: 503, 5002: 504,
}  # fmt: skip
_MESSAGE_OF = {1102: "resource pack exhausted", 1301: "content security check failed",
               1302: "rate limit exceeded", 1303: "parallel task over resource pack limit",
               1004: "token expired", 5000: "internal error", 5001: "under maintenance",
               5002: "timeout"}  # fmt: skip


def _check_image(value: str, what: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return f"{what} is not raw base64 (no data: prefix allowed)"
    if len(raw) > 10 * 1024 * 1024:
        return f"{what} is over 10 MB"
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            kind = image.format
    except OSError:
        return f"{what} is not an image"
    if kind not in ("JPEG", "PNG"):
        return f"{what} must be jpg or png"
    if min(width, height) < 300:
        return f"{what} must be at least 300 px a side"
    if not 0.4 <= width / height <= 2.5:
        return f"{what} aspect ratio must be between 1:2.5 and 2.5:1"
    return ""


def check_body(family: str, body: dict[str, Any]) -> str:
    """What is wrong with a create body according to the reference, or ''."""
    if not isinstance(body.get("model_name"), str):
        return "model_name is required"
    problem = undocumented(family, body)
    if problem:
        return problem
    duration = body.get("duration")
    if not isinstance(duration, str) or not duration.isdigit() or not 3 <= int(duration) <= 15:
        return "duration must be a string of 3..15"
    if body.get("sound") not in (None, "on", "off"):
        return "sound must be on or off"
    if family == "image2video" and "aspect_ratio" in body:
        return "aspect_ratio is not taken by image2video"
    if body.get("multi_shot") is True and body.get("shot_type") == "intelligence":
        # kling-api.md §16.1: the model plans the shots from one non-empty prompt
        if not 0 < len(body.get("prompt") or "") <= 2500:
            return "prompt must not be empty with shot_type intelligence (at most 2500)"
    elif body.get("multi_shot"):
        if body.get("shot_type") != "customize":
            return "shot_type must be customize or intelligence"
        shots = body.get("multi_prompt") or []
        if not 1 <= len(shots) <= 6:
            return "multi_prompt takes 1 to 6 shots"
        if [s.get("index") for s in shots] != list(range(1, len(shots) + 1)):
            return "multi_prompt index must start at 1 and be consecutive"
        if not all(isinstance(s.get("duration"), str) for s in shots):
            return "multi_prompt duration must be a string"
        if sum(int(s["duration"]) for s in shots) != int(duration):
            return "multi_prompt durations must sum to duration"
        if any(len(s.get("prompt", "")) > 512 for s in shots):
            return "multi_prompt prompt is over 512 characters"
    elif len(body.get("prompt", "")) > 2500:
        return "prompt is over 2500 characters"
    images = []
    if family == "image2video":
        images = [("image", body.get("image"))] + (
            [("image_tail", body["image_tail"])] if "image_tail" in body else []
        )
        if not body.get("image"):
            return "image is required"
    if family == "omni-video":
        images = [(f"image_list[{i}]", item.get("image_url"))
                  for i, item in enumerate(body.get("image_list") or [])]  # fmt: skip
        if len(images) > 7:
            return "image_list takes at most 7 images"
    for what, value in images:
        if not isinstance(value, str):
            return f"{what} is missing"
        problem = _check_image(value, what)
        if problem:
            return problem
    return ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: FakeKlingState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state
        self.broken_connections = 0

    def handle_error(self, request: object, client_address: object) -> None:
        # A client killed mid-request (the kill -9 tests) drops its connection: count it,
        # don't print a traceback.
        self.broken_connections += 1


class FakeKling:
    """Start with ``with FakeKling(video_bytes, seconds) as fake: fake.base_url``."""

    def __init__(self, video: bytes, video_seconds: float, processing_queries: int = 2) -> None:
        self.state = FakeKlingState(video, video_seconds, processing_queries)
        self._server = _Server(self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = str(self._server.server_address[0]), self._server.server_address[1]
        return f"http://{host}:{port}"

    def fault(self, *faults: Fault) -> None:
        """Queue faults; each is used once, by the first matching request."""
        with self.state.lock:
            self.state.faults.extend(faults)

    def outage(self, seconds: float, *kinds: str, html: bool = False) -> None:
        """Answer every request of these kinds (create, query, download) with HTTP 500 for
        ``seconds``: JSON code 5000, or an HTML error page with ``html``."""
        with self.state.lock:
            self.state.outage_until = time.monotonic() + seconds
            self.state.outage_kinds = kinds or ("create", "query", "download")
            self.state.outage_html = html

    def creates_for(self, external_id: str) -> int:
        """How many tasks the service holds for one external id."""
        return sum(1 for t in self.state.tasks.values() if t.external_id == external_id)

    def __enter__(self) -> FakeKling:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
