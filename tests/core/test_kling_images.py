"""Kling image generation (kling-api.md §15) against the fake image service over loopback."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import Project
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.providers.kling.images import (
    GENERATIONS,
    IMAGE_MODELS,
    OMNI_IMAGE,
    FrameRequest,
    ImagePoll,
    KlingImages,
    _image_task,
    frame_request,
    total_cost,
)
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import DETECTIVE, write_image
from tests.fakes.kling_images import (
    ACCESS_KEY,
    SECRET_KEY,
    FakeKlingImages,
    ImageFault,
    check_body,
)


async def _no_wait(_seconds: float) -> None:
    return None


def _no_pictures(path: str) -> bytes:
    raise AssertionError(f"{path} should not be read")


@pytest.fixture
def fake() -> Iterator[FakeKlingImages]:
    with FakeKlingImages() as service:
        yield service


@pytest.fixture
def detective(tmp_path: Path) -> tuple[Project, AssetStore]:
    """The detective example whose character has a picture (a real 800×600 PNG)."""
    folder = tmp_path / "Detective.storyboard"
    write_image(folder / "assets" / "ray.png", (800, 600))
    project = load_project(DETECTIVE)
    ray = project.characters[0].evolve(references=("assets/ray.png",))
    return project.evolve(characters=(ray,)), AssetStore(folder)


def _run(fake: FakeKlingImages, work: Any) -> Any:
    async def go() -> Any:
        async with httpx.AsyncClient(timeout=10) as http:
            client = KlingImages(
                http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)),
                ImagePoll(first=0.01, most=0.02), sleep=_no_wait,
            )  # fmt: skip
            return await work(client)

    # A thread of its own: a Qt test earlier in the session may own this thread's loop.
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, go()).result()


def test_a_shot_becomes_an_omni_request_with_its_prompt_and_characters(
    detective: tuple[Project, AssetStore],
) -> None:
    project, store = detective
    payload = compile_guidances(project, 0)
    request = frame_request(payload, 1, count=4, external_task_id="frame-x")
    guidance = payload.guidances[1]
    assert request.endpoint == OMNI_IMAGE
    assert request.prompt.startswith(guidance.prompt)
    assert request.prompt.count("neo-noir") == 1  # the storyboard's style goes with it, once
    assert request.prompt.endswith("Reference pictures: <<<image_1>>> shows Ray Malone.")
    assert request.references == ("assets/ray.png",)
    assert request.problems(store.inspect) == []
    body = request.wire_body(lambda p: store.absolute(p).read_bytes())
    assert set(body) == {"model_name", "prompt", "aspect_ratio", "resolution", "result_type",
                         "n", "image_list", "external_task_id"}  # fmt: skip
    assert body["model_name"] == "kling-v3-omni"
    assert body["n"] == 4
    assert body["result_type"] == "single"
    assert body["aspect_ratio"] == "16:9"
    assert body["resolution"] == "1k"
    assert (
        base64.b64decode(body["image_list"][0]["image"])
        == store.absolute("assets/ray.png").read_bytes()
    )
    assert check_body("omni-image", body) == ""
    assert request.display()["image_list"] == [{"image": base64.b64encode(b"<assets/ray.png>")
                                                .decode()}]  # fmt: skip


def test_cost_is_images_times_the_price_per_image() -> None:
    four = FrameRequest("s", "kling-v3-omni", "p", "16:9", "1k", 4, False, ())
    assert four.cost().describe() == "4 images × 8 u = 32 image units ≈ $0.11"
    big = FrameRequest("s", "kling-v3-omni", "p", "16:9", "4k", 2, False, ())
    assert (big.cost().units, big.cost().usd) == (32, 0.112)
    both = total_cost([four.cost(), four.cost(), four.cost()])
    assert both is not None
    assert both.units == 96
    assert both.describe().startswith("12 images")
    assert total_cost([]) is None
    for model in IMAGE_MODELS.values():
        assert "§15" in model.source


def test_kling_v3_sends_one_image_and_drops_the_negative_prompt_with_it(
    detective: tuple[Project, AssetStore],
) -> None:
    project, store = detective
    board = project.storyboards[0].evolve(negative_prompt="blurry")
    payload = compile_guidances(project.evolve(storyboards=(board,)), 0)
    request = frame_request(payload, 0, model="kling-v3", count=2)
    assert request.endpoint == GENERATIONS
    assert "<<<image_1>>>" not in request.prompt
    body = request.wire_body(lambda p: store.absolute(p).read_bytes())
    assert "image" in body
    assert "negative_prompt" not in body
    assert body["n"] == 2
    assert check_body("generations", body) == ""
    bare = project.evolve(characters=(project.characters[0].evolve(references=()),),
                          storyboards=(board,))  # fmt: skip
    plain = frame_request(compile_guidances(bare, 0), 0, model="kling-v3").wire_body(_no_pictures)
    assert plain["negative_prompt"] == "blurry"
    assert "image" not in plain


def test_problems_name_the_limits(tmp_path: Path) -> None:
    store = AssetStore(tmp_path)
    write_image(tmp_path / "assets" / "tiny.png", (200, 200))
    write_image(tmp_path / "assets" / "strip.png", (1600, 400))
    request = FrameRequest("s", "kling-v3", "x" * 2501, "16:9", "4k", 2, True,
                           ("assets/tiny.png", "assets/strip.png", "assets/gone.png"))  # fmt: skip
    said = " ".join(request.problems(store.inspect))
    assert "2501 characters" in said
    assert "kling-v3 makes 1k, 2k images only" in said
    assert "kling-v3 makes no series" in said
    assert "200×200" in said
    assert "longer than 2.5:1" in said
    assert "gone.png is missing" in said
    series = FrameRequest("s", "kling-v3-omni", "p", "16:9", "1k", 1, True, ())
    assert "a series makes 2–9 images, not 1" in " ".join(series.problems(store.inspect))


def test_create_follow_and_download_candidates(
    fake: FakeKlingImages, detective: tuple[Project, AssetStore], tmp_path: Path
) -> None:
    project, store = detective
    request = frame_request(compile_guidances(project, 0), 0, count=3, external_task_id="f-1")

    async def work(client: KlingImages) -> list[Path]:
        task = await client.create(request, lambda p: store.absolute(p).read_bytes())
        assert task.status == "submitted"
        assert task.external_id == "f-1"
        seen: list[str] = []
        done = await client.follow(request.endpoint, task, lambda t: seen.append(t.status))
        assert seen[-1] == "succeed"
        assert "processing" in seen
        assert done.units == 24.0
        return [await client.download(url, tmp_path / f"c{i}.png")
                for i, url in enumerate(done.urls)]  # fmt: skip

    files = _run(fake, work)
    assert len(files) == 3
    sizes = set()
    for file in files:
        with Image.open(file) as image:
            assert image.format == "PNG"
            sizes.add(image.size)
    assert sizes == {(480, 270)}
    assert fake.creates()[0]["n"] == 3


def test_a_series_comes_back_in_series_images(fake: FakeKlingImages) -> None:
    request = FrameRequest("s", "kling-v3-omni", "a harbour at dawn", "9:16", "2k", 6, True, ())

    async def work(client: KlingImages) -> tuple[str, ...]:
        task = await client.create(request, _no_pictures)
        return (await client.follow(request.endpoint, task)).urls

    urls = _run(fake, work)
    assert len(urls) == 6
    assert urls[0].endswith("/0.png")
    body = fake.creates()[0]
    assert body["result_type"] == "series"
    assert body["series_amount"] == 6
    assert "n" not in body


def test_garbage_on_a_query_is_retried_and_a_failed_task_explained(
    fake: FakeKlingImages,
) -> None:
    fake.fault(ImageFault("query", http_status=502, garbage=True),
               ImageFault("query", http_status=500, code=5000))  # fmt: skip
    request = FrameRequest("s", "kling-v3-omni", "p", "1:1", "1k", 1, False, ())

    async def work(client: KlingImages) -> int:
        task = await client.create(request, _no_pictures)
        return len((await client.follow(request.endpoint, task)).urls)

    assert _run(fake, work) == 1
    fake.fault(ImageFault("task", fail_task="content safety"))
    with pytest.raises(KlingError, match="content safety"):
        _run(fake, work)


def test_a_download_through_a_5xx_and_an_odd_task_shape(
    fake: FakeKlingImages, tmp_path: Path
) -> None:
    fake.fault(ImageFault("file", http_status=500, garbage=True))
    request = FrameRequest("s", "kling-v3-omni", "p", "1:1", "1k", 1, False, ())

    async def work(client: KlingImages) -> Path:
        task = await client.follow(request.endpoint, await client.create(request, _no_pictures))
        return await client.download(task.urls[0], tmp_path / "one.png")

    with Image.open(_run(fake, work)) as image:
        assert image.size == (480, 480)
    odd = {"task_id": "t", "task_status": "succeed", "task_result": {"images": [{"index": 0}]}}
    with pytest.raises(KlingError, match="unexpected shape"):
        _image_task(odd)


def test_a_create_lost_in_garbage_is_never_sent_again(fake: FakeKlingImages) -> None:
    fake.fault(ImageFault("create", http_status=503, garbage=True))
    request = FrameRequest("s", "kling-v3-omni", "p", "1:1", "1k", 1, False, ())
    with pytest.raises(UncertainCreate):
        _run(fake, lambda client: client.create(request, _no_pictures))
    assert [r for r in fake.state.requests if r[0] == "POST"] == [("POST", OMNI_IMAGE)]
    fake.fault(ImageFault("create", http_status=429, code=1102))
    with pytest.raises(KlingError, match="resource pack is exhausted"):
        _run(fake, lambda client: client.create(request, _no_pictures))


def test_the_fake_is_strict_about_names_and_types(fake: FakeKlingImages) -> None:
    good = {"model_name": "kling-v3-omni", "prompt": "p", "n": 2}
    assert check_body("omni-image", good) == ""
    assert "n must be an integer" in check_body("omni-image", {**good, "n": "2"})
    assert "unknown field" in check_body("omni-image", {**good, "negative_prompt": "x"})
    assert "does not support series" in check_body(
        "omni-image", {**good, "model_name": "kling-image-o1", "result_type": "series"}
    )
    assert "data: prefix" in check_body("generations", {"prompt": "p", "image": "data:x"})
    assert "not offered" in check_body("generations", {**good})
    token = TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)).token()
    answer = httpx.post(fake.base_url + GENERATIONS, json={"prompt": "p", "n": "3"},
                        headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert answer.status_code == 400
    assert answer.json()["code"] == 1201
    wrong = httpx.post(fake.base_url + GENERATIONS, json={"prompt": "p"},
                       headers={"Authorization": "Bearer nope"})  # fmt: skip
    assert json.loads(wrong.text)["code"] == 1002
