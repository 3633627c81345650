"""The printable storyboard: Qt's own PDF writer, landscape A4 or Letter, text selectable.

A cover with the project title, then each storyboard's panels in reading order (picture with
the camera moves drawn as arrows, shot number and size, angle, duration, dialogue, sound,
notes), then the shot list as a sheet. The panels' grid is chosen per storyboard by
:func:`storyboard_app.export.board_layout.lay_out_board` from the heights of their words as
Qt breaks them into lines (:class:`PanelWords`), so the words drawn are the words measured.
Panels show the shot's own clean picture (no burned-in slate or captions), at the
storyboard's aspect ratio; a shot without one shows its blocking frame (the framing drawn:
set, figures, names), with its words like every panel. Text is drawn as
text (selectable, searchable), in the fallback chain of :mod:`storyboard_app.render.fonts`
(Noto Sans CJK for Chinese, Japanese and Korean on Debian); Qt embeds the subset of each
face the PDF uses.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from storyboard_app.compiler.prompt import sentence
from storyboard_app.domain.models import CameraMove, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Direction, MoveKind
from storyboard_app.export.board_layout import Box, Rules, lay_out_board
from storyboard_app.export.shotlist import angle_words, list_separator, moves_words, shot_rows
from storyboard_app.render.blocking import Framing, blocking_frame
from storyboard_app.render.fonts import qt_families, text_language
from storyboard_app.render.pictures import cover

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
HEADING = 58.0
"""The storyboard's name and summary line above its panels (page units, 144 dpi)."""
PICTURE_PIXELS = 1600
"""The longest side of a panel's picture, in pixels (a one-shot page's picture is ~1500
page units wide)."""
INK = QColor(30, 30, 34)
GREY = QColor(110, 110, 118)
ARROW = QColor(232, 130, 20)
NBSP = "\u00a0"
"""Between a number and its unit, so "(at 12 s)" never breaks across lines."""


HEADINGS = {
    "shot": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Shot")),
    "size": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Size")),
    "angle": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Angle")),
    "moves": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Moves")),
    "duration": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Duration")),
    "start": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Start")),
    "subject": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Subject")),
    "dialogue": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Dialogue")),
    "sound": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Sound")),
    "notes": str(QT_TRANSLATE_NOOP("StoryboardPdf", "Notes")),
}
"""The shot list sheet's column headings (keys are :func:`shot_rows`' columns)."""


def _tr(text: str) -> str:
    """A string marked with ``str(QT_TRANSLATE_NOOP("StoryboardPdf", …))``, translated."""
    return QCoreApplication.translate("StoryboardPdf", text)


def _counted(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(n=count)


def _seconds(value: float) -> str:
    """ "12 s", in the window's language, never broken across lines."""
    return (
        QCoreApplication.translate("StoryboardPdf", "{seconds} s")
        .format(seconds=f"{value:g}")
        .replace(" ", NBSP)
    )


TIGHT_BRACKETS = str.maketrans({"（": "(", "）": ")"})
"""The CJK face the PDF draws Chinese with (WenQuanYi Micro Hei) sets a full-width bracket
in the middle of a whole em, so "（0–3秒）" prints as "（ 0–3秒 ）"; the words the app
writes on a panel (its time, its camera moves) use brackets that hug their words instead
(the project's own text is printed as it was typed)."""


def _tight(text: str) -> str:
    """``text`` with brackets that print without a gap inside them (see TIGHT_BRACKETS)."""
    return text.translate(TIGHT_BRACKETS)


def _bracketed(words: str) -> str:
    """``words`` in brackets after what comes before, one space between (never a break)."""
    return NBSP + _tight(words).lstrip()


def _angle(shot: Shot) -> str:
    return angle_words(shot, shot.angle.words)


def panel_picture(
    shot: Shot, folder: Path, size: tuple[int, int] = (960, 540), board: Storyboard | None = None
) -> QImage:
    """The shot's picture, else its blocking frame (in the set ``board``'s words place it
    in), ``size`` pixels (the storyboard's aspect ratio; the moves are drawn over it after)."""
    path = shot.picture()
    image: Image.Image | None = None
    if path and (folder / path).is_file():
        try:
            with Image.open(folder / path) as opened:
                opened.draft("RGB", (size[0] * 2, size[1] * 2))
                image = cover(ImageOps.exif_transpose(opened), size)
        except OSError:
            image = None
    if image is None:
        # Names as large as the panel's small print (letters 6% of the picture's height)
        image = blocking_frame(Framing.of_shot(shot, board), size, arrows=False, text_share=0.06)
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def _rect(box: Box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)


def _arrow(painter: QPainter, start: QPointF, end: QPointF) -> None:
    painter.drawLine(start, end)
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    size = 10.0
    for side in (-0.45, 0.45):
        tip = QPointF(
            end.x() - size * math.cos(angle + side), end.y() - size * math.sin(angle + side)
        )
        painter.drawLine(end, tip)


def draw_moves(painter: QPainter, box: QRectF, moves: tuple[CameraMove, ...]) -> None:
    """Each camera move as arrows on the picture, the way a storyboard artist draws them."""
    painter.save()
    painter.setPen(QPen(ARROW, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    c = box.center()
    w, h = box.width() * 0.28, box.height() * 0.28
    for move in moves:
        kind, way = move.kind, move.direction
        if kind in (MoveKind.PAN, MoveKind.TRUCK, MoveKind.TRACKING, MoveKind.ORBIT) and way in (
            Direction.LEFT,
            Direction.RIGHT,
        ):
            sign = 1 if way is Direction.RIGHT else -1
            if kind is MoveKind.ORBIT:
                path = QPainterPath(QPointF(c.x() - sign * w, c.y() + h * 0.6))
                path.quadTo(
                    QPointF(c.x(), c.y() + h * 1.3), QPointF(c.x() + sign * w, c.y() + h * 0.6)
                )
                painter.drawPath(path)
                _arrow(
                    painter,
                    QPointF(c.x() + sign * w * 0.8, c.y() + h * 0.8),
                    QPointF(c.x() + sign * w, c.y() + h * 0.6),
                )
            else:
                _arrow(painter, QPointF(c.x() - sign * w, c.y()), QPointF(c.x() + sign * w, c.y()))
        elif kind in (MoveKind.TILT, MoveKind.PEDESTAL, MoveKind.CRANE):
            sign = 1 if way is Direction.DOWN else -1
            _arrow(painter, QPointF(c.x(), c.y() - sign * h), QPointF(c.x(), c.y() + sign * h))
        elif kind in (MoveKind.DOLLY, MoveKind.ZOOM, MoveKind.DOLLY_ZOOM, MoveKind.TRACKING):
            inward = way in (Direction.IN, Direction.FORWARD)
            for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
                outer = QPointF(c.x() + dx * w * 1.4, c.y() + dy * h * 1.4)
                inner = QPointF(c.x() + dx * w * 0.7, c.y() + dy * h * 0.7)
                _arrow(painter, outer, inner) if inward else _arrow(painter, inner, outer)
        elif kind is MoveKind.ROLL:
            path = QPainterPath()
            path.arcMoveTo(QRectF(c.x() - w, c.y() - h, 2 * w, 2 * h), 30)
            path.arcTo(
                QRectF(c.x() - w, c.y() - h, 2 * w, 2 * h),
                30,
                -240 if way is Direction.CLOCKWISE else 240,
            )
            painter.drawPath(path)
    painter.restore()


PARAGRAPH_GAP = 2.0
"""Between a panel's paragraphs (heading, words, camera, each dialogue line, sound, notes)."""


class PanelWords:
    """A panel's paragraphs broken into lines at one width, by Qt's own line breaking (at
    word boundaries; inside a word only when it is longer than the line), so the height
    the layout is chosen by is the height drawn."""

    def __init__(
        self, paragraphs: list[tuple[str, QFont, QColor]], width: float, device: QPaintDevice
    ) -> None:
        self.layouts: list[QTextLayout] = []
        self.lines: list[tuple[QTextLine, float, QColor]] = []
        """Each line with the height it takes (a paragraph's last with the gap after it)."""
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for text, font, colour in paragraphs:
            for part in text.split("\n"):
                if not part:
                    continue
                layout = QTextLayout(part, font, device)
                layout.setTextOption(option)
                layout.beginLayout()
                y = 0.0
                while (line := layout.createLine()).isValid():
                    line.setLineWidth(width)
                    line.setPosition(QPointF(0, y))
                    y += line.height()
                    self.lines.append((line, line.height(), colour))
                layout.endLayout()
                self.layouts.append(layout)  # its lines live as long as it does
                last, height, colour = self.lines[-1]
                self.lines[-1] = (last, height + PARAGRAPH_GAP, colour)

    @property
    def height(self) -> float:
        return sum(height for _, height, _ in self.lines)

    def draw(self, painter: QPainter, box: QRectF, first: int = 0) -> int:
        """Draw the lines from ``first`` that fit in ``box`` (at least one); returns the
        index of the first line left for the next page (``len(lines)`` when all fit)."""
        y = box.top()
        for index in range(first, len(self.lines)):
            line, height, colour = self.lines[index]
            if index > first and y + line.height() > box.bottom() + 0.5:
                return index
            painter.setPen(colour)
            line.draw(painter, QPointF(box.left(), y - line.y()))
            y += height
        return len(self.lines)


class StoryboardPdf:
    """Writes one project as a printable storyboard."""

    def __init__(self, project: Project, folder: Path, paper: str = "a4") -> None:
        self.project, self.folder = project, folder
        self.paper = paper
        self.families = qt_families(
            language=text_language(project.model_dump_json()), searchable=True
        )

    def write(self, file: Path) -> int:
        """Write the PDF; returns its page count."""
        file.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(file))
        writer.setTitle(self.project.title)
        writer.setCreator("storyboard-app")
        writer.setResolution(144)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES[self.paper]),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter(writer)
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        pages = 1
        self._cover(painter, page)
        for index, board in enumerate(self.project.storyboards):
            pages += self._board(writer, painter, page, index, board)
        rows = shot_rows(self.project, self.folder)  # in the window's language (i18n)
        start = 0
        while start < len(rows):
            writer.newPage()
            pages += 1
            start += self._sheet(painter, page, rows[start:], start == 0)
        painter.end()
        return pages

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _cover(self, painter: QPainter, page: QRectF) -> None:
        total = sum(board.total_duration for board in self.project.storyboards)
        shots = sum(len(board.shots) for board in self.project.storyboards)
        painter.setPen(INK)
        painter.setFont(self._font(30, bold=True))
        painter.drawText(
            page.adjusted(0, page.height() * 0.3, 0, 0),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.project.title,
        )
        painter.setFont(self._font(13))
        painter.setPen(GREY)
        storyboards = len(self.project.storyboards)
        summary = " · ".join(
            (
                _counted(
                    storyboards,
                    QCoreApplication.translate("StoryboardPdf", "{n} storyboard"),
                    QCoreApplication.translate("StoryboardPdf", "{n} storyboards"),
                ),
                _counted(
                    shots,
                    QCoreApplication.translate("StoryboardPdf", "{n} shot"),
                    QCoreApplication.translate("StoryboardPdf", "{n} shots"),
                ),
                QCoreApplication.translate("StoryboardPdf", "{n} seconds").format(n=f"{total:g}"),
            )
        )
        names = list_separator().join(c.name for c in self.project.characters)
        painter.drawText(
            page.adjusted(0, page.height() * 0.45, 0, 0),
            int(Qt.AlignmentFlag.AlignHCenter),
            summary
            + (
                "\n"
                + QCoreApplication.translate("StoryboardPdf", "Characters: {names}").format(
                    names=names
                )
                if names
                else ""
            ),
        )

    def _heading(
        self, painter: QPainter, page: QRectF, board_index: int, board: Storyboard, more: str = ""
    ) -> None:
        painter.setPen(INK)
        painter.setFont(self._font(14, bold=True))
        # The storyboard's own name is the heading (a scene's name carries its own number);
        # where it sits in the project goes on the line after, with its length and model.
        painter.drawText(
            QRectF(page.left(), page.top(), page.width(), 30),
            int(Qt.AlignmentFlag.AlignLeft),
            board.name + (f" · {more}" if more else ""),
        )
        painter.setPen(GREY)
        painter.setFont(self._font(9.5))
        count = len(self.project.storyboards)
        painter.drawText(
            QRectF(page.left(), page.top() + 30, page.width(), 22),
            int(Qt.AlignmentFlag.AlignLeft),
            QCoreApplication.translate("StoryboardPdf", "Storyboard {number} of {count}").format(
                number=board_index + 1, count=count
            )
            + f" · {_seconds(board.total_duration)} · {board.model} · {board.aspect_ratio.value}",
        )

    def _board(
        self,
        writer: QPdfWriter,
        painter: QPainter,
        page: QRectF,
        board_index: int,
        board: Storyboard,
    ) -> int:
        """Draw one storyboard's pages (see :mod:`storyboard_app.export.board_layout` for the
        grid); returns how many."""
        starts = board.shot_starts()
        paragraphs = [
            self._paragraphs(index, shot, starts[index]) for index, shot in enumerate(board.shots)
        ]
        area = Box(page.left(), page.top() + HEADING, page.width(), page.height() - HEADING)
        layout = lay_out_board(
            len(board.shots),
            board.aspect_ratio.ratio,
            area,
            lambda index, width: PanelWords(paragraphs[index], width, writer).height,
            Rules.in_units(writer.resolution() / 25.4),
        )
        count = 0
        for panels in layout.pages:
            writer.newPage()
            count += 1
            self._heading(painter, page, board_index, board)
            left: list[tuple[int, PanelWords, int]] = []
            for panel in panels:
                shot = board.shots[panel.shot]
                self._picture(painter, _rect(panel.picture), shot, board)
                words = PanelWords(paragraphs[panel.shot], panel.text.width, writer)
                drawn = words.draw(painter, _rect(panel.text))
                if drawn < len(words.lines):
                    left.append((panel.shot, words, drawn))
            for index, words, drawn in left:  # words taller than a page go on, never cut
                while drawn < len(words.lines):
                    writer.newPage()
                    count += 1
                    self._heading(
                        painter,
                        page,
                        board_index,
                        board,
                        QCoreApplication.translate(
                            "StoryboardPdf", "Shot {number} (continued)"
                        ).format(number=index + 1),
                    )
                    drawn = words.draw(painter, _rect(area), drawn)
        return count

    def _picture(self, painter: QPainter, box: QRectF, shot: Shot, board: Storyboard) -> None:
        # Pixels for about 216 dpi at the panel's printed size (at 144 dpi page units)
        scale = min(1.5, PICTURE_PIXELS / max(box.width(), box.height()))
        size = (max(16, round(box.width() * scale)), max(16, round(box.height() * scale)))
        painter.drawImage(box, panel_picture(shot, self.folder, size, board))
        painter.setPen(QPen(INK, 1.5))
        painter.drawRect(box)
        draw_moves(painter, box, shot.moves)

    def _paragraphs(self, index: int, shot: Shot, start: float) -> list[tuple[str, QFont, QColor]]:
        """A panel's words: its heading line, subject and action, camera, dialogue, sound,
        notes (empty ones left out)."""
        words = " ".join(sentence(p) for p in (shot.subject, shot.action) if p.strip())
        words = re.sub(r"(?<=[。！？])\s+", "", words)  # Chinese sentences run on, no space
        body, small = self._font(9.5), self._font(8.5)
        moves = _tight(moves_words(shot, QCoreApplication.translate("StoryboardPdf", ", then ")))
        dialogue = "\n".join(
            QCoreApplication.translate("StoryboardPdf", "{name}: “{line}”").format(
                name=d.character, line=d.line
            )
            for d in shot.dialogue
        )
        lines = [
            (
                QCoreApplication.translate("StoryboardPdf", "Shot {number}").format(
                    number=index + 1
                )
                + f" · {shot.size.value} · {_angle(shot)} · {_seconds(shot.duration)}"
                + _bracketed(
                    QCoreApplication.translate("StoryboardPdf", "(at {start} s)")
                    .format(start=f"{start:g}")
                    .replace(" ", NBSP)
                ),
                self._font(10.5, bold=True),
                INK,
            ),
            (words, body, INK),
            (
                QCoreApplication.translate("StoryboardPdf", "Camera: {moves}").format(moves=moves)
                if moves
                else "",
                small,
                GREY,
            ),
            (dialogue, body, INK),
            (
                QCoreApplication.translate("StoryboardPdf", "Sound: {sound}").format(
                    sound=list_separator().join(shot.sound)
                )
                if shot.sound
                else "",
                small,
                GREY,
            ),
            (
                QCoreApplication.translate("StoryboardPdf", "Notes: {notes}").format(
                    notes=shot.notes
                )
                if shot.notes
                else "",
                small,
                GREY,
            ),
        ]
        return [line for line in lines if line[0]]

    def _sheet(
        self, painter: QPainter, page: QRectF, rows: list[dict[str, str]], first: bool
    ) -> int:
        """Draw as many of ``rows`` as the page holds (at least one); returns how many, so
        the rest continue on the next page: rows are as tall as their wrapped text, so a
        page's count depends on the words and the font, and none may be left out."""
        columns = (
            ("shot", 0.04),
            ("size", 0.05),
            ("angle", 0.07),
            ("moves", 0.12),
            ("duration", 0.06),
            ("start", 0.04),
            ("subject", 0.18),
            ("dialogue", 0.2),
            ("sound", 0.11),
            ("notes", 0.13),
        )
        painter.setPen(INK)
        painter.setFont(self._font(14, bold=True))
        title = (
            QCoreApplication.translate("StoryboardPdf", "Shot list")
            if first
            else QCoreApplication.translate("StoryboardPdf", "Shot list (continued)")
        )
        painter.drawText(
            QRectF(page.left(), page.top(), page.width(), 30),
            int(Qt.AlignmentFlag.AlignLeft),
            title,
        )
        y = page.top() + 36
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        drawn = 0
        for index, row in enumerate([{name: _tr(HEADINGS[name]) for name, _ in columns}, *rows]):
            painter.setFont(self._font(8.5, bold=index == 0))
            x = page.left()
            height = 18.0
            for name, share in columns:
                width = page.width() * share
                needed = painter.boundingRect(QRectF(x, y, width - 4, 1000), flags, row[name])
                height = max(height, needed.height() + 4)
                x += width
            if y + height > page.bottom():
                if drawn:
                    break
                height = page.bottom() - y  # a row taller than a page: cut, not lost
            x = page.left()
            for name, share in columns:
                width = page.width() * share
                painter.drawText(QRectF(x, y, width - 4, height), flags, row[name])
                x += width
            painter.setPen(QPen(GREY, 0.5))
            painter.drawLine(QPointF(page.left(), y + height), QPointF(page.right(), y + height))
            painter.setPen(INK)
            y += height + 2
            drawn += index > 0
        return drawn


def write_storyboard_pdf(project: Project, folder: Path, file: Path, paper: str = "a4") -> int:
    """Write the storyboard PDF; returns its page count."""
    return StoryboardPdf(project, folder, paper).write(file)
