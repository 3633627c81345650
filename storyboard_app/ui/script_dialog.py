"""Importing a screenplay: pick the scenes, see how long each will run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.model import Script


class ScriptImportDialog(QDialog):
    """Lists the scenes (heading, line, estimated length, storyboards) with checkboxes."""

    def __init__(self, script: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import “{script.title}”")
        self.resize(760, 520)
        self.script = script
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(("Scene", "Line", "Length", "Storyboards"))
        self.tree.setRootIsDecorated(False)
        for scene in script.scenes:
            project = script_to_project(Script(script.title, (scene,)))
            seconds = sum(board.total_duration for board in project.storyboards)
            label = f"{scene.scene_number or scene.number}. {scene.heading}"
            item = QTreeWidgetItem((label, str(scene.line_number), f"{seconds:g} s",
                                    str(len(project.storyboards))))  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, scene.number)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        note = QLabel(
            "Each scene becomes storyboards of at most 6 shots and 15 s: an establishing "
            "shot, a shot per action paragraph and per line of dialogue, timed by reading "
            "time. Untick the scenes to leave out."
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def chosen(self) -> set[int]:
        """The scene numbers ticked."""
        chosen = set()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                chosen.add(int(item.data(0, Qt.ItemDataRole.UserRole)))
        return chosen
