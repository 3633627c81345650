"""Sketching on a 4K canvas: stroke latency and frame time while drawing, undo, save.

Figures, with the canvas shown at 1600×900 (its 3840×2160 layer scaled to fit):
* stroke latency: from a pen move arriving to its segment painted on screen (the event
  handled, then the widget repainted at once), per move, over long strokes of 240 moves;
* frame time: the repaint alone (what the display waits for) while drawing;
* undo of a long stroke, and saving the board (the 4K composite, made on the GUI thread,
  and the PNG encoding, done on a worker).
Target: every move within one frame at 60 Hz (16.7 ms) at the 95th percentile. Baseline:
a naive canvas that repaints the whole 4K layer scaled to the widget on every move.
"""

from __future__ import annotations

import math
import statistics
import time

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication

from storyboard_app.domain.sketch import SketchDocument
from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.ui.sketch import png_bytes
from storyboard_app.ui.sketch_canvas import SketchCanvas

FRAME_MS = 1000 / 60
MOVES = 240


def _mouse(kind: QMouseEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> QMouseEvent:
    return QMouseEvent(
        kind,
        point,
        point,
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )


def _path(canvas: SketchCanvas, stroke: int) -> list[QPointF]:
    """A wavy stroke across the canvas, a different height each time."""
    frame = canvas.frame_rect()
    y = frame.top() + frame.height() * (0.15 + 0.07 * (stroke % 10))
    return [
        QPointF(
            frame.left() + frame.width() * (0.05 + 0.9 * k / MOVES),
            y + 30 * math.sin(k / 9),
        )
        for k in range(MOVES + 1)
    ]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class _TimedCanvas(SketchCanvas):
    """The canvas, timing each of its repaints."""

    def __init__(self, document: SketchDocument) -> None:
        super().__init__(document)
        self.paints: list[float] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        start = time.perf_counter()
        super().paintEvent(event)
        self.paints.append((time.perf_counter() - start) * 1000)


def _draw(canvas: _TimedCanvas, strokes: int) -> tuple[list[float], list[float]]:
    """Latency (the move handled and its area repainted, as the event loop does it) and
    frame time (the repaint alone), in ms, of every move of ``strokes`` strokes."""
    app = QApplication.instance()
    assert app is not None
    latencies: list[float] = []
    canvas.paints.clear()
    for stroke in range(strokes):
        points = _path(canvas, stroke)
        press = _mouse(QMouseEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
        QApplication.sendEvent(canvas, press)
        app.processEvents()
        for point in points[1:]:
            start = time.perf_counter()
            move = _mouse(QMouseEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
            QApplication.sendEvent(canvas, move)
            app.processEvents()  # the update request: the segment's area is repainted
            latencies.append((time.perf_counter() - start) * 1000)
        release = _mouse(QMouseEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)
        QApplication.sendEvent(canvas, release)
        app.processEvents()
    return latencies, list(canvas.paints)


def _naive_frame(canvas: SketchCanvas, layer: QImage) -> float:
    """One repaint of a naive canvas: the whole 4K layer scaled into the widget."""
    target = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter()
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(target.rect(), Qt.GlobalColor.white)
    painter.drawImage(canvas.frame_rect(), layer)
    painter.end()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    canvas = _TimedCanvas(SketchDocument.blank(AspectRatio.WIDE))
    canvas.resize(1600, 900)
    canvas.show()
    app.processEvents()
    _draw(canvas, 1)  # warm up
    latencies, frames = _draw(canvas, 8)
    size, shown = canvas.canvas_size, canvas.frame_rect()
    print(
        f"canvas {size.width()}×{size.height()}, shown at {shown.width():.0f}×{shown.height():.0f}"
    )
    print(
        f"stroke latency per move: median {statistics.median(latencies):.2f} ms, "
        f"95th {_percentile(latencies, 0.95):.2f} ms, max {max(latencies):.2f} ms "
        f"({len(latencies)} moves)"
    )
    print(
        f"frame time while drawing: median {statistics.median(frames):.2f} ms, "
        f"95th {_percentile(frames, 0.95):.2f} ms, max {max(frames):.2f} ms "
        f"({len(frames)} repaints)"
    )
    naive = [_naive_frame(canvas, canvas.board_image()) for _ in range(5)]
    print(f"baseline (whole 4K layer scaled on each move): {statistics.median(naive):.1f} ms")
    start = time.perf_counter()
    canvas.undo()
    print(f"undo of a {MOVES}-move stroke: {(time.perf_counter() - start) * 1000:.1f} ms")
    start = time.perf_counter()
    board = canvas.board_image()
    composed = time.perf_counter()
    data = png_bytes(board)
    end = time.perf_counter()
    print(
        f"save: 4K board composed in {(composed - start) * 1000:.0f} ms (GUI thread), PNG "
        f"encoded in {(end - composed) * 1000:.0f} ms (on a worker) ({len(data) / 1e6:.2f} MB)"
    )
    verdict = "met" if _percentile(latencies, 0.95) < FRAME_MS else "NOT met"
    print(f"target: 95th percentile move under {FRAME_MS:.1f} ms (60 Hz): {verdict}")
    canvas.close()
