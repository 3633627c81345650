"""Characters as Kling elements, with bound voices: the compiler, and the client against the
fake service over real HTTP (creation asynchronous, ids bound to the account)."""

from __future__ import annotations

import asyncio
import io
import random
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import av
import httpx
import pytest
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import (
    IMAGE2VIDEO,
    OMNI_VIDEO,
    KlingElement,
    compile_kling,
)
from storyboard_app.domain.models import Character, Project, Shot
from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.client import KlingClient, RetryPolicy
from storyboard_app.providers.kling.element_store import (
    READY,
    ElementStore,
    account_key,
    ensure_element,
)
from storyboard_app.providers.kling.elements import KlingElements, element_body
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.kling.voices import KlingVoices, sample_problem
from tests.conftest import board, project_of
from tests.core.test_kling import make_video
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling

T = TypeVar("T")
BIG_ID = 829836802793406551  # the vendor's example: above 2**53


def _cast_project(model: str = "kling-v3", first_frame: bool = True, cast: int = 1) -> Project:
    names = ("Ann", "Bo", "Cy", "Di")[:cast]
    people = tuple(
        Character(name=n, references=(f"assets/{n}1.png", f"assets/{n}2.png")) for n in names
    )
    shot = Shot(
        id="a",
        subject="They meet",
        characters=names,
        duration=5,
        first_frame="assets/f.png" if first_frame else None,
    )
    return project_of(board(5).evolve(model=model, shots=(shot,)), characters=people)


def _elements(*names: str) -> dict[str, KlingElement]:
    return {n: KlingElement(n, BIG_ID + i, voice="Calm narrator") for i, n in enumerate(names)}


def test_kling_v3_with_a_start_frame_sends_the_character_as_an_element() -> None:
    payload = compile_guidances(_cast_project(), 0)
    request = compile_kling(payload, elements=_elements("Ann"))
    assert (request.endpoint, request.model_name) == (IMAGE2VIDEO, "kling-v3")
    assert request.body["element_list"] == [{"element_id": BIG_ID}]
    assert "Ann is <<<element_1>>>" in request.body["prompt"]
    assert [i.path for i in request.images()] == ["assets/f.png"]  # no pictures of Ann
    assert request.display()["characters"] == {
        "Ann": f"element {BIG_ID} (<<<element_1>>>), with the voice “Calm narrator”"
    }
    # Without an element the pictures go to Omni as references, and the view says so.
    plain = compile_kling(payload)
    assert plain.endpoint == OMNI_VIDEO
    assert plain.display()["characters"] == {"Ann": "pictures <<<image_1>>>, <<<image_2>>>"}


def test_without_a_start_frame_elements_go_to_omni() -> None:
    request = compile_kling(
        compile_guidances(_cast_project(first_frame=False), 0), elements=_elements("Ann")
    )
    assert (request.endpoint, request.model_name) == (OMNI_VIDEO, "kling-v3-omni")
    assert request.body["element_list"] == [{"element_id": BIG_ID}]
    assert "image_list" not in request.body  # text2video takes no element_list (§13.4)


def test_a_fourth_element_character_falls_back_to_pictures_within_the_limits() -> None:
    payload = compile_guidances(_cast_project(cast=4), 0)
    request = compile_kling(payload, elements=_elements("Ann", "Bo", "Cy", "Di"))
    # image2video takes 3 elements; the 4th's pictures make it an Omni request, where a first
    # frame allows 3 elements too (§13.6).
    assert request.endpoint == OMNI_VIDEO
    assert len(request.body["element_list"]) == 3
    assert request.display()["characters"]["Di"] == "pictures <<<image_1>>>, <<<image_2>>>"
    assert "Di looks like <<<image_1>>>" in request.body["prompt"]


def test_models_without_elements_keep_to_what_they_take() -> None:
    payload = compile_guidances(_cast_project(model="kling-v2-6"), 0)
    request = compile_kling(payload, elements=_elements("Ann"))
    assert (request.endpoint, request.model_name) == (IMAGE2VIDEO, "kling-v2-6")
    assert "element_list" not in request.body
    assert request.display()["characters"] == {"Ann": "pictures not sent: kling-v2-6 takes none"}


def test_the_element_body_follows_the_vendors_rules() -> None:
    body = element_body("A very long character name", "x" * 150, [b"front", b"side"], "v1")
    assert len(body["element_name"]) == 20
    assert len(body["element_description"]) == 100
    assert body["element_voice_id"] == "v1"
    assert body["tag_list"] == [{"tag_id": "o_102"}]
    assert len(body["element_image_list"]["refer_images"]) == 1
    with pytest.raises(ValueError, match="2–4 pictures"):
        element_body("Ann", "", [b"front"])


# -- against the fake service, over loopback ----------------------------------------------


def _picture(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 600), colour).save(out, "PNG")
    return out.getvalue()


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(1.0)


@pytest.fixture
def fake(video: bytes) -> Iterator[FakeKling]:
    with FakeKling(video, 1.0) as service:
        yield service


def _with_client(fake: FakeKling, work: Callable[[KlingClient], Awaitable[T]]) -> T:
    async def go() -> T:
        http = httpx.AsyncClient(timeout=httpx.Timeout(5.0))
        client = KlingClient(
            http, fake.base_url, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)),
            RetryPolicy(attempts=3, base=0.01), rng=random.Random(3),
        )  # fmt: skip
        try:
            return await work(client)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_an_element_is_made_asynchronously_kept_and_made_again_when_pictures_change(
    fake: FakeKling, tmp_path: Path
) -> None:
    store = ElementStore(tmp_path / "elements.json")
    account = account_key(ACCESS_KEY)
    pictures = [_picture((200, 80, 80)), _picture((80, 200, 80))]

    async def make(client: KlingClient, chosen: list[bytes], voice: str | None = None) -> object:
        api = KlingElements(client, sleep=_no_sleep)
        return await ensure_element(api, store, account, fake.base_url, "Ann", "red coat",
                                    chosen, voice)  # fmt: skip

    first = _with_client(fake, lambda c: make(c, pictures))
    assert first.state == READY  # type: ignore[attr-defined]
    element_id = int(first.element_id)  # type: ignore[attr-defined]
    assert element_id > 2**53  # kept exactly, as a string in the store
    assert len(fake.state.general.created) == 1
    statuses = [path for method, path in fake.state.requests if method == "GET"]
    assert len(statuses) == 3  # submitted, processing, succeed: creation is asynchronous
    assert ACCESS_KEY not in (tmp_path / "elements.json").read_text()

    again = _with_client(fake, lambda c: make(c, pictures))
    assert again == first
    assert len(fake.state.general.created) == 1  # unchanged pictures: not paid twice

    changed = _with_client(fake, lambda c: make(c, [pictures[0], _picture((9, 9, 200))]))
    assert changed.element_id != first.element_id  # type: ignore[attr-defined]
    assert len(fake.state.general.created) == 2

    # The element renders on this account; an unknown id is refused by the service.
    payload = compile_guidances(_cast_project(), 0)
    made = {"Ann": KlingElement("Ann", int(changed.element_id))}  # type: ignore[attr-defined]
    request = compile_kling(payload, external_task_id="job-el", elements=made)
    task = _with_client(fake, lambda c: c.create(request, lambda _p: pictures[0]))
    assert fake.state.tasks[task.task_id].body["element_list"] == [
        {"element_id": int(changed.element_id)}  # type: ignore[attr-defined]
    ]


def test_element_ids_belong_to_their_account(fake: FakeKling, video: bytes) -> None:
    async def create(client: KlingClient) -> int:
        api = KlingElements(client, sleep=_no_sleep)
        task = await api.create("Ann", "red coat", [_picture((1, 2, 3)), _picture((4, 5, 6))])
        assert task.element_id is None  # the create answer holds no id (§13.3)
        done = await api.wait(task.task_id, interval=0)
        assert done.element_id is not None
        return done.element_id

    element_id = _with_client(fake, create)
    request = compile_kling(
        compile_guidances(_cast_project(), 0),
        elements={"Ann": KlingElement("Ann", element_id)},
    )
    with FakeKling(video, 1.0) as other_account, pytest.raises(KlingError, match="not found"):
        _with_client(other_account, lambda c: c.create(request, lambda _p: _picture((1, 1, 1))))


def test_a_failed_element_says_why_and_a_bound_voice_must_exist(
    fake: FakeKling, tmp_path: Path
) -> None:
    store = ElementStore(tmp_path / "elements.json")
    pictures = [_picture((10, 10, 10)), _picture((20, 20, 20))]
    fake.state.general.fail_next = "the pictures show more than one person"

    async def make(client: KlingClient) -> object:
        api = KlingElements(client, sleep=_no_sleep)
        return await ensure_element(api, store, "acct", "sg", "Bo", "", pictures)

    failed = _with_client(fake, make)
    assert failed.state == "failed"  # type: ignore[attr-defined]
    assert failed.message == "the pictures show more than one person"  # type: ignore[attr-defined]
    with pytest.raises(KlingError, match="voice 123 not found"):
        _with_client(fake, lambda c: KlingElements(c).create("Bo", "", pictures, voice_id="123"))


def _recording(path: Path, seconds: float) -> Path:
    with av.open(str(path), "w") as box:
        stream = box.add_stream("pcm_s16le", rate=16000)
        frames = int(16000 * seconds)
        frame = av.AudioFrame(format="s16", layout="mono", samples=frames)
        frame.planes[0].update(bytes(frames * 2))
        frame.rate = 16000
        for packet in stream.encode(frame):
            box.mux(packet)
        for packet in stream.encode(None):
            box.mux(packet)
    return path


def test_voices_presets_and_a_custom_voice_bound_to_an_element(
    fake: FakeKling, tmp_path: Path
) -> None:
    short = _recording(tmp_path / "short.wav", 2.0)
    assert "lasts 2.0 s" in sample_problem(short)
    assert "5–30 s" in sample_problem(short)
    good = _recording(tmp_path / "good.wav", 6.0)
    assert sample_problem(good) == ""
    assert "not a recording" in sample_problem(tmp_path / "notes.txt")

    async def go(client: KlingClient) -> tuple[list[str], str, int | None, str | None]:
        voices = KlingVoices(client, sleep=_no_sleep)
        presets = [v.name for v in await voices.presets()]
        task = await voices.create("Ann's voice", good.read_bytes())
        done = await voices.wait(task.task_id, interval=0)
        assert done.voice is not None
        assert done.units == 0.05
        elements = KlingElements(client, sleep=_no_sleep)
        pictures = [_picture((5, 5, 5)), _picture((6, 6, 6))]
        made = await elements.wait(
            (await elements.create("Ann", "", pictures, done.voice.voice_id)).task_id
        )
        return presets, done.voice.voice_id, made.element_id, made.voice_id

    presets, voice_id, element_id, bound = _with_client(fake, go)
    assert presets == ["Calm narrator", "Bright girl"]
    assert isinstance(voice_id, str)
    assert element_id is not None
    assert bound == voice_id  # element_voice_info comes back with the element
    assert fake.state.general.created[-1]["element_voice_id"] == voice_id


def test_a_bible_character_renders_through_its_element_from_the_command_line(
    fake: FakeKling, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from storyboard_app.storage.bundle import save_project
    from tests.conftest import ROOT, write_image
    from tests.core.test_kling_cli import environment

    folder = tmp_path / "Meet.storyboard"
    for name, size in (("f", (640, 360)), ("ann1", (400, 600)), ("ann2", (420, 600))):
        write_image(folder / f"assets/{name}.png", size)
    ann = Character(
        name="Ann",
        appearance="red coat",
        references=("assets/ann1.png", "assets/ann2.png"),
        voice_id="829824495395233792",  # a preset voice of the fake account
    )
    shots = (
        Shot(id="a", subject="Ann waits", characters=("Ann",), duration=3,
             first_frame="assets/f.png"),
        Shot(id="b", subject="Ann turns", characters=("Ann",), duration=4),
    )  # fmt: skip
    save_project(folder, project_of(board(3, 4).evolve(shots=shots), characters=(ann,)))
    env = environment(tmp_path / "home", fake)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "storyboard_app", *args], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120)  # fmt: skip

    made = run("elements", str(folder))
    assert made.returncode == 0, made.stderr
    name, state, _word, element_id = made.stdout.split()[:4]
    assert (name, state, _word) == ("Ann:", "ready", "element")
    assert fake.state.general.created[0]["element_voice_id"] == "829824495395233792"
    again = run("elements", str(folder))
    assert again.stdout == made.stdout
    assert len(fake.state.general.created) == 1  # kept, not made twice

    rendered = run("submit", str(folder), "--wait", "--output", str(tmp_path / "out"))
    assert rendered.returncode == 0, rendered.stderr
    [task] = fake.state.tasks.values()
    assert task.family == "image2video"
    assert task.body["model_name"] == "kling-v3"
    assert task.body["element_list"] == [{"element_id": int(element_id)}]
    assert all("Ann is <<<element_1>>>" in s["prompt"] for s in task.body["multi_prompt"])
    assert "image_list" not in task.body  # the pictures did not go as well


def test_a_lost_create_answer_is_looked_up_not_paid_twice(fake: FakeKling, tmp_path: Path) -> None:
    from storyboard_app.providers.kling.errors import UncertainCreate

    store = ElementStore(tmp_path / "elements.json")
    pictures = [_picture((30, 30, 30)), _picture((40, 40, 40))]

    class LosesTheAnswer(KlingElements):
        async def create(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
            await super().create(*args, **kwargs)  # type: ignore[arg-type]
            raise UncertainCreate("the connection dropped after sending")

    async def lost(client: KlingClient) -> object:
        api = LosesTheAnswer(client, sleep=_no_sleep)
        return await ensure_element(api, store, "acct", "sg", "Cy", "", pictures)

    with pytest.raises(UncertainCreate):
        _with_client(fake, lost)
    assert len(fake.state.general.created) == 1

    async def again(client: KlingClient) -> object:
        return await ensure_element(
            KlingElements(client, sleep=_no_sleep), store, "acct", "sg", "Cy", "", pictures
        )

    found = _with_client(fake, again)
    assert found.state == READY  # type: ignore[attr-defined]
    assert len(fake.state.general.created) == 1  # found by its external id, not made again

    # A creation that never reached Kling (unknown external id) is made on the next run.
    fresh = [_picture((50, 50, 50)), _picture((60, 60, 60))]

    class NeverSends(KlingElements):
        async def create(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
            raise UncertainCreate("no connection")

    async def unsent(client: KlingClient) -> object:
        return await ensure_element(NeverSends(client), store, "acct", "sg", "Di", "", fresh)

    with pytest.raises(UncertainCreate):
        _with_client(fake, unsent)

    async def retry(client: KlingClient) -> object:
        return await ensure_element(
            KlingElements(client, sleep=_no_sleep), store, "acct", "sg", "Di", "", fresh
        )

    assert _with_client(fake, retry).state == READY  # type: ignore[attr-defined]
    assert len(fake.state.general.created) == 2


def _speaking_v26(voice_id: str = "829824495395233792", frame: bool = True) -> Project:
    from storyboard_app.domain.models import DialogueLine
    from storyboard_app.domain.vocabulary import Mode

    ann = Character(name="Ann", voice="husky alto", voice_id=voice_id)
    shot = Shot(
        id="a",
        subject="Ann at the door",
        characters=("Ann",),
        duration=5,
        dialogue=(DialogueLine(character="Ann", line="You're late."),),
        first_frame="assets/f.png" if frame else None,
    )
    board_ = board(5).evolve(model="kling-v2-6", mode=Mode.PRO, audio=True, shots=(shot,))
    return project_of(board_, characters=(ann,))


def test_kling_v2_6_sends_the_speakers_voice_in_voice_list_and_prices_it(
    fake: FakeKling, tmp_path: Path
) -> None:
    from storyboard_app.compiler.cost import estimate_cost
    from storyboard_app.compiler.kling import AccountElements
    from storyboard_app.compiler.validation import validate_project
    from storyboard_app.storage.assets import AssetStore
    from tests.conftest import write_image

    project = _speaking_v26()
    payload = compile_guidances(project, 0)
    account = AccountElements({}, {"Ann": "829824495395233792"})
    request = compile_kling(payload, elements=account)
    assert (request.endpoint, request.model_name) == (IMAGE2VIDEO, "kling-v2-6")
    assert request.body["voice_list"] == [{"voice_id": "829824495395233792"}]
    assert '[Ann<<<voice_1>>>]: "You\'re late."' in request.body["prompt"]
    assert request.display()["characters"] == {"Ann": "voice 829824495395233792 (<<<voice_1>>>)"}
    cost = estimate_cost(payload, account)
    assert cost is not None
    assert (cost.units_per_second, cost.units, cost.voices) == (1.2, 6.0, True)  # §14.5
    plain = estimate_cost(payload)
    assert plain is not None
    assert (plain.units_per_second, plain.voices) == (1.0, False)
    write_image(tmp_path / "assets/f.png", (640, 360))
    problems = validate_project(project, AssetStore(tmp_path), account)
    assert not [p for p in problems if p.code == "character-voice-unsent"]

    # The fake (strict, §14.5) takes it over real HTTP, and refuses a voice it does not know.
    frame = (tmp_path / "assets/f.png").read_bytes()
    task = _with_client(fake, lambda c: c.create(request, lambda _p: frame))
    assert task.task_id
    wrong = compile_kling(payload, elements=AccountElements({}, {"Ann": "123"}))
    with pytest.raises(KlingError, match="voice 123 not found"):
        _with_client(fake, lambda c: c.create(wrong, lambda _p: frame))


def test_kling_v2_6_without_a_first_frame_names_the_unsent_voice(tmp_path: Path) -> None:
    from storyboard_app.compiler.kling import AccountElements
    from storyboard_app.compiler.validation import validate_project
    from storyboard_app.storage.assets import AssetStore

    project = _speaking_v26(frame=False)
    account = AccountElements({}, {"Ann": "829824495395233792"})
    request = compile_kling(compile_guidances(project, 0), elements=account)
    assert request.endpoint.endswith("text2video")
    assert "voice_list" not in request.body  # §16.3: voice_list is no text2video field
    [problem] = [
        p
        for p in validate_project(project, AssetStore(tmp_path), account)
        if p.code == "character-voice-unsent"
    ]
    assert "takes voices only when it starts from a first frame" in problem.message


def test_validation_says_which_characters_go_as_elements_and_why_others_do_not(
    tmp_path: Path,
) -> None:
    from storyboard_app.compiler.kling import AccountElements
    from storyboard_app.compiler.validation import validate_project
    from storyboard_app.domain.problems import Severity
    from storyboard_app.storage.assets import AssetStore
    from tests.conftest import write_image

    for name in ("f", "Ann1", "Ann2", "Bo1", "Bo2", "Cy1", "Cy2", "Di1", "Di2"):
        write_image(tmp_path / f"assets/{name}.png", (400, 400))
    project = _cast_project(cast=4)
    store = AssetStore(tmp_path)

    def routes(account: AccountElements | None) -> list[tuple[str, str]]:
        return [
            (p.severity.value, p.message)
            for p in validate_project(project, store, account)
            if p.code in ("characters-as-elements", "character-as-pictures")
        ]

    assert routes(None) == []  # no account known: nothing said about elements
    four = AccountElements(_elements("Ann", "Bo", "Cy", "Di"))
    assert routes(four) == [
        (
            Severity.NOTE.value,
            "Ann, Bo and Cy go as Kling elements (the same person in every shot).",
        ),
        (
            Severity.WARNING.value,
            "Di goes as plain reference pictures: the request already carries as many "
            "elements as kling-v3-omni takes.",
        ),
    ]
    one = AccountElements(_elements("Ann"))
    assert (
        Severity.WARNING.value,
        "Bo goes as plain reference pictures: its element is not ready on this Kling account.",
    ) in routes(one)
    old = _cast_project(model="kling-v2-6")
    assert [
        p.code
        for p in validate_project(old, store, AccountElements(_elements("Ann")))
        if p.code.startswith("character")
    ] == ["character-pictures-unsent"]  # v2-6 sends no pictures at all: named once


def test_a_lost_voice_create_answer_is_looked_up_not_paid_twice(
    fake: FakeKling, tmp_path: Path
) -> None:
    from storyboard_app.providers.kling.element_store import ensure_voice
    from storyboard_app.providers.kling.errors import UncertainCreate

    store = ElementStore(tmp_path / "elements.json")
    sample = _recording(tmp_path / "ann.wav", 6.0).read_bytes()

    class LosesTheAnswer(KlingVoices):
        async def create(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
            await super().create(*args, **kwargs)  # type: ignore[arg-type]
            raise UncertainCreate("the connection dropped after sending")

    async def lost(client: KlingClient) -> object:
        return await ensure_voice(
            LosesTheAnswer(client, sleep=_no_sleep), store, "acct", "sg", "Ann", sample
        )

    with pytest.raises(UncertainCreate):
        _with_client(fake, lost)
    voices_made = [b for b in fake.state.general.created if "voice_name" in b]
    assert len(voices_made) == 1
    assert voices_made[0]["external_task_id"].startswith("vo-")

    async def again(client: KlingClient) -> object:
        return await ensure_voice(
            KlingVoices(client, sleep=_no_sleep), store, "acct", "sg", "Ann", sample
        )

    found = _with_client(fake, again)
    assert found.state == READY  # type: ignore[attr-defined]
    assert found.voice_id  # type: ignore[attr-defined]
    assert len([b for b in fake.state.general.created if "voice_name" in b]) == 1  # not paid twice
