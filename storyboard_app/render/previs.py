"""The local previs renderer: a storyboard as an animatic MP4 (H.264 + AAC), no account needed.

Each shot shows its first frame, else its first reference image, else a title card; with a
last frame the shot dissolves from one to the other. Camera moves are simulated on the still
(:mod:`camera`), a slate and a sound caption sit in the corners, dialogue shows as timed
subtitles and is spoken by espeak-ng when it is installed. The file is written under a
temporary name and renamed only when complete.

Speed: frames whose picture does not change (still shots between subtitle changes) are
encoded from one composed frame; moving frames are composed on worker threads ahead of the
encoder (Pillow and PyAV release the GIL while they work).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

from storyboard_app.compiler.guidances import Guidance, GuidancesPayload
from storyboard_app.compiler.prompt import move_phrase, sentence
from storyboard_app.domain.models import CameraMove
from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.render import speech
from storyboard_app.render.camera import View, is_still, view_at
from storyboard_app.render.pictures import label, load_picture, subtitle, title_card
from storyboard_app.storage.assets import inspect_image

FPS = 24
ENCODER = "libx264"
ENCODER_OPTIONS = {"preset": "ultrafast", "crf": "22"}
"""Encoder settings, shared with the benchmark's baselines so they compare like with like."""
MAX_MARGIN = 1.8
LOOK_AHEAD = 8


@dataclass(frozen=True)
class MissingAsset:
    """A picture a shot needs that cannot be used."""

    shot: int
    path: str
    reason: str

    def describe(self) -> str:
        """One line for people: "Shot 2: assets/x.png is missing"."""
        return f"Shot {self.shot}: {self.path} {self.reason}"


class MissingAssetsError(Exception):
    """Pictures are missing and title cards were not accepted in their place."""

    def __init__(self, missing: list[MissingAsset]) -> None:
        super().__init__("; ".join(item.describe() for item in missing))
        self.missing = missing


class RenderCancelled(Exception):
    """The user cancelled the render; nothing was written."""


@dataclass(frozen=True)
class Cue:
    """A dialogue line's place in time."""

    start: float
    end: float
    speaker: str
    line: str
    language: str


@dataclass(frozen=True)
class ShotPlan:
    """One shot of the animatic."""

    number: int
    start: float
    duration: float
    first_frame: int
    frame_count: int
    picture: Path | None
    last_picture: Path | None
    moves: tuple[CameraMove, ...]
    heading: str
    moves_text: str
    text: str
    sound: tuple[str, ...]
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class RenderPlan:
    """Everything the renderer needs, resolved from a guidances payload."""

    width: int
    height: int
    fps: int
    shots: tuple[ShotPlan, ...]
    missing: tuple[MissingAsset, ...] = ()
    """Pictures that could not be used (title cards stand in for them)."""

    @property
    def total_frames(self) -> int:
        """Frames in the whole video."""
        return sum(shot.frame_count for shot in self.shots)

    @property
    def duration(self) -> float:
        """Seconds of video."""
        return sum(shot.duration for shot in self.shots)


@dataclass
class RenderResult:
    """What was written."""

    path: Path
    frames: int
    duration: float
    width: int
    height: int
    spoken_lines: int
    log: list[str] = field(default_factory=list)


def frame_size(aspect: AspectRatio, resolution: int) -> tuple[int, int]:
    """Frame width and height for an aspect ratio at 720 or 1080 lines (the short side)."""
    width, height = (int(part) for part in aspect.value.split(":"))
    if width >= height:
        return (round(resolution * width / height / 2) * 2, resolution)
    return (resolution, round(resolution * height / width / 2) * 2)


def _picture_path(guidance: Guidance) -> str | None:
    if guidance.first_frame:
        return guidance.first_frame
    return guidance.references[0].image if guidance.references else None


def find_missing(payload: GuidancesPayload, folder: Path) -> list[MissingAsset]:
    """Every picture a shot would use that is missing or unreadable, by shot."""
    missing = []
    for guidance in payload.guidances:
        for path in (_picture_path(guidance), guidance.last_frame):
            if path is None:
                continue
            info = inspect_image(folder / path, path)
            if not info.exists:
                missing.append(MissingAsset(guidance.index, path, "is missing"))
            elif not info.readable:
                missing.append(MissingAsset(guidance.index, path, f"cannot be read ({info.error})"))
    return missing


def _cues(guidance: Guidance) -> tuple[Cue, ...]:
    lines = [line for line in guidance.dialogue if line.line.strip()]
    if not lines:
        return ()
    slot = guidance.duration / len(lines)
    return tuple(
        Cue(
            start=guidance.start + index * slot,
            end=guidance.start + (index + 1) * slot,
            speaker=line.character,
            line=line.line.strip(),
            language=line.language,
        )
        for index, line in enumerate(lines)
    )


def plan_render(
    payload: GuidancesPayload, folder: Path, resolution: int = 720, title_cards: bool = False
) -> RenderPlan:
    """Resolve a payload into a plan; missing pictures raise unless ``title_cards`` is set."""
    missing = find_missing(payload, folder)
    if missing and not title_cards:
        raise MissingAssetsError(missing)
    unusable = {item.path for item in missing}
    width, height = frame_size(payload.aspect_ratio, resolution)
    shots = []
    for guidance in payload.guidances:
        first = round(guidance.start * FPS)
        last = round((guidance.start + guidance.duration) * FPS)
        picture = _picture_path(guidance)
        end = guidance.last_frame
        shots.append(
            ShotPlan(
                number=guidance.index,
                start=guidance.start,
                duration=guidance.duration,
                first_frame=first,
                frame_count=last - first,
                picture=folder / picture if picture and picture not in unusable else None,
                last_picture=folder / end if end and end not in unusable else None,
                moves=guidance.camera_moves,
                heading=f"{guidance.shot_size.words.capitalize()}, {guidance.angle.words}",
                moves_text=", then ".join(move_phrase(m) for m in guidance.camera_moves),
                text=" ".join(
                    sentence(p) for p in (guidance.subject, guidance.action) if p.strip()
                ),
                sound=guidance.sound,
                cues=_cues(guidance),
            )
        )
    return RenderPlan(width=width, height=height, fps=FPS, shots=tuple(shots),
                      missing=tuple(missing))  # fmt: skip


class _Shot:
    """A shot's prepared stills and overlays; composes any of its frames."""

    def __init__(self, plan: ShotPlan, width: int, height: int) -> None:
        self.plan = plan
        self.size = (width, height)
        self.still = is_still(plan.moves)
        samples = [view_at(plan.moves, plan.duration * k / 8, plan.duration) for k in range(9)]
        self.margin = 1.0 if self.still else min(MAX_MARGIN, max(v.zoom for v in samples))
        source = (round(width * self.margin), round(height * self.margin))
        self.first = self._picture(plan.picture, source)
        self.last = load_picture(plan.last_picture, source) if plan.last_picture else None
        unit = height / 720
        slate = f"{plan.number} · {plan.heading}" + (
            f" · {plan.moves_text}" if plan.moves_text else ""
        )
        self.slate = label(slate, int(22 * unit), (232, 163, 61))
        self.sound = (
            label(f"[SFX: {', '.join(plan.sound)}]", int(20 * unit)) if plan.sound else None
        )
        self.subtitles = [subtitle(c.speaker, c.line, width, int(28 * unit)) for c in plan.cues]

    def _picture(self, file: Path | None, size: tuple[int, int]) -> Image.Image:
        if file is not None:
            return load_picture(file, size)
        return title_card(
            size, self.plan.number, self.plan.heading, self.plan.moves_text, self.plan.text
        )

    def key(self, t: float) -> tuple[object, ...]:
        """Identical keys mean identical frames (so one composed frame can be reused)."""
        view = view_at(self.plan.moves, t, self.plan.duration) if not self.still else View()
        blend = round(t / self.plan.duration, 3) if self.last is not None else 0.0
        return (self.plan.number, view, blend, self._cue_at(t))

    def _cue_at(self, t: float) -> int | None:
        absolute = self.plan.start + t
        for index, cue in enumerate(self.plan.cues):
            if cue.start <= absolute < cue.end:
                return index
        return None

    def _view_of(self, picture: Image.Image, view: View) -> Image.Image:
        width, height = self.size
        if self.still and view == View():
            return picture if picture.size == self.size else picture.resize(self.size)
        source_w, source_h = picture.size
        box_w, box_h = source_w / view.zoom, source_h / view.zoom
        centre_x = min(max(source_w / 2 + view.dx * source_w, box_w / 2), source_w - box_w / 2)
        centre_y = min(max(source_h / 2 + view.dy * source_h, box_h / 2), source_h - box_h / 2)
        if abs(view.angle) >= 0.05:
            region = picture.rotate(
                -view.angle, resample=Image.Resampling.BILINEAR, center=(centre_x, centre_y)
            )
        else:
            region = picture
        box = (
            centre_x - box_w / 2,
            centre_y - box_h / 2,
            centre_x + box_w / 2,
            centre_y + box_h / 2,
        )
        return region.resize((width, height), Image.Resampling.BILINEAR, box=box)

    def compose(self, t: float) -> av.VideoFrame:
        """The frame ``t`` seconds into the shot, ready for the encoder."""
        return to_video_frame(self.picture_at(t))

    def picture_at(self, t: float) -> Image.Image:
        """The frame ``t`` seconds into the shot, as a picture."""
        view = view_at(self.plan.moves, t, self.plan.duration) if not self.still else View()
        frame = self._view_of(self.first, view)
        if self.last is not None:
            mix = min(1.0, max(0.0, t / self.plan.duration))
            mix = mix * mix * (3 - 2 * mix)
            frame = Image.blend(frame, self._view_of(self.last, view), mix)
        elif frame is self.first:
            frame = frame.copy()
        margin = max(8, self.size[1] // 40)
        frame.paste(self.slate, (margin, margin), self.slate)
        if self.sound is not None:
            frame.paste(self.sound, (self.size[0] - self.sound.width - margin, margin), self.sound)
        cue = self._cue_at(t)
        if cue is not None:
            text = self.subtitles[cue]
            position = ((self.size[0] - text.width) // 2, self.size[1] - text.height - margin * 3)
            frame.paste(text, position, text)
        return frame


def previs_still(
    payload: GuidancesPayload, folder: Path, index: int, height: int = 360
) -> Image.Image:
    """The previs frame at the middle of shot ``index`` (title cards for missing pictures)."""
    plan = plan_render(payload, folder, height, title_cards=True)
    shot = plan.shots[index]
    return _Shot(shot, plan.width, plan.height).picture_at(shot.duration / 2)


def to_video_frame(image: Image.Image) -> av.VideoFrame:
    """A Pillow image as an encoder-ready YUV 4:2:0 frame."""
    pixels = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    rgb = av.VideoFrame.from_ndarray(pixels, format="rgb24")
    converted: av.VideoFrame = rgb.reformat(format="yuv420p")
    return converted


def _audio_track(plan: RenderPlan, log: list[str]) -> tuple[np.ndarray, int]:
    """The mono dialogue track for the whole video, and how many lines were spoken."""
    samples = np.zeros(round(plan.duration * speech.SAMPLE_RATE), dtype=np.float32)
    cues = [cue for shot in plan.shots for cue in shot.cues]
    if not cues:
        return samples, 0
    program = speech.espeak_path()
    if program is None:
        log.append(
            "espeak-ng is not installed, so the dialogue is not spoken (the audio track is "
            "silent; subtitles still show). Install it with: apt-get install espeak-ng"
        )
        return samples, 0
    spoken = 0
    for cue in cues:
        try:
            voice = speech.speak(cue.line, cue.speaker, cue.language, program)
        except speech.SpeechError as error:
            log.append(f"Not spoken: {error}")
            continue
        start = round((cue.start + 0.15) * speech.SAMPLE_RATE)
        end = min(samples.size, start + voice.size)
        if end - start < voice.size:
            log.append(f"{cue.speaker}'s line “{cue.line[:30]}” runs past the end of the video.")
        samples[start:end] += voice[: end - start] * 0.9
        spoken += 1
    np.clip(samples, -1.0, 1.0, out=samples)
    return samples, spoken


def _frames(
    shots: list[_Shot], plan: RenderPlan, pool: ThreadPoolExecutor
) -> Iterator[av.VideoFrame]:
    """Every frame in order; equal frames are composed once, others ahead on the pool."""

    def scheduled() -> Iterator[Future[av.VideoFrame] | None]:
        """A future per frame to compose, None for a repeat of the frame before."""
        last_key: tuple[object, ...] | None = None
        for shot in shots:
            for index in range(shot.plan.frame_count):
                t = index / plan.fps
                key = shot.key(t)
                yield None if key == last_key else pool.submit(shot.compose, t)
                last_key = key

    pending: deque[Future[av.VideoFrame] | None] = deque()
    current: av.VideoFrame | None = None
    for future in scheduled():
        pending.append(future)
        while len(pending) >= LOOK_AHEAD:
            ready = pending.popleft()
            current = ready.result() if ready is not None else current
            assert current is not None
            yield current
    while pending:
        ready = pending.popleft()
        current = ready.result() if ready is not None else current
        assert current is not None
        yield current


def render_plan(
    plan: RenderPlan,
    output: Path,
    progress: Callable[[float], None] = lambda _fraction: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RenderResult:
    """Write the animatic to ``output`` (via a temporary file renamed when complete)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.stem}.part{output.suffix or '.mp4'}")
    log: list[str] = []
    audio, spoken = _audio_track(plan, log)
    total = plan.total_frames
    try:
        with (
            ThreadPoolExecutor(max_workers=2, thread_name_prefix="previs") as pool,
            av.open(str(temporary), "w", format="mp4", options={"movflags": "+faststart"}) as box,
        ):
            video = box.add_stream(ENCODER, rate=plan.fps, options=dict(ENCODER_OPTIONS))
            assert isinstance(video, av.VideoStream)
            video.width, video.height, video.pix_fmt = plan.width, plan.height, "yuv420p"
            sound = box.add_stream("aac", rate=speech.SAMPLE_RATE, layout="mono")
            assert isinstance(sound, av.AudioStream)
            shots = [_Shot(shot, plan.width, plan.height) for shot in plan.shots]
            for number, frame in enumerate(_frames(shots, plan, pool)):
                if cancelled():
                    raise RenderCancelled()
                frame.pts = number
                frame.time_base = Fraction(1, plan.fps)
                box.mux(video.encode(frame))
                if number % 6 == 0:
                    progress(number / total)
            box.mux(video.encode(None))
            _encode_audio(box, sound, audio)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    os.replace(temporary, output)
    progress(1.0)
    return RenderResult(output, total, plan.duration, plan.width, plan.height, spoken, log)


def _encode_audio(
    box: av.container.OutputContainer, stream: av.AudioStream, samples: np.ndarray
) -> None:
    chunk = 1024
    for offset in range(0, samples.size, chunk):
        part = samples[offset : offset + chunk]
        frame = av.AudioFrame.from_ndarray(part.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = speech.SAMPLE_RATE
        frame.pts = offset
        frame.time_base = Fraction(1, speech.SAMPLE_RATE)
        box.mux(stream.encode(frame))
    box.mux(stream.encode(None))


def render_previs(
    payload: GuidancesPayload,
    folder: Path,
    output: Path,
    resolution: int = 720,
    title_cards: bool = False,
    progress: Callable[[float], None] = lambda _fraction: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RenderResult:
    """Render a compiled storyboard of the project in ``folder`` to ``output``."""
    plan = plan_render(payload, folder, resolution, title_cards)
    result = render_plan(plan, output, progress, cancelled)
    result.log[:0] = [f"Title card instead of {item.describe()}" for item in plan.missing]
    return result
