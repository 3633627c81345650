"""Render ▸ Accounts…: one page per video service (Kling, then each service of the registry).

Each page keeps its keys in the keychain (or, on a computer without one, for as long as
the app runs), says plainly when a key set for the computer overrides it, and checks the
account with one cheap call that always ends. Kling's page is the former Kling account
dialog: access and secret keys, region or a custom address, tasks at once. Every other
service has one key: a :class:`KeyPage` built from what its adapter declares
(``providers/registry.py``).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.i18n import _
from storyboard_app.providers import registry
from storyboard_app.providers.kling.auth import BaseUrlRefused, Credentials
from storyboard_app.ui.kling_service import (
    NO_KEYCHAIN,
    REGIONS,
    AccountSettings,
    KeysNotKept,
    KlingService,
)
from storyboard_app.ui.service_accounts import KLING, ServiceAccounts, service_name

CUSTOM = "custom"
"""The region combo's data for a custom address (the regions' data are their names)."""
REGION_LABELS = {
    "Singapore": str(QT_TRANSLATE_NOOP("KlingPage", "Singapore")),
    "Beijing": str(QT_TRANSLATE_NOOP("KlingPage", "Beijing")),
    CUSTOM: str(QT_TRANSLATE_NOOP("KlingPage", "Custom address")),
}


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def _sentences(first: str, second: str) -> str:
    """Two sentences as one note: a space after an English full stop, none after a
    Chinese one (。)."""
    if not second:
        return first
    return first + ("" if first.endswith("。") else " ") + second


def _status() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("account-status")
    return label


class KlingPage(QWidget):
    """Access key, secret key, region (or a custom base URL), tasks at once, a check."""

    def __init__(self, service: KlingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        account = service.account()
        self.access = QLineEdit()
        self.access.setPlaceholderText(self.tr("Access key"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Secret key"))
        self.region = QComboBox()
        for name in (*REGIONS, CUSTOM):
            self.region.addItem(self.tr(REGION_LABELS.get(name, name)), name)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("https://… (http only for this computer)"))
        region = next((name for name, url in REGIONS.items() if url == account.base_url), CUSTOM)
        self.region.setCurrentIndex(self.region.findData(region))
        if region == CUSTOM:
            self.custom.setText(account.base_url)
        self.custom.setEnabled(region == CUSTOM)
        self.region.currentIndexChanged.connect(
            lambda _i: self.custom.setEnabled(self.region.currentData() == CUSTOM)
        )
        self.limit = QSpinBox()
        self.limit.setRange(1, 50)
        self.limit.setValue(account.limit)
        self.limit.setToolTip(
            self.tr("Tasks Kling runs at once for your resource pack; the rest wait")
        )
        self.about = _muted(
            self.tr(
                "Kling's own API, with the access key and secret key of a Kling resource "
                "pack (klingai.com, API keys). Billed in units per second of video."
            )
        )
        has_keys, keys_note = service.has_keys()
        if not has_keys:  # the generic note points here: on this page, say what to do
            no_keychain = keys_note == QCoreApplication.translate("KlingService", NO_KEYCHAIN)
            keys_note = self.tr(
                "No Kling keys yet: type your access key and secret key above, then Save."
            )
            if no_keychain:  # as the other services' pages warn
                keys_note = _sentences(
                    keys_note,
                    self.tr(
                        "This computer has no keychain to keep them in, so the app can use "
                        "them until it closes."
                    ),
                )
        self.keys_note = _muted(keys_note)
        self.override_note = _muted(
            self.tr(
                "KLING_ACCESS_KEY and KLING_SECRET_KEY are set for this computer: they are "
                "used instead of keys saved here."
            )
        )
        self.override_note.setVisible(service.has_keys()[0] and _kling_from_environment())
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.clicked.connect(self.test)
        self.status_line = _status()
        self.session_button = QPushButton(self.tr("Use These Keys Until the App Closes"))
        self.session_button.setToolTip(self.tr("Kept in memory only; never written to disk"))
        self.session_button.clicked.connect(self.use_until_closed)
        self.session_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("Access key"), self.access)
        form.addRow(self.tr("Secret key"), self.secret)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Address"), self.custom)
        form.addRow(self.tr("Tasks at once"), self.limit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.keys_note)  # outside the form, where wrapped text gets its height
        layout.addWidget(self.override_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_line)
        layout.addWidget(self.session_button)
        layout.addStretch(1)
        self.test_task: asyncio.Task[None] | None = None

    def base_url(self) -> str:
        """The address chosen."""
        name = str(self.region.currentData())
        return self.custom.text().strip() if name == CUSTOM else REGIONS[name]

    def typed_credentials(self) -> Credentials | None:
        """The keys typed in, if both were."""
        access, secret = self.access.text().strip(), self.secret.text().strip()
        return Credentials(access, secret) if access and secret else None

    def test(self) -> None:
        """Make one cheap authenticated call with the keys typed (or those in use)."""
        credentials = self.typed_credentials() or self.service.credentials_now()
        if credentials is None:
            self.status_line.setText(self.tr("Enter the access key and secret key first."))
            return
        self.test_button.setEnabled(False)
        self.status_line.setText(self.tr("Testing…"))

        async def run() -> None:
            text = self.tr("Not connected: the check stopped unexpectedly.")
            try:
                text = await self.service.test_connection(self.base_url(), credentials)
            finally:  # the line never stays at "Testing…"
                self.test_button.setEnabled(True)
                self.status_line.setText(text)

        self.test_task = asyncio.ensure_future(run())

    def save(self) -> bool:
        """Keep the settings and the keys; False (with the reason shown) if that failed."""
        try:
            note = self.service.save_account(
                AccountSettings(self.base_url(), self.limit.value()), self.typed_credentials()
            )
        except BaseUrlRefused as error:
            self.status_line.setText(str(error))
            return False
        except KeysNotKept as error:  # stay open: the typed keys are not lost
            self.status_line.setText(str(error))
            self.session_button.show()
            return False
        self.status_line.setText(note)
        return True

    def use_until_closed(self) -> None:
        """Use the typed keys for this run of the app (no keychain to keep them in)."""
        credentials = self.typed_credentials()
        if credentials is None:
            self.status_line.setText(self.tr("Enter the access key and secret key first."))
            return
        self.service.use_keys_until_closed(credentials)
        self.session_button.hide()
        self.access.clear()  # in use now; Save has no keys left to keep
        self.secret.clear()
        self.keys_note.setText(self.service.has_keys()[1])
        self.status_line.setText(self.keys_note.text())


def _kling_from_environment() -> bool:
    import os

    from storyboard_app.providers.kling.account import ACCESS_VARIABLE, SECRET_VARIABLE

    return bool(os.environ.get(ACCESS_VARIABLE) and os.environ.get(SECRET_VARIABLE))


class KeyPage(QWidget):
    """One service's key (any service of the registry): where to get it, where it is kept,
    a check."""

    def __init__(self, accounts: ServiceAccounts, service: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts, self.service = accounts, service
        self.entry = registry.entry(service)
        self.about = _muted(_(self.entry.about))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Paste the key here"))
        self.keys_note = _muted()
        self.override_note = _muted()
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.setToolTip(self.tr("Reads the account once; nothing is charged"))
        self.test_button.clicked.connect(self.test)
        self.status_line = _status()
        self.session_button = QPushButton(self.tr("Use This Key Until the App Closes"))
        self.session_button.setToolTip(self.tr("Kept in memory only; never written to disk"))
        self.session_button.clicked.connect(self.use_until_closed)
        self.session_button.hide()
        form = QFormLayout()
        form.addRow(_(self.entry.key_label), self.key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.keys_note)
        layout.addWidget(self.override_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_line)
        layout.addWidget(self.session_button)
        layout.addStretch(1)
        self.test_task: asyncio.Task[None] | None = None
        self.refresh()

    def refresh(self) -> None:
        """Say where the key in use comes from (or that there is none)."""
        status = self.accounts.key_status(self.service)
        note = status.text
        if not status.has_key:  # the generic note points to Accounts: here, say what to do
            warning = note.removeprefix(_(self.entry.no_key)).strip()  # no keychain, if so
            note = self.tr("No {key} yet: paste it above, then Save.").format(
                key=_(self.entry.key_label)
            )
            note = _sentences(note, warning)
        self.keys_note.setText(note)
        self.override_note.setText(
            self.tr(
                "To use a key saved here instead, remove {variable} from this computer's "
                "environment and start the app again."
            ).format(variable=self.entry.key.variable)
        )
        self.override_note.setVisible(status.from_environment)

    def typed_key(self) -> str:
        """The key typed in ('' when none)."""
        return self.key.text().strip()

    def test(self) -> None:
        """Check the typed key (or the one in use) with one cheap authenticated read."""
        key = self.typed_key() or self.accounts.key(self.service)
        if not key:
            self.status_line.setText(self.tr("Paste the key first."))
            return
        self.test_button.setEnabled(False)
        self.status_line.setText(self.tr("Testing…"))

        async def run() -> None:
            text = self.tr("Not connected: the check stopped unexpectedly.")
            try:
                text = await self.accounts.test_connection(self.service, key)
            finally:  # the line never stays at "Testing…"
                self.test_button.setEnabled(True)
                self.status_line.setText(text)

        self.test_task = asyncio.ensure_future(run())

    def save(self) -> bool:
        """Keep the typed key; False (with the reason shown) when it could not be kept."""
        key = self.typed_key()
        if not key:
            return True  # nothing typed: nothing to keep
        try:
            note = self.accounts.save_key(self.service, key)
        except KeysNotKept as error:  # the typed key stays in the field
            self.status_line.setText(str(error))
            self.session_button.show()
            return False
        self.status_line.setText(note)
        self.refresh()
        return True

    def use_until_closed(self) -> None:
        """Use the typed key for this run of the app (no keychain to keep it in)."""
        key = self.typed_key()
        if not key:
            self.status_line.setText(self.tr("Paste the key first."))
            return
        self.accounts.use_key_until_closed(self.service, key)
        self.session_button.hide()
        self.key.clear()  # in use now; Save has no key left to keep
        self.refresh()
        self.status_line.setText(self.keys_note.text())


class AccountsDialog(QDialog):
    """A page per service; Save keeps what was typed on every page."""

    def __init__(
        self, accounts: ServiceAccounts, page: str = KLING, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(560)
        self.accounts = accounts
        accounts.prepare()
        self.kling = KlingPage(accounts.kling)
        self.tabs = QTabWidget()
        self.key_pages = {service: KeyPage(accounts, service) for service in registry.names()}
        """A key page for each service of the registry, by its name."""
        self.pages: dict[str, KlingPage | KeyPage] = {KLING: self.kling, **self.key_pages}
        for service, widget in self.pages.items():
            self.tabs.addTab(widget, service_name(service))
        self.tabs.setCurrentWidget(self.pages.get(page, self.kling))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        """Closing ends a check still running (its line is set before the page goes)."""
        for widget in self.pages.values():
            if widget.test_task is not None and not widget.test_task.done():
                widget.test_task.cancel()
        super().done(result)

    def save(self) -> None:
        """Keep every page; stay open on the first page that could not keep its keys."""
        for widget in self.pages.values():
            if not widget.save():
                self.tabs.setCurrentWidget(widget)
                return
        self.accept()
