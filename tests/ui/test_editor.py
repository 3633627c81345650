"""The editor, driven as a director drives it: clicks, drags, drops, typing, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain import edits
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import COFFEE, DETECTIVE, write_image
from tests.ui.conftest import ScriptedDialogs
from tests.ui.hands import drop_files


def test_dropping_an_image_file_adds_a_reference_and_copies_it(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_copy(DETECTIVE)
    editor = window.editor
    editor.select_shot(editor.board.shots[1].id)
    photo = write_image(tmp_path / "desktop" / "ray.jpg", (800, 1000), "JPEG")
    drop_files(window.shot_inspector.references, [photo])
    qtbot.waitUntil(lambda: editor.shot is not None and len(editor.shot.references) == 1)
    assert editor.shot is not None
    asset = editor.shot.references[0].image
    assert asset.startswith("assets/")
    assert asset.endswith(".jpg")
    assert (window.document.folder / asset).read_bytes() == photo.read_bytes()  # type: ignore[operator]
    assert window.undo_action.text() == "&Undo Change reference images"
    window.undo_action.trigger()
    assert editor.shot.references == ()


def test_a_broken_or_unsupported_drop_is_refused_with_the_rule(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    window = open_copy(DETECTIVE)
    gif = write_image(tmp_path / "anim.gif", (400, 400), "GIF")
    tiny = write_image(tmp_path / "tiny.png", (120, 120))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not a jpeg")
    before = window.document.project
    drop_files(window.shot_inspector.references, [gif, tiny, broken])
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    message = dialogs.errors[0]
    assert "anim.gif is a GIF image; kling-v3 takes JPEG or PNG" in message
    assert "tiny.png is 120×120 px; kling-v3 needs at least 300 px on each side" in message
    assert "broken.jpg cannot be read as an image" in message
    assert window.document.project == before
    assert sorted(p.name for p in (window.document.folder / "assets").iterdir()) == sorted(  # type: ignore[operator]
        p.name for p in (DETECTIVE / "assets").iterdir()
    )


def test_dragging_a_block_reorders_and_undo_restores(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.resize(1400, 900)
    timeline = window.timeline
    ids = [s.id for s in window.editor.board.shots]
    first = timeline.block_rect(0).center().toPoint()
    after_last = timeline.block_rect(2).topRight().toPoint() + QPoint(-2, 20)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(timeline, first + QPoint(30, 0))
    qtbot.mouseMove(timeline, after_last)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=after_last)
    assert [s.id for s in window.editor.board.shots] == [ids[1], ids[2], ids[0]]
    assert window.editor.shot_id == ids[0]
    window.undo_action.trigger()
    assert [s.id for s in window.editor.board.shots] == ids


def test_dragging_the_right_edge_snaps_and_stops_at_the_limit(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.resize(1400, 900)
    timeline = window.timeline
    pps = timeline.pixels_per_second()
    rect = timeline.block_rect(1)
    handle = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    steps = window.document.undo_stack.count()
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=handle)
    target = handle + QPoint(int(1.4 * pps), 0)  # +1.4 s → snaps to +1 s
    qtbot.mouseMove(timeline, handle + QPoint(10, 0))
    qtbot.mouseMove(timeline, target)
    assert window.editor.board.shots[1].duration == 6
    qtbot.mouseMove(timeline, handle + QPoint(int(20 * pps), 0))  # far past 15 s in all
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=handle + QPoint(int(20 * pps), 0))
    board = window.editor.board
    assert board.shots[1].duration == 8  # 3 + 8 + 4 = 15 s, the kling-v3 maximum
    assert board.total_duration == 15
    assert window.document.undo_stack.count() == steps + 1  # the whole drag is one step
    window.undo_action.trigger()
    assert window.editor.board.shots[1].duration == 5


def test_typing_updates_the_payload_and_is_one_undo_step(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    subject = window.shot_inspector.subject
    subject.setFocus()
    qtbot.keyClick(subject, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(subject, "A cat on a wet roof")
    assert window.document.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Edit subject"
    assert "A cat on a wet roof." in window.guidances_view.toPlainText()
    assert "A cat on a wet roof." in window.kling_view.toPlainText()
    assert "A cat on a wet roof." in window.shot_inspector.prompt.toPlainText()
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.editor.shot is not None
    assert window.editor.shot.subject == load_project(DETECTIVE).storyboards[0].shots[0].subject


def test_the_seventh_shot_is_refused_with_the_reason(
    open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs
) -> None:
    window = open_copy(COFFEE)
    editor = window.editor
    editor.add_shot()
    assert len(editor.board.shots) == 6
    editor.add_shot()
    assert len(editor.board.shots) == 6
    assert "already has 6 shots, the most kling-v3 renders in one request" in dialogs.errors[-1]
    assert "Add a new storyboard" in dialogs.errors[-1]


def test_keyboard_on_the_timeline(qtbot: QtBot, open_copy: Callable[[Path], MainWindow]) -> None:
    window = open_copy(DETECTIVE)
    ids = [s.id for s in window.editor.board.shots]
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert window.editor.shot_id == ids[1]
    window.duplicate_action.trigger()
    board = window.editor.board
    assert len(board.shots) == 4
    assert board.shots[2].subject == board.shots[1].subject
    assert window.editor.shot_id == board.shots[2].id
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert [s.id for s in window.editor.board.shots] == ids
    assert window.duplicate_action.shortcut().toString() == "Ctrl+D"


def test_double_clicking_a_problem_selects_the_shot_and_focuses_the_field(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    third = editor.board.shots[2].id
    editor.attempt("Break it", lambda: edits.update_shot(editor.project, 0, third, duration=0.5))
    item = next(
        window.problem_list.topLevelItem(i)
        for i in range(window.problem_list.topLevelItemCount())
        if window.problem_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        == "storyboards[0].shots[2].duration"
    )
    editor.select_shot(editor.board.shots[0].id)
    window.problem_list.itemDoubleClicked.emit(item, 0)
    assert editor.shot_id == third
    assert window.focusWidget() is window.shot_inspector.duration


def test_storyboards_add_duplicate_delete_and_settings(
    open_copy: Callable[[Path], MainWindow],
) -> None:
    window = open_copy(COFFEE)
    window.add_storyboard()  # after the selected one, the first
    names = [b.name for b in window.document.project.storyboards]
    assert names == ["Morning ritual", "Storyboard 3", "Brand moment"]
    assert window.editor.board_index == 1
    window.duplicate_storyboard()
    assert window.document.project.storyboards[2].name == "Storyboard 3 copy"
    window.delete_storyboard()
    window.delete_storyboard()
    assert len(window.document.project.storyboards) == 2
    settings = window.board_settings
    settings.audio.setChecked(False)
    assert window.editor.board.audio is False
    assert "silent" in settings.cost.text()
    assert "18 units" not in window.cost_label.text()


def test_dialogue_with_a_new_character_adds_them_in_one_step(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    dialogue = window.shot_inspector.dialogue
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(dialogue.add, Qt.MouseButton.LeftButton)
    card = dialogue.cards[0]
    qtbot.keyClicks(card.text, "Got a light?")
    name_field = card.who.lineEdit()
    assert name_field is not None
    name_field.setFocus()
    name_field.selectAll()
    qtbot.keyClicks(name_field, "Vera")
    assert window.document.project.character("Ver") is None
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
    assert [c.name for c in window.document.project.characters] == ["Ray Malone", "Vera"]
    payload = compile_guidances(window.document.project, 0)
    assert "Vera" in payload.guidances[0].characters
    assert '[Vera]: "Got a light?"' in payload.guidances[0].prompt
    assert window.document.undo_stack.count() == steps + 2  # "add line", then the typing
    window.document.undo_stack.undo()
    assert window.document.project.character("Vera") is None
    assert len(window.document.project.storyboards[0].shots[0].dialogue) == 1


def test_closing_with_unsaved_changes_asks(
    open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs
) -> None:
    from storyboard_app.ui.dialogs import Discard

    window = open_copy(DETECTIVE)
    window.editor.edit_shot("Edit notes", "notes", notes="changed")
    dialogs.unsaved_answers = [Discard.CANCEL]
    assert window.close() is False
    assert dialogs.asked[-1] == "unsaved:Night City Detective"
    dialogs.unsaved_answers = [Discard.SAVE]
    assert window.close() is True
    assert load_project(window.document.folder).storyboards[0].shots[0].notes == "changed"  # type: ignore[arg-type]


def test_an_example_is_never_saved_over(
    workspace: object, services: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from storyboard_app.ui.workspace import AppWorkspace

    assert isinstance(workspace, AppWorkspace)
    assert workspace.open_folder(DETECTIVE)
    window = workspace.windows[-1]
    assert "(example: Save makes your own copy)" in window.windowTitle()
    window.editor.edit_shot("Edit notes", "notes", notes="mine")
    mine = tmp_path / "Mine.storyboard"
    dialogs.new_paths = [mine]
    before = (DETECTIVE / "project.json").read_bytes()
    assert window.save()
    assert (DETECTIVE / "project.json").read_bytes() == before
    assert load_project(mine).storyboards[0].shots[0].notes == "mine"
    assert sorted(p.name for p in (mine / "assets").iterdir()) == sorted(
        p.name for p in (DETECTIVE / "assets").iterdir()
    )
    assert window.document.folder == mine


def test_layout_persists_between_runs(
    qtbot: QtBot, make_services: Callable[[], object], example_copy: Callable[[Path], Path]
) -> None:
    from storyboard_app.ui.main_window import Services
    from storyboard_app.ui.workspace import AppWorkspace

    folder = example_copy(DETECTIVE)
    first = make_services()
    assert isinstance(first, Services)
    space = AppWorkspace(first)
    space.open_folder(folder)
    window = space.windows[-1]
    qtbot.waitExposed(window)
    window.problems_dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.payload_dock)
    assert window.close()
    second = make_services()
    assert isinstance(second, Services)
    again = AppWorkspace(second)
    again.open_folder(folder)
    reopened = again.windows[-1]
    qtbot.waitExposed(reopened)
    assert reopened.problems_dock.isHidden()
    assert reopened.dockWidgetArea(reopened.payload_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    reopened.close()


def test_file_export_writes_each_format(
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    import csv as csv_module
    import zipfile

    import opentimelineio as otio
    from PySide6.QtWidgets import QMenu

    from storyboard_app.ui.controllers.menus import EXPORTS

    window = open_copy(COFFEE)
    menus = [action.menu() for action in window.menuBar().actions()]
    file_menu = menus[0]
    assert isinstance(file_menu, QMenu)
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    assert isinstance(export_menu, QMenu)
    labels = [action.text() for action in export_menu.actions()]
    assert labels[-2:] == ["Storyboard PDF (A4)…", "Storyboard PDF (Letter)…"]
    pdf = tmp_path / "board.pdf"
    dialogs.save_paths = [pdf]
    assert window.export("pdf-a4", "pdf") == pdf
    qtbot.waitUntil(lambda: window.exports_running == 0, timeout=60_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    for _label, kind, suffix in EXPORTS:
        target = tmp_path / f"out.{suffix}"
        dialogs.save_paths = [target]
        assert window.export(kind, suffix) == target
        qtbot.waitUntil(lambda: window.exports_running == 0, timeout=60_000)
        assert target.stat().st_size > 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv_module.DictReader(stream))
    assert len(rows) == 9
    timeline = otio.adapters.read_from_file(str(tmp_path / "out.otio"))
    assert [clip.name for clip in timeline.tracks[0]] == ["Morning ritual", "Brand moment"]
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert any(name.endswith("/project.json") for name in archive.namelist())


def test_an_export_that_fails_says_why_and_the_window_stays(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = open_copy(COFFEE)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialogs.save_paths = [blocker / "cut.otio"]  # a folder that cannot exist
    window.export("otio", "otio")
    qtbot.waitUntil(lambda: window.exports_running == 0, timeout=30_000)
    assert dialogs.errors[-1].startswith("cut.otio: ")
