"""Dock sizes that follow the window: the picture first, the inspector wider on big screens.

Qt gives every extra pixel of a bigger window to the central widget, so on a 2560×1440
screen the inspector stayed 360 px wide. Here the side and bottom docks keep their share
of the window as it is resized (whatever share the person last dragged them to); a window
with no saved layout starts with the shares below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from storyboard_app.ui.main_window import MainWindow

BOARDS_SHARE = 0.15
INSPECTOR_SHARE = 0.32
BOTTOM_SHARE = 0.2
"""The raw JSON, problems and jobs share the bottom: a fifth of the height."""
BOTTOM_LEAST = 110

INSPECTOR_MOST = 760
"""Wider than this, the inspector's lines get too long to read."""

Shares = tuple[float, float, float]
CHECK_MS = 100
SETTLE_MS = 60


class DockShares(QObject):
    """Keeps the docks' shares of a main window while it is resized.

    The shares are taken when the window's resize arrives (the docks still have their old
    sizes then) and given back once the window's layout has placed the central widget at
    the new size and finished: resizing the docks any earlier is undone by that pass.
    """

    def __init__(
        self,
        window: QMainWindow,
        centre: QWidget,
        docks: tuple[QDockWidget, QDockWidget, QDockWidget],
        fresh: bool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.centre = centre
        self.boards, self.inspector, self.bottom = docks
        self._pending: Shares | None = (
            (BOARDS_SHARE, INSPECTOR_SHARE, BOTTOM_SHARE) if fresh else None
        )
        # Animated docks reach their new sizes over several frames, and a resize arriving
        # meanwhile is undone by the animation's end; without it the sizes hold at once.
        window.setAnimated(False)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._apply_pending)
        window.installEventFilter(self)
        centre.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QResizeEvent):
            return False
        if watched is self.window and self._pending is None:
            old = event.oldSize()
            if old.width() > 0 and old.height() > 0 and self.window.isVisible():
                self._pending = (
                    self.boards.width() / old.width(),
                    self.inspector.width() / old.width(),
                    self.bottom.height() / old.height(),
                )
        elif watched is self.centre and self._pending is not None and self.window.isVisible():
            self._settle.start()  # once the window has stopped changing size
        return False

    def settle(self) -> None:
        """Give the docks the shares waiting to be applied now, at the window's present
        size: called before a window's first paint, so it does not show with one layout
        and then jump to another."""
        layout = self.window.layout()
        if layout is not None:
            layout.activate()  # the central widget placed at this size first
        self._settle.stop()
        self._apply_pending()

    def _apply_pending(self) -> None:
        if self._pending is not None:
            shares, self._pending = self._pending, None
            self.apply(*shares)

    def apply(self, boards: float, inspector: float, bottom: float, tries: int = 3) -> None:
        """Give the docks these shares of the window's width and height.

        Qt's dock layout now and then drops a resize that arrives while it is still fitting
        the window; the sizes are checked a moment later and asked for again if needed.
        """
        width, height = self.window.width(), self.window.height()
        wide = min(INSPECTOR_MOST, max(self.inspector.minimumWidth(), int(width * inspector)))
        tall = max(BOTTOM_LEAST, int(height * bottom))
        horizontal = Qt.Orientation.Horizontal
        # One dock a call: a call naming docks of two areas is not always honoured.
        self.window.resizeDocks([self.boards], [int(width * boards)], horizontal)
        self.window.resizeDocks([self.inspector], [wide], horizontal)
        self.window.resizeDocks([self.bottom], [tall], Qt.Orientation.Vertical)

        def check() -> None:
            off = abs(self.inspector.width() - wide) > 2
            if off and tries > 1 and self.window.size() == QSize(width, height):
                self.apply(boards, inspector, bottom, tries - 1)

        QTimer.singleShot(CHECK_MS, self, check)


def settle_docks(window: QMainWindow) -> None:
    """Apply ``window``'s waiting dock shares now (see :meth:`DockShares.settle`)."""
    shares = window.findChild(DockShares)
    if shares is not None:
        shares.settle()


def fit_docks_to_window(window: MainWindow, fresh: bool) -> DockShares:
    """Keep ``window``'s docks in proportion; ``fresh``: it has no saved layout."""
    docks = (window.boards_dock, window.inspector_dock, window.problems_dock)
    return DockShares(window, window.splitter, docks, fresh)
