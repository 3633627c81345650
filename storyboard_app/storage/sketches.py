"""Sketched boards in the project folder: the PNG and the strokes, each under its content name.

Like every asset, a file is named by the hash of its bytes, so a board saved again after an
edit is a new pair of files and an undo of the edit points back at the old, still intact.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from storyboard_app.domain.models import Sketch
from storyboard_app.domain.sketch import SketchDocument
from storyboard_app.storage.assets import HASH_CHARS
from storyboard_app.storage.bundle import ASSETS_DIR, new_file_mode


def _write_asset(folder: Path, data: bytes, suffix: str) -> str:
    """Write ``data`` into ``assets/`` under its content name (atomically); its path."""
    relative = f"{ASSETS_DIR}/{hashlib.sha256(data).hexdigest()[:HASH_CHARS]}{suffix}"
    target = folder / relative
    if target.exists():
        return relative
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".sketch.", dir=target.parent)
    try:
        os.fchmod(handle, new_file_mode(target))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return relative


def save_sketch(folder: Path, png: bytes, document: SketchDocument) -> Sketch:
    """Store a board's PNG and strokes in the project at ``folder``."""
    strokes = document.to_json().encode("utf-8")
    return Sketch(
        image=_write_asset(folder, png, ".png"), strokes=_write_asset(folder, strokes, ".json")
    )


def load_sketch(folder: Path, sketch: Sketch) -> SketchDocument:
    """A board's strokes; raises :class:`SketchError` or OSError when they cannot be read."""
    return SketchDocument.from_json((folder / sketch.strokes).read_bytes())
