"""The main window as a director sees it: storyboards, shots, payloads, problems."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.project_view import ProjectView
from storyboard_app.ui.theme import ERROR
from tests.conftest import COFFEE, DETECTIVE, ROOT


def cell(view: ProjectView, row: int, column: int) -> str:
    item = view.shots.item(row, column)
    assert item is not None
    return item.text()


def problem_row(view: ProjectView, row: int) -> QTreeWidgetItem:
    item = view.problem_list.topLevelItem(row)
    assert item is not None
    return item


def open_view(qtbot: QtBot, folder: Path) -> ProjectView:
    view = ProjectView(load_project(folder), folder, AssetStore(folder))
    qtbot.addWidget(view)
    return view


def test_the_window_shows_every_storyboard_and_its_payloads(qtbot: QtBot) -> None:
    view = open_view(qtbot, COFFEE)
    assert view.windowTitle().startswith("Aurora Espresso Advert — ")
    assert view.boards.count() == 2
    assert view.boards.item(0).text().startswith("Morning ritual\n5 shots · 15 s")
    assert view.shots.rowCount() == 5
    assert json.loads(view.kling_view.toPlainText())["endpoint"] == "/v1/videos/omni-video"

    view.boards.setCurrentRow(1)
    assert view.shots.rowCount() == 4
    assert cell(view, 1, 3) == "slow orbit right around the subject"
    assert json.loads(view.guidances_view.toPlainText())["storyboard"] == "Brand moment"
    assert json.loads(view.kling_view.toPlainText())["endpoint"] == "/v1/videos/text2video"
    assert "18 units" in view.cost_label.text()
    assert problem_row(view, 0).text(0) == "No problems"


def test_problems_are_listed_in_colour(qtbot: QtBot, example_copy: Callable[[Path], Path]) -> None:
    folder = example_copy(DETECTIVE)
    for asset in (folder / "assets").iterdir():
        asset.unlink()
    view = open_view(qtbot, folder)
    item = problem_row(view, 0)
    assert "is missing from the project folder" in item.text(0)
    assert item.text(1) == "storyboards[0].shots[0].first_frame"
    assert item.foreground(0).color() == ERROR
    assert view.problems_dock.windowTitle() == "Problems (1)"


def _open_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storyboard_app", "open", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def test_open_with_screenshot_saves_the_painted_window(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = _open_command(str(DETECTIVE), "--screenshot", str(shot), "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None
        assert len(colours) > 50


def test_open_a_corrupt_project_exits_1_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "Broken.storyboard"
    folder.mkdir()
    (folder / "project.json").write_text("{nope")
    result = _open_command(str(folder), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "is not valid JSON" in result.stderr
    assert not (tmp_path / "x.png").exists()
