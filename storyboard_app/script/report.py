"""What an import made and what it skipped, in words (for the command line and the dialog),
in the app's language."""

from __future__ import annotations

from collections import defaultdict

from storyboard_app.domain.models import Project
from storyboard_app.i18n import _
from storyboard_app.script.model import SKIPPED_REASONS, Script, Skipped

_SHOWN_LINES = 8


def _counts() -> dict[str, tuple[str, str]]:
    """Each kind of skipped text counted: one, many."""
    return {
        "note": (_("{n} note"), _("{n} notes")),
        "boneyard": (_("{n} boneyard block"), _("{n} boneyard blocks")),
        "section": (_("{n} section"), _("{n} sections")),
        "synopsis": (_("{n} synopsis"), _("{n} synopses")),
        "page break": (_("{n} page break"), _("{n} page breaks")),
        "title page": (_("{n} title page field"), _("{n} title page fields")),
        "script note": (_("{n} script note"), _("{n} script notes")),
        "scene summary": (_("{n} scene summary"), _("{n} scene summaries")),
        "act": (_("{n} act marker"), _("{n} act markers")),
        "cast list": (_("{n} cast list"), _("{n} cast lists")),
    }


def _counted(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(n=count)


def counted(kind: str, count: int) -> str:
    """ "3 notes", "1 title page field"."""
    one, many = _counts().get(kind, (f"{{n}} {kind}", f"{{n}} {kind}s"))
    return _counted(count, one, many)


def made(project: Project, script: Script, scenes: set[int] | None = None) -> str:
    """ "5 storyboards, 23 shots, 3 characters, 12 lines of dialogue, from 4 scenes."""
    chosen = [s for s in script.scenes if scenes is None or s.number in scenes]
    headed = sum(1 for s in chosen if s.heading)
    shots = [shot for board in project.storyboards for shot in board.shots]
    lines = sum(len(shot.dialogue) for shot in shots)
    scenes_made = _counted(headed, _("from {n} scene"), _("from {n} scenes"))
    if any(not s.heading for s in chosen):
        scenes_made = _("{scenes} and the prologue").format(scenes=scenes_made)
    return _("{storyboards}, {shots}, {characters}, {lines}, {scenes}").format(
        storyboards=_counted(len(project.storyboards), _("{n} storyboard"), _("{n} storyboards")),
        shots=_counted(len(shots), _("{n} shot"), _("{n} shots")),
        characters=_counted(len(project.characters), _("{n} character"), _("{n} characters")),
        lines=_counted(lines, _("{n} line of dialogue"), _("{n} lines of dialogue")),
        scenes=scenes_made,
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
        where = _(", ").join(str(item.line) for item in items[:_SHOWN_LINES])
        if len(items) > _SHOWN_LINES:
            where += _(", …")
        at = _("line {lines}") if len(items) == 1 else _("lines {lines}")
        summary.append(
            _("{what} ({where}): {reason}.").format(
                what=counted(kind, len(items)),
                where=at.format(lines=where),
                reason=_(SKIPPED_REASONS.get(kind, "")),
            )
        )
    return summary
