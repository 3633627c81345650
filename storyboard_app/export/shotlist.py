"""The shot list: one row per shot, for the crew (CSV, and the same table in the PDF).

Pictures are listed by the names they were dropped as (``assets/names.json``), not by the
content-hash paths they are stored under, when the project recorded them.

The list speaks the app's language (:mod:`storyboard_app.i18n`): the CSV's headings, the
dialogue and picture words, and in Chinese the angles and camera moves as Chinese crews say
them (Traditional characters in 繁體中文). Shot-size codes (WS, MCU…), names, numbers and
file names are data and stay as they are.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from storyboard_app import i18n
from storyboard_app.compiler.prompt import move_phrase, moves_phrase
from storyboard_app.domain.models import DialogueLine, Project, Shot
from storyboard_app.domain.picture_labels import shown_label
from storyboard_app.domain.traditional import traditional
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.i18n import _
from storyboard_app.storage.asset_names import original_names
from storyboard_app.storage.bundle import atomic_write_text

COLUMNS = (
    "scene", "storyboard", "shot", "size", "angle", "moves", "duration", "start",
    "subject", "action", "dialogue", "sound", "references", "notes",
)  # fmt: skip
"""The columns, as the keys of :func:`shot_rows`' rows (the CSV's headings: :func:`headings`)."""


def headings() -> list[str]:
    """The CSV's heading of each of :data:`COLUMNS`, in the app's language."""
    words = {
        "scene": _("scene"),
        "storyboard": _("storyboard"),
        "shot": _("shot"),
        "size": _("size"),
        "angle": _("angle"),
        "moves": _("moves"),
        "duration": _("duration"),
        "start": _("start"),
        "subject": _("subject"),
        "action": _("action"),
        "dialogue": _("dialogue"),
        "sound": _("sound"),
        "references": _("references"),
        "notes": _("notes"),
    }
    return [words[column] for column in COLUMNS]


def _role(role: ImageRole) -> str:
    words = {
        ImageRole.CHARACTER: _("character"),
        ImageRole.PRODUCT: _("product"),
        ImageRole.STYLE: _("style"),
        ImageRole.LOCATION: _("location"),
    }
    return words[role]


def chinese_language() -> str | None:
    """The app's Chinese ("zh_CN", "zh_TW"), or None in English: the film words of the
    shot list and the PDF (angles, camera moves) follow the app's language."""
    language = i18n.current_language()
    return language if language in ("zh_CN", "zh_TW") else None


def _script(text: str, language: str) -> str:
    return traditional(text) if language == "zh_TW" else text


def angle_words(shot: Shot, english: str) -> str:
    """The shot's angle in the app's Chinese (平视, 俯拍…), else ``english``."""
    language = chinese_language()
    return _script(shot.angle.chinese, language) if language else english


def moves_words(shot: Shot, joiner: str) -> str:
    """The shot's camera moves in the app's language (English ones joined by ``joiner``)."""
    language = chinese_language()
    if language is None:
        return joiner.join(move_phrase(move) for move in shot.moves)
    return _script(moves_phrase(shot.moves, "zh"), language) if shot.moves else ""


def list_separator() -> str:
    """Between the items of a list of names or sounds (", "; "、" in Chinese)."""
    return _(", ")


def _spoken(line: DialogueLine) -> str:
    if line.delivery:
        return _("{name} ({delivery}): {line}").format(
            name=line.character, delivery=line.delivery, line=line.line
        )
    return _("{name}: {line}").format(name=line.character, line=line.line)


def _pictures(shot: Shot, names: dict[str, str]) -> str:
    """The shot's pictures: "Ray (character): ray.png; first frame: alley.jpg"."""
    listed = []
    for reference in shot.references:
        who = (
            _("{label} ({role})").format(
                label=shown_label(reference.label), role=_role(reference.role)
            )
            if reference.label
            else _role(reference.role)
        )
        listed.append(
            _("{what}: {file}").format(what=who, file=names.get(reference.image, reference.image))
        )
    for which, path in ((_("first frame"), shot.first_frame), (_("last frame"), shot.last_frame)):
        if path:
            listed.append(_("{what}: {file}").format(what=which, file=names.get(path, path)))
    return _("; ").join(listed)


def shot_rows(project: Project, folder: Path | None = None) -> list[dict[str, str]]:
    """Every shot of every storyboard, in playing order; start is within the whole project.

    With the project's ``folder``, pictures go by the names they were dropped as. Words the
    app writes are in the app's language."""
    names = original_names(folder) if folder is not None else {}
    rows = []
    elapsed = 0.0
    for number, board in enumerate(project.storyboards, start=1):
        for index, (shot, start) in enumerate(zip(board.shots, board.shot_starts(), strict=True)):
            rows.append(
                {
                    "scene": str(number),
                    "storyboard": board.name,
                    "shot": f"{number}.{index + 1}",
                    "size": shot.size.value,
                    "angle": angle_words(shot, shot.angle.value),
                    "moves": moves_words(shot, "; "),
                    "duration": f"{shot.duration:g}",
                    "start": f"{elapsed + start:g}",
                    "subject": shot.subject,
                    "action": shot.action,
                    "dialogue": "\n".join(_spoken(line) for line in shot.dialogue),
                    "sound": (list_separator() if chinese_language() else "; ").join(shot.sound),
                    "references": _pictures(shot, names),
                    "notes": shot.notes,
                }
            )
        elapsed += board.total_duration
    return rows


def shot_list_csv(project: Project, folder: Path | None = None) -> str:
    """The shot list as CSV text (RFC 4180 quoting: commas, quotes and line breaks survive),
    its headings in the app's language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings())
    writer.writerows([row[column] for column in COLUMNS] for row in shot_rows(project, folder))
    return buffer.getvalue()


def write_shot_list(project: Project, file: Path, folder: Path | None = None) -> None:
    """Write the CSV shot list (atomically); ``folder`` is the project's, for picture names.

    The file starts with a UTF-8 byte order mark: without it, Excel on Windows reads the
    file in the system's code page and shows Chinese (or any non-Latin) text garbled;
    LibreOffice, Numbers, Google Sheets and Python's ``utf-8-sig`` read it either way.
    """
    atomic_write_text(file, "\ufeff" + shot_list_csv(project, folder))
