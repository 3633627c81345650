"""The compiler: prompts, the guidances payload, the Kling request and the cost estimate."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO, TEXT2VIDEO, compile_kling
from storyboard_app.compiler.prompt import dialogue_tag, move_phrase, shot_prompt
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
)
from storyboard_app.domain.vocabulary import (
    Angle,
    Direction,
    ImageRole,
    Mode,
    MoveKind,
    ShotSize,
    Speed,
)
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, GOLDEN, TEAHOUSE, UPDATE_GOLDEN, board, project_of

CASES = [(DETECTIVE, 0), (COFFEE, 0), (COFFEE, 1), (TEAHOUSE, 0), (TEAHOUSE, 1)]
GOLDEN_STEMS = {TEAHOUSE: "rainy-night-teahouse"}


def _golden_name(example: Path, index: int, kind: str) -> Path:
    stem = GOLDEN_STEMS.get(example) or example.name.removesuffix(".storyboard").lower()
    stem = stem.replace(" ", "-")
    return GOLDEN / f"{stem}.{index + 1}.{kind}.json"


def _check_golden(path: Path, document: object) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if UPDATE_GOLDEN:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.name} differs; UPDATE_GOLDEN=1 rewrites it"
    )


@pytest.mark.parametrize(("example", "index"), CASES)
def test_examples_compile_to_their_golden_payloads(example: Path, index: int) -> None:
    payload = compile_guidances(load_project(example), index)
    _check_golden(_golden_name(example, index, "guidances"), payload.model_dump(mode="json"))
    request = compile_kling(payload)
    _check_golden(_golden_name(example, index, "kling"), request.display())


def test_compiling_is_deterministic() -> None:
    project = load_project(COFFEE)
    assert compile_guidances(project, 1) == compile_guidances(project, 1)


def test_the_detective_scene_reads_like_a_shot_list() -> None:
    payload = compile_guidances(load_project(DETECTIVE), 0)
    assert [g.duration for g in payload.guidances] == [3, 5, 4]
    assert [g.start for g in payload.guidances] == [0, 3, 8]
    medium = payload.guidances[1].prompt
    assert medium.startswith("Medium shot, eye-level angle. Ray Malone under a magenta neon sign.")
    assert "Camera: slow dolly in (0-3 s)." in medium
    assert '[Ray Malone, low, weary]: "Rain never washes anything clean in this town."' in medium
    assert "[SFX: rain on the brim of a hat, lighter click]" in medium
    description = (
        "Ray Malone (weathered detective in his fifties, grey stubble, tired eyes; wearing"
    )
    assert all(description in g.prompt for g in payload.guidances)  # same words in every shot
    assert all("Style: neo-noir" in g.prompt for g in payload.guidances)


def test_move_and_dialogue_wording() -> None:
    move = CameraMove(
        kind=MoveKind.ORBIT, direction=Direction.LEFT, speed=Speed.FAST, start=1, end=2.5
    )
    assert move_phrase(move) == "fast orbit left around the subject (1-2.5 s)"
    assert move_phrase(CameraMove()) == "static camera, locked off"
    line = DialogueLine(character="Mei", delivery="whispering", line="你好", language="zh")
    assert dialogue_tag(line) == '[Mei, whispering, in Chinese]: "你好"'


def test_prompt_names_characters_consistently() -> None:
    ann = Character(name="Ann", appearance="tall, red coat")
    shot = Shot(size=ShotSize.CU, angle=Angle.DUTCH, subject="ann waits", characters=("Ann",))
    prompt = shot_prompt(shot, board(3), (ann,))
    assert prompt == "Close-up, dutch angle. Ann waits. Ann (tall, red coat)."


def test_text_image_and_omni_endpoints() -> None:
    text = compile_kling(compile_guidances(project_of(board(3, 4)), 0), external_task_id="job-7")
    assert text.endpoint == TEXT2VIDEO
    assert text.body["external_task_id"] == "job-7"
    assert text.body["aspect_ratio"] == "16:9"
    assert [p["index"] for p in text.body["multi_prompt"]] == [1, 2]
    assert [p["duration"] for p in text.body["multi_prompt"]] == ["3", "4"]
    assert text.body["duration"] == "7"
    assert text.body["multi_shot"] is True
    assert text.body["shot_type"] == "customize"
    assert "prompt" not in text.body

    framed = board(5).evolve(
        shots=(
            Shot(
                id="a",
                subject="A",
                duration=5,
                first_frame="assets/a.png",
                last_frame="assets/b.png",
            ),
        )
    )
    image = compile_kling(compile_guidances(project_of(framed), 0))
    assert image.endpoint == IMAGE2VIDEO
    assert "aspect_ratio" not in image.body  # the image sets it (§4.2)
    assert image.display_body()["image"] == "<image assets/a.png>"
    assert image.display_body()["image_tail"] == "<image assets/b.png>"
    assert image.body["prompt"].startswith("Medium shot")
    assert "multi_shot" not in image.body

    ref = ReferenceImage(image="assets/p.png", role=ImageRole.PRODUCT, label="the bottle")
    referenced = board(3, 3).evolve(
        shots=(
            Shot(id="a", subject="A", duration=3, references=(ref,)),
            Shot(id="b", subject="B", duration=3, references=(ref,)),
        )
    )
    omni = compile_kling(compile_guidances(project_of(referenced), 0))
    assert omni.endpoint == OMNI_VIDEO
    assert omni.model_name == "kling-v3-omni"
    assert omni.display_body()["image_list"] == [{"image_url": "<image assets/p.png>"}]
    assert omni.body["multi_prompt"][1]["prompt"].endswith(
        "References: the bottle looks exactly like <<<image_1>>>."
    )


def test_image_bytes_are_read_only_for_the_wire() -> None:
    framed = board(5).evolve(
        shots=(Shot(id="a", subject="A", duration=5, first_frame="assets/a.png"),)
    )
    request = compile_kling(compile_guidances(project_of(framed), 0))
    reads: list[str] = []

    def read(path: str) -> bytes:
        reads.append(path)
        return b"\x89PNG-bytes"

    assert "assets/a.png" in json.dumps(request.display())
    assert reads == []
    wire = request.wire_body(read)
    assert reads == ["assets/a.png"]
    assert wire["image"] == base64.b64encode(b"\x89PNG-bytes").decode()
    assert not wire["image"].startswith("data:")


@pytest.mark.parametrize(
    ("model", "mode", "audio", "seconds", "units", "usd"),
    [
        ("kling-v3", Mode.STD, False, 10, 6.0, 0.84),
        ("kling-v3", Mode.STD, True, 12, 10.8, 1.512),
        ("kling-v3", Mode.PRO, True, 15, 18.0, 2.52),
        ("kling-v3", Mode.UHD_4K, False, 5, 15.0, 2.1),
        ("kling-v2-6", Mode.PRO, True, 10, 10.0, 1.4),
    ],
)
def test_cost_estimates_follow_the_price_table(
    model: str, mode: Mode, audio: bool, seconds: int, units: float, usd: float
) -> None:
    shots = (Shot(id="a", subject="A", duration=seconds),)
    project = project_of(board(seconds).evolve(model=model, mode=mode, audio=audio, shots=shots))
    cost = estimate_cost(compile_guidances(project, 0))
    assert cost is not None
    assert cost.units == pytest.approx(units)
    assert cost.usd == pytest.approx(usd)


def test_references_are_billed_at_the_omni_price() -> None:
    cost = estimate_cost(compile_guidances(load_project(COFFEE), 0))
    assert cost is not None
    assert (cost.model, cost.units_per_second, cost.units) == ("kling-v3-omni", 1.0, 15.0)
    assert cost.describe() == "15 s × 1 u/s = 15 units ≈ $2.10 (kling-v3-omni, pro, audio)"


def test_no_price_for_an_unoffered_combination() -> None:
    project = project_of(board(5).evolve(model="kling-v2-6", mode=Mode.STD, audio=True))
    assert estimate_cost(compile_guidances(project, 0)) is None


def test_guidances_payload_round_trips_through_json() -> None:
    from storyboard_app.compiler.guidances import GuidancesPayload

    payload = compile_guidances(load_project(COFFEE), 0)
    again = GuidancesPayload.model_validate_json(payload.model_dump_json())
    assert again == payload
    assert Project.model_validate_json(load_project(COFFEE).model_dump_json()) == load_project(
        COFFEE
    )
