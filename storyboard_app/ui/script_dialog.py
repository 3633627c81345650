"""Importing a screenplay: what it will make, scene by scene, and what it skipped and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain.models import Project, Storyboard
from storyboard_app.script import report
from storyboard_app.script.breakdown import board_name, script_to_project
from storyboard_app.script.model import SKIPPED_REASONS, Scene, Script

_SCENE = Qt.ItemDataRole.UserRole


class ScriptImportDialog(QDialog):
    """The scenes with a tick each (heading, line, length, storyboards, shots, speakers), the
    totals of what the ticked scenes make, and every skipped item with its line and reason."""

    def __init__(self, script: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import “{script.title}”")
        self.resize(860, 600)
        self.script = script
        self.project = script_to_project(script)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(("Scene", "Line", "Length", "Storyboards", "Shots", "Speakers"))
        self.tree.setRootIsDecorated(False)
        for scene in script.scenes:
            self.tree.addTopLevelItem(self._scene_item(scene))
        for column in range(1, 6):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, 380)
        self.tree.itemChanged.connect(self._update_totals)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.skipped = self._skipped_tree()
        note = QLabel(
            "Each scene becomes storyboards of at most 6 shots and 15 s: an establishing "
            "shot, then a shot per action, camera direction and speech, timed by reading "
            "time and cut between beats. Untick the scenes to leave out."
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.skipped)
        rows = self.tree.topLevelItemCount() + 2
        skipped_rows = len(script.skipped) + len(report.skipped_groups(script)) + 2
        split.setSizes([min(rows, 16) * 22, min(max(skipped_rows, 3), 12) * 22])
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._update_totals()

    def _boards(self, scene: Scene) -> list[Storyboard]:
        prefix = f"scene{scene.number}-"
        return [board for board in self.project.storyboards if board.id.startswith(prefix)]

    def _scene_item(self, scene: Scene) -> QTreeWidgetItem:
        boards = self._boards(scene)
        seconds = sum(board.total_duration for board in boards)
        shots = sum(len(board.shots) for board in boards)
        speakers = {line.character for b in boards for s in b.shots for line in s.dialogue}
        item = QTreeWidgetItem(
            (
                board_name(scene, 1, 1),
                str(scene.line_number),
                f"{seconds:g} s",
                str(len(boards)),
                str(shots),
                str(len(speakers)),
            )
        )
        item.setToolTip(0, board_name(scene, 1, 1))
        item.setData(0, _SCENE, scene.number)
        item.setCheckState(0, Qt.CheckState.Checked)
        return item

    def _skipped_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(
            (f"Skipped, no shots made of these ({self.script.unit})", "Why, and what it said")
        )
        groups = report.skipped_groups(self.script)
        if not groups:
            tree.addTopLevelItem(
                QTreeWidgetItem(("Nothing skipped: every line of the script is in a shot.", ""))
            )
        for kind, items in groups:
            top = QTreeWidgetItem((report.counted(kind, len(items)), SKIPPED_REASONS.get(kind, "")))
            for item in items:
                child = QTreeWidgetItem((str(item.line), item.text))
                child.setToolTip(1, item.text)
                top.addChild(child)
            tree.addTopLevelItem(top)
        tree.expandAll()
        tree.setColumnWidth(0, 300)
        return tree

    def _update_totals(self) -> None:
        chosen = self.chosen()
        boards = tuple(b for b in self.project.storyboards if _scene_of(b) in chosen)
        if not boards:
            self.totals.setText("No scene ticked: nothing will be imported.")
            return
        cast = tuple(c for c in self.project.characters if c.name in _cast(boards))
        part = Project(title=self.project.title, storyboards=boards, characters=cast)
        self.totals.setText(f"Makes {report.made(part, self.script, chosen)}.")

    def chosen(self) -> set[int]:
        """The scene numbers ticked."""
        chosen = set()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                chosen.add(int(item.data(0, _SCENE)))
        return chosen


def _cast(boards: tuple[Storyboard, ...]) -> set[str]:
    return {name for board in boards for shot in board.shots for name in shot.cast()}


def _scene_of(board: Storyboard) -> int:
    """The scene a storyboard of the import belongs to (its id is ``scene{n}-{part}``)."""
    return int(board.id.removeprefix("scene").split("-")[0])
