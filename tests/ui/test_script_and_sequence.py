"""Script to screen in the window: import, the character bible, sequences and chaining."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain import edits
from storyboard_app.domain.edits import EditRefused
from storyboard_app.jobs.board import Job
from storyboard_app.render.frames import last_frame, video_duration
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import COFFEE, DETECTIVE, write_image
from tests.ui.conftest import ScriptedDialogs

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "edge-cases.fountain"


def previs(qtbot: QtBot, window: MainWindow, board: int) -> Job:
    window.editor.select_board(board)
    job = window.render_previs()
    assert job is not None
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=60_000)
    return window.services.jobs.get(job.id)


def test_renaming_a_character_renames_every_line_in_one_step(
    open_copy: Callable[[Path], MainWindow],
) -> None:
    window = open_copy(DETECTIVE)
    panel = window.characters_panel
    window.inspector_tabs.setCurrentWidget(panel)
    assert panel.list.currentItem() is not None
    steps = window.document.undo_stack.count()
    panel.name.setText("Raymond Malone")
    panel.name.editingFinished.emit()
    project = window.document.project
    assert [c.name for c in project.characters] == ["Raymond Malone"]
    shots = project.storyboards[0].shots
    assert shots[1].dialogue[0].character == "Raymond Malone"
    assert all(shot.characters == ("Raymond Malone",) for shot in shots)
    assert (
        "Raymond Malone (weathered detective" in compile_guidances(project, 0).guidances[0].prompt
    )
    assert window.document.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Rename Ray Malone to Raymond Malone"
    window.undo_action.trigger()
    assert window.document.project.storyboards[0].shots[1].dialogue[0].character == "Ray Malone"
    with_ann = edits.ensure_character(window.document.project, "Ann")
    with pytest.raises(EditRefused, match="already a character called Ray Malone"):
        edits.rename_character(with_ann, "Ann", "ray malone")


def test_character_pictures_bind_to_every_shot_they_are_in(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_copy(DETECTIVE)
    panel = window.characters_panel
    panel.appearance.setPlainText("tall, grey stubble")
    portrait = write_image(tmp_path / "ray.png", (600, 800))
    panel.images.accept_files([portrait])
    qtbot.waitUntil(lambda: bool(window.document.project.characters[0].references))
    project = window.document.project
    assert project.characters[0].appearance == "tall, grey stubble"
    payload = compile_guidances(project, 0)
    for guidance in payload.guidances:  # Ray is in every shot: his picture goes with each
        assert [(r.role.value, r.source) for r in guidance.references] == [
            ("character", "character")
        ]
    assert "References: Ray Malone looks like <<<image_1>>>." in window.kling_view.toPlainText()


def test_import_a_screenplay_from_the_window(
    open_copy: Callable[[Path], MainWindow],
    dialogs: ScriptedDialogs,
    workspace: AppWorkspace,
    tmp_path: Path,
) -> None:
    window = open_copy(DETECTIVE)
    dialogs.script_paths = [SCRIPT]
    dialogs.scene_choices = [{1, 3}]
    dialogs.new_paths = [tmp_path / "Night Shift.storyboard"]
    assert window.import_screenplay()
    assert dialogs.asked[-2] == "scenes:3"
    opened = workspace.windows[-1]
    assert opened is not window
    assert opened.document.folder == tmp_path / "Night Shift.storyboard"
    names = [b.name for b in opened.document.project.storyboards]
    assert names == ["Scene 1 · INT. DINER – NIGHT", "Scene 2A · EXT. HARBOUR – DAWN"]
    assert load_project(tmp_path / "Night Shift.storyboard").title == "Night Shift"


def test_a_broken_screenplay_is_refused_with_its_line(
    open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = open_copy(DETECTIVE)
    bad = tmp_path / "bad.fdx"
    bad.write_text("<FinalDraft>\n<Content>\n")
    dialogs.script_paths = [bad]
    assert not window.import_screenplay()
    assert "bad.fdx: the Final Draft file is not valid XML at line 3" in dialogs.errors[-1]


def test_the_sequence_plays_active_takes_in_order_and_chains(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    window = open_copy(COFFEE)
    window.play_sequence()
    qtbot.waitUntil(lambda: not window.sequence_running, timeout=30_000)
    assert "no active take yet for: Morning ritual, Brand moment" in dialogs.errors[-1]

    first = previs(qtbot, window, 0)
    previs(qtbot, window, 1)
    window.play_sequence()
    qtbot.waitUntil(lambda: not window.sequence_running, timeout=60_000)
    folder = window.document.folder
    assert folder is not None
    sequence = folder / "renders" / "sequence.mp4"
    assert abs(video_duration(sequence) - 30.0) < 0.05
    assert window.player.source == sequence
    assert window.player.scrub.markers() == [0.0, 15.0]

    exported = tmp_path / "whole.mp4"
    dialogs.save_paths = [exported]
    window.export("sequence", "mp4")
    qtbot.waitUntil(lambda: window.exports_running == 0, timeout=60_000)
    assert abs(video_duration(exported) - 30.0) < 0.05

    window.editor.select_board(0)
    window.chain_to_next()
    qtbot.waitUntil(
        lambda: window.document.project.storyboards[1].shots[0].first_frame is not None,
        timeout=20_000,
    )
    chained = window.document.project.storyboards[1].shots[0].first_frame
    assert chained is not None
    assert first.output is not None
    with Image.open(folder / chained) as picture:
        expected = last_frame(first.output)
        assert picture.size == expected.size
    assert window.undo_action.text() == "&Undo Chain to next storyboard"
