"""Start-up order: a window paints before the heavy modules load (issue 18).

The app runs as a real process with ``STORYBOARD_APP_FIRST_PAINT`` set; it reports the
modules imported when the start window painted, when the editor painted on the bigger
example, and then quits. Timing is the benchmark's business (bench/bench_startup.py); this
test keeps the order, which is what makes the timing possible.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
