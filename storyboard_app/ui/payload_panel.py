"""The Payload dock: the selected storyboard's guidances payload and Kling request, priced."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import KlingElement, compile_kling
from storyboard_app.domain.models import Project
from storyboard_app.storage.bundle import atomic_write_text
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.json_view import JsonView


class PayloadPanel(QWidget):
    """The JSON a render would send, in tabs, with its estimated cost; copied or saved."""

    def __init__(self, editor: Editor, dialogs: Dialogs) -> None:
        super().__init__()
        self.editor, self.dialogs = editor, dialogs
        self.account_elements: Callable[[Project], Mapping[str, KlingElement] | None] = (
            lambda _project: None
        )
        """The rendering account's ready elements (set by the window): the request shown
        and priced is the one a render would send, with ``element_list`` where it applies."""
        self.guidances_view = JsonView()
        self.kling_view = JsonView()
        self.payload_tabs = QTabWidget()
        self.cost_label = QLabel()
        self.cost_label.setObjectName("muted")
        self.payload_tabs.addTab(self.guidances_view, self.tr("Guidances payload"))
        self.payload_tabs.addTab(self.kling_view, self.tr("Kling request"))
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the JSON shown to the clipboard"))
        copy.clicked.connect(self.copy_payload)
        export = QPushButton(self.tr("Export…"))
        export.setToolTip(self.tr("Save the JSON shown to a file"))
        export.clicked.connect(self.export_payload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.payload_tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cost_label, 1)
        buttons.addWidget(copy)
        buttons.addWidget(export)
        layout.addLayout(buttons)

    def show_board(self) -> None:
        """Compile the editor's selected storyboard and show the JSON and its price."""
        payload = compile_guidances(self.editor.project, self.editor.board_index)
        elements = self.account_elements(self.editor.project)
        self.guidances_view.show_text(
            json.dumps(payload.model_dump(mode="json"), indent=2, ensure_ascii=False)
        )
        request = compile_kling(payload, elements=elements)
        self.kling_view.show_text(json.dumps(request.display(), indent=2, ensure_ascii=False))
        cost = estimate_cost(payload, elements)
        self.cost_label.setText(
            self.tr("Estimated: {cost}").format(cost=cost.describe())
            if cost
            else self.tr("No price known.")
        )

    def _say(self, text: str, milliseconds: int) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, milliseconds)

    def copy_payload(self) -> None:
        """Copy the JSON of the payload tab shown."""
        view = self.payload_tabs.currentWidget()
        assert isinstance(view, JsonView)
        QApplication.clipboard().setText(view.toPlainText())
        self._say(self.tr("Copied to the clipboard."), 3000)

    def export_payload(self) -> None:
        """Save the JSON of the payload tab shown to a file."""
        view = self.payload_tabs.currentWidget()
        assert isinstance(view, JsonView)
        kind = "kling" if view is self.kling_view else "guidances"
        suggested = f"{self.editor.board.name}.{kind}.json"
        target = self.dialogs.ask_new(self.window(), suggested)
        if target is None:
            return
        target = target.with_suffix("") if target.suffix == ".storyboard" else target
        try:
            atomic_write_text(target, view.toPlainText() + "\n")
        except OSError as error:
            self.dialogs.error(self.window(), self.tr("Export failed"), str(error))
            return
        self._say(self.tr("Exported {file}").format(file=target), 5000)
