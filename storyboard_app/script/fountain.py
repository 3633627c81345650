"""Fountain (https://fountain.io/syntax) read by our own parser, line numbers kept.

Beyond the spec, for files as they really are: any line ending (CRLF, LF, old-Mac CR, mixed),
a byte-order mark, tabs, and whitespace-only lines (a blank line, always: the spec's
"two spaces" continuation is rare and stray spaces are common); headings and cues in
other scripts (see :mod:`storyboard_app.script.conventions`); text before the first heading
is kept as a prologue. Notes, boneyard, sections, synopses, page breaks and title page
fields are listed in :attr:`Script.skipped` with their lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyboard_app.i18n import _
from storyboard_app.script.camera import starts_with_direction
from storyboard_app.script.conventions import (
    FORCED_HEADING,
    SCENE_NUMBER,
    display_name,
    is_cue,
    is_heading,
    is_transition,
    join_lines,
    plain,
    split_cue,
)
from storyboard_app.script.model import Beat, Line, Part, Scene, Script, ScriptError, Skipped
from storyboard_app.script.places import read_heading

TITLE_KEYS = {
    "title", "credit", "author", "authors", "source", "draft date", "date", "contact",
    "copyright", "notes", "revision", "episode", "series", "format",
}  # fmt: skip


@dataclass
class _Row:
    number: int
    text: str


def _lines(text: str) -> list[str]:
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return [line.replace("\t", "    ").rstrip() for line in text.split("\n")]


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _strip_hidden(lines: list[str], skipped: list[Skipped]) -> list[_Row | None]:
    """Lines with notes and (nested) boneyard taken out; None where a line held only those."""
    rows: list[_Row | None] = []
    depth, note_open = 0, False
    opened_at, buffer = 0, ""
    for number, line in enumerate(lines, start=1):
        if not (depth or note_open or "[[" in line or "/*" in line):
            rows.append(_Row(number, line))  # the common case, without a walk
            continue
        kept, i, had_hidden = [], 0, False
        while i < len(line):
            pair = line[i : i + 2]
            if depth == 0 and not note_open and pair == "[[":
                note_open, opened_at, buffer, had_hidden = True, number, "", True
                i += 2
            elif note_open and pair == "]]":
                note_open = False
                skipped.append(Skipped(opened_at, "note", _excerpt(buffer)))
                i += 2
            elif not note_open and pair == "/*":
                if depth == 0:
                    opened_at, buffer = number, ""
                depth, had_hidden = depth + 1, True
                i += 2
            elif depth and pair == "*/":
                depth -= 1
                if depth == 0:
                    skipped.append(Skipped(opened_at, "boneyard", _excerpt(buffer)))
                i += 2
            else:
                if depth or note_open:
                    buffer += line[i]
                else:
                    kept.append(line[i])
                i += 1
        if depth or note_open:
            buffer += " "
            had_hidden = True
        text = "".join(kept).rstrip()
        rows.append(None if had_hidden and not text.strip() else _Row(number, text))
    if depth or note_open:
        message = (
            _(
                "line {line}: a boneyard “/*” is never closed with “*/”, so everything after "
                "it would be hidden. Close it where the hidden text ends, or remove it."
            )
            if depth
            else _(
                "line {line}: a note “[[” is never closed with “]]”, so everything after it "
                "would be hidden. Close it where the hidden text ends, or remove it."
            )
        )
        raise ScriptError(message.format(line=opened_at))
    return rows


def _title_page(rows: list[_Row], skipped: list[Skipped]) -> tuple[str, int]:
    """The title (emphasis removed) and the index of the first row after the title page."""
    first = next((i for i, row in enumerate(rows) if row.text.strip()), None)
    if first is None:
        return "", 0
    key = rows[first].text.partition(":")[0].strip().lower()
    if ":" not in rows[first].text or key not in TITLE_KEYS:
        return "", 0
    fields: list[tuple[int, str, list[str]]] = []
    end = first
    for end in range(first, len(rows) + 1):
        if end == len(rows) or not rows[end].text.strip():
            break
        text = rows[end].text
        match = re.match(r"^([^\s:][^:]*):(.*)$", text)
        if match and not text.startswith((" ", "\t")):
            fields.append((rows[end].number, match.group(1).strip().lower(), [match.group(2)]))
        elif fields:
            fields[-1][2].append(text)
    title = ""
    for number, name, values in fields:
        value = " ".join(plain(v).strip() for v in values if v.strip())
        if name == "title" and not title:  # a title on several lines: "BRICK & STEEL – A film"
            title = " – ".join(" ".join(plain(v).split()) for v in values if v.strip())
        elif value:
            skipped.append(Skipped(number, "title page", _excerpt(f"{name.title()}: {value}")))
    return title, end


def _blocks(rows: list[_Row]) -> list[list[_Row]]:
    """Rows between blank lines; a heading in capitals typed right under other text
    (``CUT TO:`` then ``INT. CAR - NIGHT``, as PDF converters write) starts a block of its
    own (in capitals only: a line of dialogue may well start with "Est. 1920")."""
    blocks: list[list[_Row]] = [[]]
    for row in rows:
        if not row.text.strip():
            if blocks[-1]:
                blocks.append([])
        elif blocks[-1] and is_heading(row.text) and not any(c.islower() for c in row.text):
            blocks.append([row])
        else:
            blocks[-1].append(row)
    return [block for block in blocks if block]


def _inner(parenthetical: str) -> str:
    return plain(parenthetical.strip().strip("()（）").strip())


def _speech(cue: _Row, said: list[_Row]) -> Line:
    """A cue and the rows under it: parts split at each parenthetical, lyrics sung."""
    raw = cue.text.strip().rstrip("^").strip()
    name, extension = split_cue(raw.lstrip("@"))
    parts: list[Part] = []
    delivery, words = "", list[str]()
    open_parenthetical: list[str] | None = None

    def flush() -> None:
        nonlocal delivery, words
        if words:
            parts.append(Part(plain(join_lines(words)), delivery))
            delivery, words = "", []

    for row in said:
        text = row.text.strip()
        if open_parenthetical is not None:  # a parenthetical over several lines
            open_parenthetical.append(text)
            if text.endswith((")", "）")):
                delivery = "; ".join(filter(None, (delivery, _inner(" ".join(open_parenthetical)))))
                open_parenthetical = None
        elif text.startswith(("(", "（")):
            flush()
            if text.endswith((")", "）")):
                delivery = "; ".join(filter(None, (delivery, _inner(text))))
            else:
                open_parenthetical = [text]
        elif text.startswith("~"):
            flush()
            parts.append(Part(plain(text[1:].strip()), delivery or "sung"))
            delivery = ""
        else:
            words.append(text)
    if open_parenthetical is not None:
        delivery = "; ".join(filter(None, (delivery, _inner(" ".join(open_parenthetical)))))
    flush()
    if delivery or not parts:
        parts.append(Part("", delivery))
    return Line(name if raw.startswith("@") else display_name(name), tuple(parts), extension)


class _Reader:
    """Turns rows into scenes."""

    def __init__(self, skipped: list[Skipped]) -> None:
        self.skipped = skipped
        self.scenes: list[Scene] = []
        self.heading: _Row | None = None
        self.number = ""
        self.beats: list[Beat] = []

    def close(self) -> None:
        if self.heading is None:
            if all(beat.kind == "transition" for beat in self.beats):
                return  # only FADE IN: before the first heading: it goes with the first scene
            # text before the first heading: the prologue
            self.scenes.append(Scene(0, "", self.beats[0].line_number, tuple(self.beats)))
        else:
            self.scenes.append(
                Scene(
                    number=len(self.scenes)
                    + (0 if self.scenes and not self.scenes[0].heading else 1),
                    heading=self.heading.text,
                    line_number=self.heading.number,
                    beats=tuple(self.beats),
                    scene_number=self.number,
                )
            )
        self.beats = []

    def open(self, row: _Row) -> None:
        self.close()
        text = row.text.strip()
        text = text[1:] if FORCED_HEADING.match(text) else text
        match = SCENE_NUMBER.search(text)
        if match:
            text = text[: match.start()]
        text = plain(text).strip()
        self.number = match.group(1) if match else read_heading(text).number
        self.heading = _Row(row.number, text)

    def block(self, block: list[_Row]) -> None:
        rows = []
        for row in block:
            text = row.text.strip()
            if re.fullmatch(r"={3,}", text):
                self.skipped.append(Skipped(row.number, "page break"))
            elif text.startswith("#"):
                self.skipped.append(Skipped(row.number, "section", _excerpt(text.lstrip("# "))))
            elif text.startswith("="):
                self.skipped.append(Skipped(row.number, "synopsis", _excerpt(text.lstrip("= "))))
            else:
                rows.append(row)
        if not rows:
            return
        first = rows[0].text.strip()
        if FORCED_HEADING.match(first) or is_heading(first):
            self.open(rows[0])
            if rows[1:]:
                self.action(rows[1:])
        elif first.startswith("!"):  # forced action, whatever it looks like
            self.action(rows)
        elif first.startswith(">") and first.endswith("<"):
            text = " ".join(r.text.strip().lstrip(">").rstrip("<").strip() for r in rows)
            self.beats.append(Beat("centered", rows[0].number, text=plain(text)))
        elif len(rows) == 1 and (first.startswith(">") or is_transition(first)):
            self.beats.append(Beat("transition", rows[0].number, text=first.lstrip("> ").strip()))
        elif len(rows) > 1 and is_cue(first) and not starts_with_direction(first.lstrip("@")):
            line = _speech(rows[0], rows[1:])
            previous = self.beats[-1] if self.beats else None
            dual = first.rstrip().endswith("^")
            if dual and previous is not None and previous.kind == "dialogue":
                self.beats[-1] = Beat("dialogue", previous.line_number,
                                      lines=(*previous.lines, line))  # fmt: skip
            else:
                self.beats.append(Beat("dialogue", rows[0].number, lines=(line,)))
        elif all(r.text.strip().startswith("~") for r in rows):
            text = " / ".join(plain(r.text.strip()[1:].strip()) for r in rows)
            self.beats.append(Beat("lyric", rows[0].number, text=text))
        else:
            self.action(rows)

    def action(self, rows: list[_Row]) -> None:
        lines = []
        for row in rows:
            text = row.text.strip()
            lines.append(plain(text[1:] if text.startswith("!") else text))
        text = "\n".join(line for line in lines if line.strip())
        if text:
            self.beats.append(Beat("action", rows[0].number, text=text))


def parse_fountain(text: str, title: str) -> Script:
    """Parse Fountain text (already decoded); ``title`` is used when there is no title page."""
    skipped: list[Skipped] = []
    rows = [row for row in _strip_hidden(_lines(text), skipped) if row is not None]
    name, start = _title_page(rows, skipped)
    reader = _Reader(skipped)
    for block in _blocks(rows[start:]):
        reader.block(block)
    reader.close()
    skipped.sort(key=lambda item: item.line)
    return Script(
        title=name or title, scenes=tuple(reader.scenes), skipped=tuple(skipped), unit="line"
    )
