"""A sketched board as strokes: what keeps a drawing editable after its PNG is written.

Coordinates are canvas pixels (the canvas is 4K at the storyboard's aspect ratio); a point
carries the pen's pressure (0–1, 1 for a mouse). Strokes are kept in drawing order; an
eraser stroke removes what the sketch strokes before it drew. Arrows and notes sit on a
layer of their own above the sketch.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from storyboard_app.domain.models import Value
from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.i18n import _

CANVAS_SHORT_SIDE = 2160
"""The canvas's shorter side in pixels: 4K UHD (3840×2160 for 16:9)."""

TONES = {
    "ink": (22, 22, 26),
    "dark": (72, 72, 78),
    "mid": (128, 128, 134),
    "light": (188, 188, 192),
    "red": (214, 56, 40),
}
"""The tones a stroke can take: four greys for drawing, red for arrows and notes."""

WEIGHTS = (4.0, 8.0, 16.0, 32.0, 64.0)
"""Line weights, canvas pixels (a 4K canvas: 8 px is a fine pen at any display size)."""


class Tool(StrEnum):
    """What a stroke was made with."""

    PEN = "pen"
    PENCIL = "pencil"
    ERASER = "eraser"
    ARROW = "arrow"
    NOTE = "note"

    @property
    def on_notes_layer(self) -> bool:
        """Arrows and notes are drawn on their own layer, above the sketch."""
        return self in (Tool.ARROW, Tool.NOTE)


Point = tuple[float, float, Annotated[float, Field(ge=0, le=1)]]


class Stroke(Value):
    """One stroke: a tool, a tone, a weight and the points it went through."""

    tool: Tool
    tone: Literal["ink", "dark", "mid", "light", "red"] = "ink"
    weight: Annotated[float, Field(gt=0, le=512)] = 8.0
    points: tuple[Point, ...] = Field(min_length=1)
    text: str = ""
    """What a note says."""


class SketchDocument(Value):
    """Every stroke of a board, and how its layers are shown."""

    format: Literal["storyboard-app/sketch"] = "storyboard-app/sketch"
    format_version: Literal[1] = 1
    width: Annotated[int, Field(gt=0, le=8192)]
    height: Annotated[int, Field(gt=0, le=8192)]
    strokes: tuple[Stroke, ...] = ()
    underlay_opacity: Annotated[float, Field(ge=0, le=1)] = 0.35
    underlay_in_board: bool = False
    """Whether the board's PNG keeps the underlay (a photo annotated) or is the drawing alone."""

    @classmethod
    def blank(cls, aspect: AspectRatio) -> SketchDocument:
        """An empty 4K canvas at ``aspect``."""
        width, height = canvas_size(aspect)
        return cls(width=width, height=height)

    def to_json(self) -> str:
        """The document as compact JSON."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> SketchDocument:
        """Read a document; raises :class:`SketchError` saying what is wrong."""
        try:
            return cls.model_validate_json(text)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or _("the file")
            message = _("The sketch's strokes cannot be read: {where}: {reason}.").format(
                where=where, reason=first["msg"]
            )
            raise SketchError(message) from None


class SketchError(Exception):
    """A strokes file is damaged; the message is meant for the user."""


def canvas_size(aspect: AspectRatio) -> tuple[int, int]:
    """The 4K canvas for an aspect ratio (3840×2160, 2160×3840, 2160×2160)."""
    ratio = aspect.ratio
    if ratio >= 1:
        return round(CANVAS_SHORT_SIDE * ratio), CANVAS_SHORT_SIDE
    return CANVAS_SHORT_SIDE, round(CANVAS_SHORT_SIDE / ratio)
