"""File ▸ Export on its own controller: written off the GUI thread, saved first for a package."""

from __future__ import annotations

import shutil
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
    assert dialogs.asked[-1] == f"save:{opened.folder.parent / 'Aurora Espresso Advert.csv'}"
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


def test_each_kind_of_export_starts_where_it_went_last(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    """Not in the home folder every time: beside the project first, then the folder that
    kind of export went to last (another kind: where any export went last), kept in the
    settings for the next run."""
    opened = open_document(COFFEE)
    exports = ExportController(
        host, opened.document, dialogs, services.background, lambda: True, services.settings
    )
    lists, cuts = tmp_path / "shot lists", tmp_path / "剪辑"
    lists.mkdir()
    cuts.mkdir()
    dialogs.save_paths = [lists / "shots.csv"]
    exports.export("csv", "csv")
    assert dialogs.asked[-1] == f"save:{opened.folder.parent / 'Aurora Espresso Advert.csv'}"
    qtbot.waitUntil(lambda: exports.running == 0, timeout=30_000)
    assert exports.export("edl", "edl") is None  # cancelled; never exported: the last folder
    assert dialogs.asked[-1] == f"save:{lists / 'Aurora Espresso Advert.edl'}"
    dialogs.save_paths = [cuts / "cut.edl"]
    exports.export("edl", "edl")
    qtbot.waitUntil(lambda: exports.running == 0, timeout=30_000)

    again = ExportController(  # the next run
        host, opened.document, dialogs, services.background, lambda: True, services.settings
    )
    again.export("csv", "csv")
    assert dialogs.asked[-1] == f"save:{lists / 'Aurora Espresso Advert.csv'}"
    again.export("edl", "edl")
    assert dialogs.asked[-1] == f"save:{cuts / 'Aurora Espresso Advert.edl'}"
    shutil.rmtree(lists)  # gone: where any export went last
    again.export("csv", "csv")
    assert dialogs.asked[-1] == f"save:{cuts / 'Aurora Espresso Advert.csv'}"
