"""Voice recordings in a project's ``assets/``: copied under their content name, like images."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from storyboard_app.storage.assets import content_hash


def import_recording(folder: Path, source: Path) -> str:
    """Copy a recording into the project's ``assets/``; its project-relative path.

    The name is the file's SHA-256 with its own suffix, so the same recording dropped twice
    is one file. Check it first (``providers.kling.voices.sample_problem``).
    """
    name = f"{content_hash(source)}{source.suffix.lower()}"
    target = folder / "assets" / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        os.close(handle)
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    return f"assets/{name}"
