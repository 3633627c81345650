"""The shot list: one row per shot, for the crew (CSV, and the same table in the PDF later)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from storyboard_app.compiler.prompt import move_phrase
from storyboard_app.domain.models import DialogueLine, Project
from storyboard_app.storage.bundle import atomic_write_text

COLUMNS = (
    "scene", "storyboard", "shot", "size", "angle", "moves", "duration", "start",
    "dialogue", "sound", "references", "notes",
)  # fmt: skip


def _spoken(line: DialogueLine) -> str:
    who = f"{line.character} ({line.delivery})" if line.delivery else line.character
    return f"{who}: {line.line}"


def shot_rows(project: Project) -> list[dict[str, str]]:
    """Every shot of every storyboard, in playing order; start is within the whole project."""
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
                    "dialogue": "\n".join(
                        f"{line.character} ({line.delivery}): {line.line}"
                        if line.delivery
                        else f"{line.character}: {line.line}"
                        for line in shot.dialogue
                    ),
                    "sound": "; ".join(shot.sound),
                    "references": "; ".join(
                        [ref.image for ref in shot.references]
                        + [f"first frame {shot.first_frame}"] * bool(shot.first_frame)
                        + [f"last frame {shot.last_frame}"] * bool(shot.last_frame)
                    ),
                    "notes": shot.notes,
                }
            )
        elapsed += board.total_duration
    return rows


def shot_list_csv(project: Project) -> str:
    """The shot list as CSV text (RFC 4180 quoting: commas, quotes and line breaks survive)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(shot_rows(project))
    return buffer.getvalue()


def write_shot_list(project: Project, file: Path) -> None:
    """Write the CSV shot list (atomically)."""
    atomic_write_text(file, shot_list_csv(project))
