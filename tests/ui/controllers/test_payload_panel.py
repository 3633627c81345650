"""The Payload dock on its own: the JSON and its price, copied and saved with its buttons."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from storyboard_app.ui.payload_panel import PayloadPanel
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened


def test_the_payload_shows_the_selected_board_and_is_copied_and_exported(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    opened = open_document(DETECTIVE)
    panel = PayloadPanel(opened.editor, dialogs)
    host.setCentralWidget(panel)
    host.show()
    qtbot.waitExposed(host)
    panel.show_board()
    guidances = json.loads(panel.guidances_view.toPlainText())
    assert guidances["storyboard"] == "Alley"
    assert panel.cost_label.text().startswith("Estimated: 12 s × ")

    def button(text: str) -> QPushButton:
        return next(b for b in panel.findChildren(QPushButton) if b.text() == text)

    QTest.mouseClick(button("Copy"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == panel.guidances_view.toPlainText()
    assert host.statusBar().currentMessage() == "Copied to the clipboard."

    bar = panel.payload_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert panel.payload_tabs.currentWidget() is panel.kling_view
    target = tmp_path / "request.json"
    dialogs.new_paths = [target]
    QTest.mouseClick(button("Export…"), Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == "new:Alley.kling.json"
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
        panel.kling_view.toPlainText()
    )
    assert host.statusBar().currentMessage() == f"Exported {target}"
