"""A dark, editing-suite look: Fusion with a charcoal palette, one accent colour and a few
touches of its own (:class:`SuiteStyle`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QProxyStyle,
    QStatusBar,
    QStyle,
    QStyleOption,
    QStyleOptionDockWidget,
    QStyleOptionHeader,
    QStyleOptionTab,
    QWidget,
)

ACCENT = QColor(232, 163, 61)  # warm amber, like a tally light
BASE = QColor(30, 31, 34)
WINDOW = QColor(38, 39, 43)
PANEL = QColor(46, 47, 52)
TEXT = QColor(224, 224, 226)
MUTED = QColor(150, 151, 158)
DISABLED_TEXT = QColor(96, 97, 104)
"""The text of a control that is switched off (darker than muted words)."""
ERROR = QColor(235, 87, 87)
WARNING = QColor(242, 184, 75)

SELECTION = QColor(90, 69, 36)
"""Selected rows and text in lists, tables, trees and text boxes (the accent, dimmed)."""
VIEW_EDGE = QColor(27, 28, 31)
BANNER = QColor(58, 50, 34)

TAB_UNDERLINE = 2
DOCK_TITLE_INDENT = 12


class SuiteStyle(QProxyStyle):
    """Fusion with the editing-suite touches: panel-coloured dock titles, tabs and table
    headers, the chosen tab underlined in the accent, dark edges and a dimmed selection
    on lists and text boxes, and labels by name (``muted``, ``section``, ``heading``,
    ``banner``).

    These were an application-wide style sheet, which makes Qt style every widget through
    its style-sheet engine: building the editor took ~45 ms longer (a third of it) and
    every dialog paid the same. A style draws the same look at no such cost, as long as
    what it overrides is asked rarely: Qt asks for pixel metrics ~10,000 times while the
    editor opens, so sizes stay Fusion's (each call into Python would cost more than the
    style sheet saved).
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: object) -> None:
        """Named labels, views and the status bar get their colours and fonts (Qt calls
        this for the application and its palette too)."""
        super().polish(target)  # type: ignore[call-overload]
        if isinstance(target, QWidget):
            _polish_widget(target)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_TabBarTabShape and isinstance(
            option, QStyleOptionTab
        ):
            _tab_shape(option, painter)
            return
        if element == QStyle.ControlElement.CE_TabBarTabLabel and isinstance(
            option, QStyleOptionTab
        ):
            tab = QStyleOptionTab(option)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = TEXT if selected else MUTED
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                tab.palette.setColor(role, colour)
            super().drawControl(element, tab, painter, widget)
            return
        if element == QStyle.ControlElement.CE_DockWidgetTitle and isinstance(
            option, QStyleOptionDockWidget
        ):
            _dock_title(option, painter, self, widget)
            return
        if element == QStyle.ControlElement.CE_HeaderSection:
            painter.fillRect(option.rect, PANEL)
            return
        if element == QStyle.ControlElement.CE_HeaderLabel and isinstance(
            option, QStyleOptionHeader
        ):
            header = QStyleOptionHeader(option)
            header.palette.setColor(QPalette.ColorRole.ButtonText, MUTED)
            super().drawControl(element, header, painter, widget)
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, _VIEWS):
            painter.save()
            painter.setPen(VIEW_EDGE)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


_VIEWS = (QAbstractItemView, QPlainTextEdit)


def _polish_widget(widget: QWidget) -> None:
    name = widget.objectName()
    if isinstance(widget, QLabel) and name in ("muted", "section", "heading", "banner"):
        palette = widget.palette()
        colour = {"heading": TEXT, "banner": WARNING}.get(name, MUTED)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        if name == "banner":
            palette.setColor(QPalette.ColorRole.Window, BANNER)
            widget.setAutoFillBackground(True)
            widget.setContentsMargins(10, 6, 10, 6)
        widget.setPalette(palette)
        if name in ("section", "heading"):
            font = widget.font()
            font.setWeight(QFont.Weight.DemiBold)
            if name == "heading":
                font.setPixelSize(15)
            widget.setFont(font)
        if name == "section":
            widget.setContentsMargins(0, 6, 0, 0)
    elif isinstance(widget, _VIEWS):
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Highlight, SELECTION)
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        widget.setPalette(palette)
    elif isinstance(widget, QStatusBar):
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, MUTED)
        widget.setPalette(palette)


def _tab_shape(option: QStyleOptionTab, painter: QPainter) -> None:
    painter.fillRect(option.rect, PANEL)
    if option.state & QStyle.StateFlag.State_Selected:
        rect = option.rect
        painter.fillRect(
            rect.left(), rect.bottom() - TAB_UNDERLINE + 1, rect.width(), TAB_UNDERLINE, ACCENT
        )


def _dock_title(
    option: QStyleOptionDockWidget, painter: QPainter, style: QStyle, widget: QWidget | None
) -> None:
    painter.save()
    painter.fillRect(option.rect, PANEL)
    if option.title:
        font = painter.font() if widget is None else widget.font()
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        text = option.rect.adjusted(DOCK_TITLE_INDENT, 0, -DOCK_TITLE_INDENT, 0)
        buttons = style.pixelMetric(
            QStyle.PixelMetric.PM_DockWidgetTitleBarButtonMargin, option, widget
        )
        if option.closable or option.floatable:
            text.setRight(text.right() - 2 * (option.rect.height() + buttons))
        elided = QFontMetrics(font).elidedText(
            option.title, Qt.TextElideMode.ElideRight, text.width()
        )
        painter.setPen(TEXT)
        painter.drawText(
            text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
    painter.restore()


def apply_theme(app: QApplication) -> None:
    """Give the whole application the dark look."""
    app.setStyle(SuiteStyle())
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, WINDOW)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Base, BASE)
    palette.setColor(QPalette.ColorRole.AlternateBase, PANEL)
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.Button, PANEL)
    palette.setColor(QPalette.ColorRole.ButtonText, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(20, 20, 20))
    palette.setColor(QPalette.ColorRole.ToolTipBase, PANEL)
    palette.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    palette.setColor(QPalette.ColorRole.PlaceholderText, MUTED)
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.Text):  # fmt: skip
        # A switched-off button must look off (the colours above are set for every group).
        palette.setColor(QPalette.ColorGroup.Disabled, role, DISABLED_TEXT)
    app.setPalette(palette)


def monospace_font() -> QFont:
    """The system's fixed-width font, for JSON."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(10)
    return font
