"""Each limit of the capability table, exceeded by one, gives its own specific problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import KLING_V3
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
)
from storyboard_app.domain.problems import Problem
from storyboard_app.domain.vocabulary import Direction, Mode, MoveKind
from storyboard_app.storage.assets import AssetStore
from tests.conftest import board, project_of, write_image


def problems_of(project: Project, folder: Path) -> list[Problem]:
    return validate_project(project, AssetStore(folder))


def only(problems: list[Problem], code: str) -> Problem:
    matching = [p for p in problems if p.code == code]
    assert len(matching) == 1, [p.format() for p in problems]
    return matching[0]


def test_a_board_within_every_limit_has_no_problems(tmp_path: Path) -> None:
    assert problems_of(project_of(board(3, 5, 4)), tmp_path) == []


def test_seven_shots_are_one_too_many(tmp_path: Path) -> None:
    problems = problems_of(project_of(board(2, 2, 2, 2, 2, 2, 2)), tmp_path)
    problem = only(problems, "too-many-shots")
    assert problem.is_error
    assert problem.path == "storyboards[0].shots"
    assert "7 shots" in problem.message
    assert "at most 6" in problem.message
    assert problems_of(project_of(board(2, 2, 2, 2, 2, 2)), tmp_path) == []


def test_sixteen_seconds_is_one_too_long(tmp_path: Path) -> None:
    problem = only(problems_of(project_of(board(8, 8)), tmp_path), "total-too-long")
    assert problem.message.endswith("lasts 16 s; kling-v3 renders 3–15 s.")
    assert "1 s" in problem.hint
    assert problems_of(project_of(board(8, 7)), tmp_path) == []


def test_two_seconds_is_one_too_short(tmp_path: Path) -> None:
    problem = only(problems_of(project_of(board(2)), tmp_path), "total-too-short")
    assert "lasts 2 s" in problem.message


def test_fractional_and_too_short_shot_durations(tmp_path: Path) -> None:
    problems = problems_of(project_of(board(2.5, 0.5, 3)), tmp_path)
    step = only(problems, "shot-duration-step")
    assert step.path == "storyboards[0].shots[0].duration"
    assert "2 s or 3 s" in step.hint
    short = only(problems, "shot-too-short")
    assert short.path == "storyboards[0].shots[1].duration"
    assert "at least 1 s" in short.message


def test_a_513_character_shot_prompt_is_one_too_long(tmp_path: Path) -> None:
    from storyboard_app.compiler.guidances import compile_guidances

    base = project_of(board(3, 4))
    framing_and_subject = len(compile_guidances(base, 0).guidances[1].prompt) - len("Subject 2.")
    subject = "x" * (512 - framing_and_subject - 1)  # sentence() adds the full stop
    fits = base.evolve(
        storyboards=(
            base.storyboards[0].evolve(
                shots=(
                    base.storyboards[0].shots[0],
                    base.storyboards[0].shots[1].evolve(subject=subject),
                )
            ),
        )
    )
    assert len(compile_guidances(fits, 0).guidances[1].prompt) == 512
    assert problems_of(fits, tmp_path) == []
    over = fits.evolve(
        storyboards=(
            fits.storyboards[0].evolve(
                shots=(
                    fits.storyboards[0].shots[0],
                    fits.storyboards[0].shots[1].evolve(subject=subject + "y"),
                )
            ),
        )
    )
    problem = only(problems_of(over, tmp_path), "shot-prompt-too-long")
    assert problem.path == "storyboards[0].shots[1]"
    assert problem.message == (
        "Shot 2's prompt is 513 characters; kling-v3 allows 512 per shot in a multi-shot request."
    )


def test_a_single_shot_takes_the_whole_prompt_limit(tmp_path: Path) -> None:
    single = project_of(board(5).evolve(shots=(Shot(id="a", subject="x" * 2000, duration=5),)))
    assert problems_of(single, tmp_path) == []
    long = project_of(board(5).evolve(shots=(Shot(id="a", subject="x" * 2600, duration=5),)))
    assert (
        "allows 2500 in a prompt"
        in only(problems_of(long, tmp_path), "shot-prompt-too-long").message
    )


def _with_first_frame(path: str) -> Project:
    shots = (Shot(id="a", subject="A", duration=5, first_frame=path),)
    return project_of(board(5).evolve(shots=shots))


@pytest.mark.parametrize(
    ("size", "fmt", "noise", "code", "words"),
    [
        (
            (299, 400),
            "PNG",
            False,
            "image-too-small",
            "is 299×400 px; kling-v3 needs at least 300 px",
        ),
        (
            (900, 300),
            "PNG",
            False,
            "image-aspect",
            "(3.00:1); kling-v3 takes images between 1:2.5 and 2.5:1",
        ),
        ((400, 400), "GIF", False, "image-format", "is a GIF image; kling-v3 takes JPEG or PNG"),
        ((1920, 1920), "PNG", True, "image-too-large", "MB; kling-v3 takes images up to 10.0 MB"),
    ],
)
def test_each_image_rule_broken_by_one(
    tmp_path: Path, size: tuple[int, int], fmt: str, noise: bool, code: str, words: str
) -> None:
    name = f"assets/bad.{fmt.lower()}"
    write_image(tmp_path / name, size, fmt, noise=noise)
    problems = problems_of(_with_first_frame(name), tmp_path)
    problem = only(problems, code)
    assert problem.path == "storyboards[0].shots[0].first_frame"
    assert words in problem.message
    assert [p.code for p in problems] == [code]


def test_an_eleven_megabyte_image_is_named_with_its_size(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/big.png", (1920, 1920), noise=True)
    size_mb = (tmp_path / "assets/big.png").stat().st_size / 2**20
    assert 10 < size_mb < 11.5
    problem = only(problems_of(_with_first_frame("assets/big.png"), tmp_path), "image-too-large")
    assert f"is {size_mb:.1f} MB" in problem.message


def test_the_smallest_accepted_image_passes(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/ok.png", (300, 750))  # 1:2.5 exactly, 300 px
    assert problems_of(_with_first_frame("assets/ok.png"), tmp_path) == []


def test_missing_and_corrupt_assets(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    shots = (
        Shot(id="a", subject="A", duration=3, first_frame="assets/gone.png"),
        Shot(
            id="b",
            subject="B",
            duration=3,
            references=(ReferenceImage(image="assets/broken.png"),),
        ),
    )
    problems = problems_of(project_of(board(3).evolve(shots=shots)), tmp_path)
    missing = only(problems, "image-missing")
    assert missing.message == "assets/gone.png is missing from the project folder."
    assert missing.path == "storyboards[0].shots[0].first_frame"
    unreadable = only(problems, "image-unreadable")
    assert unreadable.path == "storyboards[0].shots[1].references[0].image"


def test_five_references_in_a_shot_is_one_too_many(tmp_path: Path) -> None:
    for n in range(5):
        write_image(tmp_path / f"assets/r{n}.png", (400 + n, 400))
    refs = tuple(ReferenceImage(image=f"assets/r{n}.png") for n in range(5))
    shots = (Shot(id="a", subject="A", duration=4, references=refs),)
    problem = only(
        problems_of(project_of(board(4).evolve(shots=shots)), tmp_path), "too-many-references"
    )
    assert "5 reference images; at most 4 per shot" in problem.message


def test_eight_images_in_one_request_is_one_too_many(tmp_path: Path) -> None:
    for n in range(8):
        write_image(tmp_path / f"assets/r{n}.png", (400 + n, 400))
    shots = tuple(
        Shot(
            id=f"s{i}",
            subject="A",
            duration=3,
            references=tuple(
                ReferenceImage(image=f"assets/r{n}.png") for n in range(i * 2, i * 2 + 2)
            ),
        )
        for i in range(4)
    )
    problem = only(
        problems_of(project_of(board(3).evolve(shots=shots)), tmp_path), "too-many-images"
    )
    assert "sends 8 images" in problem.message
    assert "at most 7" in problem.message


def test_models_without_the_feature_say_so(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/r.png", (400, 400))
    shots = (
        Shot(id="a", subject="A", duration=5, references=(ReferenceImage(image="assets/r.png"),)),
    )
    old = project_of(board(5).evolve(model="kling-v2-6", mode=Mode.STD, audio=True, shots=shots))
    codes = {p.code for p in problems_of(old, tmp_path)}
    assert codes == {"references-unsupported", "audio-unsupported"}
    seven = project_of(board(7).evolve(model="kling-v2-6", audio=False))
    problem = only(problems_of(seven, tmp_path), "total-not-allowed")
    assert "kling-v2-6 renders 5 or 10 s" in problem.message


def test_unknown_model_and_mode(tmp_path: Path) -> None:
    problem = only(
        problems_of(project_of(board(5).evolve(model="kling-v9")), tmp_path), "unknown-model"
    )
    assert "kling-v3" in problem.hint
    no_4k = project_of(board(5).evolve(model="kling-v2-6", mode=Mode.UHD_4K, audio=False))
    assert "std or pro" in only(problems_of(no_4k, tmp_path), "mode-unsupported").message


def test_frames_and_moves_and_dialogue(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/f.png", (640, 360))
    shots = (
        Shot(id="a", subject="A", duration=3),
        Shot(
            id="b",
            subject="B",
            duration=4,
            last_frame="assets/f.png",
            moves=(
                CameraMove(kind=MoveKind.PAN, direction=Direction.UP),
                CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, start=2, end=6),
            ),
            dialogue=(
                DialogueLine(character="Zed", line="Hi"),
                DialogueLine(character="", line=""),
            ),
        ),
        Shot(id="c", subject="C", duration=3, first_frame="assets/f.png"),
    )
    project = project_of(
        board(3).evolve(shots=shots, audio=False), characters=(Character(name="Ann"),)
    )
    problems = problems_of(project, tmp_path)
    by_code = {p.code: p for p in problems}
    assert by_code["last-frame-without-first"].path == "storyboards[0].shots[1].last_frame"
    assert by_code["move-direction"].message == "Shot 2: a pan move goes left or right, not up."
    assert by_code["move-window"].message == (
        "Shot 2: the dolly move runs 2–6 s, but the shot lasts 4 s."
    )
    assert by_code["dialogue-unknown-character"].severity == "warning"
    assert by_code["dialogue-no-character"].path == "storyboards[0].shots[1].dialogue[1].character"
    assert by_code["dialogue-muted"].severity == "warning"
    mid = [p for p in problems if p.code == "frame-mid-sequence"]
    assert {p.path for p in mid} == {
        "storyboards[0].shots[1].last_frame",
        "storyboards[0].shots[2].first_frame",
    }


def test_limits_come_from_the_capability_table() -> None:
    assert (KLING_V3.max_shots, KLING_V3.min_total, KLING_V3.max_total) == (6, 3, 15)
    assert (KLING_V3.shot_prompt_max, KLING_V3.prompt_max) == (512, 2500)
    rules = KLING_V3.image_rules
    assert (rules.max_bytes, rules.min_side, rules.formats) == (10 * 2**20, 300, ("JPEG", "PNG"))


def test_a_character_named_in_the_words_but_not_cast_is_noted(tmp_path: Path) -> None:
    from storyboard_app.domain.models import Character

    shots = (
        Shot(id="a", subject="Maya walks to the edge", duration=3),
        Shot(id="b", subject="Mayall's shop sign", duration=3),  # another word: no note
        Shot(id="c", subject="Maya and Leo", characters=("Maya",), duration=3),
        Shot(id="d", subject="林晓推门进来", duration=3),  # Chinese: no spaces between words
    )
    project = project_of(board(3).evolve(shots=shots)).evolve(
        characters=(Character(name="Maya"), Character(name="Leo"), Character(name="林晓"))
    )
    notes = [
        (p.path, p.message)
        for p in problems_of(project, tmp_path)
        if p.code == "character-named-not-cast"
    ]
    assert [path for path, _m in notes] == [
        "storyboards[0].shots[0].characters",
        "storyboards[0].shots[2].characters",
        "storyboards[0].shots[3].characters",
    ]
    assert "Shot 1 names Maya but does not list them" in notes[0][1]
    assert "Shot 3 names Leo" in notes[1][1]
    assert "林晓" in notes[2][1]
