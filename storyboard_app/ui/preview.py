"""The picture area: the selected shot's frame at the storyboard's aspect ratio.

It shows the shot's picture (:meth:`Shot.picture`), else the first picture of a character
in it (from the character bible), else its blocking frame (the framing drawn: set,
figures, names, move arrows), with the slate and dialogue, so a director reads the board
shot by shot. Every text is fitted to the space it gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from storyboard_app.domain.models import Character, Shot, Storyboard
from storyboard_app.ui.painting import draw_cover
from storyboard_app.ui.shot_pictures import readable_above, shot_pixmap
from storyboard_app.ui.theme import ACCENT, BASE, MUTED, TEXT
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.timeline import move_label


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
        self._characters: Sequence[Character] = ()

    def sizeHint(self) -> QSize:
        return QSize(800, 450)

    def show_shot(
        self,
        board: Storyboard,
        shot: Shot | None,
        folder: Path | None,
        characters: Sequence[Character] = (),
    ) -> None:
        """Show ``shot`` of ``board``; ``characters`` lend their pictures to shots they are in."""
        self._board, self._shot, self._folder = board, shot, folder
        self._characters = characters
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
            slate, caption = self.slate_rect(frame, shot), self.caption_rect(frame, shot)
            readable = readable_above(
                slate.bottom() + 4 - frame.top(),
                (caption.top() if caption else frame.bottom() - 6) - 4 - frame.top(),
                frame.height(),
            )
            picture = shot_pixmap(
                self._thumbnails,
                self._folder,
                shot,
                size,
                picture=self.picture_path(shot),
                readable=readable,
                board=self._board,
            )
            if picture is not None and not picture.isNull():
                draw_cover(painter, frame, picture)
            self._paint_slate(painter, frame, shot)
        painter.setPen(MUTED)
        painter.setFont(self.font())  # the slate's bold font would overflow the fitted note
        note = QRectF(8, self.height() - 28, self.width() - 16, 24)
        painter.drawText(note, Qt.AlignmentFlag.AlignCenter, self._fitted_note(note.width()))
        painter.end()

    def picture_path(self, shot: Shot) -> str | None:
        """The shot's own picture, else the first picture of a character in it."""
        own = shot.picture()
        if own:
            return own
        by_name = {c.name.casefold(): c for c in self._characters}
        for name in shot.cast():
            character = by_name.get(name.casefold())
            if character is not None and character.references:
                return character.references[0]
        return None

    def _fitted_note(self, width: float) -> str:
        """The note, shortened to its essentials on a narrow window."""
        metrics = QFontMetricsF(self.font())
        note = self.tr(
            "The shot's picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play."
        )
        if metrics.horizontalAdvance(note) <= width:
            return note
        short = self.tr("Render ▸ Render Previs (Ctrl+R) to watch it play.")
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, width)

    def slate_text(self, shot: Shot) -> str:
        """The slate in the window's language, its moves in the timeline's film words (推, 左摇),
        not the prompt's phrase in the board's language ("slow dolly in" in a Chinese window)."""
        moves = move_label(shot)
        slate = self.tr("SHOT {number} · {size} · {seconds} s").format(
            number=self._number, size=shot.size.value, seconds=f"{shot.duration:g}"
        )
        return slate + (f" · {moves}" if moves else "")

    def _slate_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def slate_rect(self, frame: QRectF, shot: Shot) -> QRectF:
        """Where the slate (shot number, size, length, moves) is drawn on the picture."""
        metrics = QFontMetricsF(self._slate_font())
        slate = metrics.elidedText(
            self.slate_text(shot), Qt.TextElideMode.ElideRight, frame.width() - 36
        )
        return QRectF(frame.x() + 10, frame.y() + 10, metrics.horizontalAdvance(slate) + 16, 24)

    def _caption_text(self, shot: Shot) -> str:
        line = shot.dialogue[0]
        return self.tr('{name}: "{line}"').format(name=line.character, line=line.line)

    def caption_rect(self, frame: QRectF, shot: Shot) -> QRectF | None:
        """Where the first dialogue line is drawn (None: the shot has none)."""
        if not shot.dialogue:
            return None
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        room = QRectF(0, 0, frame.width() - 64, frame.height() / 3)
        needed = QFontMetricsF(self.font()).boundingRect(room, flags, self._caption_text(shot))
        return QRectF(
            frame.center().x() - needed.width() / 2 - 12,
            frame.bottom() - needed.height() - 22,
            needed.width() + 24,
            needed.height() + 12,
        )

    def _paint_slate(self, painter: QPainter, frame: QRectF, shot: Shot) -> None:
        painter.setFont(self._slate_font())
        box = self.slate_rect(frame, shot)
        slate = painter.fontMetrics().elidedText(
            self.slate_text(shot), Qt.TextElideMode.ElideRight, int(frame.width() - 36)
        )
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(ACCENT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, slate)
        caption = self.caption_rect(frame, shot)
        if caption is not None:
            painter.setFont(self.font())
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            painter.fillRect(caption, QColor(0, 0, 0, 170))
            painter.setPen(TEXT)
            painter.drawText(caption, flags, self._caption_text(shot))
