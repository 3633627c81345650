"""Blocking frames: a shot with no picture drawn as its framing, the way a board artist blocks it.

A simple set (sky and ground, the horizon placed by the camera's angle: high in the frame for
a high angle, low for a low one, none from a bird's eye, tilted for a dutch angle; for a shot
set inside, a room: back wall, side walls, ceiling and floor seen from the same camera, see
:mod:`storyboard_app.render.scenery` for how a shot is known to be inside; darker at night), the
characters in the shot as silhouettes sized by the shot size (tiny figures in an extreme wide
shot … the eyes filling an extreme close-up), two-shots, over-the-shoulder and point-of-view
shots composed as such, each figure labelled with its name, and on stills the camera's moves
as arrows. The previs moves its camera over the frame, so there the move is performed.

Deterministic (the same shot always gives the same pixels) and fast: the set is cached per
size, angle and scenery, figures are a few polygons, a 1280×720 frame takes a few milliseconds.

Special framings: an extreme close-up shows the first character's eyes; a point-of-view shot
is seen through the first character's eyes (they are named, not drawn); an insert shows the
subject as an object, not the people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

if TYPE_CHECKING:  # numpy loads with the first blocking frame, not with the window
    import numpy as np

from storyboard_app.compiler.guidances import Guidance
from storyboard_app.domain.models import CameraMove, Shot, Storyboard
from storyboard_app.domain.vocabulary import Angle, Direction, MoveKind, ShotSize
from storyboard_app.i18n import _
from storyboard_app.render import fonts
from storyboard_app.render.scenery import EXTERIOR, Scenery, shot_scenery

Colour = tuple[int, int, int]

SKY_TOP: Colour = (176, 186, 200)
SKY_LOW: Colour = (214, 218, 222)
GROUND_FAR: Colour = (160, 154, 144)
GROUND_NEAR: Colour = (118, 112, 104)
GRID: Colour = (136, 130, 121)
SKYLINE: Colour = (158, 166, 180)
FIGURE: Colour = (44, 46, 54)
FOREGROUND: Colour = (22, 22, 26)
"""A figure nearer the camera than the subject (the shoulder of an over-the-shoulder shot)."""
ARROW: Colour = (232, 130, 20)
LABEL_BOX: Colour = (250, 248, 240)
LABEL_INK: Colour = (30, 30, 34)


@dataclass(frozen=True)
class Outdoors:
    """The colours of the set outside."""

    sky_top: Colour
    sky_low: Colour
    ground_far: Colour
    ground_near: Colour
    grid: Colour
    skyline: Colour
    horizon: Colour


@dataclass(frozen=True)
class Room:
    """The colours of the set inside."""

    ceiling: Colour
    back_wall: Colour
    side_wall: Colour
    floor: Colour
    grid: Colour
    edge: Colour
    door: Colour
    window: Colour


DAY = Outdoors(SKY_TOP, SKY_LOW, GROUND_FAR, GROUND_NEAR, GRID, SKYLINE, (120, 124, 132))
NIGHT = Outdoors(
    (104, 114, 142), (140, 146, 164), (146, 140, 133), (122, 117, 111), (132, 126, 119),
    (88, 97, 120), (108, 112, 124),
)  # fmt: skip
"""Night outside: a dusk-blue sky, the ground a shade darker (figures still stand out)."""
ROOM_DAY = Room(
    (204, 198, 188), (188, 180, 166), (170, 162, 150), (150, 138, 122), (132, 121, 106),
    (116, 108, 98), (122, 110, 96), (228, 230, 224),
)  # fmt: skip
ROOM_NIGHT = Room(
    (140, 132, 122), (172, 160, 141), (152, 142, 126), (142, 131, 116), (124, 114, 101),
    (102, 96, 88), (112, 101, 90), (66, 78, 106),
)  # fmt: skip
"""Night inside: lamp-lit walls, a dark window."""

HORIZON: dict[Angle, float | None] = {
    Angle.EYE_LEVEL: 0.42,
    Angle.HIGH: 0.16,
    Angle.LOW: 0.80,
    Angle.BIRDS_EYE: None,
    Angle.WORMS_EYE: 0.95,
    Angle.DUTCH: 0.42,
}
"""Where the horizon crosses the frame, a fraction of its height from the top (None: the
camera looks straight down and sees no horizon)."""

BACK_WALL: dict[Angle, tuple[float, float]] = {
    Angle.EYE_LEVEL: (0.28, 0.56),
    Angle.HIGH: (0.12, 0.36),
    Angle.LOW: (0.40, 0.84),
    Angle.WORMS_EYE: (0.46, 0.955),
    Angle.DUTCH: (0.28, 0.56),
}
"""Where a room's back wall meets the ceiling and the floor (fractions of the height), by
angle: the camera's height in the room puts the horizon between them (a high camera near the
ceiling, a low one near the floor), and the floor line stays above where an extreme wide
shot's small figures stand, so they stand on the floor."""

DUTCH_DEGREES = 12.0
"""How far a dutch angle tilts the set and the figures (clockwise)."""

BODY_HEADS = 7.5
"""A standing figure is this many head heights tall."""

TEXT_SHARE = 0.034
"""Name tags' letters, a fraction of the frame's height (on screen and in the previs)."""

CAPTION_LINES = 2
"""A caption (an insert's subject, whose view a POV is) wraps to at most this many lines."""


@dataclass(frozen=True)
class Region:
    """A part of the picture, in fractions of its width and height (0 left/top, 1 right/bottom).

    Where a blocking frame's words may go: the part that stays on screen for the whole shot
    (the previs moves its camera over the still) and that no subtitle or slate covers.
    """

    left: float = 0.0
    top: float = 0.0
    right: float = 1.0
    bottom: float = 1.0


@dataclass(frozen=True)
class Tag:
    """A name (or a caption) on its box, in pixels of the picture it is drawn on."""

    lines: tuple[str, ...]
    left: float
    top: float
    right: float
    bottom: float
    text_size: int


@dataclass(frozen=True)
class Framing:
    """What a blocking frame is drawn from: the shot's size, angle, cast, moves and subject."""

    size: ShotSize
    angle: Angle
    characters: tuple[str, ...] = ()
    moves: tuple[CameraMove, ...] = ()
    subject: str = ""
    scenery: Scenery = EXTERIOR
    """Inside or outside, day or night: the set the figures stand in."""

    @classmethod
    def of_shot(cls, shot: Shot, board: Storyboard | None = None) -> Framing:
        """The framing of an editable shot of ``board`` (its set is read from the
        storyboard's words; without one, outside by day)."""
        scenery = shot_scenery(board, shot.id) if board is not None else EXTERIOR
        return cls(shot.size, shot.angle, shot.cast(), shot.moves, shot.subject, scenery)

    @classmethod
    def of_guidance(cls, guidance: Guidance, scenery: Scenery = EXTERIOR) -> Framing:
        """The framing of a compiled shot (its characters already include the speakers)."""
        return cls(
            guidance.shot_size,
            guidance.angle,
            guidance.characters,
            guidance.camera_moves,
            guidance.subject,
            scenery,
        )


@dataclass(frozen=True)
class Figure:
    """One silhouette: where it stands and how big, in fractions of the frame.

    ``x`` is the centre across the width, ``top`` the top of the head down the height,
    ``head`` the head's height as a fraction of the frame's height; ``facing`` is -1 (looks
    left), 0 (at the camera) or 1 (looks right); ``back`` turns it away from the camera.
    """

    name: str
    x: float
    top: float
    head: float
    facing: int = 0
    back: bool = False


# Head height (fraction of the frame's height) and where the head's top sits, by shot size;
# None for the top means the figure stands on the ground (its feet placed, not its head).
_SCALE: dict[ShotSize, tuple[float, float | None, float]] = {
    ShotSize.EWS: (0.014, None, 0.06),
    ShotSize.WS: (0.075, None, 0.2),
    ShotSize.MLS: (0.15, 0.1, 0.3),
    ShotSize.MS: (0.24, 0.1, 0.42),
    ShotSize.MCU: (0.34, 0.1, 0.5),
    ShotSize.CU: (0.56, 0.12, 0.5),
    ShotSize.TWO_SHOT: (0.2, 0.12, 0.34),
}
"""Head height, head top (None: standing on the ground) and the spacing between figures
(a fraction of the frame's width)."""


def horizon(angle: Angle) -> float | None:
    """Where the horizon crosses the frame for ``angle`` (fraction of the height from the top)."""
    return HORIZON[angle]


def _feet(angle: Angle, size: ShotSize) -> float:
    """How far down the frame standing figures' feet are, for wide framings."""
    line = horizon(angle)
    if size is ShotSize.EWS:
        return 0.6 if line is None else line + 0.3 * (1 - line)
    return 0.9 if line is None else max(0.88, min(0.97, line + 0.05))


def _spread(count: int, spacing: float) -> list[float]:
    """Centres of ``count`` figures across the frame, ``spacing`` apart, squeezed to fit."""
    if count <= 1:
        return [0.5] * count
    spacing = min(spacing, 0.84 / (count - 1))
    return [0.5 + (index - (count - 1) / 2) * spacing for index in range(count)]


def _facing(x: float) -> int:
    """Figures off the centre look towards it, as people in a scene look at each other."""
    return 0 if abs(x - 0.5) < 0.02 else (1 if x < 0.5 else -1)


def figures(framing: Framing) -> tuple[Figure, ...]:
    """The silhouettes a framing shows, in drawing order (far to near)."""
    names = framing.characters
    size = framing.size
    if size is ShotSize.INSERT or (size is ShotSize.ECU and not names):
        return ()
    if size is ShotSize.ECU:
        return (Figure(names[0], 0.5, -0.2, 1.4),)
    if size is ShotSize.OTS:
        return _over_the_shoulder(names)
    if size is ShotSize.POV:
        seen = names[1:]
        xs = _spread(len(seen), 0.26)
        head = 0.1
        feet = _feet(framing.angle, ShotSize.WS)
        return tuple(
            Figure(name, x, feet - BODY_HEADS * head, head)
            for name, x in zip(seen, xs, strict=True)
        )
    head, top, spacing = _SCALE[size]
    xs = _spread(len(names), spacing)
    if top is None:
        top = _feet(framing.angle, size) - BODY_HEADS * head
    return tuple(Figure(name, x, top, head, _facing(x)) for name, x in zip(names, xs, strict=True))


def _over_the_shoulder(names: tuple[str, ...]) -> tuple[Figure, ...]:
    """The first character seen from behind in the foreground, the others facing them."""
    if not names:
        return ()
    near, *far = names if len(names) > 1 else ("", *names)
    xs = [0.64 + index * 0.16 for index in range(len(far))]
    seen = tuple(Figure(name, min(x, 0.9), 0.16, 0.27, -1) for name, x in zip(far, xs, strict=True))
    return (*seen, Figure(near, 0.1, 0.24, 0.5, 1, back=True))


class _Pen:
    """Draws on an image through a turn about its centre (clockwise ``degrees``), so a dutch
    angle tilts the drawing itself instead of the pixels (turning pixels is slow)."""

    def __init__(self, image: Image.Image, degrees: float = 0.0, shift: float = 0.0) -> None:
        self.draw = ImageDraw.Draw(image)
        self.centre = (image.width / 2, image.height / 2)
        self.turned = degrees != 0.0
        self.cos, self.sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
        self.shift = shift
        """How far right of the image's left edge the drawing's own left edge is (a picture
        wider than its composition shows more of the set on both sides)."""
        self.span = (-shift - image.height, image.width - shift + image.height)
        """From where to where across the drawing covers the whole image, turned or not."""

    def at(self, x: float, y: float) -> tuple[float, float]:
        """Where the point (x, y) of the upright drawing lands."""
        x += self.shift
        if not self.turned:
            return x, y
        dx, dy = x - self.centre[0], y - self.centre[1]
        return (
            self.centre[0] + dx * self.cos - dy * self.sin,
            self.centre[1] + dx * self.sin + dy * self.cos,
        )

    def polygon(self, points: list[tuple[float, float]], fill: Colour) -> None:
        self.draw.polygon([self.at(x, y) for x, y in points], fill=fill)

    def rectangle(self, box: list[float], fill: Colour) -> None:
        left, top, right, bottom = box
        self.polygon([(left, top), (right, top), (right, bottom), (left, bottom)], fill)

    def ellipse(self, box: list[float], fill: Colour) -> None:
        if not self.turned:
            self.draw.ellipse([box[0] + self.shift, box[1], box[2] + self.shift, box[3]], fill)
            return
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        rx, ry = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
        steps = [2 * math.pi * k / 36 for k in range(36)]
        self.polygon([(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in steps], fill)

    def line(self, points: list[tuple[float, float]], fill: Colour, width: int) -> None:
        self.draw.line([self.at(x, y) for x, y in points], fill=fill, width=width)


def _tilt(angle: Angle) -> float:
    return DUTCH_DEGREES if angle is Angle.DUTCH else 0.0


def _palette(line: float | None, colours: Outdoors) -> np.ndarray:
    """Colours down the upright frame, 1024 steps from -0.5 to 1.5 of its height (the
    range a turned frame's corners reach)."""
    import numpy as np

    rows = np.linspace(-0.5, 1.5, 1024, dtype=np.float32)[:, None]
    far, near = np.array(colours.ground_far, np.float32), np.array(colours.ground_near)
    if line is None:  # looking straight down: ground everywhere
        return (far * (1 - np.clip(rows, 0, 1) * 0.15)).astype(np.uint8)
    sky_share = np.clip(rows / max(line, 1e-3), 0, 1)
    ground_share = np.clip((rows - line) / max(1 - line, 1e-3), 0, 1)
    top, low = np.array(colours.sky_top, np.float32), np.array(colours.sky_low)
    sky = top * (1 - sky_share) + low * sky_share
    ground = far * (1 - ground_share) + near * ground_share
    palette: np.ndarray = np.where(rows < line, sky, ground).astype(np.uint8)
    return palette


def _mix(a: Colour, b: Colour, share: float) -> Colour:
    return (
        int(a[0] * (1 - share) + b[0] * share),
        int(a[1] * (1 - share) + b[1] * share),
        int(a[2] * (1 - share) + b[2] * share),
    )


def _colour_at(row: float, line: float | None, colours: Outdoors) -> Colour:
    """The set's colour ``row`` (0 top … 1 bottom) down the upright frame."""
    if line is None:  # looking straight down: ground everywhere
        return _mix(colours.ground_far, (0, 0, 0), min(max(row, 0.0), 1.0) * 0.15)
    if row < line:
        return _mix(colours.sky_top, colours.sky_low, min(max(row / max(line, 1e-3), 0.0), 1.0))
    share = min(max((row - line) / max(1 - line, 1e-3), 0.0), 1.0)
    return _mix(colours.ground_far, colours.ground_near, share)


def _turned_gradient(size: tuple[int, int], line: float | None, colours: Outdoors) -> Image.Image:
    """The sky and ground of a dutch angle: the gradient turned with the drawing."""
    import numpy as np

    width, height = size
    palette = _palette(line, colours)
    rows = np.arange(height, dtype=np.float32)[:, None] / height
    turn = math.radians(DUTCH_DEGREES)
    sideways = (np.arange(width, dtype=np.float32)[None, :] - width / 2) / height
    rows = (rows - 0.5) * math.cos(turn) - sideways * math.sin(turn) + 0.5
    index = np.clip((rows + 0.5) * 512, 0, 1023).astype(np.intp)
    return Image.fromarray(np.ascontiguousarray(palette[index]))


@lru_cache(maxsize=16)
def _set(size: tuple[int, int], angle: Angle, scenery: Scenery = EXTERIOR) -> Image.Image:
    """The empty set: sky and ground with a perspective grid, or a room (cached; callers
    copy it)."""
    if scenery.interior:
        return _room(size, angle, ROOM_NIGHT if scenery.night else ROOM_DAY)
    colours = NIGHT if scenery.night else DAY
    width, height = size
    line = horizon(angle)
    if angle is Angle.DUTCH:
        image = _turned_gradient(size, line, colours)
    else:  # one column of colours stretched across (no numpy: the editor paints these)
        column = Image.new("RGB", (1, height))
        column.putdata([_colour_at(y / height, line, colours) for y in range(height)])
        image = column.resize((width, height), Image.Resampling.NEAREST)
    pen = _Pen(image, _tilt(angle))
    thin = max(1, height // 360)
    if line is None:  # a square floor grid
        step = max(8, height // 6)
        for across in range(width // 2 % step, width, step):
            pen.line([(across, 0), (across, height)], colours.grid, thin)
        for down in range(height // 2 % step, height, step):
            pen.line([(0, down), (width, down)], colours.grid, thin)
        return image
    y0 = line * height
    _skyline(pen, size, y0, colours.skyline)
    far = height * 1.6  # past the frame's bottom, for a turned frame's corners
    for k in range(-12, 13):  # lines on the ground running to the vanishing point
        reach = (far - y0) / max(1.0, height - y0)
        pen.line([(width / 2, y0), (width / 2 + k * width / 5 * reach, far)], colours.grid, thin)
    for k in range(1, 9):  # across the ground, closer together towards the horizon
        y = y0 + (height - y0) * (k / 6) ** 2
        pen.line([(-width / 2, y), (width * 1.5, y)], colours.grid, thin)
    pen.line([(-width / 2, y0), (width * 1.5, y0)], colours.horizon, max(1, height // 240))
    return image


def _room(size: tuple[int, int], angle: Angle, colours: Room) -> Image.Image:
    """A room seen from the camera: the back wall around the vanishing point, the side
    walls, ceiling and floor running to it (flat planes: no gradient, no numpy), a floor
    grid, ceiling beams, a window in the back wall and a door in the left wall."""
    width, height = size
    image = Image.new("RGB", size, colours.back_wall)
    pen = _Pen(image, _tilt(angle))
    thin, edge = max(1, height // 360), max(1, height // 240)
    line = horizon(angle)
    if line is None:
        _room_from_above(pen, size, colours, thin, edge)
        return image
    vx, vy = width / 2, line * height
    # The back wall is 0.9 of the height wide (a 16:9 frame's middle half); a narrower
    # picture narrows it, a wider one (a timeline block) widens it so that the side walls
    # keep their size at the edges instead of becoming a corridor.
    half = max(min(0.45 * height, 0.31 * width), width / 2 - 0.44 * height)
    left, right = vx - half, vx + half
    top, bottom = (share * height for share in BACK_WALL[angle])

    def out(x: float, y: float, reach: float = 12.0) -> tuple[float, float]:
        """The point ``reach`` times as far from the vanishing point (past the frame)."""
        return vx + (x - vx) * reach, vy + (y - vy) * reach

    corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
    planes = (
        (corners[0], corners[1], colours.ceiling),
        (corners[3], corners[0], colours.side_wall),
        (corners[1], corners[2], colours.side_wall),
        (corners[2], corners[3], colours.floor),
    )
    for start, end, fill in planes:
        pen.polygon([start, end, out(*end), out(*start)], fill)
    boards = max(2, round(2 * half / (0.1125 * height)))
    for k in range(1, boards):  # floorboards running to the vanishing point
        x = left + (right - left) * k / boards
        pen.line([(x, bottom), out(x, bottom)], colours.grid, thin)
    for k in range(1, 9):  # and across, closer together towards the back wall
        y = bottom + (height * 1.6 - bottom) * (k / 7) ** 2
        reach = (y - vy) / (bottom - vy)
        pen.line([(vx - half * reach, y), (vx + half * reach, y)], colours.grid, thin)
    for k in range(1, 4):  # beams across the ceiling
        y = top - (top + height * 0.6) * (k / 3) ** 2
        reach = (vy - y) / max(1.0, vy - top)
        pen.line([(vx - half * reach, y), (vx + half * reach, y)], colours.grid, edge)
    for corner in corners:  # where walls, floor and ceiling meet
        pen.line([corner, out(*corner)], colours.edge, edge)
    pen.line([*corners, corners[0]], colours.edge, edge)
    _window(pen, (vx, top, vx + min(half, 0.45 * height), bottom), colours, edge)
    _door(pen, (vx, vy), (left, top, bottom), colours.door)
    return image


def _window(pen: _Pen, wall: tuple[float, float, float, float], colours: Room, thick: int) -> None:
    """A window in the back wall, right of the middle (``wall`` is the part it goes in:
    from the middle rightwards), with its glazing bars."""
    middle, top, right, bottom = wall
    tall = bottom - top
    x0, x1 = middle + (right - middle) * 0.3, middle + (right - middle) * 0.8
    y0, y1 = top + tall * 0.2, top + tall * 0.62
    pen.rectangle([x0 - thick, y0 - thick, x1 + thick, y1 + thick], colours.edge)
    pen.rectangle([x0, y0, x1, y1], colours.window)
    pen.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], colours.edge, thick)
    pen.line([(x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2)], colours.edge, thick)


def _door(
    pen: _Pen, vanishing: tuple[float, float], wall: tuple[float, float, float], fill: Colour
) -> None:
    """A door in the left wall, in perspective: three quarters of the wall's height."""
    vx, vy = vanishing
    left, top, bottom = wall

    def at(reach: float, height_share: float) -> tuple[float, float]:
        floor, ceiling = vy + (bottom - vy) * reach, vy + (top - vy) * reach
        return vx + (left - vx) * reach, floor + (ceiling - floor) * height_share

    pen.polygon([at(1.25, 0), at(1.25, 0.74), at(1.7, 0.74), at(1.7, 0)], fill)


def _room_from_above(pen: _Pen, size: tuple[int, int], colours: Room, thin: int, edge: int) -> None:
    """A room seen from straight above: the floor in the middle, boards across it, the
    walls falling away to it on every side."""
    width, height = size
    margin = 0.1 * height
    floor = [margin, margin, width - margin, height - margin]
    outer = [(-1.0, -1.0), (width + 1.0, -1.0), (width + 1.0, height + 1.0), (-1.0, height + 1.0)]
    inner = [(floor[0], floor[1]), (floor[2], floor[1]), (floor[2], floor[3]), (floor[0], floor[3])]
    for side in range(4):
        fill = colours.side_wall if side % 2 == 0 else colours.back_wall
        after = (side + 1) % 4
        pen.polygon([outer[side], outer[after], inner[after], inner[side]], fill)
    pen.rectangle(floor, colours.floor)
    step = max(8, height // 12)
    for row, y in enumerate(range(int(floor[1]) + step, int(floor[3]), step)):
        pen.line([(floor[0], y), (floor[2], y)], colours.grid, thin)
        offset = (row % 2) * step * 2
        for x in range(int(floor[0]) + step + offset, int(floor[2]), step * 4):
            pen.line([(x, y), (x, min(floor[3], y + step))], colours.grid, thin)
    for side in range(4):
        pen.line([outer[side], inner[side]], colours.edge, edge)
    pen.line([*inner, inner[0]], colours.edge, edge)


def _skyline(pen: _Pen, size: tuple[int, int], y0: float, fill: Colour) -> None:
    """Distant blocks along the horizon, so a pan or a tilt has something to pass."""
    width, height = size
    x = -width / 2
    index = 0
    while x < width * 1.5:  # past both edges, for a turned frame's corners
        wide = width * (0.03 + 0.05 * ((index * 37) % 11) / 10)
        tall = height * (0.025 + 0.09 * ((index * 53) % 13) / 12)
        pen.rectangle([x, y0 - tall, x + wide, y0 + 1], fill)
        x += wide + width * 0.012 * ((index * 29) % 5)
        index += 1


def _standing(pen: _Pen, figure: Figure, size: tuple[int, int]) -> None:
    """A person seen from the front (or the back): head, neck, shoulders, arms, legs."""
    width, height = size
    h = figure.head * height
    cx, top = figure.x * width, figure.top * height
    colour = FOREGROUND if figure.back else FIGURE
    head_w = 0.78 * h
    pen.ellipse([cx - head_w / 2, top, cx + head_w / 2, top + h], colour)
    if figure.facing and not figure.back:  # a nose shows which way they look
        side = figure.facing * head_w / 2
        nose = [
            (cx + side * 0.9, top + 0.42 * h),
            (cx + side * 1.18, top + 0.6 * h),
            (cx + side * 0.9, top + 0.66 * h),
        ]
        pen.polygon(nose, colour)
    pen.rectangle([cx - 0.17 * h, top + 0.85 * h, cx + 0.17 * h, top + 1.3 * h], colour)
    shoulder, hip = 1.05 * h, 0.78 * h
    torso = [
        (cx - shoulder, top + 1.45 * h),
        (cx - shoulder * 0.8, top + 1.22 * h),
        (cx + shoulder * 0.8, top + 1.22 * h),
        (cx + shoulder, top + 1.45 * h),
        (cx + hip, top + 3.4 * h),
        (cx - hip, top + 3.4 * h),
    ]
    pen.polygon(torso, colour)
    for sign in (-1, 1):
        arm = [
            (cx + sign * shoulder * 0.8, top + 1.22 * h),
            (cx + sign * (shoulder + 0.3 * h), top + 1.5 * h),
            (cx + sign * (shoulder + 0.3 * h), top + 4.1 * h),
            (cx + sign * (shoulder - 0.08 * h), top + 4.1 * h),
            (cx + sign * (shoulder - 0.1 * h), top + 1.8 * h),
        ]
        pen.polygon(arm, colour)
        leg = [
            (cx + sign * 0.06 * h, top + 3.3 * h),
            (cx + sign * hip, top + 3.3 * h),
            (cx + sign * 0.62 * h, top + BODY_HEADS * h),
            (cx + sign * 0.12 * h, top + BODY_HEADS * h),
        ]
        pen.polygon(leg, colour)


def _from_above(pen: _Pen, figure: Figure, size: tuple[int, int]) -> None:
    """A person seen from straight above: shoulders and the top of the head, a shadow."""
    width, height = size
    h = figure.head * height
    cx, cy = figure.x * width, 0.5 * height
    shadow = (120, 114, 106)
    pen.ellipse([cx - 0.9 * h, cy - 0.2 * h, cx + 1.6 * h, cy + 0.9 * h], shadow)
    pen.ellipse([cx - 1.05 * h, cy - 0.42 * h, cx + 1.05 * h, cy + 0.42 * h], FIGURE)
    pen.ellipse([cx - 0.42 * h, cy - 0.45 * h, cx + 0.42 * h, cy + 0.4 * h], FOREGROUND)


def _eyes(pen: _Pen, size: tuple[int, int]) -> None:
    """An extreme close-up: a pair of eyes and brows across the frame."""
    width, height = size
    reach = pen.span[1] - pen.span[0]
    pen.rectangle([pen.span[0], -reach, pen.span[1], height + reach], (196, 186, 176))
    rim = max(2, height // 90)
    for sign in (-1, 1):
        cx, cy = width / 2 + sign * width * 0.22, height * 0.52
        ew, eh = width * 0.16, height * 0.2
        pen.ellipse([cx - ew - rim, cy - eh - rim, cx + ew + rim, cy + eh + rim], FIGURE)
        pen.ellipse([cx - ew, cy - eh, cx + ew, cy + eh], (236, 232, 226))
        pen.ellipse([cx - eh * 0.9, cy - eh * 0.9, cx + eh * 0.9, cy + eh * 0.9], FIGURE)
        pen.ellipse([cx - eh * 0.25, cy - eh * 0.55, cx + eh * 0.1, cy - eh * 0.2], (240, 240, 240))
        brow = [
            (cx - ew * 1.1, cy - eh * 1.5),
            (cx + ew * 1.05, cy - eh * 1.7),
            (cx + ew * 1.05, cy - eh * 1.35),
            (cx - ew * 1.1, cy - eh * 1.2),
        ]
        pen.polygon(brow, FIGURE)


def _object(pen: _Pen, size: tuple[int, int]) -> None:
    """An insert: the subject as an object on a surface, seen close."""
    width, height = size
    reach = pen.span[1] - pen.span[0]
    pen.rectangle([pen.span[0], height * 0.62, pen.span[1], height + reach], GROUND_NEAR)
    pen.ellipse([width * 0.3, height * 0.66, width * 0.7, height * 0.76], (96, 90, 84))
    pen.rectangle([width * 0.36, height * 0.3, width * 0.64, height * 0.7], FIGURE)


# --- text: the one place blocking frames draw words (switch to render/fonts.py here) ---


def _text_width(text: str, size: int) -> float:
    return float(fonts.text_width(text, size))


def _text(
    draw: ImageDraw.ImageDraw, position: tuple[float, float], text: str, size: int, fill: Colour
) -> None:
    """Draw ``text`` with its top-left corner at ``position`` (any script: a face per run)."""
    fonts.draw_text(draw, position, text, size, fill)


def _elided(text: str, size: int, width: float, cut: bool = False) -> str:
    """``text`` as it fits ``width``; if it does not (or ``cut``: more follows), shortened at
    its end, at a word or a CJK character, with "…"."""
    if not cut and _text_width(text, size) <= width:
        return text
    kept = ""
    for token in fonts.wrap(text, size, 1):  # one word (or CJK character) a line
        together = not kept or fonts.is_cjk(token[0]) or fonts.is_cjk(kept[-1])
        joined = kept + token if together else f"{kept} {token}"
        if _text_width(joined + "…", size) > width:
            break
        kept = joined
    if not kept:  # one long word: cut it, not the ellipsis
        kept = text
        while kept and _text_width(kept + "…", size) > width:
            kept = kept[:-1]
    return kept.rstrip(" ,;:，、。") + "…"


def _lines(text: str, size: int, width: float, most: int) -> tuple[str, ...]:
    """``text`` wrapped into at most ``most`` lines no wider than ``width``; what does not
    fit is left off at the end, with "…" (never cut inside a word, never at the start)."""
    rows = fonts.wrap(text, size, max(1, int(width))) or [""]
    more = len(rows) > most
    rows = rows[:most]
    return tuple(
        _elided(row, size, width, cut=more and index == len(rows) - 1)
        for index, row in enumerate(rows)
    )


def _tag_box(
    centre: tuple[float, float],
    text: str,
    size: int,
    bounds: tuple[float, float, float, float],
    most: int = 1,
) -> Tag:
    """A name (or caption) on a box centred on ``centre``, moved inside ``bounds``."""
    pad = max(2, size // 3)
    left_edge, top_edge, right_edge, bottom_edge = bounds
    lines = _lines(text, size, right_edge - left_edge - 2 * pad, most)
    box_w = max(_text_width(line, size) for line in lines) + 2 * pad
    box_h = len(lines) * size * 1.25 + pad
    left = max(left_edge, min(centre[0] - box_w / 2, right_edge - box_w))
    top = max(top_edge, min(centre[1] - box_h / 2, bottom_edge - box_h))
    return Tag(lines, left, top, left + box_w, top + box_h, size)


def _draw_tag(draw: ImageDraw.ImageDraw, tag: Tag) -> None:
    size = tag.text_size
    pad = max(2, size // 3)
    draw.rounded_rectangle(
        [tag.left, tag.top, tag.right, tag.bottom],
        radius=pad,
        fill=LABEL_BOX,
        outline=LABEL_INK,
        width=1,
    )
    for row, line in enumerate(tag.lines):
        position = (tag.left + pad, tag.top + pad / 2 + size * 0.05 + row * size * 1.25)
        _text(draw, position, line, size, LABEL_INK)


def _tag_centre(figure: Figure, framing: Framing, size: tuple[int, int]) -> tuple[float, float]:
    """Where a figure's name goes: above a small figure's head, on a large one's chest."""
    width, height = size
    h = figure.head * height
    x, top = figure.x * width, figure.top * height
    if framing.angle is Angle.BIRDS_EYE:
        return x, 0.5 * height + 1.1 * h + height * 0.04
    if framing.size is ShotSize.ECU:
        return width / 2, height * 0.88
    if h * BODY_HEADS < height * 0.5:  # small: above the head
        return x, top - height * 0.045
    return x, min(top + 2.3 * h, height * 0.9)


# --- camera moves as arrows, the way a storyboard artist draws them ---


def _arrow(
    draw: ImageDraw.ImageDraw, start: tuple[float, float], end: tuple[float, float], thick: int
) -> None:
    draw.line([start, end], fill=ARROW, width=thick)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = thick * 4.0
    points = [end] + [
        (end[0] - head * math.cos(angle + side), end[1] - head * math.sin(angle + side))
        for side in (-0.45, 0.45)
    ]
    draw.polygon(points, fill=ARROW)


def _arc_arrow(
    draw: ImageDraw.ImageDraw, box: list[float], start: float, end: float, thick: int
) -> None:
    """An arc from ``start`` to ``end`` degrees (clockwise on screen when end > start)."""
    low, high = min(start, end), max(start, end)
    draw.arc(box, low, high, fill=ARROW, width=thick)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    rx, ry = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    step = 6 if end > start else -6
    tip = (cx + rx * math.cos(math.radians(end)), cy + ry * math.sin(math.radians(end)))
    before = (
        cx + rx * math.cos(math.radians(end - step)),
        cy + ry * math.sin(math.radians(end - step)),
    )
    _arrow(draw, before, tip, thick)


def draw_moves(image: Image.Image, moves: tuple[CameraMove, ...]) -> None:
    """Each camera move as an arrow on ``image`` (in place)."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    cx, cy = width / 2, height / 2
    w, h = width * 0.26, height * 0.26
    thick = max(2, round(height / 110))
    for move in moves:
        kind, way = move.kind, move.direction
        sideways = way in (Direction.LEFT, Direction.RIGHT)
        sign = 1 if way in (Direction.RIGHT, Direction.DOWN, Direction.CLOCKWISE) else -1
        if kind is MoveKind.ORBIT:
            box = [cx - w, cy + h * 0.2, cx + w, cy + h * 1.3]
            _arc_arrow(draw, box, 160 if sign > 0 else 20, 20 if sign > 0 else 160, thick)
        elif kind in (MoveKind.PAN, MoveKind.TRUCK) or (kind is MoveKind.TRACKING and sideways):
            _arrow(draw, (cx - sign * w, cy), (cx + sign * w, cy), thick)
        elif kind in (MoveKind.TILT, MoveKind.PEDESTAL, MoveKind.CRANE):
            _arrow(draw, (cx, cy - sign * h), (cx, cy + sign * h), thick)
        elif kind in (MoveKind.DOLLY, MoveKind.ZOOM, MoveKind.DOLLY_ZOOM, MoveKind.TRACKING):
            inward = way in (Direction.IN, Direction.FORWARD)
            for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
                outer = (cx + dx * w * 1.5, cy + dy * h * 1.5)
                inner = (cx + dx * w * 0.8, cy + dy * h * 0.8)
                _arrow(draw, outer, inner, thick) if inward else _arrow(draw, inner, outer, thick)
        elif kind is MoveKind.ROLL:
            box = [cx - w * 0.6, cy - h, cx + w * 0.6, cy + h]
            _arc_arrow(draw, box, -150 if sign > 0 else -30, 60 if sign > 0 else -240, thick)
        elif kind is MoveKind.HANDHELD:
            zigzag = (h * 0.15, -h * 0.15)
            points = [(cx - w + k * w / 4, cy + zigzag[k % 2]) for k in range(9)]
            draw.line(points, fill=ARROW, width=thick, joint="curve")
        elif kind is MoveKind.RACK_FOCUS:
            _arrow(draw, (cx - w * 0.5, cy), (cx + w * 0.5, cy), thick)
            _arrow(draw, (cx + w * 0.5, cy), (cx - w * 0.5, cy), thick)


def _stage(size: tuple[int, int], aspect: float | None) -> tuple[float, tuple[int, int]]:
    """Where the composition sits across a picture of ``size`` (its left edge, which is
    negative when it is wider than the picture) and the composition's own size.

    The composition always has the picture's height, so heads and names stay whole; a
    picture wider than ``aspect`` shows more of the set at the sides, a narrower one the
    composition's middle."""
    width, height = size
    if aspect is None:
        return 0.0, size
    wide = max(1, round(height * aspect))
    return (width - wide) / 2, (wide, height)


def name_tags(
    framing: Framing,
    size: tuple[int, int],
    readable: Region | None = None,
    text_share: float = TEXT_SHARE,
    aspect: float | None = None,
) -> tuple[Tag, ...]:
    """Where the names (and the caption) of a blocking frame of ``size`` go, in its pixels.

    Each stays inside the picture, the composition and ``readable`` (the part of the picture
    that is on screen for the whole shot and not under a subtitle)."""
    width, height = size
    shift, stage = _stage(size, aspect)
    pen = _Pen(Image.new("1", (1, 1)), _tilt(framing.angle), shift)
    pen.centre = (width / 2, height / 2)
    area = readable or Region()
    inset = 2.0
    bounds = (
        max(inset, shift + inset, area.left * width),
        max(inset, area.top * height),
        min(width - inset, shift + stage[0] - inset, area.right * width),
        min(height - inset, area.bottom * height),
    )
    text = max(11, round(height * text_share))
    tags = [
        _tag_box(pen.at(*_tag_centre(figure, framing, stage)), figure.name, text, bounds)
        for figure in figures(framing)
        if figure.name
    ]
    caption = _caption(framing)
    if caption:
        centre = (width / 2, height * 0.9)
        tags.append(_tag_box(centre, caption, text, bounds, CAPTION_LINES))
    return _apart(tags, bounds)


def _overlap(a: Tag, b: Tag) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def _apart(tags: list[Tag], bounds: tuple[float, float, float, float]) -> tuple[Tag, ...]:
    """Tags that would cover one another (figures close together in a narrow picture) moved
    apart: a later one goes beside, below or above one it meets, wherever it covers none
    and stays inside ``bounds``."""
    placed: list[Tag] = []
    for tag in tags:
        for other in [done for done in placed if _overlap(tag, done)][:1]:
            wide, tall = tag.right - tag.left, tag.bottom - tag.top
            for left, top in (
                (other.right + 1, tag.top),
                (tag.left, other.bottom + 1),
                (tag.left, other.top - 1 - tall),
                (other.left - 1 - wide, tag.top),
                (other.right + 1, other.bottom + 1),
                (other.left - 1 - wide, other.bottom + 1),
            ):
                moved = replace(tag, left=left, top=top, right=left + wide, bottom=top + tall)
                inside = bounds[0] <= left and moved.right <= bounds[2]
                inside = inside and bounds[1] <= top and moved.bottom <= bounds[3]
                if inside and not any(_overlap(moved, done) for done in placed):
                    tag = moved
                    break
        placed.append(tag)
    return tuple(placed)


def blocking_frame(
    framing: Framing,
    size: tuple[int, int],
    arrows: bool = True,
    readable: Region | None = None,
    text_share: float = TEXT_SHARE,
    aspect: float | None = None,
) -> Image.Image:
    """The shot's framing drawn at ``size`` (RGB): set, silhouettes, names, move arrows.

    ``arrows`` draws the camera moves on the picture (stills); the previs performs them.
    Names stay inside ``readable`` (see :func:`name_tags`), their letters ``text_share`` of
    the height. ``aspect`` (width / height) is the composition's when the picture has
    another shape (a timeline block): the set fills the picture, the figures keep their
    places and sizes in the middle.
    """
    shift, stage = _stage(size, aspect)
    shown = figures(framing)
    image = _set(size, framing.angle, framing.scenery).copy()
    pen = _Pen(image, _tilt(framing.angle), shift)
    if framing.size is ShotSize.ECU and shown:
        _eyes(pen, stage)
    elif framing.size is ShotSize.INSERT:
        _object(pen, stage)
    for figure in shown if framing.size is not ShotSize.ECU else ():
        if framing.angle is Angle.BIRDS_EYE:
            _from_above(pen, figure, stage)
        else:
            _standing(pen, figure, stage)
    draw = pen.draw
    if framing.size is ShotSize.POV:
        _vignette(draw, size)
    for tag in name_tags(framing, size, readable, text_share, aspect):
        _draw_tag(draw, tag)
    if arrows:
        draw_moves(image, framing.moves)
    return image


def _caption(framing: Framing) -> str:
    """Words for what the picture cannot show: whose eyes a POV is, what an insert shows."""
    if framing.size is ShotSize.POV and framing.characters:
        return _("{name}’s view").format(name=framing.characters[0])
    if framing.size is ShotSize.INSERT or not framing.characters:
        return " ".join(framing.subject.split())
    return ""


def _vignette(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    """Dark corners: the frame is what a character sees."""
    width, height = size
    thick = max(4, height // 14)
    draw.rounded_rectangle(
        [-thick // 2, -thick // 2, width + thick // 2, height + thick // 2],
        radius=height // 5,
        outline=FOREGROUND,
        width=thick,
    )
