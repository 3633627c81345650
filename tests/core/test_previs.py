"""The local previs renderer, probed with PyAV: timing, size, codecs, pixels and sound."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import CameraMove, DialogueLine, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import AspectRatio, Direction, MoveKind, Speed
from storyboard_app.render import speech
from storyboard_app.render.frames import frame_at, last_frame, video_duration
from storyboard_app.render.pictures import cover
from storyboard_app.render.previs import (
    MissingAssetsError,
    RenderCancelled,
    find_missing,
    frame_size,
    render_previs,
)
from storyboard_app.storage.bundle import load_project, save_project
from tests.conftest import DETECTIVE

FRAME = 1 / 24


@pytest.fixture(scope="module")
def detective_render(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render") / "detective.mp4"
    render_previs(compile_guidances(load_project(DETECTIVE), 0), DETECTIVE, out)
    return out


def probe(video: Path) -> dict[str, object]:
    with av.open(str(video)) as box:
        v = box.streams.video[0]
        a = box.streams.audio[0]
        frames = sum(1 for _ in box.decode(video=0))
        return {
            "duration": float(box.duration or 0) / av.time_base,
            "size": (v.codec_context.width, v.codec_context.height),
            "codecs": (v.codec_context.name, a.codec_context.name),
            "frames": frames,
            "pix_fmt": v.codec_context.pix_fmt,
        }


def audio_of(video: Path) -> np.ndarray:
    with av.open(str(video)) as box:
        chunks = [frame.to_ndarray()[0] for frame in box.decode(audio=0)]
    return np.concatenate(chunks)


def difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())


def test_the_video_is_exactly_as_long_as_the_shots(detective_render: Path) -> None:
    facts = probe(detective_render)
    assert abs(float(facts["duration"]) - 12.0) <= FRAME  # type: ignore[arg-type]
    assert facts["frames"] == 12 * 24
    assert facts["size"] == (1280, 720)
    assert facts["codecs"] == ("h264", "aac")
    assert facts["pix_fmt"] == "yuv420p"
    assert abs(video_duration(detective_render) - 12.0) <= FRAME


def test_a_dolly_in_changes_the_picture_and_a_static_shot_does_not(
    detective_render: Path, tmp_path: Path
) -> None:
    # detective shot 2 (3-8 s): a slow dolly in over its first 3 s
    early, late = frame_at(detective_render, 3.1), frame_at(detective_render, 5.9)
    assert difference(early, late) > 3.0
    still = Project(
        title="Still",
        storyboards=(
            Storyboard(
                shots=(
                    Shot(
                        id="a",
                        subject="A locked-off view",
                        duration=4,
                        moves=(CameraMove(kind=MoveKind.STATIC),),
                    ),
                )
            ),
        ),
    )
    out = tmp_path / "still.mp4"
    render_previs(compile_guidances(still, 0), tmp_path, out)
    assert difference(frame_at(out, 0.2), frame_at(out, 3.8)) < 0.5


def test_pictures_are_cover_cropped_never_stretched() -> None:
    wide = Image.new("RGB", (800, 400), (255, 0, 0))
    wide.paste((0, 0, 255), (200, 0, 600, 400))  # a blue centre square
    square = cover(wide, (300, 300))
    assert square.size == (300, 300)
    assert square.getpixel((5, 150)) == (0, 0, 255)  # only the centre survives
    assert frame_size(AspectRatio.VERTICAL, 1080) == (1080, 1920)
    assert frame_size(AspectRatio.SQUARE, 720) == (720, 720)
    assert frame_size(AspectRatio.WIDE, 1080) == (1920, 1080)


def test_a_last_frame_dissolves_from_the_first(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    Image.new("RGB", (640, 360), (220, 30, 30)).save(tmp_path / "assets/red.png")
    Image.new("RGB", (640, 360), (30, 30, 220)).save(tmp_path / "assets/blue.png")
    project = Project(
        title="Dissolve",
        storyboards=(
            Storyboard(
                aspect_ratio=AspectRatio.SQUARE,
                shots=(
                    Shot(
                        id="a",
                        duration=3,
                        first_frame="assets/red.png",
                        last_frame="assets/blue.png",
                    ),
                ),
            ),
        ),
    )
    out = tmp_path / "dissolve.mp4"
    render_previs(compile_guidances(project, 0), tmp_path, out)
    start = np.asarray(frame_at(out, 0.0).crop((100, 300, 600, 600)), np.float32).mean(axis=(0, 1))
    end = np.asarray(last_frame(out).crop((100, 300, 600, 600)), np.float32).mean(axis=(0, 1))
    assert start[0] > 150 > start[2]
    assert end[2] > 150 > end[0]
    assert probe(out)["size"] == (720, 720)


@pytest.mark.skipif(speech.espeak_path() is None, reason="espeak-ng is not installed")
def test_dialogue_is_spoken_at_its_time(detective_render: Path) -> None:
    samples = audio_of(detective_render)
    rate = speech.SAMPLE_RATE
    shot_one = samples[: 3 * rate]
    line = samples[int(3.15 * rate) : int(7.5 * rate)]
    assert float(np.sqrt(np.mean(shot_one**2))) < 1e-4  # silence before Ray speaks
    assert float(np.sqrt(np.mean(line**2))) > 0.01  # his line, from 3.15 s


def test_without_espeak_the_track_is_silent_and_the_log_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "espeak_path", lambda: None)
    project = Project(
        title="Mute",
        storyboards=(
            Storyboard(
                shots=(
                    Shot(
                        id="a",
                        duration=3,
                        dialogue=(DialogueLine(character="Ann", line="Hello there."),),
                    ),
                )
            ),
        ),
    )
    result = render_previs(compile_guidances(project, 0), tmp_path, tmp_path / "mute.mp4")
    assert result.spoken_lines == 0
    assert any("espeak-ng is not installed" in line for line in result.log)
    assert float(np.abs(audio_of(tmp_path / "mute.mp4")).max()) < 1e-4


def test_missing_pictures_are_listed_by_shot_and_can_become_blocking_frames(tmp_path: Path) -> None:
    project = load_project(DETECTIVE)
    save_project(tmp_path, project)  # the same project without its assets
    payload = compile_guidances(project, 0)
    missing = find_missing(payload, tmp_path)
    assert [item.describe() for item in missing] == [
        f"Shot 1: {project.storyboards[0].shots[0].first_frame} is missing"
    ]
    with pytest.raises(MissingAssetsError):
        render_previs(payload, tmp_path, tmp_path / "never.mp4")
    assert not (tmp_path / "never.mp4").exists()
    result = render_previs(payload, tmp_path, tmp_path / "cards.mp4", title_cards=True)
    assert result.log[0].startswith("Blocking frame instead of Shot 1:")
    assert probe(tmp_path / "cards.mp4")["frames"] == 288


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    calls = iter(range(1000))
    out = tmp_path / "cancelled.mp4"
    with pytest.raises(RenderCancelled):
        render_previs(
            compile_guidances(load_project(DETECTIVE), 0),
            DETECTIVE,
            out,
            cancelled=lambda: next(calls) > 30,
        )
    assert list(tmp_path.iterdir()) == []


def test_moves_stay_inside_the_picture() -> None:
    from storyboard_app.render.camera import view_at

    for kind in MoveKind:
        for direction in kind.directions:
            moves = (CameraMove(kind=kind, direction=direction),)
            for k in range(11):
                view = view_at(moves, k * 0.4, 4.0)
                # the visible box (1/zoom of the picture) never leaves it
                half = 0.5 / view.zoom
                assert abs(view.dx) <= 0.5 - half + 1e-9, (kind, direction, k)
                assert abs(view.dy) <= 0.5 - half + 1e-9, (kind, direction, k)


def test_a_pan_a_tilt_or_a_roll_never_zooms_as_it_goes() -> None:
    from storyboard_app.render.camera import view_at

    for kind in (MoveKind.PAN, MoveKind.TRUCK, MoveKind.TILT, MoveKind.CRANE, MoveKind.ROLL,
                 MoveKind.HANDHELD):  # fmt: skip
        moves = (CameraMove(kind=kind),)
        zooms = {round(view_at(moves, k * 0.25, 4.0).zoom, 9) for k in range(17)}
        assert len(zooms) == 1, kind


def render_one_move(folder: Path, picture: Image.Image, move: CameraMove, seconds: int) -> Path:
    """Render one shot of ``seconds`` on ``picture`` with ``move``; the video's path."""
    (folder / "assets").mkdir()
    picture.save(folder / "assets/picture.png")
    shot = Shot(id="a", duration=seconds, first_frame="assets/picture.png", moves=(move,))
    project = Project(title="Move", storyboards=(Storyboard(shots=(shot,)),))
    out = folder / "move.mp4"
    render_previs(compile_guidances(project, 0), folder, out)
    return out


def test_a_slow_move_glides_by_fractions_of_a_pixel(tmp_path: Path) -> None:
    """Every frame of a slow truck moves the picture a little, evenly: no whole-pixel steps
    (an integer crop would hold the picture still for a frame or two, then jump)."""
    bar = Image.new("RGB", (1280, 720), (20, 20, 20))
    bar.paste((235, 235, 235), (600, 0, 616, 720))
    out = render_one_move(tmp_path, bar, CameraMove(kind=MoveKind.TRUCK, speed=Speed.SLOW), 8)
    with av.open(str(out)) as box:
        columns = [
            frame.to_ndarray(format="gray").astype(np.float64).mean(axis=0)
            for frame in box.decode(video=0)
        ]
    weights = [np.clip(column - 40, 0, None) for column in columns]
    centres = np.array([(w * np.arange(w.size)).sum() / w.sum() for w in weights])
    steps = np.diff(centres)[48:144]  # the middle half of the move (192 frames)
    assert np.all(np.sign(steps) == np.sign(steps[0]))  # it moves every frame, one way
    assert float(np.abs(steps).min()) > 0.3
    assert float(np.abs(steps).max()) < 1.0
    assert float(np.abs(np.diff(steps)).max()) < 0.3  # evenly: no stepping


def test_a_roll_turns_the_picture_and_never_shows_its_edges(tmp_path: Path) -> None:
    level = Image.new("RGB", (1280, 720), (128, 128, 128))
    level.paste((250, 250, 250), (0, 350, 1280, 370))  # a level horizon
    roll = CameraMove(kind=MoveKind.ROLL, direction=Direction.CLOCKWISE)
    out = render_one_move(tmp_path, level, roll, 3)

    def tilt(picture: Image.Image) -> float:
        """How much lower the horizon is at the right quarter than at the left (pixels)."""
        bright = np.asarray(picture.convert("L"), np.float64) > 200
        rows = np.arange(bright.shape[0])
        left, right = rows[bright[:, 300]].mean(), rows[bright[:, 980]].mean()
        return float(right - left)

    first, last = frame_at(out, 0.0), last_frame(out)
    # 4 degrees each way over 680 pixels is 47 pixels of slope
    assert tilt(first) == pytest.approx(-47.5, abs=3)  # turned one way at the start ...
    assert tilt(last) == pytest.approx(47.5, abs=3)  # ... and the other way at the end
    for picture in (first, frame_at(out, 1.5), last):
        grey = np.asarray(picture.convert("L"), np.float64)
        for corner in (grey[:6, :6], grey[:6, -6:], grey[-6:, :6], grey[-6:, -6:]):
            assert corner.mean() > 100  # the picture, never a black edge beyond it
