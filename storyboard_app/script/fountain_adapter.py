"""Fountain through fountain-py, behind this adapter: its elements become our :class:`Script`."""

from __future__ import annotations

from typing import Any

from fountain import ElementType, FountainParser

from storyboard_app.script.model import Beat, Line, Scene, Script, ScriptError


def _line(character: Any, said: list[Any]) -> Line:
    delivery = " ".join(
        e.text.strip().strip("()").strip() for e in said if e.type is ElementType.PARENTHETICAL
    )
    text = " ".join(e.text.strip() for e in said if e.type is ElementType.DIALOGUE)
    extension = str(character.metadata.get("extension", "") or "")
    return Line(character=character.text.strip(), text=text, delivery=delivery,
                extension=extension)  # fmt: skip


def parse_fountain(text: str, title: str) -> Script:
    """Parse Fountain text (already decoded); ``title`` is used when there is no title page."""
    try:
        document = FountainParser().parse(text)
    except Exception as error:  # the parser's own failure, with whatever it says
        raise ScriptError(f"the Fountain parser failed: {error}") from None
    elements = list(document.elements)
    scenes: list[Scene] = []
    heading: Any = None
    beats: list[Beat] = []
    pending_character: Any = None
    pending_said: list[Any] = []

    def flush_dialogue() -> None:
        nonlocal pending_character, pending_said
        if pending_character is not None:
            beats.append(Beat("dialogue", pending_character.line_number,
                              lines=(_line(pending_character, pending_said),)))  # fmt: skip
        pending_character, pending_said = None, []

    def close_scene() -> None:
        flush_dialogue()
        if heading is not None:
            scenes.append(
                Scene(
                    number=len(scenes) + 1,
                    heading=heading.text.strip(),
                    line_number=heading.line_number,
                    beats=tuple(beats),
                    scene_number=str(heading.metadata.get("scene_number", "") or ""),
                )
            )

    for element in elements:
        kind = element.type
        if kind is ElementType.SCENE_HEADING:
            close_scene()
            heading, beats = element, []
        elif kind is ElementType.CHARACTER:
            flush_dialogue()
            pending_character = element
        elif kind in (ElementType.DIALOGUE, ElementType.PARENTHETICAL, ElementType.LYRICS):
            if pending_character is not None:
                pending_said.append(element)
        elif kind is ElementType.DUAL_DIALOGUE:
            flush_dialogue()
            meta: dict[str, Any] = dict(element.metadata)
            left, right = meta["left_character"], meta["right_character"]
            pair = (
                _line(left, list(meta["left_dialogue"])),
                _line(right, list(meta["right_dialogue"])),
            )
            beats.append(Beat("dialogue", left.line_number, lines=pair))
        elif kind is ElementType.ACTION:
            flush_dialogue()
            if element.text.strip():
                beats.append(Beat("action", element.line_number, text=element.text.strip()))
        elif kind is ElementType.CENTERED:
            flush_dialogue()
            beats.append(Beat("centered", element.line_number, text=element.text.strip()))
        elif kind is ElementType.TRANSITION:
            flush_dialogue()
            beats.append(Beat("transition", element.line_number, text=element.text.strip()))
        # notes, boneyard, sections, synopses and page breaks are not shots
    close_scene()
    name = str(document.metadata.get("title") or title).strip() or title
    return Script(title=" ".join(name.split()), scenes=tuple(scenes))
