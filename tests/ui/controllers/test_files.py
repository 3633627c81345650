"""File ▸ Save, Save As, autosave, closing and screenplay import, on their own controller."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.controllers.files import FilesController
from storyboard_app.ui.dialog_folders import documents_folder
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.services import Services
from storyboard_app.ui.workspace import blank_project
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened, RecordingWorkspace


def test_save_as_writes_the_project_forgets_the_recovery_and_names_the_folder(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
    workspace_calls: RecordingWorkspace,
    tmp_path: Path,
) -> None:
    opened = open_document(DETECTIVE)
    document = opened.document
    files = FilesController(host, document, services, workspace_calls)
    files.show_title()
    title = "Night City Detective — Night City Detective.storyboard[*] — Storyboard"
    assert host.windowTitle() == title
    document.edit("Rename", document.project.evolve(title="Rain"))
    files.autosave_timer.setInterval(20)
    recovery = services.recovery.folder / f"{files.recovery_key()}.json"
    qtbot.waitUntil(recovery.exists)  # the timer wrote the unsaved change
    assert json.loads(recovery.read_text(encoding="utf-8"))["project"]["title"] == "Rain"

    target = tmp_path / "Rain.storyboard"
    dialogs.new_paths = [target]
    assert files.save_as()
    assert dialogs.asked[-1] == f"new:{opened.folder.parent / 'Rain.storyboard'}"  # beside it
    assert load_project(target).title == "Rain"
    assert (target / "assets").is_dir()  # the pictures came along
    assert not recovery.exists()
    assert files.recent() == [str(target), str(opened.folder)]
    assert host.windowTitle() == "Rain — Rain.storyboard[*] — Storyboard"
    assert host.statusBar().currentMessage() == f"Saved {target}"

    taken = tmp_path / "taken.storyboard"
    taken.mkdir()
    (taken / "x").write_text("x")
    dialogs.new_paths = [taken]
    assert not files.save_as()
    assert "already exists and is not empty" in dialogs.errors[-1]


def test_an_example_is_saved_elsewhere_and_closing_asks_about_unsaved_work(
    host: QMainWindow,
    services: Services,
    dialogs: ScriptedDialogs,
    workspace_calls: RecordingWorkspace,
    tmp_path: Path,
) -> None:
    document = ProjectDocument(load_project(DETECTIVE), DETECTIVE, host)  # the bundled example
    files = FilesController(host, document, services, workspace_calls)
    files.show_title()
    assert files.is_template()
    assert "(example: Save makes your own copy)" in host.windowTitle()
    assert not files.save()  # asks where (and is cancelled here): never over the example
    assert dialogs.asked == [f"new:{documents_folder() / 'Night City Detective.storyboard'}"]

    document.edit("Rename", document.project.evolve(title="Mine"))
    dialogs.unsaved_answers = [Discard.CANCEL, Discard.SAVE, Discard.DISCARD]
    assert not files.may_close()
    assert not files.may_close()  # Save, then the folder question is cancelled
    assert files.may_close()
    files.close()
    assert not files.autosave_timer.isActive()


def test_new_open_and_import_go_to_the_workspace(
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
    workspace_calls: RecordingWorkspace,
    tmp_path: Path,
) -> None:
    files = FilesController(host, open_document(DETECTIVE).document, services, workspace_calls)
    dialogs.new_paths = [tmp_path / "blank.storyboard"]
    files.new_project()
    dialogs.open_paths = [DETECTIVE]
    files.open_project()
    script = tmp_path / "short.fountain"
    script.write_text("INT. DINER - NIGHT\r\n\r\nRain on the glass.\r\n", encoding="utf-8")
    dialogs.script_paths = [script]
    dialogs.scene_choices = [{0}]
    dialogs.new_paths = [tmp_path / "diner.storyboard"]
    assert files.import_screenplay()
    assert workspace_calls.created == [(tmp_path / "blank.storyboard", None)]
    assert workspace_calls.opened == [DETECTIVE, tmp_path / "diner.storyboard"]
    assert load_project(tmp_path / "diner.storyboard").storyboards


def test_save_as_starts_beside_the_project_or_where_the_last_one_went(
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
    workspace_calls: RecordingWorkspace,
    tmp_path: Path,
) -> None:
    """Never inside the open project (it would be saved inside another); an unsaved project
    starts in the folder a project was last saved to, then Documents or the home folder."""
    untitled = ProjectDocument(blank_project("Untitled"), None, host)
    files = FilesController(host, untitled, services, workspace_calls)
    assert not files.save_as()
    assert dialogs.asked[-1] == f"new:{documents_folder() / 'Untitled.storyboard'}"

    opened = open_document(DETECTIVE)
    elsewhere = tmp_path / "films" / "中文 片"
    elsewhere.mkdir(parents=True)
    dialogs.new_paths = [elsewhere / "Rain.storyboard"]
    assert FilesController(host, opened.document, services, workspace_calls).save_as()
    assert dialogs.asked[-1] == f"new:{opened.folder.parent / 'Night City Detective.storyboard'}"

    files = FilesController(host, untitled, services, workspace_calls)
    assert not files.save_as()
    assert dialogs.asked[-1] == f"new:{elsewhere / 'Untitled.storyboard'}"
    files.new_project()  # File ▸ New starts there too
    assert dialogs.asked[-1] == f"new:{elsewhere / 'Untitled.storyboard'}"
