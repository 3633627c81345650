"""The Replicate adapter against a fake of Replicate's predictions, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import shutil
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.kling import kling_shot_prompts
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.providers.port import (
    CreateIntent,
    ErrorKind,
    Outcome,
    Reconciliation,
    RemoteTask,
    ServiceError,
    TaskState,
    UncertainCreate,
    VideoProvider,
)
from storyboard_app.providers.replicate.client import ReplicateProvider
from storyboard_app.providers.replicate.request import build_replicate_request
from storyboard_app.providers.transfer import Backoff
from storyboard_app.render.frames import video_duration
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, board, project_of, write_image
from tests.fakes.http_fake import Fault
from tests.fakes.media import make_video
from tests.fakes.replicate_server import TOKEN, FakeReplicate

FAST = Backoff(attempts=5, base=0.01, cap=0.05)
T = TypeVar("T")


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(2.0)


@pytest.fixture
def fake(video: bytes) -> Iterator[FakeReplicate]:
    with FakeReplicate(video) as service:
        yield service


def payload_of(folder: Path, index: int = 0) -> GuidancesPayload:
    return compile_guidances(load_project(folder), index)


def reader(folder: Path) -> Callable[[str], bytes]:
    return lambda path: (folder / path).read_bytes()


def run(fake: FakeReplicate, work: Callable[[ReplicateProvider], Coroutine[Any, Any, T]],
        token: str = TOKEN, allow_upload: bool = False) -> T:  # fmt: skip
    async def go() -> T:
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
            provider = ReplicateProvider(http, token, fake.base_url, allow_upload, FAST,
                                         rng=random.Random(5))  # fmt: skip
            return await work(provider)

    return asyncio.run(go())


async def finish(provider: ReplicateProvider, task: RemoteTask) -> RemoteTask:
    for _ in range(20):
        task = await provider.lookup(task)
        if task.state.finished:
            return task
    raise AssertionError("the prediction never finished")


def test_the_adapter_fits_the_port() -> None:
    provider: VideoProvider = ReplicateProvider(httpx.AsyncClient(), "t")
    assert provider.name == "replicate"
    rows = provider.capabilities()
    assert {row.endpoint for row in rows} == {"kwaivgi/kling-v3-video",
                                              "kwaivgi/kling-v3-omni-video"}  # fmt: skip
    assert all(row.duration_type is int for row in rows)
    assert not any(row.audio_default for row in rows)
    assert {row.shot_min_seconds for row in rows} == {1}
    assert provider.price(payload_of(DETECTIVE)) is None  # Replicate's price: not known


def test_request_from_the_detective_example() -> None:
    payload = payload_of(DETECTIVE)
    request = build_replicate_request(payload)
    assert request.endpoint == "kwaivgi/kling-v3-video"
    fields = request.display_body()
    shots = json.loads(fields["multi_prompt"])  # a JSON string, as Replicate wants
    assert [s["duration"] for s in shots] == [3, 5, 4]
    # Each shot's prompt as Kling reads it: the neutral prompt, then how its speakers sound.
    assert [s["prompt"] for s in shots] == list(kling_shot_prompts(payload))
    assert all(
        s["prompt"].startswith(g.prompt) for s, g in zip(shots, payload.guidances, strict=True)
    )
    assert "Voices: Ray Malone: gravelly baritone." in shots[0]["prompt"]
    assert fields["duration"] == 12
    assert fields["mode"] == "standard"
    assert fields["generate_audio"] is True
    assert fields["start_image"] == "<image assets/f33a6adec3ab7632.png>"
    assert "aspect_ratio" not in fields
    assert "prompt" not in fields
    assert request.unsupported == ()


def test_the_coffee_example_goes_to_the_omni_model() -> None:
    request = build_replicate_request(payload_of(COFFEE, 0))
    assert request.endpoint == "kwaivgi/kling-v3-omni-video"
    fields = request.display_body()
    assert len(fields["reference_images"]) == 2
    assert json.loads(fields["multi_prompt"])[0]["duration"] == 2  # 2 s shots are fine here
    assert fields["mode"] == "pro"
    assert fields["aspect_ratio"] == "16:9"
    assert not request.blocked


def test_4k_silence_and_a_seed_are_named() -> None:
    request = build_replicate_request(
        compile_guidances(project_of(board(5, mode=Mode.UHD_4K, audio=False, seed=3)), 0)
    )
    assert request.blocked
    assert [item.field for item in request.unsupported] == ["mode", "seed"]
    assert request.display_body()["generate_audio"] is False
    assert request.display_body()["prompt"]


def test_a_large_image_needs_the_users_word_to_upload(tmp_path: Path) -> None:
    folder = tmp_path / "big.storyboard"
    shutil.copytree(DETECTIVE, folder)
    frame = payload_of(folder).first_frame
    assert frame is not None
    write_image(folder / frame, (1200, 1000), noise=True)
    payload = payload_of(folder)

    def size(path: str) -> int:
        return (folder / path).stat().st_size

    refused = build_replicate_request(payload, size)
    assert refused.blocked
    assert "under 1 MB" in refused.unsupported[0].reason
    allowed = build_replicate_request(payload, size, allow_upload=True)
    assert not allowed.blocked
    assert "api.replicate.com/v1/files" in allowed.notices[0]


def test_create_poll_download_with_an_upload(fake: FakeReplicate, tmp_path: Path) -> None:
    folder = tmp_path / "big.storyboard"
    shutil.copytree(DETECTIVE, folder)
    frame = payload_of(folder).first_frame
    assert frame is not None
    write_image(folder / frame, (1200, 1000), noise=True)

    async def work(provider: ReplicateProvider) -> tuple[RemoteTask, Path]:
        request = provider.build_request(payload_of(folder),
                                         lambda p: (folder / p).stat().st_size)  # fmt: skip
        done = await finish(provider, await provider.create(request, reader(folder)))
        assert provider.uploads == [frame]
        url = provider.download_url(done)
        assert url is not None
        return done, await provider.download(url, tmp_path / "take.mp4", video_duration)

    task, path = run(fake, work, allow_upload=True)
    assert task.state is TaskState.SUCCEEDED
    assert path.read_bytes() == fake.state.video
    assert fake.state.rejected == []
    [prediction] = fake.state.predictions
    assert prediction.input["start_image"].startswith("https://api.replicate.com/v1/files/")
    assert len(fake.state.files) == 1


def test_the_omni_example_runs_with_inline_images(fake: FakeReplicate, tmp_path: Path) -> None:
    async def work(provider: ReplicateProvider) -> RemoteTask:
        request = provider.build_request(payload_of(COFFEE, 0))
        return await finish(provider, await provider.create(request, reader(COFFEE)))

    assert run(fake, work).state is TaskState.SUCCEEDED
    [prediction] = fake.state.predictions
    assert prediction.model == "kwaivgi/kling-v3-omni-video"
    assert all(ref.startswith("data:image/") for ref in prediction.input["reference_images"])
    assert fake.state.files == {}  # nothing uploaded without the user's word


@pytest.mark.parametrize(
    "faults",
    [
        [Fault("create", 429, headers={"Retry-After": "0.02"})] * 2,
        [Fault("status", 503), Fault("status", 502, malformed=True)],
        [Fault("download", reset=True)],
    ],
    ids=["429-create", "5xx-and-garbage-status", "reset-mid-download"],
)
def test_transient_faults_are_retried_and_create_once(
    fake: FakeReplicate, tmp_path: Path, faults: list[Fault]
) -> None:
    fake.fault(*faults)

    async def work(provider: ReplicateProvider) -> Path:
        request = provider.build_request(payload_of(DETECTIVE))
        done = await finish(provider, await provider.create(request, reader(DETECTIVE)))
        url = provider.download_url(done)
        assert url is not None
        return await provider.download(url, tmp_path / "take.mp4", video_duration)

    assert run(fake, work).read_bytes() == fake.state.video
    assert len(fake.state.predictions) == 1
    assert fake.state.faults == []


def other_prediction_inputs(count: int) -> list[GuidancesPayload]:
    return [compile_guidances(project_of(board(3 + n, 2)), 0) for n in range(count)]


async def make_others(provider: ReplicateProvider, count: int) -> None:
    for payload in other_prediction_inputs(count):
        await provider.create(provider.build_request(payload), reader(DETECTIVE))


def test_a_lost_reply_is_found_by_listing_predictions(fake: FakeReplicate) -> None:
    async def work(provider: ReplicateProvider) -> Reconciliation:
        payload = payload_of(DETECTIVE)
        request = provider.build_request(payload)
        intent = CreateIntent.record("job-7", request, time.time())
        fake.fault(Fault("create", lost_after_create=True))
        with pytest.raises(UncertainCreate):
            await provider.create(request, reader(DETECTIVE))
        await make_others(provider, 4)  # ours is on the second page now
        return await provider.reconcile(intent)

    answer = run(fake, work)
    assert answer.outcome is Outcome.FOUND, answer.reason
    assert answer.task is not None
    assert answer.task.task_id == fake.state.predictions[0].id
    assert len(fake.state.predictions) == 5
    assert ("GET", "/v1/predictions") in fake.state.requests


def test_a_create_that_never_arrived_is_proved_absent_then_sent_once(
    fake: FakeReplicate,
) -> None:
    fake.fault(Fault("create", 502, malformed=True))  # refused before any prediction

    async def work(provider: ReplicateProvider) -> RemoteTask:
        request = provider.build_request(payload_of(DETECTIVE))
        intent = CreateIntent.record("job-8", request, time.time())
        with pytest.raises(UncertainCreate):
            await provider.create(request, reader(DETECTIVE))
        answer = await provider.reconcile(intent)
        assert answer.outcome is Outcome.ABSENT, answer.reason
        return await finish(provider, await provider.create(request, reader(DETECTIVE)))

    assert run(fake, work).state is TaskState.SUCCEEDED
    assert len(fake.state.predictions) == 1


def test_a_listing_without_inputs_is_unknown(fake: FakeReplicate) -> None:
    fake.state.list_without_input = True

    async def work(provider: ReplicateProvider) -> Reconciliation:
        request = provider.build_request(payload_of(DETECTIVE))
        intent = CreateIntent.record("job-9", request, time.time())
        await make_others(provider, 1)
        return await provider.reconcile(intent)

    answer = run(fake, work)
    assert answer.outcome is Outcome.UNKNOWN
    assert "no input" in answer.reason


def test_moderation_fails_the_prediction_in_plain_words(fake: FakeReplicate) -> None:
    fake.state.fail_next = ("The input or output was flagged as sensitive. Please try again "
                            "with different inputs. (E005)")  # fmt: skip

    async def work(provider: ReplicateProvider) -> RemoteTask:
        request = provider.build_request(payload_of(DETECTIVE))
        return await finish(provider, await provider.create(request, reader(DETECTIVE)))

    task = run(fake, work)
    assert task.state is TaskState.FAILED
    assert "content check blocked" in task.message
    assert len(fake.state.predictions) == 1


@pytest.mark.parametrize(
    ("fault", "kind"),
    [(Fault("create", 402), ErrorKind.BILLING),
     (Fault("create", 422, body={"title": "Invalid", "detail": "prompt: bad", "status": 422}),
      ErrorKind.INVALID)],
    ids=["billing", "invalid"],
)  # fmt: skip
def test_refusals_are_plain_and_not_retried(
    fake: FakeReplicate, fault: Fault, kind: ErrorKind
) -> None:
    fake.fault(fault)

    async def work(provider: ReplicateProvider) -> None:
        request = provider.build_request(payload_of(DETECTIVE))
        await provider.create(request, reader(DETECTIVE))

    with pytest.raises(ServiceError) as caught:
        run(fake, work)
    assert caught.value.kind is kind
    assert len(fake.state.requests) == 1
    if kind is ErrorKind.BILLING:
        assert "insufficient credit" in str(caught.value)


def test_a_wrong_token_is_named_and_never_logged(
    fake: FakeReplicate, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "r8_wrong_secret_token_value"

    async def work(provider: ReplicateProvider) -> None:
        await provider.create(provider.build_request(payload_of(DETECTIVE)), reader(DETECTIVE))

    with pytest.raises(ServiceError) as caught:
        run(fake, work, token=secret)
    assert caught.value.kind is ErrorKind.AUTH
    assert secret not in str(caught.value)
    assert secret not in caplog.text


def test_cancel_a_running_prediction(fake: FakeReplicate) -> None:
    async def work(provider: ReplicateProvider) -> tuple[bool, RemoteTask]:
        request = provider.build_request(payload_of(DETECTIVE))
        task = await provider.create(request, reader(DETECTIVE))
        canceled = await provider.cancel(task)
        return canceled, await provider.lookup(task)

    canceled, task = run(fake, work)
    assert canceled
    assert task.state is TaskState.CANCELED
    assert task.video_url is None


@pytest.mark.parametrize(
    ("fields", "problem"),
    [({"prompt": "a", "duration": "5"}, "integer"),
     ({"multi_prompt": [{"prompt": "a", "duration": 5}], "duration": 5}, "JSON string"),
     ({"prompt": "a", "start_image": "iVBORw0KGgo="}, "URL or a data URI"),
     ({"prompt": "a", "sound": "on"}, "unexpected")],
    ids=["string-duration", "list-multi-prompt", "raw-base64", "kling-field"],
)  # fmt: skip
def test_the_fake_refuses_what_replicate_refuses(
    fake: FakeReplicate, fields: dict[str, Any], problem: str
) -> None:
    answer = httpx.post(
        f"{fake.base_url}/v1/models/kwaivgi/kling-v3-video/predictions",
        json={"input": fields},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert answer.status_code == 422
    assert problem in answer.json()["detail"]  # fmt: skip


def test_a_large_image_is_not_sent_inline_even_unchecked(
    fake: FakeReplicate, tmp_path: Path
) -> None:
    """Built without sizes, the request is still refused at sending: nothing goes out."""
    folder = tmp_path / "big.storyboard"
    shutil.copytree(DETECTIVE, folder)
    frame = payload_of(folder).first_frame
    assert frame is not None
    write_image(folder / frame, (1200, 1000), noise=True)

    async def work(provider: ReplicateProvider) -> None:
        await provider.create(provider.build_request(payload_of(folder)), reader(folder))

    with pytest.raises(ServiceError, match="were not allowed") as caught:
        run(fake, work)
    assert caught.value.kind is ErrorKind.INVALID
    assert fake.state.requests == []
