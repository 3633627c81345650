"""The Problems list: every validation problem with its whole message and what to do.

Messages and hints wrap inside their columns (rows grow to hold them) instead of being cut
to "Shot 1 has n…"; the place in the project is in the narrow middle column.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import Problem, Severity, parse_problem_path
from storyboard_app.ui.theme import ERROR, WARNING

_FIELD_WORDS = {
    "action": QT_TRANSLATE_NOOP("ProblemList", "action"),
    "angle": QT_TRANSLATE_NOOP("ProblemList", "angle"),
    "appearance": QT_TRANSLATE_NOOP("ProblemList", "appearance"),
    "aspect_ratio": QT_TRANSLATE_NOOP("ProblemList", "aspect ratio"),
    "audio": QT_TRANSLATE_NOOP("ProblemList", "audio"),
    "character": QT_TRANSLATE_NOOP("ProblemList", "character"),
    "characters": QT_TRANSLATE_NOOP("ProblemList", "characters"),
    "cuts": QT_TRANSLATE_NOOP("ProblemList", "cuts"),
    "delivery": QT_TRANSLATE_NOOP("ProblemList", "delivery"),
    "dialogue": QT_TRANSLATE_NOOP("ProblemList", "dialogue"),
    "direction": QT_TRANSLATE_NOOP("ProblemList", "direction"),
    "duration": QT_TRANSLATE_NOOP("ProblemList", "duration"),
    "end": QT_TRANSLATE_NOOP("ProblemList", "end"),
    "first_frame": QT_TRANSLATE_NOOP("ProblemList", "first frame"),
    "image": QT_TRANSLATE_NOOP("ProblemList", "picture"),
    "kind": QT_TRANSLATE_NOOP("ProblemList", "kind"),
    "label": QT_TRANSLATE_NOOP("ProblemList", "label"),
    "language": QT_TRANSLATE_NOOP("ProblemList", "language"),
    "last_frame": QT_TRANSLATE_NOOP("ProblemList", "last frame"),
    "lighting": QT_TRANSLATE_NOOP("ProblemList", "lighting"),
    "line": QT_TRANSLATE_NOOP("ProblemList", "line"),
    "mode": QT_TRANSLATE_NOOP("ProblemList", "mode"),
    "model": QT_TRANSLATE_NOOP("ProblemList", "model"),
    "moves": QT_TRANSLATE_NOOP("ProblemList", "moves"),
    "name": QT_TRANSLATE_NOOP("ProblemList", "name"),
    "negative_prompt": QT_TRANSLATE_NOOP("ProblemList", "negative prompt"),
    "notes": QT_TRANSLATE_NOOP("ProblemList", "notes"),
    "prompt_language": QT_TRANSLATE_NOOP("ProblemList", "prompt language"),
    "references": QT_TRANSLATE_NOOP("ProblemList", "references"),
    "role": QT_TRANSLATE_NOOP("ProblemList", "role"),
    "seed": QT_TRANSLATE_NOOP("ProblemList", "seed"),
    "shots": QT_TRANSLATE_NOOP("ProblemList", "shots"),
    "size": QT_TRANSLATE_NOOP("ProblemList", "size"),
    "sketch": QT_TRANSLATE_NOOP("ProblemList", "sketch"),
    "sound": QT_TRANSLATE_NOOP("ProblemList", "sound"),
    "speed": QT_TRANSLATE_NOOP("ProblemList", "speed"),
    "start": QT_TRANSLATE_NOOP("ProblemList", "start"),
    "style": QT_TRANSLATE_NOOP("ProblemList", "style"),
    "subject": QT_TRANSLATE_NOOP("ProblemList", "subject"),
    "title": QT_TRANSLATE_NOOP("ProblemList", "title"),
    "voice": QT_TRANSLATE_NOOP("ProblemList", "voice"),
    "voice_id": QT_TRANSLATE_NOOP("ProblemList", "Kling voice"),
    "voice_sample": QT_TRANSLATE_NOOP("ProblemList", "recording"),
    "wardrobe": QT_TRANSLATE_NOOP("ProblemList", "wardrobe"),
}
"""Each field of the project a problem can name, in words."""
_ITEMS = {
    "shots": QT_TRANSLATE_NOOP("ProblemList", "shot {n}"),
    "characters": QT_TRANSLATE_NOOP("ProblemList", "character {n}"),
    "dialogue": QT_TRANSLATE_NOOP("ProblemList", "line {n}"),
    "moves": QT_TRANSLATE_NOOP("ProblemList", "move {n}"),
    "references": QT_TRANSLATE_NOOP("ProblemList", "picture {n}"),
    "storyboards": QT_TRANSLATE_NOOP("ProblemList", "storyboard {n}"),
}


def place_in_words(path: str, project: Project | None = None) -> str:
    """Where a problem is, as a director says it: ``storyboards[0].shots[1].dialogue[0]``
    becomes "Alley › shot 2 › line 1" (storyboards and characters by their names)."""

    def word(text: object) -> str:
        return QCoreApplication.translate("ProblemList", str(text))

    parts: list[str] = []
    board = None
    for step in parse_problem_path(path).steps:
        name, number = step.name, step.index
        if number is None:
            parts.append(word(_FIELD_WORDS[name]) if name in _FIELD_WORDS else name)
        elif name == "storyboards" and project and number < len(project.storyboards):
            board = project.storyboards[number]
            parts.append(board.name or word(_ITEMS[name]).format(n=number + 1))
        elif (
            name == "characters" and board is None and project and number < len(project.characters)
        ):
            parts.append(project.characters[number].name)
        elif name in _ITEMS:
            parts.append(word(_ITEMS[name]).format(n=number + 1))
        else:
            parts.append(f"{name} {number + 1}")
    return " › ".join(parts)


WHERE_WIDTH = 150
TEXT_MARGIN = 10
"""Pixels the style keeps around a cell's text."""


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their longest wrapped cell (Qt's own hint assumes one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        room = max(40, self._tree.header().sectionSize(index.column()) - TEXT_MARGIN)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, room, 100_000), flags, text)
        return QSize(size.width(), max(size.height(), needed.height() + 4))


class ProblemList(QTreeWidget):
    """Problem, where, what to do; double-click (handled by the window) goes to the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setHeaderLabels((self.tr("Problem"), self.tr("Where"), self.tr("What to do")))
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappedRows(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, WHERE_WIDTH)
        # A column that changes width changes how many lines each row needs.
        header.sectionResized.connect(lambda *_: self.doItemsLayout())

    def show_problems(self, problems: Sequence[Problem], project: Project | None = None) -> None:
        """Replace the rows with these problems ("No problems" when there are none);
        ``project`` names the places (storyboards and characters by their names)."""
        self.clear()
        if not problems:
            self.addTopLevelItem(QTreeWidgetItem((self.tr("No problems"), "", "")))
        for problem in problems:
            where = place_in_words(problem.path, project) if problem.path else ""
            item = QTreeWidgetItem((problem.message, where, problem.hint))
            if problem.severity is not Severity.NOTE:  # a note keeps the plain text colour
                item.setForeground(0, ERROR if problem.is_error else WARNING)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            item.setToolTip(1, f"{where}\n{problem.path}")  # the exact field, for the curious
            item.setData(0, Qt.ItemDataRole.UserRole, problem.path)
            self.addTopLevelItem(item)
