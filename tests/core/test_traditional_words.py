"""The film vocabulary in Traditional characters for 繁體中文 (PDF and CSV angles, moves)."""

from __future__ import annotations

import pytest

from storyboard_app.compiler.prompt import moves_phrase
from storyboard_app.domain.models import CameraMove
from storyboard_app.domain.traditional import traditional
from storyboard_app.domain.vocabulary import Angle, Direction, MoveKind, ShotSize, Speed

SIMPLIFIED = set(
    "们这说时题镜头画视频图帧错误项条为应没开关设统计远写双过观鸟顶极倾构摇变顺针转环绕体轻"
    "动随后点区压缓匀结东车门问间长发经现见贝风飞马鱼龙爱边还进运遗们伞灯声"
)
"""Common characters whose Traditional form differs (a Taiwanese reader sees them as
mainland text)."""


def _every_move() -> list[CameraMove]:
    moves = []
    for kind in MoveKind:
        for direction in Direction:
            try:
                moves.append(CameraMove(kind=kind, direction=direction, speed=Speed.SLOW))
            except ValueError:
                continue
    return moves


def test_every_film_word_the_pdf_shows_is_traditional() -> None:
    words = [s.chinese for s in ShotSize] + [a.chinese for a in Angle]
    words += [moves_phrase((move,), "zh") for move in _every_move()]
    assert len(words) > 30
    for word in words:
        assert not SIMPLIFIED & set(traditional(word)), (word, traditional(word))


@pytest.mark.parametrize(
    ("simplified", "taiwanese"),
    [
        ("缓慢摇臂下降", "緩慢搖臂下降"),
        ("推镜头", "推鏡頭"),
        ("希区柯克变焦（推），背景拉远", "希區考克變焦（推），背景拉遠"),
        ("鸟瞰顶拍", "鳥瞰頂拍"),
        ("特写", "特寫"),
    ],
)
def test_crews_words_read_as_in_taiwan(simplified: str, taiwanese: str) -> None:
    assert traditional(simplified) == taiwanese
