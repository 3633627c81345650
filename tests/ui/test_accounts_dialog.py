"""Render ▸ Accounts… as a person meets it: a page per service, keys kept or used for the
session, environment overrides said plainly, Test Connection against loopback fakes that
always ends and names billing, rate limits and bad keys in plain words."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.providers.keys import KeyNotKept, KeySlot
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.ui.accounts_dialog import AccountsDialog, KeyPage
from storyboard_app.ui.main_window import Services
from storyboard_app.ui.service_accounts import KLING, Origins, ServiceAccounts
from tests.core.test_kling import make_video
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.http_fake import Fault
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY
from tests.fakes.replicate_server import TOKEN, FakeReplicate

FAL, REPLICATE = "fal", "replicate"  # the services' names in job records (their adapters')


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: AccountsDialog) -> QWidget:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


class Keychain:
    """A keychain in memory (or none at all), as ``providers.keys`` sees one."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.kept: dict[str, str] = {}

    def load(self, slot: KeySlot) -> tuple[str | None, str]:
        if not self.available:
            return None, "no keychain"
        key = self.kept.get(slot.service)
        return (key, "keychain") if key else (None, "no key")

    def keep(self, slot: KeySlot, key: str) -> None:
        if not self.available:
            raise KeyNotKept("NoKeyringError: No recommended backend was available.")
        self.kept[slot.service] = key


@pytest.fixture
def video() -> bytes:
    return make_video(3.0)


@pytest.fixture
def fal(video: bytes) -> Iterator[FakeFal]:
    with FakeFal(video) as service:
        yield service


@pytest.fixture
def replicate(video: bytes) -> Iterator[FakeReplicate]:
    with FakeReplicate(video) as service:
        yield service


@pytest.fixture
def keychain() -> Keychain:
    return Keychain()


@pytest.fixture
def make_accounts(
    services: Services, keychain: Keychain, fal: FakeFal, replicate: FakeReplicate
) -> Callable[..., ServiceAccounts]:
    def make(origins: Origins | None = None) -> ServiceAccounts:
        where = origins or Origins({FAL: fal.base_url, REPLICATE: replicate.base_url})
        accounts = ServiceAccounts(services.kling, where, keychain.load, keychain.keep,
                                   parent=services.kling)  # fmt: skip
        accounts.check_seconds = 5.0
        return accounts

    return make


@pytest.fixture
def accounts(make_accounts: Callable[..., ServiceAccounts]) -> ServiceAccounts:
    return make_accounts()


def shown(qtbot: QtBot, accounts: ServiceAccounts, page: str = KLING) -> AccountsDialog:
    dialog = AccountsDialog(accounts, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_tab(dialog: AccountsDialog, index: int) -> None:
    bar = dialog.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def check(qtbot: QtBot, page: KeyPage, key: str | None = None) -> str:
    """Type a key (or keep the one in use), click Test Connection, wait for the answer."""
    if key is not None:
        page.key.clear()
        QTest.keyClicks(page.key, key)
    click(page.test_button)
    assert page.status_line.text().startswith("Testing")
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    return page.status_line.text()


def test_one_dialog_has_a_page_per_service_and_tabs_switch_them(
    qtbot: QtBot, accounts: ServiceAccounts
) -> None:
    dialog = shown(qtbot, accounts)
    names = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert names == ["Kling", "fal.ai", "Replicate"]
    assert dialog.tabs.currentWidget() is dialog.kling
    open_tab(dialog, 1)
    assert dialog.tabs.currentWidget() is dialog.key_pages[FAL]
    assert "fal.ai/dashboard/keys" in dialog.key_pages[FAL].about.text()
    assert "No fal.ai key yet" in dialog.key_pages[FAL].keys_note.text()
    open_tab(dialog, 2)
    replicate_page = dialog.key_pages[REPLICATE]
    assert dialog.tabs.currentWidget() is replicate_page
    assert "replicate.com/account/api-tokens" in replicate_page.about.text()
    assert replicate_page.key.echoMode() == replicate_page.key.EchoMode.Password


def test_fal_check_names_the_account_its_credit_and_every_refusal(
    qtbot: QtBot, accounts: ServiceAccounts, fal: FakeFal
) -> None:
    dialog = shown(qtbot, accounts, FAL)
    page = dialog.key_pages[FAL]
    click(page.test_button)
    assert page.status_line.text() == "Paste the key first."
    message = check(qtbot, page, "not-the-key")
    assert message.startswith("Not connected: fal.ai did not accept the key"), message
    assert "Invalid authentication credentials" in message
    message = check(qtbot, page, FAL_KEY)
    assert message == "Connected to fal.ai as storyboard-team; credit left: 24.50 USD.", message
    assert ("GET", "/v1/account/billing") in fal.state.requests
    fal.state.admin_key = False  # a key for running models only
    message = check(qtbot, page)
    assert message.startswith("Connected: fal.ai accepts this key"), message
    fal.state.locked = "Exhausted balance"
    message = check(qtbot, page)
    assert "billing" in message, message
    assert "Exhausted balance" in message
    fal.state.locked = ""
    fal.fault(Fault("account", 429, headers={"Retry-After": "3"}))
    message = check(qtbot, page)
    assert "limiting how fast" in message, message
    fal.fault(Fault("account", 502, malformed=True))
    message = check(qtbot, page)
    assert message.startswith("Not connected"), message
    assert FAL_KEY not in message


def test_replicate_check_names_the_account_and_billing_in_plain_words(
    qtbot: QtBot, accounts: ServiceAccounts, replicate: FakeReplicate
) -> None:
    dialog = shown(qtbot, accounts, REPLICATE)
    page = dialog.key_pages[REPLICATE]
    message = check(qtbot, page, "r8_wrong")
    assert message.startswith("Not connected: Replicate did not accept the key"), message
    message = check(qtbot, page, TOKEN)
    assert message == "Connected to Replicate as storyboard-tester.", message
    replicate.fault(Fault("account", 402))
    message = check(qtbot, page)
    assert "billing" in message, message
    assert "insufficient credit" in message
    replicate.fault(Fault("account", 500))
    assert "server problem" in check(qtbot, page)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def test_a_silent_service_ends_the_check_in_time(
    qtbot: QtBot, make_accounts: Callable[..., ServiceAccounts], silent_port: int
) -> None:
    silent = f"http://127.0.0.1:{silent_port}"
    accounts = make_accounts(Origins({FAL: silent, REPLICATE: silent}))
    accounts.check_seconds = 1.0
    dialog = shown(qtbot, accounts, REPLICATE)
    message = check(qtbot, dialog.key_pages[REPLICATE], TOKEN)
    assert message == "Not connected: no answer from Replicate in 1 s.", message


def test_saved_keys_go_to_the_keychain_only(
    qtbot: QtBot, accounts: ServiceAccounts, keychain: Keychain, services: Services,
    tmp_path: Path,
) -> None:  # fmt: skip
    dialog = shown(qtbot, accounts)
    open_tab(dialog, 1)
    QTest.keyClicks(dialog.key_pages[FAL].key, FAL_KEY)
    open_tab(dialog, 2)
    QTest.keyClicks(dialog.key_pages[REPLICATE].key, TOKEN)
    click(save_button(dialog))
    assert not dialog.isVisible()
    assert keychain.kept == {FAL: FAL_KEY, REPLICATE: TOKEN}
    assert accounts.key_status(FAL).has_key
    assert accounts.key_status(REPLICATE).text == "Using the key kept in this computer's keychain."
    services.settings.sync()
    for written in tmp_path.rglob("*"):
        if written.is_file():
            raw = written.read_bytes()
            assert FAL_KEY.encode() not in raw, written
            assert TOKEN.encode() not in raw, written


def test_without_a_keychain_the_key_is_used_until_the_app_closes(
    qtbot: QtBot, make_accounts: Callable[..., ServiceAccounts], keychain: Keychain
) -> None:
    keychain.available = False
    accounts = make_accounts()
    dialog = shown(qtbot, accounts, FAL)
    page = dialog.key_pages[FAL]
    assert "no keychain" in page.keys_note.text()
    assert not page.session_button.isVisible()
    QTest.keyClicks(page.key, FAL_KEY)
    click(save_button(dialog))
    assert dialog.isVisible()  # not closed: the typed key is still there
    assert dialog.tabs.currentWidget() is page
    assert page.key.text() == FAL_KEY
    assert "no keychain" in page.status_line.text()
    assert page.session_button.isVisible()
    click(page.session_button)
    assert accounts.key(FAL) == FAL_KEY
    assert page.keys_note.text() == "Using the key you entered, until the app closes."
    click(save_button(dialog))  # nothing left to keep: the dialog closes
    assert not dialog.isVisible()
    assert keychain.kept == {}


def test_a_key_set_for_the_computer_overrides_and_the_page_says_so(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, fal: FakeFal
) -> None:
    monkeypatch.setenv("FAL_KEY", FAL_KEY)
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    accounts = ServiceAccounts(services.kling, Origins({FAL: fal.base_url}),
                               keep=Keychain().keep, parent=services.kling)  # fmt: skip
    dialog = shown(qtbot, accounts, FAL)
    page = dialog.key_pages[FAL]
    assert "FAL_KEY" in page.keys_note.text()
    assert "used instead of a key saved here" in page.keys_note.text()
    assert page.override_note.isVisible()
    assert "remove FAL_KEY" in page.override_note.text()
    assert not dialog.key_pages[REPLICATE].override_note.isVisibleTo(dialog.key_pages[REPLICATE])
    message = check(qtbot, page)  # the key in use is checked when none is typed
    assert message.startswith("Connected to fal.ai"), message


def test_kling_keys_set_for_the_computer_are_said_to_override(
    qtbot: QtBot, accounts: ServiceAccounts, monkeypatch: pytest.MonkeyPatch,
    kling_keys: list[tuple[Credentials | None, str]],
) -> None:  # fmt: skip
    monkeypatch.setenv("KLING_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("KLING_SECRET_KEY", SECRET_KEY)
    kling_keys[0] = (Credentials(ACCESS_KEY, SECRET_KEY), "environment")
    dialog = shown(qtbot, accounts)
    page = dialog.kling
    assert page.keys_note.text() == "Using the Kling keys set up for this computer."
    assert page.override_note.isVisible()
    assert "used instead of keys saved here" in page.override_note.text()
    assert accounts.key_status(KLING).from_environment


def test_a_dropped_line_ends_the_check_with_the_reason(
    qtbot: QtBot, accounts: ServiceAccounts, replicate: FakeReplicate
) -> None:
    replicate.fault(Fault("account", reset=True))
    dialog = shown(qtbot, accounts, REPLICATE)
    message = check(qtbot, dialog.key_pages[REPLICATE], TOKEN)
    assert message.startswith("Not connected: Replicate cannot be reached"), message
    assert TOKEN not in message
