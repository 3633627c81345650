"""Dock sizes that follow the window: the picture first, the inspector wider on big screens.

Qt gives every extra pixel of a bigger window to the central widget, so on a 2560×1440
screen the inspector stayed 360 px wide. Here the side and bottom docks keep their share
of the window as it is resized (whatever share the person last dragged them to); a window
with no saved layout starts with the shares below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

from storyboard_app.ui.main_window import MainWindow

BOARDS_SHARE = 0.15
INSPECTOR_SHARE = 0.32
BOTTOM_SHARE = 0.22
"""The raw JSON, problems and jobs share the bottom: about a fifth of the height."""

INSPECTOR_MOST = 760
"""Wider than this, the inspector's lines get too long to read."""


class DockShares(QObject):
    """Keeps the docks' shares of a main window while it is resized."""

    def __init__(
        self,
        window: QMainWindow,
        boards: QDockWidget,
        inspector: QDockWidget,
        bottom: QDockWidget,
        fresh: bool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.boards, self.inspector, self.bottom = boards, inspector, bottom
        self._fresh = fresh
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and self._fresh:
            self._fresh = False
            QTimer.singleShot(0, self.apply_defaults)
        elif watched is self.window and isinstance(event, QResizeEvent):
            old = event.oldSize()
            if old.width() > 0 and old.height() > 0 and self.window.isVisible():
                shares = (
                    self.boards.width() / old.width(),
                    self.inspector.width() / old.width(),
                    self.bottom.height() / old.height(),
                )
                QTimer.singleShot(0, lambda: self.apply(*shares))
        return False

    def apply_defaults(self) -> None:
        """The shares of a window with no saved layout."""
        self.apply(BOARDS_SHARE, INSPECTOR_SHARE, BOTTOM_SHARE)

    def apply(self, boards: float, inspector: float, bottom: float) -> None:
        """Give the docks these shares of the window's width and height."""
        width, height = self.window.width(), self.window.height()
        side = [
            max(self.boards.minimumSizeHint().width(), int(width * boards)),
            min(INSPECTOR_MOST, max(self.inspector.minimumWidth(), int(width * inspector))),
        ]
        self.window.resizeDocks([self.boards, self.inspector], side, Qt.Orientation.Horizontal)
        self.window.resizeDocks([self.bottom], [int(height * bottom)], Qt.Orientation.Vertical)


def fit_docks_to_window(window: MainWindow, fresh: bool) -> DockShares:
    """Keep ``window``'s docks in proportion; ``fresh``: it has no saved layout."""
    return DockShares(
        window, window.boards_dock, window.inspector_dock, window.problems_dock, fresh
    )
