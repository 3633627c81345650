"""Shot to prompt: a cinematographer's wording built from the shot's fields.

Pure and deterministic: the same shot, storyboard and characters always give the same text,
so golden files can pin it. Characters are described the same way in every shot they are
in, which is what keeps a model drawing them consistently.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyboard_app.domain.models import CameraMove, Character, DialogueLine, Shot, Storyboard
from storyboard_app.domain.vocabulary import LANGUAGE_NAMES, Direction, MoveKind


def sentence(text: str) -> str:
    """Trimmed text ending in a full stop (or its own ! ? . or closing quote)."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?\"'”…" else text + "."


def _seconds(value: float) -> str:
    return f"{value:g}"


_MOVE_PHRASES: dict[tuple[MoveKind, Direction], str] = {
    (MoveKind.STATIC, Direction.NONE): "static camera, locked off",
    (MoveKind.PAN, Direction.LEFT): "pan left",
    (MoveKind.PAN, Direction.RIGHT): "pan right",
    (MoveKind.TILT, Direction.UP): "tilt up",
    (MoveKind.TILT, Direction.DOWN): "tilt down",
    (MoveKind.TRUCK, Direction.LEFT): "truck left",
    (MoveKind.TRUCK, Direction.RIGHT): "truck right",
    (MoveKind.PEDESTAL, Direction.UP): "pedestal up",
    (MoveKind.PEDESTAL, Direction.DOWN): "pedestal down",
    (MoveKind.CRANE, Direction.UP): "crane up",
    (MoveKind.CRANE, Direction.DOWN): "crane down",
    (MoveKind.DOLLY, Direction.IN): "dolly in",
    (MoveKind.DOLLY, Direction.OUT): "dolly out",
    (MoveKind.ZOOM, Direction.IN): "zoom in",
    (MoveKind.ZOOM, Direction.OUT): "zoom out",
    (MoveKind.ROLL, Direction.CLOCKWISE): "camera roll clockwise",
    (MoveKind.ROLL, Direction.COUNTERCLOCKWISE): "camera roll counterclockwise",
    (MoveKind.ORBIT, Direction.LEFT): "orbit left around the subject",
    (MoveKind.ORBIT, Direction.RIGHT): "orbit right around the subject",
    (MoveKind.HANDHELD, Direction.NONE): "handheld, subtle natural shake",
    (MoveKind.TRACKING, Direction.FORWARD): "tracking shot moving forward with the subject",
    (MoveKind.TRACKING, Direction.BACKWARD): "tracking shot leading the subject backward",
    (MoveKind.TRACKING, Direction.LEFT): "tracking shot moving left with the subject",
    (MoveKind.TRACKING, Direction.RIGHT): "tracking shot moving right with the subject",
    (MoveKind.RACK_FOCUS, Direction.IN): "rack focus to the foreground",
    (MoveKind.RACK_FOCUS, Direction.OUT): "rack focus to the background",
    (MoveKind.DOLLY_ZOOM, Direction.IN): "dolly zoom in, background stretching away",
    (MoveKind.DOLLY_ZOOM, Direction.OUT): "dolly zoom out, background closing in",
}


def move_phrase(move: CameraMove) -> str:
    """A camera move in words, with its speed and time window: "slow dolly in (0-2 s)"."""
    phrase = _MOVE_PHRASES.get((move.kind, move.direction))
    if phrase is None:  # a direction the move does not take: validation reports it
        phrase = f"{move.kind.value} {move.direction.value}".replace(" none", "")
    if move.kind not in (MoveKind.STATIC, MoveKind.HANDHELD):
        phrase = f"{move.speed.value} {phrase}"
    if move.start is not None or move.end is not None:
        start = _seconds(move.start) if move.start is not None else "0"
        end = _seconds(move.end) if move.end is not None else "end"
        phrase += f" ({start}-{end} s)"
    return phrase


def character_phrase(character: Character) -> str:
    """The one description of a character used in every shot they are in."""
    details = [part for part in (character.appearance.strip(), character.wardrobe.strip()) if part]
    if character.wardrobe.strip():
        details[-1] = "wearing " + character.wardrobe.strip()
    return f"{character.name} ({'; '.join(details)})" if details else character.name


PROMPT_NAME_MAX = 40
"""Longest speaker name a dialogue tag carries; the project keeps the whole name."""


def short_name(name: str, limit: int = PROMPT_NAME_MAX) -> str:
    """A name as a prompt carries it: whole up to ``limit`` characters, else cut at a word."""
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:-– ") + "…"


def dialogue_tag(line: DialogueLine) -> str:
    """A dialogue line as the models read it: ``[Name, delivery]: "line"``."""
    qualifiers = [short_name(line.character)]
    if line.delivery.strip():
        qualifiers.append(line.delivery.strip())
    if line.language != "en":
        qualifiers.append("in " + LANGUAGE_NAMES.get(line.language, line.language))
    return f'[{", ".join(qualifiers)}]: "{line.line.strip()}"'


def shot_prompt(shot: Shot, board: Storyboard, characters: Sequence[Character]) -> str:
    """The provider-neutral prompt of one shot."""
    framing = f"{shot.size.words.capitalize()}, {shot.angle.words}."
    parts = [framing, sentence(shot.subject), sentence(shot.action)]
    by_name = {c.name.casefold(): c for c in characters}
    described = [by_name[name.casefold()] for name in shot.cast() if name.casefold() in by_name]
    described = [c for c in described if c.appearance.strip() or c.wardrobe.strip()]
    if described:
        parts.append(sentence("; ".join(character_phrase(c) for c in described)))
    if shot.moves:
        parts.append(sentence("Camera: " + ", then ".join(move_phrase(m) for m in shot.moves)))
    parts.extend(dialogue_tag(line) for line in shot.dialogue if line.line.strip())
    tags = [tag.strip() for tag in shot.sound if tag.strip()]
    if tags:
        parts.append(f"[SFX: {', '.join(tags)}]")
    if board.style.strip():
        parts.append(sentence("Style: " + board.style.strip()))
    if board.lighting.strip():
        parts.append(sentence("Lighting: " + board.lighting.strip()))
    return " ".join(part for part in parts if part)
