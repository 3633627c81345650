"""The fal.ai adapter against a fake fal queue, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.kling import ImageFile
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.providers.fal.client import FalProvider
from storyboard_app.providers.fal.request import build_fal_request
from storyboard_app.providers.port import (
    CreateIntent,
    ErrorKind,
    Outcome,
    RemoteTask,
    ServiceError,
    ServiceRequest,
    TaskState,
    UncertainCreate,
    VideoProvider,
)
from storyboard_app.providers.transfer import Backoff
from storyboard_app.render.frames import video_duration
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, board, project_of
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.http_fake import Fault
from tests.fakes.media import make_video

FAST = Backoff(attempts=5, base=0.01, cap=0.05)
T = TypeVar("T")


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(2.0)


@pytest.fixture
def fake(video: bytes) -> Iterator[FakeFal]:
    with FakeFal(video) as service:
        yield service


def payload_of(folder: Path, index: int = 0) -> GuidancesPayload:
    return compile_guidances(load_project(folder), index)


def reader(folder: Path) -> Callable[[str], bytes]:
    return lambda path: (folder / path).read_bytes()


def run(fake: FakeFal, work: Callable[[FalProvider], Coroutine[Any, Any, T]],
        key: str = FAL_KEY) -> T:  # fmt: skip
    async def go() -> T:
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
            provider = FalProvider(http, key, fake.base_url, fake.base_url, FAST,
                                   rng=random.Random(3))  # fmt: skip
            return await work(provider)

    return asyncio.run(go())


async def finish(provider: FalProvider, task: RemoteTask) -> RemoteTask:
    for _ in range(20):
        task = await provider.lookup(task)
        if task.state.finished:
            return task
    raise AssertionError("the task never finished")


def test_the_adapter_fits_the_port() -> None:
    provider: VideoProvider = FalProvider(httpx.AsyncClient(), "k")
    assert provider.name == "fal"
    rows = provider.capabilities()
    assert {row.shot_min_seconds for row in rows} == {3}
    assert all(row.audio_default and row.duration_type is str for row in rows)


def test_request_from_the_detective_example() -> None:
    payload = payload_of(DETECTIVE)
    request = build(payload)
    assert request.endpoint == "fal-ai/kling-video/v3/standard/image-to-video"
    body = request.display_body()
    assert body["multi_prompt"] == [
        {"prompt": g.prompt, "duration": str(round(g.duration))} for g in payload.guidances
    ]
    assert body["duration"] == "12"
    assert body["shot_type"] == "customize"
    assert body["generate_audio"] is True
    assert "prompt" not in body
    assert "aspect_ratio" not in body
    assert request.images() == (ImageFile("assets/f33a6adec3ab7632.png"),)
    assert body["start_image_url"] == "<image assets/f33a6adec3ab7632.png>"
    assert not request.blocked
    assert request.unsupported == ()


def build(payload: GuidancesPayload) -> ServiceRequest:
    return build_fal_request(payload)


def test_the_coffee_examples_name_what_fal_cannot_take() -> None:
    first = build(payload_of(COFFEE, 0))
    assert first.endpoint == "fal-ai/kling-video/v3/pro/text-to-video"
    assert first.blocked
    named = {item.field: item for item in first.unsupported}
    assert named["shot 1 duration"].blocking
    assert "3–15 s" in named["shot 1 duration"].reason
    assert not named["references"].blocking
    assert "2 reference image(s) are not sent" in named["references"].reason
    assert "<<<image" not in str(first.display_body())  # no tokens for images not sent
    second = build(payload_of(COFFEE, 1))
    assert not second.blocked
    assert second.display_body()["aspect_ratio"] == "16:9"


def test_silence_seed_and_4k_are_said_out_loud() -> None:
    silent = compile_guidances(project_of(board(3, 4, audio=False, seed=7)), 0)
    request = build(silent)
    assert request.display_body()["generate_audio"] is False  # fal's default would be on
    assert request.display_body()["multi_prompt"][0]["duration"] == "3"
    assert [item.field for item in request.unsupported] == ["seed"]
    uhd = compile_guidances(project_of(board(5, mode=Mode.UHD_4K)), 0)
    assert build(uhd).blocked
    assert "image-to-video only" in build(uhd).unsupported[0].reason


def test_price_from_fal_pages() -> None:
    provider = FalProvider(httpx.AsyncClient(), "k")
    quote = provider.price(payload_of(DETECTIVE))
    assert quote is not None
    assert quote.usd == pytest.approx(12 * 0.126)
    assert "$1.51" in quote.describe()
    assert provider.price(payload_of(COFFEE, 1)) is None  # pro text-to-video: not found


def test_create_poll_result_download(fake: FakeFal, tmp_path: Path) -> None:
    async def work(provider: FalProvider) -> tuple[RemoteTask, Path]:
        request = provider.build_request(payload_of(DETECTIVE))
        task = await provider.create(request, reader(DETECTIVE))
        done = await finish(provider, task)
        url = provider.download_url(done)
        assert url is not None
        return done, await provider.download(url, tmp_path / "take.mp4", video_duration)

    task, path = run(fake, work)
    assert task.state is TaskState.SUCCEEDED
    assert path.read_bytes() == fake.state.video
    assert fake.state.rejected == []
    assert fake.state.creates() == 1
    sent = next(iter(fake.state.queue.values())).body
    assert sent["start_image_url"].startswith("data:image/png;base64,")
    statuses = [p for m, p in fake.state.requests if p.endswith("/status")]
    assert statuses
    assert all(p.startswith("/fal-ai/kling-video/requests/") for p in statuses)


def test_a_blocked_request_is_never_sent(fake: FakeFal) -> None:
    async def work(provider: FalProvider) -> None:
        await provider.create(provider.build_request(payload_of(COFFEE, 0)), reader(COFFEE))

    with pytest.raises(ServiceError, match="shots last 3–15 s") as caught:
        run(fake, work)
    assert caught.value.kind is ErrorKind.INVALID
    assert fake.state.requests == []


@pytest.mark.parametrize(
    "faults",
    [
        [Fault("create", 429, headers={"Retry-After": "0.02"})],
        [Fault("status", 503), Fault("status", 502, malformed=True)],
        [Fault("result", 500, headers={"X-Fal-Retryable": "true"})],
        [Fault("download", reset=True)],
    ],
    ids=["429-create", "5xx-and-garbage-status", "5xx-result", "reset-mid-download"],
)
def test_transient_faults_are_retried_and_create_once(
    fake: FakeFal, tmp_path: Path, faults: list[Fault]
) -> None:
    fake.fault(*faults)

    async def work(provider: FalProvider) -> Path:
        task = await provider.create(provider.build_request(payload_of(DETECTIVE)),
                                     reader(DETECTIVE))  # fmt: skip
        done = await finish(provider, task)
        assert done.state is TaskState.SUCCEEDED, done.message
        url = provider.download_url(done)
        assert url is not None
        return await provider.download(url, tmp_path / "take.mp4", video_duration)

    path = run(fake, work)
    assert path.read_bytes() == fake.state.video
    assert fake.state.creates() == 1
    assert fake.state.faults == []


def test_a_5xx_with_garbage_on_create_is_uncertain_not_resent(fake: FakeFal) -> None:
    fake.fault(Fault("create", 502, malformed=True))

    async def work(provider: FalProvider) -> None:
        await provider.create(provider.build_request(payload_of(DETECTIVE)), reader(DETECTIVE))

    with pytest.raises(UncertainCreate):
        run(fake, work)
    assert [m for m, _ in fake.state.requests] == ["POST"]  # sent once, not again


def intent_for(provider: FalProvider, payload: GuidancesPayload, sent_at: float) -> CreateIntent:
    return CreateIntent.record("job-1", provider.build_request(payload), sent_at)


def test_a_lost_reply_is_reconciled_from_fals_request_history(fake: FakeFal) -> None:
    fake.fault(Fault("create", lost_after_create=True))

    async def work(provider: FalProvider) -> RemoteTask:
        import time

        payload = payload_of(DETECTIVE)
        intent = intent_for(provider, payload, time.time())
        with pytest.raises(UncertainCreate):
            await provider.create(provider.build_request(payload), reader(DETECTIVE))
        answer = await provider.reconcile(intent)
        assert answer.outcome is Outcome.FOUND, answer.reason
        assert answer.task is not None
        return await finish(provider, answer.task)

    task = run(fake, work)
    assert task.state is TaskState.SUCCEEDED
    assert fake.state.creates() == 1
    assert next(p for m, p in fake.state.requests if m == "GET") == (
        "/v1/models/requests/by-endpoint"
    )


def test_fal_cannot_prove_a_request_absent_so_the_user_is_asked(fake: FakeFal) -> None:
    fake.state.list_queued = False  # fal's docs leave open whether queued requests are listed
    fake.fault(Fault("create", lost_after_create=True))

    async def work(provider: FalProvider) -> Any:
        import time

        payload = payload_of(DETECTIVE)
        intent = intent_for(provider, payload, time.time())
        with pytest.raises(UncertainCreate):
            await provider.create(provider.build_request(payload), reader(DETECTIVE))
        return await provider.reconcile(intent)

    answer = run(fake, work)
    assert answer.outcome is Outcome.UNKNOWN
    assert "may charge twice" in answer.reason
    assert fake.state.creates() == 1


def test_a_history_that_cannot_be_read_is_unknown(fake: FakeFal) -> None:
    fake.fault(Fault("list", 403, body={"detail": "Admin key required"}))

    async def work(provider: FalProvider) -> Any:
        return await provider.reconcile(intent_for(provider, payload_of(DETECTIVE), 0.0))

    answer = run(fake, work)
    assert answer.outcome is Outcome.UNKNOWN
    assert "could not be read" in answer.reason


def test_moderation_fails_the_task_in_plain_words(fake: FakeFal) -> None:
    fake.state.moderate_next = True

    async def work(provider: FalProvider) -> RemoteTask:
        task = await provider.create(provider.build_request(payload_of(DETECTIVE)),
                                     reader(DETECTIVE))  # fmt: skip
        return await finish(provider, task)

    task = run(fake, work)
    assert task.state is TaskState.FAILED
    assert "content check blocked" in task.message
    assert "flagged by a content checker" in task.message
    results = [p for m, p in fake.state.requests if m == "GET" and not p.endswith("/status")]
    assert len(results) == 1  # not retried


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        (Fault("create", 403, body={"detail": "User is locked. Reason: Exhausted balance."}),
         ErrorKind.BILLING),
        (Fault("create", 422, body={"detail": [{"loc": ["body", "prompt"], "msg": "flagged",
                                                 "type": "content_policy_violation"}]}),
         ErrorKind.MODERATION),
    ],
    ids=["billing", "moderation-at-create"],
)  # fmt: skip
def test_refusals_are_plain_and_not_retried(fake: FakeFal, fault: Fault, kind: ErrorKind) -> None:
    fake.fault(fault)

    async def work(provider: FalProvider) -> None:
        await provider.create(provider.build_request(payload_of(DETECTIVE)), reader(DETECTIVE))

    with pytest.raises(ServiceError) as caught:
        run(fake, work)
    assert caught.value.kind is kind
    assert not caught.value.retryable
    assert len(fake.state.requests) == 1


def test_a_wrong_key_is_named_and_never_logged(
    fake: FakeFal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "fal-wrong-key-secret-value"

    async def work(provider: FalProvider) -> None:
        await provider.create(provider.build_request(payload_of(DETECTIVE)), reader(DETECTIVE))

    with pytest.raises(ServiceError) as caught:
        run(fake, work, key=secret)
    assert caught.value.kind is ErrorKind.AUTH
    assert "Check it in Accounts" in str(caught.value)
    assert secret not in str(caught.value)
    assert secret not in caplog.text


def test_cancel_while_queued_and_after_completion(fake: FakeFal) -> None:
    async def work(provider: FalProvider) -> tuple[bool, bool]:
        request = provider.build_request(payload_of(DETECTIVE))
        queued = await provider.create(request, reader(DETECTIVE))
        first = await provider.cancel(queued)
        assert (await finish(provider, queued)).state is TaskState.CANCELED
        other = await finish(provider, await provider.create(request, reader(DETECTIVE)))
        return first, await provider.cancel(other)

    assert run(fake, work) == (True, False)
    assert sum(1 for r in fake.state.queue.values() if r.canceled) == 1


@pytest.mark.parametrize(
    ("fields", "kind"),
    [({"prompt": "a", "duration": 5}, "enum"),
     ({"prompt": "a", "multi_prompt": [{"prompt": "b", "duration": "5"}]}, "value_error"),
     ({"prompt": "a", "sound": "on"}, "extra_forbidden")],
    ids=["int-duration", "prompt-and-multi-prompt", "kling-field"],
)  # fmt: skip
def test_the_fake_refuses_what_fal_refuses(
    fake: FakeFal, fields: dict[str, Any], kind: str
) -> None:
    answer = httpx.post(
        f"{fake.base_url}/fal-ai/kling-video/v3/standard/text-to-video",
        json=fields,
        headers={"Authorization": f"Key {FAL_KEY}"},
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["type"] == kind
    assert fake.state.creates() == 0  # fmt: skip
