"""A dark, editing-suite look: Fusion style with a charcoal palette and one accent colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor(232, 163, 61)  # warm amber, like a tally light
BASE = QColor(30, 31, 34)
WINDOW = QColor(38, 39, 43)
PANEL = QColor(46, 47, 52)
TEXT = QColor(224, 224, 226)
MUTED = QColor(150, 151, 158)
ERROR = QColor(235, 87, 87)
WARNING = QColor(242, 184, 75)

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW.name()}; }}
QDockWidget::title {{ background: {PANEL.name()}; padding: 5px 8px; font-weight: 600; }}
QTabBar::tab {{ background: {PANEL.name()}; color: {MUTED.name()}; padding: 6px 14px;
                border: none; }}
QTabBar::tab:selected {{ color: {TEXT.name()}; border-bottom: 2px solid {ACCENT.name()}; }}
QHeaderView::section {{ background: {PANEL.name()}; color: {MUTED.name()}; border: none;
                        padding: 4px 6px; }}
QTableView, QListView, QTreeView, QPlainTextEdit {{ background: {BASE.name()};
    border: 1px solid #1b1c1f; selection-background-color: #5a4524; selection-color: #ffffff; }}
QLabel#banner {{ background: #3a3222; color: {WARNING.name()}; padding: 6px 10px;
                 border-radius: 4px; }}
QLabel#heading {{ font-size: 15px; font-weight: 600; color: {TEXT.name()}; }}
QLabel#muted {{ color: {MUTED.name()}; }}
QLabel#section {{ color: {MUTED.name()}; font-weight: 600; padding-top: 6px; }}
QStatusBar {{ color: {MUTED.name()}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Give the whole application the dark look."""
    app.setStyle("Fusion")
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
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def monospace_font() -> QFont:
    """The system's fixed-width font, for JSON."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(10)
    return font
