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
from tests.fakes.http_fake import Fault
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


BILLING_REFUSALS = {
    FAL: Fault("create", 403, body={"detail": "User is locked. Reason: Exhausted balance."}),
    REPLICATE: Fault("create", 402),
}


@pytest.mark.parametrize("service", [FAL, REPLICATE])
def test_a_refused_job_is_sent_again_from_the_jobs_list(
    service: str,
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    fal: FakeFal,
    replicate: FakeReplicate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The service refused (no credit): once the user has topped up, Retry in the Jobs list
    sends the same request again, as a new job, once."""
    monkeypatch.setenv("FAL_KEY", FAL_KEY)
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    monkeypatch.setenv("STORYBOARD_APP_POLL", "0.02,0.05")
    fake = fal if service == FAL else replicate
    fake.fault(BILLING_REFUSALS[service])
    window = open_copy(DETECTIVE)
    window.show()
    activate(qtbot, window)
    accounts = accounts_for(window.services.kling)
    accounts.origins = Origins({FAL: fal.base_url, REPLICATE: replicate.base_url})

    def pick_and_submit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServiceSubmitDialog)
        choose(dialog, service)
        QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_and_submit)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    board = window.services.jobs
    (refused,) = [job for job in board.jobs() if job.provider == service]
    qtbot.waitUntil(lambda: board.get(refused.id).status.finished, timeout=60_000)
    assert board.get(refused.id).status is JobStatus.FAILED
    panel = window.jobs_panel
    window.jobs_dock.raise_()
    row = panel.tree.topLevelItem(0)
    assert row is not None
    QTest.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(row).center(),
    )
    assert panel.retry_button.isEnabled()
    QTest.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    jobs = [job for job in board.jobs() if job.provider == service]
    assert len(jobs) == 2
    (again,) = [job for job in jobs if job.id != refused.id]
    assert again.payload == board.get(refused.id).payload  # the same request
    qtbot.waitUntil(lambda: board.get(again.id).status.finished, timeout=60_000)
    assert board.get(again.id).status is JobStatus.DONE, board.get(again.id).message
    sent = len(fal.state.queue) if service == FAL else len(replicate.state.predictions)
    assert sent == 1  # the refused request cost nothing; the retry is the one paid task
    done = panel.tree.topLevelItem(0)  # the new job, at the top
    assert done is not None
    QTest.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(done).center(),
    )
    assert panel.tree.currentItem() is done
    assert not panel.retry_button.isEnabled()  # a finished render is not sent again
