"""The storyboard PDF draws Chinese with a CJK face, embeds it (readable anywhere) and its
text layer says what the page shows (searchable, copyable)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtWidgets import QApplication

from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.pdf import write_storyboard_pdf
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
