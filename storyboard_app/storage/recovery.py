"""Autosave to recovery files, so a crash (even kill -9) loses at most one interval of work.

One file per window, in the user data directory, named by a hash of the project's folder,
the process and the window: two windows on one project never share (or delete) each other's
file. A clean save or a deliberate close removes it. While its window lives, the file is
locked; at the next start the app offers only files whose window is gone (a crash), and
deletes the temporaries killed autosaves left.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from storyboard_app.domain.models import Project
from storyboard_app.storage.bundle import atomic_write_text
from storyboard_app.storage.filelocks import exclusive_lock, held_elsewhere


@dataclass(frozen=True)
class Recovery:
    """An autosaved project that was never saved or closed properly."""

    key: str
    folder: Path | None
    saved_at: float
    project: Project


def recovery_key(folder: Path | None, window: str) -> str:
    """The recovery file's name for one window (``window``: its id in this process)."""
    source = str(folder.resolve()) if folder else "untitled"
    return hashlib.sha256(f"{source}\n{os.getpid()}\n{window}".encode()).hexdigest()[:20]


class RecoveryStore:
    """The folder of recovery files."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._held: dict[str, int] = {}

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _lock(self, key: str) -> Path:
        return self.folder / f"{key}.lock"

    def write(self, key: str, folder: Path | None, project: Project) -> None:
        """Autosave a project (atomically: a crash mid-write keeps the previous autosave)."""
        if key not in self._held:  # "my window is alive", until discard or the process ends
            self.folder.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self._lock(key), os.O_RDWR | os.O_CREAT, 0o600)
            exclusive_lock(descriptor)
            self._held[key] = descriptor
        document = {
            "folder": str(folder) if folder else None,
            "saved_at": time.time(),
            "project": project.model_dump(mode="json"),
        }
        atomic_write_text(self._file(key), json.dumps(document, ensure_ascii=False))

    def discard(self, key: str) -> None:
        """Forget a recovery file (after a save or a deliberate close)."""
        self._file(key).unlink(missing_ok=True)
        descriptor = self._held.pop(key, None)
        if descriptor is not None or not held_elsewhere(self._lock(key)):
            self._lock(key).unlink(missing_ok=True)
        if descriptor is not None:
            os.close(descriptor)

    def pending(self) -> list[Recovery]:
        """Every recovery file a closed window left behind, newest first.

        Files of windows still open (in this or another running process) are not offered;
        unreadable ones are skipped; temporaries of killed autosaves are deleted.
        """
        found = []
        if not self.folder.is_dir():
            return []
        for leftover in self.folder.glob(".*.tmp"):
            if not held_elsewhere(leftover):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        for file in self.folder.glob("*.json"):
            if held_elsewhere(self._lock(file.stem)):
                continue  # its window is open
            try:
                document = json.loads(file.read_text(encoding="utf-8"))
                project = Project.model_validate(document["project"])
            except (OSError, ValueError, KeyError, TypeError, ValidationError):
                continue
            folder = Path(document["folder"]) if document.get("folder") else None
            found.append(Recovery(file.stem, folder, float(document["saved_at"]), project))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)
