"""Problems: what validation reports instead of raising, shown alike by the UI and the CLI."""

from __future__ import annotations

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

    ``path`` names the field, e.g. ``storyboards[0].shots[2].duration``; ``code`` is a stable
    identifier for programs (tests, the UI's quick fixes), the message is for people.
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
