"""The project's storyboards, in playing order: the project's title, the list, add and delete."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain import edits
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.inspector import ProjectTitle


def counted(number: int, one: str, many: str) -> str:
    """``number`` in the singular or plural wording (each translated on its own)."""
    return (one if number == 1 else many).format(n=number)


class StoryboardList(QWidget):
    """Selecting a row selects its storyboard; dragging rows reorders the project (undoable)."""

    def __init__(self, document: ProjectDocument, editor: Editor) -> None:
        super().__init__()
        self.document, self.editor = document, editor
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        self.project_title = ProjectTitle(editor)
        column.addWidget(self.project_title)
        self.board_list = QListWidget()
        self.board_list.setObjectName("storyboards")
        self.board_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.board_list.currentRowChanged.connect(self._row_changed)
        self.board_list.model().rowsMoved.connect(self._reordered)
        column.addWidget(self.board_list, 1)
        row = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Add"), self.tr("Add a storyboard after this one"), self.add_storyboard),
            (self.tr("Duplicate"), self.tr("Copy this storyboard"), self.duplicate_storyboard),
            (self.tr("Delete"), self.tr("Delete this storyboard"), self.delete_storyboard),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        column.addLayout(row)
        hint = QLabel(self.tr("Drag to reorder. A project plays its storyboards in this order."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        column.addWidget(hint)

    @property
    def _row_height(self) -> int:
        """Two lines of the tallest face a name may need: a Chinese name in an English window
        falls back to a CJK face taller than the window's font, and a row sized for the window's
        font alone would cut the second line."""
        lines = [self.board_list.fontMetrics().lineSpacing()]
        for family in ("Noto Sans CJK SC", "WenQuanYi Micro Hei"):
            lines.append(QFontMetrics(QFont(family, self.font().pointSize())).lineSpacing())
        return 2 * max(lines) + 8

    def show_project(self) -> None:
        """List the project's storyboards, the editor's selected."""
        with_signals = self.board_list.blockSignals(True)
        self.board_list.clear()
        row_height = self._row_height
        for board in self.document.project.storyboards:
            shots = counted(len(board.shots), self.tr("{n} shot"), self.tr("{n} shots"))
            item = QListWidgetItem(
                self.tr("{name}\n{shots} · {seconds} s · {model}").format(
                    name=board.name,
                    shots=shots,
                    seconds=f"{board.total_duration:g}",
                    model=board.model,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, board.id)
            item.setSizeHint(QSize(1, row_height))
            self.board_list.addItem(item)
        self.board_list.setCurrentRow(self.editor.board_index)
        self.board_list.blockSignals(with_signals)

    def show_selection(self) -> None:
        """Select the editor's storyboard."""
        if self.board_list.currentRow() != self.editor.board_index:
            self.board_list.setCurrentRow(self.editor.board_index)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.editor.select_board(row)

    def _reordered(self, *_args: object) -> None:
        order = [
            self.board_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.board_list.count())
        ]
        by_id = {board.id: board for board in self.document.project.storyboards}
        reordered = tuple(by_id[board_id] for board_id in order)
        selected = self.editor.board.id
        self.document.edit(
            self.tr("Reorder storyboards"), self.document.project.evolve(storyboards=reordered)
        )
        self.editor.select_board(next(i for i, b in enumerate(reordered) if b.id == selected))

    def add_storyboard(self) -> None:
        """Add a storyboard after the selected one."""
        project, index = edits.add_storyboard(self.document.project, self.editor.board_index)
        self.document.edit(self.tr("Add storyboard"), project)
        self.editor.select_board(index)

    def duplicate_storyboard(self) -> None:
        """Copy the selected storyboard."""
        project, index = edits.duplicate_storyboard(self.document.project, self.editor.board_index)
        self.document.edit(self.tr("Duplicate storyboard"), project)
        self.editor.select_board(index)

    def delete_storyboard(self) -> None:
        """Delete the selected storyboard (undoable)."""
        index = self.editor.board_index
        self.editor.attempt(
            self.tr("Delete storyboard"),
            lambda: edits.delete_storyboard(self.document.project, index),
        )
