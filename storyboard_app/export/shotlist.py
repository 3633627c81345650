"""The shot list: one row per shot, for the crew (CSV, and the same table in the PDF).

Pictures are listed by the names they were dropped as (``assets/names.json``), not by the
content-hash paths they are stored under, when the project recorded them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from storyboard_app.compiler.prompt import move_phrase
from storyboard_app.domain.models import DialogueLine, Project, Shot
from storyboard_app.storage.asset_names import original_names
from storyboard_app.storage.bundle import atomic_write_text

COLUMNS = (
    "scene", "storyboard", "shot", "size", "angle", "moves", "duration", "start",
    "subject", "action", "dialogue", "sound", "references", "notes",
)  # fmt: skip


def _spoken(line: DialogueLine) -> str:
    who = f"{line.character} ({line.delivery})" if line.delivery else line.character
    return f"{who}: {line.line}"


def _pictures(shot: Shot, names: dict[str, str]) -> str:
    """The shot's pictures: "Ray (character): ray.png; first frame: alley.jpg"."""
    listed = []
    for reference in shot.references:
        who = (
            f"{reference.label} ({reference.role.value})"
            if reference.label
            else reference.role.value
        )
        listed.append(f"{who}: {names.get(reference.image, reference.image)}")
    for which, path in (("first frame", shot.first_frame), ("last frame", shot.last_frame)):
        if path:
            listed.append(f"{which}: {names.get(path, path)}")
    return "; ".join(listed)


def shot_rows(project: Project, folder: Path | None = None) -> list[dict[str, str]]:
    """Every shot of every storyboard, in playing order; start is within the whole project.

    With the project's ``folder``, pictures go by the names they were dropped as."""
    names = original_names(folder) if folder is not None else {}
    rows = []
    elapsed = 0.0
    for number, board in enumerate(project.storyboards, start=1):
        for index, (shot, start) in enumerate(zip(board.shots, board.shot_starts(), strict=True)):
            rows.append(
                {
                    "scene": str(number),
                    "storyboard": board.name,
                    "shot": f"{number}.{index + 1}",
                    "size": shot.size.value,
                    "angle": shot.angle.value,
                    "moves": "; ".join(move_phrase(move) for move in shot.moves),
                    "duration": f"{shot.duration:g}",
                    "start": f"{elapsed + start:g}",
                    "subject": shot.subject,
                    "action": shot.action,
                    "dialogue": "\n".join(_spoken(line) for line in shot.dialogue),
                    "sound": "; ".join(shot.sound),
                    "references": _pictures(shot, names),
                    "notes": shot.notes,
                }
            )
        elapsed += board.total_duration
    return rows


def shot_list_csv(project: Project, folder: Path | None = None) -> str:
    """The shot list as CSV text (RFC 4180 quoting: commas, quotes and line breaks survive)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(shot_rows(project, folder))
    return buffer.getvalue()


def write_shot_list(project: Project, file: Path, folder: Path | None = None) -> None:
    """Write the CSV shot list (atomically); ``folder`` is the project's, for picture names."""
    atomic_write_text(file, shot_list_csv(project, folder))
