"""The editor's responsiveness: opening a project, and dropping four huge images.

Figures:
* time from creating the window on the bigger example to its first paint;
* the longest event-loop stall while four 8000×6000 JPEGs are dropped on the reference
  tray (a 2 ms timer ticks on the GUI thread; a stall is the longest gap between ticks).
  Target: under 50 ms. Baseline: the same drop with the import (rule check, copy, thumbnail)
  run on the GUI thread, as a naive editor would, which is what the worker threads avoid.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from storyboard_app.app import freeze_startup_heap
from storyboard_app.jobs.board import JobBoard
from storyboard_app.jobs.remote import PollPolicy
from storyboard_app.storage.bundle import load_project
from storyboard_app.storage.recovery import Recovery, RecoveryStore
from storyboard_app.ui.background import Background
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import import_checked
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.workspace import AppWorkspace

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "Aurora Espresso Advert.storyboard"
TARGET_STALL_MS = 50.0


class BenchDialogs:
    """Answers nothing: any question or error means the benchmark is broken."""

    def ask_unsaved(self, parent: object, title: str) -> Discard:
        return Discard.DISCARD

    def ask_open(self, parent: object) -> Path | None:
        return None

    def ask_new(self, parent: object, suggested: str) -> Path | None:
        return None

    def ask_restore(self, parent: object, recovery: Recovery) -> bool:
        return False

    def ask_save_file(self, parent: object, title: str, suggested: str, kinds: str) -> Path | None:
        return None

    def ask_title_cards(self, parent: object, missing: list[str]) -> bool:
        return False

    def ask_kling_submit(
        self, parent: object, project: object, folder: Path, index: int, service: object
    ) -> None:
        return None

    def edit_kling_account(self, parent: object, service: object) -> None:
        return None

    def confirm(self, parent: object, title: str, text: str) -> bool:
        return False

    def ask_script(self, parent: object) -> Path | None:
        return None

    def choose_scenes(self, parent: object, script: object) -> set[int] | None:
        return None

    def error(self, parent: object, title: str, text: str) -> None:
        raise RuntimeError(f"benchmark step failed: {text}")


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class StallMeter:
    """Ticks every 2 ms on the GUI thread and keeps the longest gap between ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0.0
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, float(self._clock.restart()))

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return self.longest


def make_large_jpegs(folder: Path) -> list[Path]:
    """Four 8000×6000 JPEGs (48 Mpx each)."""
    files = []
    for n in range(4):
        # Smooth random detail, like a photo: large enough to be slow to decode, small
        # enough (under 10 MB) to pass the image rules.
        bands = [
            Image.frombytes("L", (800, 600), os.urandom(800 * 600)).resize(
                (8000, 6000), Image.Resampling.BICUBIC
            )
            for _ in range(3)
        ]
        image = Image.merge("RGB", bands)
        file = folder / f"huge-{n}.jpg"
        image.save(file, "JPEG", quality=70)  # about 8 MB
        files.append(file)
    return files


def _wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")
        time.sleep(0.001)


def main() -> None:
    """Print the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    scratch = Path(tempfile.mkdtemp(prefix="storyboard-bench-"))
    try:
        folder = scratch / EXAMPLE.name
        shutil.copytree(EXAMPLE, folder)
        background = Background()
        services = Services(
            dialogs=BenchDialogs(),
            settings=(settings := QSettings(str(scratch / "ini"), QSettings.Format.IniFormat)),
            recovery=RecoveryStore(scratch / "recovery"),
            background=background,
            thumbnails=ThumbnailCache(background),
            examples=ROOT / "examples",
            jobs=(jobs := JobBoard()),
            renders=LocalRenders(jobs),
            kling=KlingService(jobs, settings, PollPolicy()),
        )
        start = time.perf_counter()
        document = ProjectDocument(load_project(folder), folder)
        window = MainWindow(document, services, AppWorkspace(services))
        watcher = _FirstPaint()
        window.preview.installEventFilter(watcher)
        window.resize(1600, 1000)
        window.show()
        _wait(app, lambda: watcher.painted)
        first_paint = (time.perf_counter() - start) * 1000
        print(f"open the bigger example to first paint: {first_paint:.0f} ms")
        freeze_startup_heap()  # as the app does once its window is up

        files = make_large_jpegs(scratch)
        size_mb = sum(f.stat().st_size for f in files) / 2**20
        editor = window.editor
        editor.select_shot(editor.board.shots[0].id)
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        window.shot_inspector.references.accept_files(files)
        _wait(app, lambda: editor.shot is not None and len(editor.shot.references) == 4)
        threaded_s = time.perf_counter() - started
        stall = meter.stop()

        store = window.document.assets
        assert store is not None
        done: list[Path] = []
        meter.start()

        def import_here(file: Path) -> None:
            import_checked(store, file, "kling-v3")
            done.append(file)

        for file in files:  # baseline: the same work done on the GUI thread
            QTimer.singleShot(0, lambda f=file: import_here(f))
        _wait(app, lambda: len(done) == len(files))
        naive_stall = meter.stop()

        print(f"drop four 8000x6000 JPEGs ({size_mb:.1f} MB): added in {threaded_s:.2f} s")
        print(f"longest event-loop stall while importing: {stall:.0f} ms")
        print(f"baseline, the same import on the GUI thread: longest stall {naive_stall:.0f} ms")
        print(f"ratio to baseline: {stall / naive_stall:.2f}x")
        verdict = "met" if stall < TARGET_STALL_MS else "NOT met"
        print(f"target under {TARGET_STALL_MS:g} ms: {verdict}")
        window.document.undo_stack.setClean()
        window.close()
        background.wait()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
