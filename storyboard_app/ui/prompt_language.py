"""The storyboard's prompt language: Automatic (shows what it follows), English or Chinese."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from storyboard_app.compiler.prompt import prompt_language
from storyboard_app.domain.models import Storyboard
from storyboard_app.domain.vocabulary import PromptLanguage
from storyboard_app.ui.editor import Editor


class PromptLanguageCombo(QComboBox):
    """Picks the language a storyboard's prompts are written in; one undoable edit."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("prompt-language")
        self.editor = editor
        self.title = self.tr("Prompt language")
        """The label of the combo's row."""
        for value in PromptLanguage:
            self.addItem("", value)
        self.setToolTip(
            self.tr(
                "Automatic writes the prompts in the language most of the storyboard's text "
                "is in; Chinese prompts use Chinese film terms and punctuation."
            )
        )
        self.currentIndexChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self.editor.edit_board(
            self.tr("Change prompt language"), "prompt_language", prompt_language=self.currentData()
        )

    def show_board(self, board: Storyboard) -> None:
        """Show the board's setting; Automatic names the language it comes to."""
        english, chinese = self.tr("English"), self.tr("Chinese (中文)")
        following = chinese if prompt_language(board) == "zh" else english
        labels = {
            PromptLanguage.AUTO: self.tr("Automatic: {language}").format(language=following),
            PromptLanguage.ENGLISH: english,
            PromptLanguage.CHINESE: chinese,
        }
        with QSignalBlocker(self):
            for index in range(self.count()):
                self.setItemText(index, labels[self.itemData(index)])
            self.setCurrentIndex(self.findData(board.prompt_language))
