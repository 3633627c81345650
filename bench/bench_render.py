"""Previs render speed: the 15-second, six-shot case at 1280×720, 24 fps.

Baselines measured in the same run, with the same encoder settings (libx264, the
renderer's preset and CRF, yuv420p):
* FFmpeg's command line (the binary of the imageio-ffmpeg wheel) making an equivalent
  pan-and-zoom slideshow of the same pictures with its zoompan filter;
* PyAV encoding the same number of plain frames (the floor: encoding alone).
Targets: at least 4× faster than real time, and within 1.5× of the floor.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import imageio_ffmpeg
import numpy as np

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import CameraMove, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Direction, MoveKind, Speed
from storyboard_app.render.previs import ENCODER, ENCODER_OPTIONS, FPS, render_previs

ROOT = Path(__file__).resolve().parent.parent
DETECTIVE = ROOT / "examples" / "Night City Detective.storyboard"
COFFEE = ROOT / "examples" / "Aurora Espresso Advert.storyboard"
DURATIONS = (3, 2, 3, 2, 3, 2)
MOVES = (
    CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.SLOW),
    CameraMove(kind=MoveKind.PAN, direction=Direction.RIGHT),
    CameraMove(kind=MoveKind.ZOOM, direction=Direction.OUT),
    CameraMove(kind=MoveKind.TRUCK, direction=Direction.LEFT),
    CameraMove(kind=MoveKind.CRANE, direction=Direction.UP),
    CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.FAST),
)


def _pictures(folder: Path) -> list[str]:
    """Copy the examples' pictures into the benchmark project; return their asset paths."""
    (folder / "assets").mkdir(parents=True)
    names = []
    for example in (DETECTIVE, COFFEE):
        for picture in sorted((example / "assets").iterdir()):
            (folder / "assets" / picture.name).write_bytes(picture.read_bytes())
            names.append(f"assets/{picture.name}")
    return names


def six_shot_project(folder: Path) -> Project:
    """Six shots, 15 s, each on a picture with a camera move."""
    pictures = _pictures(folder)
    shots = tuple(
        Shot(
            id=f"shot-{n}",
            duration=duration,
            subject=f"Shot {n + 1}",
            moves=(move,),
            first_frame=pictures[n % len(pictures)],
        )
        for n, (duration, move) in enumerate(zip(DURATIONS, MOVES, strict=True))
    )
    return Project(title="Bench", storyboards=(Storyboard(name="Six shots", shots=shots),))


def ffmpeg_slideshow(folder: Path, project: Project, output: Path) -> None:
    """The same slideshow with FFmpeg's zoompan, alternating push-ins and pans."""
    inputs: list[str] = []
    filters = []
    for n, shot in enumerate(project.storyboards[0].shots):
        assert shot.first_frame is not None
        frames = int(shot.duration * FPS)
        inputs += ["-i", str(folder / shot.first_frame)]
        if n % 2 == 0:
            zoom, x = f"1+0.2*on/{frames}", "iw/2-(iw/zoom/2)"
        else:
            zoom, x = "1.15", f"(iw-iw/zoom)*on/{frames}"
        filters.append(
            f"[{n}:v]scale=1472:828:force_original_aspect_ratio=increase,crop=1472:828,"
            f"zoompan=z='{zoom}':x='{x}':y='ih/2-(ih/zoom/2)':d={frames}:s=1280x720:fps={FPS},"
            f"setsar=1[v{n}]"
        )
    chain = "".join(f"[v{n}]" for n in range(len(filters)))
    graph = ";".join(filters) + f";{chain}concat=n={len(filters)}:v=1:a=0[out]"
    command = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", *inputs,
        "-filter_complex", graph, "-map", "[out]", "-c:v", ENCODER,
        "-preset", ENCODER_OPTIONS["preset"], "-crf", ENCODER_OPTIONS["crf"],
        "-pix_fmt", "yuv420p", str(output),
    ]  # fmt: skip
    subprocess.run(command, check=True)


def plain_frames(output: Path, count: int) -> None:
    """The floor: encode ``count`` ready-made frames with the same settings."""
    frames = [
        av.VideoFrame.from_ndarray(np.full((720, 1280, 3), (n * 5) % 256, np.uint8), "rgb24")
        for n in range(count)
    ]
    with av.open(str(output), "w") as box:
        stream = box.add_stream(ENCODER, rate=FPS, options=dict(ENCODER_OPTIONS))
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 1280, 720, "yuv420p"
        for number, frame in enumerate(frames):
            frame.pts = number
            frame.time_base = Fraction(1, FPS)
            box.mux(stream.encode(frame))
        box.mux(stream.encode(None))


def best(run: Callable[[], object], repeats: int = 3) -> float:
    """Best wall time of ``run()`` in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory(prefix="storyboard-bench-") as scratch:
        folder = Path(scratch) / "Bench.storyboard"
        project = six_shot_project(folder)
        payload = compile_guidances(project, 0)
        seconds = payload.total_duration
        count = int(seconds * FPS)
        ours = best(lambda: render_previs(payload, folder, Path(scratch) / "previs.mp4"))
        ffmpeg = best(lambda: ffmpeg_slideshow(folder, project, Path(scratch) / "ffmpeg.mp4"))
        floor = best(lambda: plain_frames(Path(scratch) / "plain.mp4", count))
        print(f"case: {len(payload.guidances)} shots, {seconds:g} s, 1280x720 at {FPS} fps, "
              f"{ENCODER} {ENCODER_OPTIONS}")  # fmt: skip
        print(f"previs renderer: {ours:.2f} s ({seconds / ours:.1f}x faster than real time)")
        print(f"baseline, FFmpeg command line zoompan slideshow: {ffmpeg:.2f} s")
        print(f"floor, PyAV encoding {count} plain frames: {floor:.2f} s")
        print(f"ratio to FFmpeg: {ours / ffmpeg:.2f}x")
        print(f"ratio to the floor: {ours / floor:.2f}x")
        print(f"target 4x real time: {'met' if seconds / ours >= 4 else 'NOT met'}")
        print(f"target within 1.5x of the floor: {'met' if ours / floor <= 1.5 else 'NOT met'}")
