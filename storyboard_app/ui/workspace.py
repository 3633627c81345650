"""The open windows: opening, creating and restoring projects."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication

from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.storage.bundle import (
    ProjectLoadError,
    ProjectSaveError,
    create_project,
    load_project,
)
from storyboard_app.storage.recovery import Recovery
from storyboard_app.ui.dock_sizes import fit_docks_to_window
from storyboard_app.ui.document import ProjectDocument, discard_staging_folder
from storyboard_app.ui.editing_keys import route_editing_keys
from storyboard_app.ui.main_window import MainWindow, Services


def _translated(text: object) -> str:
    return QCoreApplication.translate("AppWorkspace", str(text))


def blank_project(title: str) -> Project:
    """A new project: one storyboard with one shot (its name in the window's language)."""
    name = _translated(QT_TRANSLATE_NOOP("AppWorkspace", "Storyboard 1"))
    return Project(title=title, storyboards=(Storyboard(name=name, shots=(Shot(),)),))


class AppWorkspace:
    """Every window of the running app."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.windows: list[MainWindow] = []

    def show(self, document: ProjectDocument) -> MainWindow:
        """Open a window on a document."""
        window = MainWindow(document, self.services, self)
        if document.folder is None and document.staging is None:
            document.stage_in(self.staging_folder(window.recovery_key()))
        route_editing_keys(window)
        fit_docks_to_window(
            window, fresh=not isinstance(self.services.settings.value("window/state"), QByteArray)
        )
        self.windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        window.show()
        return window

    def staging_folder(self, key: str) -> Path:
        """Where an unsaved project's pictures wait, beside its recovery file."""
        return self.services.recovery.folder / f"{key}.pictures"

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def open_folder(self, folder: Path) -> bool:
        """Open a project folder; a broken one is reported and nothing opens."""
        for window in self.windows:
            if window.document.folder and window.document.folder.resolve() == folder.resolve():
                window.raise_()
                window.activateWindow()
                return True
        try:
            project = load_project(folder)
        except ProjectLoadError as error:
            self.services.dialogs.error(
                None,
                _translated(QT_TRANSLATE_NOOP("AppWorkspace", "Cannot open the project")),
                str(error),
            )
            return False
        self.show(ProjectDocument(project, folder))
        return True

    def new_project(self, folder: Path, template: Path | None) -> bool:
        """Create a project folder (blank, or a copy of an example) and open it."""
        try:
            if template is not None:
                if folder.exists() and any(folder.iterdir()):
                    raise ProjectSaveError(
                        _translated(
                            QT_TRANSLATE_NOOP(
                                "AppWorkspace", "{folder} already exists and is not empty."
                            )
                        ).format(folder=folder)
                    )
                shutil.copytree(template, folder, dirs_exist_ok=True)
                (folder / "project.json.bak").unlink(missing_ok=True)
            else:
                create_project(folder, blank_project(folder.stem))
        except (ProjectSaveError, OSError) as error:
            self.services.dialogs.error(
                None,
                _translated(QT_TRANSLATE_NOOP("AppWorkspace", "Cannot create the project")),
                str(error),
            )
            return False
        return self.open_folder(folder)

    def restore(self, recovery: Recovery) -> MainWindow:
        """Open recovered work as unsaved changes on top of the saved project."""
        folder = recovery.folder if recovery.folder and recovery.folder.is_dir() else None
        try:
            saved = load_project(folder) if folder else blank_project(recovery.project.title)
        except ProjectLoadError:
            saved = blank_project(recovery.project.title)
        document = ProjectDocument(saved, folder)
        window = self.show(document)
        pictures = self.staging_folder(recovery.key)
        if document.staging is not None and pictures.is_dir():
            shutil.rmtree(document.staging, ignore_errors=True)
            pictures.rename(document.staging)  # the restored window autosaves under its key
            jobs = self.services.jobs
            for job in jobs.jobs():  # its previs renders, with their takes, came along
                if job.folder == pictures and job.status.finished:
                    output = job.output
                    if output is not None and pictures in output.parents:
                        output = document.staging / output.relative_to(pictures)
                    jobs.update(job.id, folder=document.staging, output=output)
        document.edit(
            _translated(QT_TRANSLATE_NOOP("AppWorkspace", "Restore unsaved work")), recovery.project
        )
        self.services.recovery.discard(recovery.key)
        return window

    def decline(self, recovery: Recovery) -> None:
        """The user chose not to restore work a crash left unsaved: its recovery file goes,
        and with it the pictures, boards and previs renders it kept (the jobs list marks
        those renders discarded, as when a window closes without saving)."""
        pictures = self.staging_folder(recovery.key)
        if pictures.is_dir():
            discard_staging_folder(pictures, self.services.jobs)
        self.services.recovery.discard(recovery.key)
