"""Settings: the language of the window (System, English, 简体中文, 繁體中文), remembered,
applied when the app starts next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from storyboard_app import i18n
from storyboard_app.ui.translations import LANGUAGE_KEY, SYSTEM, chosen_language


class SettingsDialog(QDialog):
    """The app's preferences; OK saves them."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(380)
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.LANGUAGE_NAMES[i18n.language_from_environment()]
        self.language.addItem(self.tr("System ({language})").format(language=system), SYSTEM)
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(settings)))
        note = QLabel(self.tr("The new language applies when you start the app again."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Remember the choice."""
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.sync()
        super().accept()


def open_settings(window: QMainWindow, settings: QSettings) -> SettingsDialog:
    """Show the Settings dialog over ``window`` (window-modal, without blocking); saving
    says in the status bar when the change applies."""
    dialog = SettingsDialog(settings, window)
    dialog.accepted.connect(
        lambda: window.statusBar().showMessage(
            QCoreApplication.translate(
                "SettingsDialog",
                "Settings saved. A new language applies when you start the app again.",
            ),
            10000,
        )
    )
    dialog.open()
    return dialog
