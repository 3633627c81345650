"""The grid of a storyboard's printed panels, chosen per storyboard (Qt-free: the words'
heights come from a stand-in that wraps letters like the PDF's 9.5 pt type)."""

from __future__ import annotations

import math

import pytest

from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.export.board_layout import Box, Placement, Rules, lay_out_board

RULES = Rules.in_units(1.0)  # millimetres
PAPERS = {  # the panel area: landscape paper less 12 mm margins and the 10 mm heading
    "a4": Box(12, 22, 297 - 24, 210 - 24 - 10),
    "letter": Box(12, 22, 279.4 - 24, 215.9 - 24 - 10),
}


def wrapped(letters: list[int]):  # type: ignore[no-untyped-def]
    """Text heights (mm) of shots with these many letters: 1.8 mm a letter, 4.2 mm a line,
    five paragraphs (heading, words, camera, dialogue, sound)."""

    def height(index: int, width: float) -> float:
        per_line = max(1, int(width / 1.8))
        return 4.2 * (math.ceil(letters[index] / per_line) + 4)

    return height


SHORT = 220  # the examples' shots: a sentence or two, a line of dialogue
MIN_SHARE = {1: 0.6, 2: 0.45, 3: 0.45, 4: 0.45, 5: 0.4, 6: 0.4}
"""Panels (picture and its text box) cover at least this share of the panel area; the old
fixed 3 × 2 grid: a sixth of it a shot (2 shots: a third)."""


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("ratio", list(AspectRatio))
@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6])
def test_one_page_of_large_panels_whose_words_fit(
    count: int, ratio: AspectRatio, paper: str
) -> None:
    area = PAPERS[paper]
    height = wrapped([SHORT] * count)
    layout = lay_out_board(count, ratio.ratio, area, height, RULES)
    assert len(layout.pages) == 1
    panels = layout.pages[0]
    assert [p.shot for p in panels] == list(range(count))  # reading order
    boxes = [box for panel in panels for box in (panel.picture, panel.text)]
    for panel in panels:
        assert panel.picture.width / panel.picture.height == pytest.approx(ratio.ratio)
        assert panel.text.width >= RULES.min_text  # never a thin column of a few letters
        assert panel.text.height >= height(panel.shot, panel.text.width)  # never clipped
    for box in boxes:
        assert area.left - 1e-6 <= box.left <= box.right <= area.right + 1e-6
        assert area.top - 1e-6 <= box.top <= box.bottom <= area.bottom + 1e-6
    for index, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[index + 1 :])
    share = sum(box.area for box in boxes) / area.area
    assert share >= MIN_SHARE[count], f"{share:.0%}"


def test_two_wide_shots_fill_the_page_and_one_is_as_large_as_it_allows() -> None:
    area = PAPERS["a4"]
    one = lay_out_board(1, 16 / 9, area, wrapped([SHORT]), RULES)
    assert one.placement is Placement.BELOW
    assert one.picture_width > 0.9 * area.width or one.picture_height > 0.8 * area.height
    two = lay_out_board(2, 16 / 9, area, wrapped([SHORT] * 2), RULES)
    # the old grid drew 2 shots 88 mm wide; now each is over half the page's width
    assert two.picture_width > 130


def test_a_vertical_storyboard_has_its_words_beside_narrow_pictures() -> None:
    layout = lay_out_board(6, 9 / 16, PAPERS["a4"], wrapped([SHORT] * 6), RULES)
    assert layout.placement is Placement.BESIDE
    assert layout.text_width >= RULES.min_text
    assert layout.picture_height > 50  # not a strip of six thin panels


def test_long_words_take_more_pages_not_smaller_print() -> None:
    area = PAPERS["a4"]
    letters = [1400] * 6
    layout = lay_out_board(6, 16 / 9, area, wrapped(letters), RULES)
    assert len(layout.pages) > 1
    assert [p.shot for page in layout.pages for p in page] == list(range(6))
    height = wrapped(letters)
    for page in layout.pages:
        for panel in page:
            assert panel.picture.area >= RULES.min_picture_area
            assert panel.text.height >= height(panel.shot, panel.text.width)


def test_words_taller_than_a_page_keep_a_picture_and_go_on() -> None:
    area = PAPERS["a4"]
    letters = [200, 60000, 200]
    layout = lay_out_board(3, 16 / 9, area, wrapped(letters), RULES)
    assert [[p.shot for p in page] for page in layout.pages] == [[0], [1], [2]]
    long = layout.pages[1][0]
    assert long.text.height < wrapped(letters)(1, long.text.width)  # the caller continues
    assert long.picture.area == pytest.approx(RULES.min_picture_area)


def test_an_empty_storyboard_still_has_its_page() -> None:
    assert lay_out_board(0, 16 / 9, PAPERS["a4"], wrapped([]), RULES).pages == ((),)
