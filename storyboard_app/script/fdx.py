"""Final Draft (.fdx): Paragraph elements read with the standard library's XML parser."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from storyboard_app.script.model import Beat, Line, Scene, Script, ScriptError


def _text(paragraph: ElementTree.Element) -> str:
    return "".join(node.text or "" for node in paragraph.iter("Text")).strip()


def _dialogue(paragraphs: list[ElementTree.Element]) -> list[Line]:
    """Character/parenthetical/dialogue paragraphs as lines."""
    lines: list[Line] = []
    name, extension = "", ""
    delivery: list[str] = []
    said: list[str] = []
    for paragraph in [*paragraphs, None]:
        kind = paragraph.get("Type") if paragraph is not None else "Character"
        if kind == "Character":
            if name:
                lines.append(Line(name, " ".join(said), " ".join(delivery), extension))
            text = _text(paragraph) if paragraph is not None else ""
            base, _, rest = text.partition("(")
            name, extension = base.strip(), rest.rstrip(")").strip()
            delivery, said = [], []
        elif kind == "Parenthetical":
            delivery.append(_text(paragraph).strip("()").strip())  # type: ignore[arg-type]
        elif kind == "Dialogue":
            said.append(_text(paragraph))  # type: ignore[arg-type]
    return lines


def parse_fdx(text: str, title: str) -> Script:
    """Parse Final Draft XML text."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise ScriptError(f"the Final Draft file is not valid XML at line {line}, column "
                          f"{column}") from None  # fmt: skip
    if root.tag != "FinalDraft":
        raise ScriptError(f"this is XML but not a Final Draft script (its root is <{root.tag}>)")
    content = root.find("Content")
    if content is None:
        raise ScriptError("the Final Draft file has no <Content>")
    name = title
    page = root.find("TitlePage")
    if page is not None:
        first = next((t for t in (_text(p) for p in page.iter("Paragraph")) if t), "")
        name = first or title
    scenes: list[Scene] = []
    heading: tuple[str, int, str] | None = None
    beats: list[Beat] = []
    speech: list[ElementTree.Element] = []
    count = 0

    def flush() -> None:
        nonlocal speech
        if speech:
            beats.append(Beat("dialogue", count, lines=tuple(_dialogue(speech))))
        speech = []

    def close() -> None:
        flush()
        if heading is not None:
            scenes.append(Scene(len(scenes) + 1, heading[0], heading[1], tuple(beats), heading[2]))

    for child in content:
        count += 1
        if child.tag == "DualDialogue":
            flush()
            beats.append(Beat("dialogue", count,
                              lines=tuple(_dialogue(list(child.iter("Paragraph"))))))  # fmt: skip
            continue
        if child.tag != "Paragraph":
            continue
        kind, text = child.get("Type", ""), _text(child)
        if kind == "Scene Heading":
            close()
            heading, beats = (text, count, child.get("Number", "")), []
        elif kind in ("Character", "Parenthetical", "Dialogue"):
            if kind == "Character":
                flush()
            speech.append(child)
        elif kind in ("Action", "General", "Shot") and text:
            flush()
            centered = child.get("Alignment") == "Center"
            beats.append(Beat("centered" if centered else "action", count, text=text))
        elif kind == "Transition" and text:
            flush()
            beats.append(Beat("transition", count, text=text))
    close()
    return Script(title=" ".join(name.split()) or title, scenes=tuple(scenes))
