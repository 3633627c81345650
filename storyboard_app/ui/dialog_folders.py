"""Where the save dialogs start, and the folders they remember (in the settings).

Save As (and New, New from Example, screenplay import) starts beside the open project,
never inside it (a project saved there would land inside another); an unsaved project's
starts in the folder a project was last saved to, else Documents (or the home folder).
Each kind of export starts in the folder that kind was last exported to, else where any
export went last, else beside the project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from storyboard_app.ui.dialogs import Dialogs

PROJECTS = "projects"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def _remembered(settings: QSettings | None, kind: str) -> Path | None:
    value = settings.value(_key(kind)) if settings is not None else None
    if not value:
        return None
    folder = Path(str(value))
    return folder if folder.is_dir() else None


def documents_folder() -> Path:
    """The user's Documents folder when there is one, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def project_start(settings: QSettings, project_folder: Path | None) -> Path:
    """Where a dialog asking for a new project folder starts.

    ``project_folder`` is the open project's folder (None when it is unsaved, or a bundled
    example: its folder is inside the app).
    """
    if project_folder is not None and project_folder.parent.is_dir():
        return project_folder.parent
    return _remembered(settings, PROJECTS) or documents_folder()


def export_start(settings: QSettings | None, kind: str, project_folder: Path | None) -> Path:
    """Where the save dialog of an export of ``kind`` starts."""
    return (
        _remembered(settings, f"export-{kind}")
        or _remembered(settings, "export")
        or (project_folder.parent if project_folder is not None else documents_folder())
    )


def remember_project(settings: QSettings, folder: Path) -> None:
    """A project was saved to (or created in) ``folder``: the next one starts beside it."""
    settings.setValue(_key(PROJECTS), str(folder.parent))


def remember_export(settings: QSettings | None, kind: str, target: Path) -> None:
    """An export of ``kind`` is written to ``target`` (nothing is kept without settings)."""
    if settings is None:
        return
    for key in (f"export-{kind}", "export"):
        settings.setValue(_key(key), str(target.parent))


def ask_export(
    dialogs: Dialogs,
    parent: QWidget,
    settings: QSettings | None,
    project_folder: Path | None,
    kind: str,
    title: str,
    name: str,
    kinds: str,
) -> Path | None:
    """Ask where to write an export of ``kind`` (suggesting ``name``), and remember it."""
    start = export_start(settings, kind, project_folder)
    target = dialogs.ask_save_file(parent, title, str(start / name), kinds)
    if target is not None:
        remember_export(settings, kind, target)
    return target
