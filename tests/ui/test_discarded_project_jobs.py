"""The jobs of a project closed without ever being saved: its previs renders stay listed,
marked discarded with their Play and Show File off, in the window and on the command line;
a paid job's folder is never deleted with it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import JobBoard, JobStatus, discarded_message
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.paths import jobs_database
from storyboard_app.ui.dialogs import QtDialogs
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.main_window import Services
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.workspace import AppWorkspace, blank_project
from tests.conftest import ROOT
from tests.ui.conftest import ScriptedDialogs
from tests.ui.hands import activate
from tests.ui.test_send_again import answer_question
from tests.ui.test_unsaved_project_work import crash, new_window, press_ctrl_r


@pytest.fixture
def services(
    make_services: Callable[[], Services], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Services:
    """The app's services with the job database in the user data folder, as the app has it
    (so ``storyboard-app jobs`` reads the same jobs); the windows' workspace uses them."""
    home = tmp_path / "home"
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(home))
    services = make_services()
    store = SqliteJobStore(jobs_database())
    services.jobs = JobBoard(store)
    services.renders = LocalRenders(services.jobs)
    return services


def test_a_discarded_projects_previs_stays_listed_without_play_or_show_file(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window(qtbot, workspace)  # the untitled project the app opens on
    staging = window.document.staging
    assert staging is not None
    job = press_ctrl_r(qtbot, window)
    assert job.status is JobStatus.DONE, job.message
    assert job.output is not None
    assert job.output.is_file()
    panel = window.jobs_panel
    assert panel.open_button.isEnabled()
    assert panel.reveal_button.isEnabled()

    monkeypatch.setattr(dialogs, "ask_unsaved", QtDialogs().ask_unsaved)  # the real question
    seen: list[str] = []
    answer_question(qtbot, "Discard", seen)
    assert window.close()
    assert seen == ["Save the changes to “Untitled” before closing?"]
    assert not staging.exists()
    assert not job.output.exists()

    again = workspace.show(ProjectDocument(blank_project("Untitled"), None))
    activate(qtbot, again)
    panel = again.jobs_panel
    row = panel.tree.topLevelItem(0)
    assert row is not None
    assert str(row.data(0, 256)) == job.id
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(row).center())  # fmt: skip
    assert panel.tree.currentItem() is row
    assert row.text(2) == "done"
    assert row.text(6) == "Discarded with the unsaved project: its video was deleted."
    assert row.foreground(0).color() != panel.palette().color(panel.palette().ColorRole.Text)
    assert row.toolTip(2) == discarded_message()  # the State column, seen in a narrow dock
    for button in (panel.open_button, panel.reveal_button):
        assert not button.isEnabled()
        assert button.toolTip() == discarded_message()
    with qtbot.assertNotEmitted(panel.play_requested):
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                          pos=panel.tree.visualItemRect(row).center())  # fmt: skip
    assert again.picture_tabs.currentWidget() is again.preview  # nothing plays

    listing = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "jobs", "--all"],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    lines = [line for line in listing.stdout.splitlines() if line.startswith(job.id)]
    assert len(lines) == 1, (listing.stdout, listing.stderr)
    line = lines[0]
    assert "done" in line
    assert line.endswith("Discarded with the unsaved project: its video was deleted.")


def test_a_paid_jobs_folder_is_kept_when_an_unsaved_project_is_discarded(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs
) -> None:
    window = new_window(qtbot, workspace)
    staging = window.document.staging
    assert staging is not None
    local = press_ctrl_r(qtbot, window)
    jobs = window.services.jobs
    assert local.output is not None
    video = staging / "renders" / "kling.mp4"  # as if a paid render had landed here
    video.write_bytes(local.output.read_bytes())
    paid = jobs.add(
        replace(
            local, id="job-paid", provider="kling", output=video, remote_id="task-1",
            cost_units=4.0, cost_usd=0.56,
        )
    )  # fmt: skip
    assert window.close()
    assert video.is_file()  # the paid video was not deleted, nor the previs beside it
    assert local.output.is_file()
    assert not jobs.get(paid.id).discarded
    assert not jobs.get(local.id).discarded


def test_declining_to_restore_after_a_crash_discards_the_staged_renders(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs
) -> None:
    window = new_window(qtbot, workspace)
    staging = window.document.staging
    assert staging is not None
    job = press_ctrl_r(qtbot, window)
    workspace.decline(crash(window))  # "Restore unsaved work?" answered No at the next start
    assert window.services.recovery.pending() == []
    assert not staging.exists()  # nothing left behind in the user data folder
    assert window.services.jobs.get(job.id).discarded
    panel = window.jobs_panel
    row = panel.tree.topLevelItem(0)
    assert row is not None
    panel.tree.setCurrentItem(row)
    assert row.text(6) == discarded_message()
    assert not panel.open_button.isEnabled()
