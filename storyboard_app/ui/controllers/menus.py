"""The menu bar and the toolbar, built in one place from the window's controllers.

To add an entry: ``menus.add(menus.render, self.tr("&Thing…"), slot, "Ctrl+T", self.tr("Tip"))``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from storyboard_app.ui.controllers.exports import ExportController
from storyboard_app.ui.controllers.files import FilesController
from storyboard_app.ui.controllers.rendering import RenderController
from storyboard_app.ui.controllers.sequence import SequenceController
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.icons import icon
from storyboard_app.ui.services import Services

EXPORTS = (
    (QT_TRANSLATE_NOOP("Menus", "Shot List (CSV)…"), "csv", "csv"),
    (QT_TRANSLATE_NOOP("Menus", "OpenTimelineIO…"), "otio", "otio"),
    (QT_TRANSLATE_NOOP("Menus", "Final Cut 7 / Premiere XML…"), "fcp7xml", "xml"),
    (QT_TRANSLATE_NOOP("Menus", "Final Cut Pro X (FCPXML)…"), "fcpxml", "fcpxml"),
    (QT_TRANSLATE_NOOP("Menus", "CMX 3600 EDL…"), "edl", "edl"),
    (QT_TRANSLATE_NOOP("Menus", "Package for Sharing (zip)…"), "zip", "zip"),
)
"""File ▸ Export entries: label, format, file suffix."""


class Menus(QObject):
    """File, Edit, Render, Sequence and View, and the Main toolbar, of one window.

    Each menu is kept (``file``, ``edit``, ``render``, ``sequence``, ``view``) so a new
    entry is one :meth:`add` call; so are the actions others use (``undo_action``…).
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        editor: Editor,
        services: Services,
        files: FilesController,
        rendering: RenderController,
        sequence: SequenceController,
        exports: ExportController,
        docks: Sequence[QDockWidget],
    ) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file = file = bar.addMenu(self.tr("&File"))
        new_action = self.add(
            file,
            self.tr("&New Project…"),
            files.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Create a project"),
            "new",
        )
        self.examples_menu = file.addMenu(self.tr("New from &Example"))
        for example in sorted(services.examples.glob("*.storyboard")):
            self.add(
                self.examples_menu,
                example.stem,
                lambda _c=False, e=example: files.new_project(template=e),
            )
        open_action = self.add(
            file,
            self.tr("&Open…"),
            files.open_project,
            QKeySequence.StandardKey.Open,
            self.tr("Open a project"),
            "open",
        )
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent(files))
        file.addSeparator()
        save_action = self.add(
            file,
            self.tr("&Save"),
            files.save,
            QKeySequence.StandardKey.Save,
            self.tr("Save the project"),
            "save",
        )
        self.add(file, self.tr("Save &As…"), files.save_as, QKeySequence.StandardKey.SaveAs)
        file.addSeparator()
        self.add(
            file,
            self.tr("&Import Screenplay…"),
            files.import_screenplay,
            "Ctrl+I",
            self.tr("Break a Fountain or Final Draft script down into storyboards"),
        )
        export = file.addMenu(self.tr("&Export"))
        for label, kind, suffix in EXPORTS:
            self.add(
                export, self.tr(str(label)), lambda _c=False, k=kind, x=suffix: exports.export(k, x)
            )
        for paper in ("a4", "letter"):
            self.add(
                export,
                self.tr("Storyboard PDF (A4)…")
                if paper == "a4"
                else self.tr("Storyboard PDF (Letter)…"),
                lambda _c=False, p=paper: exports.export(f"pdf-{p}", "pdf"),
            )
        file.addSeparator()
        self.add(file, self.tr("&Close"), window.close, QKeySequence.StandardKey.Close)
        self.add(
            file, self.tr("&Quit"), QApplication.closeAllWindows, QKeySequence.StandardKey.Quit
        )

        self.edit = edit = bar.addMenu(self.tr("&Edit"))
        stack = document.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        add_action = self.add(
            edit,
            self.tr("&Add Shot"),
            editor.add_shot,
            "Ctrl+Shift+N",
            self.tr("Add a shot after the selected one"),
            "add",
        )
        self.duplicate_action = self.add(
            edit,
            self.tr("&Duplicate Shot"),
            editor.duplicate_shot,
            "Ctrl+D",
            self.tr("Copy the selected shot"),
            "duplicate",
        )
        self.delete_shot_action = self.add(
            edit,
            self.tr("De&lete Shot"),
            editor.delete_shot,
            None,
            self.tr(
                "Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)"
            ),
            "delete",
        )
        self.add(
            edit,
            self.tr("S&ketch Board…"),
            lambda: _open_sketch(editor, window),
            "Ctrl+B",
            self.tr("Draw the selected shot's board (it becomes the shot's picture)"),
        )
        edit.addSeparator()
        self.add(
            edit,
            self.tr("Se&ttings…"),
            lambda: _open_settings(window, services.settings),
            QKeySequence.StandardKey.Preferences,
            self.tr("The language of the app"),
        )

        self.render = render = bar.addMenu(self.tr("&Render"))
        self.render_action = self.add(
            render,
            self.tr("Render &Previs"),
            rendering.render_previs,
            "Ctrl+R",
            self.tr(
                "Render the storyboard as an animatic with the local previs renderer (no account)"
            ),
            "render",
        )
        self.render_with_action = self.add(
            render,
            self.tr("Render &With…"),
            rendering.render_with,
            "Ctrl+Shift+R",
            self.tr(
                "Choose the service: local previs, Kling, fal.ai or Replicate; "
                "each one's cost and limits first"
            ),
            "render",
        )
        self.kling_action = self.add(
            render,
            self.tr("Render with &Kling…"),
            rendering.render_with_kling,
            None,
            self.tr("Send the storyboard to Kling (shows the cost and limits first)"),
        )
        self.add(
            render,
            self.tr("Generate &Frames…"),
            rendering.generate_frames,
            None,
            self.tr(
                "Candidate pictures for the shot or storyboard from Kling's image API (cost first)"
            ),
        )
        render.addSeparator()
        self.add(
            render,
            self.tr("&Accounts…"),
            rendering.accounts,
            None,
            self.tr("Keys for Kling, fal.ai and Replicate, with a connection check"),
        )
        self.toolbar = toolbar = window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        for action in (new_action, open_action, save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (add_action, self.duplicate_action, self.delete_shot_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.render_action)
        toolbar.addWidget(rendering.resolution)

        self.sequence = sequence_menu = bar.addMenu(self.tr("&Sequence"))
        self.add(
            sequence_menu,
            self.tr("&Play Sequence"),
            sequence.play_sequence,
            "Ctrl+Shift+P",
            self.tr("Play every storyboard's active take one after another"),
        )
        self.add(
            sequence_menu,
            self.tr("&Chain to Next Storyboard"),
            sequence.chain_to_next,
            None,
            self.tr(
                "The last frame of this storyboard's active take becomes the next "
                "storyboard's first frame, so the cut flows"
            ),
        )
        self.add(
            sequence_menu,
            self.tr("&Export Sequence as MP4…"),
            lambda: exports.export("sequence", "mp4"),
            None,
            self.tr("One video of every storyboard's active take"),
        )

        self.view = view = bar.addMenu(self.tr("&View"))
        for dock in docks:
            view.addAction(dock.toggleViewAction())

    def add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: object = None,
        tip: str = "",
        icon_name: str = "",
    ) -> QAction:
        """A new entry at the end of ``menu``; ``shortcut`` is a key text or a standard key."""
        action = QAction(text, self.window)
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

    def _fill_recent(self, files: FilesController) -> None:
        self.recent_menu.clear()
        for path in files.recent():
            self.add(self.recent_menu, path, lambda _c=False, p=path: files.open_recent(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)


# The sketch canvas and the settings dialog load when first opened, not with the window.


def _open_sketch(editor: Editor, window: QMainWindow) -> None:
    from storyboard_app.ui.sketch import open_sketch

    open_sketch(editor, window)


def _open_settings(window: QMainWindow, settings: QSettings) -> None:
    from storyboard_app.ui.settings_dialog import open_settings

    open_settings(window, settings)
