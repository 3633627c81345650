"""Final Draft (.fdx) as Final Draft writes it, read with the standard library's expat.

A paragraph's words are its own ``<Text>`` runs only (styled runs split mid-word are joined
without spaces); what Final Draft nests inside a paragraph — ``<SceneProperties>`` with its
``<Summary>``, ``<ScriptNote>``s — is listed as skipped, never read as script. Dual dialogue
comes bare in ``<Content>`` or wrapped in a ``<Paragraph>``. The title is the title page's
``<Content>``, not its header. Final Draft shows headings and cues in capitals whatever was
typed, so ``WaLTER`` and ``Walter`` are one character and ``nIGHT`` is NIGHT.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from xml.parsers import expat

from storyboard_app.i18n import _
from storyboard_app.script.conventions import display_name, split_cue
from storyboard_app.script.model import Beat, Line, Part, Scene, Script, ScriptError, Skipped
from storyboard_app.script.places import read_heading

LINE = "_line"
"""Attribute holding each element's line in the file (set by :func:`_parse`)."""
_SPEECH = {"Character", "Parenthetical", "Dialogue", "Lyrics"}
_SKIPPED_TYPES = {"New Act": "act", "End of Act": "act", "Cast List": "cast list"}


def _parse(text: str) -> ElementTree.Element:
    """The XML tree, each element knowing its line; ScriptError with line and column."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate()

    def start(tag: str, attributes: dict[str, str]) -> None:
        builder.start(tag, {**attributes, LINE: str(parser.CurrentLineNumber)})

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(text.encode("utf-8"), True)
        return builder.close()
    except (expat.ExpatError, AssertionError) as error:
        line = getattr(error, "lineno", parser.CurrentLineNumber)
        column = getattr(error, "offset", 0) + 1
        raise ScriptError(
            _(
                "the Final Draft file is not valid XML at line {line}, column {column}. "
                "Open it in Final Draft and save it again, or fix the XML there."
            ).format(line=line, column=column)
        ) from None


def _line(element: ElementTree.Element) -> int:
    return int(element.get(LINE, "0"))


def _text(paragraph: ElementTree.Element) -> str:
    """The paragraph's own words: its direct ``<Text>`` runs, joined as they are."""
    return " ".join("".join(run.text or "" for run in paragraph.findall("Text")).split())


def _nested_text(element: ElementTree.Element) -> str:
    return " ".join(" ".join(run.text or "" for run in element.iter("Text")).split())


def _excerpt(text: str) -> str:
    return text if len(text) <= 80 else text[:79] + "…"


class _Reader:
    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self.skipped: list[Skipped] = []
        self.heading: tuple[str, int, str] | None = None
        self.beats: list[Beat] = []
        self.speech: list[ElementTree.Element] = []

    def nested(self, paragraph: ElementTree.Element) -> None:
        """Summaries and script notes inside a paragraph: listed, never read as script."""
        for summary in paragraph.iter("Summary"):
            if text := _nested_text(summary):
                self.skipped.append(Skipped(_line(summary), "scene summary", _excerpt(text)))
        for note in paragraph.iter("ScriptNote"):
            if text := _nested_text(note):
                self.skipped.append(Skipped(_line(note), "script note", _excerpt(text)))

    def flush(self) -> None:
        if self.speech:
            lines = _lines(self.speech)
            self.beats.append(Beat("dialogue", _line(self.speech[0]), lines=tuple(lines)))
        self.speech = []

    def close(self) -> None:
        self.flush()
        if self.heading is None:
            if all(beat.kind == "transition" for beat in self.beats):
                return  # only FADE IN: before the first heading: it goes with the first scene
            # text before the first heading: the prologue
            self.scenes.append(Scene(0, "", self.beats[0].line_number, tuple(self.beats)))
        else:
            heading, line, number = self.heading
            count = len(self.scenes) + (0 if self.scenes and not self.scenes[0].heading else 1)
            self.scenes.append(Scene(count, heading, line, tuple(self.beats), number))
        self.beats = []

    def dual(self, dual: ElementTree.Element) -> None:
        self.flush()
        speech = [p for p in dual.findall("Paragraph") if p.get("Type") in _SPEECH]
        for paragraph in speech:
            self.nested(paragraph)
        if speech:
            self.beats.append(Beat("dialogue", _line(dual), lines=tuple(_lines(speech))))

    def paragraph(self, paragraph: ElementTree.Element) -> None:
        self.nested(paragraph)
        for dual in paragraph.findall("DualDialogue"):
            self.dual(dual)
        kind, text = paragraph.get("Type", ""), _text(paragraph)
        line = _line(paragraph)
        if kind in _SPEECH:
            if kind == "Character":
                self.flush()
            self.speech.append(paragraph)
            return
        if not text:
            return
        self.flush()
        if kind == "Scene Heading":
            self.close()
            number = paragraph.get("Number", "") or read_heading(text).number
            self.heading = (text.upper(), line, number)
        elif kind in _SKIPPED_TYPES:
            self.skipped.append(Skipped(line, _SKIPPED_TYPES[kind], _excerpt(text)))
        elif kind == "Transition":
            self.beats.append(Beat("transition", line, text=text))
        elif kind == "Shot":
            self.beats.append(Beat("shot", line, text=text))
        elif paragraph.get("Alignment") == "Center":
            self.beats.append(Beat("centered", line, text=text))
        else:  # Action, General and any type of a custom template: kept as action
            self.beats.append(Beat("action", line, text=text))


def _lines(paragraphs: list[ElementTree.Element]) -> list[Line]:
    """Character, parenthetical, dialogue and lyrics paragraphs as speeches."""
    lines: list[Line] = []
    name, extension = "", ""
    parts: list[Part] = []
    delivery = ""

    def close() -> None:
        nonlocal parts, delivery
        if delivery or not parts:
            parts.append(Part("", delivery))
        if name:
            lines.append(Line(display_name(name), tuple(parts), extension))
        parts, delivery = [], ""

    started = False
    for paragraph in paragraphs:
        kind, text = paragraph.get("Type"), _text(paragraph)
        if kind == "Character":
            if started:
                close()
            name, extension = split_cue(text)
            name = name.upper()
            started = True
        elif kind == "Parenthetical":
            inner = text.strip().strip("()（）").strip()
            delivery = "; ".join(filter(None, (delivery, inner)))
        elif text:
            parts.append(Part(text, delivery or ("sung" if kind == "Lyrics" else "")))
            delivery = ""
    if started:
        close()
    return lines


def _title(root: ElementTree.Element, skipped: list[Skipped]) -> str:
    """The first words of the title page's content (not its header or footer)."""
    content = root.find("TitlePage/Content")
    if content is None:
        return ""
    title = ""
    for paragraph in content.iter("Paragraph"):
        text = _text(paragraph)
        if not any(ch.isalnum() for ch in text):
            continue
        if not title:
            title = text
        else:
            skipped.append(Skipped(_line(paragraph), "title page", _excerpt(text)))
    return title


def parse_fdx(text: str, title: str) -> Script:
    """Parse Final Draft XML text."""
    text = re.sub(r"^(\s*)<\?xml[^>]*\?>", r"\1", text.lstrip("\ufeff"))  # decoded already
    root = _parse(text)
    if root.tag != "FinalDraft":
        raise ScriptError(
            _("this is XML but not a Final Draft script (its root is <{tag}>)").format(tag=root.tag)
        )
    content = root.find("Content")
    if content is None:
        raise ScriptError(
            _(
                "the Final Draft file has no <Content>, so there is no script in it. "
                "Check that it is a script, not a template or a settings file."
            )
        )
    reader = _Reader()
    for child in content:
        if child.tag == "DualDialogue":
            reader.dual(child)
        elif child.tag == "Paragraph":
            reader.paragraph(child)
    reader.close()
    for note in root.findall("ScriptNotes/ScriptNote"):
        if words := _nested_text(note):
            reader.skipped.append(Skipped(_line(note), "script note", _excerpt(words)))
    name = _title(root, reader.skipped)
    reader.skipped.sort(key=lambda item: item.line)
    return Script(title=name or title, scenes=tuple(reader.scenes), skipped=tuple(reader.skipped))
