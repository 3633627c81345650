"""Camera moves' words in the core's language, for messages (a problem names the move).

The stored values (``MoveKind.PAN``, ``Direction.UP`` …) stay as they are; what a message
shows is translated, with the same film words the window's combos use (``ui/film_words.py``).
"""

from __future__ import annotations

from storyboard_app.domain.vocabulary import Direction, MoveKind
from storyboard_app.i18n import N_, _

_MOVES = {
    MoveKind.STATIC: N_("static"),
    MoveKind.PAN: N_("pan"),
    MoveKind.TILT: N_("tilt"),
    MoveKind.TRUCK: N_("truck"),
    MoveKind.PEDESTAL: N_("pedestal"),
    MoveKind.CRANE: N_("crane"),
    MoveKind.DOLLY: N_("dolly"),
    MoveKind.ZOOM: N_("zoom"),
    MoveKind.ROLL: N_("roll"),
    MoveKind.ORBIT: N_("orbit"),
    MoveKind.HANDHELD: N_("handheld"),
    MoveKind.TRACKING: N_("tracking"),
    MoveKind.RACK_FOCUS: N_("rack-focus"),
    MoveKind.DOLLY_ZOOM: N_("dolly-zoom"),
}
_DIRECTIONS = {
    Direction.NONE: N_("none"),
    Direction.LEFT: N_("left"),
    Direction.RIGHT: N_("right"),
    Direction.UP: N_("up"),
    Direction.DOWN: N_("down"),
    Direction.IN: N_("in"),
    Direction.OUT: N_("out"),
    Direction.CLOCKWISE: N_("clockwise"),
    Direction.COUNTERCLOCKWISE: N_("counterclockwise"),
    Direction.FORWARD: N_("forward"),
    Direction.BACKWARD: N_("backward"),
}


def move_word(kind: MoveKind) -> str:
    """``pan`` → 横摇 in 简体中文."""
    return _(_MOVES[kind])


def direction_word(direction: Direction) -> str:
    """``up`` → 向上 in 简体中文."""
    return _(_DIRECTIONS[direction])
