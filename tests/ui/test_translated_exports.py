"""The printable storyboard from a Chinese window: every word the app writes on it is
Chinese (cover, panels, the shot list's headings and cells); what stays in Latin letters is
the project's own text and codes (names, lines typed in English, WS/MCU, kling-v3)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storyboard_app import i18n
from storyboard_app.domain.models import DialogueLine, Project
from storyboard_app.domain.vocabulary import ShotSize
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.pdf import write_storyboard_pdf
from storyboard_app.ui.translations import install_translations, remove_translations
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs

SIMPLIFIED_ONLY = set("们这说时题镜头画视频图帧错误项条为应没开关设统计")


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []

    def switch(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield switch
    remove_translations(qapp, installed)


def _busier(project: Project) -> Project:
    """The English example with a delivery on a line and sounds, as crews write them."""
    board = project.storyboards[0]
    shot = board.shots[0].evolve(
        dialogue=(DialogueLine(character="Ray", line="Not tonight.", delivery="softly"),),
        sound=("rain", "distant sirens"),
        notes="practical neon",
    )
    board = board.evolve(shots=(shot, *board.shots[1:]))
    return project.evolve(storyboards=(board, *project.storyboards[1:]))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", ("镜头表", "台词", "Ray（softly）：Not tonight.", "rain、distant sirens")),
        ("zh_TW", ("鏡頭表", "台詞", "Ray（softly）：Not tonight.", "rain、distant sirens")),
    ],
)
def test_every_word_the_pdf_writes_is_in_the_windows_language(
    language: str,
    words: tuple[str, ...],
    translated: Callable[[str], None],
    tmp_path: Path,
) -> None:
    translated(language)
    assert i18n.current_language() == language
    project = _busier(load_project(DETECTIVE))
    file = tmp_path / "board.pdf"
    write_storyboard_pdf(project, DETECTIVE, file)
    text = subprocess.run(
        ["pdftotext", str(file), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    for word in words:
        assert re.sub(r"\s+", "", word) in flat, word
    data = project.model_dump_json() + " ".join(size.value for size in ShotSize)
    data += " kling v3"  # the model's name
    english = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in data]
    assert english == [], english
    if language == "zh_TW":
        assert not SIMPLIFIED_ONLY & set(text) - set(project.model_dump_json())


def test_the_pdf_from_the_command_line_speaks_the_systems_language(
    tmp_path: Path, example_copy: Callable[[Path], Path]
) -> None:
    folder = example_copy(DETECTIVE)
    file = tmp_path / "board.pdf"
    environment = {**os.environ, "LANG": "zh_TW.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("LC_ALL", None)
    environment.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "export", str(folder), "--format", "pdf",
         "-o", str(file)],
        capture_output=True, text=True, env=environment, check=True, timeout=120,
    )  # fmt: skip
    assert done.stderr.strip() == f"已寫入 {file}（3 頁）"
    text = subprocess.run(
        ["pdftotext", str(file), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("鏡頭表", "景別", "機位", "台詞", "故事板 1/1", "鏡頭 1", "俯拍"):
        assert words in text, words


def test_a_broken_project_opened_in_a_chinese_window_says_why_in_chinese(
    translated: Callable[[str], None],
    workspace: AppWorkspace,
    dialogs: ScriptedDialogs,
    example_copy: Callable[[Path], Path],
) -> None:
    translated("zh_TW")
    folder = example_copy(DETECTIVE)
    data = (folder / "project.json").read_text(encoding="utf-8")
    (folder / "project.json").write_text(data.replace('"std"', '"fast"'), encoding="utf-8")
    assert not workspace.open_folder(folder)
    assert workspace.windows == []
    (message,) = dialogs.errors
    first, *fields = message.splitlines()
    assert first == f"{folder / 'project.json'} 含有應用程式無法使用的值："
    assert fields == ["storyboards[0].mode: 應為 'std', 'pro' 或 '4k'"]
