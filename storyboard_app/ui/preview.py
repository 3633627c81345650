"""The picture area: the selected shot's frame at the storyboard's aspect ratio.

It shows the shot's picture (:meth:`Shot.picture`), else its blocking frame (the framing
drawn: set, figures, names, move arrows), with the slate and dialogue, so a director reads
the board shot by shot. Rendered video will play here once a renderer exists; until then
the area says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from storyboard_app.compiler.prompt import Language, moves_phrase, prompt_language
from storyboard_app.domain.models import Shot, Storyboard
from storyboard_app.ui.painting import draw_cover
from storyboard_app.ui.shot_pictures import shot_pixmap
from storyboard_app.ui.theme import ACCENT, BASE, MUTED, TEXT
from storyboard_app.ui.thumbnails import ThumbnailCache


class ShotPreview(QWidget):
    """Draws the selected shot as a storyboard panel."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._thumbnails = thumbnails
        thumbnails.ready.connect(lambda _path: self.update())
        self._board: Storyboard | None = None
        self._shot: Shot | None = None
        self._number = 0
        self._folder: Path | None = None

    def sizeHint(self) -> QSize:
        return QSize(800, 450)

    def show_shot(self, board: Storyboard, shot: Shot | None, folder: Path | None) -> None:
        """Show ``shot`` of ``board``."""
        self._board, self._shot, self._folder = board, shot, folder
        self._number = [s.id for s in board.shots].index(shot.id) + 1 if shot else 0
        self.update()

    def frame_rect(self) -> QRectF:
        """Where the picture goes: the largest box of the storyboard's aspect ratio."""
        ratio = self._board.aspect_ratio.ratio if self._board else 16 / 9
        area = QRectF(self.rect()).adjusted(16, 12, -16, -34)
        width = min(area.width(), area.height() * ratio)
        height = width / ratio
        return QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor(18, 18, 20))
        frame = self.frame_rect()
        painter.fillRect(frame, BASE)
        shot = self._shot
        if shot is not None:
            size = (round(frame.width()), round(frame.height()))
            picture = shot_pixmap(self._thumbnails, self._folder, shot, size)
            if picture is not None and not picture.isNull():
                draw_cover(painter, frame, picture)
            self._paint_slate(painter, frame, shot)
        painter.setPen(MUTED)
        note = QRectF(0, self.height() - 28, self.width(), 24)
        painter.drawText(
            note,
            Qt.AlignmentFlag.AlignCenter,
            self.tr(
                "The shot's picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play."
            ),
        )
        painter.end()

    def _language(self) -> Language:
        """The board's prompt language: the slate and card speak it, as the previs does."""
        return prompt_language(self._board) if self._board else "en"

    def _paint_slate(self, painter: QPainter, frame: QRectF, shot: Shot) -> None:
        moves = moves_phrase(shot.moves, self._language())
        slate = self.tr("SHOT {number} · {size} · {seconds} s").format(
            number=self._number, size=shot.size.value, seconds=f"{shot.duration:g}"
        )
        if moves:
            slate += f" · {moves}"
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        box = QRectF(frame.x() + 10, frame.y() + 10, metrics.horizontalAdvance(slate) + 16, 24)
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(ACCENT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, slate)
        if shot.dialogue:
            painter.setFont(self.font())
            line = shot.dialogue[0]
            text = f'{line.character}: "{line.line}"'
            width = min(frame.width() - 40, painter.fontMetrics().horizontalAdvance(text) + 24)
            caption = QRectF(frame.center().x() - width / 2, frame.bottom() - 44, width, 30)
            painter.fillRect(caption, QColor(0, 0, 0, 170))
            painter.setPen(TEXT)
            painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, text)
