"""Kling from the window: account, submit dialog, jobs list, result in the player."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import JobStatus
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.accounts_dialog import KlingPage
from storyboard_app.ui.kling_dialogs import SubmitDialog
from storyboard_app.ui.main_window import MainWindow, Services
from tests.conftest import DETECTIVE
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling, Fault
from tests.ui.conftest import KEYS, ScriptedDialogs


def test_submit_follow_download_and_play(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    dialogs.kling_modes = [Mode.STD]
    job = kling_window.render_with_kling()
    assert job is not None
    assert dialogs.asked[-1] == "kling:Alley"
    board = kling_window.services.jobs
    qtbot.waitUntil(lambda: board.get(job.id).status.finished, timeout=30_000)
    done = board.get(job.id)
    assert done.status is JobStatus.DONE, done.message
    assert done.output is not None
    assert done.output.read_bytes() == fake.state.video
    assert done.output.parent == kling_window.document.folder / "renders"  # type: ignore[operator]
    assert kling_window.player.source == done.output
    assert kling_window.player.length_label.text() == "asked 12 s · got 12.00 s"
    row = kling_window.jobs_panel.tree.topLevelItem(0)
    assert row is not None
    assert row.text(1) == "Kling"  # the service by its name, not its id
    assert row.text(5) == "10.8 u ≈ $1.51 (charged 10.8 u)"
    assert len(fake.state.tasks) == 1


def test_cancel_says_a_running_task_cannot_be_stopped(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    fake.state.processing_queries = 10_000
    dialogs.kling_modes = [Mode.STD]
    job = kling_window.render_with_kling()
    assert job is not None
    board = kling_window.services.jobs
    qtbot.waitUntil(lambda: fake.state.processing_seen.is_set(), timeout=30_000)
    panel = kling_window.jobs_panel
    row = panel.tree.topLevelItem(0)
    assert row is not None
    panel.tree.setCurrentItem(row)
    panel.cancel_button.click()
    cancelled = board.get(job.id)
    assert cancelled.status is JobStatus.CANCELLED
    assert "Kling cannot stop a task once it runs" in cancelled.message


def test_a_failed_job_is_explained_and_can_be_retried(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    fake.fault(Fault("create", code=1102))
    dialogs.kling_modes = [Mode.STD]
    job = kling_window.render_with_kling()
    assert job is not None
    board = kling_window.services.jobs
    qtbot.waitUntil(lambda: board.get(job.id).status.finished, timeout=30_000)
    assert "Your resource pack is exhausted or expired" in board.get(job.id).message
    panel = kling_window.jobs_panel
    row = panel.tree.topLevelItem(0)
    assert row is not None
    panel.tree.setCurrentItem(row)
    panel.retry_button.click()
    retried = board.jobs()[0]
    assert retried.id != job.id
    assert retried.payload == board.get(job.id).payload  # the same request, sent again
    qtbot.waitUntil(lambda: board.get(retried.id).status.finished, timeout=30_000)
    assert board.get(retried.id).status is JobStatus.DONE


def test_the_submit_dialog_shows_cost_and_blocks_errors(
    qtbot: QtBot, kling_window: MainWindow
) -> None:
    project = load_project(DETECTIVE)
    folder = kling_window.document.folder
    assert folder is not None
    dialog = SubmitDialog(project, folder, 0, kling_window.services.kling)
    qtbot.addWidget(dialog)
    assert "made from its first frame and your words by Kling 3.0" in dialog.summary.text()
    assert dialog.cost.text() == "12 s × 0.9 u/s = 10.8 units ≈ $1.51 (kling-v3, std, audio)"
    dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.PRO))
    assert dialog.cost.text().startswith("12 s × 1.2 u/s = 14.4 units")
    assert "up to 6 shots, 3–15 s" in dialog.limits.text()
    assert dialog.submit_button.isEnabled()
    long = project.evolve(storyboards=(project.storyboards[0].evolve(shots=(
        *project.storyboards[0].shots,
        project.storyboards[0].shots[0].evolve(id="extra", duration=4),
    )),))  # fmt: skip
    blocked = SubmitDialog(long, folder, 0, kling_window.services.kling)
    qtbot.addWidget(blocked)
    assert "lasts 16 s" in blocked.problems.text()
    assert not blocked.submit_button.isEnabled()


def test_account_dialog_tests_the_connection(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, qapp: QApplication
) -> None:
    dialog = KlingPage(kling_window.services.kling)
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("custom"))
    dialog.custom.setText(fake.base_url)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.status_line.text().startswith("Connected"), timeout=10_000)
    dialog.access.setText(ACCESS_KEY)
    dialog.secret.setText("not-the-secret-" + "x" * 30)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.status_line.text().startswith("Not connected"), timeout=10_000)
    assert "credentials are invalid" in dialog.status_line.text()
    assert "not-the-secret" not in dialog.status_line.text()
    dialog.custom.setText("http://kling.example.com")
    assert not dialog.save()
    assert "plain http" in dialog.status_line.text()
    settings = kling_window.services.settings
    assert settings.value("kling/base_url") == fake.base_url  # the refused address was not kept
    stored = json.dumps({k: str(settings.value(k)) for k in settings.allKeys()})
    assert SECRET_KEY not in stored


def test_shot_by_shot_from_the_window_makes_one_take(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    from storyboard_app.domain import edits
    from storyboard_app.storage.takes import TakeStore

    window = kling_window
    folder = window.document.folder
    assert folder is not None
    frame = window.document.project.storyboards[0].shots[0].first_frame
    middle = window.editor.board.shots[1].id
    window.editor.attempt(
        "Frame the middle shot",
        lambda: edits.update_shot(window.document.project, 0, middle, first_frame=frame),
    )
    dialog = SubmitDialog(window.document.project, folder, 0, window.services.kling)
    qtbot.addWidget(dialog)
    assert dialog.shot_by_shot.isChecked()  # offered because shot 2 has its own frame
    dialogs.kling_modes, dialogs.shot_by_shot = [Mode.STD], True
    job = window.render_with_kling()
    assert job is not None
    assert len(job.children) == 3
    jobs = window.services.jobs
    qtbot.waitUntil(lambda: jobs.get(job.id).status.finished, timeout=60_000)
    assert jobs.get(job.id).status is JobStatus.DONE, jobs.get(job.id).message
    takes = TakeStore(folder).takes()
    assert [take.id for take in takes] == [job.id]  # the joined video, not its three parts
    assert window.player.source == jobs.get(job.id).output


def test_unreadable_certificates_are_explained_before_anything_is_queued(
    make_services: Callable[[], Services],
    kling_keys: list[tuple[Credentials | None, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-bundle.pem"))
    kling_keys[0] = KEYS
    services = make_services()  # the TLS context is built now, off the GUI thread
    with pytest.raises(KlingError, match="certificate authorities could not be read"):
        services.kling.submit(load_project(DETECTIVE), DETECTIVE, 0)
    assert services.jobs.jobs() == []
