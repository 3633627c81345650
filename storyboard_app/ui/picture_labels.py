"""The window's words for the labels the app gives pictures (see domain/picture_labels.py).

The stored label stays as written (data); the window shows it through Qt's translations.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storyboard_app.domain.picture_labels import GENERATED_FRAME

CONTEXT = "PictureLabels"
_SHOWN = {GENERATED_FRAME: str(QT_TRANSLATE_NOOP("PictureLabels", "generated frame"))}


def shown_label(label: str) -> str:
    """``label`` as the window shows it: the app's own labels translated, the user's as typed."""
    source = _SHOWN.get(label)
    return QCoreApplication.translate(CONTEXT, source) if source else label
