"""The picture that shows a shot on screen: its image's thumbnail, else its blocking frame."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QImage, QPixmap

from storyboard_app.domain.models import Shot, Storyboard
from storyboard_app.render.blocking import Framing, Region, blocking_frame
from storyboard_app.ui.thumbnails import ThumbnailCache

LARGEST = 1280
"""Blocking frames are drawn at most this wide; a bigger picture area scales them up (a
resize would otherwise keep a full-size frame for every size it passed through)."""


@lru_cache(maxsize=48)
def blocking_pixmap(
    framing: Framing,
    width: int,
    height: int,
    arrows: bool,
    readable: Region | None = None,
    aspect: float | None = None,
) -> QPixmap:
    """A blocking frame as a pixmap (a few milliseconds; the last ones drawn are kept, so
    the timeline's frequent repaints draw nothing again)."""
    size = (max(1, width), max(1, height))
    image = blocking_frame(framing, size, arrows, readable=readable, aspect=aspect)
    data = image.tobytes("raw", "RGB")
    picture = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(picture.copy())


def readable_above(top: float, bottom: float, height: float) -> Region:
    """The picture's part between ``top`` and ``bottom`` (pixels of a ``height`` tall
    picture: below the slate, above the subtitle), rounded so that a resize reuses frames."""
    upper = math.ceil(100 * max(0.0, top) / height) / 100
    lower = math.floor(100 * min(height, bottom) / height) / 100
    return Region(0.0, upper, 1.0, lower)


def shot_pixmap(
    thumbnails: ThumbnailCache,
    folder: Path | None,
    shot: Shot,
    size: tuple[int, int],
    arrows: bool = True,
    picture: str | None = None,
    readable: Region | None = None,
    board: Storyboard | None = None,
) -> QPixmap | None:
    """The shot's picture's thumbnail (None while it is being made, or if the file is
    damaged), else, with no picture or its file gone, the shot's blocking frame at ``size``.

    ``picture`` stands in for the shot's own (e.g. a character's picture from the bible);
    ``readable`` is where the blocking frame's names may go (not under the subtitle);
    ``board`` (the shot's storyboard) says whether its set is inside or outside."""
    path = picture or shot.picture()
    if path is None or folder is None or not (folder / path).is_file():
        shrink = min(1.0, LARGEST / max(1, size[0]))
        width, height = round(size[0] * shrink), round(size[1] * shrink)
        return blocking_pixmap(Framing.of_shot(shot, board), width, height, arrows, readable)
    return thumbnails.get(folder / path)
