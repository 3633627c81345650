"""Reading a screenplay file: Fountain or Final Draft, with clear errors and line numbers."""

from __future__ import annotations

import re
from pathlib import Path

from storyboard_app.script.fdx import parse_fdx
from storyboard_app.script.fountain_adapter import parse_fountain
from storyboard_app.script.model import Script, ScriptError

FOUNTAIN_SUFFIXES = {".fountain", ".spmd", ".txt"}
FDX_SUFFIXES = {".fdx"}


def read_script(file: Path) -> Script:
    """The screenplay in ``file``; ScriptError says what is wrong and where."""
    file = Path(file)
    suffix = file.suffix.lower()
    if suffix not in FOUNTAIN_SUFFIXES | FDX_SUFFIXES:
        raise ScriptError(f"{file.name}: not a screenplay this app reads (.fountain or .fdx).")
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise ScriptError(f"{file.name} cannot be read: {error.strerror or error}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ScriptError(
            f"{file.name}, line {line}: not UTF-8 text (bad byte at offset {error.start}). "
            "Save the script as UTF-8."
        ) from None
    if not text.strip():
        raise ScriptError(f"{file.name} is empty.")
    try:
        script = (parse_fdx if suffix in FDX_SUFFIXES else parse_fountain)(text, file.stem)
    except ScriptError as error:
        raise ScriptError(f"{file.name}: {error}") from None
    if not script.scenes:
        raise ScriptError(
            f"{file.name}, line 1: no scene headings found. A scene starts with a line like "
            "“INT. KITCHEN - DAY” (or a line starting with a full stop)."
        )
    return script


def parse_scene_list(text: str, count: int) -> set[int]:
    """ "1,3-5" → {1, 3, 4, 5}; ValueError names what does not fit."""
    chosen: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise ValueError(f"“{part}” is not a scene number or a range like 3-5")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if not 1 <= first <= last <= count:
            raise ValueError(f"scenes “{part}” are not within 1–{count}")
        chosen.update(range(first, last + 1))
    if not chosen:
        raise ValueError("no scenes chosen")
    return chosen
