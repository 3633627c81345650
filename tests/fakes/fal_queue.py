"""fal's queue API as its fakes share it: submit, status, result lookup and cancel.

fal runs every model behind the same queue (``/docs/documentation/model-apis/inference/
queue``): ``POST {endpoint}`` with ``Authorization: Key …`` answers ``request_id`` and
``status_url``/``response_url``/``cancel_url`` on fal's own origin, on the app id only
(``https://queue.fal.run/{app}/requests/{id}``); ``GET …/status`` answers ``IN_QUEUE``,
``IN_PROGRESS`` or ``COMPLETED``; ``GET …/requests/{id}`` the result (400 while not
done); ``PUT …/cancel`` 202 ``CANCELLATION_REQUESTED`` or 400 ``ALREADY_COMPLETED``.
The video fake (``fal_server``) and the image fake (``fal_images``) differ only in their
endpoints, the inputs they check and the result they answer: :class:`FalQueueHandler`
holds the rest once.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from tests.fakes.http_fake import FakeHandler, FakeState

QUEUE_ORIGIN = "https://queue.fal.run"


@dataclass
class QueuedRequest:
    """One request in fal's queue."""

    request_id: str
    endpoint: str
    body: dict[str, Any]
    sent_at: str
    polls: int = 0
    canceled: bool = False


R = TypeVar("R", bound=QueuedRequest)


@dataclass
class FalQueueState(FakeState, Generic[R]):
    """A fal fake's state: its queue, by request id."""

    queue: dict[str, R] = field(default_factory=dict)


class FalQueueHandler(FakeHandler, Generic[R]):
    """Submit, status, result and cancel of fal's queue; a fake names its app,
    ``credentials`` (``Key …``) and endpoints and fills in :meth:`check_input`,
    :meth:`new_request` and :meth:`send_result`."""

    app: ClassVar[str]
    """fal's app id, the only part of the model's path in the returned URLs."""
    refusal: ClassVar[Any] = {"detail": "Invalid authentication credentials"}
    endpoints: ClassVar[Collection[str]]
    """The endpoints that take a submission (``fal-ai/kling-video/v3/…``)."""

    @property
    def queued(self) -> FalQueueState[R]:
        state = self.state
        assert isinstance(state, FalQueueState)
        return state

    def generic_error(self, status: int) -> Any:
        messages = {429: "Rate limit exceeded", 500: "Internal server error",
                    503: "Service unavailable", 403: "Forbidden"}  # fmt: skip
        return {"detail": messages.get(status, f"error {status}")}

    def check_input(self, endpoint: str, body: Any) -> list[dict[str, Any]]:
        """fal-style validation errors (``{loc, msg, type}``) for an input, or []."""
        raise NotImplementedError

    def new_request(self, number: int, endpoint: str, body: dict[str, Any]) -> R:
        """The queued request for an accepted submission (called under the state's lock)."""
        raise NotImplementedError

    def send_result(self, request: R) -> None:
        """Answer ``GET …/requests/{id}`` for a request that completed and was not
        cancelled."""
        raise NotImplementedError

    def status_answer(self, request: R) -> dict[str, Any]:
        """The body of ``GET …/status`` (a fake may add fields fal sends there)."""
        return {"status": self.queue_status(request)}

    def urls(self, request_id: str) -> dict[str, str]:
        base = f"{QUEUE_ORIGIN}/{self.app}/requests/{request_id}"
        return {"status_url": f"{base}/status", "response_url": base,
                "cancel_url": f"{base}/cancel"}  # fmt: skip

    def find(self, path: str) -> tuple[R | None, str]:
        """The request a queue URL names, and what follows its id ("", "status", "cancel")."""
        rest = path.removeprefix(f"/{self.app}/requests/")
        request_id, _, tail = rest.partition("/")
        return self.queued.queue.get(request_id), tail

    def queue_status(self, request: R) -> str:
        if request.polls <= 1 and not request.canceled:
            return "IN_QUEUE"
        if request.polls <= self.state.processing_polls and not request.canceled:
            return "IN_PROGRESS"
        return "COMPLETED"

    def do_POST(self) -> None:
        path = self.record("POST").lstrip("/")
        raw = self.read_body()
        if not self.authorised():
            return
        if path not in self.endpoints:
            self.send_json(404, {"detail": f"Application '{path}' not found"})
            return
        fault = self.state.take_fault("create")
        if self.apply_fault(fault):
            return
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self.send_json(422, {"detail": [{"loc": ["body"], "msg": "Invalid JSON",
                                             "type": "json_invalid"}]})  # fmt: skip
            return
        problems = self.check_input(path, body)
        if problems:
            self.state.rejected.append(problems[0]["msg"])
            self.send_json(422, {"detail": problems})
            return
        with self.state.lock:
            request = self.new_request(next(self.state.ids), path, body)
            self.queued.queue[request.request_id] = request
        if fault is not None and fault.lost_after_create:
            self.lose_reply()
            return
        self.send_json(200, {"request_id": request.request_id, **self.urls(request.request_id)})

    def do_PUT(self) -> None:
        path = self.record("PUT")
        self.read_body()
        if not self.authorised():
            return
        if self.apply_fault(self.state.take_fault("cancel")):
            return
        request, tail = self.find(path)
        if request is None or tail != "cancel":
            self.send_json(404, {"detail": "Request not found"})
            return
        if request.polls > self.state.processing_polls:
            self.send_json(400, {"status": "ALREADY_COMPLETED"})
            return
        request.canceled = True
        self.send_json(202, {"status": "CANCELLATION_REQUESTED"})

    def look_up(self, path: str) -> None:
        """``GET …/requests/{id}/status`` (each one a poll) or ``GET …/requests/{id}``."""
        request, tail = self.find(path)
        kind = "status" if tail == "status" else "result"
        if self.apply_fault(self.state.take_fault(kind)):
            return
        if request is None or tail not in ("", "status"):
            self.send_json(404, {"detail": "Request not found"})
            return
        if tail == "status":
            with self.state.lock:
                request.polls += 1
            self.send_json(200, self.status_answer(request))
        elif self.queue_status(request) != "COMPLETED":
            self.send_json(400, {"detail": "Request is still in progress"})
        elif request.canceled:
            self.send_json(400, {"detail": "Request was cancelled"})
        else:
            self.send_result(request)
