"""The film vocabulary's words in the window's language (combo items of the inspector).

The stored values (``ShotSize.WS``, ``MoveKind.PAN`` …) never change; only what a combo
shows is translated, through Qt's translators (context ``FilmWords``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storyboard_app.domain.vocabulary import (
    Angle,
    Direction,
    ImageRole,
    Mode,
    MoveKind,
    ShotSize,
    Speed,
)

CONTEXT = "FilmWords"

_SHOT_SIZES = {
    ShotSize.EWS: QT_TRANSLATE_NOOP("FilmWords", "extreme wide shot"),
    ShotSize.WS: QT_TRANSLATE_NOOP("FilmWords", "wide shot"),
    ShotSize.MLS: QT_TRANSLATE_NOOP("FilmWords", "medium long shot"),
    ShotSize.MS: QT_TRANSLATE_NOOP("FilmWords", "medium shot"),
    ShotSize.MCU: QT_TRANSLATE_NOOP("FilmWords", "medium close-up"),
    ShotSize.CU: QT_TRANSLATE_NOOP("FilmWords", "close-up"),
    ShotSize.ECU: QT_TRANSLATE_NOOP("FilmWords", "extreme close-up"),
    ShotSize.TWO_SHOT: QT_TRANSLATE_NOOP("FilmWords", "two-shot"),
    ShotSize.OTS: QT_TRANSLATE_NOOP("FilmWords", "over-the-shoulder shot"),
    ShotSize.POV: QT_TRANSLATE_NOOP("FilmWords", "point-of-view shot"),
    ShotSize.INSERT: QT_TRANSLATE_NOOP("FilmWords", "insert shot"),
}
_ANGLES = {
    Angle.EYE_LEVEL: QT_TRANSLATE_NOOP("FilmWords", "eye-level angle"),
    Angle.HIGH: QT_TRANSLATE_NOOP("FilmWords", "high angle"),
    Angle.LOW: QT_TRANSLATE_NOOP("FilmWords", "low angle"),
    Angle.BIRDS_EYE: QT_TRANSLATE_NOOP("FilmWords", "bird's-eye view"),
    Angle.WORMS_EYE: QT_TRANSLATE_NOOP("FilmWords", "worm's-eye view"),
    Angle.DUTCH: QT_TRANSLATE_NOOP("FilmWords", "dutch angle"),
}
_MOVES = {
    MoveKind.STATIC: QT_TRANSLATE_NOOP("FilmWords", "static"),
    MoveKind.PAN: QT_TRANSLATE_NOOP("FilmWords", "pan"),
    MoveKind.TILT: QT_TRANSLATE_NOOP("FilmWords", "tilt"),
    MoveKind.TRUCK: QT_TRANSLATE_NOOP("FilmWords", "truck"),
    MoveKind.PEDESTAL: QT_TRANSLATE_NOOP("FilmWords", "pedestal"),
    MoveKind.CRANE: QT_TRANSLATE_NOOP("FilmWords", "crane"),
    MoveKind.DOLLY: QT_TRANSLATE_NOOP("FilmWords", "dolly"),
    MoveKind.ZOOM: QT_TRANSLATE_NOOP("FilmWords", "zoom"),
    MoveKind.ROLL: QT_TRANSLATE_NOOP("FilmWords", "roll"),
    MoveKind.ORBIT: QT_TRANSLATE_NOOP("FilmWords", "orbit"),
    MoveKind.HANDHELD: QT_TRANSLATE_NOOP("FilmWords", "handheld"),
    MoveKind.TRACKING: QT_TRANSLATE_NOOP("FilmWords", "tracking"),
    MoveKind.RACK_FOCUS: QT_TRANSLATE_NOOP("FilmWords", "rack-focus"),
    MoveKind.DOLLY_ZOOM: QT_TRANSLATE_NOOP("FilmWords", "dolly-zoom"),
}
_DIRECTIONS = {
    Direction.NONE: QT_TRANSLATE_NOOP("FilmWords", "none"),
    Direction.LEFT: QT_TRANSLATE_NOOP("FilmWords", "left"),
    Direction.RIGHT: QT_TRANSLATE_NOOP("FilmWords", "right"),
    Direction.UP: QT_TRANSLATE_NOOP("FilmWords", "up"),
    Direction.DOWN: QT_TRANSLATE_NOOP("FilmWords", "down"),
    Direction.IN: QT_TRANSLATE_NOOP("FilmWords", "in"),
    Direction.OUT: QT_TRANSLATE_NOOP("FilmWords", "out"),
    Direction.CLOCKWISE: QT_TRANSLATE_NOOP("FilmWords", "clockwise"),
    Direction.COUNTERCLOCKWISE: QT_TRANSLATE_NOOP("FilmWords", "counterclockwise"),
    Direction.FORWARD: QT_TRANSLATE_NOOP("FilmWords", "forward"),
    Direction.BACKWARD: QT_TRANSLATE_NOOP("FilmWords", "backward"),
}
_SPEEDS = {
    Speed.SLOW: QT_TRANSLATE_NOOP("FilmWords", "slow"),
    Speed.MEDIUM: QT_TRANSLATE_NOOP("FilmWords", "medium"),
    Speed.FAST: QT_TRANSLATE_NOOP("FilmWords", "fast"),
}
_MODES = {
    Mode.STD: QT_TRANSLATE_NOOP("FilmWords", "std – 720p"),
    Mode.PRO: QT_TRANSLATE_NOOP("FilmWords", "pro – 1080p"),
    Mode.UHD_4K: QT_TRANSLATE_NOOP("FilmWords", "4k – 2160p"),
}
_ROLES = {
    ImageRole.CHARACTER: QT_TRANSLATE_NOOP("FilmWords", "a character"),
    ImageRole.PRODUCT: QT_TRANSLATE_NOOP("FilmWords", "a product or prop"),
    ImageRole.LOCATION: QT_TRANSLATE_NOOP("FilmWords", "a place"),
    ImageRole.STYLE: QT_TRANSLATE_NOOP("FilmWords", "the look (style)"),
}
_ROLE_WORDS = {
    ImageRole.CHARACTER: QT_TRANSLATE_NOOP("FilmWords", "character"),
    ImageRole.PRODUCT: QT_TRANSLATE_NOOP("FilmWords", "product"),
    ImageRole.LOCATION: QT_TRANSLATE_NOOP("FilmWords", "location"),
    ImageRole.STYLE: QT_TRANSLATE_NOOP("FilmWords", "style"),
}
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("FilmWords", "English"),
    "zh": QT_TRANSLATE_NOOP("FilmWords", "Chinese"),
    "ja": QT_TRANSLATE_NOOP("FilmWords", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("FilmWords", "Korean"),
    "es": QT_TRANSLATE_NOOP("FilmWords", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("FilmWords", "French"),
    "de": QT_TRANSLATE_NOOP("FilmWords", "German"),
    "it": QT_TRANSLATE_NOOP("FilmWords", "Italian"),
    "pt": QT_TRANSLATE_NOOP("FilmWords", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("FilmWords", "Russian"),
}


def _translated(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def shot_size_label(size: ShotSize) -> str:
    """ "WS – wide shot" / "WS – 远景": the code stays, the words are translated."""
    return f"{size.value} – {_translated(_SHOT_SIZES[size])}"


def angle_label(angle: Angle) -> str:
    """The angle in words."""
    return _translated(_ANGLES[angle])


def move_label(kind: MoveKind) -> str:
    """The camera move in words."""
    return _translated(_MOVES[kind])


def direction_label(direction: Direction) -> str:
    """Which way a move goes, in words."""
    return _translated(_DIRECTIONS[direction])


def speed_label(speed: Speed) -> str:
    """How fast, in words."""
    return _translated(_SPEEDS[speed])


def mode_label(mode: Mode) -> str:
    """The render tier and its resolution."""
    return _translated(_MODES[mode])


def role_label(role: ImageRole) -> str:
    """What a reference picture stands for."""
    return _translated(_ROLES[role])


def role_word(role: ImageRole) -> str:
    """A picture's role in one word (the narrow combo under each reference)."""
    return _translated(_ROLE_WORDS[role])


def language_label(code: str) -> str:
    """A dialogue line's language."""
    return _translated(_LANGUAGES[code])
