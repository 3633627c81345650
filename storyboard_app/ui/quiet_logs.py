"""Quiet the chatter QtMultimedia and its FFmpeg print in the terminal on every launch.

Qt Multimedia logs a dozen "qt.multimedia.symbolsresolver: Couldn't load va library" lines
(optional hardware decoders it looks for), and the FFmpeg copy inside Qt dumps every file it
opens ("Input #0, mov,mp4…") at FFmpeg's default level, INFO. Neither means anything to a
user. Qt's debug and info messages of ``qt.multimedia.*`` and those two known warnings are
switched off (not when the user set ``QT_LOGGING_RULES`` or ``QT_LOGGING_CONF``: theirs
rule), and Qt's FFmpeg logs warnings and errors only (not with ``QT_FFMPEG_DEBUG``). Real
errors still show: the app reports the player's and the renderer's failures itself.
"""

from __future__ import annotations

import ctypes
import os
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLoggingCategory

RULES = "\n".join(
    (
        "qt.multimedia.*.debug=false",
        "qt.multimedia.*.info=false",
        "qt.multimedia.symbolsresolver.warning=false",  # optional libraries not found
        "qt.multimedia.playbackengine.codec.warning=false",  # "No HW decoder found"
    )
)
AV_LOG_WARNING = 24
_QT_AVUTIL = re.compile(r"/libavutil\.so\.\d+(\.\d+)*$")  # PyAV's own copy is libavutil-<hash>.so


def _qt_avutil() -> Path | None:
    """Qt's FFmpeg utility library: the one loaded already, else the one beside Qt's."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        maps = ""
    for line in maps.splitlines():
        path = line.split(maxsplit=5)[-1]
        if _QT_AVUTIL.search(path):
            return Path(path)
    import PySide6

    folders = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)),
        Path(PySide6.__file__).parent / "Qt" / "lib",
    )
    for folder in folders:
        found = sorted(folder.glob("libavutil.so.*"), key=lambda p: len(p.name))
        if found:
            return found[0]
    return None


@cache
def quiet_multimedia_logs() -> None:
    """Switch the chatter off (see the module's docstring); once, however often called."""
    if not (os.environ.get("QT_LOGGING_RULES") or os.environ.get("QT_LOGGING_CONF")):
        QLoggingCategory.setFilterRules(RULES)
    if os.environ.get("QT_FFMPEG_DEBUG"):
        return
    library = _qt_avutil()
    if library is None:
        return
    try:
        ctypes.CDLL(str(library)).av_log_set_level(AV_LOG_WARNING)
    except (OSError, AttributeError):
        return  # not an FFmpeg we can talk to: the dump stays, nothing else changes
