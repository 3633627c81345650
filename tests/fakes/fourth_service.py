"""A fourth video service that exists only in the tests: "Reelforge", its fake and its adapter.

It proves the service registry (``storyboard_app/providers/registry.py``): :func:`register`
adds :data:`REELFORGE` to the registry without any app module knowing of it, and the
Accounts dialog, Render With…, ``submit --provider reelforge`` and the job runner take it
like fal.ai and Replicate.

Reelforge's API, written as a service's reference would document it:

* ``POST /v2/videos`` with ``Authorization: Token <key>`` and the JSON body ``{"shots":
  [{"prompt": str, "duration": int 2..10}, …] (1 to 4 shots, at most 15 s in all),
  "sound": bool, "reference": str}``. ``reference`` is the caller's own id: a second
  create with the same reference answers the first video (200) instead of making another
  (201). Unknown fields: 422.
* ``GET /v2/videos/{id}`` → ``{"id", "status": "queued"|"rendering"|"ready"|"failed",
  "video_url" (when ready), "error" (when failed), "reference"}``.
* ``GET /v2/videos?reference=R`` → ``{"data": [video, …]}`` (the videos made with it).
* ``GET /v2/me`` → ``{"name": …}``: which account the key belongs to (nothing charged).
* Prices: $0.05 per second silent, $0.07 with sound; no pictures are taken.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.providers import registry
from storyboard_app.providers.connection import AccountCheck
from storyboard_app.providers.keys import KeySlot
from storyboard_app.providers.port import (
    CheckVideo,
    CreateIntent,
    ErrorKind,
    ImageForm,
    Outcome,
    PriceQuote,
    ReadImage,
    Reconciliation,
    RemoteTask,
    ServiceCapability,
    ServiceError,
    ServiceRequest,
    TaskState,
    UncertainCreate,
    Unsupported,
    VideoProvider,
)
from storyboard_app.providers.quote import ServiceQuote, per_second_price
from storyboard_app.providers.service_entry import ServiceEntry
from storyboard_app.providers.transfer import DEFAULT_BACKOFF, download_resumable
from tests.fakes.http_fake import FakeHandler, FakeState, RunningFake

NAME = "reelforge"
KEY = "rf-test-key-0001:not-a-real-secret"
ENDPOINT = "reelforge/v2/videos"
_STATES = {"queued": TaskState.QUEUED, "rendering": TaskState.RUNNING,
           "ready": TaskState.SUCCEEDED, "failed": TaskState.FAILED}  # fmt: skip

# -- the fake --------------------------------------------------------------------------


@dataclass
class Video:
    id: str
    body: dict[str, Any]
    polls: int = 0


@dataclass
class ReelforgeState(FakeState):
    videos: list[Video] = field(default_factory=list)


def check_body(body: Any) -> str:
    """What is wrong with a create's body, or ''."""
    if not isinstance(body, dict) or set(body) != {"shots", "sound", "reference"}:
        return "body must be exactly {shots, sound, reference}"
    shots = body["shots"]
    if not isinstance(shots, list) or not 1 <= len(shots) <= 4:
        return "shots: 1 to 4"
    for shot in shots:
        if not isinstance(shot, dict) or set(shot) != {"prompt", "duration"}:
            return "shots: each is {prompt, duration}"
        if not isinstance(shot["prompt"], str) or not shot["prompt"]:
            return "shots: prompt must be a non-empty string"
        if type(shot["duration"]) is not int or not 2 <= shot["duration"] <= 10:
            return "shots: duration must be an integer from 2 to 10"
    if sum(shot["duration"] for shot in shots) > 15:
        return "shots: at most 15 s in all"
    if type(body["sound"]) is not bool:
        return "sound must be a boolean"
    if not isinstance(body["reference"], str) or not body["reference"]:
        return "reference must be a non-empty string"
    return ""


class _ReelforgeHandler(FakeHandler):
    credentials, refusal = f"Token {KEY}", {"error": "unknown key"}

    @property
    def reel(self) -> ReelforgeState:
        state = self.state
        assert isinstance(state, ReelforgeState)
        return state

    def _json(self, video: Video) -> dict[str, Any]:
        status = "queued" if video.polls == 0 else "rendering"
        if video.polls > self.state.processing_polls:
            status = "ready"
        answer = {"id": video.id, "status": status, "reference": video.body["reference"]}
        if status == "ready":
            answer["video_url"] = f"{self.origin}/files/{video.id}.mp4"
        return answer

    def do_POST(self) -> None:
        path = self.record("POST")
        raw = self.read_body()
        if not self.authorised():
            return
        if path != "/v2/videos":
            self.send_json(404, {"error": "no such route"})
            return
        fault = self.state.take_fault("create")
        if self.apply_fault(fault):
            return
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self.send_json(400, {"error": "bad JSON"})
            return
        problem = check_body(body)
        if problem:
            self.reel.rejected.append(problem)
            self.send_json(422, {"error": problem})
            return
        with self.state.lock:
            same = [v for v in self.reel.videos if v.body["reference"] == body["reference"]]
            video = same[0] if same else Video(f"vid_{next(self.state.ids)}", body)
            if not same:
                self.reel.videos.append(video)
        if fault is not None and fault.lost_after_create:
            self.lose_reply()
            return
        self.send_json(200 if same else 201, self._json(video))

    def do_GET(self) -> None:
        path = self.record("GET")
        if path.startswith("/files/"):
            self.serve_video(path.removeprefix("/files/").removesuffix(".mp4"))
            return
        if not self.authorised():
            return
        if path == "/v2/me":
            self.send_json(200, {"name": "Test Studio"})
            return
        if path == "/v2/videos":
            wanted = parse_qs(urlsplit(self.path).query).get("reference", [""])[0]
            found = [v for v in self.reel.videos if v.body["reference"] == wanted]
            self.send_json(200, {"data": [self._json(v) for v in found]})
            return
        video = next((v for v in self.reel.videos if path == f"/v2/videos/{v.id}"), None)
        if video is None:
            self.send_json(404, {"error": "no such video"})
            return
        if self.apply_fault(self.state.take_fault("status")):
            return
        video.polls += 1
        self.send_json(200, self._json(video))


class FakeReelforge(RunningFake):
    """``with FakeReelforge(video) as fake: fake.base_url``."""

    def __init__(self, video: bytes, processing_polls: int = 2) -> None:
        super().__init__(ReelforgeState(video, processing_polls), _ReelforgeHandler)

    @property
    def reel(self) -> ReelforgeState:
        assert isinstance(self.state, ReelforgeState)
        return self.state


# -- the adapter -----------------------------------------------------------------------

CAPABILITY = ServiceCapability(
    service=NAME, endpoint=ENDPOINT, label="Reelforge v2", modes=(Mode.STD, Mode.PRO),
    max_shots=4, shot_min_seconds=2, shot_max_seconds=10, total_min_seconds=2,
    total_max_seconds=15, duration_type=int, audio_default=False, needs_first_frame=False,
    takes_aspect_ratio=False, image_forms=(ImageForm.URL,), inline_image_max_bytes=None,
    usd_per_second={(mode, sound): 0.07 if sound else 0.05
                    for mode in (Mode.STD, Mode.PRO) for sound in (False, True)},
    sources=("tests/fakes/fourth_service.py (the module's docstring)",),
)  # fmt: skip


def reelforge_request(payload: GuidancesPayload, task_key: str | None = None) -> ServiceRequest:
    """Reelforge's body for the payload; every direction it cannot take is named."""
    unsupported = []
    for g in payload.guidances:
        if not 2 <= round(g.duration) <= 10:
            reason = f"Reelforge's shots last 2–10 s; shot {g.index} is {g.duration:g} s."
            unsupported.append(Unsupported(f"shot {g.index} duration", reason, True))
    if payload.first_frame or payload.last_frame or payload.references:
        reason = "Reelforge takes no pictures: they are left out."
        unsupported.append(Unsupported("pictures", reason, False))
    shots = [{"prompt": g.prompt, "duration": round(g.duration)} for g in payload.guidances]
    body = {"shots": shots, "sound": payload.audio, "reference": task_key or "preview"}
    return ServiceRequest(NAME, ENDPOINT, body, tuple(unsupported))


class ReelforgeProvider:
    """Reelforge behind the provider port (a :class:`VideoProvider`)."""

    def __init__(self, http: httpx.AsyncClient, key: str, base: str) -> None:
        self._http, self._key, self._base = http, key, base.rstrip("/")

    @property
    def name(self) -> str:
        return NAME

    @property
    def title(self) -> str:
        return "Reelforge"

    @property
    def cancels(self) -> bool:
        return False

    def capabilities(self) -> tuple[ServiceCapability, ...]:
        return (CAPABILITY,)

    def build_request(
        self,
        payload: GuidancesPayload,
        image_size: Callable[[str], int] | None = None,
        *,
        folder: Path | None = None,
        task_key: str | None = None,
    ) -> ServiceRequest:
        del image_size, folder
        return reelforge_request(payload, task_key)

    def price(self, payload: GuidancesPayload, *, folder: Path | None = None) -> PriceQuote | None:
        return per_second_price(payload, CAPABILITY)

    async def _call(self, method: str, url: str, **sent: Any) -> dict[str, Any]:
        response = await self._http.request(
            method, url, headers={"Authorization": f"Token {self._key}"}, **sent
        )
        try:
            answer = response.json()
        except json.JSONDecodeError:
            answer = None
        if not isinstance(answer, dict):
            raise ServiceError(NAME, ErrorKind.UNREADABLE, "not JSON", response.status_code)
        if not response.is_success:
            kind = {401: ErrorKind.AUTH, 402: ErrorKind.BILLING, 404: ErrorKind.NOT_FOUND,
                    422: ErrorKind.INVALID, 429: ErrorKind.RATE_LIMIT}.get(
                        response.status_code, ErrorKind.SERVER)  # fmt: skip
            raise ServiceError(NAME, kind, str(answer.get("error", "")), response.status_code)
        return answer

    def _task(self, answer: Mapping[str, Any]) -> RemoteTask:
        status = str(answer.get("status"))
        state = _STATES.get(status)
        if state is None:
            raise ServiceError(NAME, ErrorKind.UNREADABLE, f"unknown status {status!r}")
        return RemoteTask(NAME, str(answer["id"]), state, status, str(answer.get("error") or ""),
                          answer.get("video_url"))  # fmt: skip

    async def create(self, request: ServiceRequest, read: ReadImage) -> RemoteTask:
        del read  # no pictures are sent
        if request.blocked:
            raise ServiceError(NAME, ErrorKind.INVALID, "the request cannot be sent")
        try:
            answer = await self._call("POST", f"{self._base}/v2/videos", json=dict(request.body))
        except (httpx.TimeoutException, httpx.TransportError) as error:
            raise UncertainCreate(str(error) or type(error).__name__) from None
        return self._task(answer)

    async def lookup(self, task: RemoteTask) -> RemoteTask:
        return self._task(await self._call("GET", f"{self._base}/v2/videos/{task.task_id}"))

    async def reconcile(self, intent: CreateIntent) -> Reconciliation:
        reference = str(intent.plain_fields.get("reference", ""))
        answer = await self._call("GET", f"{self._base}/v2/videos",
                                  params={"reference": reference})  # fmt: skip
        found = [video for video in answer.get("data", []) if isinstance(video, dict)]
        if found:
            return Reconciliation(Outcome.FOUND, self._task(found[0]), "listed by reference")
        return Reconciliation(Outcome.ABSENT, None, "no video with this reference")

    async def cancel(self, task: RemoteTask) -> bool:
        del task
        return False

    def download_url(self, task: RemoteTask) -> str | None:
        return task.video_url

    async def download(self, url: str, target: Path, check: CheckVideo | None = None) -> Path:
        return await download_resumable(self._http, NAME, url, target, DEFAULT_BACKOFF,
                                        asyncio.sleep, random.Random(), check)  # fmt: skip


# -- its entry, and registering it ------------------------------------------------------


def _provider(
    http: httpx.AsyncClient, key: str, origins: Mapping[str, str], _allow_upload: bool
) -> VideoProvider:
    return ReelforgeProvider(http, key, origins["api"])


def _quote(payload: GuidancesPayload, _image_size: Callable[[str], int] | None) -> ServiceQuote:
    request = reelforge_request(payload)
    return ServiceQuote.of(request, per_second_price(payload, CAPABILITY), (CAPABILITY,))


async def _check(http: httpx.AsyncClient, key: str, origins: Mapping[str, str]) -> AccountCheck:
    answer = await ReelforgeProvider(http, key, origins["api"])._call(
        "GET", f"{origins['api'].rstrip('/')}/v2/me"
    )
    return AccountCheck(NAME, str(answer.get("name") or ""))


REELFORGE = ServiceEntry(
    name=NAME,
    title="Reelforge",
    key=KeySlot(NAME, "REELFORGE_KEY", "storyboard-app/reelforge"),
    origins={"api": "https://api.reelforge.example"},
    make_provider=_provider,
    quote=_quote,
    check_connection=_check,
    key_url="https://reelforge.example/keys",
    key_label="Reelforge key",
    about="Reelforge renders up to four shots per video. Make a key at reelforge.example/keys.",
    no_key="No Reelforge key yet: add one in Accounts.",
)


@contextmanager
def registered() -> Iterator[ServiceEntry]:
    """The registry with Reelforge added after the app's own services, while inside."""
    before = registry.SERVICES
    registry.SERVICES = (*before, REELFORGE)
    try:
        yield REELFORGE
    finally:
        registry.SERVICES = before


def main(argv: list[str]) -> int:
    """``python -m tests.fakes.fourth_service ARGS``: the command line with Reelforge added."""
    from storyboard_app.main import main as app_main

    with registered():
        return app_main(argv)


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
