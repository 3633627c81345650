"""The Takes list on its own controller: finished renders kept once, compared, deleted."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from storyboard_app.ui.controllers.takes import TakesController
from storyboard_app.ui.services import Services
from storyboard_app.ui.takes_panel import TakesPanel
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened, Pictures, finished_render


def test_renders_become_takes_once_and_are_compared_and_deleted_from_the_list(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    pictures: Callable[[Opened], Pictures],
    services: Services,
    dialogs: ScriptedDialogs,
) -> None:
    opened = open_document(DETECTIVE)
    area = pictures(opened)
    panel = TakesPanel(services.background)
    takes = TakesController(
        host, opened.document, opened.editor, dialogs, services.jobs, panel, area.playback
    )
    both = QSplitter()
    both.addWidget(area.tabs)
    both.addWidget(panel)
    host.setCentralWidget(both)
    host.show()
    qtbot.waitExposed(host)
    assert panel.list.count() == 0

    first = finished_render(opened.folder, opened.document, 0, "take-1")
    second = finished_render(opened.folder, opened.document, 0, "take-22")
    one_shot = finished_render(opened.folder, opened.document, 0, "shot-3")
    takes.adopt(first)
    takes.adopt(second)
    takes.adopt(first)  # once
    takes.adopt(dataclasses.replace(one_shot, parent="take-9"))  # one shot of a take
    store = takes.store
    assert store is not None
    assert store.known() == {"take-1", "take-22"}
    assert panel.list.count() == 2

    def row_centre(row: int) -> QPoint:
        item = panel.list.item(row)
        return panel.list.visualItemRect(item).center()

    viewport = panel.list.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_centre(0))
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, row_centre(1)
    )
    QTest.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    dialog = takes.compare
    assert dialog is not None
    assert {p.source().toLocalFile() for p in dialog.players} == {
        str(first.output),
        str(second.output),
    }
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: all(p.mediaStatus() in ready for p in dialog.players), timeout=10_000)
    dialog.close()

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_centre(0))
    dialogs.confirm_answers = [True]
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == "confirm:Delete take"
    assert store.known() == {"take-1"}  # the newest was listed first
    assert second.output is not None
    assert not second.output.exists()
    assert panel.list.count() == 1

    opened.document.folder = None  # a project with no folder, not even a staging one
    opened.document.folder_changed.emit(None)
    assert takes.store is None
    assert panel.list.count() == 0
