"""The sketch canvas: strokes drawn on a 4K layer, shown scaled, undone per stroke.

Layers, bottom to top: white paper; an underlay (the shot's picture or its blocking frame)
at an opacity the director sets; the previous shot's board as an onion skin; the sketch (pen
with pressure, pencil, eraser, in a few tones and line weights); arrows and notes. Keys: B
brush (pen), P pencil, E eraser, A arrow, N note, [ and ] line weight, Ctrl+Z undo,
Ctrl+Shift+Z redo.

Speed: a stroke is drawn segment by segment as the pen moves, onto the 4K layer and onto a
copy of it at the size shown, and only the segment's few pixels are repainted. Before a
stroke first touches a 256-pixel tile of the 4K layer the tile is copied, so undoing the
stroke puts those tiles back instead of redrawing every stroke.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QWidget

from storyboard_app.domain.sketch import TONES, WEIGHTS, SketchDocument, Stroke, Tool

TILE = 256
ONION_OPACITY = 0.25
BACKDROP = QColor(30, 30, 34)


@dataclass(frozen=True)
class Brush:
    """How a sketch stroke draws: tool, tone and line weight."""

    tool: Tool
    tone: str
    weight: float

    @classmethod
    def of(cls, stroke: Stroke) -> Brush:
        return cls(stroke.tool, stroke.tone, stroke.weight)

    def width(self, pressure: float) -> float:
        """Line width at ``pressure``: a pen swells as it is pressed, a pencil stays thin."""
        if self.tool is Tool.PEN:
            return self.weight * (0.25 + 0.75 * pressure)
        if self.tool is Tool.PENCIL:
            return max(1.0, self.weight * 0.5)
        return self.weight

    def colour(self, pressure: float) -> QColor:
        red, green, blue = TONES[self.tone]
        if self.tool is Tool.PENCIL:  # graphite: lighter when pressed lightly
            return QColor(red, green, blue, round(70 + 150 * pressure))
        return QColor(red, green, blue)


Point = tuple[float, float, float]


def segment_area(brush: Brush, a: Point, b: Point) -> QRectF:
    """The canvas area a segment's ink can reach."""
    half = brush.width(b[2]) / 2 + 2
    return QRectF(
        QPointF(min(a[0], b[0]) - half, min(a[1], b[1]) - half),
        QPointF(max(a[0], b[0]) + half, max(a[1], b[1]) + half),
    )


def paint_segment(painter: QPainter, brush: Brush, a: Point, b: Point) -> None:
    """Draw one segment of a sketch stroke, from ``a`` to ``b`` (equal: a dot)."""
    if brush.tool is Tool.ERASER:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        colour = QColor(0, 0, 0)
    else:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        colour = brush.colour(b[2])
    painter.setPen(QPen(colour, brush.width(b[2]), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(a[0], a[1]), QPointF(b[0], b[1]))


def segments(stroke: Stroke) -> list[tuple[Point, Point]]:
    """A sketch stroke's segments (one dot for a single point)."""
    points = stroke.points
    if len(points) == 1:
        return [(points[0], points[0])]
    return list(itertools.pairwise(points))


def paint_note(painter: QPainter, stroke: Stroke) -> None:
    """Draw an arrow or a note (the layer above the sketch)."""
    red, green, blue = TONES[stroke.tone]
    colour = QColor(red, green, blue)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    first, last = stroke.points[0], stroke.points[-1]
    if stroke.tool is Tool.NOTE:
        font = QFont("Sans Serif")
        font.setPixelSize(round(max(48.0, stroke.weight * 4)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(first[0], first[1]), stroke.text)
        return
    width = max(6.0, stroke.weight)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(first[0], first[1]), QPointF(last[0], last[1]))
    angle = math.atan2(last[1] - first[1], last[0] - first[0])
    size = width * 5
    head = QPolygonF(
        [QPointF(last[0], last[1])]
        + [
            QPointF(
                last[0] - size * math.cos(angle + side), last[1] - size * math.sin(angle + side)
            )
            for side in (-0.45, 0.45)
        ]
    )
    path = QPainterPath()
    path.addPolygon(head)
    painter.fillPath(path, colour)


def paint_document(painter: QPainter, document: SketchDocument, notes: bool) -> None:
    """Every stroke of one layer (the sketch, or the arrows and notes), in canvas pixels."""
    for stroke in document.strokes:
        if stroke.tool.on_notes_layer != notes:
            continue
        if notes:
            paint_note(painter, stroke)
        else:
            brush = Brush.of(stroke)
            for a, b in segments(stroke):
                paint_segment(painter, brush, a, b)


@dataclass
class _Step:
    """A stroke on the undo stack, with the 4K tiles it covered before it was drawn."""

    stroke: Stroke
    tiles: dict[tuple[int, int], QImage] = field(default_factory=dict)


@dataclass
class _Live:
    """The stroke being drawn: its brush, its points so far, the tiles it has covered."""

    brush: Brush
    points: list[Point]
    text: str
    tiles: dict[tuple[int, int], QImage] = field(default_factory=dict)

    def stroke(self) -> Stroke:
        points = self.points[:1] if self.brush.tool is Tool.NOTE else self.points
        return Stroke(
            tool=self.brush.tool,
            tone=self.brush.tone,
            weight=self.brush.weight,
            points=tuple(points),
            text=self.text,
        )


class SketchCanvas(QWidget):
    """The drawing surface. Coordinates are canvas pixels; the widget shows the canvas scaled.

    Signals:
        changed(): a stroke was added, undone or redone.
        tool_changed(): the tool, tone or line weight changed (keys or buttons).
    """

    changed = Signal()
    tool_changed = Signal()

    def __init__(
        self,
        document: SketchDocument,
        underlay: QImage | None = None,
        onion: QImage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sketch-canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)  # the brush's outline follows the pointer
        self._hover: QPointF | None = None
        self.canvas_size = QSize(document.width, document.height)
        self.underlay_opacity = document.underlay_opacity
        self.underlay_in_board = document.underlay_in_board
        self.onion_visible = onion is not None
        self.tool = Tool.PEN
        self.tone = "ink"
        self.weight_index = 1
        self.note_text = ""
        self._underlay, self._onion = underlay, onion
        self._underlay_shown: QImage | None = None
        self._onion_shown: QImage | None = None
        self._layer = QImage(self.canvas_size, QImage.Format.Format_ARGB32_Premultiplied)
        self._layer.fill(Qt.GlobalColor.transparent)
        self._shown = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        self._scale, self._origin = 1.0, QPointF()
        self._done: list[_Step] = []
        self._undone: list[Stroke] = []
        self._live: _Live | None = None
        painter = QPainter(self._layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_document(painter, document, notes=False)
        painter.end()
        # Strokes loaded with the document have no saved tiles: undoing one redraws the layer.
        self._done = [_Step(stroke) for stroke in document.strokes]

    # -- what the dialog reads and sets ----------------------------------------------------

    @property
    def weight(self) -> float:
        """The current line weight in canvas pixels."""
        return WEIGHTS[self.weight_index]

    @property
    def strokes(self) -> tuple[Stroke, ...]:
        """Every stroke drawn so far (loaded ones first), without the undone ones."""
        return tuple(step.stroke for step in self._done)

    def document(self) -> SketchDocument:
        """The board as a document of strokes."""
        return SketchDocument(
            width=self.canvas_size.width(),
            height=self.canvas_size.height(),
            strokes=self.strokes,
            underlay_opacity=round(self.underlay_opacity, 3),
            underlay_in_board=self.underlay_in_board,
        )

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        if tool.on_notes_layer and self.tone not in ("red",):
            self.tone = "red"
        elif not tool.on_notes_layer and self.tone == "red":
            self.tone = "ink"
        self.tool_changed.emit()

    def set_tone(self, tone: str) -> None:
        self.tone = tone
        self.tool_changed.emit()

    def step_weight(self, steps: int) -> None:
        self.weight_index = max(0, min(len(WEIGHTS) - 1, self.weight_index + steps))
        self.tool_changed.emit()

    def set_underlay_opacity(self, opacity: float) -> None:
        self.underlay_opacity = opacity
        self.update()

    def set_onion_visible(self, visible: bool) -> None:
        self.onion_visible = visible
        self.update()

    def board_image(self) -> QImage:
        """The board at full canvas size: paper (or the underlay), the sketch, the notes."""
        image = QImage(self.canvas_size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.underlay_in_board and self._underlay is not None:
            painter.setOpacity(self.underlay_opacity)
            painter.drawImage(QRectF(image.rect()), self._underlay)
            painter.setOpacity(1.0)
        painter.drawImage(0, 0, self._layer)
        for stroke in self.strokes:
            if stroke.tool.on_notes_layer:
                paint_note(painter, stroke)
        painter.end()
        return image

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        """Take back the last stroke."""
        if not self._done or self._live is not None:
            return
        step = self._done.pop()
        self._undone.append(step.stroke)
        if step.stroke.tool.on_notes_layer:
            self.update()
        elif step.tiles:
            painter = QPainter(self._layer)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            area = QRect()
            for (column, row), tile in step.tiles.items():
                painter.drawImage(column * TILE, row * TILE, tile)
                area = area.united(QRect(column * TILE, row * TILE, tile.width(), tile.height()))
            painter.end()
            self._refresh_shown(QRectF(area))
        else:  # a stroke loaded with the document: redraw the layer from the strokes
            self._redraw_layer()
        self.changed.emit()

    def redo(self) -> None:
        """Draw the last undone stroke again."""
        if not self._undone or self._live is not None:
            return
        stroke = self._undone.pop()
        step = _Step(stroke)
        if not stroke.tool.on_notes_layer:
            brush = Brush.of(stroke)
            for a, b in segments(stroke):
                self._draw(brush, a, b, step.tiles)
        self._done.append(step)
        self.update()
        self.changed.emit()

    def _redraw_layer(self) -> None:
        self._layer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_document(painter, self.document(), notes=False)
        painter.end()
        self._refresh_shown(QRectF(self._layer.rect()))

    # -- drawing ---------------------------------------------------------------------------

    def to_canvas(self, position: QPointF) -> QPointF:
        """A widget position as canvas pixels."""
        return (position - self._origin) / self._scale

    def _begin(self, position: QPointF, pressure: float) -> None:
        point = self.to_canvas(position)
        first = (point.x(), point.y(), pressure)
        text = self.note_text if self.tool is Tool.NOTE else ""
        self._live = _Live(Brush(self.tool, self.tone, self.weight), [first], text)
        if not self.tool.on_notes_layer:
            self._draw(self._live.brush, first, first, self._live.tiles)
        else:
            self.update()

    def _extend(self, position: QPointF, pressure: float) -> None:
        live = self._live
        if live is None:
            return
        point = self.to_canvas(position)
        here = (point.x(), point.y(), pressure)
        if live.brush.tool.on_notes_layer:
            live.points[1:] = [here]
            self.update()
            return
        last = live.points[-1]
        if abs(here[0] - last[0]) < 0.5 and abs(here[1] - last[1]) < 0.5:
            return
        live.points.append(here)
        self._draw(live.brush, last, here, live.tiles)

    def _end(self) -> None:
        live, self._live = self._live, None
        if live is None:
            return
        self.update()
        if live.brush.tool is Tool.NOTE and not live.text.strip():
            return  # a note with no words: nothing to place
        if live.brush.tool is Tool.ARROW and len(live.points) < 2:
            return
        self._done.append(_Step(live.stroke(), live.tiles))
        self._undone.clear()
        self.changed.emit()

    def _draw(self, brush: Brush, a: Point, b: Point, tiles: dict[tuple[int, int], QImage]) -> None:
        """Draw one segment on the 4K layer and on the shown copy; repaint just its area."""
        area = segment_area(brush, a, b)
        self._keep_tiles(tiles, area)
        for image, scale in ((self._layer, 1.0), (self._shown, self._scale)):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            paint_segment(painter, brush, a, b)
            painter.end()
        shown = QRectF(area.topLeft() * self._scale + self._origin, area.size() * self._scale)
        self.update(shown.toAlignedRect().adjusted(-1, -1, 1, 1))

    def _keep_tiles(self, tiles: dict[tuple[int, int], QImage], area: QRectF) -> None:
        """Copy the 4K tiles ``area`` reaches that this stroke has not touched yet."""
        bounds = area.toAlignedRect().intersected(self._layer.rect())
        if bounds.isEmpty():
            return
        for row in range(bounds.top() // TILE, bounds.bottom() // TILE + 1):
            for column in range(bounds.left() // TILE, bounds.right() // TILE + 1):
                if (column, row) not in tiles:
                    tiles[(column, row)] = self._layer.copy(column * TILE, row * TILE, TILE, TILE)

    # -- input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover_at(event.position())
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_at(None)
        super().leaveEvent(event)

    def brush_outline(self) -> QRectF | None:
        """Where the brush's outline is drawn (its line weight, at the pointer), if shown."""
        if self._hover is None or self.tool.on_notes_layer:
            return None
        radius = max(2.0, self.weight * self._scale / 2)
        return QRectF(self._hover - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))

    def _hover_at(self, position: QPointF | None) -> None:
        before = self.brush_outline()
        self._hover = position
        for area in (before, self.brush_outline()):
            if area is not None:
                self.update(area.toAlignedRect().adjusted(-2, -2, 2, 2))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen on a tablet: its pressure sets the pen's width and the pencil's darkness."""
        kind = event.type()
        self._hover_at(event.position())
        pressure = min(1.0, max(0.0, event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove and self._live is not None:
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no mouse event is made up from it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {
            Qt.Key.Key_B: lambda: self.set_tool(Tool.PEN),
            Qt.Key.Key_P: lambda: self.set_tool(Tool.PENCIL),
            Qt.Key.Key_E: lambda: self.set_tool(Tool.ERASER),
            Qt.Key.Key_A: lambda: self.set_tool(Tool.ARROW),
            Qt.Key.Key_N: lambda: self.set_tool(Tool.NOTE),
            Qt.Key.Key_BracketLeft: lambda: self.step_weight(-1),
            Qt.Key.Key_BracketRight: lambda: self.step_weight(1),
        }
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        elif event.modifiers() in (Qt.KeyboardModifier.NoModifier,) and event.key() in keys:
            keys[Qt.Key(event.key())]()
        else:
            super().keyPressEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def frame_rect(self) -> QRectF:
        """Where the canvas shows in the widget."""
        return QRectF(
            self._origin,
            QSize(
                round(self.canvas_size.width() * self._scale),
                round(self.canvas_size.height() * self._scale),
            ).toSizeF(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        self._scale = min(
            area.width() / self.canvas_size.width(), area.height() / self.canvas_size.height()
        )
        shown = QSize(
            max(1, round(self.canvas_size.width() * self._scale)),
            max(1, round(self.canvas_size.height() * self._scale)),
        )
        self._origin = QPointF(
            round(area.x() + (area.width() - shown.width()) / 2),
            round(area.y() + (area.height() - shown.height()) / 2),
        )
        self._shown = QImage(shown, QImage.Format.Format_ARGB32_Premultiplied)
        self._refresh_shown(QRectF(self._layer.rect()))

        def fitted(image: QImage | None) -> QImage | None:
            if image is None:
                return None
            return image.scaled(
                shown,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            ).copy(0, 0, shown.width(), shown.height())

        self._underlay_shown, self._onion_shown = fitted(self._underlay), fitted(self._onion)
        super().resizeEvent(event)

    def _refresh_shown(self, area: QRectF) -> None:
        """Scale ``area`` of the 4K layer into the shown copy."""
        target = QRectF(area.topLeft() * self._scale, area.size() * self._scale)
        painter = QPainter(self._shown)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._layer, area)
        painter.end()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKDROP)
        frame = self.frame_rect()
        painter.fillRect(frame, Qt.GlobalColor.white)
        if self._underlay_shown is not None and self.underlay_opacity > 0:
            painter.setOpacity(self.underlay_opacity)
            painter.drawImage(frame.topLeft(), self._underlay_shown)
        if self._onion_shown is not None and self.onion_visible:
            painter.setOpacity(ONION_OPACITY)
            painter.drawImage(frame.topLeft(), self._onion_shown)
        painter.setOpacity(1.0)
        painter.drawImage(frame.topLeft(), self._shown)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self._origin)
        painter.scale(self._scale, self._scale)
        notes = [step.stroke for step in self._done if step.stroke.tool.on_notes_layer]
        if self._live is not None and self._live.brush.tool.on_notes_layer:
            notes.append(self._live.stroke())
        for stroke in notes:
            if stroke.tool is Tool.ARROW and len(stroke.points) < 2:
                continue
            paint_note(painter, stroke)
        painter.resetTransform()
        outline = self.brush_outline()
        if outline is not None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
            painter.setPen(QPen(QColor(255, 255, 255), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(outline)
        painter.end()
