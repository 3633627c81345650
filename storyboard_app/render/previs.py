"""The local previs renderer: a storyboard as an animatic MP4 (H.264 + AAC), no account needed.

Each shot shows its picture (its sketched board, first frame or first reference image), else
a blocking frame of its framing (:mod:`blocking`); with a last frame the shot dissolves from
one to the other. Camera moves are simulated on the still
(:mod:`camera`), a slate and a sound caption sit in the corners, dialogue shows as timed
subtitles and is spoken by espeak-ng when it is installed. The file is written under a
temporary name and renamed only when complete.

Speed: frames are composed in YUV 4:2:0, the encoder's format. A moving frame is one swscale
pass (crop, scale, convert) plus a sub-pixel shift and the captions blended in with numpy;
frames whose picture does not change (still shots between subtitle changes) are composed
once. Shots are prepared and frames composed on two worker threads ahead of the encoder
(PyAV, Pillow and numpy release the GIL while they work).
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import av.filter
import numpy as np
from PIL import Image

from storyboard_app.compiler.guidances import Guidance, GuidancesPayload
from storyboard_app.compiler.prompt import Language, framing, moves_phrase, sound_tag
from storyboard_app.domain.models import CameraMove
from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.i18n import _
from storyboard_app.render import fonts, speech
from storyboard_app.render.blocking import Framing, Region, blocking_frame
from storyboard_app.render.camera import View, is_still, view_at
from storyboard_app.render.pictures import label, load_picture, subtitle
from storyboard_app.render.scenery import payload_sceneries
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
        """One line for people: "Shot 2: assets/x.png is missing" (in the app's language)."""
        return _("Shot {number}: {file} {reason}").format(
            number=self.shot, file=self.path, reason=self.reason
        )


class MissingAssetsError(Exception):
    """Pictures are missing and blocking frames were not accepted in their place."""

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
    framing: Framing
    """What the shot's blocking frame shows, drawn when it has no picture."""
    sound: tuple[str, ...]
    cues: tuple[Cue, ...]
    language: Language = "en"
    """The language the slate, title card and sound caption are written in."""

    def view(self, t: float) -> View:
        """Where the camera looks ``t`` seconds into the shot."""
        return View() if is_still(self.moves) else view_at(self.moves, t, self.duration)

    def cue_at(self, t: float) -> int | None:
        """Which dialogue line shows ``t`` seconds into the shot, if any."""
        absolute = self.start + t
        for index, cue in enumerate(self.cues):
            if cue.start <= absolute < cue.end:
                return index
        return None

    def frame_key(self, t: float) -> tuple[object, ...]:
        """Identical keys mean identical frames (so one composed frame can be reused)."""
        blend = round(t / self.duration, 3) if self.last_picture is not None else 0.0
        return (self.number, self.view(t), blend, self.cue_at(t))


@dataclass(frozen=True)
class RenderPlan:
    """Everything the renderer needs, resolved from a guidances payload."""

    width: int
    height: int
    fps: int
    shots: tuple[ShotPlan, ...]
    missing: tuple[MissingAsset, ...] = ()
    """Pictures that could not be used (blocking frames stand in for them)."""

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
    if guidance.sketch:
        return guidance.sketch
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
                missing.append(MissingAsset(guidance.index, path, _("is missing")))
            elif not info.readable:
                reason = _("cannot be read ({error})").format(error=info.error)
                missing.append(MissingAsset(guidance.index, path, reason))
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
    for guidance, scenery in zip(payload.guidances, payload_sceneries(payload), strict=True):
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
                heading=framing(guidance.shot_size, guidance.angle, payload.prompt_language),
                moves_text=moves_phrase(guidance.camera_moves, payload.prompt_language),
                framing=Framing.of_guidance(guidance, scenery),
                sound=guidance.sound,
                cues=_cues(guidance),
                language=payload.prompt_language,
            )
        )
    return RenderPlan(width=width, height=height, fps=FPS, shots=tuple(shots),
                      missing=tuple(missing))  # fmt: skip


SUBSAMPLING = (1, 2, 2)
"""Frame pixels per plane sample, each way, of YUV 4:2:0's planes (luma, then chroma)."""


def _planes(frame: av.VideoFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Writable views of a YUV 4:2:0 frame's planes, each ``(rows, columns)``."""
    views = []
    for plane in frame.planes:
        rows = np.frombuffer(memoryview(plane), np.uint8).reshape(-1, plane.line_size)
        views.append(rows[: plane.height, : plane.width])
    return views[0], views[1], views[2]


class _Overlay:
    """A caption (RGBA) converted once to the video's YUV 4:2:0, then blended into frames.

    Compositing happens in YUV so a frame is converted from RGB once, in the same swscale
    pass that crops and scales the picture; captions are blended into the planes after.
    """

    def __init__(self, image: Image.Image, x: int, y: int, size: tuple[int, int]) -> None:
        frame_w, frame_h = size
        self.x, self.y = max(0, x - x % 2), max(0, y - y % 2)  # chroma samples cover 2x2
        width = min(image.width + image.width % 2, frame_w - self.x)
        height = min(image.height + image.height % 2, frame_h - self.y)
        canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        canvas.paste(image, (0, 0))
        rgba = np.asarray(canvas)
        colour = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgba[..., :3]), format="rgb24")
        luma, blue, red = (
            plane.astype(np.uint32) for plane in _planes(colour.reformat(format="yuv420p"))
        )
        alpha = (rgba[..., 3].astype(np.uint32) * 256 + 127) // 255  # 0..256
        half = alpha.reshape(height // 2, 2, width // 2, 2).sum(axis=(1, 3)) // 4
        self._layers = ((luma, alpha), (blue, half), (red, half))
        self.size = image.size

    def draw(self, frame: av.VideoFrame) -> None:
        """Blend the caption into ``frame`` in place."""
        for plane, (colour, alpha), step in zip(
            _planes(frame), self._layers, SUBSAMPLING, strict=True
        ):
            top, left = self.y // step, self.x // step
            region = plane[top : top + colour.shape[0], left : left + colour.shape[1]]
            region[...] = (region * (256 - alpha) + colour * alpha + 128) >> 8


PAD = 4
"""Extra pixels around the frame when scaling, room for the sub-pixel shift that follows."""


def _span(corner: float, scale: float, frame: int, source: int) -> tuple[int, int, int, float]:
    """Along one axis: where the crop starts on the source and its length, the length it is
    scaled to (the frame plus padding), and where the frame starts on that scaled length."""
    crop = round((frame + PAD) * scale)
    padded = frame + PAD
    if crop > source:  # the view reaches the picture's edges: no room for padding
        crop, padded = source, max(frame, round(source / scale))
    start = min(max(0, math.floor(corner)), source - crop)
    # Matched at the frame's centre, so the rounding of ``crop`` spreads over both edges.
    offset = (corner - start) * padded / crop + frame / 2 * (padded * scale / crop - 1)
    return start, crop, padded, offset


def _scaled(
    pixels: np.ndarray, left: int, top: int, crop: tuple[int, int], size: tuple[int, int]
) -> av.VideoFrame:
    """``crop`` (width, height) of ``pixels`` (RGB) from (``left``, ``top``), scaled to
    ``size`` as YUV 4:2:0 in one swscale pass; black where the crop leaves the picture."""
    crop_w, crop_h = crop
    rgb = av.VideoFrame(crop_w, crop_h, "rgb24")
    plane = rgb.planes[0]
    rows = np.frombuffer(memoryview(plane), np.uint8).reshape(crop_h, plane.line_size)
    canvas = rows[:, : crop_w * 3].reshape(crop_h, crop_w, 3)
    source_h, source_w = pixels.shape[:2]
    inside_x = slice(max(0, left), min(source_w, left + crop_w))
    inside_y = slice(max(0, top), min(source_h, top + crop_h))
    if (inside_x.stop - inside_x.start, inside_y.stop - inside_y.start) != crop:
        canvas[...] = 0
    canvas[
        inside_y.start - top : inside_y.stop - top, inside_x.start - left : inside_x.stop - left
    ] = pixels[inside_y, inside_x]
    scaled: av.VideoFrame = rgb.reformat(
        width=size[0], height=size[1], format="yuv420p", interpolation="BILINEAR"
    )
    return scaled


def _shifted(padded: av.VideoFrame, x: float, y: float, size: tuple[int, int]) -> av.VideoFrame:
    """The ``size`` window of ``padded`` whose top-left corner is at (``x``, ``y``)."""
    frame = av.VideoFrame(size[0], size[1], "yuv420p")
    for source, target, step in zip(_planes(padded), _planes(frame), SUBSAMPLING, strict=True):
        _shift_into(source, target, x / step, y / step)
    return frame


def _resample(
    pixels: np.ndarray, corner: tuple[float, float], scale: float, size: tuple[int, int]
) -> av.VideoFrame:
    """The frame whose top-left corner sits at ``corner`` on ``pixels`` (RGB), ``scale``
    source pixels per frame pixel, as YUV 4:2:0 at ``size``.

    swscale crops whole pixels, scales and converts to YUV in one fast pass (as FFmpeg's
    zoompan does, which steps visibly on slow moves); the fraction of a pixel left over is
    then made up by a bilinear shift of the planes, so moves glide.
    """
    width, height = size
    left, crop_w, padded_w, shift_x = _span(corner[0], scale, width, pixels.shape[1])
    top, crop_h, padded_h, shift_y = _span(corner[1], scale, height, pixels.shape[0])
    padded = _scaled(pixels, left, top, (crop_w, crop_h), (padded_w, padded_h))
    return _shifted(padded, shift_x, shift_y, size)


class _Rotator:
    """FFmpeg's rotate filter (bilinear, about the frame's centre) for frames of one size.

    An order of magnitude faster than Pillow's rotate on these sizes; one per thread.
    """

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self._graph = av.filter.Graph()
        self._graph.threads = 1  # the render already composes on two threads
        self._source = self._graph.add_buffer(
            width=size[0],
            height=size[1],
            format=av.VideoFormat("yuv420p"),
            time_base=Fraction(1, FPS),
        )
        self._rotate = self._graph.add("rotate", "angle=0:ow=iw:oh=ih:bilinear=1")
        self._sink = self._graph.add("buffersink")
        self._source.link_to(self._rotate)
        self._rotate.link_to(self._sink)
        self._graph.configure()
        self._count = 0

    def turn(self, frame: av.VideoFrame, degrees: float) -> av.VideoFrame:
        """``frame`` turned clockwise by ``degrees``."""
        self._rotate.process_command("angle", repr(math.radians(degrees)))
        frame.pts = self._count
        self._count += 1
        self._source.push(frame)
        turned = self._sink.pull()
        assert isinstance(turned, av.VideoFrame)
        return turned


def _turned(
    pixels: np.ndarray,
    centre: tuple[float, float],
    scale: float,
    degrees: float,
    rotator: _Rotator,
    size: tuple[int, int],
) -> av.VideoFrame:
    """The frame centred on ``centre`` of ``pixels``, turned clockwise by ``degrees``.

    The region around the centre (the rotator's size, big enough for the turned frame's
    corners) is scaled by swscale, turned by FFmpeg's rotate filter, then the frame is
    taken from its middle with the sub-pixel shift that makes the move glide.
    """
    canvas_w, canvas_h = rotator.size
    crop_w, crop_h = round(canvas_w * scale), round(canvas_h * scale)
    left, top = math.floor(centre[0] - crop_w / 2), math.floor(centre[1] - crop_h / 2)
    turned = rotator.turn(
        _scaled(pixels, left, top, (crop_w, crop_h), (canvas_w, canvas_h)), degrees
    )
    # Where the wanted centre sits from the canvas's (the point the filter turns about),
    # and where that lands once turned.
    off_x = (centre[0] - left) * canvas_w / crop_w - canvas_w / 2
    off_y = (centre[1] - top) * canvas_h / crop_h - canvas_h / 2
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    x = canvas_w / 2 + off_x * cos - off_y * sin - size[0] / 2
    y = canvas_h / 2 + off_x * sin + off_y * cos - size[1] / 2
    return _shifted(turned, x, y, size)


def _even(length: float) -> int:
    """``length`` rounded up to a whole, even number of pixels (4:2:0 halves it)."""
    return math.ceil(length / 2) * 2


def _whole_and_256ths(position: float, most: int) -> tuple[int, int]:
    """``position`` (kept within 0..most) as whole pixels and 256ths of a pixel."""
    position = min(max(position, 0.0), float(most))
    whole = int(position)
    fraction = round((position - whole) * 256)
    return (whole + 1, 0) if fraction == 256 else (whole, fraction)


def _mix(first: np.ndarray, second: np.ndarray, weight: int) -> np.ndarray:
    """``first`` and ``second`` mixed, ``weight``/256 of the second (16-bit integer maths)."""
    mixed = first * np.uint16(256 - weight) + second * np.uint16(weight)
    mixed += 128
    return np.right_shift(mixed, 8, out=mixed)


def _shift_into(source: np.ndarray, target: np.ndarray, x: float, y: float) -> None:
    """Fill ``target`` with ``source`` sampled from (``x``, ``y``) on, bilinearly."""
    rows, columns = target.shape
    left, across = _whole_and_256ths(x, source.shape[1] - columns)
    top, down = _whole_and_256ths(y, source.shape[0] - rows)
    block = source[
        top : top + rows + (1 if down else 0), left : left + columns + (1 if across else 0)
    ]
    if across:
        block = _mix(block[:, :-1], block[:, 1:], across)
    if down:
        block = _mix(block[:-1], block[1:], down)
    target[...] = block


def seen(view: View, aspect: float) -> Region:
    """The part of a still (fractions of it) that the frame shows from ``view`` (a turned
    view: the largest upright box inside it), as :meth:`_Shot._view_of` crops it."""
    box = 1 / view.zoom
    centre_x = min(max(0.5 + view.dx, box / 2), 1 - box / 2)
    centre_y = min(max(0.5 + view.dy, box / 2), 1 - box / 2)
    turn = math.radians(abs(view.angle))
    cos, sin = math.cos(turn), math.sin(turn)
    inside = min(aspect / (aspect * cos + sin), 1 / (aspect * sin + cos))
    half = box * inside / 2
    return Region(centre_x - half, centre_y - half, centre_x + half, centre_y + half)


def readable_region(
    views: list[View],
    size: tuple[int, int],
    covered: list[tuple[int, int, int, int]],
    inset: int,
) -> Region:
    """Where on a still words stay readable through a shot: inside the frame from every
    one of ``views``, below the captions at the top and above the subtitles at the bottom
    (``covered``: boxes of the frame, in pixels), ``inset`` pixels from the edges."""
    width, height = size
    top = max([inset] + [y + h for _x, y, _w, h in covered if y < height / 2]) + inset / 2
    bottom = min([height - inset] + [y for _x, y, _w, _h in covered if y >= height / 2])
    frame = Region(inset / width, top / height, 1 - inset / width, (bottom - inset / 2) / height)
    left, upper, right, lower = 0.0, 0.0, 1.0, 1.0
    for view in views:
        part = seen(view, width / height)
        across, down = part.right - part.left, part.bottom - part.top
        left = max(left, part.left + frame.left * across)
        right = min(right, part.left + frame.right * across)
        upper = max(upper, part.top + frame.top * down)
        lower = min(lower, part.top + frame.bottom * down)
    return Region(left, upper, right, lower)


class _Shot:
    """A shot's prepared stills and overlays; composes any of its frames."""

    def __init__(self, plan: ShotPlan, width: int, height: int) -> None:
        self.plan = plan
        self.size = (width, height)
        samples = [plan.view(plan.duration * k / 96) for k in range(97)]
        margin = min(MAX_MARGIN, max(v.zoom for v in samples))
        # A canvas that holds the frame turned by the shot's largest angle (with a little
        # to spare between samples), for turning views.
        turn = math.radians(max(abs(v.angle) for v in samples) * 1.1 + 0.2)
        self._canvas = (
            _even(width * math.cos(turn) + height * math.sin(turn)) + 2 * PAD,
            _even(width * math.sin(turn) + height * math.cos(turn)) + 2 * PAD,
        )
        self._rotators = threading.local()
        unit = height / 720
        inset = max(8, height // 40)
        slate = f"{plan.number} · {plan.heading}" + (
            f" · {plan.moves_text}" if plan.moves_text else ""
        )
        self.captions = [
            _Overlay(label(slate, int(22 * unit), (232, 163, 61)), inset, inset, self.size)
        ]
        self.covered = [(inset, inset, *self.captions[0].size)]
        """Where captions and subtitles cover the frame: (x, y, width, height) in pixels."""
        if plan.sound:
            sound = label(sound_tag(plan.sound, plan.language), int(20 * unit))
            self.captions.append(_Overlay(sound, width - sound.width - inset, inset, self.size))
            self.covered.append((width - sound.width - inset, inset, *sound.size))
        self.subtitles = []
        for cue in plan.cues:
            text = subtitle(cue.speaker, cue.line, width, int(28 * unit))
            position = ((width - text.width) // 2, height - text.height - inset * 3)
            self.subtitles.append(_Overlay(text, *position, self.size))
            self.covered.append((*position, *text.size))
        self.readable = readable_region(samples, self.size, self.covered, inset)
        """Where a blocking frame's names go: on screen all through the shot, uncovered."""
        source = (round(width * margin), round(height * margin))
        # Pixels as arrays, made once (Pillow copies its pixels out on each ask).
        self.first = np.asarray(self._picture(plan.picture, source))
        self.last = (
            np.asarray(load_picture(plan.last_picture, source)) if plan.last_picture else None
        )

    def _picture(self, file: Path | None, size: tuple[int, int]) -> Image.Image:
        if file is not None:
            return load_picture(file, size)
        return blocking_frame(self.plan.framing, size, arrows=False, readable=self.readable)

    def _view_of(self, pixels: np.ndarray, view: View) -> av.VideoFrame:
        """The part of the picture (RGB ``pixels``) the camera sees, scaled to the frame,
        as YUV 4:2:0."""
        width = self.size[0]
        source_h, source_w = pixels.shape[:2]
        box_w, box_h = source_w / view.zoom, source_h / view.zoom
        centre_x = min(max(source_w / 2 + view.dx * source_w, box_w / 2), source_w - box_w / 2)
        centre_y = min(max(source_h / 2 + view.dy * source_h, box_h / 2), source_h - box_h / 2)
        if abs(view.angle) >= 0.05:
            rotator = getattr(self._rotators, "rotator", None)
            if rotator is None:
                rotator = self._rotators.rotator = _Rotator(self._canvas)
            return _turned(
                pixels, (centre_x, centre_y), box_w / width, view.angle, rotator, self.size
            )
        return _resample(
            pixels, (centre_x - box_w / 2, centre_y - box_h / 2), box_w / width, self.size
        )

    def compose(self, t: float, captions: bool = True) -> av.VideoFrame:
        """The frame ``t`` seconds into the shot, ready for the encoder (``captions``: with
        the slate, sound caption and subtitle burned in, else the clean picture)."""
        view = self.plan.view(t)
        frame = self._view_of(self.first, view)
        if self.last is not None:
            mix = min(1.0, max(0.0, t / self.plan.duration))
            weight = round(256 * mix * mix * (3 - 2 * mix))
            ending = self._view_of(self.last, view)
            for start, end in zip(_planes(frame), _planes(ending), strict=True):
                start[...] = _mix(start, end, weight)
        if not captions:
            return frame
        for caption in self.captions:
            caption.draw(frame)
        cue = self.plan.cue_at(t)
        if cue is not None:
            self.subtitles[cue].draw(frame)
        return frame

    def picture_at(self, t: float, captions: bool = True) -> Image.Image:
        """The frame ``t`` seconds into the shot, as a picture."""
        return Image.fromarray(self.compose(t, captions).to_ndarray(format="rgb24"))


def previs_still(
    payload: GuidancesPayload,
    folder: Path,
    index: int,
    height: int = 360,
    at: float | None = None,
    captions: bool = True,
) -> Image.Image:
    """The previs frame ``at`` seconds into shot ``index`` (default: its middle; blocking
    frames for missing pictures); ``captions=False`` gives the clean picture, for chaining."""
    plan = plan_render(payload, folder, height, title_cards=True)
    shot = plan.shots[index]
    t = shot.duration / 2 if at is None else min(max(0.0, at), shot.duration)
    return _Shot(shot, plan.width, plan.height).picture_at(t, captions)


def _audio_track(plan: RenderPlan, log: list[str]) -> tuple[np.ndarray, int]:
    """The mono dialogue track for the whole video, and how many lines were spoken."""
    samples = np.zeros(round(plan.duration * speech.SAMPLE_RATE), dtype=np.float32)
    cues = [cue for shot in plan.shots for cue in shot.cues]
    if not cues:
        return samples, 0
    program = speech.espeak_path()
    if program is None:
        log.append(
            _(
                "espeak-ng is not installed, so the dialogue is not spoken (the audio track is "
                "silent; subtitles still show). Install it with: {command}"
            ).format(command="apt-get install espeak-ng")
        )
        return samples, 0
    spoken = 0
    for cue in cues:
        try:
            voice = speech.speak(cue.line, cue.speaker, cue.language, program)
        except speech.SpeechError as error:
            log.append(_("Not spoken: {reason}").format(reason=error))
            continue
        start = round((cue.start + 0.15) * speech.SAMPLE_RATE)
        end = min(samples.size, start + voice.size)
        if end - start < voice.size:
            log.append(
                _("{name}'s line “{line}” runs past the end of the video.").format(
                    name=cue.speaker, line=cue.line[:30]
                )
            )
        samples[start:end] += voice[: end - start] * 0.9
        spoken += 1
    np.clip(samples, -1.0, 1.0, out=samples)
    return samples, spoken


def _frames(plan: RenderPlan, pool: ThreadPoolExecutor) -> Iterator[av.VideoFrame]:
    """Every frame in order; equal frames are composed once, others ahead on the pool.

    The shots' pictures are prepared on the pool too (first come first served, so every
    shot is being prepared before any frame waits for one), while the first frames encode.
    """
    prepared = [pool.submit(_Shot, shot, plan.width, plan.height) for shot in plan.shots]

    def compose(shot: Future[_Shot], t: float) -> av.VideoFrame:
        return shot.result().compose(t)

    def scheduled() -> Iterator[Future[av.VideoFrame] | None]:
        """A future per frame to compose, None for a repeat of the frame before."""
        last_key: tuple[object, ...] | None = None
        for shot, preparing in zip(plan.shots, prepared, strict=True):
            for index in range(shot.frame_count):
                t = index / plan.fps
                key = shot.frame_key(t)
                yield None if key == last_key else pool.submit(compose, preparing, t)
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
            for number, frame in enumerate(_frames(plan, pool)):
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
    result.log[:0] = [
        _("Blocking frame instead of {missing}").format(missing=item.describe())
        for item in plan.missing
    ]
    no_font = fonts.missing_report(plan_texts(plan))
    if no_font:
        result.log.append(no_font)
    return result


def plan_texts(plan: RenderPlan) -> list[str]:
    """Every text the frames show: slates, title cards, sound captions, subtitles."""
    texts = []
    for shot in plan.shots:
        texts += [shot.heading, shot.moves_text, shot.framing.subject, *shot.framing.characters]
        texts += list(shot.sound)
        texts += [f"{cue.speaker}: {cue.line}" for cue in shot.cues]
    return texts
