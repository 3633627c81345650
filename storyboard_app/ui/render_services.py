"""The window's Render ▸ Render With…, as one small controller.

The window's render controller (ui/controllers/rendering.py) builds one
:class:`RenderServices`; this module holds the flow: ask (the submit dialog), then send
to the chosen service: the local previs renderer, Kling's own service, or fal /
Replicate through their provider's job runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from storyboard_app.domain.models import Project
from storyboard_app.jobs.board import AlreadyRunning, Job
from storyboard_app.jobs.remote import ShotByShotRefused
from storyboard_app.providers.kling.auth import BaseUrlRefused
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.port import ServiceError
from storyboard_app.ui.service_accounts import (
    KLING,
    LOCAL,
    NoKey,
    ServiceAccounts,
    plain_error,
    service_name,
)
from storyboard_app.ui.service_submit import ServiceChoice, ServiceSubmitDialog

Ask = Callable[[Project, Path, int], ServiceChoice | None]


class RenderServices(QObject):
    """Choose a service and send the storyboard there.

    Signals:
        submitted(object): a Job was queued (the window shows the jobs dock).
        refused(str, str): a title and a plain sentence: why nothing was sent.
    """

    submitted = Signal(object)
    refused = Signal(str, str)

    def __init__(
        self,
        accounts: ServiceAccounts,
        settings: QSettings,
        window: QWidget,
        render_previs: Callable[[], Job | None],
        ask: Ask | None = None,
    ) -> None:
        super().__init__(window)
        self.accounts = accounts
        self.settings = settings
        self.window = window
        self._render_previs = render_previs
        self.ask: Ask = ask or self._ask_person
        """Asks the person which service (the submit dialog); replaced in tests."""

    def _ask_person(self, project: Project, folder: Path, index: int) -> ServiceChoice | None:
        dialog = ServiceSubmitDialog(project, folder, index, self.accounts, self.settings,
                                     self.window)  # fmt: skip
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice() if accepted else None

    def open_accounts(self, page: str = KLING) -> None:
        """Render ▸ Accounts…: a page per service."""
        from storyboard_app.ui.accounts_dialog import AccountsDialog

        AccountsDialog(self.accounts, page, self.window).exec()

    def render(self, project: Project, folder: Path | None, index: int) -> Job | None:
        """Render ▸ Render With…: ask, then send; None when nothing was sent (and why)."""
        if folder is None:
            self.refused.emit(
                self.tr("Save first"),
                self.tr(
                    "Save the project first: a service's results are downloaded into its renders "
                    "folder. Render ▸ Render Previs (Ctrl+R) works before saving."
                ),
            )
            return None
        choice = self.ask(project, folder, index)
        if choice is None:
            return None
        return self.send(choice, project, folder, index)

    def send(self, choice: ServiceChoice, project: Project, folder: Path, index: int) -> Job | None:
        """Send the storyboard to the chosen service; None (with the reason) when refused."""
        if choice.service == LOCAL:
            return self._render_previs()
        try:
            if choice.service == KLING:
                job = self.accounts.kling.submit(
                    project, folder, index, choice.mode, choice.shot_by_shot
                )
            else:
                job = self.accounts.submit(
                    choice.service, project, folder, index, choice.mode, choice.shot_by_shot
                )
        except ServiceError as error:
            self.refused.emit(self.tr("Not sent"), plain_error(error))
            return None
        except (NoKey, KlingError, BaseUrlRefused, ShotByShotRefused,
                AlreadyRunning, ValueError) as error:  # fmt: skip
            # ValueError: the runner's own refusal in words (the request cannot be sent)
            self.refused.emit(self.tr("Not sent"), str(error))
            return None
        self.submitted.emit(job)
        return job

    def sent_message(self, job: Job) -> str:
        """The status bar's line after a submission."""
        return self.tr("Sent “{name}” to {service}.").format(
            name=job.storyboard_name, service=service_name(job.provider)
        )
