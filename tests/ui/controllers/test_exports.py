"""File ▸ Export on its own controller: written off the GUI thread, saved first for a package."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from storyboard_app.ui.background import Background
from storyboard_app.ui.controllers.exports import ExportController
from storyboard_app.ui.services import Services
from tests.conftest import COFFEE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened


def test_exports_are_written_and_a_package_saves_unsaved_work_first(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    opened = open_document(COFFEE)
    document = opened.document
    saves: list[bool] = []

    def save() -> bool:
        document.save()
        saves.append(True)
        return True

    exports = ExportController(host, document, dialogs, services.background, save)
    shot_list = tmp_path / "shots.csv"
    dialogs.save_paths = [shot_list]
    assert exports.export("csv", "csv") == shot_list
    assert dialogs.asked[-1] == "save:Aurora Espresso Advert.csv"
    assert exports.running == 1
    assert host.statusBar().currentMessage() == "Exporting shots.csv…"
    qtbot.waitUntil(lambda: exports.running == 0, timeout=30_000)
    assert shot_list.read_text(encoding="utf-8").count("\n") > 5
    assert host.statusBar().currentMessage() == f"Exported {shot_list}"

    document.edit("Rename", document.project.evolve(title="Morning Coffee"))
    package = tmp_path / "share.zip"
    dialogs.save_paths = [package]
    assert exports.export("zip", "zip") == package
    assert saves == [True]
    qtbot.waitUntil(lambda: exports.running == 0, timeout=30_000)
    with zipfile.ZipFile(package) as archive:
        project = next(n for n in archive.namelist() if n.endswith("/project.json"))
        assert "Morning Coffee" in archive.read(project).decode("utf-8")

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialogs.save_paths = [blocker / "cut.edl"]
    exports.export("edl", "edl")
    qtbot.waitUntil(lambda: exports.running == 0, timeout=30_000)
    assert dialogs.errors[-1].startswith("cut.edl: ")

    document.folder = None
    assert exports.export("csv", "csv") is None
    assert dialogs.errors[-1] == "Save the project before exporting."
    assert isinstance(services.background, Background)
