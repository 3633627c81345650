"""Small painting helpers shared by the picture area and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap


def draw_cover(painter: QPainter, target: QRectF, picture: QPixmap) -> None:
    """Draw ``picture`` filling ``target``, centre-cropped (never stretched)."""
    scaled = picture.scaled(
        target.size().toSize(),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    source = QRectF(
        (scaled.width() - target.width()) / 2,
        (scaled.height() - target.height()) / 2,
        target.width(),
        target.height(),
    )
    painter.drawPixmap(target, scaled, source)


def draw_fit(painter: QPainter, target: QRectF, picture: QPixmap) -> None:
    """Draw all of ``picture`` inside ``target`` (never cropped, never enlarged past its
    pixels' sharpness more than the target needs), the rest of ``target`` filled with the
    same picture covering it, dimmed, so that no side is an empty band."""
    painter.save()
    painter.setOpacity(0.35)
    draw_cover(painter, target, picture)
    painter.restore()
    scaled = picture.scaled(
        target.size().toSize(),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter.drawPixmap(
        QPointF(
            target.x() + (target.width() - scaled.width()) / 2,
            target.y() + (target.height() - scaled.height()) / 2,
        ),
        scaled,
    )
