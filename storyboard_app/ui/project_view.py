"""The main window as it stands: a project's storyboards, shots, payloads and problems.

This build shows a project read-only; the window says so in a banner. Editing (timeline,
shot inspector, undo) is the next step of the product.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.prompt import move_phrase, sentence
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.images import ImageCatalog
from storyboard_app.domain.models import Project, Shot
from storyboard_app.domain.problems import Problem
from storyboard_app.ui.json_view import JsonView
from storyboard_app.ui.theme import ERROR, WARNING

SHOT_COLUMNS = ("#", "Size", "Angle", "Camera", "Duration", "Subject and action", "Dialogue")


def _dumps(document: object) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)


class ProjectView(QMainWindow):
    """Shows one project; nothing in it can change the project."""

    def __init__(
        self,
        project: Project,
        folder: Path | None,
        catalog: ImageCatalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.folder = folder
        self._catalog = catalog
        self._problems: list[Problem] = []
        name = folder.name if folder else "unsaved"
        self.setWindowTitle(f"{project.title} — {name} — Storyboard")
        self.setMinimumSize(1024, 640)

        self.boards = QListWidget()
        self.boards.setObjectName("storyboards")
        self.boards.setMinimumWidth(200)
        self.boards.currentRowChanged.connect(self.show_storyboard)

        self.board_heading = QLabel()
        self.board_heading.setObjectName("heading")
        self.board_details = QLabel()
        self.board_details.setObjectName("muted")
        self.board_details.setWordWrap(True)
        self.shots = QTableWidget(0, len(SHOT_COLUMNS))
        self.shots.setObjectName("shots")
        self.shots.setHorizontalHeaderLabels(SHOT_COLUMNS)
        self.shots.verticalHeader().setVisible(False)
        self.shots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shots.setWordWrap(True)
        header = self.shots.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        banner = QLabel(
            "Read-only view: this build shows the storyboards, the compiled payloads and their "
            "problems. Editing is not built yet; change a project with a text editor or the "
            "command line."
        )
        banner.setObjectName("banner")
        banner.setWordWrap(True)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(banner)
        middle_layout.addWidget(self.board_heading)
        middle_layout.addWidget(self.board_details)
        middle_layout.addWidget(self.shots, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.boards)
        splitter.addWidget(middle)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        self.setCentralWidget(splitter)

        self.guidances_view = JsonView()
        self.kling_view = JsonView()
        self.cost_label = QLabel()
        self.cost_label.setObjectName("muted")
        self.payload_tabs = QTabWidget()
        self.payload_tabs.addTab(self.guidances_view, "Guidances payload")
        self.payload_tabs.addTab(self.kling_view, "Kling request")
        payload = QWidget()
        payload_layout = QVBoxLayout(payload)
        payload_layout.setContentsMargins(0, 0, 0, 0)
        payload_layout.addWidget(self.payload_tabs, 1)
        payload_layout.addWidget(self.cost_label)
        self.payload_dock = QDockWidget("Payload", self)
        self.payload_dock.setObjectName("payload-dock")
        self.payload_dock.setWidget(payload)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.payload_dock)

        self.problem_list = QTreeWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setHeaderLabels(("Problem", "Where", "What to do"))
        self.problem_list.setRootIsDecorated(False)
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName("problems-dock")
        self.problems_dock.setWidget(self.problem_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.payload_dock], [560], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)

        self._problems = validate_project(project, catalog)
        self._fill_storyboards()
        self._fill_problems()
        self.boards.setCurrentRow(0)

    def _fill_storyboards(self) -> None:
        for board in self.project.storyboards:
            item = QListWidgetItem(
                f"{board.name}\n{len(board.shots)} shots · {board.total_duration:g} s"
                f" · {board.model}"
            )
            self.boards.addItem(item)

    def _fill_problems(self) -> None:
        self.problem_list.clear()
        if not self._problems:
            self.problem_list.addTopLevelItem(QTreeWidgetItem(("No problems", "", "")))
        for problem in self._problems:
            item = QTreeWidgetItem((problem.message, problem.path, problem.hint))
            colour = ERROR if problem.is_error else WARNING
            item.setForeground(0, QBrush(colour))
            item.setToolTip(0, problem.message)
            self.problem_list.addTopLevelItem(item)
        self.problems_dock.setWindowTitle(f"Problems ({len(self._problems)})")

    @staticmethod
    def _shot_cells(number: int, shot: Shot) -> tuple[str, ...]:
        moves = ", then ".join(move_phrase(m) for m in shot.moves) or "—"
        text = " ".join(sentence(part) for part in (shot.subject, shot.action) if part.strip())
        dialogue = "\n".join(f'{d.character}: "{d.line}"' for d in shot.dialogue)
        return (
            str(number),
            shot.size.value,
            shot.angle.value,
            moves,
            f"{shot.duration:g} s",
            text,
            dialogue,
        )

    def show_storyboard(self, index: int) -> None:
        """Show the shots, payloads and cost of storyboard ``index``."""
        if not 0 <= index < len(self.project.storyboards):
            return
        board = self.project.storyboards[index]
        cap = capability(board.model)
        limit = f" of {cap.max_total} s" if cap else ""
        self.board_heading.setText(f"{board.name} — {board.total_duration:g} s{limit}")
        audio = "native audio" if board.audio else "silent"
        self.board_details.setText(
            f"{board.model} · {board.mode.value} · {board.aspect_ratio.value} · {audio}"
            + (f" · style: {board.style}" if board.style else "")
        )
        self.shots.setRowCount(len(board.shots))
        for row, shot in enumerate(board.shots):
            for column, text in enumerate(self._shot_cells(row + 1, shot)):
                self.shots.setItem(row, column, QTableWidgetItem(text))
        self.shots.resizeRowsToContents()

        payload = compile_guidances(self.project, index)
        self.guidances_view.show_text(_dumps(payload.model_dump(mode="json")))
        self.kling_view.show_text(_dumps(compile_kling(payload).display()))
        cost = estimate_cost(payload)
        self.cost_label.setText(
            f"Estimated cost: {cost.describe()}" if cost else "No price known for this model/mode."
        )
