"""Every control of the shot inspector, changed through its widget as a director does it
(clicks on combo items and buttons, keys into fields and spin boxes, files dropped), then
the model, the guidances payload and the saved file are checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.domain.models import Project, Shot
from storyboard_app.domain.vocabulary import (
    Angle,
    Direction,
    ImageRole,
    MoveKind,
    ShotSize,
    Speed,
)
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE, write_image
from tests.ui.hands import activate, choose, drop_files, type_with_input_method

SECOND = 1  # the detective's second shot: MS, dolly in, one dialogue line


def saved(window: MainWindow) -> Project:
    """Save through the window's File ▸ Save and read the file back."""
    assert window.save()
    assert window.document.folder is not None
    return load_project(window.document.folder)


def payload(window: MainWindow) -> GuidancesPayload:
    return compile_guidances(window.document.project, window.editor.board_index)


def second_shot(window: MainWindow) -> Shot:
    return window.editor.board.shots[SECOND]


def open_second(open_copy: Callable[[Path], MainWindow]) -> MainWindow:
    window = open_copy(DETECTIVE)
    window.editor.select_shot(window.editor.board.shots[SECOND].id)
    return window


def type_into_spin(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Select what the box shows, type ``text`` and press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def type_replacing(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select all the field holds and type ``text`` over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_camera_move_is_set_through_its_card(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    card = window.shot_inspector.moves.cards[0]
    choose(card.kind, "crane")
    way = card.direction
    assert [way.itemText(i) for i in range(way.count())] == ["up", "down"]
    choose(way, "down")
    choose(card.speed, "fast")
    type_into_spin(qtbot, card.start, "1")
    type_into_spin(qtbot, card.end, "2.5")
    move = second_shot(window).moves[0]
    assert (move.kind, move.direction, move.speed) == (MoveKind.CRANE, Direction.DOWN, Speed.FAST)
    assert (move.start, move.end) == (1.0, 2.5)
    guidance = payload(window).guidances[SECOND]
    assert guidance.camera_moves[0].kind is MoveKind.CRANE
    assert "fast crane down (1-2.5 s)" in guidance.prompt
    assert "fast crane down (1-2.5 s)" in window.shot_inspector.prompt.toPlainText()
    move = saved(window).storyboards[0].shots[SECOND].moves[0]
    assert (move.kind, move.direction, move.speed, move.end) == ("crane", "down", "fast", 2.5)


def test_every_move_kind_offers_its_own_directions(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    card = window.shot_inspector.moves.cards[0]
    for kind in MoveKind:
        choose(card.kind, kind.value)
        offered = [card.direction.itemText(i) for i in range(card.direction.count())]
        assert offered == [d.value for d in kind.directions]
        assert second_shot(window).moves[0].kind is kind
        assert second_shot(window).moves[0].direction in kind.directions


def test_moves_are_added_reordered_and_removed_with_their_buttons(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    moves = window.shot_inspector.moves
    qtbot.mouseClick(moves.add, Qt.MouseButton.LeftButton)
    assert len(moves.cards) == 2
    choose(moves.cards[1].kind, "pan")
    choose(moves.cards[1].direction, "right")
    qtbot.mouseClick(moves.cards[1].up, Qt.MouseButton.LeftButton)
    kinds = [m.kind for m in second_shot(window).moves]
    assert kinds == [MoveKind.PAN, MoveKind.DOLLY]
    assert "medium pan right" in payload(window).guidances[SECOND].prompt.split("then")[0]
    qtbot.mouseClick(moves.cards[1].remove, Qt.MouseButton.LeftButton)
    assert [m.kind for m in second_shot(window).moves] == [MoveKind.PAN]
    assert len(moves.cards) == 1
    assert [m.kind for m in saved(window).storyboards[0].shots[SECOND].moves] == ["pan"]


def test_size_and_angle_are_picked_from_their_lists(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    inspector = window.shot_inspector
    choose(inspector.shot_size, "CU – close-up")
    choose(inspector.angle, "dutch angle")
    shot = second_shot(window)
    assert (shot.size, shot.angle) == (ShotSize.CU, Angle.DUTCH)
    guidance = payload(window).guidances[SECOND]
    assert (guidance.shot_size, guidance.angle) == (ShotSize.CU, Angle.DUTCH)
    assert guidance.prompt.startswith("Close-up, dutch angle.")
    again = saved(window).storyboards[0].shots[SECOND]
    assert (again.size, again.angle) == ("CU", "dutch")


def test_a_typed_duration_snaps_to_whole_seconds_and_says_why(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    inspector = window.shot_inspector
    type_into_spin(qtbot, inspector.duration, "2.5")
    assert second_shot(window).duration == 2
    assert inspector.duration.value() == 2
    assert inspector.duration_note.isVisible()
    assert inspector.duration_note.text() == "2.5 s became 2 s: kling-v3 renders whole seconds."
    type_into_spin(qtbot, inspector.duration, "12")  # 3 + 12 + 4 would pass 15 s
    assert second_shot(window).duration == 8
    assert "may last 15 s in all" in inspector.duration_note.text()
    type_into_spin(qtbot, inspector.duration, "6")
    assert inspector.duration_note.isHidden()
    assert payload(window).guidances[SECOND].duration == 6
    assert saved(window).storyboards[0].shots[SECOND].duration == 6


def test_the_texts_of_a_shot_are_typed_whole(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    inspector = window.shot_inspector
    subject = "Ray Malone, soaked to the bone, under a flickering magenta sign"
    action = "He cups a match against the rain; it dies twice before it takes"
    type_replacing(qtbot, inspector.subject, subject)
    type_replacing(qtbot, inspector.action, action)
    type_replacing(qtbot, inspector.characters, "Ray Malone, Vera")
    type_replacing(qtbot, inspector.sound, "rain on tin, a far-off train")
    type_replacing(qtbot, inspector.notes, "Let the match fail twice.")
    shot = second_shot(window)
    assert (shot.subject, shot.action, shot.notes) == (subject, action, "Let the match fail twice.")
    assert shot.characters == ("Ray Malone", "Vera")
    assert shot.sound == ("rain on tin", "a far-off train")
    guidance = payload(window).guidances[SECOND]
    assert subject + "." in guidance.prompt
    assert action + "." in guidance.prompt
    assert "[SFX: rain on tin, a far-off train]" in guidance.prompt
    assert guidance.notes == "Let the match fail twice."
    again = saved(window).storyboards[0].shots[SECOND]
    assert (again.subject, again.action, again.sound) == (subject, action, shot.sound)


def test_tab_leaves_the_text_boxes(qtbot: QtBot, open_copy: Callable[[Path], MainWindow]) -> None:
    window = open_second(open_copy)
    activate(qtbot, window)
    inspector = window.shot_inspector
    for box in (inspector.subject, inspector.action, inspector.notes):
        box.setFocus()
        assert box.hasFocus()
        before = box.toPlainText()
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert box.toPlainText() == before
        assert "\t" not in box.toPlainText()
        assert not box.hasFocus()


def test_a_dialogue_line_is_written_through_its_card(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    dialogue = window.shot_inspector.dialogue
    qtbot.mouseClick(dialogue.add, Qt.MouseButton.LeftButton)
    card = dialogue.cards[1]
    assert card.language.currentText() == "English"
    type_with_input_method(card.text, "雨从来不会把这座城市洗干净。")
    # A new line takes the language its first words are written in.
    assert card.language.currentText() == "Chinese"
    assert second_shot(window).dialogue[1].language == "zh"
    type_replacing(qtbot, card.delivery, "whispered, bitter")
    line = second_shot(window).dialogue[1]
    assert (line.character, line.language) == ("Ray Malone", "zh")
    assert line.line == "雨从来不会把这座城市洗干净。"
    assert line.delivery == "whispered, bitter"
    tag = '[Ray Malone, whispered, bitter, in Chinese]: "雨从来不会把这座城市洗干净。"'
    assert tag in payload(window).guidances[SECOND].prompt
    qtbot.mouseClick(dialogue.cards[0].remove, Qt.MouseButton.LeftButton)
    assert [x.language for x in second_shot(window).dialogue] == ["zh"]
    again = saved(window).storyboards[0].shots[SECOND].dialogue
    assert [(x.line, x.language) for x in again] == [("雨从来不会把这座城市洗干净。", "zh")]


def test_a_language_chosen_for_a_new_line_is_kept_when_its_words_are_typed(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    dialogue = window.shot_inspector.dialogue
    qtbot.mouseClick(dialogue.add, Qt.MouseButton.LeftButton)
    card = dialogue.cards[-1]
    choose(card.language, "Japanese")
    type_with_input_method(card.text, "雨")  # a Han character alone: the choice stays
    assert second_shot(window).dialogue[-1].language == "ja"
    qtbot.mouseClick(dialogue.add, Qt.MouseButton.LeftButton)
    type_with_input_method(dialogue.cards[-1].text, "Keep walking.")
    assert second_shot(window).dialogue[-1].language == "en"


def test_a_dropped_picture_takes_the_role_picked_for_new_pictures(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_second(open_copy)
    tray = window.shot_inspector.references
    choose(tray.new_role, "a place")
    diner = write_image(tmp_path / "desktop" / "diner.jpg", (800, 600), "JPEG")
    cup = write_image(tmp_path / "desktop" / "cup.png", (600, 600))
    drop_files(tray, [diner])
    qtbot.waitUntil(lambda: len(second_shot(window).references) == 1)
    choose(tray.new_role, "a product or prop")
    drop_files(tray, [cup])
    qtbot.waitUntil(lambda: len(second_shot(window).references) == 2)
    roles = [r.role for r in second_shot(window).references]
    assert roles == [ImageRole.LOCATION, ImageRole.PRODUCT]
    assert [r.role for r in payload(window).guidances[SECOND].references] == roles
    assert window.services.background.wait(10_000)
    QApplication.processEvents()  # the thumbnails arrive
    choose(tray.role_choices[1], "style")
    assert second_shot(window).references[1].role is ImageRole.STYLE
    again = saved(window).storyboards[0].shots[SECOND].references
    assert [r.role for r in again] == ["location", "style"]
    folder = window.document.folder
    assert folder is not None
    assert (folder / again[0].image).read_bytes() == diner.read_bytes()


def test_frames_are_dropped_swapped_and_cleared(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_second(open_copy)
    inspector = window.shot_inspector
    assert not inspector.first_frame.clear_button.isEnabled()  # nothing to clear yet
    start = write_image(tmp_path / "start.png", (1280, 720))
    drop_files(inspector.first_frame, [start])
    qtbot.waitUntil(lambda: second_shot(window).first_frame is not None)
    assert inspector.first_frame.clear_button.isEnabled()
    assert payload(window).guidances[SECOND].first_frame == second_shot(window).first_frame
    swap = next(
        b for b in inspector.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "⇄"
    )
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    shot = second_shot(window)
    assert shot.first_frame is None
    assert shot.last_frame is not None
    assert saved(window).storyboards[0].shots[SECOND].last_frame == shot.last_frame
    clear = next(
        b
        for b in inspector.last_frame.findChildren(QWidget)
        if getattr(b, "text", lambda: "")() == "Clear"
    )
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert second_shot(window).last_frame is None
    assert saved(window).storyboards[0].shots[SECOND].last_frame is None
    assert not inspector.last_frame.clear_button.isEnabled()


def test_undo_and_redo_keys_work_from_any_field(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    activate(qtbot, window)
    duration = window.shot_inspector.duration
    type_into_spin(qtbot, duration, "4")
    assert second_shot(window).duration == 4
    assert duration.hasFocus()
    qtbot.keyClick(duration, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert second_shot(window).duration == 5
    qtbot.keyClick(duration, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert second_shot(window).duration == 4
    subject = window.shot_inspector.subject
    subject.setFocus()
    qtbot.keyClick(subject, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(subject, "!")
    assert second_shot(window).subject.endswith("!")
    qtbot.keyClick(subject, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not second_shot(window).subject.endswith("!")
    qtbot.keyClick(
        subject,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert second_shot(window).subject.endswith("!")


def test_a_shot_is_deleted_from_the_keyboard_outside_the_timeline(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_second(open_copy)
    activate(qtbot, window)
    ids = [s.id for s in window.editor.board.shots]
    window.shot_inspector.shot_size.setFocus()
    assert window.shot_inspector.shot_size.hasFocus()
    qtbot.keyClick(
        window.shot_inspector.shot_size,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [s.id for s in window.editor.board.shots] == [ids[0], ids[2]]
    assert window.delete_shot_action.shortcut().toString() == "Ctrl+Shift+Del"


def test_pictures_dropped_one_after_another_land_in_that_order(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_second(open_copy)
    tray = window.shot_inspector.references
    choose(tray.new_role, "a place")
    huge = write_image(tmp_path / "desktop" / "huge.png", (6000, 4000))  # slow to import
    small = write_image(tmp_path / "desktop" / "small.png", (400, 300))
    drop_files(tray, [huge])
    drop_files(tray, [small])  # dropped second, imported first
    qtbot.waitUntil(lambda: len(second_shot(window).references) == 2, timeout=30_000)
    folder = window.document.asset_root
    assert folder is not None
    kept = [(folder / ref.image).read_bytes() for ref in second_shot(window).references]
    assert kept == [huge.read_bytes(), small.read_bytes()]
