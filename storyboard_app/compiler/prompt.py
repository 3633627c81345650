"""Shot to prompt: a cinematographer's wording built from the shot's fields, in English or
in Chinese.

Pure and deterministic: the same shot, storyboard and characters always give the same text,
so golden files can pin it. Characters are described the same way in every shot they are
in, which is what keeps a model drawing them consistently.

A Chinese prompt is wholly Chinese: framing (景别), angle (机位), camera moves (运镜) as
Chinese crews say them, dialogue as ``[角色，语气]：“台词”``, sound as ``[音效：…]``, Chinese
punctuation throughout. An English prompt keeps Chinese dialogue as written and names its
language. Either way a sentence ends in one stop of its own script (never "。." or "，.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from storyboard_app.domain.models import CameraMove, Character, DialogueLine, Shot, Storyboard
from storyboard_app.domain.vocabulary import (
    LANGUAGE_NAMES,
    LANGUAGE_NAMES_CHINESE,
    Angle,
    Direction,
    MoveKind,
    PromptLanguage,
    ShotSize,
    Speed,
)

Language = Literal["en", "zh"]

_STOPS = "\"'”」』"
"""Closing quotes: a sentence ending in one gets no stop after it."""
_MARKS = ",，、;；:：-. !?。！？…"
"""Punctuation a sentence's end is cleaned of before its one stop is chosen."""
_TO_CHINESE = {".": "。", "!": "！", "?": "？"}
_TO_ENGLISH = {"。": ".", "！": "!", "？": "?"}
_CHINESE_MARK_THEN_FULL_STOP = re.compile(r"(?:[，、；：]|([。！？]))\.+")
"""A Chinese mark typed before a full stop ("。." "，."): one Chinese stop stands for both."""


def _han(character: str) -> bool:
    code = ord(character)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x3000 <= code <= 0x303F


def sentence(text: str, language: Language = "en") -> str:
    """Trimmed text ending in one stop of its script: "。！？" in Chinese or after Chinese
    text, else ".!?". The writer's own stop is kept (converted to the script when it is the
    other one); commas and colons at the end are dropped, so no "。." or "，." is left."""
    text = " ".join(text.split())
    text = _CHINESE_MARK_THEN_FULL_STOP.sub(lambda m: m[1] or "。", text)
    kept = text.rstrip(_MARKS)
    tail = text[len(kept) :].replace(" ", "")
    body = kept.lstrip(".,，、;；:：。!！?？ ")  # parts are joined right after a stop
    if not body:
        return ""
    body = body[0].upper() + body[1:]
    chinese = language == "zh" or _han(body[-1])
    if not tail and body[-1] in _STOPS:
        return body
    if tail and set(tail) <= set("。！？…" if chinese else ".!?…"):
        return body + tail  # "……", "?!", "Wait..." as written
    first = next((c for c in tail if c in ".!?。！？"), ".")
    return body + (_TO_CHINESE.get(first, first) if chinese else _TO_ENGLISH.get(first, first))


def chinese_share(texts: Iterable[str]) -> float:
    """How much of the text is Chinese: Han characters against Latin words, a word counting
    as 1.5 characters (a Chinese word is one to two characters); 0 with Japanese kana."""
    han = words = 0
    for text in texts:
        if any(0x3040 <= ord(c) <= 0x30FF for c in text):
            continue
        han += sum(1 for c in text if _han(c) and not 0x3000 <= ord(c) <= 0x303F)
        words += sum(1 for word in text.split() if any(c.isascii() and c.isalpha() for c in word))
    total = han + 1.5 * words
    return han / total if total else 0.0


def board_texts(board: Storyboard) -> list[str]:
    """What a storyboard's director wrote for it: its shots' subjects, actions, sounds and
    lines; its style and lighting only when the shots say nothing yet.

    Style and lighting are settings a new storyboard takes from the one before it: a
    storyboard written in Chinese in a project of English ones keeps their English words,
    which must not outvote its own text.
    """
    texts = []
    for shot in board.shots:
        texts += [shot.subject, shot.action, *shot.sound]
        texts += [line.line for line in shot.dialogue]
    if not any(c.isalpha() for text in texts for c in text):
        texts = [board.style, board.lighting]
    return texts


def prompt_language(board: Storyboard) -> Language:
    """The storyboard's prompt language; ``auto`` is Chinese when most of its own text is
    (:func:`board_texts`)."""
    if board.prompt_language is PromptLanguage.CHINESE:
        return "zh"
    if board.prompt_language is PromptLanguage.ENGLISH:
        return "en"
    return "zh" if chinese_share(board_texts(board)) > 0.5 else "en"


def _seconds(value: float) -> str:
    return f"{value:g}"


_MOVE_PHRASES: dict[tuple[MoveKind, Direction], str] = {
    (MoveKind.STATIC, Direction.NONE): "static camera, locked off",
    (MoveKind.PAN, Direction.LEFT): "pan left",
    (MoveKind.PAN, Direction.RIGHT): "pan right",
    (MoveKind.TILT, Direction.UP): "tilt up",
    (MoveKind.TILT, Direction.DOWN): "tilt down",
    (MoveKind.TRUCK, Direction.LEFT): "truck left",
    (MoveKind.TRUCK, Direction.RIGHT): "truck right",
    (MoveKind.PEDESTAL, Direction.UP): "pedestal up",
    (MoveKind.PEDESTAL, Direction.DOWN): "pedestal down",
    (MoveKind.CRANE, Direction.UP): "crane up",
    (MoveKind.CRANE, Direction.DOWN): "crane down",
    (MoveKind.DOLLY, Direction.IN): "dolly in",
    (MoveKind.DOLLY, Direction.OUT): "dolly out",
    (MoveKind.ZOOM, Direction.IN): "zoom in",
    (MoveKind.ZOOM, Direction.OUT): "zoom out",
    (MoveKind.ROLL, Direction.CLOCKWISE): "camera roll clockwise",
    (MoveKind.ROLL, Direction.COUNTERCLOCKWISE): "camera roll counterclockwise",
    (MoveKind.ORBIT, Direction.LEFT): "orbit left around the subject",
    (MoveKind.ORBIT, Direction.RIGHT): "orbit right around the subject",
    (MoveKind.HANDHELD, Direction.NONE): "handheld, subtle natural shake",
    (MoveKind.TRACKING, Direction.FORWARD): "tracking shot moving forward with the subject",
    (MoveKind.TRACKING, Direction.BACKWARD): "tracking shot leading the subject backward",
    (MoveKind.TRACKING, Direction.LEFT): "tracking shot moving left with the subject",
    (MoveKind.TRACKING, Direction.RIGHT): "tracking shot moving right with the subject",
    (MoveKind.RACK_FOCUS, Direction.IN): "rack focus to the foreground",
    (MoveKind.RACK_FOCUS, Direction.OUT): "rack focus to the background",
    (MoveKind.DOLLY_ZOOM, Direction.IN): "dolly zoom in, background stretching away",
    (MoveKind.DOLLY_ZOOM, Direction.OUT): "dolly zoom out, background closing in",
}


_MOVE_CHINESE: dict[tuple[MoveKind, Direction], str] = {
    (MoveKind.STATIC, Direction.NONE): "固定镜头",
    (MoveKind.PAN, Direction.LEFT): "向左摇",
    (MoveKind.PAN, Direction.RIGHT): "向右摇",
    (MoveKind.TILT, Direction.UP): "向上摇",
    (MoveKind.TILT, Direction.DOWN): "向下摇",
    (MoveKind.TRUCK, Direction.LEFT): "向左移",
    (MoveKind.TRUCK, Direction.RIGHT): "向右移",
    (MoveKind.PEDESTAL, Direction.UP): "升镜头",
    (MoveKind.PEDESTAL, Direction.DOWN): "降镜头",
    (MoveKind.CRANE, Direction.UP): "摇臂上升",
    (MoveKind.CRANE, Direction.DOWN): "摇臂下降",
    (MoveKind.DOLLY, Direction.IN): "推镜头",
    (MoveKind.DOLLY, Direction.OUT): "拉镜头",
    (MoveKind.ZOOM, Direction.IN): "变焦推",
    (MoveKind.ZOOM, Direction.OUT): "变焦拉",
    (MoveKind.ROLL, Direction.CLOCKWISE): "镜头顺时针旋转",
    (MoveKind.ROLL, Direction.COUNTERCLOCKWISE): "镜头逆时针旋转",
    (MoveKind.ORBIT, Direction.LEFT): "向左环绕主体",
    (MoveKind.ORBIT, Direction.RIGHT): "向右环绕主体",
    (MoveKind.HANDHELD, Direction.NONE): "手持，轻微自然晃动",
    (MoveKind.TRACKING, Direction.FORWARD): "跟拍，随主体向前",
    (MoveKind.TRACKING, Direction.BACKWARD): "跟拍，在主体前方后退",
    (MoveKind.TRACKING, Direction.LEFT): "跟拍，随主体向左",
    (MoveKind.TRACKING, Direction.RIGHT): "跟拍，随主体向右",
    (MoveKind.RACK_FOCUS, Direction.IN): "焦点转移到前景",
    (MoveKind.RACK_FOCUS, Direction.OUT): "焦点转移到背景",
    (MoveKind.DOLLY_ZOOM, Direction.IN): "希区柯克变焦（推），背景拉远",
    (MoveKind.DOLLY_ZOOM, Direction.OUT): "希区柯克变焦（拉），背景压近",
}
_SPEED_CHINESE = {Speed.SLOW: "缓慢", Speed.MEDIUM: "匀速", Speed.FAST: "快速"}


def _move_phrase_chinese(move: CameraMove) -> str:
    phrase = _MOVE_CHINESE.get((move.kind, move.direction))
    if phrase is None:  # a direction the move does not take: validation reports it
        phrase = f"{move.kind.value} {move.direction.value}".replace(" none", "")
    if move.kind not in (MoveKind.STATIC, MoveKind.HANDHELD):
        phrase = _SPEED_CHINESE[move.speed] + phrase
    if move.start is not None or move.end is not None:
        start = _seconds(move.start) if move.start is not None else "0"
        end = f"{_seconds(move.end)}秒" if move.end is not None else "结束"
        phrase += f"（{start}秒–{end}）" if move.end is None else f"（{start}–{end}）"
    return phrase


def moves_phrase(moves: Sequence[CameraMove], language: Language = "en") -> str:
    """A shot's camera moves one after another: "slow dolly in, then pan left"."""
    if language == "zh":
        return "，然后".join(_move_phrase_chinese(m) for m in moves)
    return ", then ".join(move_phrase(m) for m in moves)


def framing(shot_size: ShotSize, angle: Angle, language: Language = "en") -> str:
    """Shot size and angle: "Wide shot, high angle" or "远景，俯拍"."""
    if language == "zh":
        return f"{shot_size.chinese}，{angle.chinese}"
    return f"{shot_size.words.capitalize()}, {angle.words}"


def move_phrase(move: CameraMove) -> str:
    """A camera move in words, with its speed and time window: "slow dolly in (0-2 s)"."""
    phrase = _MOVE_PHRASES.get((move.kind, move.direction))
    if phrase is None:  # a direction the move does not take: validation reports it
        phrase = f"{move.kind.value} {move.direction.value}".replace(" none", "")
    if move.kind not in (MoveKind.STATIC, MoveKind.HANDHELD):
        phrase = f"{move.speed.value} {phrase}"
    if move.start is not None or move.end is not None:
        start = _seconds(move.start) if move.start is not None else "0"
        end = _seconds(move.end) if move.end is not None else "end"
        phrase += f" ({start}-{end} s)"
    return phrase


def character_phrase(character: Character, language: Language = "en") -> str:
    """The one description of a character used in every shot they are in."""
    appearance, wardrobe = character.appearance.strip(), character.wardrobe.strip()
    if language == "zh":
        details = [appearance.rstrip(_MARKS)] if appearance else []
        if wardrobe:
            details.append("身穿" + wardrobe.rstrip(_MARKS))
        return f"{character.name}（{'；'.join(details)}）" if details else character.name
    details = [part for part in (appearance, wardrobe) if part]
    if wardrobe:
        details[-1] = "wearing " + wardrobe
    return f"{character.name} ({'; '.join(details)})" if details else character.name


PROMPT_NAME_MAX = 40
"""Longest speaker name a dialogue tag carries; the project keeps the whole name."""


def short_name(name: str, limit: int = PROMPT_NAME_MAX) -> str:
    """A name as a prompt carries it: whole up to ``limit`` characters, else cut at a word."""
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:-– ") + "…"


def dialogue_tag(line: DialogueLine, language: Language = "en") -> str:
    """A dialogue line as the models read it: ``[Name, delivery]: "line"``, in Chinese
    ``[角色，语气]：“台词”``; a line not in the prompt's language names its language."""
    qualifiers = [short_name(line.character)]
    if line.delivery.strip():
        qualifiers.append(line.delivery.strip().rstrip(_MARKS))
    if language == "zh":
        if line.language != "zh":
            qualifiers.append(LANGUAGE_NAMES_CHINESE.get(line.language, line.language))
        return f"[{'，'.join(qualifiers)}]：“{line.line.strip()}”"
    if line.language != "en":
        qualifiers.append("in " + LANGUAGE_NAMES.get(line.language, line.language))
    return f'[{", ".join(qualifiers)}]: "{line.line.strip()}"'


def sound_tag(tags: Sequence[str], language: Language = "en") -> str:
    """The shot's sounds: ``[SFX: rain, siren]`` or ``[音效：雨声、警笛]``."""
    tags = [tag.strip() for tag in tags if tag.strip()]
    if not tags:
        return ""
    if language == "zh":
        return f"[音效：{'、'.join(tags)}]"
    return f"[SFX: {', '.join(tags)}]"


def shot_prompt(
    shot: Shot, board: Storyboard, characters: Sequence[Character], language: Language = "en"
) -> str:
    """The provider-neutral prompt of one shot, in ``language``."""
    zh = language == "zh"
    parts = [
        sentence(framing(shot.size, shot.angle, language), language),
        sentence(shot.subject, language),
        sentence(shot.action, language),
    ]
    by_name = {c.name.casefold(): c for c in characters}
    described = [by_name[name.casefold()] for name in shot.cast() if name.casefold() in by_name]
    described = [c for c in described if c.appearance.strip() or c.wardrobe.strip()]
    if described:
        joiner = "；" if zh else "; "
        parts.append(
            sentence(joiner.join(character_phrase(c, language) for c in described), language)
        )
    if shot.moves:
        camera = "运镜：" if zh else "Camera: "
        parts.append(sentence(camera + moves_phrase(shot.moves, language), language))
    parts.extend(dialogue_tag(line, language) for line in shot.dialogue if line.line.strip())
    parts.append(sound_tag(shot.sound, language))
    if sentence(board.style):
        style = ("风格：" if zh else "Style: ") + board.style.strip()
        parts.append(sentence(style, language))
    if sentence(board.lighting):
        lighting = ("光线：" if zh else "Lighting: ") + board.lighting.strip()
        parts.append(sentence(lighting, language))
    return ("" if zh else " ").join(part for part in parts if part)
