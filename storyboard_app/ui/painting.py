"""Small painting helpers shared by the picture area and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
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
