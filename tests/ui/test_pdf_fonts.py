"""The storyboard PDF draws Chinese with a CJK face, embeds it (readable anywhere) and its
text layer says what the page shows (searchable, copyable)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from storyboard_app.domain.models import Shot
from storyboard_app.domain.vocabulary import ShotSize
from storyboard_app.render.blocking import LABEL_BOX
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.pdf import panel_picture, write_storyboard_pdf
from storyboard_app.ui.translations import install_translations, remove_translations
from tests.conftest import TEAHOUSE


def _fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    """Every font the pages use, by its PostScript name, with its descriptor."""
    found = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            found[str(font["/BaseFont"])] = descendant["/FontDescriptor"].get_object()
    return found


def test_chinese_text_is_drawn_with_an_embedded_cjk_face(
    qapp: QApplication, tmp_path: Path
) -> None:
    file = tmp_path / "teahouse.pdf"
    write_storyboard_pdf(load_project(TEAHOUSE), TEAHOUSE, file)
    reader = PdfReader(file)
    text = "".join(page.extract_text() for page in reader.pages)
    for line in ("雨夜茶馆", "这么大的雨，你怎么来了？", "陈伯，我回来了。", "门上的风铃声"):
        assert line in "".join(text.split()), line
    # the text layer holds the ideographs the page shows, not look-alike Kangxi radicals
    assert not [c for c in text if 0x2F00 <= ord(c) <= 0x2FDF]
    fonts = _fonts(reader)
    assert any("WenQuanYi" in name or "CJK" in name for name in fonts), fonts
    for name, descriptor in fonts.items():
        embedded = {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)
        assert embedded, f"{name} is not embedded"
    assert file.stat().st_size < 2_000_000  # the faces are subset, not whole 16 MB files


@pytest.fixture
def chinese_window(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


def test_brackets_in_a_chinese_panel_hug_their_words(chinese_window: None, tmp_path: Path) -> None:
    file = tmp_path / "teahouse.pdf"
    write_storyboard_pdf(load_project(TEAHOUSE), TEAHOUSE, file)
    text = subprocess.run(
        ["pdftotext", str(file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "推镜头(0–3秒)" in text  # not "（ 0–3秒 ）": the face sets "（" in a whole em
    assert "5 秒 (从第 3 秒起)" in text.replace("\u00a0", " ")
    assert "（从第" not in text


def test_names_on_a_panels_blocking_frame_are_as_large_as_its_small_print(
    qapp: QApplication,
) -> None:
    shot = Shot(id="two", size=ShotSize.TWO_SHOT, characters=("林晓", "陈伯"))
    picture = panel_picture(shot, Path("."))
    rgb = picture.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    pixels = rows[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).astype(np.int16)
    box = np.abs(pixels - np.array(LABEL_BOX)).sum(axis=2) <= 12
    tall = np.flatnonzero(box.any(axis=1))
    # A panel is a third of the page's printed width: 8 % of its height is about 7.5 pt
    assert (tall[-1] - tall[0]) / rgb.height() > 0.08
