"""Painting a window before anything else loads, and reporting when that happened.

``paint_first(window, stage)`` returns once the shown window has painted (a local event
loop that ends at its first paint), so the app loads the rest while the user already sees
a window: the start window paints before the project model (pydantic) and the editor load,
the editor before the asyncio bridge and the services' TLS context.

With ``STORYBOARD_APP_FIRST_PAINT=FILE`` set (the start-up benchmark and tests), the app
writes a JSON object to ``FILE`` a second after it is running, then quits: for each stage
(``first_paint``: the start window; ``editor_paint``: the editor on the project) an object
with ``at`` (``time.monotonic()`` at the end of that paint; one clock for every process on
the machine, so the caller subtracts the moment it started the process), ``cpu`` (the
process's CPU seconds by then, all threads: less swayed by other programs' load than the
time), ``modules``
(every module imported by then), ``collections`` (garbage collections run by then),
``style_sheet`` (whether an application style sheet is set) and ``import_check`` (the
function PySide6 calls after each import); ``ready_at``, when the event loop ran (the
window takes input from then on); and ``longest_stall_after_ready``, the longest time in
seconds the event loop was held up during the second after that (input waits that long).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "STORYBOARD_APP_FIRST_PAINT"
PAINT_TIMEOUT_MS = 3000
"""Stop waiting for the paint after this (a window manager that never exposes the window)."""


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__(window)
        self._window, self._loop = window, loop
        self.report: dict[str, Any] = {}
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The children paint in the same pass, right after the window: stop once it ends.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.report = {
            "at": time.monotonic(),
            "cpu": time.process_time(),
            "modules": sorted(sys.modules),
            **_work_done(),
        }
        self._loop.quit()


def _work_done() -> dict[str, Any]:
    """What start-up did by now besides importing: garbage collections run, whether an
    application style sheet is set, and how PySide6 decides after an import whether the
    new module uses it (see ``ui/pyside_imports.py``)."""
    app = QApplication.instance()
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    return {
        "collections": sum(stats["collections"] for stats in gc.get_stats()),
        "style_sheet": isinstance(app, QApplication) and bool(app.styleSheet()),
        "import_check": f"{getattr(check, '__module__', '')}.{getattr(check, '__name__', '')}",
    }


_report: dict[str, Any] = {}


def paint_first(window: QWidget, stage: str) -> None:
    """Return once ``window`` (shown) has painted, or after ``PAINT_TIMEOUT_MS``."""
    # Layouts asked to redo themselves (a field's new text, a dock's new size) settle
    # first: painted before them, the first frame would show sizes that change at once.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    loop = QEventLoop()
    watch = _PaintWatch(window, loop)
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    if watch.report:
        _report[stage] = watch.report
    watch.deleteLater()


def report_requested() -> bool:
    """Whether the caller asked for the start-up report (the app then quits once up)."""
    return bool(os.environ.get(VARIABLE))


WATCH_AFTER_READY_S = 1.0
"""How long after the event loop starts the report watches it for stalls."""


class _StallWatch(QObject):
    """Ticks every millisecond and keeps the longest time between two ticks: how long the
    event loop (and so the window's input) was held up by work on the GUI thread, or by a
    worker thread holding Python's lock."""

    def __init__(self, seconds: float, done: Callable[[float], None]) -> None:
        super().__init__(QCoreApplication.instance())
        self._until = time.monotonic() + seconds
        self._last = time.monotonic()
        self._longest = 0.0
        self._done = done
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self._longest = max(self._longest, now - self._last)
        self._last = now
        if now >= self._until:
            self._timer.stop()
            self._done(self._longest)


def write_report_and_quit() -> None:
    """Watch the running event loop for ``WATCH_AFTER_READY_S``, then write the start-up
    report (see the module's docstring) and quit the app."""
    ready = time.monotonic()

    def write(longest: float) -> None:
        report = dict(_report, ready_at=ready, longest_stall_after_ready=longest)
        Path(os.environ[VARIABLE]).write_text(json.dumps(report), encoding="utf-8")
        QApplication.quit()

    global _watch
    _watch = _StallWatch(WATCH_AFTER_READY_S, write)


_watch: _StallWatch | None = None
