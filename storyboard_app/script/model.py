"""A screenplay as the breakdown needs it, whatever the file format was."""

from __future__ import annotations

from dataclasses import dataclass, field


class ScriptError(Exception):
    """A screenplay could not be read; the message names the file and the line."""


@dataclass(frozen=True)
class Line:
    """One line of dialogue: who, how (the parenthetical), what."""

    character: str
    text: str
    delivery: str = ""
    extension: str = ""
    """V.O., O.S., CONT'D… as written after the name."""


@dataclass(frozen=True)
class Beat:
    """One thing that happens in a scene, in order.

    ``kind`` is "action", "dialogue" (one or two lines: two for dual dialogue, which stays
    together), "centered" or "transition".
    """

    kind: str
    line_number: int
    text: str = ""
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Scene:
    """A scene: its heading and what happens in it."""

    number: int
    heading: str
    line_number: int
    beats: tuple[Beat, ...] = ()
    scene_number: str = ""
    """The number written in the script (``#12A#``), if any."""


@dataclass(frozen=True)
class Script:
    """A whole screenplay."""

    title: str
    scenes: tuple[Scene, ...] = field(default=())
