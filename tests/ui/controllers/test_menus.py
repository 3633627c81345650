"""The menus and the toolbar, built from the controllers alone and used with the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from storyboard_app.ui.controllers.exports import ExportController
from storyboard_app.ui.controllers.files import FilesController
from storyboard_app.ui.controllers.menus import Menus
from storyboard_app.ui.controllers.rendering import RenderController
from storyboard_app.ui.controllers.sequence import SequenceController
from storyboard_app.ui.services import Services
from tests.conftest import COFFEE, DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened, Pictures, RecordingWorkspace
from tests.ui.hands import activate

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_the_menus_reach_the_controllers_and_take_one_more_entry(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    pictures: Callable[[Opened], Pictures],
    services: Services,
    dialogs: ScriptedDialogs,
    workspace_calls: RecordingWorkspace,
) -> None:
    opened = open_document(COFFEE)
    document, editor = opened.document, opened.editor
    area = pictures(opened)
    jobs = QDockWidget("Jobs", host)
    jobs.setWidget(QLabel("jobs"))
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, jobs)
    files = FilesController(host, document, services, workspace_calls)
    rendering = RenderController(host, document, editor, services, jobs)
    sequence = SequenceController(host, document, editor, services, area.playback)
    exports = ExportController(host, document, dialogs, services.background, files.save)
    menus = Menus(host, document, editor, services, files, rendering, sequence, exports, [jobs])
    titles = [action.text() for action in host.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Render", "&Sequence", "&View"]
    toolbar = host.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None
    assert toolbar.widgetForAction(toolbar.actions()[-1]) is rendering.resolution
    assert menus.view.actions() == [jobs.toggleViewAction()]
    host.show()
    activate(qtbot, host)

    shots = len(editor.board.shots)
    QTest.keyClick(host, Qt.Key.Key_N, CTRL | SHIFT)  # Edit ▸ Add Shot
    assert len(editor.board.shots) == shots + 1
    assert menus.undo_action.isEnabled()
    QTest.keyClick(host, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo
    assert len(editor.board.shots) == shots
    QTest.keyClick(host, Qt.Key.Key_P, CTRL | SHIFT)  # Sequence ▸ Play Sequence
    assert sequence.running
    qtbot.waitUntil(lambda: not sequence.running, timeout=30_000)
    assert dialogs.errors[-1].startswith("no active take yet for: ")

    document.edit("Rename", document.project.evolve(title="Coffee"))
    QTest.keyClick(host, Qt.Key.Key_S, CTRL)  # File ▸ Save
    assert not document.dirty
    assert files.recent() == [str(opened.folder)]

    services.settings.setValue("recent", [str(DETECTIVE), str(opened.folder)])
    QTest.keyClick(host, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the File menu
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert QApplication.activePopupWidget() is menus.file
    QTest.keyClick(menus.file, Qt.Key.Key_R)  # Open &Recent
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menus.recent_menu)
    assert [a.text() for a in menus.recent_menu.actions()] == [str(DETECTIVE), str(opened.folder)]
    QTest.keyClick(menus.recent_menu, Qt.Key.Key_Return)
    assert workspace_calls.opened == [DETECTIVE]

    chosen: list[bool] = []
    extra = menus.add(menus.render, "&Extra…", lambda: chosen.append(True), "Ctrl+E", "A tip")
    assert menus.render.actions()[-1] is extra
    assert extra.statusTip() == "A tip"
    QTest.keyClick(host, Qt.Key.Key_E, CTRL)
    assert chosen == [True]
