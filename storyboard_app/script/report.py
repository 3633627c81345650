"""What an import made and what it skipped, in words (for the command line and the dialog)."""

from __future__ import annotations

from collections import defaultdict

from storyboard_app.domain.models import Project
from storyboard_app.script.model import SKIPPED_REASONS, Script, Skipped

_NAMES = {
    "boneyard": ("boneyard block", "boneyard blocks"),
    "synopsis": ("synopsis", "synopses"),
    "title page": ("title page field", "title page fields"),
    "scene summary": ("scene summary", "scene summaries"),
    "act": ("act marker", "act markers"),
}
_SHOWN_LINES = 8


def counted(kind: str, count: int) -> str:
    """ "3 notes", "1 title page field"."""
    return f"{count} {_plural(kind, count)}"


def _plural(kind: str, count: int) -> str:
    one, many = _NAMES.get(kind, (kind, kind + "s"))
    return one if count == 1 else many


def made(project: Project, script: Script, scenes: set[int] | None = None) -> str:
    """ "5 storyboards, 23 shots, 3 characters, 12 lines of dialogue, from 4 scenes."""
    chosen = [s for s in script.scenes if scenes is None or s.number in scenes]
    headed = sum(1 for s in chosen if s.heading)
    shots = [shot for board in project.storyboards for shot in board.shots]
    lines = sum(len(shot.dialogue) for shot in shots)
    prologue = " and the prologue" if any(not s.heading for s in chosen) else ""
    return (
        f"{len(project.storyboards)} storyboards, {len(shots)} shots, "
        f"{len(project.characters)} characters, {lines} lines of dialogue, "
        f"from {headed} scenes{prologue}"
    )


def skipped_groups(script: Script) -> list[tuple[str, list[Skipped]]]:
    """Skipped items by kind, in the order they first appear."""
    groups: dict[str, list[Skipped]] = defaultdict(list)
    for item in script.skipped:
        groups[item.kind].append(item)
    return list(groups.items())


def skipped_summary(script: Script) -> list[str]:
    """One line per kind: "3 notes (lines 12, 40, 88): notes to the writer are not shots."."""
    summary = []
    for kind, items in skipped_groups(script):
        where = ", ".join(str(item.line) for item in items[:_SHOWN_LINES])
        if len(items) > _SHOWN_LINES:
            where += ", …"
        unit = script.unit + ("s" if len(items) > 1 else "")
        reason = SKIPPED_REASONS.get(kind, "")
        summary.append(f"{counted(kind, len(items))} ({unit} {where}): {reason}.")
    return summary
