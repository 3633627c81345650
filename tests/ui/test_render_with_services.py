"""Render ▸ Render With… through the real window to fal.ai and Replicate (loopback fakes).

The whole path a person takes: the menu's key, the service chosen on the dialog's combo
box, Submit; the provider-neutral job runner sends once, follows, downloads; the result
lands as exactly one take that names its service, and plays.
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
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.service_accounts import Origins, accounts_for
from storyboard_app.ui.service_submit import ServiceSubmitDialog
from tests.conftest import DETECTIVE
from tests.core.test_kling import make_video
from tests.fakes.fal_server import FAL_KEY, FakeFal
from tests.fakes.replicate_server import TOKEN, FakeReplicate
from tests.ui.hands import activate
from tests.ui.test_service_submit import choose

FAL, REPLICATE = "fal", "replicate"  # the services' names in job records (their adapters')


@pytest.fixture(scope="module")
def video() -> bytes:
    return make_video(2.0)


@pytest.fixture
def fal(video: bytes) -> Iterator[FakeFal]:
    with FakeFal(video) as service:
        yield service


@pytest.fixture
def replicate(video: bytes) -> Iterator[FakeReplicate]:
    with FakeReplicate(video) as service:
        yield service


@pytest.mark.parametrize("service", [FAL, REPLICATE])
def test_render_with_sends_once_and_the_take_names_its_service(
    service: str,
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    fal: FakeFal,
    replicate: FakeReplicate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAL_KEY", FAL_KEY)
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    monkeypatch.setenv("STORYBOARD_APP_POLL", "0.02,0.05")  # the fakes answer at once
    window = open_copy(DETECTIVE)
    window.show()
    activate(qtbot, window)
    accounts = accounts_for(window.services.kling)
    accounts.origins = Origins({FAL: fal.base_url, REPLICATE: replicate.base_url})
    rendered: list[Job] = []
    window.rendering.rendered.connect(rendered.append)
    seen: list[str] = []

    def pick_and_submit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServiceSubmitDialog)
        choose(dialog, service)
        seen.append(dialog.cost.text())
        assert dialog.submit_button.isEnabled(), dialog.reason.text()
        QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_and_submit)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert len(seen) == 1
    # The price (or that none is published) was shown before anything was sent.
    assert ("≈ $" if service == FAL else "Price not known: Replicate") in seen[0]
    jobs = [job for job in window.services.jobs.jobs() if job.provider == service]
    assert len(jobs) == 1
    qtbot.waitUntil(lambda: window.services.jobs.get(jobs[0].id).status.finished, timeout=60_000)
    job = window.services.jobs.get(jobs[0].id)
    assert job.status is JobStatus.DONE, job.message
    sent = len(fal.state.queue) if service == FAL else len(replicate.state.predictions)
    assert sent == 1  # one paid task
    qtbot.waitUntil(lambda: [j.id for j in rendered] == [job.id], timeout=10_000)
    takes = window.takes
    assert takes is not None
    kept = [take for take in takes.takes() if take.id == job.id]
    assert len(kept) == 1
    assert kept[0].service == service
    assert window.takes_panel.list.count() >= 1
