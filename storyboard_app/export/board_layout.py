"""Where a storyboard's panels go on printed pages: the grid chosen per storyboard.

A storyboard has 1 to 6 shots; a fixed 3 × 2 grid left a two-shot page mostly empty with
small panels. Here every grid that could hold the shots is tried, with each panel's words
either under its picture or beside it, and the one with the largest pictures wins, on as
few pages as keep the pictures at least ``Rules.min_picture_area``:

- all pictures of a storyboard are the same size, at the storyboard's aspect ratio;
- every panel's text box is as tall as its words at the text width (measured by the
  caller's ``text_height``, so the words are never clipped), and never narrower than
  ``Rules.min_text`` (a 9:16 storyboard gets its words beside narrow pictures, or a text
  column wider than the picture, never a thin column of a few letters);
- panels never overlap; the grid is centred on the page, a last row with fewer panels is
  centred under the others.

Only a shot whose words are taller than a page (with its picture at the smallest size)
gets a text box shorter than its words: the caller continues them on the next page.

The layout is Qt-free (plain numbers in the caller's page units) so it can be tested without
painting; :mod:`storyboard_app.ui.pdf` measures the text with Qt and draws it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

TextHeight = Callable[[int, float], float]
"""The height of shot ``index``'s words wrapped at ``width`` (page units)."""


@dataclass(frozen=True)
class Box:
    """A rectangle on the page (page units, y grows downwards)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def area(self) -> float:
        return self.width * self.height

    def overlaps(self, other: Box) -> bool:
        """Whether the two share more than an edge."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


class Placement(StrEnum):
    """Where a panel's words go."""

    BELOW = "below"
    BESIDE = "beside"


@dataclass(frozen=True)
class Rules:
    """Spacing and limits, in page units (see :meth:`in_units`)."""

    gap: float
    """Between panels, across and down."""
    beside_gap: float
    """Between columns when the words are beside the pictures (text then picture)."""
    pad: float
    """Between a picture and its words."""
    min_text: float
    """The narrowest text column (about 26 Latin letters or 14 Chinese characters)."""
    max_text: float
    """The widest text column beside a picture (a comfortable line length)."""
    min_picture_area: float
    """Smaller pictures than this put the storyboard on more pages instead."""

    @classmethod
    def in_units(cls, per_mm: float) -> Rules:
        """The rules for a page measured in units of ``1 / per_mm`` millimetres."""
        return cls(
            gap=5 * per_mm,
            beside_gap=8 * per_mm,
            pad=1.2 * per_mm,
            min_text=50 * per_mm,
            max_text=110 * per_mm,
            min_picture_area=1600 * per_mm**2,
        )


@dataclass(frozen=True)
class Panel:
    """One shot's picture and text box on a page."""

    shot: int
    """The shot's index in the storyboard."""
    picture: Box
    text: Box


@dataclass(frozen=True)
class BoardLayout:
    """The chosen grid and the panels on each page."""

    columns: int
    rows: int
    placement: Placement
    picture_width: float
    picture_height: float
    text_width: float
    pages: tuple[tuple[Panel, ...], ...]


@dataclass(frozen=True)
class _Fit:
    columns: int
    rows: int
    placement: Placement
    picture_width: float
    aspect: float
    text_width: float

    @property
    def picture_area(self) -> float:
        return self.picture_width * self.picture_width / self.aspect


def lay_out_board(
    count: int, aspect: float, area: Box, text_height: TextHeight, rules: Rules
) -> BoardLayout:
    """The panels of a storyboard of ``count`` shots (pictures ``aspect`` wide / high) in
    ``area``, each page's panels in reading order."""
    if count == 0:
        return BoardLayout(1, 1, Placement.BELOW, 0, 0, 0, ((),))
    measured: dict[tuple[int, int], float] = {}

    def height(index: int, width: float) -> float:
        key = (index, math.floor(width))  # drawn at least as wide: never more lines
        if key not in measured:
            measured[key] = text_height(index, float(key[1]))
        return measured[key]

    if any(height(index, area.width) > area.height for index in range(count)):
        return _overflowing(count, aspect, area, height, rules)  # no grid can hold it
    for pages in range(1, count + 1):
        per_page = math.ceil(count / pages)
        if math.ceil(count / per_page) != pages:
            continue  # the same grid as fewer pages
        chunks = [list(range(s, min(s + per_page, count))) for s in range(0, count, per_page)]
        fits = [
            fit
            for columns in range(1, per_page + 1)
            for placement in Placement
            if (fit := _fit(columns, per_page, placement, chunks, aspect, area, height, rules))
            and fit.picture_area >= rules.min_picture_area
        ]
        if fits:
            best = max(fits, key=lambda f: (f.picture_area, f.placement is Placement.BELOW))
            return _place(best, chunks, area, height, rules)
    return _overflowing(count, aspect, area, height, rules)


def _fit(
    columns: int,
    per_page: int,
    placement: Placement,
    chunks: list[list[int]],
    aspect: float,
    area: Box,
    height: TextHeight,
    rules: Rules,
) -> _Fit | None:
    """The largest pictures of this grid whose pages all hold their panels, if any."""
    rows = math.ceil(per_page / columns)
    if (rows - 1) * columns >= per_page:
        return None  # an empty row: fewer columns say the same
    beside = placement is Placement.BESIDE
    gap = rules.beside_gap if beside else rules.gap
    column = (area.width - (columns - 1) * gap) / columns
    if beside:
        widest = column - rules.pad * 4 - rules.min_text
    else:
        widest = column if column >= rules.min_text else 0
    widest = min(widest, (area.height - (rows - 1) * rules.gap) / rows * aspect)
    smallest = math.sqrt(rules.min_picture_area * aspect)
    if widest < smallest:
        return None

    def text_width(picture: float) -> float:
        if beside:
            return min(column - rules.pad * 4 - picture, rules.max_text)
        return min(column, max(picture, rules.min_text))

    def fits(picture: float) -> bool:
        width = text_width(picture)
        return all(
            sum(
                _row_height(row, picture / aspect, width, placement, height, rules)
                for row in _rows(chunk, columns)
            )
            + (len(_rows(chunk, columns)) - 1) * rules.gap
            <= area.height
            for chunk in chunks
        )

    # From the widest down in steps, then halve the last step: the text shrinks as its
    # column widens, so "fits" is not monotonic over the whole range, only near the answer.
    step = (widest - smallest) / 40 or 1.0
    picture = widest
    while not fits(picture):
        picture -= step
        if picture < smallest:
            return None
    high = min(widest, picture + step)
    for _ in range(12):
        if high - picture < 0.5:
            break
        middle = (picture + high) / 2
        picture, high = (middle, high) if fits(middle) else (picture, middle)
    return _Fit(columns, rows, placement, picture, aspect, text_width(picture))


def _rows(chunk: list[int], columns: int) -> list[list[int]]:
    return [chunk[r : r + columns] for r in range(0, len(chunk), columns)]


def _row_height(
    row: list[int],
    picture_height: float,
    text_width: float,
    placement: Placement,
    height: TextHeight,
    rules: Rules,
) -> float:
    text = max(height(index, text_width) for index in row)
    if placement is Placement.BESIDE:
        return max(picture_height, text)
    return picture_height + rules.pad + text


def _place(
    fit: _Fit, chunks: list[list[int]], area: Box, height: TextHeight, rules: Rules
) -> BoardLayout:
    picture_w, picture_h = fit.picture_width, fit.picture_width / fit.aspect
    text_w = fit.text_width
    beside = fit.placement is Placement.BESIDE
    gap = rules.beside_gap if beside else rules.gap
    cell = picture_w + rules.pad * 4 + text_w if beside else max(picture_w, text_w)
    pages = []
    for chunk in chunks:
        rows = _rows(chunk, fit.columns)
        heights = [
            _row_height(row, picture_h, text_w, fit.placement, height, rules) for row in rows
        ]
        top = area.top + (area.height - sum(heights) - (len(rows) - 1) * rules.gap) / 2
        panels = []
        for row, row_height in zip(rows, heights, strict=True):
            left = area.left + (area.width - len(row) * cell - (len(row) - 1) * gap) / 2
            for index in row:
                if beside:
                    picture = Box(left, top, picture_w, picture_h)
                    text = Box(picture.right + rules.pad * 4, top, text_w, row_height)
                else:
                    picture = Box(left + (cell - picture_w) / 2, top, picture_w, picture_h)
                    words = max(height(shot, text_w) for shot in row)
                    text = Box(left, picture.bottom + rules.pad, cell, words)
                panels.append(Panel(index, picture, text))
                left += cell + gap
            top += row_height + rules.gap
        pages.append(tuple(panels))
    return BoardLayout(
        fit.columns, fit.rows, fit.placement, picture_w, picture_h, text_w, tuple(pages)
    )


def _overflowing(
    count: int, aspect: float, area: Box, height: TextHeight, rules: Rules
) -> BoardLayout:
    """One shot a page, the picture at its smallest, the words across the page: some shot's
    words are taller than a page, and continue on the next (drawn by the caller)."""
    picture_w = math.sqrt(rules.min_picture_area * aspect)
    picture_h = picture_w / aspect
    text_top = area.top + picture_h + rules.pad
    pages = tuple(
        (
            Panel(
                index,
                Box(area.left, area.top, picture_w, picture_h),
                Box(area.left, text_top, area.width, area.bottom - text_top),
            ),
        )
        for index in range(count)
    )
    return BoardLayout(1, 1, Placement.BELOW, picture_w, picture_h, area.width, pages)
