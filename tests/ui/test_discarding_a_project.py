"""Discarding a project with unsaved changes: its document goes away with them, and nothing
raises on the way (the undo stack clears itself as it is deleted, telling whoever listens
that the document is clean again: the document must no longer be listening then)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.workspace import blank_project


def test_a_dirty_document_is_deleted_without_an_error(qapp: QApplication, qtbot: QtBot) -> None:
    project = blank_project("Untitled")
    document = ProjectDocument(project, None)
    document.edit("Rename", project.model_copy(update={"title": "Changed"}))
    assert not document.undo_stack.isClean()  # unsaved changes, as at a Discard
    shiboken6.delete(document)  # as Qt deletes the closed window's document
    QApplication.processEvents()
