"""Reading a screenplay file: Fountain or Final Draft, with clear errors and line numbers."""

from __future__ import annotations

import re
from pathlib import Path

from storyboard_app.i18n import _
from storyboard_app.script.fdx import parse_fdx
from storyboard_app.script.fountain import parse_fountain
from storyboard_app.script.model import Script, ScriptError

FOUNTAIN_SUFFIXES = {".fountain", ".spmd", ".txt"}
FDX_SUFFIXES = {".fdx"}


def read_script(file: Path) -> Script:
    """The screenplay in ``file``; ScriptError says what is wrong and where."""
    file = Path(file)
    suffix = file.suffix.lower()
    if suffix not in FOUNTAIN_SUFFIXES | FDX_SUFFIXES:
        raise ScriptError(
            _("{file}: not a screenplay this app reads (.fountain or .fdx).").format(file=file.name)
        )
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise ScriptError(
            _("{file} cannot be read: {reason}.").format(
                file=file.name, reason=error.strerror or error
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ScriptError(
            _(
                "{file}, line {line}: not UTF-8 text (bad byte at offset {offset}). "
                "Save the script as UTF-8."
            ).format(file=file.name, line=line, offset=error.start)
        ) from None
    if not text.strip():
        raise ScriptError(_("{file} is empty.").format(file=file.name))
    try:
        script = (parse_fdx if suffix in FDX_SUFFIXES else parse_fountain)(text, file.stem)
    except ScriptError as error:
        raise ScriptError(f"{file.name}: {error}") from None
    if not any(scene.heading for scene in script.scenes):
        raise ScriptError(
            _(
                "{file}, line 1: no scene headings found, so there are no scenes to break "
                "down. A scene starts after a blank line with a heading such as "
                "{examples}; any other heading can be forced with a full stop at the start "
                "of its line ({forced})."
            ).format(
                file=file.name,
                examples="“INT. KITCHEN - DAY”, “EXT. PIER, NIGHT”, “内景. 公寓 - 夜”, "
                "“外景。街道-日”, “ИНТ. КВАРТИРА – ДЕНЬ”, “○ 駅前（夜）”",
                forced="“.FLASHBACK - ROOFTOP”",
            )
        )
    return script


def parse_scene_list(text: str, count: int, first: int = 1) -> set[int]:
    """ "1,3-5" → {1, 3, 4, 5}; ValueError names what does not fit (``first`` is 0 when the
    script has a prologue, which is scene 0)."""
    chosen: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise ValueError(
                _("“{part}” is not a scene number or a range like 3-5").format(part=part)
            )
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if not first <= low <= high <= count:
            raise ValueError(
                _("scenes “{part}” are not within {first}–{count}").format(
                    part=part, first=first, count=count
                )
            )
        chosen.update(range(low, high + 1))
    if not chosen:
        raise ValueError(_("no scenes chosen"))
    return chosen
