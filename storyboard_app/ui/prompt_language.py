"""The storyboard's prompt language: Automatic (shows what it follows), English or Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox

from storyboard_app.compiler.prompt import prompt_language
from storyboard_app.domain.models import Storyboard
from storyboard_app.domain.vocabulary import PromptLanguage
from storyboard_app.ui.editor import Editor


def _tr(text: str) -> str:
    return QCoreApplication.translate("PromptLanguageCombo", text)


class PromptLanguageCombo(QComboBox):
    """Picks the language a storyboard's prompts are written in; one undoable edit."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("prompt-language")
        self.editor = editor
        for value in PromptLanguage:
            self.addItem("", value)
        self.setToolTip(
            _tr(
                "Automatic writes the prompts in the language most of the storyboard's text "
                "is in; Chinese prompts use Chinese film terms and punctuation."
            )
        )
        self.currentIndexChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self.editor.edit_board(
            _tr("Change prompt language"), "prompt_language", prompt_language=self.currentData()
        )

    def show_board(self, board: Storyboard) -> None:
        """Show the board's setting; Automatic names the language it comes to."""
        english, chinese = _tr("English"), _tr("Chinese (中文)")
        following = chinese if prompt_language(board) == "zh" else english
        labels = {
            PromptLanguage.AUTO: _tr("Automatic: {language}").format(language=following),
            PromptLanguage.ENGLISH: english,
            PromptLanguage.CHINESE: chinese,
        }
        with QSignalBlocker(self):
            for index in range(self.count()):
                self.setItemText(index, labels[self.itemData(index)])
            self.setCurrentIndex(self.findData(board.prompt_language))
