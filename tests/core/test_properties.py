"""Property-based tests: validity is exactly the capability limits, and valid boards compile."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import KLING_V3
from storyboard_app.domain.images import ImageInfo
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    Shot,
    Storyboard,
)
from storyboard_app.domain.problems import has_errors
from storyboard_app.domain.vocabulary import Angle, AspectRatio, Mode, MoveKind, ShotSize, Speed


class NoImages:
    """An image catalog for boards that use no images (any lookup is a test bug)."""

    def inspect(self, path: str) -> ImageInfo:
        raise AssertionError(f"unexpected image lookup: {path}")


durations = st.one_of(
    st.integers(min_value=1, max_value=6).map(float),
    st.sampled_from([0.5, 2.5]),  # not whole seconds: always invalid for Kling
)
moves = st.builds(
    lambda kind, speed: CameraMove(kind=kind, direction=kind.directions[0], speed=speed),
    st.sampled_from(list(MoveKind)),
    st.sampled_from(list(Speed)),
)
shots = st.builds(
    Shot,
    size=st.sampled_from(list(ShotSize)),
    angle=st.sampled_from(list(Angle)),
    moves=st.lists(moves, max_size=2).map(tuple),
    duration=durations,
    subject=st.text(alphabet="abc XYZ,.", min_size=1, max_size=80).filter(str.strip),
    dialogue=st.lists(
        st.builds(DialogueLine, character=st.just("Ann"), line=st.just("Go now.")), max_size=1
    ).map(tuple),
    sound=st.lists(st.sampled_from(["rain", "wind", "siren"]), max_size=2, unique=True).map(tuple),
)
boards = st.builds(
    Storyboard,
    mode=st.sampled_from(list(Mode)),
    aspect_ratio=st.sampled_from(list(AspectRatio)),
    audio=st.just(True),
    shots=st.lists(shots, min_size=1, max_size=8).map(tuple),
)


def _with_unique_ids(board: Storyboard) -> Project:
    shots = tuple(shot.evolve(id=f"shot-{i}") for i, shot in enumerate(board.shots))
    return Project(
        title="P", storyboards=(board.evolve(shots=shots),), characters=(Character(name="Ann"),)
    )


def within_limits(board: Storyboard) -> bool:
    """The oracle: what the capability table says, computed independently of validation."""
    total = sum(s.duration for s in board.shots)
    return (
        len(board.shots) <= KLING_V3.max_shots
        and all(s.duration >= 1 and s.duration == int(s.duration) for s in board.shots)
        and KLING_V3.min_total <= total <= KLING_V3.max_total
    )


@settings(max_examples=300, deadline=None)
@given(boards)
def test_a_board_has_errors_exactly_when_it_breaks_a_limit(board: Storyboard) -> None:
    project = _with_unique_ids(board)
    problems = validate_project(project, NoImages())
    assert has_errors(problems) == (not within_limits(board)), [p.format() for p in problems]


@settings(max_examples=300, deadline=None)
@given(boards)
def test_every_valid_board_compiles_to_a_consistent_kling_request(board: Storyboard) -> None:
    project = _with_unique_ids(board)
    if has_errors(validate_project(project, NoImages())):
        return
    request = compile_kling(compile_guidances(project, 0)).body
    total = int(request["duration"])
    assert total == board.total_duration
    if len(board.shots) > 1:
        entries = request["multi_prompt"]
        assert [e["index"] for e in entries] == list(range(1, len(board.shots) + 1))
        assert all(isinstance(e["duration"], str) for e in entries)
        assert sum(int(e["duration"]) for e in entries) == total
        assert all(len(e["prompt"]) <= KLING_V3.shot_prompt_max for e in entries)
    else:
        assert len(request["prompt"]) <= KLING_V3.prompt_max
