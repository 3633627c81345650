"""Render ▸ Previs, Kling and the other services: starting renders, and telling the user
when one finished."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QSystemTrayIcon

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import AlreadyRunning, Job, JobStatus
from storyboard_app.jobs.remote import ShotByShotRefused
from storyboard_app.providers.kling.auth import BaseUrlRefused
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.storage.takes import Take
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.render_services import RenderServices
from storyboard_app.ui.service_accounts import accounts_for
from storyboard_app.ui.services import Services


def notify(window: QMainWindow, title: str, text: str) -> None:
    """A desktop notification where the system offers one, else the status bar."""
    if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
        tray = window.findChild(QSystemTrayIcon) or QSystemTrayIcon(window.windowIcon(), window)
        tray.show()
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
    window.statusBar().showMessage(f"{title}. {text}", 10000)


class RenderController(QObject):
    """Sends the selected storyboard to the previs renderer or to Kling, and hears back.

    ``resolution`` is the toolbar's choice of previs resolution. A render refused before it
    starts is said through the editor's ``refused`` signal, like a refused edit.

    Signals:
        rendered(Job): a render of this window's project finished well (the notice follows).
    """

    rendered = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        editor: Editor,
        services: Services,
        jobs_dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.window, self.document, self.editor = window, document, editor
        self.services, self.jobs_dock = services, jobs_dock
        self.resolution = QComboBox()
        self.resolution.addItem("720p", 720)
        self.resolution.addItem("1080p", 1080)
        self.resolution.setToolTip(self.tr("Resolution of previs renders"))
        services.renders.finished.connect(self._finished)
        services.kling.finished.connect(self._finished)
        accounts = accounts_for(services.kling)
        accounts.finished.connect(self._finished)  # fal and Replicate jobs
        self.choose_service = RenderServices(
            accounts, services.settings, window, self.render_previs
        )
        """Render ▸ Render With…: the service chosen in a dialog, each one's cost first."""
        self.choose_service.refused.connect(
            lambda title, text: services.dialogs.error(window, title, text)
        )
        self.choose_service.submitted.connect(self._sent)
        document.staging_moved.connect(self._staging_moved)

    def _show_jobs(self) -> None:
        self.jobs_dock.show()
        self.jobs_dock.raise_()

    def render_previs(self) -> Job | None:
        """Render the selected storyboard as an animatic; the result plays when done.

        An unsaved project renders into its staging folder; the first save moves the take.
        """
        dialogs = self.services.dialogs
        folder = self.document.asset_root
        if folder is None:  # a document no window staged (never in the app)
            dialogs.error(
                self.window,
                self.tr("Save first"),
                self.tr("Save the project first: renders are kept in its renders folder."),
            )
            return None
        board_index = self.editor.board_index
        payload = compile_guidances(self.document.project, board_index)
        if not payload.guidances:
            self.editor.refused.emit(self.tr("This storyboard has no shots to render."))
            return None
        from storyboard_app.render.previs import find_missing

        missing = find_missing(payload, folder)
        title_cards = False
        if missing:
            if not dialogs.ask_title_cards(self.window, [m.describe() for m in missing]):
                return None
            title_cards = True
        job = self.services.renders.start(
            self.document.project,
            folder,
            board_index,
            int(self.resolution.currentData()),
            title_cards,
        )
        self._show_jobs()
        self.window.statusBar().showMessage(
            self.tr("Rendering “{name}”…").format(name=payload.storyboard), 4000
        )
        return job

    def render_with_kling(self) -> Job | None:
        """Show cost and limits, then send the selected storyboard to Kling."""
        dialogs, kling = self.services.dialogs, self.services.kling
        folder = self.document.folder
        if folder is None:
            dialogs.error(
                self.window,
                self.tr("Save first"),
                self.tr("Save the project first: results are downloaded into its renders folder."),
            )
            return None
        index = self.editor.board_index
        project = self.document.project
        choice = dialogs.ask_kling_submit(self.window, project, folder, index, kling)
        if choice is None:
            return None
        try:
            job = kling.submit(project, folder, index, choice.mode, choice.shot_by_shot)
        except (KlingError, BaseUrlRefused, ShotByShotRefused, AlreadyRunning) as error:
            dialogs.error(self.window, self.tr("Not sent"), str(error))
            return None
        self._show_jobs()
        self.window.statusBar().showMessage(
            self.tr("Sent “{name}” to Kling.").format(name=job.storyboard_name), 5000
        )
        return job

    def render_again_in_pro(self, take: Take) -> Job | None:
        """Send a standard take's request again in pro mode."""
        folder = self.document.folder
        if folder is None or take.payload is None:
            return None
        try:
            job = self.services.kling.render_again(take.payload, folder, Mode.PRO)
        except (KlingError, BaseUrlRefused) as error:
            self.services.dialogs.error(self.window, self.tr("Not sent"), str(error))
            return None
        self.jobs_dock.raise_()
        return job

    def generate_frames(self) -> None:
        """Render ▸ Generate Frames… (the dialog brings httpx: loaded when first opened)."""
        from storyboard_app.ui.frame_generation import open_frame_generation

        open_frame_generation(self.editor, self.services.kling, self.window)

    def render_with(self) -> Job | None:
        """Choose the service (local previs, Kling, fal.ai, Replicate), then send to it."""
        return self.choose_service.render(
            self.document.project, self.document.folder, self.editor.board_index
        )

    def _sent(self, job: Job) -> None:
        self._show_jobs()
        self.window.statusBar().showMessage(self.choose_service.sent_message(job), 5000)

    def accounts(self) -> None:
        """The accounts of every service (a page each: Kling, fal.ai, Replicate)."""
        self.services.dialogs.edit_kling_account(self.window, self.services.kling)

    def _staging_moved(self, staging: Path, folder: Path) -> None:
        """The first save copied the staging folder: its renders now live in the project.

        A previs still being written into the staging folder keeps that folder until it is
        done; :meth:`_finished` then moves its video across."""
        for job in self.services.jobs.jobs():
            if job.folder != staging:
                continue
            if job.status.finished:
                self._repoint(job, staging, folder)
            else:
                self.document.retired.add(staging)

    def _repoint(self, job: Job, staging: Path, folder: Path) -> Job:
        """The job as rendered into the project ``folder`` rather than ``staging``."""
        output = job.output
        if output is not None and staging in output.parents:
            output = folder / output.relative_to(staging)
        return self.services.jobs.update(job.id, folder=folder, output=output)

    def _arrived_late(self, job: Job) -> Job:
        """A render into a staging folder the first save already copied: its video moves
        into the project's renders folder, and the staging folder goes when none is left."""
        staging, folder = job.folder, self.document.folder
        assert folder is not None
        if job.status is JobStatus.DONE and job.output is not None and job.output.exists():
            target = folder / job.output.relative_to(staging)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(job.output, target)
            except OSError as error:
                self.document.retired.discard(staging)  # kept, as the message says
                self.services.dialogs.error(
                    self.window,
                    self.tr("Render not moved"),
                    self.tr(
                        "The previs could not be moved into the project: {reason}. "
                        "It stays at {file}."
                    ).format(reason=error.strerror or error, file=job.output),
                )
                return job
        job = self._repoint(job, staging, folder)
        if not any(j.folder == staging for j in self.services.jobs.unfinished()):
            self.document.drop_retired(staging)
        return job

    def _finished(self, job_id: str) -> None:
        job = self.services.jobs.get(job_id)
        if job.folder in self.document.retired:
            job = self._arrived_late(job)
        if job.folder != self.document.asset_root:
            return
        if job.status is JobStatus.DONE:
            self.rendered.emit(job)
            notify(
                self.window,
                self.tr("“{name}” is rendered").format(name=job.storyboard_name),
                job.message,
            )
        elif job.status is JobStatus.FAILED:
            self.window.statusBar().showMessage(
                self.tr("Render failed: {reason}").format(reason=job.message), 10000
            )
            notify(
                self.window,
                self.tr("“{name}” failed").format(name=job.storyboard_name),
                job.message,
            )
