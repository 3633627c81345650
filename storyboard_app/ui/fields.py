"""Small input widgets shared by the inspector and the character bible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from storyboard_app.ui.wheel_guard import GuardedCombo

T = TypeVar("T")


def set_line(widget: QLineEdit, text: str) -> None:
    """Show ``text`` unless the widget already does (keeps the cursor while typing)."""
    if widget.text() != text:
        widget.setText(text)
        widget.setCursorPosition(0)  # a long text shows its beginning, not its end


def set_plain(widget: QPlainTextEdit, text: str) -> None:
    """Show ``text`` in a multi-line field without emitting a change."""
    if widget.toPlainText() != text:
        with QSignalBlocker(widget):
            widget.setPlainText(text)
        if isinstance(widget, TextBox):
            widget.fit_height()


def split_tags(text: str) -> tuple[str, ...]:
    """Comma-separated words as a tuple, blanks dropped."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


class ValueCombo(GuardedCombo, Generic[T]):
    """A combo box of typed values; :meth:`value` gives the chosen one back with its type.

    Qt stores a ``StrEnum`` item's data as a plain ``str``, so ``currentData()`` loses the
    enum (``MoveKind.CRANE`` comes back as ``"crane"``); the values are kept here instead.
    The wheel changes it only once it was clicked (see ``ui/wheel_guard.py``).
    """

    def __init__(self, values: Sequence[T] = (), label: Callable[[T], str] = str) -> None:
        super().__init__()
        self._values: list[T] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_values(values, label)

    def set_values(self, values: Sequence[T], label: Callable[[T], str] = str) -> None:
        """Offer these values (without emitting a change)."""
        with QSignalBlocker(self):
            self.clear()
            self._values = list(values)
            for value in self._values:
                self.addItem(label(value), value)

    def value(self) -> T:
        """The chosen value, with its type."""
        return self._values[max(self.currentIndex(), 0)]

    def show_value(self, value: T) -> None:
        """Select ``value`` without emitting a change (the first item if it is not offered)."""
        index = self._values.index(value) if value in self._values else 0
        if index != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(index)


def enum_combo(values: Sequence[T], label: Callable[[T], str] = str) -> ValueCombo[T]:
    """A combo box of enum values (see :class:`ValueCombo`)."""
    return ValueCombo(values, label)


class TextBox(QPlainTextEdit):
    """A wrapping text field that grows with its text, from ``lines`` to ``most`` lines.

    Tab moves on to the next field (it never types a tab character), so a director can
    go through the inspector with the keyboard.
    """

    def __init__(self, placeholder: str = "", lines: int = 2, most: int = 8) -> None:
        super().__init__()
        self._lines, self._most = lines, most
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.fit_height)
        self.fit_height()

    def text_height(self) -> float:
        """Height in pixels the whole text needs at the current width."""
        total = 0.0
        block = self.document().begin()
        while block.isValid():
            total += self.blockBoundingRect(block).height()
            block = block.next()
        return total

    def fit_height(self) -> None:
        """Grow or shrink to show the whole text (within the line limits)."""
        line = self.fontMetrics().lineSpacing()
        frame = 2 * self.frameWidth() + 2 * self.document().documentMargin()
        wanted = min(max(self.text_height(), self._lines * line), self._most * line)
        height = int(wanted + frame + 2)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()


class FittedWords(QLabel):
    """Wrapped words that keep, as their least height, the height their width needs, and
    report no height-for-width: a form in a scroll area does not always ask a nested row
    again when its text or width changes, and then squeezes it."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setWordWrap(True)
        if name:
            self.setObjectName(name)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def hasHeightForWidth(self) -> bool:
        return False

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def card() -> QFrame:
    """A framed box holding one item of a list (a camera move, a dialogue line)."""
    frame = QFrame()
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


def discard(widget: QWidget) -> None:
    """Take a widget out of sight at once and delete it when its signals are done.

    ``deleteLater`` alone leaves it painted where it was until the event loop comes round,
    on top of whatever the layout puts there now.
    """
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def clear_layout(layout: QLayout) -> None:
    """Empty a layout: its widgets are discarded, nested layouts emptied the same way."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            discard(widget)
        elif inner is not None:
            clear_layout(inner)
            inner.deleteLater()
