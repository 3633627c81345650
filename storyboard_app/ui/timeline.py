"""The timeline: shots as blocks on a seconds ruler, reordered and re-timed by dragging.

The widget never changes the project itself: it asks (signals) and the window turns each
request into one undoable edit, then hands the new storyboard back with :meth:`set_board`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from storyboard_app.domain.capabilities import KLING_V3, capability
from storyboard_app.domain.models import Shot, Storyboard
from storyboard_app.domain.vocabulary import Direction, MoveKind, ShotSize
from storyboard_app.render.blocking import Framing
from storyboard_app.ui.film_words import direction_label
from storyboard_app.ui.film_words import move_label as move_word
from storyboard_app.ui.painting import draw_fit
from storyboard_app.ui.shot_pictures import blocking_pixmap
from storyboard_app.ui.theme import ACCENT, BASE, ERROR, MUTED, PANEL, TEXT
from storyboard_app.ui.thumbnails import ThumbnailCache

RULER = 40
LABEL_ROW = 16
MARGIN = 12
ADD_WIDTH = 44
HANDLE = 7
BLOCK_GAP = 3

SIZE_COLOURS = {
    ShotSize.EWS: "#2f5d62",
    ShotSize.WS: "#35606e",
    ShotSize.MLS: "#3d5a80",
    ShotSize.MS: "#4a4e8a",
    ShotSize.MCU: "#5e4b8b",
    ShotSize.CU: "#7a4a7e",
    ShotSize.ECU: "#8a4660",
    ShotSize.TWO_SHOT: "#4f6b4a",
    ShotSize.OTS: "#5d6b3f",
    ShotSize.POV: "#6b5a3f",
    ShotSize.INSERT: "#6b4a3f",
}


_SHORT_MOVES: dict[tuple[MoveKind, Direction], object] = {
    (MoveKind.PAN, Direction.LEFT): QT_TRANSLATE_NOOP("Timeline", "pan L"),
    (MoveKind.PAN, Direction.RIGHT): QT_TRANSLATE_NOOP("Timeline", "pan R"),
    (MoveKind.TILT, Direction.UP): QT_TRANSLATE_NOOP("Timeline", "tilt U"),
    (MoveKind.TILT, Direction.DOWN): QT_TRANSLATE_NOOP("Timeline", "tilt D"),
    (MoveKind.TRUCK, Direction.LEFT): QT_TRANSLATE_NOOP("Timeline", "truck L"),
    (MoveKind.TRUCK, Direction.RIGHT): QT_TRANSLATE_NOOP("Timeline", "truck R"),
    (MoveKind.PEDESTAL, Direction.UP): QT_TRANSLATE_NOOP("Timeline", "pedestal U"),
    (MoveKind.PEDESTAL, Direction.DOWN): QT_TRANSLATE_NOOP("Timeline", "pedestal D"),
    (MoveKind.CRANE, Direction.UP): QT_TRANSLATE_NOOP("Timeline", "crane U"),
    (MoveKind.CRANE, Direction.DOWN): QT_TRANSLATE_NOOP("Timeline", "crane D"),
    (MoveKind.DOLLY, Direction.IN): QT_TRANSLATE_NOOP("Timeline", "dolly in"),
    (MoveKind.DOLLY, Direction.OUT): QT_TRANSLATE_NOOP("Timeline", "dolly out"),
    (MoveKind.ZOOM, Direction.IN): QT_TRANSLATE_NOOP("Timeline", "zoom in"),
    (MoveKind.ZOOM, Direction.OUT): QT_TRANSLATE_NOOP("Timeline", "zoom out"),
    (MoveKind.ROLL, Direction.CLOCKWISE): QT_TRANSLATE_NOOP("Timeline", "roll clockwise"),
    (MoveKind.ROLL, Direction.COUNTERCLOCKWISE): QT_TRANSLATE_NOOP(
        "Timeline", "roll counterclockwise"
    ),
    (MoveKind.ORBIT, Direction.LEFT): QT_TRANSLATE_NOOP("Timeline", "orbit L"),
    (MoveKind.ORBIT, Direction.RIGHT): QT_TRANSLATE_NOOP("Timeline", "orbit R"),
    (MoveKind.TRACKING, Direction.FORWARD): QT_TRANSLATE_NOOP("Timeline", "tracking forward"),
    (MoveKind.TRACKING, Direction.BACKWARD): QT_TRANSLATE_NOOP("Timeline", "tracking backward"),
    (MoveKind.TRACKING, Direction.LEFT): QT_TRANSLATE_NOOP("Timeline", "tracking L"),
    (MoveKind.TRACKING, Direction.RIGHT): QT_TRANSLATE_NOOP("Timeline", "tracking R"),
    (MoveKind.RACK_FOCUS, Direction.IN): QT_TRANSLATE_NOOP("Timeline", "rack-focus in"),
    (MoveKind.RACK_FOCUS, Direction.OUT): QT_TRANSLATE_NOOP("Timeline", "rack-focus out"),
    (MoveKind.DOLLY_ZOOM, Direction.IN): QT_TRANSLATE_NOOP("Timeline", "dolly-zoom in"),
    (MoveKind.DOLLY_ZOOM, Direction.OUT): QT_TRANSLATE_NOOP("Timeline", "dolly-zoom out"),
}
"""Each move with its direction in a few characters, translated as one phrase, so that
Chinese reads as crews say it (推, 拉, 左摇, 摇臂降) rather than word by word."""


def move_label(shot: Shot) -> str:
    """The shot's moves in a few characters: "dolly in", "pan L → tilt U" (translated)."""
    parts = []
    for move in shot.moves:
        short = _SHORT_MOVES.get((move.kind, move.direction))
        if short is not None:
            parts.append(QCoreApplication.translate("Timeline", str(short)))
        elif move.direction is Direction.NONE or move.kind in (
            MoveKind.STATIC,
            MoveKind.HANDHELD,
        ):
            parts.append(move_word(move.kind))
        else:  # a direction the move does not take: validation reports it
            parts.append(f"{move_word(move.kind)} {direction_label(move.direction)}")
    return " → ".join(parts)


@dataclass(frozen=True)
class _Drag:
    shot_id: str
    kind: str  # "resize" or "move"
    origin: QPoint
    gesture: int
    started: bool = False


class Timeline(QWidget):
    """Shot blocks proportional to duration, on a ruler up to the model's longest total.

    Signals:
        shot_selected(str): the user selected the shot with that id.
        reorder_requested(str, int): move the shot to that index.
        resize_requested(str, float, int): set the shot's duration; the int names the drag
            gesture, so one drag becomes one undo step.
        delete_requested(str), duplicate_requested(str): remove or copy the shot.
        add_requested(): add a shot at the end.
    """

    shot_selected = Signal(str)
    reorder_requested = Signal(str, int)
    resize_requested = Signal(str, float, int)
    delete_requested = Signal(str)
    duplicate_requested = Signal(str)
    add_requested = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(165)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._thumbnails = thumbnails
        thumbnails.ready.connect(lambda _path: self.update())
        self._board = Storyboard(shots=())
        self._folder: Path | None = None
        self._selected: str | None = None
        self._drag: _Drag | None = None
        self._drop_index: int | None = None
        self._gestures = 0

    def sizeHint(self) -> QSize:
        return QSize(900, 175)

    # -- what it shows -------------------------------------------------------------------

    def set_board(self, board: Storyboard, folder: Path | None, selected: str | None) -> None:
        """Show a storyboard, with one shot selected."""
        self._board = board
        self._folder = folder
        self._selected = selected
        self.update()

    @property
    def selected(self) -> str | None:
        """Id of the selected shot."""
        return self._selected

    def _limit(self) -> float:
        cap = capability(self._board.model) or KLING_V3
        return float(cap.max_total)

    def _scale_seconds(self) -> float:
        return max(self._limit(), self._board.total_duration)

    def pixels_per_second(self) -> float:
        """Horizontal scale of the ruler."""
        usable = self.width() - 2 * MARGIN - ADD_WIDTH - BLOCK_GAP
        return max(usable, 50) / self._scale_seconds()

    def block_rect(self, index: int) -> QRectF:
        """Where shot ``index`` is drawn."""
        pps = self.pixels_per_second()
        start = self._board.shot_starts()[index]
        duration = self._board.shots[index].duration
        top = RULER + 6
        return QRectF(
            MARGIN + start * pps + BLOCK_GAP / 2,
            top,
            max(duration * pps - BLOCK_GAP, 8),
            self.height() - top - 8,
        )

    def picture_rect(self, index: int) -> QRectF:
        """Where shot ``index``'s picture is drawn: its block above the title and details."""
        return self.block_rect(index).adjusted(0, 0, 0, -38)

    def add_rect(self) -> QRectF:
        """The "+" button after the last shot."""
        pps = self.pixels_per_second()
        top = RULER + 6
        x = MARGIN + self._board.total_duration * pps + BLOCK_GAP
        return QRectF(x, top, ADD_WIDTH - BLOCK_GAP, self.height() - top - 8)

    def _hit(self, point: QPointF) -> tuple[int, bool] | None:
        """(shot index, on its resize handle) under a point."""
        for index in range(len(self._board.shots)):
            rect = self.block_rect(index)
            grab = rect.adjusted(0, 0, HANDLE / 2, 0)
            if grab.contains(point):
                return index, point.x() >= rect.right() - HANDLE
        return None

    def _insertion_index(self, x: float) -> int:
        pps = self.pixels_per_second()
        seconds = (x - MARGIN) / pps
        for index, (start, shot) in enumerate(
            zip(self._board.shot_starts(), self._board.shots, strict=True)
        ):
            if seconds < start + shot.duration / 2:
                return index
        return len(self._board.shots)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BASE)
        self._paint_ruler(painter)
        for index, shot in enumerate(self._board.shots):
            self._paint_block(painter, index, shot)
        if self.kling_cuts and self._board.shots:
            self._paint_kling_cut(painter)
        self._paint_add(painter)
        if self._drop_index is not None:
            pps = self.pixels_per_second()
            starts = [*self._board.shot_starts(), self._board.total_duration]
            x = MARGIN + starts[self._drop_index] * pps
            painter.setPen(QPen(ACCENT, 3))
            painter.drawLine(QPointF(x, RULER + 2), QPointF(x, self.height() - 4))
        painter.end()

    def _paint_ruler(self, painter: QPainter) -> None:
        pps = self.pixels_per_second()
        limit = self._limit()
        painter.setPen(QPen(MUTED, 1))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        every = 1 if pps >= 28 else 5
        for second in range(int(self._scale_seconds()) + 1):
            x = MARGIN + second * pps
            tall = second % every == 0
            painter.drawLine(QPointF(x, RULER - (10 if tall else 5)), QPointF(x, RULER))
            if tall:
                painter.drawText(
                    QPointF(x + 3, RULER - 6), self.tr("{seconds}s").format(seconds=second)
                )
        limit_x = MARGIN + limit * pps
        painter.setPen(QPen(ERROR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(limit_x, LABEL_ROW + 2), QPointF(limit_x, self.height() - 2))
        total = self._board.total_duration
        over = total > limit
        painter.setPen(ERROR if over else TEXT)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        text = self.summary()
        rect = QRect(MARGIN, 0, self.width() - 2 * MARGIN, LABEL_ROW)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_picture(self, painter: QPainter, area: QRectF, shot: Shot) -> None:
        """The shot's picture, whole, in a block's picture area: a blocking frame drawn at
        the area's own size in device pixels (sharp, heads and names whole; kept, so
        repaints reuse it), another picture fitted inside it."""
        path = shot.picture()
        folder = self._folder
        if path is None or folder is None or not (folder / path).is_file():
            ratio = self.devicePixelRatioF()
            frame = blocking_pixmap(
                Framing.of_shot(shot, self._board),
                max(1, round(area.width() * ratio)),
                max(1, round(area.height() * ratio)),
                False,
                None,
                self._board.aspect_ratio.ratio,
            )
            painter.drawPixmap(area, frame, QRectF(frame.rect()))
            return
        picture = self._thumbnails.get(folder / path)
        if picture is not None and not picture.isNull():
            draw_fit(painter, area, picture)

    def _paint_block(self, painter: QPainter, index: int, shot: Shot) -> None:
        rect = self.block_rect(index)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, QColor(SIZE_COLOURS.get(shot.size, "#444")))
        painter.save()
        painter.setClipPath(path)
        self._paint_picture(painter, self.picture_rect(index), shot)
        painter.restore()
        painter.setPen(TEXT)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        inner = rect.adjusted(7, 0, -HANDLE - 2, -4)
        bottom = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
        title = self.block_title(index)
        if painter.fontMetrics().horizontalAdvance(title) > inner.width():
            title = str(index + 1)  # a short block keeps its number whole
        painter.drawText(inner.adjusted(0, 0, 0, -16), bottom, title)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        detail = (
            self.tr("{seconds}s").format(seconds=f"{shot.duration:g}") + f"  {move_label(shot)}"
        )
        elided = painter.fontMetrics().elidedText(
            detail, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, bottom, elided)
        if shot.dialogue:
            self._paint_speech_marker(painter, QPointF(rect.right() - HANDLE - 16, rect.top() + 6))
        if shot.id == self._selected:
            painter.setPen(QPen(ACCENT, 3))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.fillRect(
            QRectF(rect.right() - HANDLE + 2, rect.top() + rect.height() / 2 - 10, 2, 20),
            QColor(255, 255, 255, 120),
        )

    @property
    def kling_cuts(self) -> bool:
        """Whether the board is one take whose cuts Kling plans ("Let Kling cut")."""
        return self._board.cuts == "model"

    def block_title(self, index: int) -> str:
        """A block's title: "2 · MS", or "Note 2" when the shots are notes for Kling."""
        shot = self._board.shots[index]
        return (
            self.tr("Note {number}").format(number=index + 1)
            if self.kling_cuts
            else f"{index + 1} · {shot.size.value}"
        )

    def summary(self) -> str:
        """The ruler's line: "12 s of 15 s · 3 shots" (or notes, when Kling cuts)."""
        shots = len(self._board.shots)
        if self.kling_cuts:
            notes = self.tr("{n} note") if shots == 1 else self.tr("{n} notes")
            parts = self.tr("one take, Kling cuts · {notes}").format(notes=notes.format(n=shots))
        else:
            parts = (self.tr("{n} shot") if shots == 1 else self.tr("{n} shots")).format(n=shots)
        return self.tr("{total} s of {limit} s · {parts}").format(
            total=f"{self._board.total_duration:g}", limit=f"{self._limit():g}", parts=parts
        )

    def _paint_kling_cut(self, painter: QPainter) -> None:
        """One frame around every note: Kling renders them as one take and cuts it itself."""
        first, last = self.block_rect(0), self.block_rect(len(self._board.shots) - 1)
        whole = QRectF(first.left() - 3, first.top() - 3, last.right() - first.left() + 6, 0)
        whole.setBottom(first.bottom() + 3)
        painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(whole, 8, 8)

    @staticmethod
    def _paint_speech_marker(painter: QPainter, at: QPointF) -> None:
        """A small speech bubble: this shot has dialogue."""
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(at.x(), at.y(), 14, 10), 3, 3)
        bubble.moveTo(at.x() + 3, at.y() + 10)
        bubble.lineTo(at.x() + 2, at.y() + 14)
        bubble.lineTo(at.x() + 7, at.y() + 10)
        painter.fillPath(bubble, QColor(255, 255, 255, 220))

    def _paint_add(self, painter: QPainter) -> None:
        cap = capability(self._board.model) or KLING_V3
        rect = self.add_rect()
        full = len(self._board.shots) >= cap.max_shots
        painter.setPen(QPen(MUTED if full else ACCENT, 1, Qt.PenStyle.DashLine))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(MUTED if full else ACCENT)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() + 6)
        painter.setFont(big)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "+")

    # -- interaction ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        if self.add_rect().contains(point):
            self.add_requested.emit()
            return
        hit = self._hit(point)
        if hit is None:
            return
        index, on_handle = hit
        shot_id = self._board.shots[index].id
        self._select(shot_id)
        self._gestures += 1
        kind = "resize" if on_handle else "move"
        self._drag = _Drag(shot_id, kind, event.position().toPoint(), self._gestures)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._drag is None:
            hit = self._hit(point)
            on_handle = hit is not None and hit[1]
            self.setCursor(
                Qt.CursorShape.SizeHorCursor if on_handle else Qt.CursorShape.ArrowCursor
            )
            return
        drag = self._drag
        if not drag.started:
            if (point.toPoint() - drag.origin).manhattanLength() < QApplication.startDragDistance():
                return
            self._drag = drag = _Drag(drag.shot_id, drag.kind, drag.origin, drag.gesture, True)
        if drag.kind == "resize":
            index = next(i for i, s in enumerate(self._board.shots) if s.id == drag.shot_id)
            start_x = MARGIN + self._board.shot_starts()[index] * self.pixels_per_second()
            wanted = (point.x() - start_x) / self.pixels_per_second()
            self.resize_requested.emit(drag.shot_id, wanted, drag.gesture)
        else:
            self._drop_index = self._insertion_index(point.x())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        drop, self._drop_index = self._drop_index, None
        if drag is None or not drag.started or drag.kind != "move" or drop is None:
            self.update()
            return
        current = next(i for i, s in enumerate(self._board.shots) if s.id == drag.shot_id)
        target = drop - 1 if drop > current else drop
        if target != current:
            self.reorder_requested.emit(drag.shot_id, target)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [shot.id for shot in self._board.shots]
        if not ids:
            super().keyPressEvent(event)
            return
        current = ids.index(self._selected) if self._selected in ids else 0
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._select(ids[max(0, current - 1)])
        elif key == Qt.Key.Key_Right:
            self._select(ids[min(len(ids) - 1, current + 1)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.delete_requested.emit(self._selected)
        else:
            super().keyPressEvent(event)

    def _select(self, shot_id: str) -> None:
        if shot_id != self._selected:
            self._selected = shot_id
            self.update()
        self.shot_selected.emit(shot_id)
