"""Camera moves simulated on a still picture: where the virtual camera looks at time t.

A :class:`View` says how much the picture is magnified and where the frame's centre sits on
it; the compositor crops accordingly. Each move runs inside its time window (the whole shot
by default) with ease-in/ease-out, at a size set by its speed. Dolly and zoom magnify, truck
and pan slide sideways, pedestal/crane and tilt slide vertically, roll rotates, orbit
combines a slide with a slight push and roll, handheld adds a small smooth shake.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from storyboard_app.domain.models import CameraMove
from storyboard_app.domain.vocabulary import Direction, MoveKind, Speed

SPEED_SCALE = {Speed.SLOW: 0.5, Speed.MEDIUM: 1.0, Speed.FAST: 1.6}


@dataclass(frozen=True)
class View:
    """Magnification (1 = the picture just covers the frame), centre offset, rotation.

    ``dx``/``dy`` are fractions of the frame's width/height (right and down are positive);
    ``angle`` is in degrees, clockwise.
    """

    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0
    angle: float = 0.0

    def covering(self, reach: float, turn: float) -> View:
        """The same view magnified just enough that no edge of the picture shows at any
        time of the shot, where the centre slides up to ``reach`` (a fraction of the
        frame) and the picture turns up to ``turn`` degrees.

        The magnification depends on the whole move, not on this moment, so a pan or a
        roll never breathes in and out as it goes.
        """
        radians = math.radians(abs(turn))
        rotation_cover = math.cos(radians) + math.sin(radians) * (16 / 9)
        needed = rotation_cover / (1.0 - 2 * min(0.45, reach))
        return View(max(self.zoom, needed), self.dx, self.dy, self.angle)


def ease(progress: float) -> float:
    """Smoothstep: starts and ends gently, like a camera operator."""
    p = min(1.0, max(0.0, progress))
    return p * p * (3 - 2 * p)


def _progress(move: CameraMove, t: float, duration: float) -> float:
    start = move.start if move.start is not None else 0.0
    end = move.end if move.end is not None else duration
    if end <= start:
        return 1.0 if t >= end else 0.0
    return ease((t - start) / (end - start))


def _sign(direction: Direction, positive: Direction) -> float:
    return 1.0 if direction is positive else -1.0


def _wave(hertz: float, t: float, phase: float = 0.0) -> float:
    return math.sin(2 * math.pi * hertz * t + phase)


def view_at(moves: Sequence[CameraMove], t: float, duration: float) -> View:
    """Where the camera looks ``t`` seconds into a shot of ``duration`` seconds."""
    zoom, dx, dy, angle = 1.0, 0.0, 0.0, 0.0
    reach_x = reach_y = turn = 0.0  # the most each can be at any time of the shot
    for move in moves:
        m = SPEED_SCALE[move.speed]
        p = _progress(move, t, duration)
        centred = p - 0.5  # slides run from -a/2 to +a/2 so the picture margin is shared
        kind, way = move.kind, move.direction
        if kind in (MoveKind.DOLLY, MoveKind.ZOOM, MoveKind.DOLLY_ZOOM):
            amount = {MoveKind.DOLLY: 0.22, MoveKind.ZOOM: 0.32, MoveKind.DOLLY_ZOOM: 0.25}[kind]
            push = p if way is Direction.IN else 1 - p
            zoom *= 1 + amount * m * push
        elif kind in (MoveKind.PAN, MoveKind.TRUCK):
            slide = (0.10 if kind is MoveKind.PAN else 0.13) * m
            dx += slide * centred * _sign(way, Direction.RIGHT)
            reach_x += slide / 2
        elif kind in (MoveKind.TILT, MoveKind.PEDESTAL, MoveKind.CRANE):
            slide = {MoveKind.TILT: 0.09, MoveKind.PEDESTAL: 0.11, MoveKind.CRANE: 0.14}[kind] * m
            dy += slide * centred * _sign(way, Direction.DOWN)
            reach_y += slide / 2
        elif kind is MoveKind.ROLL:
            swing = 8 * m
            angle += swing * centred * _sign(way, Direction.CLOCKWISE)
            turn += swing / 2
        elif kind is MoveKind.ORBIT:
            slide, swing = 0.14 * m, 2 * m
            dx += slide * centred * _sign(way, Direction.RIGHT)
            reach_x += slide / 2
            zoom *= 1 + 0.05 * m * p
            angle += swing * centred * _sign(way, Direction.LEFT)
            turn += swing / 2
        elif kind is MoveKind.TRACKING:
            if way in (Direction.FORWARD, Direction.BACKWARD):
                push = p if way is Direction.FORWARD else 1 - p
                zoom *= 1 + 0.18 * m * push
            else:
                slide = 0.13 * m
                dx += slide * centred * _sign(way, Direction.RIGHT)
                reach_x += slide / 2
        elif kind is MoveKind.RACK_FOCUS:
            zoom *= 1 + 0.02 * m * p  # the lens "breathes"; focus itself is not simulated
        elif kind is MoveKind.HANDHELD:
            shake_x, shake_y, sway = 0.006 * m, 0.005 * m, 0.35 * m
            dx += shake_x * (_wave(0.7, t) + 0.6 * _wave(1.3, t, 1))
            dy += shake_y * (_wave(0.9, t, 2) + 0.5 * _wave(1.7, t))
            angle += sway * _wave(0.5, t, 0.5)
            reach_x += shake_x * (1 + 0.6)  # the waves' amplitudes added up
            reach_y += shake_y * (1 + 0.5)
            turn += sway
    return View(zoom, dx, dy, angle).covering(max(reach_x, reach_y), turn)


def is_still(moves: Sequence[CameraMove]) -> bool:
    """Whether the camera never moves (every frame of the shot can be the same picture)."""
    return all(move.kind is MoveKind.STATIC for move in moves)
