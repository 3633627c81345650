"""Shared parts of the aggregator fakes: a loopback HTTP server, scripted faults, video files.

Each fake (``replicate_server``; ``fal_server`` and ``fal_images`` through ``fal_queue``)
subclasses :class:`FakeHandler` with the service's own routes; this module serves the
finished videos (with Range, and a reset mid-download on request) and applies the faults
every service can show: an HTTP status with the service's error body, garbage, a
connection reset, a lost reply after a create.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import urlsplit


@dataclass
class Fault:
    """One scripted misbehaviour, used once by the first request of ``kind``.

    Kinds: create, status, result, list, cancel, upload, download, account.
    """

    kind: str
    http_status: int = 500
    body: Any = None
    """JSON body to answer with (None: the service's generic error for the status)."""
    headers: dict[str, str] = field(default_factory=dict)
    malformed: bool = False
    reset: bool = False
    lost_after_create: bool = False


@dataclass
class FakeState:
    """What a fake service knows, shared by its threads."""

    video: bytes
    processing_polls: int = 2
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    downloads: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def take_fault(self, kind: str) -> Fault | None:
        with self.lock:
            for index, fault in enumerate(self.faults):
                if fault.kind == kind:
                    return self.faults.pop(index)
        return None


class FakeHandler(BaseHTTPRequestHandler):
    """Helpers for the service handlers."""

    server: FakeServer
    protocol_version = "HTTP/1.1"
    error_body: ClassVar[Any] = None
    credentials: ClassVar[str]
    """The one ``Authorization`` header the service accepts ("Key …", "Bearer …")."""
    refusal: ClassVar[Any]
    """The service's 401 body for any other."""

    def log_message(self, format: str, *args: Any) -> None:  # the tests read state, not logs
        pass

    @property
    def state(self) -> FakeState:
        return self.server.state

    @property
    def origin(self) -> str:
        host, port = str(self.server.server_address[0]), self.server.server_address[1]
        return f"http://{host}:{port}"

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def authorised(self) -> bool:
        """Whether the request carries the key; when not, the service's 401 is sent."""
        if self.headers.get("Authorization") != self.credentials:
            self.send_json(401, self.refusal)
            return False
        return True

    def read_body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def generic_error(self, status: int) -> Any:
        """The service's error body for a status (overridden per service)."""
        return {"detail": f"error {status}"}

    def apply_fault(self, fault: Fault | None) -> bool:
        """Answer with the fault (unless it is a lost reply); True when answered."""
        if fault is None or fault.lost_after_create:
            return False
        if fault.reset:
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault.malformed:
            raw = b"<html>502 Bad Gateway</html>" if fault.http_status >= 500 else b"{oops"
            self.send_response(fault.http_status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(raw)))
            for key, value in fault.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(raw)
            return True
        body = fault.body if fault.body is not None else self.generic_error(fault.http_status)
        self.send_json(fault.http_status, body, fault.headers)
        return True

    def lose_reply(self) -> None:
        """The work is done on the service; the answer never arrives."""
        self.connection.shutdown(socket.SHUT_RDWR)

    def serve_video(self, name: str) -> None:
        """``GET /files/<name>.mp4`` with Range; a ``download`` fault resets halfway."""
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
        with self.state.lock:
            self.state.downloads[name] = self.state.downloads.get(name, 0) + 1
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
        self.wfile.write(video[start:])

    def record(self, method: str) -> str:
        path = urlsplit(self.path).path
        with self.state.lock:
            self.state.requests.append((method, path))
        return path


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: FakeState, handler: type[FakeHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.state = state

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that drops its connection is expected in these tests


class RunningFake:
    """Start with ``with Fake(...) as fake: fake.base_url``."""

    def __init__(self, state: FakeState, handler: type[FakeHandler]) -> None:
        self.state = state
        self._server = FakeServer(state, handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = str(self._server.server_address[0]), self._server.server_address[1]
        return f"http://{host}:{port}"

    def fault(self, *faults: Fault) -> None:
        """Queue faults; each is used once, by the first matching request."""
        with self.state.lock:
            self.state.faults.extend(faults)

    def __enter__(self) -> RunningFake:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


def now_iso() -> str:
    """The current time as the services write it."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + f".{int(time.time() % 1 * 1e6):06d}Z"


def check_image_value(value: object, what: str) -> str:
    """What is wrong with an image input given as a URL or a data URI, or ''."""
    import base64
    import io

    from PIL import Image

    if not isinstance(value, str):
        return f"{what} must be a string"
    if value.startswith(("http://", "https://")):
        return ""
    if not value.startswith("data:"):
        return f"{what} must be a URL or a data URI"
    head, _, data = value.partition(",")
    if head not in ("data:image/png;base64", "data:image/jpeg;base64"):
        return f"{what} has an unknown data URI header {head!r}"
    try:
        raw = base64.b64decode(data, validate=True)
        with Image.open(io.BytesIO(raw)) as image:
            image.verify()
    except (ValueError, OSError):
        return f"{what} is not a readable image"
    return ""
