"""Scene headings read as a place, a time and inside or outside.

``INT. SAN FRANCISCO APARTMENT - NIGHT``, ``EXT. PIER, DAWN``, ``内景. 豪华公寓 - 连续``,
``INT。 医院-天``, ``ИНТ. КВАРТИРА – ДЕНЬ``: the prefix says inside or outside (a heading
without one is judged by its words: a street, a beach, 天台 are outside); the last part after
" - ", " – ", " — ", ", " (or a bare dash or ``，`` in Chinese and Japanese) is the time when
it is one of the time words below, else it stays part of the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyboard_app.script.conventions import CJK, HEADING, INSIDE_PREFIX, OUTSIDE_PREFIX

_TIMES = {
    # English: time of day → how the establishing shot says it
    "DAY": "by day", "NIGHT": "at night", "MORNING": "in the morning", "EVENING": "in the evening",
    "AFTERNOON": "in the afternoon", "DAWN": "at dawn", "DUSK": "at dusk", "SUNSET": "at sunset",
    "SUNRISE": "at sunrise", "MIDNIGHT": "at midnight", "NOON": "at noon", "LATE NIGHT":
    "late at night", "EARLY MORNING": "early in the morning", "MAGIC HOUR": "at golden hour",
    # Chinese, Japanese, Russian
    "日": "白天", "天": "白天", "白天": "白天", "昼": "昼", "夜": "夜晚", "夜晚": "夜晚",
    "晚": "夜晚", "晨": "清晨", "清晨": "清晨", "早晨": "清晨", "朝": "朝", "黄昏": "黄昏",
    "傍晚": "傍晚", "夕方": "夕方", "深夜": "深夜", "ДЕНЬ": "днём", "НОЧЬ": "ночью",
    "УТРО": "утром", "ВЕЧЕР": "вечером", "РАССВЕТ": "на рассвете", "ЗАКАТ": "на закате",
}  # fmt: skip
_SEQUENCE_TIMES = {
    "CONTINUOUS", "CONT", "CONT'D", "LATER", "MOMENTS LATER", "A MOMENT LATER", "SAME",
    "SAME TIME", "SIMULTANEOUS", "MOMENTS BEFORE", "CONTINUOUS ACTION", "连续", "接上", "稍后",
    "同时", "続き", "同時", "ПРОДОЛЖЕНИЕ", "ПОЗЖЕ", "ТОГДА ЖЕ",
}  # fmt: skip
"""Times that say how the scene follows the last, not the light: no words in the shot."""
_OUTSIDE_WORDS = re.compile(
    r"\b(?:STREETS?|ROADS?|ROOFTOP|ROOF|BEACH|PARK|FIELDS?|FOREST|WOODS|HARBOU?R|PIER|DOCKS?"
    r"|SEA|OCEAN|RIVER|LAKE|MOUNTAINS?|DESERT|SKY|GARDEN|YARD|BACKYARD|PARKING LOT|BRIDGE"
    r"|HIGHWAY|ALLEY|SQUARE|CEMETERY|COUNTRYSIDE|FARM|CAMPSITE|PLAZA|PORCH|SHORE|COAST|CLIFF"
    r"|УЛИЦА|ДВОР|ПАРК|ЛЕС|ПОЛЕ|ПЛЯЖ|НАБЕРЕЖНАЯ|ДОРОГА|ПЛОЩАДЬ|КРЫША)\b"
    r"|街|路口|马路|天台|屋顶|海边|海滩|公园|广场|山顶|河边|湖边|森林|田野|码头|桥上|院子|沙漠|天空"
    r"|通り|海岸|公園|屋上|駅前|校庭",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "the", "a", "an", "and", "at", "in", "on", "to", "by", "for", "or"}
_LEADING_NUMBER = re.compile(r"^(\d+[A-Z]?)[.:]?\s+(?=\S)")
_TRAILING_NUMBER = re.compile(r"\s+(\d+[A-Z]?)\.?$")


@dataclass(frozen=True)
class Heading:
    """A scene heading, read."""

    text: str
    """As it should be shown: separators as en dashes, any written scene number removed."""
    number: str
    """A scene number typed into the heading itself ("12 INT. HOUSE - DAY 12")."""
    place: str
    time: str
    outside: bool


def _split(rest: str) -> tuple[str, str]:
    """(place, time) on the last separator whose right-hand side is a time word."""
    separators = [r"\s+[-–—]+\s+", r",\s+|，|、"]
    if CJK.search(rest):
        separators.append(r"\s*[-–—－]+\s*")
    for separator in separators:
        parts = re.split(separator, rest)
        if len(parts) > 1:
            time = parts[-1].strip().rstrip(".")
            if time.upper() in _TIMES or time.upper() in _SEQUENCE_TIMES:
                return " – ".join(p.strip() for p in parts[:-1]), time
    bracket = re.match(r"^(.*?)\s*[（(]([^()（）]+)[)）]$", rest)  # Japanese: 駅前（夜）
    if bracket and bracket.group(2).strip().upper() in _TIMES:
        return bracket.group(1), bracket.group(2).strip()
    return re.sub(r"\s+[-–—]+\s+", " – ", rest), ""


def place_words(place: str) -> str:
    """A place typed in capitals as it reads in a sentence: ``ROADSIDE DINER`` → Roadside Diner."""
    if any(ch.islower() for ch in place) or not any(ch.isupper() for ch in place):
        return place  # typed in mixed case (keep its proper nouns), or a script without case
    words = place.split(" ")
    return " ".join(
        word.lower() if k and word.lower() in _SMALL_WORDS else word.capitalize()
        for k, word in enumerate(words)
    )


def time_phrase(time: str) -> str:
    """How the establishing shot says the time ("at night"), or "" for CONTINUOUS, LATER…."""
    return _TIMES.get(time.upper(), "")


def read_heading(heading: str) -> Heading:
    """Place, time and inside/outside of a heading (forced headings arrive without the dot)."""
    text = " ".join(heading.split())
    number = ""
    leading = _LEADING_NUMBER.match(text)
    if leading and HEADING.match(text[leading.end() :]):
        number, text = leading.group(1), text[leading.end() :]
        trailing = _TRAILING_NUMBER.search(text)
        if trailing and trailing.group(1) == number:
            text = text[: trailing.start()]
    prefix = HEADING.match(text)
    rest = text[prefix.end() :].strip(" .。．:：") if prefix else text
    place, time = _split(rest)
    if OUTSIDE_PREFIX.match(text):
        outside = True
    elif prefix and INSIDE_PREFIX.match(text):
        outside = False
    else:
        outside = bool(_OUTSIDE_WORDS.search(place))
    shown = re.sub(r"\s+[-–—]+\s+", " – ", text)
    return Heading(shown, number, place.strip(), time, outside)
