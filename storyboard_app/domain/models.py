"""Immutable domain values: project, storyboards, shots, characters.

Pydantic enforces only what holds for every model and service (types, non-negative times,
non-empty names). Limits that depend on the chosen video model (shot count, durations,
prompt lengths, image rules) are *not* enforced here: a board may go over them while a
director edits it, and :mod:`storyboard_app.compiler.validation` reports them as problems.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)

from storyboard_app.domain.vocabulary import (
    Angle,
    AspectRatio,
    Direction,
    ImageRole,
    Mode,
    MoveKind,
    PromptLanguage,
    ShotSize,
    Speed,
)

SCHEMA_VERSION = 1
"""Version of the project file format written by this build."""

DEFAULT_MODEL = "kling-v3"

AssetPath = Annotated[str, StringConstraints(min_length=1, pattern=r"^[^\\]+$")]
"""A path relative to the project folder, with forward slashes (e.g. ``assets/ab12.png``)."""

Seconds = Annotated[float, Field(ge=0, le=3600)]


def new_id() -> str:
    """A stable, unique id for a shot or storyboard."""
    return uuid.uuid4().hex[:12]


class Value(BaseModel):
    """Base of every domain value: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    def evolve(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and *validated* (``model_copy`` would skip that)."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)


class CameraMove(Value):
    """One camera move inside a shot, optionally limited to a time window (seconds)."""

    kind: MoveKind = MoveKind.STATIC
    direction: Direction = Direction.NONE
    speed: Speed = Speed.MEDIUM
    start: Seconds | None = None
    end: Seconds | None = None


class DialogueLine(Value):
    """A spoken line: who says it, how, what, in which language."""

    character: str
    line: str
    delivery: str = ""
    language: str = "en"


class ReferenceImage(Value):
    """An image that guides the render, with the role it plays."""

    image: AssetPath
    role: ImageRole = ImageRole.CHARACTER
    label: str = ""
    """Who or what it shows ("Ray", "the espresso machine"), used in prompts."""


class Sketch(Value):
    """A board drawn for a shot: the picture every view uses, and the strokes it was drawn
    with (:class:`storyboard_app.domain.sketch.SketchDocument`), so it stays editable."""

    image: AssetPath
    strokes: AssetPath


class Shot(Value):
    """One shot of a storyboard."""

    id: str = Field(default_factory=new_id, min_length=1)
    size: ShotSize = ShotSize.MS
    angle: Angle = Angle.EYE_LEVEL
    moves: tuple[CameraMove, ...] = ()
    duration: Annotated[float, Field(gt=0, le=3600)] = 3.0
    subject: str = ""
    action: str = ""
    characters: tuple[str, ...] = ()
    dialogue: tuple[DialogueLine, ...] = ()
    sound: tuple[str, ...] = ()
    references: tuple[ReferenceImage, ...] = ()
    first_frame: AssetPath | None = None
    last_frame: AssetPath | None = None
    notes: str = ""
    sketch: Sketch | None = None

    def picture(self) -> str | None:
        """The image that shows the shot: its sketched board, else its first frame, else its
        first reference image."""
        if self.sketch:
            return self.sketch.image
        if self.first_frame:
            return self.first_frame
        return self.references[0].image if self.references else None

    def speakers(self) -> tuple[str, ...]:
        """Characters who speak in this shot, in order of first line."""
        return tuple(dict.fromkeys(line.character for line in self.dialogue))

    def cast(self) -> tuple[str, ...]:
        """Characters seen or heard in this shot: the listed ones, then any other speaker."""
        return tuple(dict.fromkeys((*self.characters, *self.speakers())))


Cuts = Literal["director", "model"]
"""Who decides a storyboard's cuts: the director's shots, or the video model."""


class Storyboard(Value):
    """One generation: a run of shots rendered together by one model."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] = "Storyboard"
    model: str = DEFAULT_MODEL
    mode: Mode = Mode.STD
    aspect_ratio: AspectRatio = AspectRatio.WIDE
    audio: bool = True
    style: str = ""
    lighting: str = ""
    negative_prompt: str = ""
    seed: Annotated[int, Field(ge=0, le=2**32 - 1)] | None = None
    prompt_language: PromptLanguage = PromptLanguage.AUTO
    """English or Chinese prompts; ``auto`` (and files from before it existed) follows the
    language most of the storyboard's text is written in."""
    shots: tuple[Shot, ...] = ()
    cuts: Cuts = "director"
    """Who cuts: "director" (each shot is one cut) or "model" ("Let Kling cut": the shots
    are the director's notes for one prompt and the model plans the cuts itself)."""

    @model_serializer(mode="wrap")
    def _omit_default_cuts(self, handler: SerializerFunctionWrapHandler) -> Any:
        # Written only when used, so project files that do not use it stay as they were
        # (and open in builds that predate it).
        data = handler(self)
        if isinstance(data, dict) and data.get("cuts") == "director":
            del data["cuts"]
        return data

    @property
    def total_duration(self) -> float:
        """Sum of the shot durations, in seconds."""
        return sum(shot.duration for shot in self.shots)

    def shot_starts(self) -> tuple[float, ...]:
        """Start time of each shot inside the storyboard, in seconds."""
        starts: list[float] = []
        elapsed = 0.0
        for shot in self.shots:
            starts.append(elapsed)
            elapsed += shot.duration
        return tuple(starts)


class Character(Value):
    """A person (or creature, or mascot) who recurs across shots."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    appearance: str = ""
    wardrobe: str = ""
    voice: str = ""
    references: tuple[AssetPath, ...] = ()
    voice_id: str = ""
    """A preset voice of the video service, by its id (Kling's official voices, §14.3)."""
    voice_sample: AssetPath | None = None
    """A 5–30 s recording of how the character sounds, to make a custom voice from (§14.2);
    the custom voice's id belongs to the account, so it is kept in the element store."""

    @model_serializer(mode="wrap")
    def _omit_unused_voice(self, handler: SerializerFunctionWrapHandler) -> Any:
        # Written only when used: files that do not use them stay as they were.
        data = handler(self)
        if isinstance(data, dict):
            if data.get("voice_id") == "":
                del data["voice_id"]
            if data.get("voice_sample") is None:
                data.pop("voice_sample", None)
        return data


class Project(Value):
    """A whole project: storyboards rendered one after another, and the characters in them."""

    schema_version: int = SCHEMA_VERSION
    title: str = "Untitled"
    storyboards: tuple[Storyboard, ...] = Field(default=(Storyboard(),), min_length=1)
    characters: tuple[Character, ...] = ()

    def character(self, name: str) -> Character | None:
        """The character of that name (case-insensitive), if the project has one."""
        wanted = name.casefold()
        return next((c for c in self.characters if c.name.casefold() == wanted), None)

    def storyboard_index(self, name_or_number: str) -> int | None:
        """Index of a storyboard given its 1-based number or its name (case-insensitive)."""
        if name_or_number.isdigit():
            index = int(name_or_number) - 1
            return index if 0 <= index < len(self.storyboards) else None
        wanted = name_or_number.strip().casefold()
        for index, board in enumerate(self.storyboards):
            if board.name.casefold() == wanted:
                return index
        return None

    def asset_paths(self) -> tuple[str, ...]:
        """Every asset the project refers to, each once, in a stable order."""
        paths: list[str] = []
        for character in self.characters:
            paths.extend(character.references)
            if character.voice_sample:
                paths.append(character.voice_sample)
        for board in self.storyboards:
            for shot in board.shots:
                paths.extend(ref.image for ref in shot.references)
                paths.extend(p for p in (shot.first_frame, shot.last_frame) if p)
                if shot.sketch:
                    paths.extend((shot.sketch.image, shot.sketch.strokes))
        return tuple(dict.fromkeys(paths))
