"""Questions the window asks the user, behind a port so tests can answer them."""

from __future__ import annotations

import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from storyboard_app.domain.models import Project
from storyboard_app.storage.bundle import BUNDLE_SUFFIX
from storyboard_app.storage.recovery import Recovery

if TYPE_CHECKING:  # the dialogs themselves load when first opened, not with the window
    from storyboard_app.script.model import Script
    from storyboard_app.ui.kling_dialogs import SubmitChoice
    from storyboard_app.ui.kling_service import KlingService


class Discard(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs(Protocol):
    """Everything the window asks; :class:`QtDialogs` asks a person."""

    def ask_unsaved(self, parent: QWidget, title: str) -> Discard:
        """Save, discard or cancel before closing a project with unsaved changes."""
        ...

    def ask_open(self, parent: QWidget) -> Path | None:
        """A project folder to open."""
        ...

    def ask_new(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to create a project folder."""
        ...

    def ask_restore(self, parent: QWidget | None, recovery: Recovery) -> bool:
        """Whether to restore work left unsaved by a crash."""
        ...

    def ask_save_file(self, parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
        """A file to write (``kinds`` is a filter such as "Video (*.mp4)")."""
        ...

    def ask_title_cards(self, parent: QWidget, missing: list[str]) -> bool:
        """Pictures are missing: render with title cards in their place (True) or cancel."""
        ...

    def ask_kling_submit(
        self, parent: QWidget, project: Project, folder: Path, index: int, service: KlingService
    ) -> SubmitChoice | None:
        """Show cost and limits; the mode (and shot by shot or not), or None to cancel."""
        ...

    def edit_kling_account(self, parent: QWidget, service: KlingService) -> None:
        """The Kling account settings."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """A yes/no question about something that cannot be undone."""
        ...

    def ask_script(self, parent: QWidget) -> Path | None:
        """A screenplay file to import."""
        ...

    def choose_scenes(self, parent: QWidget, script: Script) -> set[int] | None:
        """The scenes to import (all ticked at first), or None to cancel."""
        ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something failed."""
        ...


class QtDialogs:
    """The real dialogs."""

    def ask_unsaved(self, parent: QWidget, title: str) -> Discard:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate(
                "Dialogs", "Save the changes to “{title}” before closing?"
            ).format(title=title)
        )
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "Your changes are lost if you don't save them.")
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return Discard.SAVE
        return Discard.DISCARD if answer == buttons.Discard else Discard.CANCEL

    def ask_open(self, parent: QWidget) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Dialogs", "Open a project folder (.storyboard)")
        )
        return Path(folder) if folder else None

    def ask_new(self, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Create the project folder"),
            suggested,
            QCoreApplication.translate("Dialogs", "Projects ({pattern})").format(
                pattern=f"*{BUNDLE_SUFFIX}"
            ),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)

    def ask_restore(self, parent: QWidget | None, recovery: Recovery) -> bool:
        when = datetime.datetime.fromtimestamp(recovery.saved_at).strftime("%Y-%m-%d %H:%M:%S")
        where = (
            str(recovery.folder)
            if recovery.folder
            else QCoreApplication.translate("Dialogs", "an unsaved project")
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Dialogs", "Restore unsaved work?"),
            QCoreApplication.translate(
                "Dialogs",
                "The app closed unexpectedly while “{title}” ({where}) had unsaved changes. "
                "Restore them as they were at {when}?",
            ).format(title=recovery.project.title, where=where, when=when),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_file(self, parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return Path(name) if name else None

    def ask_title_cards(self, parent: QWidget, missing: list[str]) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Pictures are missing"))
        box.setText(QCoreApplication.translate("Dialogs", "Some shots' pictures cannot be used:"))
        box.setInformativeText("\n".join(missing))
        render = box.addButton(
            QCoreApplication.translate("Dialogs", "Render with Blocking Frames"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is render

    def ask_kling_submit(
        self, parent: QWidget, project: Project, folder: Path, index: int, service: KlingService
    ) -> SubmitChoice | None:
        from storyboard_app.ui.kling_dialogs import SubmitDialog

        dialog = SubmitDialog(project, folder, index, service, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_kling_account(self, parent: QWidget, service: KlingService) -> None:
        from storyboard_app.ui.accounts_dialog import AccountsDialog
        from storyboard_app.ui.service_accounts import accounts_for

        AccountsDialog(accounts_for(service), parent=parent).exec()

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_script(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Import a screenplay"),
            "",
            QCoreApplication.translate("Dialogs", "Screenplays ({patterns})").format(
                patterns="*.fountain *.spmd *.txt *.fdx"
            ),
        )
        return Path(name) if name else None

    def choose_scenes(self, parent: QWidget, script: Script) -> set[int] | None:
        from storyboard_app.ui.script_dialog import ScriptImportDialog

        dialog = ScriptImportDialog(script, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)
