"""The printable storyboard, read back with a PDF library."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
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
    assert "1. Morning ritual" in texts[1]
    assert "2. Brand moment" in texts[2]
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
