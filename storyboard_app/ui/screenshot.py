"""Saving a picture of a window once it has really been painted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def _is_exposed(window: QWidget) -> bool:
    handle = window.windowHandle()
    return handle is not None and handle.isExposed()


def capture_when_painted(
    window: QWidget,
    file: Path,
    done: Callable[[bool], None],
    ready: Callable[[], bool] = lambda: True,
    poll_ms: int = 20,
) -> None:
    """Once ``window`` is exposed and has painted, save it to ``file`` and call ``done(ok)``.

    ``ready()`` is polled too, so work started by the first paint (thumbnails decoded in
    the background) lands before the picture is taken.

    ``QScreen.grabWindow`` is used so that video surfaces show (``QWidget.grab`` renders
    widgets only); where the platform cannot grab the screen (offscreen), the widget
    rendering is used instead.
    """

    def attempt() -> None:
        if not _is_exposed(window) or not ready():
            QTimer.singleShot(poll_ms, attempt)
            return
        QTimer.singleShot(0, grab)  # let the paints queued by finished work run first

    def grab() -> None:
        window.repaint()
        pixmap = window.screen().grabWindow(window.winId())
        if pixmap.isNull():
            pixmap = window.grab()
        file.parent.mkdir(parents=True, exist_ok=True)
        done(pixmap.save(str(file), "PNG"))

    QTimer.singleShot(0, attempt)
