"""The app's own Chinese film words (景别, 机位, 运镜 as the compiler writes them for Chinese
prompts) in Traditional characters, for a window in 繁體中文.

The compiler's vocabulary is Simplified (Kling reads either); the window, the PDF and the
CSV shot list show it in the script of the app's language. This maps the characters those
words use, not Chinese at large: a word added to the compiler's vocabulary adds its
characters here (tests/core/test_traditional_words.py converts every shot size, angle
and move and fails on a common Simplified-only character left in it).
"""

from __future__ import annotations

_SIMPLIFIED = "远写双头镜过观视鸟顶极倾构图摇臂变顺时针转环绕体轻动随后点区柯压缓匀结然"
_TRADITIONAL = "遠寫雙頭鏡過觀視鳥頂極傾構圖搖臂變順時針轉環繞體輕動隨後點區柯壓緩勻結然"
_TABLE = str.maketrans(_SIMPLIFIED, _TRADITIONAL)
_WORDS = {"希区柯克": "希區考克"}


def traditional(text: str) -> str:
    """``text`` with the film vocabulary's Simplified characters in Traditional ones."""
    for simplified, taiwanese in _WORDS.items():
        text = text.replace(simplified, taiwanese)
    return text.translate(_TABLE)
