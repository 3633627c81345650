"""Blocking frames: a shot with no picture drawn as its framing, in stills and in the previs."""

from __future__ import annotations

import time
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import CameraMove, DialogueLine, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Angle, Direction, MoveKind, ShotSize, Speed
from storyboard_app.render.blocking import (
    ARROW,
    FIGURE,
    HORIZON,
    Framing,
    blocking_frame,
    figures,
    name_tags,
)
from storyboard_app.render.frames import frame_at
from storyboard_app.render.previs import _Shot, plan_render, render_previs, seen

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


def close_up_push(dialogue: tuple[DialogueLine, ...] = ()) -> Project:
    shot = Shot(
        id="cu",
        size=ShotSize.CU,
        characters=("林晓", "陈伯"),
        duration=2.0,
        moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.FAST),),
        dialogue=dialogue,
    )
    return Project(title="Push", storyboards=(Storyboard(name="Push", shots=(shot,)),))


def test_names_stay_whole_in_every_frame_of_a_close_up_the_camera_pushes_into(
    tmp_path: Path,
) -> None:
    out = tmp_path / "push.mp4"
    render_previs(compile_guidances(close_up_push(), 0), tmp_path, out)
    with av.open(str(out)) as box:
        frames = [frame.to_ndarray(format="rgb24") for frame in box.decode(video=0)]
    assert len(frames) == 48
    for number, pixels in enumerate(frames):
        # The name boxes are the only near-white pixels (sky, ground, figures are darker).
        light = np.asarray((pixels.astype(np.int16) > 232).all(axis=2))
        rows, columns = np.flatnonzero(light.any(axis=1)), np.flatnonzero(light.any(axis=0))
        assert rows.size, f"frame {number}: no name shows"
        assert rows[-1] < pixels.shape[0] - 6, f"frame {number}: a name is cut at the bottom"
        assert columns[0] > 6, f"frame {number}"
        assert columns[-1] < pixels.shape[1] - 6, f"frame {number}"
        left, right = light[:, : pixels.shape[1] // 2], light[:, pixels.shape[1] // 2 :]
        assert left.sum() > 300
        assert right.sum() > 300


def test_names_never_lie_under_the_subtitles_or_the_slate() -> None:
    line = DialogueLine(character="陈伯", line="这么大的雨，你怎么来了？我等了你一整夜。")
    plan = plan_render(compile_guidances(close_up_push((line,)), 0), Path("."), 720)
    shot = _Shot(plan.shots[0], plan.width, plan.height)
    source = (shot.first.shape[1], shot.first.shape[0])
    tags = name_tags(plan.shots[0].framing, source, shot.readable)
    assert [tag.lines for tag in tags] == [("林晓",), ("陈伯",)]
    for k in range(25):
        view = plan.shots[0].view(plan.shots[0].duration * k / 24)
        part = seen(view, plan.width / plan.height)
        for tag in tags:  # the tag's box in the frame's pixels at this moment
            x0 = (tag.left / source[0] - part.left) / (part.right - part.left) * plan.width
            x1 = (tag.right / source[0] - part.left) / (part.right - part.left) * plan.width
            y0 = (tag.top / source[1] - part.top) / (part.bottom - part.top) * plan.height
            y1 = (tag.bottom / source[1] - part.top) / (part.bottom - part.top) * plan.height
            assert 0 <= x0 < x1 <= plan.width
            assert 0 <= y0 < y1 <= plan.height
            for x, y, w, h in shot.covered:
                apart = x1 <= x or x + w <= x0 or y1 <= y or y + h <= y0
                assert apart, f"{tag.lines} at {(x0, y0, x1, y1)} under {(x, y, w, h)}"


def test_a_long_subject_wraps_and_ends_with_an_ellipsis_never_cut_inside_a_word() -> None:
    subject = "A rainy rooftop at dusk, neon signs blink over wet tiles while a courier waits"
    framing = Framing(ShotSize.INSERT, Angle.EYE_LEVEL, (), subject=subject)
    for size in ((256, 144), (180, 101), (640, 360)):
        (caption,) = name_tags(framing, size)
        assert caption.left >= 0, size
        assert caption.right <= size[0], size
        assert caption.top >= 0, size
        assert caption.bottom <= size[1], size
        words = " ".join(caption.lines).removesuffix("…").split()
        assert words == subject.split()[: len(words)], caption.lines  # whole words
        shown = " ".join(caption.lines)
        assert shown == subject or shown.endswith("…"), caption.lines


def test_names_of_figures_close_together_do_not_cover_one_another() -> None:
    framing = Framing(ShotSize.MS, Angle.EYE_LEVEL, ("林晓", "陈伯", "Ray", "Mina"))
    for size, aspect in (((300, 120), 9 / 16), ((160, 90), None), ((1280, 720), None)):
        tags = name_tags(framing, size, aspect=aspect)
        assert len(tags) == 4
        for index, tag in enumerate(tags):
            for other in tags[index + 1 :]:
                apart = (
                    tag.right <= other.left
                    or other.right <= tag.left
                    or tag.bottom <= other.top
                    or other.bottom <= tag.top
                )
                assert apart, (size, tag.lines, other.lines)
