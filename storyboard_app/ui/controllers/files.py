"""File ▸ New, Open, Save, Save As, recent projects, the recovery file, screenplay import."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow

from storyboard_app.domain.models import Project
from storyboard_app.storage.bundle import (
    ASSETS_DIR,
    PROJECT_FILE,
    ProjectSaveError,
    create_project,
)
from storyboard_app.storage.recovery import recovery_key
from storyboard_app.ui.dialog_folders import project_start, remember_project
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.saving import save_document
from storyboard_app.ui.services import Services, Workspace

RECENT_LIMIT = 8


def untitled_title() -> str:
    """A new project's name in the window's language (未命名 in Chinese): its title, and the
    folder name File ▸ New and the first Save suggest."""
    return QCoreApplication.translate("FilesController", "Untitled")


def recent_projects(settings: QSettings) -> list[str]:
    """The folders of the projects opened or saved last, newest first."""
    value = settings.value("recent", [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def project_to_open(settings: QSettings) -> Path | None:
    """The project the app opens when started with none: the newest recent one that is
    still there (None: there is none, and a new untitled project opens)."""
    for path in recent_projects(settings):
        folder = Path(path)
        if (folder / PROJECT_FILE).is_file():
            return folder
    return None


class FilesController(QObject):
    """Where a window's project lives on disk: its folder, saves, autosaves and title.

    The window's title names the folder (and says when it is a bundled example), so it is
    kept here, beside the saving that changes it.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        services: Services,
        workspace: Workspace,
    ) -> None:
        super().__init__(window)
        self.window, self.document = window, document
        self.services, self.workspace = services, workspace
        self._untitled_id = str(id(window))
        self._autosaved: Project | None = document.project
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(services.autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._remember_recent(document.folder)  # however it was opened: menu, command, file

    def _ask_new(self, name: str) -> Path | None:
        """Ask for a new project folder, starting beside the open project (not inside it)."""
        folder = None if self.is_template() else self.document.folder
        start = project_start(self.services.settings, folder)
        target = self.services.dialogs.ask_new(self.window, str(start / name))
        if target is not None:
            remember_project(self.services.settings, target)
        return target

    def is_template(self) -> bool:
        """Whether the open folder is a bundled example (saved elsewhere, never over it)."""
        folder = self.document.folder
        return folder is not None and self.services.examples.resolve() in folder.resolve().parents

    def show_title(self) -> None:
        """Name the project and its folder in the window's title."""
        folder = self.document.folder
        name = folder.name if folder else self.tr("not saved yet")
        suffix = self.tr(" (example: Save makes your own copy)") if self.is_template() else ""
        self.window.setWindowTitle(
            self.tr("{title} — {folder}{example}[*] — Storyboard").format(
                title=self.document.project.title, folder=name, example=suffix
            )
        )
        self.window.setWindowModified(self.document.dirty)

    def recovery_key(self) -> str:
        """The name of this window's recovery file."""
        return recovery_key(self.document.folder, self._untitled_id)

    def autosave(self) -> None:
        """Write the recovery file when there are changes it does not hold yet."""
        project = self.document.project
        if not self.document.dirty or project == self._autosaved:
            return
        try:
            self.services.recovery.write(self.recovery_key(), self.document.folder, project)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("Autosave failed: {reason}").format(reason=error), 10000
            )
            return
        self._autosaved = project

    def save(self) -> bool:
        """Save the project (an example or an unsaved project asks where)."""
        if self.document.folder is None or self.is_template():
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        """Save the project into a new folder, with its images."""
        target = self._ask_new(f"{self.document.project.title}.storyboard")
        if target is None:
            return False
        if target.exists() and any(target.iterdir()):
            self.services.dialogs.error(
                self.window,
                self.tr("Not saved"),
                self.tr("{folder} already exists and is not empty; choose a new name.").format(
                    folder=target
                ),
            )
            return False
        old = self.document.folder
        if old is not None and (old / ASSETS_DIR).is_dir():
            shutil.copytree(old / ASSETS_DIR, target / ASSETS_DIR, dirs_exist_ok=True)
        return self._save_to(target)

    def _save_to(self, target: Path | None) -> bool:
        old_key = self.recovery_key()
        if not save_document(self.document, target, self.services.dialogs, self.window):
            return False
        self.services.recovery.discard(old_key)
        self.services.recovery.discard(self.recovery_key())
        self._autosaved = self.document.project
        self._remember_recent(self.document.folder)
        self.show_title()
        self.window.statusBar().showMessage(
            self.tr("Saved {file}").format(file=self.document.folder), 4000
        )
        return True

    def _remember_recent(self, folder: Path | None) -> None:
        if folder is None or self.is_template():
            return
        recent = [str(folder)] + [p for p in self.recent() if p != str(folder)]
        self.services.settings.setValue("recent", recent[:RECENT_LIMIT])

    def recent(self) -> list[str]:
        """The folders of the projects opened or saved last, newest first."""
        return recent_projects(self.services.settings)

    def open_recent(self, path: str) -> None:
        """Open a recent project (in its own window, or raise the one showing it)."""
        self.workspace.open_folder(Path(path))

    def new_project(self, _checked: bool = False, template: Path | None = None) -> None:
        """Create a project (blank or from an example) in a folder the user picks."""
        target = self._ask_new(f"{template.stem if template else untitled_title()}.storyboard")
        if target is not None:
            self.workspace.new_project(target, template)

    def open_project(self) -> None:
        """Open another project folder in its own window."""
        folder = self.services.dialogs.ask_open(self.window)
        if folder is not None:
            self.workspace.open_folder(folder)

    def import_screenplay(self) -> bool:
        """Pick a screenplay and its scenes; the storyboards open as a new project."""
        dialogs = self.services.dialogs
        file = dialogs.ask_script(self.window)
        if file is None:
            return False
        from storyboard_app.script.breakdown import script_to_project
        from storyboard_app.script.load import read_script
        from storyboard_app.script.model import ScriptError

        try:
            script = read_script(file)
        except ScriptError as error:
            dialogs.error(self.window, self.tr("Cannot import the screenplay"), str(error))
            return False
        scenes = dialogs.choose_scenes(self.window, script)
        if not scenes:
            return False
        target = self._ask_new(f"{script.title}.storyboard")
        if target is None:
            return False
        try:
            create_project(target, script_to_project(script, scenes))
        except ProjectSaveError as error:
            dialogs.error(self.window, self.tr("Cannot create the project"), str(error))
            return False
        return self.workspace.open_folder(target)

    def may_close(self) -> bool:
        """Whether the window may close: unsaved changes are saved or let go, after asking."""
        if self.document.dirty:
            answer = self.services.dialogs.ask_unsaved(self.window, self.document.project.title)
            if answer is Discard.CANCEL or (answer is Discard.SAVE and not self.save()):
                return False
        return True

    def close(self) -> None:
        """The window closes: its recovery file and staged pictures and previs renders go
        (previs renders still being written into them are stopped), autosaving stops."""
        self.services.recovery.discard(self.recovery_key())
        staged = {self.document.staging, *self.document.retired}
        for job in self.services.jobs.unfinished():
            if job.folder in staged:
                self.services.renders.cancel(job.id)
        self.document.discard_staging(self.services.jobs)
        self.autosave_timer.stop()
