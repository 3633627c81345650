"""Icons from ``resources/icons``: SVG, so they stay sharp on high-DPI screens."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/NAME.svg`` (an empty icon if the file is missing)."""
    file = ICONS / f"{name}.svg"
    return QIcon(str(file)) if file.is_file() else QIcon()
