"""Project bundles: a folder holding ``project.json``, ``assets/`` and ``renders/``.

Saving is atomic (temporary file, fsync, rename) and keeps the previous version as
``project.json.bak``. A save checks first that the file is still the version the window
loaded or last saved: another window's newer save is never overwritten silently.
Loading never writes: a corrupt, truncated, newer-versioned or invalid file raises
:class:`ProjectLoadError` with a message that says what is wrong and where, and the file
is left exactly as it was. Every asset path must lead to a regular file inside the project
folder (no ``..``, no absolute path, no symlink out of it): nothing outside the project is
ever read, packed or uploaded. The messages are in the app's language.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from storyboard_app.domain.models import SCHEMA_VERSION, Project
from storyboard_app.i18n import _
from storyboard_app.storage.filelocks import exclusive_lock, held_elsewhere
from storyboard_app.storage.project_checks import (
    NotANumber,
    asset_fields,
    asset_problem,
    describe_validation_error,
    ends_open,
    json_error,
    json_problems,
    outside_reason,
)

PROJECT_FILE = "project.json"
BACKUP_FILE = "project.json.bak"
ASSETS_DIR = "assets"
RENDERS_DIR = "renders"
BUNDLE_SUFFIX = ".storyboard"
MAX_PROJECT_BYTES = 32 * 1024 * 1024
"""Larger project files are refused before they are read (a real one is a few hundred KB)."""


class ProjectLoadError(Exception):
    """A project could not be opened; the message is meant for the user."""


class ProjectSaveError(Exception):
    """A project could not be saved; the previous file is untouched."""


class ProjectChangedOnDisk(ProjectSaveError):
    """The project file was saved by someone else (another window, another program) since
    this copy was loaded or saved; writing would lose that save."""


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
        raise ProjectLoadError(
            _("schema_version must be a whole number, not {value}.").format(value=repr(version))
        )
    if version > SCHEMA_VERSION:
        raise ProjectLoadError(
            _(
                "This project was saved by a newer version of the app (file format {version}); "
                "this version reads formats up to {newest}. Update the app to open it."
            ).format(version=version, newest=SCHEMA_VERSION)
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


def parse_project(text: str, source: str) -> Project:
    """Parse the text of a project file (already read) into a Project."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ProjectLoadError(_("{file} is empty.").format(file=source))
    try:
        data = json.loads(text, parse_constant=NotANumber)
    except json.JSONDecodeError as error:
        at_end = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
        if at_end and ends_open(text):
            raise ProjectLoadError(
                _(
                    "{file} is truncated: it ends in the middle (line {line}). "
                    "The previous save may be in {backup}."
                ).format(file=source, line=error.lineno, backup=BACKUP_FILE)
            ) from None
        raise ProjectLoadError(
            _("{file} is not valid JSON: {error} at line {line}, column {column}.").format(
                file=source, error=json_error(error.msg), line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise ProjectLoadError(
            _("{file} is nested too deeply to be a project file.").format(file=source)
        ) from None
    except ValueError as error:  # a number of thousands of digits
        raise ProjectLoadError(
            _("{file} holds a number that is too long: {error}.").format(file=source, error=error)
        ) from None
    if not isinstance(data, dict):
        raise ProjectLoadError(
            _("{file} should hold a JSON object, not {kind}.").format(
                file=source, kind=type(data).__name__
            )
        )
    problems = json_problems(data)
    if problems:
        raise ProjectLoadError(
            _("{file} cannot be a project file:").format(file=source) + "\n" + "\n".join(problems)
        )
    data = migrate(data)
    try:
        project = Project.model_validate(data)
    except ValidationError as error:
        raise ProjectLoadError(
            _("{file} has values the app cannot use:").format(file=source)
            + "\n"
            + describe_validation_error(error)
        ) from None
    outside = [
        f"{where}: {reason}" for where, path in asset_fields(project)
        if (reason := outside_reason(path))
    ]  # fmt: skip
    if outside:
        raise ProjectLoadError(
            _("{file} names files outside the project folder:").format(file=source)
            + "\n"
            + "\n".join(outside)
        )
    return project


def load_project(folder: Path) -> Project:
    """Read the project of a bundle folder (never writes anything)."""
    folder = Path(folder)
    if not folder.exists():
        raise ProjectLoadError(_("There is no project at {folder}.").format(folder=folder))
    if not folder.is_dir():
        raise ProjectLoadError(
            _("{folder} is a file; a project is a folder holding {file}.").format(
                folder=folder, file=PROJECT_FILE
            )
        )
    path = project_file(folder)
    if not path.is_file():
        raise ProjectLoadError(
            _("{folder} holds no {file}; it is not a project folder.").format(
                folder=folder, file=PROJECT_FILE
            )
        )
    size = path.stat().st_size
    if size > MAX_PROJECT_BYTES:
        raise ProjectLoadError(
            _(
                "{file} is too large to be a project ({size} MB; a project file holds at "
                "most {most} MB)."
            ).format(file=path, size=f"{size / 2**20:,.0f}", most=MAX_PROJECT_BYTES // 2**20)
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProjectLoadError(
            _("{file} cannot be read: {reason}.").format(file=path, reason=error.strerror)
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectLoadError(
            _("{file} is not UTF-8 text (bad byte at offset {offset}); it may be damaged.").format(
                file=path, offset=error.start
            )
        ) from None
    project = parse_project(text, str(path))
    refused = [
        f"{where}: {problem}" for where, asset in asset_fields(project)
        if (problem := asset_problem(folder, asset))
    ]  # fmt: skip
    if refused:
        raise ProjectLoadError(
            _("{file} names files it cannot use:").format(file=path) + "\n" + "\n".join(refused)
        )
    return project


def project_version(folder: Path) -> str | None:
    """A fingerprint of the saved project file (None when there is none)."""
    try:
        return hashlib.sha256(project_file(folder).read_bytes()).hexdigest()
    except OSError:
        return None


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
    # Locked until renamed: says "being written" to clean_leftovers in other processes (a
    # second descriptor, because closing the stream below would drop the lock).
    guard = os.dup(handle)
    try:
        exclusive_lock(guard)
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
    finally:
        os.close(guard)
    _fsync_directory(path.parent)


def save_project(folder: Path, project: Project, expected: str | None = None) -> str:
    """Save atomically, keeping the previous file as ``project.json.bak``; the new version.

    With ``expected`` (the :func:`project_version` this copy was loaded or saved as),
    raise :class:`ProjectChangedOnDisk` instead of overwriting a file someone else saved.
    """
    folder = Path(folder)
    text = project_json(project)
    try:
        (folder / ASSETS_DIR).mkdir(parents=True, exist_ok=True)
        (folder / RENDERS_DIR).mkdir(exist_ok=True)
        # The folder itself is locked for the few milliseconds of the check and the write,
        # so two saves cannot both pass the check.
        lock = os.open(folder, os.O_RDONLY)
        try:
            exclusive_lock(lock, wait=True)
            if expected is not None and project_version(folder) not in (expected, None):
                raise ProjectChangedOnDisk(
                    _(
                        "{file} changed on disk since this window opened or saved it: another "
                        "window or program saved it. Saving now would overwrite that save."
                    ).format(file=project_file(folder))
                )
            atomic_write_text(project_file(folder), text, backup=folder / BACKUP_FILE)
        finally:
            os.close(lock)
    except OSError as error:
        raise ProjectSaveError(
            _("Could not save {file}: {reason}. The previous version is unchanged.").format(
                file=project_file(folder), reason=error.strerror or error
            )
        ) from None
    return hashlib.sha256(text.encode()).hexdigest()


def clean_leftovers(folder: Path) -> int:
    """Delete temporary files that killed saves and imports left in a project; how many.

    A temporary still being written (by another window or process) is locked and kept.
    """
    patterns = (
        (folder, f".{PROJECT_FILE}.*.tmp"),
        (folder / ASSETS_DIR, ".import.*"),
        (folder / RENDERS_DIR, ".*.tmp"),
    )
    removed = 0
    for where, pattern in patterns:
        for leftover in where.glob(pattern):
            if leftover.is_file() and not held_elsewhere(leftover):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
    return removed


def create_project(folder: Path, project: Project) -> None:
    """Create a new bundle folder; refuses to touch an existing one."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ProjectSaveError(
            _("{folder} already exists and is not empty; choose a new name.").format(folder=folder)
        )
    save_project(folder, project)
