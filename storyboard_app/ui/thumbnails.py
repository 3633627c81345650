"""Thumbnails of project images, decoded off the GUI thread and cached."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from storyboard_app.ui.background import Background

THUMBNAIL_SIDE = 320


def decode_thumbnail(file: Path, side: int = THUMBNAIL_SIDE) -> QImage:
    """A small QImage of an image file (runs on a worker thread; QImage is thread-safe)."""
    with Image.open(file) as image:
        image.draft("RGB", (side * 2, side * 2))  # JPEG: decode at a fraction of full size
        small = ImageOps.exif_transpose(image)
        small.thumbnail((side, side))
        rgba = small.convert("RGBA")
        data = rgba.tobytes("raw", "RGBA")
    picture = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return picture.copy()  # own the pixels: ``data`` goes away with this frame


class ThumbnailCache(QObject):
    """Pixmaps of assets by absolute path; missing ones are made in the background.

    Signals:
        ready(str): a thumbnail for that path is now in the cache.
    """

    ready = Signal(str)

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def get(self, file: Path) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise start making it and return None."""
        key = str(file)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None or key in self._pending or key in self._failed:
            return pixmap
        self._pending.add(key)

        def done(image: QImage) -> None:
            self._pending.discard(key)
            self._pixmaps[key] = QPixmap.fromImage(image)
            self.ready.emit(key)

        def failed(_error: Exception) -> None:
            self._pending.discard(key)
            self._failed.add(key)  # validation names the broken file; don't retry forever

        self._background.run(lambda: decode_thumbnail(file), done, failed)
        return None

    def pending(self, file: Path) -> bool:
        """Whether the thumbnail of ``file`` is being made now."""
        return str(file) in self._pending

    def put(self, file: Path, image: QImage) -> None:
        """Store a thumbnail made elsewhere (e.g. while importing the image)."""
        key = str(file)
        self._pixmaps[key] = QPixmap.fromImage(image)
        self.ready.emit(key)
