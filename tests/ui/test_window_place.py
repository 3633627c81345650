"""Where the window opens: ``--size`` when given, else where the editor last was, else a
1600×1000 window made to fit the screen (a laptop's screen is smaller than that)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.ui.start_window import DEFAULT_SIZE, FRAME, place


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_new_window_fits_a_screen_smaller_than_its_size(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    place(window, None, _settings(tmp_path))
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert free.width() < DEFAULT_SIZE[0]  # the test screen (offscreen: 800×600) is small
    assert window.width() + FRAME[0] <= free.width()
    assert window.height() + FRAME[1] <= free.height()
    assert free.contains(window.geometry())  # and on it, not off its edges


def test_a_given_size_is_kept_and_the_last_place_comes_back(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    place(window, (700, 500), settings)
    assert (window.width(), window.height()) == (700, 500)
    window.move(30, 40)
    window.resize(640, 420)
    settings.setValue("window/geometry", window.saveGeometry())  # as the editor keeps it
    again = QWidget()
    qtbot.addWidget(again)
    place(again, None, settings)
    assert (again.width(), again.height()) == (640, 420)


def test_a_given_size_moves_a_window_left_where_it_would_hang_off_the_screen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """The editor comes back where it was (25 px down, say); asked for the screen's whole
    size (a screenshot), it moves up rather than lose its status bar below the screen."""
    free = QGuiApplication.primaryScreen().availableGeometry()
    window = QWidget()
    qtbot.addWidget(window)
    window.move(free.x(), free.y() + 25)  # as restored from where it last was
    place(window, (free.width(), free.height()), _settings(tmp_path))
    assert (window.width(), window.height()) == (free.width(), free.height())
    assert free.contains(window.geometry())
