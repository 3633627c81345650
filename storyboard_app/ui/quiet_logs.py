"""Quiet the chatter QtMultimedia prints in the terminal on every launch.

Qt Multimedia logs a dozen "qt.multimedia.symbolsresolver: Couldn't load va library" lines
(optional hardware decoders and PipeWire it looks for, already while being imported), and
the FFmpeg inside Qt describes every file it opens ("Input #0, mov,mp4…"): Qt passes
FFmpeg's log through its ``qt.multimedia.ffmpeg`` category, at info level. None of it
means anything to a user. Qt Multimedia's debug and info messages and those two known
warnings are switched off, unless the user set ``QT_LOGGING_RULES`` or ``QT_LOGGING_CONF``
(theirs rule). Warnings and errors still show, and the app reports the player's and the
renderer's failures itself.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLoggingCategory

RULES = "\n".join(
    (
        "qt.multimedia.*.debug=false",
        "qt.multimedia.*.info=false",  # FFmpeg's "Input #0, …" dump is one of these
        "qt.multimedia.symbolsresolver.warning=false",  # optional libraries not found
        "qt.multimedia.playbackengine.codec.warning=false",  # "No HW decoder found"
    )
)


def quiet_multimedia_logs() -> None:
    """Switch the chatter off (see the module's docstring), before QtMultimedia is imported."""
    if not (os.environ.get("QT_LOGGING_RULES") or os.environ.get("QT_LOGGING_CONF")):
        QLoggingCategory.setFilterRules(RULES)
