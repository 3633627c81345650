"""The window a director works in: storyboards, picture, timeline, inspector, payload, problems.

Composition only: the window builds its widgets and the controllers of its flows
(``ui/controllers/``) and connects them. A new flow is a controller built in
:meth:`MainWindow._build_controllers`; a new menu entry is one ``self.menus.add(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QWidget

from storyboard_app.providers import registry
from storyboard_app.storage.takes import TakeStore
from storyboard_app.ui.characters import CharactersPanel
from storyboard_app.ui.controllers.exports import ExportController
from storyboard_app.ui.controllers.files import FilesController
from storyboard_app.ui.controllers.menus import Menus
from storyboard_app.ui.controllers.playback import PlaybackController
from storyboard_app.ui.controllers.problems import ProblemsController
from storyboard_app.ui.controllers.rendering import RenderController
from storyboard_app.ui.controllers.sequence import SequenceController
from storyboard_app.ui.controllers.takes import TakesController
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.icons import icon
from storyboard_app.ui.inspector import BoardSettings, ShotInspector
from storyboard_app.ui.jobs_panel import JobsPanel
from storyboard_app.ui.kling_elements import install as install_kling_elements
from storyboard_app.ui.payload_panel import PayloadPanel
from storyboard_app.ui.preview import ShotPreview
from storyboard_app.ui.problems_list import ProblemList
from storyboard_app.ui.services import Services, Workspace
from storyboard_app.ui.storyboard_list import StoryboardList
from storyboard_app.ui.takes_panel import TakesPanel
from storyboard_app.ui.timeline import Timeline

if TYPE_CHECKING:  # QtMultimedia loads when the player is first needed
    from storyboard_app.ui.player import Player

__all__ = ["MainWindow", "Services", "Workspace"]

LAYOUT_VERSION = 3
"""Bump when docks are added or removed, so an older saved layout is not applied."""


class MainWindow(QMainWindow):
    """One project in one window."""

    def __init__(self, document: ProjectDocument, services: Services, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(1024, 640)
        self.document = document
        self.services = services
        self.workspace = workspace
        self.editor = Editor(document, services.background, services.thumbnails, self)
        self.storyboards = StoryboardList(document, self.editor)
        self.board_list, self.project_title = (
            self.storyboards.board_list,
            self.storyboards.project_title,
        )
        self.preview = ShotPreview(services.thumbnails)
        self.jobs_panel = JobsPanel(services.jobs, services.renders, services.kling)
        self.takes_panel = TakesPanel(services.background)
        self.timeline = Timeline(services.thumbnails)
        self.shot_inspector = ShotInspector(self.editor)
        self.board_settings = BoardSettings(self.editor)
        self.payload = PayloadPanel(self.editor, services.dialogs)
        self.guidances_view, self.kling_view = self.payload.guidances_view, self.payload.kling_view
        self.payload_tabs, self.cost_label = self.payload.payload_tabs, self.payload.cost_label
        self.problem_list = ProblemList()
        self._build_layout()
        self._build_controllers()
        self._connect()
        self._restore_layout()
        self.refresh_all()

    # -- building ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_layout(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.boards_dock = self._dock(
            self.tr("Storyboards"), "storyboards-dock", self.storyboards, left
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("center-splitter")
        self.picture_tabs = QTabWidget()
        self.picture_tabs.setObjectName("picture-tabs")
        self.picture_tabs.addTab(self.preview, self.tr("Shot"))
        self.splitter.addWidget(self.picture_tabs)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.inspector_tabs = QTabWidget()
        self.inspector_tabs.addTab(self.shot_inspector, self.tr("Shot"))
        self.inspector_tabs.addTab(self.board_settings, self.tr("Storyboard"))
        self.characters_panel = CharactersPanel(self.editor)
        self.inspector_tabs.addTab(self.characters_panel, self.tr("Characters"))
        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspector-dock", self.inspector_tabs, right
        )
        self.inspector_dock.setMinimumWidth(360)
        self.payload_dock = self._dock(self.tr("Payload"), "payload-dock", self.payload, bottom)
        self.problems_dock = self._dock(
            self.tr("Problems"), "problems-dock", self.problem_list, bottom
        )
        self.splitDockWidget(self.problems_dock, self.payload_dock, Qt.Orientation.Horizontal)
        self.jobs_dock = self._dock(self.tr("Jobs"), "jobs-dock", self.jobs_panel, bottom)
        self.tabifyDockWidget(self.problems_dock, self.jobs_dock)
        self.takes_dock = self._dock(self.tr("Takes"), "takes-dock", self.takes_panel, bottom)
        self.tabifyDockWidget(self.jobs_dock, self.takes_dock)
        self.problems_dock.raise_()
        self.resizeDocks(
            [self.boards_dock, self.inspector_dock], [200, 400], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [200], Qt.Orientation.Vertical)

    def _build_controllers(self) -> None:
        document, editor, services = self.document, self.editor, self.services
        dialogs = services.dialogs
        self.files = FilesController(self, document, services, self.workspace)
        self.playback = PlaybackController(
            self, document, editor, dialogs, self.picture_tabs, self.preview, services.settings
        )
        self.rendering = RenderController(self, document, editor, services, self.jobs_dock)
        self.takes_controller = TakesController(
            self, document, editor, dialogs, services.jobs, self.takes_panel, self.playback
        )
        self.sequence = SequenceController(self, document, editor, services, self.playback)
        self.exports = ExportController(
            self, document, dialogs, services.background, self.files.save, services.settings
        )
        self.problems = ProblemsController(
            document, editor, self.problem_list, self.problems_dock,
            self.inspector_tabs, self.shot_inspector, self.board_settings,
        )  # fmt: skip
        docks = (
            self.boards_dock, self.inspector_dock, self.payload_dock,
            self.problems_dock, self.jobs_dock, self.takes_dock,
        )  # fmt: skip
        self.menus = Menus(
            self, document, editor, services, self.files, self.rendering, self.sequence,
            self.exports, docks,
        )  # fmt: skip
        self.kling_elements = install_kling_elements(self)
        self.problems.account_elements = self.payload.account_elements = lambda project: (
            self.kling_elements.ready(project, document.folder)
        )
        self.board_settings.account_elements = self.payload.account_elements
        self.undo_action, self.redo_action = self.menus.undo_action, self.menus.redo_action
        self.duplicate_action = self.menus.duplicate_action
        self.delete_shot_action = self.menus.delete_shot_action
        self.autosave_timer = self.files.autosave_timer
        # The window's verbs, as the workspace, the app and the tests call them.
        files, rendering, sequence = self.files, self.rendering, self.sequence
        self.save, self.save_as, self.autosave = files.save, files.save_as, files.autosave
        self.recovery_key, self.import_screenplay = files.recovery_key, files.import_screenplay
        self.render_previs, self.render_with_kling = (
            rendering.render_previs,
            rendering.render_with_kling,
        )
        self.play_sequence, self.chain_to_next = sequence.play_sequence, sequence.chain_to_next
        self.frame_to_next_board = sequence.frame_to_next_board
        self.play_take, self.play_job = self.playback.play_take, self.playback.play_job
        self.save_video, self.save_frame = self.playback.save_video, self.playback.save_frame
        self.export = self.exports.export
        self.add_storyboard = self.storyboards.add_storyboard
        self.duplicate_storyboard = self.storyboards.duplicate_storyboard
        self.delete_storyboard = self.storyboards.delete_storyboard

    def _connect(self) -> None:
        editor, playback = self.editor, self.playback
        self.document.changed.connect(lambda _p: self.refresh_all())
        self.document.dirty_changed.connect(self.setWindowModified)
        editor.selection_changed.connect(self.refresh_selection)
        editor.refused.connect(self._refused)
        editor.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.rendering.rendered.connect(self.takes_controller.adopt)
        accounts = self.rendering.choose_service.accounts
        for service in registry.names():  # Cancel, Retry and Send Again in the jobs list
            self.jobs_panel.cancel_by_service[service] = accounts.cancel
            self.jobs_panel.retry_by_service[service] = accounts.retry
            self.jobs_panel.send_again_by_service[service] = accounts.send_again
        self.rendering.rendered.connect(playback.play_job)
        self.jobs_panel.play_requested.connect(
            lambda job_id: playback.play_job(self.services.jobs.get(job_id))
        )
        self.takes_panel.play_requested.connect(playback.play_take)
        self.takes_panel.redo_in_pro_requested.connect(self.rendering.render_again_in_pro)
        playback.frame_to_board_requested.connect(self.sequence.frame_to_next_board)
        timeline = self.timeline
        timeline.shot_selected.connect(playback.shot_clicked)
        timeline.reorder_requested.connect(editor.move_shot)
        timeline.resize_requested.connect(editor.resize_shot)
        timeline.delete_requested.connect(editor.delete_shot)
        timeline.duplicate_requested.connect(editor.duplicate_shot)
        timeline.add_requested.connect(editor.add_shot)

    # -- showing the project -------------------------------------------------------------

    @property
    def player(self) -> Player:
        """The previs player (built when first needed)."""
        return self.playback.player

    @property
    def takes(self) -> TakeStore | None:
        """The project's takes (in the staging folder until the first save)."""
        return self.takes_controller.store

    @property
    def exports_running(self) -> int:
        """How many exports are being written."""
        return self.exports.running

    @property
    def sequence_running(self) -> bool:
        """Whether a sequence is being joined to play."""
        return self.sequence.running

    def is_template(self) -> bool:
        """Whether the open folder is a bundled example (saved elsewhere, never over it)."""
        return self.files.is_template()

    def refresh_all(self) -> None:
        """Show the project after it changed."""
        self.files.show_title()
        self.storyboards.show_project()
        self.problems.check()
        self.refresh_selection()

    def refresh_selection(self) -> None:
        """Show the selected storyboard and shot."""
        editor = self.editor
        self.takes_controller.show_takes()
        self.storyboards.show_selection()
        pictures = self.document.asset_root
        self.timeline.set_board(editor.board, pictures, editor.shot_id)
        self.preview.show_shot(editor.board, editor.shot, pictures, editor.project.characters)
        self.payload.show_board()
        self.board_settings.show_cost()

    def _refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.services.dialogs.error(self, self.tr("Not possible"), message)

    # -- closing and the layout ----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():
            event.ignore()
            return
        self.files.close()
        self.playback.release()  # QtMultimedia is not loaded just to close
        self._save_layout()
        event.accept()

    def _save_layout(self) -> None:
        settings = self.services.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        settings.setValue("window/splitter", self.splitter.saveState())

    def _restore_layout(self) -> None:
        settings = self.services.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION):
            splitter = settings.value("window/splitter")
            if isinstance(splitter, QByteArray):
                self.splitter.restoreState(splitter)
