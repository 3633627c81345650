"""File ▸ Export: shot lists, editor timelines, PDF boards, packages and the sequence video."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from storyboard_app.ui.background import Background
from storyboard_app.ui.dialog_folders import ask_export
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.document import ProjectDocument


class ExportController(QObject):
    """Writes exports of the saved project off the GUI thread.

    ``running`` counts the exports being written. A package (zip) of a project with
    unsaved changes is saved first, through ``save``. With ``settings`` the save dialog
    starts where that kind of export went last (see ``dialog_folders``), else beside the
    project.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        dialogs: Dialogs,
        background: Background,
        save: Callable[[], bool],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.document, self.dialogs = window, document, dialogs
        self.background, self.save, self.settings = background, save, settings
        self.running = 0

    def export(self, kind: str, suffix: str) -> Path | None:
        """Start writing an export of the saved project off the GUI thread; its target file."""
        folder = self.document.folder
        if folder is None:
            self.dialogs.error(
                self.window, self.tr("Save first"), self.tr("Save the project before exporting.")
            )
            return None
        name = f"{self.document.project.title}.{suffix}"
        target = ask_export(
            self.dialogs, self.window, self.settings, folder, kind, self.tr("Export"), name,
            f"*.{suffix}",
        )  # fmt: skip
        if target is None:
            return None
        if kind == "zip" and self.document.dirty and not self.save():
            return None
        project = self.document.project
        from storyboard_app.export.package import write_package
        from storyboard_app.export.shotlist import write_shot_list
        from storyboard_app.export.timelines import write_timeline
        from storyboard_app.render.sequence import export_sequence
        from storyboard_app.ui.pdf import write_storyboard_pdf

        def work() -> None:  # on a worker thread: PDFs render stills, timelines probe videos
            if kind.startswith("pdf-"):
                write_storyboard_pdf(project, folder, target, kind.removeprefix("pdf-"))
            elif kind == "csv":
                write_shot_list(project, target, folder)
            elif kind == "zip":
                write_package(project, folder, target)
            elif kind == "sequence":
                export_sequence(project, folder, target)
            else:
                write_timeline(project, folder, target, kind)

        def done(_result: object) -> None:
            self.running -= 1
            self.window.statusBar().showMessage(
                self.tr("Exported {file}").format(file=target), 5000
            )

        def failed(error: Exception) -> None:
            self.running -= 1
            self.dialogs.error(self.window, self.tr("Export failed"), f"{target.name}: {error}")

        self.running += 1
        self.window.statusBar().showMessage(self.tr("Exporting {file}…").format(file=target.name))
        self.background.run(work, done, failed)
        return target
