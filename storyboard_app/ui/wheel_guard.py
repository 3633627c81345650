"""The mouse wheel scrolls panels; it changes a combo or spin box only once it was clicked.

Qt lets the wheel change any combo box or spin box under the pointer, so scrolling the
inspector past one silently edited the shot. The editor's panels use these boxes instead:
they take the wheel only while they have keyboard focus, and hand it otherwise to the panel
that scrolls around them (a box outside one ignores it); they take focus by
click or Tab only (``StrongFocus``: with Qt's ``WheelFocus`` the wheel itself would give
them focus first). Done per box rather than by an application-wide event filter, which runs
Python for every event of every widget (it made building the editor ~0.3 s slower).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)


def pass_to_panel(box: QWidget, event: QWheelEvent) -> None:
    """Give the wheel over an unfocused ``box`` to the scrolling panel around it."""
    area = box.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        event.ignore()  # a real wheel goes on to the parents
        return
    viewport = area.viewport()
    position = viewport.mapFromGlobal(event.globalPosition().toPoint()).toPointF()
    QCoreApplication.sendEvent(
        viewport,
        QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        ),
    )


class GuardedCombo(QComboBox):
    """A combo box the wheel changes only once it was clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            pass_to_panel(self, event)


class GuardedSpin(QDoubleSpinBox):
    """A spin box of seconds the wheel changes only once it was clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            pass_to_panel(self, event)


class GuardedIntSpin(QSpinBox):
    """A whole-number spin box the wheel changes only once it was clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            pass_to_panel(self, event)
