"""Does every piece of text in a panel have the room to show? Font metrics against space.

Each check returns sentences naming the widget, its text and the space it lacks, so a
failing layout test says what a director would see cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QWidget,
)

from storyboard_app.ui.fields import TextBox

SLACK = 1
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
"""Pixels of rounding allowed."""


def _name(widget: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _combo_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    return field.width()


def clipped_text(root: QWidget) -> list[str]:
    """Every visible label, field, combo box, button and cell under ``root`` too small
    for its text."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not _shown(label) or not text or (label.pixmap() and not label.pixmap().isNull()):
            continue
        room = label.contentsRect().width() - 2 * label.margin()
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + SLACK:
                found.append(
                    f"{_name(label)} {text!r}: needs {needed} px high, has {label.height()}"
                )
        else:
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if widest > room + SLACK:
                found.append(f"{_name(label)} {text!r}: needs {widest} px, has {room}")
    for line in root.findChildren(QLineEdit):
        owner = line.parentWidget()
        if not _shown(line) or not line.text():
            continue
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            continue  # measured with their box below
        needed = line.fontMetrics().horizontalAdvance(line.text())
        room = line.width() - 2 * 4 - line.textMargins().left() - line.textMargins().right()
        if needed > room + SLACK:
            found.append(f"{_name(line)} {line.text()!r}: needs {needed} px, has {room}")
    for combo in root.findChildren(QComboBox):
        if not _shown(combo) or not combo.currentText():
            continue
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        room = _combo_room(combo) - 4
        if needed > room + SLACK:
            found.append(f"{_name(combo)} {combo.currentText()!r}: needs {needed} px, has {room}")
    for spin in root.findChildren(QAbstractSpinBox):
        if not _shown(spin):
            continue
        editor = spin.findChild(QLineEdit)
        if editor is None:
            continue
        needed = spin.fontMetrics().horizontalAdvance(editor.text())
        if needed > editor.width() - 4 + SLACK:
            found.append(
                f"{_name(spin)} {editor.text()!r}: needs {needed} px, has {editor.width()}"
            )
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        if button.sizeHint().width() > button.width() + SLACK:
            found.append(
                f"{_name(button)} {button.text()!r}: needs {button.sizeHint().width()} px, "
                f"has {button.width()}"
            )
    for box in root.findChildren(TextBox):
        if not _shown(box) or not box.toPlainText():
            continue
        height = box.text_height()
        room = box.viewport().height()
        if height > room + SLACK:
            found.append(
                f"{_name(box)} {box.toPlainText()[:40]!r}…: needs {needed:.0f} px high, has {room}"
            )
    for widget in root.findChildren(QWidget):
        owner = widget.parentWidget()
        if not _shown(widget) or owner is None or isinstance(owner, QAbstractSpinBox | QComboBox):
            continue  # the field inside a spin box or combo box is sized by its box
        if widget.minimumHeight() == widget.maximumHeight():
            continue  # a fixed height is what its maker chose
        least = max(widget.minimumSizeHint().height(), widget.minimumHeight())
        if isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit) and (
            widget.height() + SLACK < least
        ):
            found.append(f"{_name(widget)} is squeezed to {widget.height()} px of {least}")
        place = widget.geometry()
        for other in owner.findChildren(QWidget, options=DIRECT):
            if other is widget or not _shown(other) or id(other) < id(widget):
                continue
            if (
                other.geometry().intersected(place).height() > 2
                and other.geometry().intersected(place).width() > 2
                and not other.isAncestorOf(widget)
            ):
                found.append(f"{_name(widget)} and {_name(other)} overlap")
    for table in root.findChildren(QTableWidget):
        if not _shown(table):
            continue
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is None or not item.text():
                    continue
                needed = table.fontMetrics().horizontalAdvance(item.text()) + 8
                if needed > table.columnWidth(column) + SLACK:
                    found.append(f"{_name(table)} cell {item.text()!r}: needs {needed} px")
    return found


def horizontal_overflow(dock: QDockWidget) -> list[str]:
    """Widgets of a dock that reach past its right edge (cut off, no way to scroll to)."""
    found: list[str] = []
    content = dock.widget()
    if content is None or not dock.isVisible():
        return found
    if content.minimumSizeHint().width() > dock.width() + SLACK:
        found.append(
            f"{dock.objectName()}: needs {content.minimumSizeHint().width()} px, has {dock.width()}"
        )
    for area in [content, *content.findChildren(QScrollArea)]:
        if not isinstance(area, QScrollArea) or not _shown(area) or area.widget() is None:
            continue
        body = area.widget()
        assert body is not None
        needed = body.minimumSizeHint().width()
        if needed > area.viewport().width() + SLACK:
            found.append(
                f"{_name(area)}: its content needs {needed} px, it shows {area.viewport().width()}"
            )
        right = area.viewport().width()
        for child in body.findChildren(QWidget):
            if not _shown(child):
                continue
            edge = child.mapTo(body, child.rect().topRight()).x()
            if edge > right + SLACK:
                found.append(f"{_name(child)} reaches {edge} px in {right} px")
    return found
