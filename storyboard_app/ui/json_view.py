"""A read-only JSON viewer with syntax colouring."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from storyboard_app.ui.theme import monospace_font


def _format(colour: str, bold: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(colour))
    if bold:
        text_format.setFontWeight(600)
    return text_format


class JsonHighlighter(QSyntaxHighlighter):
    """Colours keys, strings, numbers and literals of pretty-printed JSON."""

    _RULES = (
        (re.compile(r'"(?:[^"\\]|\\.)*"'), _format("#a5d6a7")),  # strings
        (re.compile(r"\b-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b"), _format("#f2b84b")),  # numbers
        (re.compile(r"\b(?:true|false|null)\b"), _format("#ce93d8", bold=True)),
        (re.compile(r'"(?:[^"\\]|\\.)*"(?=\s*:)'), _format("#81b4ff")),  # keys, last wins
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        for pattern, text_format in self._RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), text_format)


class JsonView(QPlainTextEdit):
    """Pretty-printed JSON, read-only, coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(monospace_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._highlighter = JsonHighlighter(self.document())

    def show_text(self, text: str) -> None:
        """Replace the content, keeping the scroll position when the text is unchanged."""
        if text != self.toPlainText():
            self.setPlainText(text)
