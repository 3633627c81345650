"""The app as a process: opening, screenshots, and surviving kill -9 without losing work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from storyboard_app.storage.bundle import load_project
from storyboard_app.storage.recovery import RecoveryStore
from storyboard_app.ui.main_window import Services
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import DETECTIVE, ROOT


def _run(args: list[str], home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYBOARD_APP_HOME": str(home)},
        timeout=timeout,
    )


def test_open_with_screenshot_saves_the_painted_window(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = _run(
        [
            "-m",
            "storyboard_app",
            "open",
            str(DETECTIVE),
            "--screenshot",
            str(shot),
            "--size",
            "1280x800",
        ],
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None
    assert len(colours) > 200  # widgets and the first frame, not a blank window


def test_open_a_corrupt_project_exits_1_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "Broken.storyboard"
    folder.mkdir()
    (folder / "project.json").write_text("{nope")
    result = _run(
        ["-m", "storyboard_app", "open", str(folder), "--screenshot", str(tmp_path / "x.png")],
        tmp_path / "home",
    )
    assert result.returncode == 1
    assert "is not valid JSON" in result.stderr
    assert not (tmp_path / "x.png").exists()
    assert (folder / "project.json").read_text() == "{nope"


CRASHING_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from storyboard_app.app import build_services
    from storyboard_app.storage.bundle import load_project
    from storyboard_app.ui.document import ProjectDocument
    from storyboard_app.ui.workspace import AppWorkspace

    app = QApplication([])
    services = build_services(app)
    folder = Path(sys.argv[1])
    window = AppWorkspace(services).show(ProjectDocument(load_project(folder), folder))
    window.autosave_timer.setInterval(50)
    window.editor.edit_shot("Edit notes", "notes", notes="written just before the crash")
    window.editor.add_shot()
    recovery = services.recovery.folder

    def crash_once_autosaved():
        if any(recovery.glob("*.json")):
            os.kill(os.getpid(), signal.SIGKILL)  # no close, no cleanup: a real crash
        QTimer.singleShot(20, crash_once_autosaved)

    crash_once_autosaved()
    app.exec()
    """
)


def test_work_survives_kill_9(
    tmp_path: Path,
    example_copy: Callable[[Path], Path],
    make_services: Callable[[], Services],
) -> None:
    folder = example_copy(DETECTIVE)
    saved = (folder / "project.json").read_bytes()
    home = tmp_path / "home"
    result = _run(["-c", CRASHING_SESSION, str(folder)], home)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert (folder / "project.json").read_bytes() == saved  # the crash wrote nothing there

    pending = RecoveryStore(home / "data" / "recovery").pending()
    assert len(pending) == 1
    services = make_services()
    services.recovery = RecoveryStore(home / "data" / "recovery")
    workspace = AppWorkspace(services)
    window = workspace.restore(pending[0])
    board = window.document.project.storyboards[0]
    assert board.shots[0].notes == "written just before the crash"
    assert len(board.shots) == 4
    assert window.document.dirty  # restored as unsaved changes, to save or undo
    window.document.undo_stack.undo()
    assert window.document.project == load_project(folder)
    window.document.undo_stack.setClean()
    window.close()
