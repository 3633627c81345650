"""Autosave to recovery files, so a crash (even kill -9) loses at most one interval of work.

One file per open project, in the user data directory, named by a hash of the project's
folder. A clean save or a deliberate close removes it; if it is still there at the next
start, the app offers to restore it.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from storyboard_app.domain.models import Project
from storyboard_app.storage.bundle import atomic_write_text


@dataclass(frozen=True)
class Recovery:
    """An autosaved project that was never saved or closed properly."""

    key: str
    folder: Path | None
    saved_at: float
    project: Project


def recovery_key(folder: Path | None, fallback: str) -> str:
    """The recovery file's name for a project folder (or an untitled project's id)."""
    source = str(folder.resolve()) if folder else f"untitled:{fallback}"
    return hashlib.sha256(source.encode()).hexdigest()[:20]


class RecoveryStore:
    """The folder of recovery files."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def write(self, key: str, folder: Path | None, project: Project) -> None:
        """Autosave a project (atomically: a crash mid-write keeps the previous autosave)."""
        document = {
            "folder": str(folder) if folder else None,
            "saved_at": time.time(),
            "project": project.model_dump(mode="json"),
        }
        atomic_write_text(self._file(key), json.dumps(document, ensure_ascii=False))

    def discard(self, key: str) -> None:
        """Forget a recovery file (after a save or a deliberate close)."""
        self._file(key).unlink(missing_ok=True)

    def pending(self) -> list[Recovery]:
        """Every recovery file left behind, newest first; unreadable ones are skipped."""
        found = []
        if not self.folder.is_dir():
            return []
        for file in self.folder.glob("*.json"):
            try:
                document = json.loads(file.read_text(encoding="utf-8"))
                project = Project.model_validate(document["project"])
            except (OSError, ValueError, KeyError, TypeError, ValidationError):
                continue
            folder = Path(document["folder"]) if document.get("folder") else None
            found.append(Recovery(file.stem, folder, float(document["saved_at"]), project))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)
