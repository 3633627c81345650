"""A project never saved renders its previs and keeps sketched boards: both wait in the
staging folder beside the recovery file, move into the project on the first save, survive a
crash, and go when the project is closed without saving."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.storage.bundle import load_project
from storyboard_app.storage.recovery import Recovery
from storyboard_app.storage.sketches import load_sketch
from storyboard_app.storage.takes import TakeStore
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.workspace import AppWorkspace, blank_project
from tests.ui.conftest import ScriptedDialogs
from tests.ui.hands import activate
from tests.ui.test_inspector_controls import type_replacing
from tests.ui.test_player import wait_loaded
from tests.ui.test_sketch import drag, drawn, line, save_button, sketch_dialog


def new_window(qtbot: QtBot, workspace: AppWorkspace) -> MainWindow:
    """File ▸ New's untitled project, with its one shot typed."""
    window = workspace.show(ProjectDocument(blank_project("Untitled"), None))
    activate(qtbot, window)
    type_replacing(qtbot, window.shot_inspector.action, "A waiter pours coffee at the counter")
    assert window.editor.board.shots[0].action == "A waiter pours coffee at the counter"
    return window


def press_ctrl_r(qtbot: QtBot, window: MainWindow) -> Job:
    """Render ▸ Render Previs through its shortcut; the finished job."""
    assert window.menus.render_action.shortcut().toString() == "Ctrl+R"
    before = {job.id for job in window.services.jobs.jobs()}
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    (job,) = [job for job in window.services.jobs.jobs() if job.id not in before]
    jobs = window.services.jobs
    qtbot.waitUntil(lambda: jobs.get(job.id).status.finished, timeout=60_000)
    return jobs.get(job.id)


def sketch_a_stroke(qtbot: QtBot, window: MainWindow) -> None:
    """Edit ▸ Sketch Board, one diagonal stroke, Save; until the shot shows the board."""
    dialog = sketch_dialog(window, qtbot)
    frame = dialog.canvas.frame_rect().toRect()
    drag(
        dialog.canvas,
        line(frame.topLeft() + QPoint(40, 40), frame.bottomRight() - QPoint(40, 40)),
    )
    QTest.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.board.shots[0].sketch is not None, timeout=20_000)


def crash(window: MainWindow) -> Recovery:
    """The window autosaves, then the app dies; the recovery file the next start finds."""
    window.autosave()
    store = window.services.recovery
    for descriptor in store._held.values():  # the dying process lets go of its lock
        os.close(descriptor)
    store._held.clear()
    (recovery,) = store.pending()
    return recovery


def test_an_unsaved_project_renders_sketches_and_saves_it_all_into_its_folder(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = new_window(qtbot, workspace)
    staging = window.document.staging
    assert staging is not None

    job = press_ctrl_r(qtbot, window)
    assert not dialogs.errors
    assert job.status is JobStatus.DONE, job.message
    assert job.output is not None
    assert job.output.parent == staging / "renders"
    assert job.output.is_file()
    row = window.jobs_panel.tree.topLevelItem(0)
    assert row is not None
    assert row.text(2) == "done"
    assert window.picture_tabs.currentWidget() is window.player
    wait_loaded(qtbot, window.player)
    assert window.player.source == job.output
    takes = window.takes
    assert takes is not None
    assert [take.id for take in takes.takes()] == [job.id]

    sketch_a_stroke(qtbot, window)
    shot = window.editor.board.shots[0]
    assert shot.sketch is not None
    assert (staging / shot.sketch.image).is_file()
    assert window.preview.picture_path(shot) == shot.sketch.image  # the picture area shows it

    target = tmp_path / "Café 咖啡.storyboard"
    dialogs.new_paths = [target]
    save_as = next(a for a in window.menus.file.actions() if a.text() == "Save &As…")
    save_as.trigger()
    assert not dialogs.errors
    assert window.document.folder == target
    assert not staging.exists()  # nothing left behind

    video = target / "renders" / job.output.name
    assert video.read_bytes()[4:8] == b"ftyp"
    moved = window.services.jobs.get(job.id)
    assert (moved.folder, moved.output) == (target, video)  # the jobs list plays it from here
    qtbot.waitUntil(lambda: window.player.source == video)  # the player plays the copy
    wait_loaded(qtbot, window.player)
    saved_takes = TakeStore(target).takes()
    assert [(t.id, t.video) for t in saved_takes] == [(job.id, f"renders/{job.output.name}")]
    assert not list((target / "renders").glob(".*part*"))
    project = load_project(target)
    board = project.storyboards[0].shots[0].sketch
    assert board == shot.sketch
    with Image.open(target / board.image) as png:
        assert png.size == (3840, 2160)
    assert len(load_sketch(target, board).strokes) == 1

    # Reopened, the take plays and the board is editable with its stroke.
    assert window.close()
    assert workspace.open_folder(target)
    again = workspace.windows[-1]
    qtbot.waitExposed(again)
    reopened = again.takes
    assert reopened is not None
    (take,) = reopened.takes()
    assert take.id == job.id
    again.play_take(take)
    wait_loaded(qtbot, again.player)
    assert again.player.source == video
    board_dialog = sketch_dialog(again, qtbot)
    assert drawn(board_dialog.canvas) == 1
    board_dialog.reject()


def test_a_render_still_running_at_the_first_save_lands_in_the_project(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = new_window(qtbot, workspace)
    staging = window.document.staging
    assert staging is not None
    job = window.render_previs()
    assert job is not None
    target = tmp_path / "Running.storyboard"
    dialogs.new_paths = [target]
    assert window.save()  # while the render runs: the staging folder waits for it
    jobs = window.services.jobs
    qtbot.waitUntil(lambda: jobs.get(job.id).status.finished, timeout=60_000)
    done = jobs.get(job.id)
    assert done.status is JobStatus.DONE, done.message
    assert done.folder == target
    assert done.output is not None
    assert done.output.parent == target / "renders"
    assert done.output.is_file()
    qtbot.waitUntil(lambda: not staging.exists())
    takes = window.takes
    assert takes is not None
    assert [take.id for take in takes.takes()] == [job.id]
    assert window.player.source == done.output


def test_work_of_an_unsaved_project_survives_a_crash(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs
) -> None:
    window = new_window(qtbot, workspace)
    job = press_ctrl_r(qtbot, window)
    assert job.output is not None
    sketch_a_stroke(qtbot, window)
    restored = workspace.restore(crash(window))  # as the next start after a crash does
    staging = restored.document.staging
    assert staging is not None
    shot = restored.editor.board.shots[0]
    assert shot.sketch is not None
    assert len(load_sketch(staging, shot.sketch).strokes) == 1
    takes = restored.takes
    assert takes is not None
    (take,) = takes.takes()
    assert (staging / take.video).is_file()
    assert restored.services.jobs.get(job.id).output == staging / take.video


def test_closing_an_unsaved_project_without_saving_discards_its_renders_and_boards(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs
) -> None:
    window = new_window(qtbot, workspace)
    staging = window.document.staging
    assert staging is not None
    press_ctrl_r(qtbot, window)
    sketch_a_stroke(qtbot, window)
    assert (staging / "renders").is_dir()
    assert (staging / "assets").is_dir()
    dialogs.unsaved_answers = [Discard.CANCEL]
    assert window.close() is False
    assert staging.exists()  # kept while the window stays
    dialogs.unsaved_answers = [Discard.DISCARD]
    assert window.close() is True
    assert dialogs.asked[-1].startswith("unsaved:")
    assert not staging.exists()
