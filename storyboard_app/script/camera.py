"""Camera directions written in the action ("CLOSE ON Edward", "INSERT: the letter", "特写：")
read as a shot's size, angle and moves, and taken out of the action text.

English directions count only in capitals, at the start of a line or a sentence, the way
screenwriters type them (so "the doors close on him" is action, not a close-up). Chinese
directions (特写, 近景, 全景, 推镜头…) count at the start of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyboard_app.domain.models import CameraMove
from storyboard_app.domain.vocabulary import Angle, Direction, MoveKind, ShotSize, Speed

_S, _A, _M = "size", "angle", "move"
_DIRECTIONS: tuple[tuple[str, str, object], ...] = (
    (r"EXTREME CLOSE[- ]?UP(?: ON| OF)?|EXTREME CLOSE ON|ECU(?: ON)?|XCU", _S, ShotSize.ECU),
    (r"MEDIUM CLOSE[- ]?UP(?: ON| OF)?|MCU(?: ON)?", _S, ShotSize.MCU),
    (
        r"CLOSE[- ]?UP(?: ON| OF)?|CLOSE(?:R)? ON|CU(?: ON)?|TIGHT ON|TIGHT SHOT(?: ON| OF)?",
        _S,
        ShotSize.CU,
    ),
    (r"INSERT(?: SHOT)?(?: ON| OF)?", _S, ShotSize.INSERT),
    (
        r"EXTREME WIDE(?: SHOT)?(?: ON| OF)?|ESTABLISHING(?: SHOT)?(?: ON| OF)?|EWS(?: ON)?",
        _S,
        ShotSize.EWS,
    ),
    (r"AERIAL(?: SHOT| VIEW)?(?: ON| OF)?", _S, ShotSize.EWS),
    (r"WIDE(?: SHOT| ANGLE)?(?: ON| OF)?|WS(?: ON)?|MASTER SHOT(?: ON| OF)?", _S, ShotSize.WS),
    (r"BACK TO (?:THE )?SCENE", _S, ShotSize.WS),
    (r"FULL SHOT(?: ON| OF)?|MEDIUM WIDE(?: SHOT)?(?: ON| OF)?|MLS(?: ON)?", _S, ShotSize.MLS),
    (r"MEDIUM(?: SHOT)?(?: ON| OF)?|MED\. SHOT(?: ON| OF)?", _S, ShotSize.MS),
    (r"TWO[- ]SHOT(?: ON| OF)?", _S, ShotSize.TWO_SHOT),
    (
        r"OVER (?:THE|[A-Z'’\-]+'S|[A-Z'’\-]+’S) SHOULDER(?: ON| TO)?|OTS(?: ON)?",
        _S,
        ShotSize.OTS,
    ),
    (
        r"(?:(?P<owner>[A-Z][A-Z'’\-]*(?: [A-Z][A-Z'’\-]*)?)['’]S )?"
        r"(?:POV|P\.O\.V\.|POINT OF VIEW)(?: ON| OF)?",
        _S,
        ShotSize.POV,
    ),
    (
        r"(?:NEW |REVERSE |ANOTHER )?ANGLE ON|(?:NEW|REVERSE|ANOTHER) ANGLE|ON",
        _S,
        None,
    ),
    (r"LOW ANGLE(?: ON| OF)?", _A, Angle.LOW),
    (r"HIGH ANGLE(?: ON| OF)?", _A, Angle.HIGH),
    (r"BIRD['’]S[- ]EYE(?: VIEW)?(?: ON| OF)?|OVERHEAD(?: SHOT)?(?: ON| OF)?", _A, Angle.BIRDS_EYE),
    (r"DUTCH(?: ANGLE)?(?: ON| OF)?", _A, Angle.DUTCH),
    (
        r"PUSH(?:ING)? IN(?: ON| TO)?|DOLLY IN(?: ON| TO)?|MOVE IN(?: ON)?|CREEP IN(?: ON)?",
        _M,
        (MoveKind.DOLLY, Direction.IN),
    ),
    (
        r"PULL(?:ING)? (?:BACK|OUT)(?: FROM| TO)?|DOLLY (?:OUT|BACK)(?: FROM| TO)?",
        _M,
        (MoveKind.DOLLY, Direction.OUT),
    ),
    (
        r"TRACKING(?: SHOT)?(?: WITH| ON)?|TRACK WITH|FOLLOWING(?: SHOT)?(?: ON| WITH)?"
        r"|STEADICAM(?: SHOT)?(?: ON| WITH)?|DOLLY WITH",
        _M,
        (MoveKind.TRACKING, Direction.FORWARD),
    ),
    (r"(?:WHIP )?PAN(?:NING)? LEFT(?: TO| ACROSS| WITH)?", _M, (MoveKind.PAN, Direction.LEFT)),
    (
        r"(?:WHIP )?PAN(?:NING)?(?: RIGHT)?(?: TO| ACROSS| WITH)?",
        _M,
        (MoveKind.PAN, Direction.RIGHT),
    ),
    (r"TILT(?:ING)? UP(?: TO)?", _M, (MoveKind.TILT, Direction.UP)),
    (r"TILT(?:ING)? DOWN(?: TO)?", _M, (MoveKind.TILT, Direction.DOWN)),
    (r"(?:CRANE|BOOM)(?: SHOT)? UP(?: TO)?|CRANE SHOT", _M, (MoveKind.CRANE, Direction.UP)),
    (r"(?:CRANE|BOOM) DOWN(?: TO)?", _M, (MoveKind.CRANE, Direction.DOWN)),
    (r"ZOOM(?:ING)? OUT(?: FROM| TO)?", _M, (MoveKind.ZOOM, Direction.OUT)),
    (r"ZOOM(?:ING)?(?: IN)?(?: ON| TO)?", _M, (MoveKind.ZOOM, Direction.IN)),
    (r"HAND-?HELD(?: SHOT)?(?: ON)?", _M, (MoveKind.HANDHELD, Direction.NONE)),
)
_CHINESE: tuple[tuple[str, str, object], ...] = (
    (r"大特写", _S, ShotSize.ECU),
    (r"特写(?:镜头)?", _S, ShotSize.CU),
    (r"中近景", _S, ShotSize.MCU),
    (r"近景", _S, ShotSize.MCU),
    (r"中景", _S, ShotSize.MS),
    (r"大远景|远景|航拍", _S, ShotSize.EWS),
    (r"全景", _S, ShotSize.WS),
    (r"插入(?:镜头)?", _S, ShotSize.INSERT),
    (r"主观(?:镜头|视角)", _S, ShotSize.POV),
    (r"过肩(?:镜头)?", _S, ShotSize.OTS),
    (r"双人镜头", _S, ShotSize.TWO_SHOT),
    (r"俯拍", _A, Angle.HIGH),
    (r"仰拍", _A, Angle.LOW),
    (r"推(?:镜头|近)|镜头推(?:近|向)", _M, (MoveKind.DOLLY, Direction.IN)),
    (r"拉(?:镜头|远)|镜头拉(?:远|开)", _M, (MoveKind.DOLLY, Direction.OUT)),
    (r"摇镜头|镜头摇(?:向)?", _M, (MoveKind.PAN, Direction.RIGHT)),
    (r"跟(?:拍|镜头)", _M, (MoveKind.TRACKING, Direction.FORWARD)),
    (r"手持(?:镜头)?", _M, (MoveKind.HANDHELD, Direction.NONE)),
)
_SEPARATOR = r"(?:\s*[:：—–\-,，]\s*|\s+|$)"
_SPEED = re.compile(r"^(SLOW(?:LY)?|FAST|QUICK(?:LY)?|RAPID)\s+(?=[A-Z])")
_ENGLISH = [(re.compile(rf"^(?:{p})(?![A-Za-z]){_SEPARATOR}"), k, v) for p, k, v in _DIRECTIONS]
_ZH = [(re.compile(rf"^(?:{p}){_SEPARATOR}"), k, v) for p, k, v in _CHINESE]
_MAY_DIRECT = re.compile(r"\s*(?:[A-Z][A-Z'’.\-]*(?:\s|$|[:：,\-—])|[\u4e00-\u9fff])")
"""What every direction starts with: a word in capitals, or a Chinese character."""
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass(frozen=True)
class Framing:
    """What a camera direction asks for, and the text after it."""

    size: ShotSize | None = None
    angle: Angle | None = None
    moves: tuple[CameraMove, ...] = ()
    rest: str = ""
    owner: str = ""
    """Whose point of view ("ROSA" of "ROSA'S POV"), as written."""


def read_direction(text: str) -> Framing | None:
    """The camera directions at the start of ``text``, or None if it starts with none."""
    if not _MAY_DIRECT.match(text):
        return None
    size: ShotSize | None = None
    angle: Angle | None = None
    moves: list[CameraMove] = []
    found = False
    owner = ""
    rest = text.strip()
    while rest:
        speed = Speed.MEDIUM
        speed_match = _SPEED.match(rest)
        candidate = rest[speed_match.end() :] if speed_match else rest
        if speed_match:
            speed = Speed.SLOW if speed_match.group(1).startswith("SLOW") else Speed.FAST
        for pattern, kind, value in (*_ENGLISH, *_ZH):
            match = pattern.match(candidate)
            if match is None or (value is None and found):
                continue
            bare_on = value is None and not re.match(r"^(?:\S+ )?ANGLE", candidate)
            if bare_on and not _bare_on(candidate, match.end()):
                continue
            if kind == _S and isinstance(value, ShotSize):
                size = size or value
            elif kind == _A and isinstance(value, Angle):
                angle = angle or value
            elif kind == _M and isinstance(value, tuple):
                moves.append(CameraMove(kind=value[0], direction=value[1], speed=speed))
            found = True
            owner = owner or (match.groupdict().get("owner") or "")
            rest = candidate[match.end() :].strip()
            break
        else:
            break
    if not found:
        return None
    rest = re.sub(r"^(?:on|of|to|with|across|from)\s+", "", rest, flags=re.IGNORECASE)
    if size is ShotSize.EWS and text.strip().startswith(("AERIAL", "航拍")):
        angle = angle or Angle.BIRDS_EYE
    return Framing(size, angle, tuple(moves), rest, owner)


def _bare_on(text: str, end: int) -> bool:
    """ "ON THE RING." is a direction only when what follows is in capitals too."""
    subject = re.split(r"[.!?,;:]", text[end:], maxsplit=1)[0]
    return bool(subject.strip()) and not any(ch.islower() for ch in subject)


def starts_with_direction(text: str) -> bool:
    """Whether a line starts with a camera direction (so it is not a character cue)."""
    return read_direction(text) is not None


def segments(text: str) -> list[str]:
    """An action paragraph cut before every line or sentence that starts a direction."""
    pieces: list[str] = []
    for line in text.split("\n"):
        for sentence in _SENTENCE_START.split(line):
            if pieces and read_direction(sentence) is None:
                pieces[-1] = f"{pieces[-1]} {sentence}".strip()
            else:
                pieces.append(sentence.strip())
    return [piece for piece in pieces if piece]
