"""The names pictures had when they were dropped, kept beside the assets in ``names.json``.

Assets are stored under their content hash (see :mod:`assets`); people know them by the
names they gave them. ``assets/names.json`` maps each asset path to its first original file
name. It is optional: an older project without it loads and works the same, and a program
that does not know it leaves it alone; exports show the original name where one is known.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from storyboard_app.storage.bundle import ASSETS_DIR, atomic_write_text

NAMES_FILE = f"{ASSETS_DIR}/names.json"
_lock = threading.Lock()  # imports run on worker threads


def original_names(folder: Path) -> dict[str, str]:
    """Asset path → the file name it was dropped as (empty when none were recorded)."""
    try:
        data = json.loads((folder / NAMES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def record_original_name(folder: Path, asset: str, name: str) -> None:
    """Remember ``name`` for ``asset`` unless it already has one (the first name stays)."""
    with _lock:
        names = original_names(folder)
        if asset in names:
            return
        names[asset] = name
        text = json.dumps(dict(sorted(names.items())), indent=2, ensure_ascii=False) + "\n"
        atomic_write_text(folder / NAMES_FILE, text)
