"""The service adapters' sentences in 简体中文 / 繁體中文: what fal and Replicate cannot take,
where an upload goes, the price line and the image requests' problems (issue 14)."""

from __future__ import annotations

import re

import httpx
import pytest

from storyboard_app import i18n
from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.domain.images import ImageInfo
from storyboard_app.domain.models import ReferenceImage, Shot, Storyboard
from storyboard_app.domain.picture_labels import GENERATED_FRAME, shown_label
from storyboard_app.domain.vocabulary import ImageRole, Mode
from storyboard_app.providers.fal.client import FalProvider
from storyboard_app.providers.fal.images import O1_IMAGE, FalFrameOrder
from storyboard_app.providers.fal.request import build_fal_request
from storyboard_app.providers.kling.images import FrameCost, FrameRequest
from storyboard_app.providers.port import PriceQuote, ServiceRequest
from storyboard_app.providers.replicate.request import build_replicate_request
from tests.conftest import project_of
from tests.core.test_i18n import SIMPLIFIED_ONLY

HAN = re.compile(r"[\u4e00-\u9fff]")
DATA = (
    "fal fal.ai Replicate replicate Kling Image Omni kling-v3 kling-v3-omni kling-image-o1 "
    "std pro MB px JPEG PNG GIF api.replicate.com/v1/files fal-ai/kling-video/v3/standard/"
    "text-to-video kwaivgi/kling-v3-video"
)
"""Words that are data in any language: services, models, modes, units, formats, the
storyboard's own files below."""


def _english_words(text: str, data: str) -> list[str]:
    """Words of ASCII letters in ``text`` that are not data (as test_i18n's)."""
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in data]


def _shot(number: int, duration: float, **settings: object) -> Shot:
    return Shot(id=f"s{number}", subject=f"Subject {number}", duration=duration).evolve(**settings)


def _references(count: int, prefix: str = "ref") -> tuple[ReferenceImage, ...]:
    return tuple(
        ReferenceImage(image=f"assets/{prefix}{i}.png", role=ImageRole.STYLE, label=f"Look {i}")
        for i in range(count)
    )


def _payload(*shots: Shot, **settings: object) -> GuidancesPayload:
    board = Storyboard(name="Board", shots=shots).evolve(**settings)
    return compile_guidances(project_of(board), 0)


def _every_direction() -> list[GuidancesPayload]:
    """Storyboards that reach every reason fal and Replicate give for not taking something."""
    return [
        # 1 s and 1.5 s shots (below fal's 3 s; not whole seconds), a seed, per-shot frames
        # inside the video, a last frame without a first one, references.
        _payload(
            _shot(1, 1.5, references=_references(2)),
            _shot(2, 1, first_frame="assets/mid.png", last_frame="assets/mid-end.png"),
            _shot(3, 3, references=_references(2, "more")),
            _shot(4, 2, last_frame="assets/end.png"),
            seed=7,
        ),
        # 4K without a first frame; a 20 s storyboard (past 15 s in all).
        _payload(_shot(1, 10), _shot(2, 10), mode=Mode.UHD_4K),
        # More shots than either takes in one request.
        _payload(*(_shot(i, 2) for i in range(1, 9))),
        # More reference pictures than Replicate's Omni takes.
        _payload(
            _shot(1, 3, references=_references(4)),
            _shot(2, 3, references=_references(4, "other")),
            _shot(3, 3, references=_references(4, "third")),
        ),
        # No shots at all.
        _payload(),
    ]


def _reasons(request: ServiceRequest) -> list[str]:
    return [item.reason for item in request.unsupported] + list(request.notices)


def _requests(payload: GuidancesPayload) -> list[ServiceRequest]:
    def big(path: str) -> int:
        return 3_400_000  # every picture over Replicate's 1 MB inline limit

    return [
        build_fal_request(payload),
        build_replicate_request(payload, big),
        build_replicate_request(payload, big, allow_upload=True),
    ]


def _check_chinese(language: str, texts: list[str], data: str) -> None:
    for text in texts:
        assert HAN.search(text), text
        assert _english_words(text, data) == [], text
        if language == "zh_TW":
            assert not SIMPLIFIED_ONLY & set(text), text


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_what_fal_and_replicate_cannot_take_reads_in_chinese(language: str) -> None:
    payloads = _every_direction()
    english = {r for p in payloads for request in _requests(p) for r in _reasons(request)}
    fields = {
        item.field for p in payloads for request in _requests(p) for item in request.unsupported
    }
    # Every kind of reason the adapters give is reached (the test would be hollow otherwise).
    assert {"mode", "shots", "total duration", "seed", "references", "last frame"} <= fields
    assert {"shot 1 duration", "shot 2 first frame", "shot 2 last frame"} <= fields
    assert any(f.startswith("image assets/") for f in fields)
    assert any("will be uploaded to" in reason for reason in english)
    assert any("sent as 2 s" in reason for reason in english)  # 1.5 s: whole seconds

    i18n.install(language)
    data = DATA + " ".join(str(p.guidances) for p in payloads)
    chinese = [r for p in payloads for request in _requests(p) for r in _reasons(request)]
    assert len(set(chinese)) == len(english)
    _check_chinese(language, chinese, data)
    storage = "文件存储" if language == "zh_CN" else "檔案儲存空間"
    assert any(storage in reason and "api.replicate.com/v1/files" in reason for reason in chinese)
    seed = next(r for r in chinese if "7" in r and ("种子" in r or "種子" in r))
    assert seed.startswith("fal ") or seed.startswith("replicate ")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_price_lines_read_in_chinese(language: str) -> None:
    payload = _payload(_shot(1, 5), _shot(2, 7), audio=True)
    quote = FalProvider(httpx.AsyncClient(), "k").price(payload)
    assert quote is not None
    english = quote.describe()
    assert english == "12 s × $0.126/s ≈ $1.51 (fal, fal-ai/kling-video/v3/standard/text-to-video)"
    one = FrameCost(images=1, usd=0.0112, usd_per_image=0.0112, units=8, units_per_image=8)
    four = FrameCost(images=4, usd=0.0448, usd_per_image=0.0112, units=32, units_per_image=8)
    assert four.describe() == "4 images × 8 u = 32 image units ≈ $0.04"
    i18n.install(language)
    lines = [quote.describe(), one.describe(), four.describe()]
    _check_chinese(language, lines, DATA)
    assert (
        lines[0] == "12 秒 × $0.126/秒 ≈ $1.51（fal，fal-ai/kling-video/v3/standard/text-to-video）"
    )
    other = PriceQuote("replicate", "kwaivgi/kling-v3-video", 2.5, 0.1, 0.25, "")
    assert other.describe().startswith("2.5 秒 × $0.1/秒 ≈ $0.25（replicate，")


def _inspect(path: str) -> ImageInfo:
    """Each picture wrong in its own way, by its name."""
    name = path.rsplit("/", 1)[-1]
    if name.startswith("gone"):
        return ImageInfo(path=path, exists=False)
    if name.startswith("broken"):
        return ImageInfo(path=path, exists=True, error="cannot identify image")
    if name.startswith("anim"):
        return ImageInfo(path=path, exists=True, format="GIF", width=800,
                         height=600, size_bytes=10_000)  # fmt: skip
    if name.startswith("huge"):
        return ImageInfo(path=path, exists=True, format="PNG", width=9000,
                         height=6000, size_bytes=40_000_000)  # fmt: skip
    if name.startswith("tiny"):
        return ImageInfo(path=path, exists=True, format="PNG", width=120,
                         height=90, size_bytes=5_000)  # fmt: skip
    return ImageInfo(path=path, exists=True, format="PNG", width=3000,
                     height=600, size_bytes=50_000)  # fmt: skip  # 5:1, too long for Kling


PICTURES = tuple(f"assets/{n}.png" for n in ("gone", "broken", "anim", "huge", "tiny", "long"))


def _image_problems() -> list[str]:
    kling = FrameRequest(shot_id="s1", model="kling-image-o1", prompt="x" * 3000,
                         aspect_ratio="5:4", resolution="4k", count=12, series=True,
                         references=PICTURES, element_ids=(1, 2, 3, 4, 5))  # fmt: skip
    single = FrameRequest(shot_id="s1", model="kling-v3-omni", prompt=" ", aspect_ratio="16:9",
                          resolution="1k", count=0, series=False, references=())  # fmt: skip
    fal = FalFrameOrder(shot_id="s1", endpoint=O1_IMAGE, prompt="y" * 3000, aspect_ratio="5:4",
                        resolution="4K", count=12, references=PICTURES[:4])  # fmt: skip
    fal_empty = FalFrameOrder(shot_id="s1", endpoint=O1_IMAGE, prompt="", aspect_ratio="16:9",
                              resolution="1K", count=1, references=())  # fmt: skip
    return [
        *kling.problems(_inspect),
        *single.problems(_inspect),
        *fal.problems(_inspect),
        *fal_empty.problems(_inspect),
    ]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_image_request_problems_read_in_chinese(language: str) -> None:
    english = _image_problems()
    for words in ("missing from the project", "cannot be read", "Kling takes JPEG", "over 10 MB",
                  "300 px", "2.5:1", "makes no series", "a series makes", "one request makes",
                  "At most", "no prompt", "fal takes at most", "needs a picture",
                  "pictures are sent as PNG", "come in no 5:4", "One request makes 1–9",
                  ):  # fmt: skip
        assert any(words in problem for problem in english), words
    i18n.install(language)
    chinese = _image_problems()
    assert len(chinese) == len(english)
    data = DATA + " ".join(PICTURES) + " cannot identify image"
    _check_chinese(language, chinese, data)
    assert not any("cannot identify image" in p and "无法" not in p and "無法" not in p
                   for p in chinese)  # fmt: skip  # the decoder's own words, framed in Chinese


def test_a_generated_frames_label_is_data_and_reads_translated() -> None:
    assert GENERATED_FRAME == "generated frame"  # stored in projects as written
    assert shown_label(GENERATED_FRAME) == "generated frame"
    i18n.install("zh_CN")
    assert shown_label(GENERATED_FRAME) == "生成的画面"
    assert shown_label("Maya") == "Maya"
    assert shown_label("generated frames") == "generated frames"  # a user's own label
    i18n.install("zh_TW")
    assert shown_label(GENERATED_FRAME) == "生成的畫面"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_connection_check_words_read_in_chinese(language: str) -> None:
    import asyncio

    from storyboard_app.providers.connection import check_replicate
    from storyboard_app.providers.port import ServiceError

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"type": "user"})  # names no account

    async def check() -> str:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            try:
                await check_replicate(http, "t", "http://127.0.0.1:9")
            except ServiceError as error:
                return error.explain()
        raise AssertionError("an answer naming no account was accepted")

    i18n.install(language)
    said = asyncio.run(check())
    _check_chinese(language, [said], DATA + " HTTP")
