"""How screenplays mark their elements, in English, Chinese, Japanese and Russian.

Shared by the Fountain and Final Draft readers and the breakdown. The rules (also in the
README):

* A scene heading starts with INT, EXT, EST, INT./EXT, INT/EXT, I/E (any case), the
  Russian ИНТ., НАТ., ЭКСТ., the Chinese 内景, 外景, 内外景 (or 内/外景, 外/内景), followed
  by a full stop (``.``, ``。``, ``．``), a colon or a space; or with the Japanese scene
  mark ``○``/``◯``. A line starting with one ``.`` and then anything but another full stop
  or a space is a forced heading, in any script (``.外景. 天台 - 夜``).
* A character cue is a line whose name has letters and no lower-case letter (Unicode case:
  ``ИВАН`` is a cue), or any line forced with ``@`` (the Fountain spec's way for lower case
  and non-Roman names). Chinese, Japanese and Korean have no letter case, so the spec's test
  can never be met and writers do not type ``@``: a line of at most
  :data:`CJK_CUE_MAX` characters of Han, kana or hangul (with ``·`` or ``・`` between names)
  and no punctuation, after a blank line and directly followed by a parenthetical or a
  line, is a cue. An extension in ``( )`` or ``（ ）`` may follow; a trailing colon is dropped.
* Names are one character whatever their case or extension: ``WaLTER``, ``Walter`` and
  ``WALTER (CONT'D)`` are Walter.
"""

from __future__ import annotations

import re

CJK_CUE_MAX = 12
"""Longest unforced CJK cue, in characters (with its separators, without its extension)."""

_STOP = r"[.。．:：]"
_ENGLISH = r"(?:INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\s*/\s*E|E\s*/\s*I|INT|EXT|EST)"
_RUSSIAN = r"(?:ИНТ\.?\s*/\s*НАТ|НАТ\.?\s*/\s*ИНТ|ИНТ|НАТ|ЭКСТ)"
_CHINESE = r"(?:内外景|外内景|内/外景|外/内景|内景/外景|内景|外景)"
HEADING = re.compile(
    rf"^(?:(?P<latin>{_ENGLISH}|{_RUSSIAN})(?:{_STOP}|\s)|(?P<zh>{_CHINESE})(?:{_STOP}|\s|$)"
    r"|(?P<ja>[○◯]))",
    re.IGNORECASE,
)
"""The start of a scene heading."""
FORCED_HEADING = re.compile(r"^\.(?=[^.\s])")
SCENE_NUMBER = re.compile(r"\s*#([^#\s]+)#\s*$")
OUTSIDE_PREFIX = re.compile(
    r"^(?:EXT|EST|I\s*/\s*E|E\s*/\s*I|INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|НАТ|ЭКСТ|ИНТ\.?\s*/\s*НАТ"
    r"|外景|内外景|外内景|内/外景|外/内景|内景/外景)",
    re.IGNORECASE,
)
"""Headings outside (or inside and outside): their establishing shot is extreme wide."""
INSIDE_PREFIX = re.compile(r"^(?:INT|ИНТ|内景)", re.IGNORECASE)

TRANSITION_WORDS = re.compile(
    r"^(?:FADE (?:IN|OUT|TO BLACK)[.:]?|CUT TO BLACK[.:]?|THE END\.?|淡入[：:。]?|淡出[：:。]?"
    r"|切至[：:]?|叠化[：:]?|黑场[：:。]?|切换[：:]?|ЗАТЕМНЕНИЕ[.:]?|ПЕРЕХОД[.:]?)$"
)
"""Transitions that do not end in "TO:" (which every all-caps line ending so is)."""

_CJK_CHAR = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK = re.compile(f"[{_CJK_CHAR}]")
_CJK_NAME = re.compile(rf"^[{_CJK_CHAR}][{_CJK_CHAR}·・\s\d]*$")
_EXTENSION = re.compile(r"^(?P<name>[^(（]*?)\s*(?P<ext>[(（].*)?$")
_COLON = re.compile(r"[:：]$")

_EMPHASIS = (
    re.compile(r"(?<!\\)\*\*\*(?=\S)(.+?)(?<=\S)(?<!\\)\*\*\*"),
    re.compile(r"(?<!\\)\*\*(?=\S)(.+?)(?<=\S)(?<!\\)\*\*"),
    re.compile(r"(?<!\\)\*(?=\S)(.+?)(?<=\S)(?<!\\)\*"),
    re.compile(r"(?<![\\\w])_(?=\S)(.+?)(?<=\S)(?<!\\)_(?!\w)"),
)


def plain(text: str) -> str:
    """Text without Fountain emphasis (``**bold**``, ``*italic*``, ``_underline_``, escapes)."""
    if "*" not in text and "_" not in text and "\\" not in text:
        return text
    for pattern in _EMPHASIS:
        previous = None
        while previous != text:
            previous, text = text, pattern.sub(r"\1", text)
    return re.sub(r"\\([*_\\])", r"\1", text)


NUMBERED = re.compile(r"^\d+[A-Z]?[.:]?\s+(?=\S)")
"""A scene number typed before the heading ("3. INT. DINER - NIGHT 3."), as PDF converters do."""


def join_lines(lines: list[str]) -> str:
    """Lines of one speech as one text: a space between words, none between CJK lines."""
    text = ""
    for line in (line.strip() for line in lines):
        if text and line and not (CJK.match(text[-1]) or CJK.match(line[0])):
            text += " "
        text += line
    return text


def is_heading(line: str) -> bool:
    """Whether a line reads as a scene heading (not forced), a number before it or not."""
    line = line.strip()
    numbered = NUMBERED.match(line)
    return bool(HEADING.match(line[numbered.end() :] if numbered else line))


def split_cue(text: str) -> tuple[str, str]:
    """A cue as (name, extension): ``RAY (V.O.)`` → ("RAY", "V.O."); ``梅（画外音）`` too."""
    match = _EXTENSION.match(text.strip())
    name = match.group("name") if match else text
    extension = (match.group("ext") or "") if match else ""
    extension = " ".join(re.sub(r"[()（）]", " ", extension).split())
    return _COLON.sub("", name.strip()).strip(), extension


def is_cue(text: str) -> bool:
    """Whether a line, on its own after a blank line and before a speech, is a cue."""
    text = text.strip().rstrip("^").strip()
    if text.startswith("@"):
        return len(text) > 1
    name, _ = split_cue(text)
    if not name or (name.endswith("TO") and text.endswith(":")):
        return False
    if CJK.search(name) and not any(ch.isalpha() and ch.isascii() for ch in name):
        return len(name) <= CJK_CUE_MAX and bool(_CJK_NAME.match(name))
    return any(ch.isalpha() for ch in name) and not any(ch.islower() for ch in name)


def is_transition(text: str) -> bool:
    """An all-capitals line ending in "TO:", or a known fade ("FADE OUT.", "淡出。")."""
    text = text.strip()
    if TRANSITION_WORDS.match(text.upper()):
        return True
    return text.endswith("TO:") and not any(ch.islower() for ch in text)


def name_key(name: str) -> str:
    """What makes two cues the same character: ``WaLTER`` and ``Walter`` are one."""
    return " ".join(name.casefold().split())


def display_name(name: str) -> str:
    """A cue as a character's name: ``MARY-JANE`` → Mary-Jane, ``O'BRIEN`` → O'Brien.

    Cues are typed in capitals (Final Draft shows them so whatever was typed: ``WaLTER`` is
    Walter), so each word reads in title case; words joined to digits (``R2D2``) and
    scripts without case keep theirs. A name forced with ``@`` keeps its case (the caller
    does not pass it here), as the Fountain spec says.
    """
    return _WORD.sub(_title_word, " ".join(name.split()))


_WORD = re.compile(r"[^\W\d_]+")


def _title_word(match: re.Match[str]) -> str:
    word, (start, end), source = match.group(0), match.span(), match.string
    if (start and source[start - 1].isdigit()) or (end < len(source) and source[end].isdigit()):
        return word  # R2D2 stays as typed
    if start >= 2 and source[start - 1] in "'’" and len(word) == 1:
        return word.lower()  # SALLY'S → Sally's
    return word.capitalize()
