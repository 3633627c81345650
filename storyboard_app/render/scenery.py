"""Where a shot's blocking frame is set: inside or outside, by day or by night.

Nothing in a project file says so; it is read from what the director (or the screenplay)
wrote, shot by shot, in this order:

1. a scene heading (``INT.``, ``EXT.``, ``I/E``, ``ИНТ.``, ``НАТ.``, 内景/內景, 外景…) in the
   shot's words, else the last one in an earlier shot of the storyboard (an imported scene's
   establishing shot keeps its heading in its notes), else in the storyboard's name (an
   imported storyboard is named after its scene). ``INT./EXT.`` and ``I/E`` are inside
   unless the heading names an outside place (``I/E CAR / HIGHWAY``); ``EXT./INT.`` outside
   unless its place says inside;
2. place words in the shot's subject, action and notes: words that say "inside" (inside,
   by the window, 窗外, 茶馆里, 室内, 車内, за окном) over outside places (street, 老街,
   屋上, улица) over rooms and indoor places (kitchen, office, teahouse, 茶馆, 部屋, кухня);
3. the place of the nearest earlier shot that has one (the scene stays where it was), else
   the storyboard's name and lighting ("室内暖光", "sunrise through the window"),
   else the nearest later shot;
4. outside.

Night is read the same way (NIGHT, 夜, 夜晚, НОЧЬ … over DAY, 日, morning, утро …); day is
the default. English, Chinese (Simplified and Traditional), Japanese and Russian.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyboard_app.compiler.guidances import GuidancesPayload
    from storyboard_app.domain.models import Storyboard


@dataclass(frozen=True)
class Scenery:
    """What set a blocking frame draws."""

    interior: bool = False
    night: bool = False


EXTERIOR = Scenery()

_HEADING = re.compile(
    r"(?:^|(?<=[\s·:：]))(?P<prefix>"
    r"INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\s*/\s*E|E\s*/\s*I|INT|EXT|EST"
    r"|ИНТ\.?\s*/\s*НАТ|НАТ\.?\s*/\s*ИНТ|ИНТ|НАТ|ЭКСТ"
    r"|[内內][外/]+景|外[内內/]+景|[内內]景/外景|[内內]景|外景)"
    r"(?P<stop>[.。．:：]|\s)",
    re.IGNORECASE,
)
"""A scene heading's prefix where a heading can start: at the start of the words or after
"Scene 3 · " / "Scene 3: " (how imported storyboards and establishing shots name it)."""

_INSIDE_FIRST = re.compile(r"^(?:INT|I\b|ИНТ|[内內])", re.IGNORECASE)
_MIXED = re.compile(r"/|[内內]外|外[内內]")

_SAYS_INSIDE = re.compile(
    r"\b(?:inside|indoors?|interior|(?:by|at|through|out|outside) the windows?"
    r"|window seat|back seat|front seat|driver's seat|behind the wheel|dashboard)\b"
    r"|[馆館店屋室房厅廳车車楼樓家厢廂舱艙]\s*(?:里|裡|内|內|中)|窗外|窗边|窗邊|窗前|进来|進來"
    r"|部屋の中|家の中|窓の外|窓際|[室屋店車館]内"
    r"|\b(?:внутри|в помещении|у окна|за окном|в машине|в салоне)",
    re.IGNORECASE,
)
"""Words that put the camera inside (checked first: "the street through the window")."""

_OUTSIDE = re.compile(
    r"\b(?:streets?|roads?|alley(?:way)?s?|rooftops?|roofs?|beach|park|(?<!depth of )fields?"
    r"|forest|woods|harbou?r|pier|docks?|sea|ocean|river|lake|mountains?|desert|sky|skyline|garden|yard"
    r"|backyard|parking lot|bridge|highway|cemetery|countryside|farm|campsite|plaza"
    r"|porch|shore|coast|cliff|outside|outdoors|exterior|sidewalk|pavement|city|town"
    r"|doorstep|storefront|facade)\b"
    r"|街|马路|馬路|公路|路口|路边|路邊|路上|小巷|巷子|胡同|天台|屋顶|屋頂|屋檐|屋簷|海边|海邊"
    r"|海滩|海灘|公园|广场|廣場|山顶|山頂|河边|河邊|湖边|湖邊|森林|田野|码头|碼頭|桥上|橋上"
    r"|院子|庭院|沙漠|天空|门口|門口|门外|門外|户外|戶外|室外|野外|郊外|城市"
    r"|通り|路地|海岸|公園|屋上|駅前|校庭|屋外|道路|広場|浜辺"
    r"|\b(?:улиц\w*|снаружи|двор(?:е|а|у|ом)?|парк(?:е|а|у)?|лес(?:у|а|ом)?|пляж\w*"
    r"|набережн\w*|площад\w*|крыш\w*|переул\w*|мост(?:у|е|а)?)\b",
    re.IGNORECASE,
)
"""Outside places (over the rooms below: "the teahouse's window on the empty street")."""

_ROOMS = re.compile(
    r"\b(?:(?:bed|living|bath|dining|class|waiting|meeting|hotel|back|throne|control|rest|"
    r"interrogation|locker|dressing|court|show|emergency|operating|board)\s?rooms?"
    r"|hotel|nightclub|at home"
    r"|(?:the|a|an|her|his|my|their|our|your|this|that)\s+room|kitchens?|offices?|teahouse"
    r"|tea house|caf[eé]s?|coffee shop|restaurant|diner|bars?|pub|shop|store|studio"
    r"|apartment|hall|hallway|corridor|lobby|library|hospital|lab|laboratory|warehouse"
    r"|garage|attic|basement|cellar|elevator|stairwell|staircase|church|museum|gallery"
    r"|theat(?:re|er)|counter(?!-)|desk|sofa|couch|bed|cockpit|cabin|carriage|subway car)\b"
    r"|茶馆|茶館|茶楼|茶樓|茶室|房间|房間|客厅|客廳|卧室|臥室|厨房|廚房|办公室|辦公室|会议室"
    r"|會議室|教室|酒吧|咖啡馆|咖啡館|咖啡厅|咖啡廳|餐厅|餐廳|饭店|飯店|餐馆|餐館|酒馆|酒館"
    r"|商店|店铺|店鋪|柜台|櫃檯|櫃台|走廊|大厅|大廳|楼梯|樓梯|公寓|宿舍|医院|醫院|病房|图书馆"
    r"|圖書館|实验室|實驗室|仓库|倉庫|车厢|車廂|电梯|電梯|浴室|卫生间|衛生間|书房|書房|客栈|客棧"
    r"|部屋|台所|キッチン|事務所|オフィス|喫茶店|カフェ|茶屋|居酒屋|バー|廊下|居間|寝室|病室"
    r"|図書館|会議室"
    r"|\b(?:комнат\w*|кухн\w*|офис\w*|кабинет\w*|бар(?:е|а)?|кафе|ресторан\w*|квартир\w*"
    r"|спальн\w*|гостин\w*|коридор\w*|подъезд\w*|чайн(?:ая|ой|ую)|магазин\w*|больниц\w*"
    r"|палат(?:а|е|у)|библиотек\w*|лифт\w*|зал(?:е|а)?)\b",
    re.IGNORECASE,
)
"""Rooms and indoor places."""

_NIGHT = re.compile(
    r"\b(?:night|nights|nighttime|midnight|moonlit|moonlight)\b|夜|晚上|凌晨"
    r"|\b(?:ноч\w*|полноч\w*)",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"\b(?:day|daytime|daylight|morning|noon|afternoon|sunrise|dawn|sunlit|sunny|sunlight)\b"
    r"|白天|早晨|清晨|上午|中午|下午|日光|阳光|陽光|[-–—－]\s*[日天昼晝朝]\s*$|昼間|朝日"
    r"|\b(?:дн[её]м|день|утр\w*|рассвет\w*)\b",
    re.IGNORECASE,
)


def _heading(text: str) -> str | None:
    """The scene heading in ``text`` (from its prefix on), if it has one."""
    for found in _HEADING.finditer(text):
        line_start = found.start() == 0 or text[found.start() - 1] == "\n"
        capitals = not any(c.islower() for c in found.group("prefix"))
        if capitals or (line_start and found.group("stop").strip()):  # "int. kitchen" too
            return text[found.start() :]
    return None


def _place(text: str, rooms: bool = True) -> bool | None:
    """Inside (True), outside (False) or not said (None), from place words (``rooms``: a
    room or an indoor place counts as inside)."""
    if _SAYS_INSIDE.search(text):
        return True
    if _OUTSIDE.search(text):
        return False
    return True if rooms and _ROOMS.search(text) else None


def _heading_inside(heading: str) -> bool:
    """A heading's inside or outside: its prefix; a mixed one (INT./EXT., I/E, EXT./INT.)
    the side it names first, unless its place says inside or names an outside place (every
    heading names a building, so a room does not decide it)."""
    prefix = _HEADING.match(heading)
    assert prefix is not None
    first = bool(_INSIDE_FIRST.match(prefix.group("prefix")))
    if not _MIXED.search(prefix.group("prefix")):
        return first
    place = _place(heading[prefix.end() :], rooms=False)
    return first if place is None else place


def _time(text: str) -> bool | None:
    """Night (True), day (False) or not said (None)."""
    if _NIGHT.search(text):
        return True
    return False if _DAY.search(text) else None


def _settled(shots: Sequence[bool | None], context: bool | None, default: bool) -> tuple[bool, ...]:
    """Each shot's own answer, else the nearest earlier shot's, else ``context``, else the
    nearest later shot's, else ``default``."""
    settled: list[bool] = []
    last: bool | None = None
    for index, own in enumerate(shots):
        if own is not None:
            last = own
        later = next((value for value in shots[index:] if value is not None), None)
        chosen = last if last is not None else context if context is not None else later
        settled.append(default if chosen is None else chosen)
    return tuple(settled)


@lru_cache(maxsize=64)
def sceneries(board_words: tuple[str, ...], shot_words: tuple[str, ...]) -> tuple[Scenery, ...]:
    """The scenery of each shot from the storyboard's words (its name and lighting) and each
    shot's own words (subject, action and notes, one string a shot); see the module's rules."""
    board = " \n".join(board_words)
    headings: list[str | None] = []
    current = _heading(board_words[0]) if board_words else None
    for words in shot_words:
        current = _heading(words) or current
        headings.append(current)
    inside = _settled([_place(words) for words in shot_words], _place(board), False)
    night = _settled([_time(words) for words in shot_words], _time(board), False)
    return tuple(
        Scenery(
            _heading_inside(heading) if heading else inside[index],
            time if heading and (time := _time(heading)) is not None else night[index],
        )
        for index, heading in enumerate(headings)
    )


def storyboard_sceneries(board: Storyboard) -> tuple[Scenery, ...]:
    """The scenery of each shot of ``board``."""
    return sceneries(
        (board.name, board.lighting),
        tuple("\n".join((s.subject, s.action, s.notes)) for s in board.shots),
    )


def shot_scenery(board: Storyboard, shot_id: str) -> Scenery:
    """The scenery of the shot of ``board`` with that id (outside if it has none)."""
    ids = [shot.id for shot in board.shots]
    return storyboard_sceneries(board)[ids.index(shot_id)] if shot_id in ids else EXTERIOR


def payload_sceneries(payload: GuidancesPayload) -> tuple[Scenery, ...]:
    """The scenery of each shot of a compiled storyboard (the same as the storyboard's)."""
    return sceneries(
        (payload.storyboard, payload.lighting),
        tuple("\n".join((g.subject, g.action, g.notes)) for g in payload.guidances),
    )
