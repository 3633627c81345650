"""Text in every script on stills and video frames: a font fallback chain chosen per character.

No one font draws Latin, Cyrillic, Chinese (Simplified and Traditional), Japanese, Korean and
emoji. The chain starts with the system's sans-serif face (DejaVu Sans on Debian), then the
faces fontconfig ranks best for the text's language (``fc-match -s sans-serif:lang=zh-cn``:
Noto Sans CJK SC, then TC, JP, KR, WenQuanYi Micro Hei …), each with the characters it covers
(``%{charset}``). Every character is drawn by the first face that has it, so no box (the
.notdef glyph) is drawn for a character some font on the machine can draw; the characters no
face covers are reported (:func:`missing_report`).

Han characters are shared by Chinese and Japanese but drawn differently in each: a text with
kana is Japanese, with hangul Korean; otherwise Chinese, Simplified when all its Han characters
are in GB 2312 and Traditional when some are not, so 這個 gets the Traditional face.

Qt-free: fontconfig is asked through its command-line tools, once per language
(:mod:`storyboard_app.render.fontconfig`, which the app starts asking before its window).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageDraw, ImageFont

from storyboard_app.i18n import _
from storyboard_app.render import fontconfig

_DEBIAN_FALLBACK = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "DejaVu Sans"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
)
"""Used only where fontconfig's tools are missing: the faces the app's set-up installs."""

_JOINERS = {0x200C, 0x200D, 0xFE0E, 0xFE0F}
"""Zero-width joiners and variation selectors: drawn with the character before them."""

CJK_FONT_PACKAGES = "fonts-noto-cjk fonts-wqy-microhei"


@dataclass(frozen=True)
class Face:
    """One font face (a file, and the face's index inside a collection) and what it covers."""

    file: str
    index: int
    family: str
    starts: tuple[int, ...] = field(repr=False)
    ends: tuple[int, ...] = field(repr=False)

    def covers(self, code: int) -> bool:
        """Whether the face has a glyph for the code point."""
        slot = bisect.bisect_right(self.starts, code) - 1
        return slot >= 0 and code <= self.ends[slot]

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        """The face at ``size`` pixels."""
        return _font(self.file, self.index, size)


@lru_cache(maxsize=128)
def _font(file: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(file, size, index=index)


def _charset(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    starts, ends = [], []
    for part in text.split():
        low, _, high = part.partition("-")
        starts.append(int(low, 16))
        ends.append(int(high or low, 16))
    return tuple(starts), tuple(ends)


def _faces_from_fontconfig(pattern: str) -> list[Face]:
    listing = fontconfig.listing(pattern)
    if listing is None:
        return []
    faces = []
    for row in listing.splitlines():
        fields = row.split("|")
        # Bitmap-only faces do not scale, and colour emoji faces (Noto Color Emoji's bitmaps)
        # load only at their one size: both are left to a scalable face.
        if len(fields) != 6 or fields[3] != "True" or fields[4] == "True":
            continue
        file, index, family, _, _, charset = fields
        if not file.lower().endswith((".ttf", ".otf", ".ttc", ".otc")):
            continue
        starts, ends = _charset(charset)
        faces.append(Face(file, int(index or 0), family, starts, ends))
    return faces


def _fallback_faces() -> list[Face]:
    """Without fontconfig's tools: the known Debian files, asked glyph by glyph is too slow,
    so each is taken to cover what its script block says (Latin/Cyrillic or CJK)."""
    faces = []
    for file, index, family in _DEBIAN_FALLBACK:
        try:
            _font(file, index, 12)
        except OSError:
            continue
        ranges: tuple[tuple[int, int], ...]
        if "CJK" in family or "Hei" in family:
            ranges = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))
        else:
            ranges = ((0x20, 0x7E), (0xA0, 0x52F), (0x2000, 0x27BF))
        faces.append(Face(file, index, family, *zip(*ranges, strict=True)))
    return faces


LANGUAGES = ("zh-cn", "zh-tw", "ja", "ko")
"""Languages whose Han characters need their own face, as fontconfig names them."""


@lru_cache(maxsize=8)
def face_chain(language: str | None = None) -> tuple[Face, ...]:
    """Faces to try in order for text in ``language`` (one of :data:`LANGUAGES`, or None).

    The system's sans-serif face first (it draws Latin and Cyrillic as the rest of the
    app does), then the faces fontconfig ranks for the language, then every other face.
    """
    base = _faces_from_fontconfig("sans-serif")
    if not base:
        return tuple(_fallback_faces())
    ranked = [base[0]]
    if language is not None:
        # Noto Sans CJK (the set-up installs it) has a face per language; fontconfig may
        # rank a Chinese-only face above it for Japanese or Korean.
        for_language = _faces_from_fontconfig(f"sans-serif:lang={language}")
        ranked += sorted(for_language, key=lambda face: "Noto Sans CJK" not in face.family)
    ranked += base
    chosen: dict[tuple[str, int], Face] = {}
    for face in ranked:
        if (face.file, face.index) not in chosen and _loads(face):
            chosen[(face.file, face.index)] = face
    return tuple(chosen.values())


def _loads(face: Face) -> bool:
    """Whether FreeType opens the face at any size (a broken file is left out of the chain)."""
    try:
        face.font(12)
    except OSError:
        return False
    return True


def _is_kana(code: int) -> bool:
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _is_han(code: int) -> bool:
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def is_cjk(character: str) -> bool:
    """Whether the character is Chinese, Japanese or Korean script or CJK punctuation."""
    code = ord(character)
    return (
        _is_han(code)
        or _is_kana(code)
        or _is_hangul(code)
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFF65
        or 0x20000 <= code <= 0x3FFFF
    )


def text_language(text: str) -> str | None:
    """Which CJK language's face suits ``text`` (see the module's docstring), or None."""
    codes = [ord(character) for character in text]
    if any(_is_kana(code) for code in codes):
        return "ja"
    if any(_is_hangul(code) for code in codes):
        return "ko"
    han = [chr(code) for code in codes if _is_han(code)]
    if not han:
        return None
    for character in han:
        try:
            character.encode("gb2312")
        except UnicodeEncodeError:
            return "zh-tw"
    return "zh-cn"


def _face_for(code: int, chain: Sequence[Face]) -> Face | None:
    return next((face for face in chain if face.covers(code)), None)


def runs(text: str, language: str | None = None) -> list[tuple[Face | None, str]]:
    """``text`` cut into runs drawn by one face each (None: no face has the characters)."""
    chain = face_chain(language or text_language(text))
    pieces: list[tuple[Face | None, str]] = []
    for character in text:
        code = ord(character)
        if pieces and (code in _JOINERS or unicodedata.combining(character)):
            face, run = pieces[-1]
            pieces[-1] = (face, run + character)
            continue
        face = _face_for(code, chain) if character.isprintable() else chain[0] if chain else None
        if pieces and pieces[-1][0] == face:
            pieces[-1] = (face, pieces[-1][1] + character)
        else:
            pieces.append((face, character))
    return pieces


def missing_characters(texts: Iterable[str]) -> str:
    """The characters of ``texts`` that no face on this machine draws, each once, in order."""
    missing: dict[str, None] = {}
    for text in texts:
        for face, run in runs(text):
            if face is None:
                missing.update(dict.fromkeys(c for c in run if not c.isspace()))
    return "".join(missing)


def missing_report(texts: Iterable[str]) -> str | None:
    """One sentence naming the characters no font draws (they show as boxes), or None."""
    missing = missing_characters(texts)
    if not missing:
        return None
    shown = " ".join(f"{c} (U+{ord(c):04X})" for c in missing[:12])
    if len(missing) > 12:
        shown = _("{characters} and {count} more").format(characters=shown, count=len(missing) - 12)
    return _(
        "No font on this machine draws {characters}; they show as boxes. Install a font that "
        "has them (for Chinese, Japanese and Korean: {command})."
    ).format(characters=shown, command=f"apt-get install {CJK_FONT_PACKAGES}")


KANGXI_RADICALS = range(0x2F00, 0x2FD6)


def qt_families(text: str = "", language: str | None = None, searchable: bool = False) -> list[str]:
    """Family names in fallback order, for a toolkit that takes a family list (Qt's
    ``QFont.setFamilies``), so it picks the same faces as the stills do.

    ``searchable`` (for PDFs) puts faces that give the Kangxi radicals the glyphs of their
    ideographs (Noto Sans CJK: ⾬ U+2FAC and 雨 U+96E8 share one) after faces that do not
    (WenQuanYi Micro Hei): Qt's PDF writer names a shared glyph by its lowest code point, so
    with Noto first the PDF's text layer says ⾬ where the page shows 雨, and searching the
    PDF for 雨 finds nothing.
    """
    faces = list(face_chain(language or text_language(text)))
    if searchable:
        faces.sort(key=lambda face: face.covers(KANGXI_RADICALS[0]))
    return list(dict.fromkeys(face.family for face in faces))


def cjk_family(language: str) -> str | None:
    """The family that draws Han characters for ``language`` (``zh-cn``, ``zh-tw``, ``ja``,
    ``ko``), e.g. "Noto Sans CJK SC", if a font on this machine has them."""
    face = _face_for(ord("中"), face_chain(language))
    return face.family if face is not None else None


@dataclass(frozen=True)
class Metrics:
    """Vertical metrics of a line drawn at one size with the faces the text needs."""

    ascent: int
    descent: int

    @property
    def height(self) -> int:
        """Line height in pixels."""
        return self.ascent + self.descent


def _usable(pieces: list[tuple[Face | None, str]]) -> list[tuple[Face, str]]:
    """Runs with a face each; characters no face has go to the first (its box is drawn)."""
    chain = face_chain(None)
    fallback = chain[0] if chain else None
    drawn = []
    for face, run in pieces:
        chosen = face or fallback
        if chosen is not None:
            drawn.append((chosen, run))
    return drawn


def line_metrics(text: str, size: int) -> Metrics:
    """Ascent and descent of ``text`` at ``size``: the largest of the faces it needs."""
    faces = {face for face, _ in _usable(runs(text))} or set(face_chain(None)[:1])
    ascent = descent = 0
    for face in faces:
        face_ascent, face_descent = face.font(size).getmetrics()
        ascent, descent = max(ascent, face_ascent), max(descent, face_descent)
    if not faces:
        return Metrics(size, size // 4)
    return Metrics(ascent, descent)


def text_width(text: str, size: int) -> int:
    """Width in pixels of ``text`` drawn at ``size``."""
    return round(sum(face.font(size).getlength(run) for face, run in _usable(runs(text))))


def draw_text(
    draw: ImageDraw.ImageDraw,
    position: tuple[float, float],
    text: str,
    size: int,
    fill: tuple[int, ...],
    metrics: Metrics | None = None,
) -> None:
    """Draw ``text`` with its top-left at ``position``, each run in the face that has it."""
    metrics = metrics or line_metrics(text, size)
    x, baseline = position[0], position[1] + metrics.ascent
    for face, run in _usable(runs(text)):
        font = face.font(size)
        draw.text((x, baseline), run, font=font, fill=fill, anchor="ls")
        x += font.getlength(run)


_NO_LINE_START = set("，。、！？；：」』）》〉】”’…·,.!?;:)]}%")
_NO_LINE_END = set("「『（《〈【“‘([{")


def _tokens(text: str) -> list[str]:
    """Words of Latin text, single characters of CJK text, spaces kept."""
    tokens: list[str] = []
    for character in text:
        if is_cjk(character) or character.isspace():
            tokens.append(character)
        elif tokens and not (is_cjk(tokens[-1][-1]) or tokens[-1].isspace()):
            tokens[-1] += character
        else:
            tokens.append(character)
    return tokens


def wrap(text: str, size: int, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels at ``size``: between words,
    or between any two CJK characters (never before a closing mark or after an opening one)."""
    lines: list[str] = []
    current = ""
    for token in _tokens(" ".join(text.split())):
        candidate = current + token
        if not current or text_width(candidate.rstrip(), size) <= width:
            current = candidate
            continue
        if token.isspace():
            lines.append(current.rstrip())
            current = ""
            continue
        carry = token[0] in _NO_LINE_START or current[-1] in _NO_LINE_END
        if carry and len(current) > 1:  # the last character moves down with the token
            lines.append(current[:-1].rstrip())
            current = current[-1] + token
        else:
            lines.append(current.rstrip())
            current = token
    if current.strip():
        lines.append(current.rstrip())
    return lines
