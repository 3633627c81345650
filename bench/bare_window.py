"""The baseline of ``bench_startup``: a bare PySide6 window that paints, nothing else.

It reports its first paint the way the app does (``STORYBOARD_APP_FIRST_PAINT``), so the
two are measured by the same clock at the same moment: the end of the window's first paint.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    stage = {"at": time.monotonic(), "cpu": time.process_time(), "modules": sorted(sys.modules)}
    with open(os.environ["STORYBOARD_APP_FIRST_PAINT"], "w", encoding="utf-8") as file:
        json.dump({"first_paint": stage}, file)
    QApplication.quit()


def main() -> None:
    """Open a 1600×1000 window with one label and quit once it has painted."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Storyboard"))
    window.resize(1600, 1000)
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
