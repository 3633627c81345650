"""The Problems list: every validation problem with its whole message and what to do.

Messages and hints wrap inside their columns (rows grow to hold them) instead of being cut
to "Shot 1 has n…"; the place in the project is in the narrow middle column.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from storyboard_app.domain.problems import Problem, Severity
from storyboard_app.ui.theme import ERROR, WARNING

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

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Replace the rows with these problems ("No problems" when there are none)."""
        self.clear()
        if not problems:
            self.addTopLevelItem(QTreeWidgetItem((self.tr("No problems"), "", "")))
        for problem in problems:
            item = QTreeWidgetItem((problem.message, problem.path, problem.hint))
            if problem.severity is not Severity.NOTE:  # a note keeps the plain text colour
                item.setForeground(0, ERROR if problem.is_error else WARNING)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            item.setData(0, Qt.ItemDataRole.UserRole, problem.path)
            self.addTopLevelItem(item)
