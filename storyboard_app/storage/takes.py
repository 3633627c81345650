"""Takes: every finished render of a storyboard, kept with the project in renders/takes.json.

A take names its video by a path inside the project folder, so the project keeps its takes
when it moves. One take per storyboard is active: the one the player, sequences and exports
use. Several windows and processes may add takes to one project: each change re-reads the
file under a lock before writing it, so none is lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from storyboard_app.storage.bundle import RENDERS_DIR, atomic_write_text
from storyboard_app.storage.filelocks import exclusive_lock

TAKES_FILE = "takes.json"
LOCK_FILE = ".takes.lock"


class Take(BaseModel):
    """One finished render."""

    model_config = ConfigDict(frozen=True)

    id: str
    storyboard_id: str
    storyboard_name: str
    video: str
    """Path of the video inside the project folder."""
    provider: str
    mode: str
    created_at: float
    requested_duration: float
    actual_duration: float | None = None
    cost_units: float | None = None
    cost_usd: float | None = None
    units_charged: float | None = None
    payload: dict[str, object] | None = None
    """What was rendered (lets a take be rendered again in another mode)."""
    service: str = ""
    """The service that rendered it: ``kling``, a registry service (``fal``, ``replicate``,
    …) or ``local``. Takes written before services were recorded load as ``local`` (a previs
    render) or ``kling`` (the only service there was)."""

    @model_validator(mode="before")
    @classmethod
    def _service_of_older_takes(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("service"):
            provider = str(data.get("provider", ""))
            service = service_of_provider(provider)
            data = {**data, "service": service}
        return data


LOCAL = "local"


def service_of_provider(provider: str) -> str:
    """The service a job's provider name stands for: ``local`` for the previs renderer
    ("local previs"), else the provider's own name, which is its service's (older records
    with no name were Kling's)."""
    if provider.startswith(LOCAL):
        return LOCAL
    return provider or "kling"


class _TakesFile(BaseModel):
    takes: list[Take] = []
    active: dict[str, str] = {}


class TakeStore:
    """The takes of one project folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.file = self.folder / RENDERS_DIR / TAKES_FILE
        self._seen: tuple[int, int, int] | None = None
        self._data = self._read()

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            status = self.file.stat()
        except OSError:
            return None
        return (status.st_ino, status.st_mtime_ns, status.st_size)

    def _fresh(self) -> _TakesFile:
        """The takes, re-read when another store (window, process) has changed the file."""
        if self._stamp() != self._seen:
            self._data = self._read()
        return self._data

    @contextmanager
    def _changing(self) -> Iterator[_TakesFile]:
        """Read, change and write the file as one step no other process interleaves."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.file.parent / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            exclusive_lock(descriptor, wait=True)
            self._data = self._read()
            yield self._data
            self._write()
        finally:
            os.close(descriptor)

    def _read(self) -> _TakesFile:
        self._seen = self._stamp()
        return self._read_file()

    def _read_file(self) -> _TakesFile:
        try:
            return _TakesFile.model_validate(json.loads(self.file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return _TakesFile()
        except (ValueError, ValidationError):
            # A damaged list of takes must not block the project: keep a copy, start afresh.
            self.file.replace(self.file.with_suffix(".damaged.json"))
            return _TakesFile()

    def _write(self) -> None:
        atomic_write_text(self.file, self._data.model_dump_json(indent=2) + "\n")
        self._seen = self._stamp()

    def takes(self, storyboard_id: str | None = None) -> list[Take]:
        """Takes, newest first (of one storyboard when given)."""
        data = self._fresh()
        chosen = [t for t in data.takes if storyboard_id in (None, t.storyboard_id)]
        return sorted(chosen, key=lambda take: take.created_at, reverse=True)

    def active(self, storyboard_id: str) -> Take | None:
        """The storyboard's active take."""
        data = self._fresh()
        wanted = data.active.get(storyboard_id)
        return next((t for t in data.takes if t.id == wanted), None)

    def add(self, take: Take, make_active: bool = True) -> bool:
        """Record a take (once per id); False if it was already known."""
        with self._changing() as data:
            if any(t.id == take.id for t in data.takes):
                return False
            data.takes.append(take)
            if make_active or take.storyboard_id not in data.active:
                data.active[take.storyboard_id] = take.id
        return True

    def set_active(self, take_id: str) -> None:
        """Make a take its storyboard's active one."""
        with self._changing() as data:
            take = next(t for t in data.takes if t.id == take_id)
            data.active[take.storyboard_id] = take.id

    def delete(self, take_id: str) -> None:
        """Forget a take and delete its video; the newest other take becomes active."""
        with self._changing() as data:
            take = next(t for t in data.takes if t.id == take_id)
            (self.folder / take.video).unlink(missing_ok=True)
            data.takes = [t for t in data.takes if t.id != take_id]
            if data.active.get(take.storyboard_id) == take_id:
                rest = sorted(
                    (t for t in data.takes if t.storyboard_id == take.storyboard_id),
                    key=lambda t: t.created_at, reverse=True,
                )  # fmt: skip
                if rest:
                    data.active[take.storyboard_id] = rest[0].id
                else:
                    del data.active[take.storyboard_id]

    def known(self) -> set[str]:
        """Ids of every take."""
        return {take.id for take in self._fresh().takes}


def relative_video(folder: Path, video: Path) -> str | None:
    """The video's path inside the project folder, or None when it lies elsewhere."""
    try:
        return video.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return None
