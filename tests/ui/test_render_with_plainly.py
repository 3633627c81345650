"""Render With… as a first-time user meets it: the bundled espresso advert, no keys at all.

What stops a service is said once and in red (never also claimed as adjusted), a service
without a key turns Submit off with the reason beside it and a way to add the key, a
service that takes everything says so, the storyboard is checked once per opening, and the
Jobs list offers Cancel only for a job that can still be stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.problems import Problem
from storyboard_app.jobs.board import JobStatus, job_for_payload, new_job_id
from storyboard_app.providers.fal.request import build_fal_request
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.accounts_dialog import AccountsDialog
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.service_accounts import ServiceAccounts
from storyboard_app.ui.service_submit import ServiceSubmitDialog
from storyboard_app.ui.theme import ERROR
from tests.conftest import COFFEE
from tests.ui.hands import activate
from tests.ui.test_accounts_dialog import Keychain
from tests.ui.test_service_submit import FAL, cell, choose

KEYS = ("FAL_KEY", "REPLICATE_API_TOKEN", "KLING_ACCESS_KEY", "KLING_SECRET_KEY")


@pytest.fixture
def no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KEYS:
        monkeypatch.delenv(name, raising=False)


def press_render_with(qtbot: QtBot, window: MainWindow, look: Callable[[], None]) -> None:
    """Ctrl+Shift+R on the window; ``look`` runs while the dialog is open, then it closes."""
    activate(qtbot, window)

    def in_dialog() -> None:
        try:
            look()
        finally:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, ServiceSubmitDialog):
                dialog.reject()

    QTimer.singleShot(0, in_dialog)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip


def opened() -> ServiceSubmitDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ServiceSubmitDialog)
    return dialog


def test_fals_two_second_shot_is_said_once_as_what_stops_it_and_the_key_is_offered(
    no_keys: None, qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(COFFEE)
    window.show()
    # What really happens: fal's request for this storyboard is refused before sending.
    project = window.document.project
    request = build_fal_request(compile_guidances(project, 0))
    assert request.blocked
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = opened()
        choose(dialog, FAL)
        seen["directions"] = dialog.directions.text()
        seen["defaults"] = dialog.defaults.text()
        seen["reason"] = dialog.reason.text()
        seen["cell"] = cell(dialog, FAL, 2)
        item = dialog.table.item(dialog.services.index(FAL), 2)
        seen["red"] = item is not None and item.foreground().color() == ERROR
        seen["submit"] = dialog.submit_button.isEnabled()
        seen["add key"] = dialog.add_key_button.isVisible()

        def look_at_accounts() -> None:
            accounts = QApplication.activeModalWidget()
            assert isinstance(accounts, AccountsDialog)
            seen["page"] = accounts.tabs.tabText(accounts.tabs.currentIndex())
            accounts.reject()

        QTimer.singleShot(0, look_at_accounts)
        QTest.mouseClick(dialog.add_key_button, Qt.MouseButton.LeftButton)

    press_render_with(qtbot, window, look)
    stops = "fal's shots last 3–15 s; shot 1 is 2 s."
    directions = str(seen["directions"])
    assert directions.count(stops) == 1
    assert f'<span style="color:{ERROR.name()}">{stops}</span>' in directions  # red: it stops
    assert seen["red"]
    assert seen["cell"] == "cannot be sent (2)"
    defaults = str(seen["defaults"])
    assert "at least" not in defaults  # no claim that the length is adjusted
    assert "3 s" not in defaults
    assert "Shot lengths are sent rounded to whole seconds." in defaults
    reason = str(seen["reason"])
    assert reason.startswith("No fal.ai key yet: add one to send this storyboard there.")
    # A key alone would not be enough: said beside Submit, pointing at the line in red.
    assert "fal.ai cannot take this storyboard as it stands" in reason
    assert "shot 1 is 2 s" not in reason  # the length is said once, under Cannot take
    assert seen["submit"] is False
    assert seen["add key"] is True
    assert seen["page"] == "fal.ai"  # Add Key… opened Accounts on fal's page


def test_the_storyboard_is_checked_once_per_opening_and_once_per_new_mode(
    no_keys: None,
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked: list[str] = []

    def counted(*args: Any) -> list[Problem]:
        checked.append("read")
        return validate_storyboard(*args)

    monkeypatch.setattr("storyboard_app.ui.service_submit.validate_storyboard", counted)
    window = open_copy(COFFEE)
    window.show()
    counts: list[int] = []

    def look() -> None:
        dialog = opened()
        counts.append(len(checked))  # opened
        for service in dialog.services:
            choose(dialog, service)
        counts.append(len(checked))  # every service looked at
        dialog.mode.setFocus()
        QTest.keyClick(dialog.mode, Qt.Key.Key_Up)  # pro → std: checks can differ
        counts.append(len(checked))
        QTest.keyClick(dialog.mode, Qt.Key.Key_Down)  # back to pro: already checked
        counts.append(len(checked))

    press_render_with(qtbot, window, look)
    assert counts == [1, 1, 2, 2]
    press_render_with(qtbot, window, lambda: counts.append(len(checked)))
    assert counts[-1] == 3  # a new opening checks again (pictures may have changed)


def test_cancel_is_offered_only_for_a_job_that_can_be_stopped(
    qtbot: QtBot, example_copy: Callable[[Path], Path], services: Services
) -> None:
    from storyboard_app.ui.jobs_panel import JobsPanel

    folder = example_copy(COFFEE)
    empty = Keychain()
    accounts = ServiceAccounts(services.kling, load=empty.load, keep=empty.keep)
    payload = compile_guidances(load_project(folder), 0)
    done = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder))
    services.jobs.update(done.id, status=JobStatus.DONE)
    failed = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder))
    services.jobs.update(failed.id, status=JobStatus.FAILED)
    queued = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder))
    panel = JobsPanel(services.jobs, services.renders, services.kling)
    qtbot.addWidget(panel)
    panel.cancel_by_service[FAL] = accounts.cancel
    panel.show()
    qtbot.waitExposed(panel)

    def click_row(job_id: str) -> None:
        for row in range(panel.tree.topLevelItemCount()):
            item = panel.tree.topLevelItem(row)
            if item is not None and item.data(0, 256) == job_id:
                # on the name, not the progress bar
                name = panel.tree.visualRect(panel.tree.indexFromItem(item, 0))
                QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                                 pos=name.center())  # fmt: skip
                assert panel.tree.currentItem() is item
                return
        raise AssertionError(job_id)

    for finished in (done, failed):
        click_row(finished.id)
        assert not panel.cancel_button.isEnabled(), finished.status
    click_row(queued.id)
    assert panel.cancel_button.isEnabled()
    QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert services.jobs.get(queued.id).status is JobStatus.CANCELLED
    assert not panel.cancel_button.isEnabled()  # stopped: nothing left to cancel
    assert panel.retry_button.isEnabled() is False  # fal's retry is the window's to add
