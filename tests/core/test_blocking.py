"""Blocking frames: a shot with no picture drawn as its framing, in stills and in the previs."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import CameraMove, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Angle, Direction, MoveKind, ShotSize
from storyboard_app.render.blocking import (
    ARROW,
    FIGURE,
    HORIZON,
    Framing,
    blocking_frame,
    figures,
)
from storyboard_app.render.frames import frame_at
from storyboard_app.render.previs import render_previs

SIZE = (1280, 720)


def difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())


def figure_share(image: Image.Image) -> float:
    """How much of the picture is silhouette."""
    pixels = np.asarray(image, np.int16)
    return float((np.abs(pixels - np.array(FIGURE)).sum(axis=2) < 12).mean())


def runs_of_figure(image: Image.Image, row: int) -> int:
    """Silhouettes crossed by one row of pixels (runs of the figures' colour)."""
    pixels = np.asarray(image, np.int16)[row]
    inside = np.abs(pixels - np.array(FIGURE)).sum(axis=1) < 12
    starts = np.flatnonzero(inside[1:] & ~inside[:-1]) + 1
    return len(starts) + (1 if inside[0] else 0)


def sky_rows(image: Image.Image, column: int) -> int:
    """How many rows from the top of one column are sky (bluer than red)."""
    pixels = np.asarray(image, np.int16)[:, column]
    ground = np.flatnonzero(pixels[:, 2] <= pixels[:, 0])
    return int(ground[0]) if ground.size else image.height


def test_a_close_up_and_an_extreme_wide_shot_are_different_pictures() -> None:
    close = blocking_frame(Framing(ShotSize.CU, Angle.EYE_LEVEL, ("Ray",)), SIZE)
    wide = blocking_frame(Framing(ShotSize.EWS, Angle.EYE_LEVEL, ("Ray",)), SIZE)
    assert difference(close, wide) > 20
    assert figure_share(close) > 0.2  # the head and shoulders fill much of the frame
    assert 0 < figure_share(wide) < 0.002  # a tiny figure in a big set
    medium = blocking_frame(Framing(ShotSize.MS, Angle.EYE_LEVEL, ("Ray",)), SIZE)
    assert figure_share(wide) < figure_share(medium) < figure_share(close)


@pytest.mark.parametrize("size", [ShotSize.WS, ShotSize.MLS, ShotSize.MS, ShotSize.TWO_SHOT])
@pytest.mark.parametrize("cast", [("Ray",), ("Ray", "Mina"), ("Ray", "Mina", "林小雨")])
def test_one_silhouette_per_character(size: ShotSize, cast: tuple[str, ...]) -> None:
    framing = Framing(size, Angle.EYE_LEVEL, cast)
    placed = figures(framing)
    assert [figure.name for figure in placed] == list(cast)
    image = blocking_frame(framing, SIZE, arrows=False)
    chest = placed[0].top + 1.8 * placed[0].head  # below the shoulders, above the names
    assert runs_of_figure(image, round(chest * SIZE[1])) == len(cast)


def test_special_framings() -> None:
    over = figures(Framing(ShotSize.OTS, Angle.EYE_LEVEL, ("Ray", "Mina")))
    assert [(f.name, f.back) for f in over] == [("Mina", False), ("Ray", True)]
    assert over[1].head > over[0].head  # the shoulder in the foreground is nearer
    seen = figures(Framing(ShotSize.POV, Angle.EYE_LEVEL, ("Ray", "Mina")))
    assert [f.name for f in seen] == ["Mina"]  # what Ray sees
    assert figures(Framing(ShotSize.INSERT, Angle.EYE_LEVEL, ("Ray",))) == ()
    eyes = blocking_frame(Framing(ShotSize.ECU, Angle.EYE_LEVEL, ("Ray",)), SIZE)
    assert sky_rows(eyes, 5) == 0  # a face fills the frame, no set


def test_the_horizon_follows_the_angle() -> None:
    heights = {}
    for angle in (Angle.HIGH, Angle.EYE_LEVEL, Angle.LOW, Angle.WORMS_EYE):
        image = blocking_frame(Framing(ShotSize.WS, angle), SIZE)
        heights[angle] = sky_rows(image, 5)
        expected = HORIZON[angle]
        assert expected is not None
        assert abs(heights[angle] - expected * SIZE[1]) <= 3
    assert heights[Angle.HIGH] < heights[Angle.EYE_LEVEL] < heights[Angle.LOW]
    assert heights[Angle.LOW] < heights[Angle.WORMS_EYE]
    above = blocking_frame(Framing(ShotSize.WS, Angle.BIRDS_EYE, ("Ray",)), SIZE)
    assert sky_rows(above, 5) == 0  # looking straight down: no sky
    dutch = blocking_frame(Framing(ShotSize.WS, Angle.DUTCH), SIZE)
    left, right = sky_rows(dutch, 5), sky_rows(dutch, SIZE[0] - 5)
    assert right - left > 200  # tilted clockwise: lower on the right


def test_moves_are_arrows_on_stills_only() -> None:
    pan = Framing(ShotSize.MS, Angle.EYE_LEVEL, ("Ray",), (CameraMove(kind=MoveKind.PAN,
                  direction=Direction.RIGHT),))  # fmt: skip
    orange = np.array(ARROW)

    def arrow_pixels(image: Image.Image) -> int:
        return int((np.abs(np.asarray(image, np.int16) - orange).sum(axis=2) < 30).sum())

    assert arrow_pixels(blocking_frame(pan, SIZE)) > 1000
    assert arrow_pixels(blocking_frame(pan, SIZE, arrows=False)) == 0


def test_the_same_shot_always_gives_the_same_pixels() -> None:
    framing = Framing(ShotSize.TWO_SHOT, Angle.DUTCH, ("Ray", "Mina"), subject="rain")
    assert blocking_frame(framing, SIZE).tobytes() == blocking_frame(framing, SIZE).tobytes()


def test_a_720p_blocking_frame_takes_a_few_milliseconds() -> None:
    moves = (CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN),)
    for angle in (Angle.EYE_LEVEL, Angle.DUTCH):
        framing = Framing(ShotSize.MS, angle, ("Ray", "Mina", "林小雨"), moves)
        blocking_frame(framing, SIZE)  # the set is drawn once per size and angle, then kept
        timings = []
        for _ in range(10):
            start = time.perf_counter()
            blocking_frame(framing, SIZE)
            timings.append(time.perf_counter() - start)
        assert min(timings) < 0.010, f"{angle}: {min(timings) * 1000:.1f} ms"


def test_the_previs_of_a_storyboard_without_pictures_shows_blocking_frames(
    tmp_path: Path,
) -> None:
    shots = (
        Shot(id="wide", size=ShotSize.EWS, characters=("Ray",), duration=1.0),
        Shot(id="close", size=ShotSize.CU, characters=("Ray",), duration=1.0),
        Shot(
            id="push",
            size=ShotSize.MS,
            characters=("Ray", "Mina"),
            duration=2.0,
            moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN),),
        ),
    )
    project = Project(title="Typed", storyboards=(Storyboard(name="Typed", shots=shots),))
    payload = compile_guidances(project, 0)
    out = tmp_path / "typed.mp4"
    result = render_previs(payload, tmp_path, out)
    assert result.log == [] or all("espeak" in line for line in result.log)
    wide, close = frame_at(out, 0.5), frame_at(out, 1.5)
    for frame, shot in ((wide, shots[0]), (close, shots[1])):
        drawn = blocking_frame(Framing.of_shot(shot), SIZE, arrows=False)
        assert difference(frame, drawn) < 4  # the blocking frame (under the slate)
    assert difference(wide, close) > 20
    assert figure_share(wide) < 0.002 < 0.2 < figure_share(close)
    # The dolly in is performed by the previs camera: the figures grow, no arrows drawn.
    start, end = frame_at(out, 2.05), frame_at(out, 3.95)
    assert figure_share(end) > figure_share(start) * 1.2
    orange = np.abs(np.asarray(end, np.int16) - np.array(ARROW)).sum(axis=2) < 30
    assert orange[200:].sum() < 50  # only the slate's orange text, at the top
