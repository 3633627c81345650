"""The printable storyboard, read back with a PDF library."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import ImageStat
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from storyboard_app.domain.models import DialogueLine
from storyboard_app.storage.bundle import load_project, save_project
from storyboard_app.ui.pdf import write_storyboard_pdf
from tests.conftest import COFFEE, DETECTIVE, ROOT


def text_of(file: Path) -> list[str]:
    """Each page's text with its whitespace (tabs between words, line breaks) made single."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(file).pages]


def test_pages_panels_and_every_line_of_dialogue(
    qapp: QApplication, example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(COFFEE)
    project = load_project(folder)
    board = project.storyboards[1]
    chinese = DialogueLine(character="Mei", line="早上好，咖啡好了。", language="zh")
    shot = board.shots[0].evolve(dialogue=(chinese,))
    project = project.evolve(storyboards=(
        project.storyboards[0], board.evolve(shots=(shot, *board.shots[1:])),
    ))  # fmt: skip
    save_project(folder, project)
    file = tmp_path / "board.pdf"
    pages = write_storyboard_pdf(project, folder, file)
    assert pages == 4  # cover, one page per storyboard (≤ 6 shots), one shot-list sheet
    texts = text_of(file)
    assert len(texts) == 4
    assert project.title in texts[0]
    assert "Morning ritual Storyboard 1 of 2" in texts[1]
    assert "Brand moment Storyboard 2 of 2" in texts[2]
    assert texts[3].startswith("Shot list")
    flat = " ".join(texts)
    for board_ in project.storyboards:
        for shot_ in board_.shots:
            for line in shot_.dialogue:
                assert " ".join(line.line.split()) in flat, line.line
    assert "早上好" in texts[2]  # Chinese text is drawn as text, with a CJK font
    reader = PdfReader(file)
    width, height = (float(v) for v in reader.pages[1].mediabox.upper_right)
    assert width > height  # landscape
    assert round(width) == 842  # A4 in points


def test_letter_paper_and_the_command(qapp: QApplication, tmp_path: Path) -> None:
    file = tmp_path / "detective.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "export", str(DETECTIVE), "--format", "pdf",
         "--paper", "letter", "-o", str(file)],
        capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stderr
    assert "(3 pages)" in result.stderr
    reader = PdfReader(file)
    assert round(float(reader.pages[0].mediabox.upper_right[0])) == 792  # Letter, landscape
    assert "Rain never washes anything clean in this town" in text_of(file)[1]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_storyboard_with_missing_pictures_still_prints(
    qapp: QApplication, example_copy: Callable[[Path], Path], tmp_path: Path, paper: str
) -> None:
    folder = example_copy(DETECTIVE)
    for asset in (folder / "assets").iterdir():
        asset.unlink()
    file = tmp_path / "cards.pdf"
    assert write_storyboard_pdf(load_project(folder), folder, file, paper) == 3
    assert "Shot 1 · WS · high angle · 3 s" in text_of(file)[1]


def sizes_of(file: Path, page: int) -> dict[str, float]:
    """Each piece of text on a page with the size it is drawn at, in points."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        if text.strip():
            found[" ".join(text.split())] = size * scale

    PdfReader(file).pages[page].extract_text(visitor_text=visit)
    return found


def test_the_cover_headings_and_pictureless_shots_read_well(
    qapp: QApplication, example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(DETECTIVE)
    for asset in (folder / "assets").iterdir():
        asset.unlink()
    project = load_project(folder)
    board = project.storyboards[0]
    late = board.shots[2].evolve(duration=3)
    project = project.evolve(
        title="Diner Scene",
        storyboards=(
            board.evolve(name="2. INT. DINER - NIGHT", shots=(*board.shots[:2], late)),
            board.evolve(id="second", name="Alley again"),
        ),
    )
    file = tmp_path / "board.pdf"
    write_storyboard_pdf(project, folder, file)
    reader = PdfReader(file)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Diner Scene" in cover
    assert "2 storyboards · 6 shots" in cover
    first = reader.pages[1].extract_text()
    flat = " ".join(first.split())
    assert "2. INT. DINER - NIGHT" in flat
    assert "1. 2. INT" not in flat  # no second number in front of the scene's own
    assert "Storyboard 1 of 2" in flat
    # "(at 8 s)" stays on one line
    assert re.search(r"\(at[ \u00a0]8[ \u00a0]s\)", first), first
    # No pictures: each shot's blocking frame (a light set with its figures, never a dark
    # previs frame; this diner at night is a room a shade darker) with the shot's own words.
    frames = reader.pages[1].images
    assert len(frames) == 3
    for frame in frames:
        assert frame.image is not None
        assert ImageStat.Stat(frame.image.convert("L")).mean[0] > 105
    subject = " ".join(board.shots[0].subject.split()[:3])
    assert subject in flat


def test_the_shot_list_keeps_every_row_however_tall(qapp: QApplication, tmp_path: Path) -> None:
    project = load_project(DETECTIVE)
    board = project.storyboards[0]
    long_notes = " ".join(["practical neon, wet asphalt, a long lens from across the street"] * 6)
    boards = tuple(
        board.evolve(
            id=f"b{b}",
            name=f"Alley {b}",
            shots=tuple(
                shot.evolve(id=f"b{b}s{s}", notes=f"MARK{b}x{s} {long_notes}")
                for s, shot in enumerate(board.shots)
            ),
        )
        for b in range(6)
    )
    file = tmp_path / "tall.pdf"
    write_storyboard_pdf(project.evolve(storyboards=boards), DETECTIVE, file)
    text = "".join(text_of(file))
    marks = re.findall(r"MARK\d+x\d+", text)
    expected = {f"MARK{b}x{s}" for b in range(6) for s in range(len(board.shots))}
    assert expected <= set(marks)  # each row, on the sheet or continued on the next page
    sheet = text[text.index("Shot list") :]
    assert expected <= set(re.findall(r"MARK\d+x\d+", sheet))
