"""Storyboard to guidances payload: the app's own provider-neutral JSON document.

Every provider (the local previs renderer, Kling, later others) is fed from this payload,
never from the editable domain values, so what was sent can be stored with a job and
replayed exactly. Its JSON Schema is generated into ``docs/guidances.schema.json``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from storyboard_app.compiler.prompt import prompt_language, shot_prompt
from storyboard_app.domain.capabilities import RESOLUTION_OF_MODE
from storyboard_app.domain.models import CameraMove, DialogueLine, Project, Storyboard
from storyboard_app.domain.vocabulary import Angle, AspectRatio, ImageRole, Mode, ShotSize


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GuidanceReference(_Frozen):
    """A reference image bound to a shot, from the shot's own tray or a character's bible."""

    image: str = Field(description="Path inside the project folder, e.g. assets/3f2a….png")
    role: ImageRole
    label: str = Field(description="Who or what it shows, e.g. a character's name")
    source: Literal["shot", "character"]


class CharacterVoice(_Frozen):
    """How a character who speaks in the storyboard sounds, from the character bible."""

    name: str
    voice: str = Field(description="The bible's words, e.g. “low gravelly baritone”")


class Guidance(_Frozen):
    """One shot of the generation, with its prompt and everything it was built from."""

    index: int = Field(ge=1, description="1-based position in the generation")
    shot_id: str
    start: float = Field(ge=0, description="Start time inside the generation, seconds")
    duration: float = Field(gt=0, description="Seconds")
    prompt: str
    shot_size: ShotSize
    angle: Angle
    camera_moves: tuple[CameraMove, ...]
    subject: str
    action: str
    characters: tuple[str, ...]
    dialogue: tuple[DialogueLine, ...]
    sound: tuple[str, ...]
    references: tuple[GuidanceReference, ...]
    first_frame: str | None
    last_frame: str | None
    notes: str
    sketch: str | None = Field(
        default=None,
        description="The shot's sketched board (a PNG), shown by the local previs; a service "
        "gets it only as the first frame, when the director chose so",
    )


class GuidancesPayload(_Frozen):
    """A storyboard compiled for rendering, independent of any one service."""

    format: Literal["storyboard-app/guidances"] = "storyboard-app/guidances"
    format_version: Literal[1] = 1
    project: str
    storyboard: str
    storyboard_id: str
    model: str
    mode: Mode
    resolution: int = Field(description="Frame height in pixels for the mode")
    aspect_ratio: AspectRatio
    total_duration: float
    audio: bool
    style: str
    lighting: str
    negative_prompt: str
    seed: int | None
    prompt_language: Literal["en", "zh"] = Field(
        default="en", description="The language the prompts are written in"
    )
    guidances: tuple[Guidance, ...]
    references: tuple[str, ...] = Field(description="Every reference image, each once, in order")
    first_frame: str | None = Field(description="First frame of the whole generation (shot 1)")
    last_frame: str | None = Field(description="Last frame of the whole generation (last shot)")
    voices: tuple[CharacterVoice, ...] = Field(
        default=(),
        description="The voice of each character who speaks in the storyboard, if described",
    )
    cuts: Literal["director", "model"] = Field(
        default="director",
        description="director: each guidance is one shot, cut where the storyboard cuts; "
        "model: the guidances are the director's notes for one prompt of total_duration and "
        "the model decides the cuts itself (Kling's shot_type intelligence)",
    )


def _references(project: Project, board: Storyboard, index: int) -> tuple[GuidanceReference, ...]:
    shot = board.shots[index]
    refs = [
        GuidanceReference(image=r.image, role=r.role, label=r.label, source="shot")
        for r in shot.references
    ]
    for name in shot.cast():
        character = project.character(name)
        if character is not None:
            refs.extend(
                GuidanceReference(
                    image=path, role=ImageRole.CHARACTER, label=character.name, source="character"
                )
                for path in character.references
            )
    return tuple(refs)


def compile_guidances(project: Project, board_index: int) -> GuidancesPayload:
    """Compile one storyboard of a project into a guidances payload (pure, deterministic)."""
    board = project.storyboards[board_index]
    language = prompt_language(board)
    guidances = tuple(
        Guidance(
            index=i + 1,
            shot_id=shot.id,
            start=start,
            duration=shot.duration,
            prompt=shot_prompt(shot, board, project.characters, language),
            shot_size=shot.size,
            angle=shot.angle,
            camera_moves=shot.moves,
            subject=shot.subject,
            action=shot.action,
            characters=shot.cast(),
            dialogue=shot.dialogue,
            sound=shot.sound,
            references=_references(project, board, i),
            first_frame=shot.first_frame,
            last_frame=shot.last_frame,
            notes=shot.notes,
            sketch=shot.sketch.image if shot.sketch else None,
        )
        for i, (shot, start) in enumerate(zip(board.shots, board.shot_starts(), strict=True))
    )
    all_refs = tuple(dict.fromkeys(ref.image for g in guidances for ref in g.references))
    return GuidancesPayload(
        project=project.title,
        storyboard=board.name,
        storyboard_id=board.id,
        model=board.model,
        mode=board.mode,
        resolution=RESOLUTION_OF_MODE[board.mode],
        aspect_ratio=board.aspect_ratio,
        total_duration=board.total_duration,
        audio=board.audio,
        style=board.style,
        lighting=board.lighting,
        negative_prompt=board.negative_prompt,
        seed=board.seed,
        prompt_language=language,
        guidances=guidances,
        references=all_refs,
        first_frame=board.shots[0].first_frame if board.shots else None,
        last_frame=board.shots[-1].last_frame if board.shots else None,
        cuts=board.cuts,
        voices=_voices(project, board),
    )


def _voices(project: Project, board: Storyboard) -> tuple[CharacterVoice, ...]:
    speakers = dict.fromkeys(name for shot in board.shots for name in shot.speakers())
    found = (project.character(name) for name in speakers)
    return tuple(
        CharacterVoice(name=c.name, voice=" ".join(c.voice.split()))
        for c in found
        if c is not None and c.voice.strip()
    )


def guidances_schema() -> dict[str, object]:
    """The JSON Schema of the guidances payload, as written to ``docs/``."""
    schema = GuidancesPayload.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://storyboard-app.invalid/schemas/guidances-v1.json"
    return schema
