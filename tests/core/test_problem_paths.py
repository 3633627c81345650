"""Problem paths parsed once (domain.problems.parse_problem_path) for the Problems dock's
"Where" words and its double click: every shape of path validation writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain import edits
from storyboard_app.domain.problems import PathStep, parse_problem_path
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, TEAHOUSE

# (path, storyboard, shot, field, a field of the storyboard itself)
SHAPES = [
    ("title", None, None, None, False),
    ("characters[1].name", None, None, None, False),
    ("characters[0].voice_sample", None, None, None, False),
    ("characters[0].references[2]", None, None, None, False),
    ("storyboards[3]", 3, None, None, False),
    ("storyboards[0].model", 0, None, "model", True),
    ("storyboards[0].mode", 0, None, "mode", True),
    ("storyboards[0].aspect_ratio", 0, None, "aspect_ratio", True),
    ("storyboards[0].audio", 0, None, "audio", True),
    ("storyboards[0].negative_prompt", 0, None, "negative_prompt", True),
    ("storyboards[0].cuts", 0, None, "cuts", True),
    ("storyboards[0].characters", 0, None, "characters", True),
    ("storyboards[0].shots", 0, None, "shots", True),
    ("storyboards[0].shots[2]", 0, 2, None, False),
    ("storyboards[1].shots[2].duration", 1, 2, "duration", False),
    ("storyboards[0].shots[0].id", 0, 0, "id", False),
    ("storyboards[0].shots[0].action", 0, 0, "action", False),
    ("storyboards[0].shots[3].characters", 0, 3, "characters", False),
    ("storyboards[0].shots[3].characters[1]", 0, 3, "characters", False),
    ("storyboards[0].shots[0].dialogue", 0, 0, "dialogue", False),
    ("storyboards[0].shots[1].dialogue[1].character", 0, 1, "dialogue", False),
    ("storyboards[0].shots[1].dialogue[0].line", 0, 1, "dialogue", False),
    ("storyboards[0].shots[1].moves[0].direction", 0, 1, "moves", False),
    ("storyboards[0].shots[1].moves[2].start", 0, 1, "moves", False),
    ("storyboards[0].shots[1].moves[2].end", 0, 1, "moves", False),
    ("storyboards[0].shots[0].references", 0, 0, "references", False),
    ("storyboards[0].shots[1].references[0].image", 0, 1, "references", False),
    ("storyboards[0].shots[0].first_frame", 0, 0, "first_frame", False),
    ("storyboards[0].shots[2].last_frame", 0, 2, "last_frame", False),
]


@pytest.mark.parametrize(("path", "board", "shot", "field", "on_board"), SHAPES)
def test_a_path_names_its_storyboard_shot_and_field(
    path: str, board: int | None, shot: int | None, field: str | None, on_board: bool
) -> None:
    place = parse_problem_path(path)
    assert (place.board, place.shot, place.field, place.on_board) == (
        board, shot, field, on_board,
    )  # fmt: skip


def test_every_step_keeps_its_name_and_index() -> None:
    place = parse_problem_path("storyboards[0].shots[1].dialogue[10].line")
    assert place.steps == (
        PathStep("storyboards", 0), PathStep("shots", 1), PathStep("dialogue", 10),
        PathStep("line"),
    )  # fmt: skip
    assert parse_problem_path("").steps == ()
    # Not a path validation writes: kept as text, naming no storyboard.
    odd = parse_problem_path("storyboards[x].shots[1]")
    assert odd.steps[0] == PathStep("storyboards[x]")
    assert (odd.board, odd.shot, odd.field) == (None, None, None)
    assert parse_problem_path("storyboards.mode").board is None


def _text(step: PathStep) -> str:
    return step.name if step.index is None else f"{step.name}[{step.index}]"


@pytest.mark.parametrize("example", [COFFEE, DETECTIVE, TEAHOUSE], ids=lambda p: p.stem)
def test_every_path_validation_writes_is_read_whole(example: Path) -> None:
    """The examples, and the same with a shot too short, a board too long, a missing
    picture and a nameless character: each path parses into steps of names and indexes
    that spell it again, and its shot and field are what the path says."""
    project = load_project(example)
    board = project.storyboards[0]
    broken = edits.update_shot(project, 0, board.shots[0].id, duration=0.5,
                               first_frame="assets/missing.png")  # fmt: skip
    broken = edits.update_board(broken, 0, negative_prompt="blur " * 400)
    problems = validate_project(project, AssetStore(example))
    problems += validate_project(broken, AssetStore(example))
    paths = {p.path for p in problems if p.path}
    assert any(".shots[0]." in path for path in paths)
    for path in paths:
        place = parse_problem_path(path)
        assert ".".join(_text(step) for step in place.steps) == path
        assert all(step.name.isidentifier() for step in place.steps), path
        if path.startswith("storyboards["):
            assert place.board is not None
        if ".shots[" in path:
            assert place.shot is not None
            assert f".shots[{place.shot}]" in path
