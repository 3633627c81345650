"""Importing a screenplay: what it will make, scene by scene, and what it skipped and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.model import SKIPPED_REASONS, Scene, Script
from storyboard_app.script.places import read_heading

_SCENE = Qt.ItemDataRole.UserRole
KINDS = {
    "note": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} note")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} notes")),
    ),
    "boneyard": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} boneyard block")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} boneyard blocks")),
    ),
    "section": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} section")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} sections")),
    ),
    "synopsis": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} synopsis")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} synopses")),
    ),
    "page break": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} page break")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} page breaks")),
    ),
    "title page": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} title page field")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} title page fields")),
    ),
    "script note": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} script note")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} script notes")),
    ),
    "scene summary": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} scene summary")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} scene summaries")),
    ),
    "act": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} act marker")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} act markers")),
    ),
    "cast list": (
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} cast list")),
        str(QT_TRANSLATE_NOOP("ScriptImportDialog", "{n} cast lists")),
    ),
}
"""A kind of skipped text counted: one, many (the kinds of :data:`SKIPPED_REASONS`)."""
REASONS = {
    "note": str(QT_TRANSLATE_NOOP("ScriptImportDialog", "notes to the writer are not shots")),
    "boneyard": str(
        QT_TRANSLATE_NOOP("ScriptImportDialog", "the writer took it out of the script (/* … */)")
    ),
    "section": str(
        QT_TRANSLATE_NOOP(
            "ScriptImportDialog", "sections organise the script; they are not on screen"
        )
    ),
    "synopsis": str(
        QT_TRANSLATE_NOOP(
            "ScriptImportDialog", "synopses describe the script; they are not on screen"
        )
    ),
    "page break": str(QT_TRANSLATE_NOOP("ScriptImportDialog", "page breaks are layout")),
    "title page": str(
        QT_TRANSLATE_NOOP(
            "ScriptImportDialog", "title page fields other than the title are not on screen"
        )
    ),
    "script note": str(
        QT_TRANSLATE_NOOP("ScriptImportDialog", "Final Draft script notes are not shots")
    ),
    "scene summary": str(
        QT_TRANSLATE_NOOP("ScriptImportDialog", "Final Draft scene summaries are not shots")
    ),
    "act": str(
        QT_TRANSLATE_NOOP(
            "ScriptImportDialog", "act markers organise the script; they are not on screen"
        )
    ),
    "cast list": str(QT_TRANSLATE_NOOP("ScriptImportDialog", "the cast list is not on screen")),
}
""":data:`SKIPPED_REASONS` in the window's language."""
UNITS = {
    "line": str(QT_TRANSLATE_NOOP("ScriptImportDialog", "line")),
    "paragraph": str(QT_TRANSLATE_NOOP("ScriptImportDialog", "paragraph")),
}


class ScriptImportDialog(QDialog):
    """The scenes with a tick each (heading, line, length, storyboards, shots, speakers), the
    totals of what the ticked scenes make, and every skipped item with its line and reason."""

    def __init__(self, script: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import “{title}”").format(title=script.title))
        self.resize(860, 600)
        self.script = script
        self.project = script_to_project(script)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            (
                self.tr("Scene"),
                self.tr("Line"),
                self.tr("Length"),
                self.tr("Storyboards"),
                self.tr("Shots"),
                self.tr("Speakers"),
            )
        )
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
            self.tr(
                "Each scene becomes storyboards of at most 6 shots and 15 s: an establishing "
                "shot, then a shot per action, camera direction and speech, timed by reading "
                "time and cut between beats. Untick the scenes to leave out."
            )
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
                self._scene_name(scene),
                str(scene.line_number),
                self.tr("{seconds} s").format(seconds=f"{seconds:g}"),
                str(len(boards)),
                str(shots),
                str(len(speakers)),
            )
        )
        item.setToolTip(0, self._scene_name(scene))
        item.setData(0, _SCENE, scene.number)
        item.setCheckState(0, Qt.CheckState.Checked)
        return item

    def _skipped_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(
            (
                self.tr("Skipped, no shots made of these ({unit})").format(
                    unit=self.tr(UNITS.get(self.script.unit, self.script.unit))
                ),
                self.tr("Why, and what it said"),
            )
        )
        groups = report.skipped_groups(self.script)
        if not groups:
            nothing = QTreeWidgetItem(
                (self.tr("Nothing skipped: every line of the script is in a shot."), "")
            )
            tree.addTopLevelItem(nothing)
            nothing.setFirstColumnSpanned(True)  # one sentence across the whole width
        for kind, items in groups:
            top = QTreeWidgetItem((self._counted_kind(kind, len(items)), self._reason(kind)))
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
            self.totals.setText(self.tr("No scene ticked: nothing will be imported."))
            return
        cast = tuple(c for c in self.project.characters if c.name in _cast(boards))
        part = Project(title=self.project.title, storyboards=boards, characters=cast)
        self.totals.setText(self._made(part, chosen))

    def _scene_name(self, scene: Scene) -> str:
        """ "Scene 3 · INT. ROADSIDE DINER – CONTINUOUS" (as :func:`board_name`), translated."""
        if not scene.heading:
            return self.tr("Prologue")
        heading = read_heading(scene.heading)
        number = scene.scene_number or heading.number or str(scene.number)
        return self.tr("Scene {number} · {heading}").format(number=number, heading=heading.text)

    def _counted_kind(self, kind: str, count: int) -> str:
        one, many = KINDS.get(kind, (kind, kind))
        return self.tr(one if count == 1 else many).format(n=count)

    def _reason(self, kind: str) -> str:
        reason = REASONS.get(kind)
        return self.tr(reason) if reason else SKIPPED_REASONS.get(kind, "")

    def _made(self, project: Project, scenes: set[int]) -> str:
        """ "Makes 5 storyboards, 23 shots, 3 characters, 12 lines of dialogue, from 4 scenes."."""
        chosen = [s for s in self.script.scenes if s.number in scenes]
        shots = [shot for board in project.storyboards for shot in board.shots]

        def counted(number: int, one: str, many: str) -> str:
            return (one if number == 1 else many).format(n=number)

        parts = {
            "storyboards": counted(
                len(project.storyboards), self.tr("{n} storyboard"), self.tr("{n} storyboards")
            ),
            "shots": counted(len(shots), self.tr("{n} shot"), self.tr("{n} shots")),
            "characters": counted(
                len(project.characters), self.tr("{n} character"), self.tr("{n} characters")
            ),
            "lines": counted(
                sum(len(shot.dialogue) for shot in shots),
                self.tr("{n} line of dialogue"),
                self.tr("{n} lines of dialogue"),
            ),
            "scenes": counted(
                sum(1 for s in chosen if s.heading), self.tr("{n} scene"), self.tr("{n} scenes")
            ),
        }
        if any(not s.heading for s in chosen):
            return self.tr(
                "Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes} and the "
                "prologue."
            ).format(**parts)
        return self.tr(
            "Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes}."
        ).format(**parts)

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
