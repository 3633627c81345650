"""The Problems dock: the project checked after each change; a problem opens its field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QTabWidget, QTreeWidgetItem

from storyboard_app.compiler.kling import KlingElement
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.images import ImageCatalog
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import Problem, Severity, parse_problem_path
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.inspector import BoardSettings, ShotInspector
from storyboard_app.ui.problems_list import ProblemList
from storyboard_app.ui.storyboard_list import counted


class ProblemsController(QObject):
    """Fills the problem list (its dock's title counts them); a double click goes to the field."""

    def __init__(
        self,
        document: ProjectDocument,
        editor: Editor,
        problem_list: ProblemList,
        dock: QDockWidget,
        inspector_tabs: QTabWidget,
        shot_inspector: ShotInspector,
        board_settings: BoardSettings,
    ) -> None:
        super().__init__(dock)
        self.document, self.editor, self.problem_list, self.dock = (
            document,
            editor,
            problem_list,
            dock,
        )
        self.inspector_tabs = inspector_tabs
        self.shot_inspector, self.board_settings = shot_inspector, board_settings
        self.problems: list[Problem] = []
        self.account_elements: Callable[[Project], Mapping[str, KlingElement] | None] = (
            lambda _project: None
        )
        """The rendering account's ready elements for a project (set by the window), so
        the check says which characters go as elements and which as pictures."""
        problem_list.itemDoubleClicked.connect(self._activated)

    def _catalog(self) -> ImageCatalog:
        return self.document.assets or AssetStore(Path.cwd())

    def check(self) -> None:
        """Check the project and show what was found."""
        project = self.document.project
        self.problems = validate_project(project, self._catalog(), self.account_elements(project))
        self.problem_list.show_problems(self.problems, project)
        errors = sum(p.is_error for p in self.problems)
        warnings = sum(p.severity is Severity.WARNING for p in self.problems)
        self.dock.setWindowTitle(
            self.tr("Problems ({errors}, {warnings})").format(
                errors=counted(errors, self.tr("{n} error"), self.tr("{n} errors")),
                warnings=counted(warnings, self.tr("{n} warning"), self.tr("{n} warnings")),
            )
        )

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if not path:
            return
        place = parse_problem_path(str(path))
        if place.board is None:
            return
        self.editor.select_board(place.board)
        shot, field = place.shot, place.field
        if shot is not None and shot < len(self.editor.board.shots):
            self.editor.select_shot(self.editor.board.shots[shot].id)
            self.inspector_tabs.setCurrentWidget(self.shot_inspector)
            self.shot_inspector.focus_field(field or "subject")
        elif place.on_board and field:
            self.inspector_tabs.setCurrentWidget(self.board_settings)
            widget = self.board_settings.fields.get(field)
            if widget is not None:
                widget.setFocus()
