"""Problems: what validation reports instead of raising, shown alike by the UI and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from storyboard_app.i18n import _


class Severity(StrEnum):
    """An error stops a render; a warning is worth a look but does not; a note only says
    how something goes (e.g. a character as a Kling element)."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Problem(BaseModel):
    """One thing wrong with a project, with where it is and what to do about it.

    ``path`` names the field, e.g. ``storyboards[0].shots[2].duration`` (read with
    :func:`parse_problem_path`); ``code`` is a stable identifier for programs (tests, the
    UI's quick fixes), the message is for people.
    """

    model_config = ConfigDict(frozen=True)

    severity: Severity
    code: str
    path: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        """Whether this problem blocks a render."""
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """One line for a terminal: ``path: severity: message Hint: hint``."""
        severity = {
            Severity.ERROR: _("error"),
            Severity.WARNING: _("warning"),
            Severity.NOTE: _("note"),
        }[self.severity]
        text = f"{self.path}: {severity}: {self.message}"
        return (
            _("{problem} Hint: {hint}").format(problem=text, hint=self.hint) if self.hint else text
        )


def has_errors(problems: list[Problem]) -> bool:
    """Whether any of the problems blocks a render."""
    return any(problem.is_error for problem in problems)


_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")


@dataclass(frozen=True)
class PathStep:
    """One step of a problem path: ``shots[2]`` (a name and an index) or ``duration``.

    A step that is neither keeps its text as ``name`` (shown as it is)."""

    name: str
    index: int | None = None


@dataclass(frozen=True)
class ProblemPlace:
    """Where a problem path points: its steps, and the storyboard, shot and field they name.

    ``storyboards[0].shots[1].dialogue[0].line`` is storyboard 0, shot 1, field
    ``dialogue`` (the field of the shot; deeper steps are in :attr:`steps`);
    ``storyboards[0].aspect_ratio`` is a field of storyboard 0; ``characters[1].name`` and
    ``title`` name no storyboard.
    """

    steps: tuple[PathStep, ...]

    @property
    def board(self) -> int | None:
        """The storyboard's index, when the path is inside one."""
        first = self.steps[0] if self.steps else None
        return first.index if first and first.name == "storyboards" else None

    @property
    def shot(self) -> int | None:
        """The shot's index (in its storyboard), when the path is inside one."""
        if self.board is None or len(self.steps) < 2:
            return None
        step = self.steps[1]
        return step.index if step.name == "shots" else None

    @property
    def field(self) -> str | None:
        """The field of the shot (or, outside a shot, of the storyboard) the path names."""
        if self.board is None:
            return None
        at = 2 if self.shot is not None else 1
        return self.steps[at].name if len(self.steps) > at else None

    @property
    def on_board(self) -> bool:
        """The field named is the storyboard's own (not a shot's)."""
        return self.shot is None and self.field is not None


def parse_problem_path(path: str) -> ProblemPlace:
    """The steps of a problem path (``storyboards[0].shots[1].duration``)."""
    steps = []
    for text in path.split(".") if path else ():
        match = _STEP.fullmatch(text)
        if match is None:
            steps.append(PathStep(text))
        else:
            index = match.group(2)
            steps.append(PathStep(match.group(1), int(index) if index is not None else None))
    return ProblemPlace(tuple(steps))
