"""Project bundles: a folder holding ``project.json``, ``assets/`` and ``renders/``.

Saving is atomic (temporary file, fsync, rename) and keeps the previous version as
``project.json.bak``. Loading never writes: a corrupt, truncated, newer-versioned or
invalid file raises :class:`ProjectLoadError` with a message that says what is wrong and
where, and the file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from storyboard_app.domain.models import SCHEMA_VERSION, Project

PROJECT_FILE = "project.json"
BACKUP_FILE = "project.json.bak"
ASSETS_DIR = "assets"
RENDERS_DIR = "renders"
BUNDLE_SUFFIX = ".storyboard"


class ProjectLoadError(Exception):
    """A project could not be opened; the message is meant for the user."""


class ProjectSaveError(Exception):
    """A project could not be saved; the previous file is untouched."""


def project_file(folder: Path) -> Path:
    """The project file inside a bundle folder."""
    return folder / PROJECT_FILE


def render_file(
    folder: Path, storyboard: str, kind: str, job_id: str, into: Path | None = None
) -> Path:
    """Where a render goes: ``into`` (else the project's renders folder), named after the
    storyboard (made safe for a file name), the kind of render and the job id's end."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in storyboard).strip()
    return (into or folder / RENDERS_DIR) / f"{safe or 'storyboard'} {kind} {job_id[-6:]}.mp4"


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0 (prototype files, no ``schema_version``) held one storyboard at top level."""
    board_keys = {
        "name", "model", "mode", "aspect_ratio", "audio", "style", "lighting",
        "negative_prompt", "seed", "shots",
    }  # fmt: skip
    board = {key: data[key] for key in board_keys if key in data}
    rest = {key: value for key, value in data.items() if key not in board_keys}
    board.setdefault("name", rest.get("title", "Storyboard"))
    return {**rest, "schema_version": 1, "storyboards": [board]}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}
"""From each older format version to the next one."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the raw JSON of any older format up to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise ProjectLoadError(f"schema_version must be a whole number, not {version!r}.")
    if version > SCHEMA_VERSION:
        raise ProjectLoadError(
            f"This project was saved by a newer version of the app (file format {version}); "
            f"this version reads formats up to {SCHEMA_VERSION}. Update the app to open it."
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


def _format_location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as ``path: message`` lines a person can act on."""
    lines = []
    for item in error.errors():
        location = _format_location(tuple(item["loc"]))
        lines.append(f"{location}: {item['msg']}")
    return "\n".join(lines)


def parse_project(text: str, source: str) -> Project:
    """Parse the text of a project file (already read) into a Project."""
    if not text.strip():
        raise ProjectLoadError(f"{source} is empty.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        truncated = error.pos >= len(text.rstrip())
        what = "ends too early (the file looks truncated)" if truncated else "is not valid JSON"
        raise ProjectLoadError(
            f"{source} {what}: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if not isinstance(data, dict):
        raise ProjectLoadError(f"{source} should hold a JSON object, not {type(data).__name__}.")
    data = migrate(data)
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise ProjectLoadError(
            f"{source} has values the app cannot use:\n{describe_validation_error(error)}"
        ) from None


def load_project(folder: Path) -> Project:
    """Read the project of a bundle folder (never writes anything)."""
    folder = Path(folder)
    if not folder.exists():
        raise ProjectLoadError(f"There is no project at {folder}.")
    if not folder.is_dir():
        raise ProjectLoadError(f"{folder} is a file; a project is a folder holding {PROJECT_FILE}.")
    path = project_file(folder)
    if not path.is_file():
        raise ProjectLoadError(f"{folder} holds no {PROJECT_FILE}; it is not a project folder.")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProjectLoadError(f"{path} cannot be read: {error.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectLoadError(
            f"{path} is not UTF-8 text (bad byte at offset {error.start}); it may be damaged."
        ) from None
    return parse_project(text, str(path))


def project_json(project: Project) -> str:
    """The exact text written to ``project.json``."""
    return json.dumps(project.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _fsync_directory(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def new_file_mode(existing: Path) -> int:
    """Permissions for a file replacing ``existing``: its own, else the usual rw-r--r--.

    ``mkstemp`` creates files readable by their owner only, which is wrong for a project
    that is shared or moved between machines.
    """
    try:
        return existing.stat().st_mode & 0o777
    except OSError:
        return 0o644


def atomic_write_text(path: Path, text: str, backup: Path | None = None) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old or the new file.

    With ``backup``, the previous file is kept there (replaced atomically as well).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, new_file_mode(path))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if backup is not None and path.exists():
            backup_temporary = backup.with_name(backup.name + ".tmp")
            with contextlib.suppress(FileNotFoundError):
                backup_temporary.unlink()
            os.link(path, backup_temporary)
            os.replace(backup_temporary, backup)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_directory(path.parent)


def save_project(folder: Path, project: Project) -> None:
    """Save atomically, keeping the previous file as ``project.json.bak``."""
    folder = Path(folder)
    text = project_json(project)
    try:
        (folder / ASSETS_DIR).mkdir(parents=True, exist_ok=True)
        (folder / RENDERS_DIR).mkdir(exist_ok=True)
        atomic_write_text(project_file(folder), text, backup=folder / BACKUP_FILE)
    except OSError as error:
        raise ProjectSaveError(
            f"Could not save {project_file(folder)}: {error.strerror or error}. "
            "The previous version is unchanged."
        ) from None


def create_project(folder: Path, project: Project) -> None:
    """Create a new bundle folder; refuses to touch an existing one."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ProjectSaveError(f"{folder} already exists and is not empty; choose a new name.")
    save_project(folder, project)
