"""A job the service cannot account for waits in the jobs list until the user's word."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import JobStatus
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from tests.fakes.kling_server import FakeKling


def waiting_job(window: MainWindow) -> str:
    """A queued Kling job put in ``needs-word`` as the runner leaves one whose create's fate
    the service could not tell."""
    folder = window.document.folder
    assert folder is not None
    runner = window.services.kling._runner_for_now()
    job = runner.prepare(load_project(folder), folder, 0)
    window.services.jobs.update(
        job.id, status=JobStatus.NEEDS_WORD,
        message="Kling cannot say whether it received this job: its history could not be "
        "read. Sending it again may charge twice, so it is sent again only when you say so.",
    )  # fmt: skip
    return job.id


def answer_question(qtbot: QtBot, press: str, seen: list[str]) -> None:
    """Press a button of the question box as soon as it shows."""

    def press_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_it)
            return
        seen.append(box.text())
        buttons = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == press]
        assert buttons, [b.text() for b in box.findChildren(QPushButton)]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, press_it)


def test_send_again_asks_then_sends_once_on_the_word(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling
) -> None:
    job_id = waiting_job(kling_window)
    panel = kling_window.jobs_panel
    board = kling_window.services.jobs
    row = panel.tree.topLevelItem(0)
    assert row is not None
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(row).center())  # fmt: skip
    assert panel.tree.currentItem() is row
    assert row.text(2) == "needs your word"
    assert panel.send_again_button.isVisible()
    assert panel.send_again_button.isEnabled()

    seen: list[str] = []
    answer_question(qtbot, "Cancel", seen)
    qtbot.mouseClick(panel.send_again_button, Qt.MouseButton.LeftButton)
    assert seen
    assert "may charge twice" in seen[0]
    assert board.get(job_id).status is JobStatus.NEEDS_WORD  # no word: nothing sent
    assert fake.state.requests == []

    answer_question(qtbot, "Send Again, May Charge Twice", seen)
    qtbot.mouseClick(panel.send_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.get(job_id).status.finished, timeout=30_000)
    done = board.get(job_id)
    assert done.status is JobStatus.DONE, done.message
    assert fake.creates_for(job_id) == 1
    assert any("user's word" in line for line in done.log)
    assert not panel.send_again_button.isEnabled()


def test_a_service_billing_in_dollars_shows_its_cost(kling_window: MainWindow) -> None:
    from storyboard_app.jobs.board import Job

    folder = kling_window.document.folder
    assert folder is not None
    kling_window.services.jobs.add(Job(
        id="job-fal000000001", provider="fal", project_title="P", folder=folder,
        storyboard_id="b", storyboard_name="Alley", requested_duration=12.0, cost_usd=1.512,
    ))  # fmt: skip
    row = kling_window.jobs_panel.tree.topLevelItem(0)
    assert row is not None
    assert (row.text(1), row.text(5)) == ("fal.ai", "≈ $1.51")
