"""The storyboard tab's prompt language, changed through the combo box a person uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.vocabulary import PromptLanguage
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE, TEAHOUSE


def test_choosing_chinese_rewrites_the_prompts_and_undo_restores_them(
    open_copy: Callable[[Path], MainWindow], qtbot: QtBot
) -> None:
    window = open_copy(DETECTIVE)
    combo = window.board_settings.prompt_language
    assert combo.currentText() == "Automatic: English"
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["English", "Chinese (中文)"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last item: Chinese
    assert window.editor.board.prompt_language.value == "zh"
    payload = compile_guidances(window.document.project, 0)
    assert payload.prompt_language == "zh"
    assert payload.guidances[0].prompt.startswith("远景，俯拍。")
    line = "[Ray Malone，low, weary，英语]：“Rain never washes anything clean in this town.”"
    assert line in payload.guidances[1].prompt
    assert window.document.undo_stack.undoText() == "Change prompt language"
    window.document.undo_stack.undo()
    assert window.editor.board.prompt_language is PromptLanguage.AUTO
    assert combo.currentText() == "Automatic: English"
    assert compile_guidances(window.document.project, 0).prompt_language == "en"


def test_automatic_names_chinese_for_a_chinese_storyboard(
    open_copy: Callable[[Path], MainWindow], qtbot: QtBot
) -> None:
    window = open_copy(TEAHOUSE)
    combo = window.board_settings.prompt_language
    assert combo.currentText() == "Automatic: Chinese (中文)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Automatic → English
    assert window.editor.board.prompt_language is PromptLanguage.ENGLISH
    assert (
        compile_guidances(window.document.project, 0)
        .guidances[0]
        .prompt.startswith("Wide shot, high angle.")
    )
