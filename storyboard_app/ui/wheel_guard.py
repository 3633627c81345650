"""The mouse wheel scrolls panels; it changes a combo or spin box only once it was clicked.

Qt lets the wheel change any combo box or spin box under the pointer, so scrolling the
inspector past one silently edited the shot. One application-wide event filter sends the
wheel over such a box to the panel that scrolls around it unless the box has keyboard
focus, and the boxes take focus by click or Tab only (``StrongFocus``: with Qt's default
``WheelFocus`` the wheel itself would give them focus first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox)


def _box_of(watched: QObject) -> QWidget | None:
    """The combo or spin box ``watched`` is, or is part of (a spin box's line edit)."""
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None:
        if isinstance(widget, _GUARDED):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _take_focus_by_click(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """The filter (see the module's docstring); :func:`guard_wheels` installs it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            _take_focus_by_click(watched)
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            box = _box_of(watched)
            if box is not None and not box.hasFocus():
                return self._scroll_around(box, event)
        return False

    @staticmethod
    def _scroll_around(box: QWidget, event: QWheelEvent) -> bool:
        """Hand the wheel to the scrolling panel around ``box``; the box never sees it."""
        area = box.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()  # Qt offers an ignored (real) wheel to the parents
            return True
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
        return True


def guard_wheels() -> None:
    """Install the wheel guard on the application, once; boxes made before it are fixed too."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(WheelGuard) is not None:
        return
    app.installEventFilter(WheelGuard(app))
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED):
            _take_focus_by_click(widget)
