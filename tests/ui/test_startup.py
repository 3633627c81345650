"""Start-up order: a window paints before the heavy modules load (issue 18).

The app runs as a real process with ``STORYBOARD_APP_FIRST_PAINT`` set; it reports the
modules imported when the start window painted, when the editor painted on the bigger
example, and then quits. Timing is the benchmark's business (bench/bench_startup.py); this
test keeps the order and keeps out the work that made the editor's first paint slow
(garbage collection passes, an application style sheet, PySide6 re-reading each module's
source), which is what makes the timing possible; and the editor's first frame must be
the editor as it stays, not one that changes a moment later.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from storyboard_app.ui.pyside_imports import uses_pyside
from tests.conftest import COFFEE, ROOT

NOT_BEFORE_ANY_PAINT = (
    "pydantic",
    "storyboard_app.domain.models",
    "storyboard_app.storage.bundle",
    "storyboard_app.ui.main_window",
    "PIL",
    "importlib.metadata",
)
"""What the start window must paint without: the project model and the editor."""

NOT_BEFORE_THE_EDITOR_PAINTS = (
    "av",
    "numpy",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "httpx",
    "keyring",
    "jwt",
    "cryptography",
    "opentimelineio",
    "fountain",
    "qasync",
    "storyboard_app.render.previs",
    "storyboard_app.export.timelines",
    "storyboard_app.providers.kling.client",
    "storyboard_app.ui.player",
    "storyboard_app.ui.kling_dialogs",
)
"""What only a render, the player, an export, a Kling call or a script import needs."""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    home = tmp_path_factory.mktemp("home")
    file = home / "first-paint.json"
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "open", str(COFFEE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "STORYBOARD_APP_HOME": str(home),
            "STORYBOARD_APP_FIRST_PAINT": str(file),
        },
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(file.read_text(encoding="utf-8"))
    return loaded


def _modules(report: dict[str, object], stage: str) -> set[str]:
    entry = report[stage]
    assert isinstance(entry, dict)
    return set(entry["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in modules)]


def test_the_start_window_paints_before_the_project_model_and_editor_load(
    report: dict[str, object],
) -> None:
    modules = _modules(report, "first_paint")
    assert "PySide6.QtWidgets" in modules  # the report is real: Qt painted a window
    assert _loaded(modules, NOT_BEFORE_ANY_PAINT) == []
    assert _loaded(modules, NOT_BEFORE_THE_EDITOR_PAINTS) == []


def test_the_editor_paints_before_video_network_and_export_modules_load(
    report: dict[str, object],
) -> None:
    modules = _modules(report, "editor_paint")
    assert "storyboard_app.ui.main_window" in modules
    assert _loaded(modules, NOT_BEFORE_THE_EDITOR_PAINTS) == []


def test_the_stages_come_in_order(report: dict[str, object]) -> None:
    first, editor = report["first_paint"], report["editor_paint"]
    assert isinstance(first, dict)
    assert isinstance(editor, dict)
    ready = report["ready_at"]
    assert isinstance(ready, float)
    assert first["at"] <= editor["at"] <= ready


def test_the_player_loads_qtmultimedia_when_first_shown(tmp_path: Path) -> None:
    """The lazily built player is the real one, in its tab, once the tab is chosen."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from storyboard_app.app import build_services\n"
        "from storyboard_app.storage.bundle import load_project\n"
        "from storyboard_app.ui.document import ProjectDocument\n"
        "from storyboard_app.ui.workspace import AppWorkspace\n"
        "from tests.conftest import COFFEE\n"
        "workspace = AppWorkspace(build_services(app))\n"
        "window = workspace.show(ProjectDocument(load_project(COFFEE), COFFEE))\n"
        "assert 'PySide6.QtMultimedia' not in sys.modules\n"
        "window.picture_tabs.setCurrentIndex(1)\n"
        "assert 'PySide6.QtMultimedia' in sys.modules\n"
        "from storyboard_app.ui.player import Player\n"
        "assert isinstance(window.picture_tabs.currentWidget(), Player)\n"
        "assert window.picture_tabs.currentWidget() is window.player\n"
        "assert window.picture_tabs.tabText(1) == 'Previs Player'\n"
        "window.close()\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYBOARD_APP_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_no_garbage_collection_runs_while_the_editor_is_built(report: dict[str, object]) -> None:
    """A full pass over start-up's objects took 40-90 ms; the app collects once it is up."""
    first, editor = report["first_paint"], report["editor_paint"]
    assert isinstance(first, dict)
    assert isinstance(editor, dict)
    assert editor["collections"] == first["collections"]


def test_no_application_style_sheet_restyles_every_widget(report: dict[str, object]) -> None:
    """The look comes from theme.SuiteStyle: an application style sheet sends every widget
    through Qt's style-sheet engine (~45 ms of building the editor)."""
    for stage in ("first_paint", "editor_paint"):
        entry = report[stage]
        assert isinstance(entry, dict)
        assert entry["style_sheet"] is False


def test_pyside_decides_about_new_modules_without_reading_their_sources(
    report: dict[str, object],
) -> None:
    entry = report["editor_paint"]
    assert isinstance(entry, dict)
    assert entry["import_check"] == "storyboard_app.ui.pyside_imports.uses_pyside"


def test_uses_pyside_answers_from_what_a_module_holds() -> None:
    import storyboard_app.domain.vocabulary
    import storyboard_app.ui.json_view

    assert uses_pyside(storyboard_app.ui.json_view)  # holds PySide6 classes
    assert not uses_pyside(storyboard_app.domain.vocabulary)
    holder = ModuleType("holder")
    holder.QtCore = sys.modules["PySide6.QtCore"]  # type: ignore[attr-defined]
    assert uses_pyside(holder)
    assert not uses_pyside(object())  # something that is not a module, in sys.modules


def test_no_module_of_the_app_asks_for_pyside_features() -> None:
    """``uses_pyside`` answers only for ``from __feature__ import …``; the app uses none."""
    asking = re.compile(r"^\s*(from __feature__ import|import __feature__)", re.MULTILINE)
    users = [
        str(file.relative_to(ROOT))
        for file in (ROOT / "storyboard_app").rglob("*.py")
        if asking.search(file.read_text(encoding="utf-8"))
    ]
    assert users == []


FIRST_FRAME = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget
from storyboard_app.ui import first_paint

painted = first_paint.paint_first
seen = {}

def describe(window):
    def picture(widget):
        image = widget.grab().toImage()
        return [image.width(), image.height(), bytes(image.constBits()).hex()]
    return {
        "docks": {
            dock.objectName(): [dock.x(), dock.y(), dock.width(), dock.height()]
            for dock in window.findChildren(QDockWidget) if dock.isVisible()
        },
        "timeline": picture(window.timeline),
        "picture": picture(window.preview),
        "storyboards": picture(window.board_list),
        "problems": picture(window.problem_list),
    }

def watched(window, stage):
    painted(window, stage)
    if stage != "editor_paint":
        return
    seen["first"] = describe(window)

    def later():
        seen["later"] = describe(window)
        with open(sys.argv[2], "w", encoding="utf-8") as file:
            json.dump(seen, file)
        os._exit(0)

    QTimer.singleShot(2500, later)

first_paint.paint_first = watched
from storyboard_app.main import main
main(["open", sys.argv[1]])
"""


def test_the_editors_first_frame_is_the_editor_as_it_stays(tmp_path: Path) -> None:
    """Docks at their shares and the shots' pictures (decoded while the editor is built)
    are in the first frame: before, the docks jumped to other sizes and the pictures
    popped into blank blocks a moment after it. (The inspector's combo boxes still widen
    to their rows ~0.1 s after the first frame: a Qt form-layout pass, left as it is.)"""
    out = tmp_path / "frames.json"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(COFFEE), str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYBOARD_APP_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    frames = json.loads(out.read_text(encoding="utf-8"))
    first, later = frames["first"], frames["later"]
    assert first["docks"] == later["docks"]
    for part in ("timeline", "picture", "storyboards", "problems"):
        assert first[part][:2] == later[part][:2], part
        assert first[part][2] == later[part][2], f"the {part} changed after the first frame"
