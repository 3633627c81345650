"""The window that shows at once while the project and the editor load.

It needs Qt alone (no pydantic, no project model), so it paints in about the time of a
bare Qt window; the editor replaces it at the same place and size a moment later.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from storyboard_app import i18n
from storyboard_app.paths import config_dir
from storyboard_app.ui.first_paint import paint_first
from storyboard_app.ui.icons import icon
from storyboard_app.ui.theme import apply_theme

BUNDLE_SUFFIX = ".storyboard"
DEFAULT_SIZE = (1600, 1000)
FRAME = (16, 48)
"""Room left around a new window for the window manager's frame and title bar."""
I18N = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"


def gui_application() -> QApplication:
    """The application object, named, themed and with its icon (made once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Storyboard")
    app.setOrganizationName("storyboard-app")
    apply_theme(app)
    app.setWindowIcon(icon("app"))
    return app


class StartWindow(QWidget):
    """The project's name and "Opening…", in the editor's colours."""

    def __init__(self, project: Path | None) -> None:
        super().__init__()
        self.setObjectName("start-window")
        name = project.name.removesuffix(BUNDLE_SUFFIX) if project is not None else ""
        app_name = self.tr("Storyboard")
        self.setWindowTitle(f"{name} — {app_name}" if name else app_name)
        title = QLabel(name or app_name)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSize(font.pointSize() * 2)
        title.setFont(font)
        note = QLabel(self.tr("Opening…") if name else self.tr("Starting…"))
        note.setObjectName("muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addStretch(1)


def app_settings() -> QSettings:
    """The app's settings file (the same one the editor keeps its layout in)."""
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def place(window: QWidget, size: tuple[int, int] | None, settings: QSettings) -> None:
    """Give a window its opening place and size: ``size`` when given (``--size``); else
    where the editor was when it last closed; else 1600×1000 made to fit the screen's free
    area (with its frame), centred on it. A laptop's 1366×768 screen gets a window that
    fits instead of one whose status bar and buttons run off the bottom."""
    if size is not None:
        window.resize(*size)
        _onto_screen(window)  # a place kept from a smaller window may leave it hanging off
        return
    saved = settings.value("window/geometry")
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    width = min(DEFAULT_SIZE[0], free.width() - FRAME[0])
    height = min(DEFAULT_SIZE[1], free.height() - FRAME[1])
    window.resize(width, height)
    window.move(
        free.x() + max(0, (free.width() - width - FRAME[0]) // 2),
        free.y() + max(0, (free.height() - height - FRAME[1]) // 2),
    )


def _onto_screen(window: QWidget) -> None:
    """Move ``window`` as little as needed for all of it to be on its screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    x = max(free.x(), min(window.x(), free.x() + free.width() - window.width()))
    y = max(free.y(), min(window.y(), free.y() + free.height() - window.height()))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def early_translation(app: QApplication, settings: QSettings | None = None) -> None:
    """The window's language for the start window, which shows before the app's set-up
    installs every translator (this loads only the app's own .qm: the window stays fast)."""
    if settings is None:
        settings = app_settings()
    choice = str(settings.value("ui/language", "system") or "system")
    language = i18n.language_from_environment() if choice == "system" else choice
    if language not in i18n.LANGUAGES or language == "en":
        return
    translator = QTranslator(app)
    if translator.load(f"storyboard_{language}", str(I18N)):
        app.installTranslator(translator)


def show_start_window(project: Path | None, size: tuple[int, int] | None) -> StartWindow:
    """Show the start window where the editor will open, and return once it has painted."""
    settings = app_settings()
    early_translation(gui_application(), settings)
    window = StartWindow(project)
    place(window, size, settings)
    window.show()
    paint_first(window, "first_paint")
    return window
