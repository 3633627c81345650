"""Saving a window's project, asking before a newer save by someone else is overwritten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from storyboard_app.storage.bundle import ProjectChangedOnDisk, ProjectSaveError
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.document import ProjectDocument


def save_document(
    document: ProjectDocument, target: Path | None, dialogs: Dialogs, parent: QWidget
) -> bool:
    """Save (to ``target`` for Save As); whether it was saved. Errors are shown.

    When another window or program saved the project file since this window loaded or
    saved it, the user is asked whether to overwrite that save; nothing is overwritten
    silently.
    """
    try:
        try:
            document.save(target)
        except ProjectChangedOnDisk as changed:
            question = f"{changed}\n\n" + QCoreApplication.translate(
                "Saving", "Overwrite it with this window's version?"
            )
            title = QCoreApplication.translate("Saving", "Saved by another window")
            if not dialogs.confirm(parent, title, question):
                return False
            document.save(target, overwrite=True)
    except ProjectSaveError as error:
        dialogs.error(parent, QCoreApplication.translate("Saving", "Not saved"), str(error))
        return False
    return True
