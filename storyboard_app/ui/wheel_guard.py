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

from typing import cast

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


class _WheelOnceClicked:
    """What the boxes below share: focus by click or Tab, the wheel only with focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt box after this in the MRO
        box = cast(QWidget, self)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        box = cast(QWidget, self)
        if box.hasFocus():
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            pass_to_panel(box, event)


class GuardedCombo(_WheelOnceClicked, QComboBox):
    """A combo box the wheel changes only once it was clicked."""


class GuardedSpin(_WheelOnceClicked, QDoubleSpinBox):
    """A spin box of seconds the wheel changes only once it was clicked."""


class GuardedIntSpin(_WheelOnceClicked, QSpinBox):
    """A whole-number spin box the wheel changes only once it was clicked."""
