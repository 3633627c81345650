"""A fourth service, registered in the test only, goes everywhere fal.ai and Replicate go.

``tests/fakes/fourth_service.py`` is all there is of "Reelforge": its adapter, its capability
row, its entry and a fake of its API. No app module names it; once it is in the registry
it has a page in Render ▸ Accounts…, a row with its cost and what it cannot take in Render
With…, a name in the jobs list, and a render through it lands as exactly one take.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.providers import registry
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.service_accounts import Origins, ServiceAccounts, accounts_for
from storyboard_app.ui.service_submit import ServiceSubmitDialog
from tests.conftest import DETECTIVE
from tests.core.test_kling import make_video
from tests.fakes.fourth_service import KEY, NAME, FakeReelforge, registered
from tests.ui.hands import activate
from tests.ui.test_accounts_dialog import Keychain, check, click, open_tab, save_button, shown
from tests.ui.test_service_submit import cell, choose, tip


@pytest.fixture
def reelforge() -> Iterator[FakeReelforge]:
    with registered(), FakeReelforge(make_video(2.0)) as fake:
        assert isinstance(fake, FakeReelforge)
        yield fake


def test_the_registry_alone_knows_the_app_s_services() -> None:
    assert registry.names() == ("fal", "replicate")  # found in providers/*/service.py
    with registered():
        assert registry.names() == ("fal", "replicate", NAME)
        assert registry.remote_names() == ("kling", "fal", "replicate", NAME)
    assert NAME not in registry.names()


def test_a_fourth_service_has_its_key_page_and_its_check(
    qtbot: QtBot, services: Services, reelforge: FakeReelforge
) -> None:
    keychain = Keychain()
    accounts = ServiceAccounts(services.kling, Origins({NAME: reelforge.base_url}),
                               keychain.load, keychain.keep, parent=services.kling)  # fmt: skip
    accounts.check_seconds = 5.0
    dialog = shown(qtbot, accounts)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Kling", "fal.ai", "Replicate", "Reelforge"]
    open_tab(dialog, 3)
    page = dialog.key_pages[NAME]
    assert dialog.tabs.currentWidget() is page
    assert "reelforge.example/keys" in page.about.text()
    assert page.keys_note.text() == "No Reelforge key yet: paste it above, then Save."
    assert check(qtbot, page, "not-the-key").startswith("Not connected: Reelforge did not")
    assert check(qtbot, page, KEY) == "Connected to Reelforge as Test Studio."
    click(save_button(dialog))
    assert keychain.kept == {NAME: KEY}
    assert accounts.key_status(NAME).text == "Using the key kept in this computer's keychain."


def test_render_with_a_fourth_service_shows_its_cost_and_lands_one_take(
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    reelforge: FakeReelforge,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REELFORGE_KEY", KEY)
    monkeypatch.setenv("STORYBOARD_APP_POLL", "0.02,0.05")  # the fake answers at once
    window = open_copy(DETECTIVE)
    window.show()
    activate(qtbot, window)
    accounts = accounts_for(window.services.kling)
    accounts.origins = Origins({NAME: reelforge.base_url})
    rendered: list[Job] = []
    window.rendering.rendered.connect(rendered.append)
    seen: list[tuple[str, ...]] = []

    def pick_and_submit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServiceSubmitDialog)
        assert dialog.services[-1] == NAME
        choose(dialog, NAME)
        seen.append((cell(dialog, NAME, 0), cell(dialog, NAME, 1), cell(dialog, NAME, 2),
                     tip(dialog, NAME, 2), dialog.cost.text()))  # fmt: skip
        assert dialog.submit_button.isEnabled(), dialog.reason.text()
        QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_and_submit)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    # Its own price (12 s with sound at $0.07/s) and what it leaves out, before sending.
    assert seen == [("Reelforge", "≈ $0.84", "1 left out",
                     "Reelforge takes no pictures: they are left out.",
                     "12 s × $0.07/s ≈ $0.84")]  # fmt: skip
    [job] = [job for job in window.services.jobs.jobs() if job.provider == NAME]
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=60_000)
    job = window.services.jobs.get(job.id)
    assert job.status is JobStatus.DONE, job.message
    assert len(reelforge.reel.videos) == 1  # one paid video
    assert reelforge.reel.videos[0].body["reference"] == job.id
    qtbot.waitUntil(lambda: [j.id for j in rendered] == [job.id], timeout=10_000)
    takes = window.takes
    assert takes is not None
    kept = [take for take in takes.takes() if take.id == job.id]
    assert len(kept) == 1
    assert kept[0].service == NAME
    tree = window.jobs_panel.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert "Reelforge" in [row.text(1) for row in rows if row is not None]
