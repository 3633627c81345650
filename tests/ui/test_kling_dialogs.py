"""The Kling dialogs as a person meets them: plain words, keys never lost, checks that end."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.accounts_dialog import AccountsDialog
from storyboard_app.ui.kling_dialogs import SubmitDialog
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.service_accounts import accounts_for
from tests.conftest import DETECTIVE
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY

JARGON = ("/v1/", "kling-v3", "Error", "KLING_", "keyring", "omni-video", "image2video")
NO_KEYCHAIN = (
    None,
    "no keychain is available: set KLING_ACCESS_KEY and KLING_SECRET_KEY instead",
)


def plain(text: str) -> bool:
    return not any(word in text for word in JARGON)


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: AccountsDialog) -> QWidget:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


@pytest.fixture
def no_keychain(kling_keys: list[tuple[Credentials | None, str]]) -> list[Credentials]:
    """No keys and no keychain: keeping keys fails the way keyring fails."""
    kling_keys[0] = NO_KEYCHAIN
    return []


def test_the_submit_dialog_speaks_plainly(qtbot: QtBot, kling_window: MainWindow) -> None:
    folder = kling_window.document.folder
    assert folder is not None
    dialog = SubmitDialog(load_project(DETECTIVE), folder, 0, kling_window.services.kling)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert plain(text), text
    assert "“Alley”: 3 shots, 12 s, with sound" in text
    assert "Kling 3.0" in text
    assert plain(dialog.account.text()), dialog.account.text()


def test_without_a_keychain_save_keeps_the_dialog_and_offers_the_session(
    qtbot: QtBot, services: Services, no_keychain: list[Credentials]
) -> None:
    def refuse(_credentials: Credentials) -> None:
        from keyring.errors import NoKeyringError

        raise NoKeyringError("No recommended backend was available.")

    services.kling.keep_keys = refuse
    dialog = AccountsDialog(accounts_for(services.kling))
    page = dialog.kling
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert plain(page.keys_note.text()), page.keys_note.text()
    note = page.keys_note
    assert note.height() >= note.heightForWidth(note.width())  # the whole sentence shows
    assert not page.session_button.isVisible()
    QTest.keyClicks(page.access, ACCESS_KEY)
    QTest.keyClicks(page.secret, SECRET_KEY)
    click(save_button(dialog))
    assert dialog.isVisible()  # not closed: the typed keys are still there
    assert page.access.text() == ACCESS_KEY
    message = page.status_line.text()
    assert plain(message), message
    assert "no keychain" in message
    assert page.session_button.isVisible()
    click(page.session_button)
    assert "until the app closes" in page.keys_note.text()
    click(save_button(dialog))  # the keys are in use: nothing left to keep
    assert not dialog.isVisible()
    has, status = services.kling.has_keys()
    assert has
    assert "until the app closes" in status
    assert services.kling.credentials_now() == Credentials(ACCESS_KEY, SECRET_KEY)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def test_bad_addresses_and_silent_services_end_the_check(
    qtbot: QtBot, services: Services, kling_keys: list[tuple[Credentials | None, str]],
    silent_port: int,
) -> None:  # fmt: skip
    kling_keys[0] = (Credentials(ACCESS_KEY, SECRET_KEY), "environment")
    services.kling.check_seconds = 1.0
    window = AccountsDialog(accounts_for(services.kling))
    dialog = window.kling
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog.region.setFocus()
    QTest.keyClick(dialog.region, Qt.Key.Key_End)  # "Custom address"
    assert dialog.custom.isEnabled()
    dialog.custom.clear()
    QTest.keyClicks(dialog.custom, "http://127.0.0.1:8080x")
    click(dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5_000)
    message = dialog.status_line.text()
    assert "8080x" in message
    assert "port" in message
    click(save_button(window))
    assert window.isVisible()  # a malformed address is not saved
    assert services.settings.value("kling/base_url") != "http://127.0.0.1:8080x"

    dialog.custom.clear()
    QTest.keyClicks(dialog.custom, f"http://127.0.0.1:{silent_port}")
    click(dialog.test_button)
    assert dialog.status_line.text().startswith("Testing")
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=8_000)
    message = dialog.status_line.text()
    assert message.startswith("Not connected"), message
    assert "no answer" in message


def test_shot_by_shot_is_not_offered_when_it_would_be_refused(
    qtbot: QtBot, kling_window: MainWindow
) -> None:
    window = kling_window
    folder = window.document.folder
    assert folder is not None
    editor = window.editor
    frame = window.document.project.storyboards[0].shots[0].first_frame
    middle = editor.board.shots[1].id
    editor.attempt(
        "Frame it", lambda: edits.update_shot(editor.project, 0, middle, first_frame=frame)
    )
    first = editor.board.shots[0].id
    editor.attempt("Shorten", lambda: edits.update_shot(editor.project, 0, first, duration=2))
    dialog = SubmitDialog(window.document.project, folder, 0, window.services.kling)
    qtbot.addWidget(dialog)
    assert not dialog.shot_by_shot.isChecked()
    assert not dialog.shot_by_shot.isEnabled()
    assert "Shot 1 cannot be rendered alone" in dialog.shot_by_shot_note.text()
