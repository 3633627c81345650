"""Checks a project file must pass beyond its schema, and load messages a person can act on.

Nothing outside the project folder may be read: every asset path must be relative, stay
inside the folder (also through symlinks) and name a regular file (a FIFO or device would
block a read for ever). Absurd sizes are refused with a message naming the field instead of
freezing the window or raising a traceback.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from storyboard_app.domain.models import Project

MAX_FIELD_CHARS = 20_000
"""The longest text one field may hold (a prompt takes at most 2,500 characters)."""
MAX_DEPTH = 32
"""The deepest nesting of JSON arrays and objects a project file may have (a real one has 7)."""


def format_location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


class NotANumber:
    """What ``NaN`` and ``Infinity`` in a project file parse to: no number at all."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as ``path: message`` lines a person can act on.

    A field's own error is enough: the follow-on complaints Pydantic adds about the
    containers around it (a storyboard list that "should have at least 1 item" because
    its only storyboard was refused) are dropped.
    """
    lines = []
    items = error.errors()
    locations = [tuple(item["loc"]) for item in items]
    for item, loc in zip(items, locations, strict=True):
        inner = any(other[: len(loc)] == loc and len(other) > len(loc) for other in locations)
        if inner and item["type"] in ("too_short", "missing"):
            continue
        if item["type"] == "too_short" and any(
            len(other) > len(loc) and other[: len(loc) - 1] == loc[:-1] for other in locations
        ):
            continue
        message = item["msg"]
        if isinstance(item.get("input"), NotANumber):
            message = f"not a number ({item['input']!r})"
        lines.append(f"{format_location(loc)}: {message}")
    return "\n".join(lines)


def ends_open(text: str) -> bool:
    """Whether JSON text ends inside a string or with brackets left open (cut short)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def json_problems(data: object) -> list[str]:
    """What makes parsed JSON unfit to be a project, whatever its fields: nesting deeper than
    :data:`MAX_DEPTH`, text longer than :data:`MAX_FIELD_CHARS` (a window would freeze
    laying it out). Walked without recursion."""
    problems: list[str] = []
    stack: list[tuple[object, tuple[int | str, ...]]] = [(data, ())]
    while stack:
        value, location = stack.pop()
        if len(location) > MAX_DEPTH:
            return [f"{format_location(location)}: nested too deeply (over {MAX_DEPTH} levels)"]
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            problems.append(
                f"{format_location(location)}: {len(value):,} characters; a field holds at "
                f"most {MAX_FIELD_CHARS:,}"
            )
        elif isinstance(value, dict):
            stack.extend((item, (*location, str(key))) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, (*location, index)) for index, item in enumerate(value))
    return sorted(problems)


def asset_fields(project: Project) -> Iterator[tuple[str, str]]:
    """Every asset path of the project with the field that names it."""
    for c, character in enumerate(project.characters):
        for r, path in enumerate(character.references):
            yield f"characters[{c}].references[{r}]", path
    for b, board in enumerate(project.storyboards):
        for s, shot in enumerate(board.shots):
            where = f"storyboards[{b}].shots[{s}]"
            for r, reference in enumerate(shot.references):
                yield f"{where}.references[{r}].image", reference.image
            if shot.first_frame:
                yield f"{where}.first_frame", shot.first_frame
            if shot.last_frame:
                yield f"{where}.last_frame", shot.last_frame


def outside_reason(path: str) -> str:
    """Why an asset path names no place inside the project folder ('' when it does)."""
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        return "is an absolute path"
    if ".." in path.split("/"):
        return "climbs out with “..”"
    return ""


def asset_problem(folder: Path, path: str) -> str:
    """What keeps an asset path from naming a regular file inside ``folder`` ('' if nothing:
    a missing file is not a problem here, validation reports it)."""
    lexical = outside_reason(path)
    if lexical:
        return f"“{path}” {lexical}: it lies outside the project folder"
    root = folder.resolve()
    target = (folder / path).resolve()
    if not target.is_relative_to(root):
        return f"“{path}” leads to {target}, outside the project folder"
    try:
        mode = target.stat().st_mode
    except OSError:
        return ""
    if not stat.S_ISREG(mode):
        return f"“{path}” is not a regular file (a pipe, device or folder)"
    return ""
