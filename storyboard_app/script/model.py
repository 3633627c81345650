"""A screenplay as the breakdown needs it, whatever the file format was."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyboard_app.i18n import N_, _


class ScriptError(Exception):
    """A screenplay could not be read; the message names the file and the line."""


@dataclass(frozen=True)
class Part:
    """A stretch of a speech and how it is said (the parenthetical before it)."""

    text: str
    delivery: str = ""


@dataclass(frozen=True)
class Line:
    """One speech: who says it and what, in parts split by parentheticals."""

    character: str
    """The name as written on the cue, without its extension."""
    parts: tuple[Part, ...]
    extension: str = ""
    """V.O., O.S., CONT'D… as written after the name."""

    @property
    def text(self) -> str:
        """Everything said, in one string."""
        return " ".join(part.text for part in self.parts if part.text)


@dataclass(frozen=True)
class Beat:
    """One thing that happens in a scene, in order.

    ``kind`` is "action", "dialogue" (one line, or two for dual dialogue, which stays
    together), "centered", "lyric" (a sung line outside a speech), "shot" (a camera
    direction on its own: Final Draft's Shot paragraph) or "transition".
    """

    kind: str
    line_number: int
    text: str = ""
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Scene:
    """A scene: its heading and what happens in it; the prologue has no heading."""

    number: int
    """Position in the script: 1 for the first heading; 0 for the prologue."""
    heading: str
    line_number: int
    beats: tuple[Beat, ...] = ()
    scene_number: str = ""
    """The number written in the script (``#12A#``), if any."""

    @property
    def label(self) -> str:
        """How people name it: "Scene 12A" (its written number, else its position), "Prologue"."""
        if not self.heading:
            return _("Prologue")
        return _("Scene {number}").format(number=self.scene_number or self.number)


@dataclass(frozen=True)
class Skipped:
    """Something in the file that gives no shot, where it was and what it said."""

    line: int
    """Line of the file (Fountain) or number of the paragraph (Final Draft)."""
    kind: str
    """A key of :data:`SKIPPED_REASONS`."""
    text: str = ""


SKIPPED_REASONS = {
    "note": N_("notes to the writer are not shots"),
    "boneyard": N_("the writer took it out of the script (/* … */)"),
    "section": N_("sections organise the script; they are not on screen"),
    "synopsis": N_("synopses describe the script; they are not on screen"),
    "page break": N_("page breaks are layout"),
    "title page": N_("title page fields other than the title are not on screen"),
    "script note": N_("Final Draft script notes are not shots"),
    "scene summary": N_("Final Draft scene summaries are not shots"),
    "act": N_("act markers organise the script; they are not on screen"),
    "cast list": N_("the cast list is not on screen"),
}
"""Why each kind of skipped text gives no shot (shown with the import, translated with
``_``)."""


@dataclass(frozen=True)
class Script:
    """A whole screenplay, and what in its file gives no shots."""

    title: str
    scenes: tuple[Scene, ...] = field(default=())
    skipped: tuple[Skipped, ...] = ()
    unit: str = "line"
    """What :attr:`Skipped.line` counts: "line" (Fountain) or "paragraph" (Final Draft)."""
