"""Property: every valid storyboard of every model compiles to a documented Kling request, and
every direction the director gave (frames, references, character pictures, negatives, voices,
dialogue) is either in that request or named by ``validate``."""

from __future__ import annotations

import io
from collections.abc import Mapping

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import AccountElements, KlingElement, KlingRequest, compile_kling
from storyboard_app.compiler.props import is_prop, prop_key, storyboard_props
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import CAPABILITIES
from storyboard_app.domain.images import ImageInfo
from storyboard_app.domain.models import (
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
    Storyboard,
)
from storyboard_app.domain.problems import Problem, has_errors
from storyboard_app.domain.vocabulary import AspectRatio, ImageRole, Mode
from tests.fakes.kling_documented import undocumented
from tests.fakes.kling_server import check_body


class GoodImages:
    """Every asset is a 640×360 PNG: image rules are tested elsewhere, directions here."""

    def inspect(self, path: str) -> ImageInfo:
        return ImageInfo(
            path=path, exists=True, size_bytes=4000, format="PNG", width=640, height=360
        )


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 360), (40, 60, 80)).save(out, "PNG")
    return out.getvalue()


PNG = _png()
PICTURES = [f"assets/p{n}.png" for n in range(6)]
CAST = ("Ann", "Bo")

frames = st.one_of(st.none(), st.sampled_from(PICTURES))
references = st.lists(
    st.builds(
        ReferenceImage,
        image=st.sampled_from(PICTURES),
        role=st.sampled_from(list(ImageRole)),
        label=st.sampled_from(["", "the cup", "Ann"]),
    ),
    max_size=2,
).map(tuple)
lines = st.lists(
    st.builds(
        DialogueLine,
        character=st.sampled_from(CAST),
        line=st.sampled_from(["Go now.", "Wait!", ""]),
    ),
    max_size=2,
).map(tuple)
shots = st.builds(
    Shot,
    duration=st.sampled_from([1.0, 2.0, 3.0, 5.0]),
    subject=st.sampled_from(["A quiet street", "Rain on glass", "x" * 300]),
    characters=st.lists(st.sampled_from(CAST), max_size=2, unique=True).map(tuple),
    dialogue=lines,
    references=references,
    first_frame=frames,
    last_frame=frames,
)
characters = st.tuples(
    *(
        st.builds(
            Character,
            name=st.just(name),
            appearance=st.sampled_from(["", "red coat"]),
            voice=st.sampled_from(["", "husky alto", "v" * 200]),
            references=st.lists(st.sampled_from(PICTURES), max_size=3, unique=True).map(tuple),
            voice_id=st.sampled_from(["", "829824495395233792"]),
        )
        for name in CAST
    )
)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    model = draw(st.sampled_from(sorted(CAPABILITIES)))
    count = draw(st.integers(min_value=1, max_value=4))
    board_shots = tuple(draw(shots).evolve(id=f"s{i}") for i in range(count))
    if model == "kling-v2-6":  # 5 or 10 s, one shot: otherwise nothing of it is valid
        board_shots = (board_shots[0].evolve(duration=draw(st.sampled_from([5.0, 10.0]))),)
    board = Storyboard(
        model=model,
        mode=draw(st.sampled_from(list(Mode))),
        aspect_ratio=draw(st.sampled_from(list(AspectRatio))),
        audio=draw(st.booleans()),
        negative_prompt=draw(st.sampled_from(["", "blur, watermark", "n" * 300])),
        cuts=draw(st.sampled_from(["director", "model"])),
        shots=board_shots,
    )
    return Project(title="P", storyboards=(board,), characters=draw(characters))


def _named(problems: list[Problem], path: str) -> bool:
    return any(p.path == path or p.path.startswith((path + "[", path + ".")) for p in problems)


def _prompts(request: KlingRequest) -> list[str]:
    body = request.body
    return [str(body.get("prompt", ""))] + [s["prompt"] for s in body.get("multi_prompt") or []]


def _check_request(request: KlingRequest) -> None:
    family = request.endpoint.removeprefix("/v1/videos/")
    wire = request.wire_body(lambda _path: PNG)
    assert undocumented(family, wire) == "", (family, request.display())
    assert check_body(family, wire) == "", (family, request.display())
    assert request.model_name == wire["model_name"]
    body = request.body
    if body.get("multi_shot"):
        assert body["shot_type"] in ("customize", "intelligence")
        assert ("multi_prompt" in body) == (body["shot_type"] == "customize")
    if family == "omni-video" and not any(
        i.get("type") == "first_frame" for i in body.get("image_list", [])
    ):
        assert "aspect_ratio" in body  # V-LEG: required without a first frame


def _check_directions(
    project: Project,
    request: KlingRequest,
    problems: list[Problem],
    elements: Mapping[str, KlingElement],
) -> None:
    board = project.storyboards[0]
    sent = {image.path for image in request.images()}
    element_ids = [item["element_id"] for item in request.body.get("element_list", [])]
    as_element = {name for name, how in request.characters.items() if how.startswith("element ")}
    props = {
        e.key for e in elements.values()
        if f"{e.character} ({e.role.value})" in request.props
        and request.props[f"{e.character} ({e.role.value})"].startswith("element ")
    }  # fmt: skip
    assert sorted(element_ids) == sorted(
        [elements[name].element_id for name in as_element]
        + [e.element_id for e in elements.values() if e.key in props]
    )
    assert len(element_ids) <= (3 if request.endpoint.endswith("image2video") else 7)
    prompts = _prompts(request)
    text = " ".join(prompts)
    for j, shot in enumerate(board.shots):
        at = f"storyboards[0].shots[{j}]"
        for field in ("first_frame", "last_frame"):
            path = getattr(shot, field)
            if path:
                assert path in sent or _named(problems, f"{at}.{field}"), (at, field)
        for k, ref in enumerate(shot.references):
            as_prop = is_prop(ref) and prop_key(ref.role, ref.label) in props
            assert ref.image in sent or as_prop or _named(problems, f"{at}.references"), (at, k)
        for name in shot.cast():
            character = project.character(name)
            for picture in character.references if character else ():
                carried = picture in sent or (character and character.name in as_element)
                assert carried or _named(problems, f"{at}.characters"), (at, name)
        for k, line in enumerate(shot.dialogue):
            where = f"{at}.dialogue[{k}]"
            if not line.line.strip() or not board.audio:
                assert _named(problems, where), where  # dialogue-empty / dialogue-muted
                continue
            assert f'"{line.line}"' in text, where
            character = project.character(line.character)
            voice = character.voice.strip() if character else ""
            if voice:
                heard = f"{character.name}: {voice}" in text if character else False
                assert heard or _named(problems, f"{at}.dialogue"), (where, "voice")
            if character and character.voice_id:
                # The Kling voice travels bound to the element (kling-v3, Omni) or in
                # voice_list with a <<<voice_n>>> token after the name (kling-v2-6), else
                # validation, knowing the account's elements, names it.
                bound = character.name in as_element
                listed = [v["voice_id"] for v in request.body.get("voice_list") or []]
                spoken = character.voice_id in listed and (
                    f"[{character.name}<<<voice_{listed.index(character.voice_id) + 1}>>>" in text
                )
                named = _named(problems, f"{at}.dialogue")
                assert bound or named or spoken, (where, "kling voice")
    negatives = board.negative_prompt.strip()
    if negatives:
        in_field = request.body.get("negative_prompt") == negatives
        in_prompts = all(f"Avoid: {negatives}." in p for p in prompts if p)
        assert in_field or in_prompts or _named(problems, "storyboards[0].negative_prompt")


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(projects(), st.sets(st.sampled_from(CAST)), st.booleans())
def test_valid_boards_compile_to_documented_requests_that_drop_nothing(
    project: Project, with_elements: set[str], prop_elements: bool
) -> None:
    found = {
        c.name: KlingElement(c.name, 2**60 + n, voice=c.voice_id)
        for n, c in enumerate(project.characters)
        if c.name in with_elements and 2 <= len(c.references) <= 4
    }
    for n, prop in enumerate(storyboard_props(project.storyboards[0]) if prop_elements else ()):
        if 2 <= len(prop.pictures) <= 4:
            found[prop.key] = KlingElement(
                prop.label, 2**61 + n, role=prop.role, pictures=prop.pictures
            )
    elements = AccountElements(
        found, {c.name: c.voice_id for c in project.characters if c.voice_id}
    )
    problems = validate_project(project, GoodImages(), elements)
    if has_errors(problems):
        return
    request = compile_kling(
        compile_guidances(project, 0), external_task_id="job-1", elements=elements
    )
    _check_request(request)
    _check_directions(project, request, problems, elements)


def test_the_property_sees_every_model_and_both_ways_of_cutting() -> None:
    """The generator reaches valid boards of each kind (else the property proves little)."""
    seen: set[tuple[str, str, str]] = set()

    @settings(max_examples=300, deadline=None, database=None, derandomize=True)
    @given(projects())
    def collect(project: Project) -> None:
        if not has_errors(validate_project(project, GoodImages())):
            request = compile_kling(compile_guidances(project, 0))
            board = project.storyboards[0]
            seen.add((board.model, board.cuts, request.endpoint.rsplit("/", 1)[1]))

    collect()
    models = {model for model, _cuts, _endpoint in seen}
    assert models == set(CAPABILITIES), seen
    assert {"director", "model"} <= {cuts for _model, cuts, _endpoint in seen}, seen
    endpoints = {endpoint for _model, _cuts, endpoint in seen}
    assert endpoints == {"text2video", "image2video", "omni-video"}, seen
