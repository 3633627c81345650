"""The window a director works in: storyboards, picture, timeline, inspector, payload, problems."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain import edits
from storyboard_app.domain.images import ImageCatalog
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import Problem
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import AlreadyRunning, Job, JobBoard, JobStatus
from storyboard_app.jobs.remote import ShotByShotRefused
from storyboard_app.providers.kling.auth import BaseUrlRefused
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import (
    ASSETS_DIR,
    ProjectSaveError,
    atomic_write_text,
    create_project,
)
from storyboard_app.storage.recovery import RecoveryStore, recovery_key
from storyboard_app.storage.takes import Take, TakeStore, relative_video
from storyboard_app.ui.background import Background
from storyboard_app.ui.characters import CharactersPanel
from storyboard_app.ui.dialogs import Dialogs, Discard
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.icons import icon
from storyboard_app.ui.inspector import BoardSettings, ProjectTitle, ShotInspector
from storyboard_app.ui.jobs_panel import JobsPanel
from storyboard_app.ui.json_view import JsonView
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.lazy_player import LazyPlayer
from storyboard_app.ui.preview import ShotPreview
from storyboard_app.ui.problems_list import ProblemList
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.saving import save_document
from storyboard_app.ui.settings_dialog import open_settings
from storyboard_app.ui.sketch import open_sketch
from storyboard_app.ui.takes_panel import CompareDialog, TakesPanel, describe_take
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.timeline import Timeline

# Loaded when first needed, so the window paints first: the player (QtMultimedia), the
# renderer and video reading (numpy, PyAV), the exports (OpenTimelineIO) and script import.
if TYPE_CHECKING:
    from storyboard_app.render.sequence import SequencePart
    from storyboard_app.ui.player import Player

EXPORTS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Shot List (CSV)…"), "csv", "csv"),
    (QT_TRANSLATE_NOOP("MainWindow", "OpenTimelineIO…"), "otio", "otio"),
    (QT_TRANSLATE_NOOP("MainWindow", "Final Cut 7 / Premiere XML…"), "fcp7xml", "xml"),
    (QT_TRANSLATE_NOOP("MainWindow", "Final Cut Pro X (FCPXML)…"), "fcpxml", "fcpxml"),
    (QT_TRANSLATE_NOOP("MainWindow", "CMX 3600 EDL…"), "edl", "edl"),
    (QT_TRANSLATE_NOOP("MainWindow", "Package for Sharing (zip)…"), "zip", "zip"),
)
"""File ▸ Export entries: label, format, file suffix."""
RECENT_LIMIT = 8
LAYOUT_VERSION = 3
"""Bump when docks are added or removed, so an older saved layout is not applied."""
_PATH = re.compile(r"^storyboards\[(\d+)\](?:\.shots\[(\d+)\](?:\.(\w+))?|\.(\w+))?")


class Workspace(Protocol):
    """Opens and creates projects in windows (implemented by the app)."""

    def open_folder(self, folder: Path) -> bool:
        """Open a project folder in a window; False if it could not be opened."""
        ...

    def new_project(self, folder: Path, template: Path | None) -> bool:
        """Create a project (blank, or a copy of ``template``) and open it."""
        ...


@dataclass
class Services:
    """What every window shares, built once at start-up."""

    dialogs: Dialogs
    settings: QSettings
    recovery: RecoveryStore
    background: Background
    thumbnails: ThumbnailCache
    examples: Path
    jobs: JobBoard
    renders: LocalRenders
    kling: KlingService
    autosave_ms: int = 5000


def notify(window: QMainWindow, title: str, text: str) -> None:
    """A desktop notification where the system offers one, else the status bar."""
    if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
        tray = window.findChild(QSystemTrayIcon) or QSystemTrayIcon(window.windowIcon(), window)
        tray.show()
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
    window.statusBar().showMessage(f"{title}. {text}", 10000)


def problem_target(path: str) -> tuple[int | None, int | None, str | None, bool]:
    """(storyboard index, shot index, field, is a storyboard field) named by a problem path."""
    match = _PATH.match(path)
    if not match:
        return None, None, None, False
    board, shot, shot_field, board_field = match.groups()
    return (
        int(board),
        int(shot) if shot is not None else None,
        shot_field or board_field,
        board_field is not None,
    )


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
        self._untitled_id = str(id(self))
        self._autosaved: Project | None = document.project
        self._problems: list[Problem] = []

        self.board_list = QListWidget()
        self.board_list.setObjectName("storyboards")
        self.board_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.board_list.currentRowChanged.connect(self._board_row_changed)
        self.board_list.model().rowsMoved.connect(self._boards_reordered)
        self.preview = ShotPreview(services.thumbnails)
        self.jobs_panel = JobsPanel(services.jobs, services.renders, services.kling)
        self.takes_panel = TakesPanel(services.background)
        self.takes: TakeStore | None = TakeStore(document.folder) if document.folder else None
        self._compare: CompareDialog | None = None
        self.exports_running = 0
        self.sequence_running = False
        self._playing: Job | None = None
        self._sequence: list[SequencePart] = []
        """The parts of the sequence playing, or none when one render plays."""
        self._following_playhead = False
        self.timeline = Timeline(services.thumbnails)
        self.shot_inspector = ShotInspector(self.editor)
        self.board_settings = BoardSettings(self.editor)
        self.guidances_view = JsonView()
        self.kling_view = JsonView()
        self.payload_tabs = QTabWidget()
        self.cost_label = QLabel()
        self.cost_label.setObjectName("muted")
        self.problem_list = ProblemList()
        self._build_layout()
        self._build_menus()
        self._connect()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(services.autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._restore_layout()
        self.refresh_all()

    # -- layout --------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_layout(self) -> None:
        boards = QWidget()
        column = QVBoxLayout(boards)
        column.setContentsMargins(4, 4, 4, 4)
        self.project_title = ProjectTitle(self.editor)
        column.addWidget(self.project_title)
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
        self.boards_dock = self._dock(
            self.tr("Storyboards"), "storyboards-dock", boards, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("center-splitter")
        self.picture_tabs = QTabWidget()
        self.picture_tabs.setObjectName("picture-tabs")
        self.picture_tabs.addTab(self.preview, self.tr("Shot"))
        self._player_tab = LazyPlayer(
            self.picture_tabs, self.tr("Previs Player"), self._connect_player
        )
        self.splitter.addWidget(self.picture_tabs)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.inspector_tabs = QTabWidget()
        self.inspector_tabs.addTab(self.shot_inspector, self.tr("Shot"))
        self.inspector_tabs.addTab(self.board_settings, self.tr("Storyboard"))
        self.characters_panel = CharactersPanel(
            self.editor, lambda c: self.services.kling.element_status(c, self.document.folder)
        )
        self.inspector_tabs.addTab(self.characters_panel, self.tr("Characters"))
        self.inspector_dock = self._dock(
            self.tr("Inspector"),
            "inspector-dock",
            self.inspector_tabs,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.inspector_dock.setMinimumWidth(360)

        self.payload_tabs.addTab(self.guidances_view, self.tr("Guidances payload"))
        self.payload_tabs.addTab(self.kling_view, self.tr("Kling request"))
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the JSON shown to the clipboard"))
        copy.clicked.connect(self.copy_payload)
        export = QPushButton(self.tr("Export…"))
        export.setToolTip(self.tr("Save the JSON shown to a file"))
        export.clicked.connect(self.export_payload)
        payload = QWidget()
        payload_layout = QVBoxLayout(payload)
        payload_layout.setContentsMargins(0, 0, 0, 0)
        payload_layout.addWidget(self.payload_tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cost_label, 1)
        buttons.addWidget(copy)
        buttons.addWidget(export)
        payload_layout.addLayout(buttons)
        self.payload_dock = self._dock(
            self.tr("Payload"), "payload-dock", payload, Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.problem_list.itemDoubleClicked.connect(self._problem_activated)
        self.problems_dock = self._dock(
            self.tr("Problems"),
            "problems-dock",
            self.problem_list,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.splitDockWidget(self.problems_dock, self.payload_dock, Qt.Orientation.Horizontal)
        self.jobs_dock = self._dock(
            self.tr("Jobs"), "jobs-dock", self.jobs_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.problems_dock, self.jobs_dock)
        self.takes_dock = self._dock(
            self.tr("Takes"), "takes-dock", self.takes_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.jobs_dock, self.takes_dock)
        self.problems_dock.raise_()
        self.resizeDocks(
            [self.boards_dock, self.inspector_dock], [200, 400], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [200], Qt.Orientation.Vertical)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: object = None,
        tip: str = "",
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        new_action = self._action(
            file,
            self.tr("&New Project…"),
            self.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Create a project"),
            "new",
        )
        self.examples_menu = file.addMenu(self.tr("New from &Example"))
        for example in sorted(self.services.examples.glob("*.storyboard")):
            self._action(
                self.examples_menu,
                example.stem,
                lambda _c=False, e=example: self.new_project(template=e),
            )
        open_action = self._action(
            file,
            self.tr("&Open…"),
            self.open_project,
            QKeySequence.StandardKey.Open,
            self.tr("Open a project"),
            "open",
        )
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        save_action = self._action(
            file,
            self.tr("&Save"),
            self.save,
            QKeySequence.StandardKey.Save,
            self.tr("Save the project"),
            "save",
        )
        self._action(file, self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        file.addSeparator()
        self._action(
            file,
            self.tr("&Import Screenplay…"),
            self.import_screenplay,
            "Ctrl+I",
            self.tr("Break a Fountain or Final Draft script down into storyboards"),
        )
        export = file.addMenu(self.tr("&Export"))
        for label, kind, suffix in EXPORTS:
            self._action(
                export, self.tr(str(label)), lambda _c=False, k=kind, x=suffix: self.export(k, x)
            )
        for paper in ("a4", "letter"):
            self._action(
                export,
                self.tr("Storyboard PDF (A4)…")
                if paper == "a4"
                else self.tr("Storyboard PDF (Letter)…"),
                lambda _c=False, p=paper: self.export(f"pdf-{p}", "pdf"),
            )
        file.addSeparator()
        self._action(file, self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        self._action(
            file, self.tr("&Quit"), QApplication.closeAllWindows, QKeySequence.StandardKey.Quit
        )

        edit = bar.addMenu(self.tr("&Edit"))
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        add_action = self._action(
            edit,
            self.tr("&Add Shot"),
            self.editor.add_shot,
            "Ctrl+Shift+N",
            self.tr("Add a shot after the selected one"),
            "add",
        )
        self.duplicate_action = self._action(
            edit,
            self.tr("&Duplicate Shot"),
            self.editor.duplicate_shot,
            "Ctrl+D",
            self.tr("Copy the selected shot"),
            "duplicate",
        )
        self.delete_shot_action = delete_action = self._action(
            edit,
            self.tr("De&lete Shot"),
            self.editor.delete_shot,
            None,
            self.tr(
                "Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)"
            ),
            "delete",
        )
        self._action(
            edit,
            self.tr("S&ketch Board…"),
            lambda: open_sketch(self.editor, self),
            "Ctrl+B",
            self.tr("Draw the selected shot's board (it becomes the shot's picture)"),
        )
        edit.addSeparator()
        self._action(
            edit,
            self.tr("Se&ttings…"),
            lambda: open_settings(self, self.services.settings),
            QKeySequence.StandardKey.Preferences,
            self.tr("The language of the app"),
        )

        render = bar.addMenu(self.tr("&Render"))
        self.render_action = self._action(
            render,
            self.tr("Render &Previs"),
            self.render_previs,
            "Ctrl+R",
            self.tr(
                "Render the storyboard as an animatic with the local previs renderer (no account)"
            ),
            "render",
        )
        self.kling_action = self._action(
            render,
            self.tr("Render with &Kling…"),
            self.render_with_kling,
            "Ctrl+Shift+R",
            self.tr("Send the storyboard to Kling (shows the cost and limits first)"),
            "render",
        )
        self._action(
            render,
            self.tr("Generate &Frames…"),
            self.generate_frames,
            None,
            self.tr(
                "Candidate pictures for the shot or storyboard from Kling's image API (cost first)"
            ),
        )
        render.addSeparator()
        self._action(
            render,
            self.tr("Kling &Account…"),
            self.kling_account,
            None,
            self.tr("Access key, secret key, region and tasks at once"),
        )
        self.resolution = QComboBox()
        self.resolution.addItem("720p", 720)
        self.resolution.addItem("1080p", 1080)
        self.resolution.setToolTip(self.tr("Resolution of previs renders"))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        for action in (new_action, open_action, save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (add_action, self.duplicate_action, delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.render_action)
        toolbar.addWidget(self.resolution)

        sequence = bar.addMenu(self.tr("&Sequence"))
        self._action(
            sequence,
            self.tr("&Play Sequence"),
            self.play_sequence,
            "Ctrl+Shift+P",
            self.tr("Play every storyboard's active take one after another"),
        )
        self._action(
            sequence,
            self.tr("&Chain to Next Storyboard"),
            self.chain_to_next,
            None,
            self.tr(
                "The last frame of this storyboard's active take becomes the next "
                "storyboard's first frame, so the cut flows"
            ),
        )
        self._action(
            sequence,
            self.tr("&Export Sequence as MP4…"),
            lambda: self.export("sequence", "mp4"),
            None,
            self.tr("One video of every storyboard's active take"),
        )

        view = bar.addMenu(self.tr("&View"))
        for dock in (
            self.boards_dock,
            self.inspector_dock,
            self.payload_dock,
            self.problems_dock,
            self.jobs_dock,
            self.takes_dock,
        ):
            view.addAction(dock.toggleViewAction())

    def _connect(self) -> None:
        self.document.changed.connect(lambda _p: self.refresh_all())
        self.document.dirty_changed.connect(self.setWindowModified)
        self.editor.selection_changed.connect(self.refresh_selection)
        self.editor.refused.connect(self._refused)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.timeline.shot_selected.connect(self._shot_clicked)
        self.services.renders.finished.connect(self._render_finished)
        self.services.kling.finished.connect(self._render_finished)
        self.jobs_panel.play_requested.connect(
            lambda job_id: self.play_job(self.services.jobs.get(job_id))
        )
        self.takes_panel.play_requested.connect(self.play_take)
        self.takes_panel.delete_requested.connect(self.delete_take)
        self.takes_panel.compare_requested.connect(self.compare_takes)
        self.takes_panel.redo_in_pro_requested.connect(self.render_again_in_pro)
        self.document.folder_changed.connect(self._folder_changed)
        for job in self.services.jobs.jobs():
            self._adopt(job)
        self.timeline.reorder_requested.connect(self.editor.move_shot)
        self.timeline.resize_requested.connect(self.editor.resize_shot)
        self.timeline.delete_requested.connect(self.editor.delete_shot)
        self.timeline.duplicate_requested.connect(self.editor.duplicate_shot)
        self.timeline.add_requested.connect(self.editor.add_shot)

    # -- showing the project -------------------------------------------------------------

    def is_template(self) -> bool:
        """Whether the open folder is a bundled example (saved elsewhere, never over it)."""
        folder = self.document.folder
        return folder is not None and self.services.examples.resolve() in folder.resolve().parents

    def _update_title(self) -> None:
        folder = self.document.folder
        name = folder.name if folder else self.tr("not saved yet")
        suffix = self.tr(" (example: Save makes your own copy)") if self.is_template() else ""
        self.setWindowTitle(
            self.tr("{title} — {folder}{example}[*] — Storyboard").format(
                title=self.document.project.title, folder=name, example=suffix
            )
        )
        self.setWindowModified(self.document.dirty)

    @property
    def _board_row_height(self) -> int:
        """Two lines of the tallest face a name may need: a Chinese name in an English window
        falls back to a CJK face taller than the window's font, and a row sized for the window's
        font alone would cut the second line."""
        lines = [self.board_list.fontMetrics().lineSpacing()]
        for family in ("Noto Sans CJK SC", "WenQuanYi Micro Hei"):
            lines.append(QFontMetrics(QFont(family, self.font().pointSize())).lineSpacing())
        return 2 * max(lines) + 8

    def refresh_all(self) -> None:
        """Show the project after it changed."""
        project = self.document.project
        self._update_title()
        with_signals = self.board_list.blockSignals(True)
        self.board_list.clear()
        row_height = self._board_row_height
        for board in project.storyboards:
            shots = self._counted(len(board.shots), self.tr("{n} shot"), self.tr("{n} shots"))
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
        self._problems = validate_project(project, self._catalog())
        self._fill_problems()
        self.refresh_selection()

    def _catalog(self) -> ImageCatalog:
        return self.document.assets or AssetStore(Path.cwd())

    def refresh_selection(self) -> None:
        """Show the selected storyboard and shot."""
        editor = self.editor
        self._show_takes()
        board = editor.board
        if self.board_list.currentRow() != editor.board_index:
            self.board_list.setCurrentRow(editor.board_index)
        pictures = self.document.asset_root
        self.timeline.set_board(board, pictures, editor.shot_id)
        self.preview.show_shot(board, editor.shot, pictures, editor.project.characters)
        payload = compile_guidances(editor.project, editor.board_index)
        self.guidances_view.show_text(
            json.dumps(payload.model_dump(mode="json"), indent=2, ensure_ascii=False)
        )
        self.kling_view.show_text(
            json.dumps(compile_kling(payload).display(), indent=2, ensure_ascii=False)
        )
        cost = estimate_cost(payload)
        self.cost_label.setText(
            self.tr("Estimated: {cost}").format(cost=cost.describe())
            if cost
            else self.tr("No price known.")
        )

    def _fill_problems(self) -> None:
        self.problem_list.show_problems(self._problems)
        errors = sum(p.is_error for p in self._problems)
        self.problems_dock.setWindowTitle(
            self.tr("Problems ({errors}, {warnings})").format(
                errors=self._counted(errors, self.tr("{n} error"), self.tr("{n} errors")),
                warnings=self._counted(
                    len(self._problems) - errors, self.tr("{n} warning"), self.tr("{n} warnings")
                ),
            )
        )

    @staticmethod
    def _counted(number: int, one: str, many: str) -> str:
        """``number`` in the singular or plural wording (each translated on its own)."""
        return (one if number == 1 else many).format(n=number)

    # -- reacting ------------------------------------------------------------------------

    def _refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.services.dialogs.error(self, self.tr("Not possible"), message)

    def _board_row_changed(self, row: int) -> None:
        if row >= 0:
            self.editor.select_board(row)

    def _boards_reordered(self, *_args: object) -> None:
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

    def _problem_activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if not path:
            return
        board, shot, field, board_field = problem_target(str(path))
        if board is None:
            return
        self.editor.select_board(board)
        if shot is not None and shot < len(self.editor.board.shots):
            self.editor.select_shot(self.editor.board.shots[shot].id)
            self.inspector_tabs.setCurrentWidget(self.shot_inspector)
            self.shot_inspector.focus_field(field or "subject")
        elif board_field and field:
            self.inspector_tabs.setCurrentWidget(self.board_settings)
            widget = self.board_settings.fields.get(field)
            if widget is not None:
                widget.setFocus()

    # -- previs -------------------------------------------------------------------------

    def render_previs(self) -> Job | None:
        """Render the selected storyboard as an animatic; the result plays when done."""
        folder = self.document.folder
        if folder is None:
            self.services.dialogs.error(
                self,
                self.tr("Save first"),
                self.tr("Save the project first: renders are kept in its renders folder."),
            )
            return None
        board_index = self.editor.board_index
        payload = compile_guidances(self.document.project, board_index)
        if not payload.guidances:
            self._refused(self.tr("This storyboard has no shots to render."))
            return None
        from storyboard_app.render.previs import find_missing

        missing = find_missing(payload, folder)
        title_cards = False
        if missing:
            if not self.services.dialogs.ask_title_cards(self, [m.describe() for m in missing]):
                return None
            title_cards = True
        job = self.services.renders.start(
            self.document.project,
            folder,
            board_index,
            int(self.resolution.currentData()),
            title_cards,
        )
        self.jobs_dock.show()
        self.jobs_dock.raise_()
        self.statusBar().showMessage(
            self.tr("Rendering “{name}”…").format(name=payload.storyboard), 4000
        )
        return job

    def render_with_kling(self) -> Job | None:
        """Show cost and limits, then send the selected storyboard to Kling."""
        folder = self.document.folder
        if folder is None:
            self.services.dialogs.error(
                self,
                self.tr("Save first"),
                self.tr("Save the project first: results are downloaded into its renders folder."),
            )
            return None
        index = self.editor.board_index
        project = self.document.project
        choice = self.services.dialogs.ask_kling_submit(
            self, project, folder, index, self.services.kling
        )
        if choice is None:
            return None
        try:
            job = self.services.kling.submit(
                project, folder, index, choice.mode, choice.shot_by_shot
            )
        except (KlingError, BaseUrlRefused, ShotByShotRefused, AlreadyRunning) as error:
            self.services.dialogs.error(self, self.tr("Not sent"), str(error))
            return None
        self.jobs_dock.show()
        self.jobs_dock.raise_()
        self.statusBar().showMessage(
            self.tr("Sent “{name}” to Kling.").format(name=job.storyboard_name), 5000
        )
        return job

    def generate_frames(self) -> None:
        """Render ▸ Generate Frames… (the dialog brings httpx: loaded when first opened)."""
        from storyboard_app.ui.frame_generation import open_frame_generation

        open_frame_generation(self.editor, self.services.kling, self)

    def kling_account(self) -> None:
        """The Kling account settings."""
        self.services.dialogs.edit_kling_account(self, self.services.kling)

    def _render_finished(self, job_id: str) -> None:
        job = self.services.jobs.get(job_id)
        if job.folder != self.document.folder:
            return
        if job.status is JobStatus.DONE:
            self._adopt(job)
            self.play_job(job)
            notify(
                self, self.tr("“{name}” is rendered").format(name=job.storyboard_name), job.message
            )
        elif job.status is JobStatus.FAILED:
            self.statusBar().showMessage(
                self.tr("Render failed: {reason}").format(reason=job.message), 10000
            )
            notify(self, self.tr("“{name}” failed").format(name=job.storyboard_name), job.message)

    def _folder_changed(self, folder: Path | None) -> None:
        self.takes = TakeStore(folder) if folder else None
        self._show_takes()

    def _adopt(self, job: Job) -> None:
        """Record a finished render of this project as a take (once)."""
        folder = self.document.folder
        if (
            self.takes is None or folder is None or job.status is not JobStatus.DONE
            or job.output is None or job.folder != folder or job.id in self.takes.known()
            or job.parent is not None  # one shot of a shot-by-shot take
        ):  # fmt: skip
            return
        video = relative_video(folder, job.output)
        if video is None or not job.output.exists():
            return
        self.takes.add(
            Take(
                id=job.id, storyboard_id=job.storyboard_id, storyboard_name=job.storyboard_name,
                video=video, provider=job.provider, mode=job.mode,
                created_at=job.finished_at or job.created_at,
                requested_duration=job.requested_duration, actual_duration=job.actual_duration,
                cost_units=job.cost_units, cost_usd=job.cost_usd,
                units_charged=job.units_charged, payload=job.payload,
            )
        )  # fmt: skip
        self._show_takes()

    @property
    def player(self) -> Player:
        """The previs player (built when first needed)."""
        return self._player_tab.get()

    def _connect_player(self, player: Player) -> None:
        player.position_seconds.connect(self._playhead_moved)
        player.save_video_requested.connect(self.save_video)
        player.save_frame_requested.connect(self.save_frame)
        player.frame_to_board_requested.connect(self.frame_to_next_board)

    def _show_takes(self) -> None:
        self.takes_panel.show_takes(self.takes, self.editor.board.id)

    def play_take(self, take: Take) -> None:
        """Show a take in the player."""
        folder = self.document.folder
        if folder is None:
            return
        if take.payload is not None:
            guidances = take.payload["guidances"]
            assert isinstance(guidances, list)
            starts = [float(g["start"]) for g in guidances]
        else:
            starts = list(self.editor.board.shot_starts())
        self._playing = Job(
            id=take.id, provider=take.provider, project_title=self.document.project.title,
            folder=folder, storyboard_id=take.storyboard_id, storyboard_name=take.storyboard_name,
            requested_duration=take.requested_duration, shot_starts=tuple(starts),
            status=JobStatus.DONE, output=folder / take.video,
            actual_duration=take.actual_duration, payload=take.payload,
        )  # fmt: skip
        actual = take.actual_duration or take.requested_duration
        self._sequence = []
        self.player.load(folder / take.video, starts, take.requested_duration, actual)
        self.picture_tabs.setCurrentWidget(self.player)

    def delete_take(self, take: Take) -> None:
        """Delete a take and its video, after asking."""
        if self.takes is None:
            return
        if not self.services.dialogs.confirm(
            self,
            self.tr("Delete take"),
            self.tr("Delete this take and its video file?") + "\n" + describe_take(take),
        ):
            return
        folder = self.document.folder
        if folder is not None and self.player.source == folder / take.video:
            self.player.release()
        self.takes.delete(take.id)
        self._show_takes()

    def compare_takes(self, left: Take, right: Take) -> None:
        """Two takes side by side."""
        folder = self.document.folder
        if folder is None:
            return
        self._compare = CompareDialog(folder, left, right, self)
        self._compare.show()

    def render_again_in_pro(self, take: Take) -> Job | None:
        """Send a standard take's request again in pro mode."""
        folder = self.document.folder
        if folder is None or take.payload is None:
            return None
        try:
            job = self.services.kling.render_again(take.payload, folder, Mode.PRO)
        except (KlingError, BaseUrlRefused) as error:
            self.services.dialogs.error(self, self.tr("Not sent"), str(error))
            return None
        self.jobs_dock.raise_()
        return job

    def play_job(self, job: Job) -> None:
        """Show a finished render in the player."""
        if job.output is None or job.status is not JobStatus.DONE:
            return
        self._playing, self._sequence = job, []
        actual = job.actual_duration if job.actual_duration is not None else job.requested_duration
        self.player.load(job.output, list(job.shot_starts), job.requested_duration, actual)
        index = next(
            (
                i
                for i, b in enumerate(self.document.project.storyboards)
                if b.id == job.storyboard_id
            ),
            None,
        )
        if index is not None:
            self.editor.select_board(index)
        self.picture_tabs.setCurrentWidget(self.player)

    def _playing_this_board(self) -> bool:
        return self._playing is not None and self._playing.storyboard_id == self.editor.board.id

    def _shot_clicked(self, shot_id: str) -> None:
        self.editor.select_shot(shot_id)
        part = next((p for p in self._sequence if p.storyboard_id == self.editor.board.id), None)
        if part is not None and not self._following_playhead:
            index = [s.id for s in self.editor.board.shots].index(shot_id)
            if index < len(part.shot_starts):
                self.player.seek(part.start + part.shot_starts[index])
        elif self._playing_this_board() and not self._following_playhead:
            ids = [s.id for s in self.editor.board.shots]
            starts = self._playing.shot_starts if self._playing else ()
            index = ids.index(shot_id)
            if index < len(starts):
                self.player.seek(starts[index])

    def _playhead_moved(self, seconds: float) -> None:
        """The storyboard list and the timeline's selection follow the playhead."""
        from storyboard_app.render.sequence import playing_at

        place = playing_at(self._sequence, seconds)
        if place is not None:
            ids = [b.id for b in self.document.project.storyboards]
            if self._sequence[place[0]].storyboard_id not in ids:
                return
            board, index = ids.index(self._sequence[place[0]].storyboard_id), place[1]
        elif self._playing_this_board() and self._playing is not None:
            starts = self._playing.shot_starts
            board = self.editor.board_index
            index = max((i for i, start in enumerate(starts) if start <= seconds + 1e-6), default=0)
        else:
            return
        self._following_playhead = True
        try:
            self.editor.select_board(board)
            shots = self.editor.board.shots
            if index < len(shots):
                self.editor.select_shot(shots[index].id)
        finally:
            self._following_playhead = False

    def save_video(self) -> None:
        """Save the video shown as an MP4 file."""
        source = self.player.source
        if source is None:
            return
        target = self.services.dialogs.ask_save_file(
            self,
            self.tr("Save video as"),
            f"{self.editor.board.name}.mp4",
            self.tr("Video ({pattern})").format(pattern="*.mp4"),
        )
        if target is None:
            return
        try:
            shutil.copyfile(source, target)
        except OSError as error:
            self.services.dialogs.error(self, self.tr("Not saved"), str(error))
            return
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=target), 5000)

    def save_frame(self) -> None:
        """Save the frame shown as a PNG."""
        source = self.player.source
        if source is None:
            return
        seconds = self.player.position()
        target = self.services.dialogs.ask_save_file(
            self,
            self.tr("Save frame as"),
            f"{self.editor.board.name} {seconds:.2f}s.png",
            self.tr("PNG ({pattern})").format(pattern="*.png"),
        )
        if target is None:
            return
        from storyboard_app.render.frames import frame_at

        try:
            frame_at(source, seconds).save(target, "PNG")
        except (OSError, ValueError) as error:
            self.services.dialogs.error(self, self.tr("Not saved"), str(error))
            return
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=target), 5000)

    def frame_to_next_board(self) -> None:
        """Use the frame shown as the first frame of the next storyboard (one undo step)."""
        source, playing = self.player.source, self._playing
        if source is None or playing is None:
            return
        still = Path(tempfile.mkdtemp(prefix="storyboard-frame-")) / "frame.png"
        seconds = self.player.position()

        def work() -> Path:  # a previs frame is drawn again, clean: worth a worker thread
            from storyboard_app.render.frames import clean_frame

            frame = clean_frame(source, seconds, playing.provider, playing.payload, playing.folder)
            frame.save(still, "PNG")
            return still

        self._chain_from(
            work, playing.storyboard_id, self.tr("Use frame as first frame"), self.tr("No frame")
        )

    def chain_to_next(self) -> None:
        """The last frame of this storyboard's active take becomes the next one's first frame."""
        folder = self.document.folder
        if folder is None:
            return
        project, index = self.document.project, self.editor.board_index
        still = Path(tempfile.mkdtemp(prefix="storyboard-chain-")) / "last-frame.png"

        def work() -> Path:
            from storyboard_app.render.sequence import chain_frame

            return chain_frame(project, folder, index, still)

        self._chain_from(
            work, self.editor.board.id, self.tr("Chain to next storyboard"), self.tr("Cannot chain")
        )

    def _chain_from(self, work: Callable[[], Path], board_id: str, text: str, title: str) -> None:
        """Make the still ``work`` saves (off the GUI thread) the next storyboard's first frame."""

        def failed(error: Exception) -> None:
            self.services.dialogs.error(self, title, str(error))

        self.services.background.run(
            work, lambda still: self._first_frame_of_next(still, board_id, text), failed
        )

    def _first_frame_of_next(self, still: Path, board_id: str, text: str) -> None:
        """Import ``still`` and make it the next storyboard's first frame (adding one if needed)."""

        def use(paths: list[str]) -> None:
            shutil.rmtree(still.parent, ignore_errors=True)
            project = self.document.project
            ids = [b.id for b in project.storyboards]
            here = ids.index(board_id) if board_id in ids else self.editor.board_index
            if here + 1 >= len(ids):
                project, _ = edits.add_storyboard(project, here)
            target = project.storyboards[here + 1]
            project = edits.update_shot(project, here + 1, target.shots[0].id, first_frame=paths[0])
            self.document.edit(text, project)
            self.editor.select_board(here + 1)
            self.picture_tabs.setCurrentWidget(self.preview)

        self.editor.import_images([still], use)

    def import_screenplay(self) -> bool:
        """Pick a screenplay and its scenes; the storyboards open as a new project."""
        file = self.services.dialogs.ask_script(self)
        if file is None:
            return False
        from storyboard_app.script.breakdown import script_to_project
        from storyboard_app.script.load import read_script
        from storyboard_app.script.model import ScriptError

        try:
            script = read_script(file)
        except ScriptError as error:
            self.services.dialogs.error(self, self.tr("Cannot import the screenplay"), str(error))
            return False
        scenes = self.services.dialogs.choose_scenes(self, script)
        if not scenes:
            return False
        target = self.services.dialogs.ask_new(self, f"{script.title}.storyboard")
        if target is None:
            return False
        try:
            create_project(target, script_to_project(script, scenes))
        except ProjectSaveError as error:
            self.services.dialogs.error(self, self.tr("Cannot create the project"), str(error))
            return False
        return self.workspace.open_folder(target)

    def play_sequence(self) -> None:
        """Join the storyboards' active takes (off the GUI thread) and play them in order."""
        folder = self.document.folder
        if folder is None:
            return
        project = self.document.project
        output = folder / "renders" / "sequence.mp4"
        from storyboard_app.render.sequence import export_sequence

        def done(parts: list[SequencePart]) -> None:
            self.sequence_running = False
            total = sum(part.duration for part in parts)
            self._playing, self._sequence = None, parts  # the selection follows the parts
            self.player.load(output, [part.start for part in parts], total, total)
            self.picture_tabs.setCurrentWidget(self.player)
            names = " | ".join(part.name for part in parts)
            self.statusBar().showMessage(self.tr("Sequence: {names}").format(names=names), 10000)

        def failed(error: Exception) -> None:
            self.sequence_running = False
            self.services.dialogs.error(self, self.tr("Cannot play the sequence"), str(error))

        self.sequence_running = True
        self.statusBar().showMessage(self.tr("Joining the active takes…"))
        self.services.background.run(lambda: export_sequence(project, folder, output), done, failed)

    def export(self, kind: str, suffix: str) -> Path | None:
        """Start writing an export of the saved project off the GUI thread; its target file."""
        folder = self.document.folder
        if folder is None:
            self.services.dialogs.error(
                self, self.tr("Save first"), self.tr("Save the project before exporting.")
            )
            return None
        target = self.services.dialogs.ask_save_file(
            self, self.tr("Export"), f"{self.document.project.title}.{suffix}", f"*.{suffix}"
        )
        if target is None:
            return None
        if kind == "zip" and self.document.dirty and not self.save():
            return None
        project = self.document.project
        from storyboard_app.export.package import write_package
        from storyboard_app.export.shotlist import write_shot_list
        from storyboard_app.export.timelines import write_timeline
        from storyboard_app.render.sequence import export_sequence
        from storyboard_app.ui.pdf import write_storyboard_pdf

        def work() -> None:  # on a worker thread: PDFs render stills, timelines probe videos
            if kind.startswith("pdf-"):
                write_storyboard_pdf(project, folder, target, kind.removeprefix("pdf-"))
            elif kind == "csv":
                write_shot_list(project, target, folder)
            elif kind == "zip":
                write_package(project, folder, target)
            elif kind == "sequence":
                export_sequence(project, folder, target)
            else:
                write_timeline(project, folder, target, kind)

        def done(_result: object) -> None:
            self.exports_running -= 1
            self.statusBar().showMessage(self.tr("Exported {file}").format(file=target), 5000)

        def failed(error: Exception) -> None:
            self.exports_running -= 1
            self.services.dialogs.error(self, self.tr("Export failed"), f"{target.name}: {error}")

        self.exports_running += 1
        self.statusBar().showMessage(self.tr("Exporting {file}…").format(file=target.name))
        self.services.background.run(work, done, failed)
        return target

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

    def copy_payload(self) -> None:
        """Copy the JSON of the payload tab shown."""
        view = self.payload_tabs.currentWidget()
        assert isinstance(view, JsonView)
        QApplication.clipboard().setText(view.toPlainText())
        self.statusBar().showMessage(self.tr("Copied to the clipboard."), 3000)

    def export_payload(self) -> None:
        """Save the JSON of the payload tab shown to a file."""
        view = self.payload_tabs.currentWidget()
        assert isinstance(view, JsonView)
        kind = "kling" if view is self.kling_view else "guidances"
        suggested = f"{self.editor.board.name}.{kind}.json"
        target = self.services.dialogs.ask_new(self, suggested)
        if target is None:
            return
        target = target.with_suffix("") if target.suffix == ".storyboard" else target
        try:
            atomic_write_text(target, view.toPlainText() + "\n")
        except OSError as error:
            self.services.dialogs.error(self, self.tr("Export failed"), str(error))
            return
        self.statusBar().showMessage(self.tr("Exported {file}").format(file=target), 5000)

    # -- files ---------------------------------------------------------------------------

    def recovery_key(self) -> str:
        """The name of this window's recovery file."""
        return recovery_key(self.document.folder, self._untitled_id)

    def autosave(self) -> None:
        """Write the recovery file when there are changes it does not hold yet."""
        project = self.document.project
        if not self.document.dirty or project == self._autosaved:
            return
        try:
            self.services.recovery.write(self.recovery_key(), self.document.folder, project)
        except OSError as error:
            self.statusBar().showMessage(
                self.tr("Autosave failed: {reason}").format(reason=error), 10000
            )
            return
        self._autosaved = project

    def save(self) -> bool:
        """Save the project (an example or an unsaved project asks where)."""
        if self.document.folder is None or self.is_template():
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        """Save the project into a new folder, with its images."""
        suggested = f"{self.document.project.title}.storyboard"
        target = self.services.dialogs.ask_new(self, suggested)
        if target is None:
            return False
        if target.exists() and any(target.iterdir()):
            self.services.dialogs.error(
                self,
                self.tr("Not saved"),
                self.tr("{folder} already exists and is not empty; choose a new name.").format(
                    folder=target
                ),
            )
            return False
        old = self.document.folder
        if old is not None and (old / ASSETS_DIR).is_dir():
            shutil.copytree(old / ASSETS_DIR, target / ASSETS_DIR, dirs_exist_ok=True)
        return self._save_to(target)

    def _save_to(self, target: Path | None) -> bool:
        old_key = self.recovery_key()
        if not save_document(self.document, target, self.services.dialogs, self):
            return False
        self.services.recovery.discard(old_key)
        self.services.recovery.discard(self.recovery_key())
        self._autosaved = self.document.project
        self._remember_recent(self.document.folder)
        self._update_title()
        self.statusBar().showMessage(
            self.tr("Saved {file}").format(file=self.document.folder), 4000
        )
        return True

    def _remember_recent(self, folder: Path | None) -> None:
        if folder is None or self.is_template():
            return
        recent = [str(folder)] + [p for p in self._recent() if p != str(folder)]
        self.services.settings.setValue("recent", recent[:RECENT_LIMIT])

    def _recent(self) -> list[str]:
        value = self.services.settings.value("recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            self._action(
                self.recent_menu, path, lambda _c=False, p=path: self.workspace.open_folder(Path(p))
            )
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def new_project(self, _checked: bool = False, template: Path | None = None) -> None:
        """Create a project (blank or from an example) in a folder the user picks."""
        suggested = f"{template.stem if template else self.tr('Untitled')}.storyboard"
        target = self.services.dialogs.ask_new(self, suggested)
        if target is not None:
            self.workspace.new_project(target, template)

    def open_project(self) -> None:
        """Open another project folder in its own window."""
        folder = self.services.dialogs.ask_open(self)
        if folder is not None:
            self.workspace.open_folder(folder)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.dirty:
            answer = self.services.dialogs.ask_unsaved(self, self.document.project.title)
            if answer is Discard.CANCEL or (answer is Discard.SAVE and not self.save()):
                event.ignore()
                return
        self.services.recovery.discard(self.recovery_key())
        self.document.drop_staging()
        self.autosave_timer.stop()
        self.player.release()
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
