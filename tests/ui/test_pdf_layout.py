"""The storyboard PDF's panels are laid out for the storyboard: large pictures at its
aspect ratio for any count of shots, every word printed, no text over text or pictures.

Measured on the PDF itself: the pictures' rectangles from the page's drawing operators,
the words' boxes from ``pdftotext -bbox``; the words the project holds from ``pdftotext``.
The fixture is a project written here with long Russian and Japanese words."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    Shot,
    Storyboard,
)
from storyboard_app.domain.vocabulary import AspectRatio, Direction, MoveKind, ShotSize
from storyboard_app.export.board_layout import Box
from storyboard_app.storage.bundle import save_project
from storyboard_app.ui.pdf import write_storyboard_pdf

RUSSIAN = (
    "Старый рыбак медленно чинит сеть на пустом причале, пока над заливом поднимается густой "
    "утренний туман и где-то далеко кричат чайки"
)
RUSSIAN_ACTION = (
    "Он поднимает голову, прислушивается к далёкому гудку парохода и улыбается, вспоминая "
    "молодость и первую лодку, которую построил своими руками"
)
RUSSIAN_LINE = (
    "Говорят, завтра будет шторм, но море всегда обманывает тех, кто слишком уверен в прогнозах."
)
JAPANESE = (
    "古い駅のホームで、傘を持った少女が最終電車を待ちながら、濡れた線路の向こうに灯る街の"
    "明かりを静かに見つめている"
)
JAPANESE_LINE = "もう来ないと思っていたのに、あなたはいつも約束の時間ぎりぎりに現れるのね。"
NOTES = "Свет только практический: фонари на причале и окна домов, никаких прожекторов."


def shot(number: int) -> Shot:
    """Shot ``number`` of the fixture: odd ones Russian, even ones Japanese, all long."""
    if number % 2:
        return Shot(
            id=f"s{number}",
            size=ShotSize.WS,
            duration=4,
            subject=f"{RUSSIAN} ({number})",
            action=RUSSIAN_ACTION,
            characters=("Рыбак",),
            dialogue=(DialogueLine(character="Рыбак", line=RUSSIAN_LINE, language="ru"),),
            sound=("шум прибоя", "крики чаек вдалеке"),
            moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN),),
            notes=NOTES,
        )
    return Shot(
        id=f"s{number}",
        size=ShotSize.MCU,
        duration=3,
        subject=f"{JAPANESE}（{number}）",
        characters=("美咲",),
        dialogue=(
            DialogueLine(character="美咲", line=JAPANESE_LINE, language="ja"),
            DialogueLine(character="Рыбак", line="Прости, опоздал.", language="ru"),
        ),
        sound=("遠くの踏切の音",),
        moves=(CameraMove(kind=MoveKind.PAN, direction=Direction.LEFT),),
    )


def fixture(folder: Path, count: int, ratio: AspectRatio) -> Project:
    """A project of one storyboard of ``count`` shots at ``ratio``, saved in ``folder``."""
    project = Project(
        title="Причал · 駅",
        characters=(Character(name="Рыбак"), Character(name="美咲")),
        storyboards=(
            Storyboard(
                name="Туман над заливом / 霧の駅",
                aspect_ratio=ratio,
                shots=tuple(shot(n) for n in range(1, count + 1)),
            ),
        ),
    )
    save_project(folder, project)
    return project


def pictures_on(file: Path, page: int) -> list[Box]:
    """Where the page draws its images (points, y down from the top), read from the page's
    operators: the transformation in force at each ``Do`` maps the unit square."""
    reader = PdfReader(file)
    height = float(reader.pages[page].mediabox.height)
    found: list[Box] = []
    stack: list[list[float]] = []
    matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]

    def visit(operator: bytes, operands: list[object], _cm: object, _tm: object) -> None:
        nonlocal matrix
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)  # type: ignore[arg-type]
            m = matrix
            matrix = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator == b"Do":
            xs = [matrix[4], matrix[4] + matrix[0], matrix[4] + matrix[2]]
            ys = [matrix[5], matrix[5] + matrix[1], matrix[5] + matrix[3]]
            width, tall = max(xs) - min(xs), max(ys) - min(ys)
            found.append(Box(min(xs), height - max(ys), width, tall))

    reader.pages[page].extract_text(visitor_operand_before=visit)
    return [box for box in found if box.area > 100]


def words_on(file: Path, page: int) -> list[tuple[str, Box]]:
    """Each word on a page with its box (points, y down), as ``pdftotext -bbox`` reads it."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1), str(file), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    words = []
    for element in ElementTree.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}word"):
        left, top = float(element.attrib["xMin"]), float(element.attrib["yMin"])
        right, bottom = float(element.attrib["xMax"]), float(element.attrib["yMax"])
        words.append((element.text or "", Box(left, top, right - left, bottom - top)))
    return words


def flat(text: str) -> str:
    """``text`` without whitespace (a line break may fall anywhere in Japanese)."""
    return "".join(text.split())


def unhyphenated(text: str) -> str:
    """``flat(text)`` without hyphens: pdftotext joins "где-" at a line's end to the "то"
    on the next line without its hyphen."""
    return flat(text).replace("-", "")


def page_area(file: Path) -> float:
    box = PdfReader(file).pages[0].mediabox
    return float(box.width) * float(box.height)


MIN_SHARE = {1: 0.25, 2: 0.25, 3: 0.18, 4: 0.12, 5: 0.12, 6: 0.12}
"""The share of the paper the pictures cover at least on each of the storyboard's pages,
by its number of shots, with this fixture's long words, at any aspect ratio (the old fixed
3 × 2 grid: 7 % a picture, 1 shot 7 %, 2 shots 14 %; 9:16 boards had 16:9 pictures, and
long words were cut off at the bottom of their cell)."""


def board_pages(file: Path) -> list[int]:
    """The pages (from 0) that show the storyboard's panels."""
    return [
        index
        for index, page in enumerate(PdfReader(file).pages)
        if "Storyboard 1 of 1" in " ".join(page.extract_text().split())
    ]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("ratio", list(AspectRatio))
@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6])
def test_panels_fill_the_page_and_every_word_prints_apart(
    qapp: QApplication, tmp_path: Path, count: int, ratio: AspectRatio, paper: str
) -> None:
    folder = tmp_path / "fixture.storyboard"
    project = fixture(folder, count, ratio)
    file = tmp_path / "board.pdf"
    write_storyboard_pdf(project, folder, file, paper)
    pages = board_pages(file)
    assert pages[0] == 1
    assert len(pages) <= 2  # long words: at most one more page
    seen = []
    for page in pages:
        pictures = pictures_on(file, page)
        seen += pictures
        share = sum(p.area for p in pictures) / page_area(file)
        assert share >= MIN_SHARE[count], f"page {page}: {share:.1%}"
        words = words_on(file, page)
        paper_box = PdfReader(file).pages[page].mediabox
        for text, box in words:  # on the paper, inside its 12 mm margins (34 pt)
            assert 33 <= box.left <= box.right <= float(paper_box.width) - 33, text
            assert 33 <= box.top <= box.bottom <= float(paper_box.height) - 33, text
            for picture in pictures:
                assert not picture.overlaps(shrunk(box)), (text, box, picture)
        assert not overlapping(words)
    assert len(seen) == count
    for picture in seen:  # at the storyboard's shape, all the same size
        assert picture.width / picture.height == pytest.approx(ratio.ratio, rel=0.02)
        assert picture.width == pytest.approx(seen[0].width, rel=0.01)
    printed = flat(
        subprocess.run(
            ["pdftotext", "-f", "2", "-l", str(pages[-1] + 1), str(file), "-"],
            capture_output=True, text=True, check=True,
        ).stdout
    )  # fmt: skip
    for shot_ in project.storyboards[0].shots:
        for words_ in (shot_.subject, shot_.action, shot_.notes, *shot_.sound):
            for piece in re.split(r"[\s,.:;()（）]+", words_):
                assert unhyphenated(piece) in unhyphenated(printed), piece
        for line in shot_.dialogue:
            assert flat(line.line) in printed, line.line


def overlapping(words: list[tuple[str, Box]]) -> list[tuple[str, str]]:
    """The pairs of words whose letters overlap (see :func:`shrunk`)."""
    boxes = sorted(((shrunk(box), text) for text, box in words), key=lambda pair: pair[0].top)
    found = []
    for index, (box, text) in enumerate(boxes):
        for other, other_text in boxes[index + 1 :]:
            if other.top >= box.bottom:
                break
            if box.overlaps(other):
                found.append((text, other_text))
    return found


def shrunk(box: Box) -> Box:
    """A word's box without the font's generous ascent and descent (pdftotext measures a
    line's letters from the face's whole height, so lines set solid touch by a point)."""
    return Box(box.left + 0.5, box.top + box.height * 0.2, box.width - 1, box.height * 0.6)


def test_words_longer_than_a_page_go_on_to_the_next(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "fixture.storyboard"
    project = fixture(folder, 3, AspectRatio.WIDE)
    board = project.storyboards[0]
    notes = " ".join(f"слово{n}" for n in range(1200))
    long = board.shots[1].evolve(notes=notes)
    project = project.evolve(
        storyboards=(board.evolve(shots=(board.shots[0], long, board.shots[2])),)
    )
    save_project(folder, project)
    file = tmp_path / "long.pdf"
    write_storyboard_pdf(project, folder, file)
    pages = board_pages(file)
    assert len(pages) >= 4  # a page a shot, the long one's words continued
    printed = subprocess.run(
        ["pdftotext", "-f", "2", "-l", str(pages[-1] + 1), str(file), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert re.findall(r"слово(\d+)", printed) == [str(n) for n in range(1200)]  # in order
    assert "Shot 2 (continued)" in printed
    for page in pages:
        words = words_on(file, page)
        assert not overlapping(words)
