"""Checks a project file must pass beyond its schema, and load messages a person can act on.

Nothing outside the project folder may be read: every asset path must be relative, stay
inside the folder (also through symlinks) and name a regular file (a FIFO or device would
block a read for ever). Absurd sizes are refused with a message naming the field instead of
freezing the window or raising a traceback. The messages are in the app's language
(:mod:`storyboard_app.i18n`), Pydantic's and the JSON reader's included.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from storyboard_app.domain.models import Project
from storyboard_app.i18n import _

MAX_FIELD_CHARS = 20_000
"""The longest text one field may hold (a prompt takes at most 2,500 characters)."""
MAX_DEPTH = 32
"""The deepest nesting of JSON arrays and objects a project file may have (a real one has 7)."""


def format_location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or _("(top level)")


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
        message = validation_message(item)
        if isinstance(item.get("input"), NotANumber):
            message = _("not a number ({value})").format(value=repr(item["input"]))
        lines.append(f"{format_location(loc)}: {message}")
    return "\n".join(lines)


def _validation_templates() -> dict[str, str]:
    """Pydantic's messages for the errors a project file can have, translatable (the English
    ones are Pydantic's own templates)."""
    return {
        "missing": _("Field required"),
        "extra_forbidden": _("Extra inputs are not permitted"),
        "model_type": _("Input should be a JSON object"),
        "model_attributes_type": _("Input should be a JSON object"),
        "dict_type": _("Input should be a valid dictionary"),
        "list_type": _("Input should be a valid list"),
        "tuple_type": _("Input should be a valid list"),
        "string_type": _("Input should be a valid string"),
        "bool_type": _("Input should be a valid boolean"),
        "bool_parsing": _("Input should be a valid boolean, unable to interpret input"),
        "int_type": _("Input should be a valid integer"),
        "int_parsing": _("Input should be a valid integer, unable to parse string as an integer"),
        "int_from_float": _("Input should be a valid integer, got a number with a fractional part"),
        "float_type": _("Input should be a valid number"),
        "float_parsing": _("Input should be a valid number, unable to parse string as a number"),
        "finite_number": _("Input should be a finite number"),
        "greater_than": _("Input should be greater than {gt}"),
        "greater_than_equal": _("Input should be greater than or equal to {ge}"),
        "less_than": _("Input should be less than {lt}"),
        "less_than_equal": _("Input should be less than or equal to {le}"),
        "enum": _("Input should be {expected}"),
        "literal_error": _("Input should be {expected}"),
        "too_short": _("should have at least {min_length} items, not {actual_length}"),
        "too_long": _("should have at most {max_length} items, not {actual_length}"),
        "string_too_short": _("should have at least {min_length} characters"),
        "string_too_long": _("should have at most {max_length} characters"),
    }


def validation_message(item: ErrorDetails) -> str:
    """One of Pydantic's errors in the app's language (its own English message for a kind
    of error no project file was seen to have)."""
    template = _validation_templates().get(item["type"])
    context = {
        key: f"{value:g}" if isinstance(value, float) else value
        for key, value in (item.get("ctx") or {}).items()
    }
    if "expected" in context:  # "'std', 'pro' or '4k'"
        context["expected"] = str(context["expected"]).replace(" or ", _(" or "))
    try:
        return item["msg"] if template is None else template.format(**context)
    except (KeyError, IndexError):
        return item["msg"]


def json_error(message: str) -> str:
    """The JSON reader's error message in the app's language."""
    words = {
        "Expecting value": _("Expecting value"),
        "Expecting property name enclosed in double quotes": _(
            "Expecting property name enclosed in double quotes"
        ),
        "Expecting ',' delimiter": _("Expecting ',' delimiter"),
        "Expecting ':' delimiter": _("Expecting ':' delimiter"),
        "Extra data": _("Extra data"),
        "Invalid control character at": _("Invalid control character at"),
        "Invalid \\escape": _("Invalid \\escape"),
        "Invalid \\uXXXX escape": _("Invalid \\uXXXX escape"),
        "Unterminated string starting at": _("Unterminated string starting at"),
        "Illegal trailing comma before end of object": _(
            "Illegal trailing comma before end of object"
        ),
        "Illegal trailing comma before end of array": _(
            "Illegal trailing comma before end of array"
        ),
    }
    return words.get(message, message)


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
            deep = _("nested too deeply (over {levels} levels)").format(levels=MAX_DEPTH)
            return [f"{format_location(location)}: {deep}"]
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            long = _("{count} characters; a field holds at most {most}").format(
                count=f"{len(value):,}", most=f"{MAX_FIELD_CHARS:,}"
            )
            problems.append(f"{format_location(location)}: {long}")
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
        return _("“{path}” is an absolute path").format(path=path)
    if ".." in path.split("/"):
        return _("“{path}” climbs out with “..”").format(path=path)
    return ""


def asset_problem(folder: Path, path: str) -> str:
    """What keeps an asset path from naming a regular file inside ``folder`` ('' if nothing:
    a missing file is not a problem here, validation reports it)."""
    lexical = outside_reason(path)
    if lexical:
        return _("{reason}: it lies outside the project folder").format(reason=lexical)
    root = folder.resolve()
    target = (folder / path).resolve()
    if not target.is_relative_to(root):
        return _("“{path}” leads to {target}, outside the project folder").format(
            path=path, target=target
        )
    try:
        mode = target.stat().st_mode
    except OSError:
        return ""
    if not stat.S_ISREG(mode):
        return _("“{path}” is not a regular file (a pipe, device or folder)").format(path=path)
    return ""
