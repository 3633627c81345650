"""The Storyboard tab, the character bible and the project title, each control changed
through its widget; then the model, the payload and the saved file are checked. Also:
pictures dropped on a project that was never saved."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.domain.vocabulary import AspectRatio, ImageRole, Mode
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.workspace import AppWorkspace, blank_project
from tests.conftest import COFFEE, DETECTIVE, write_image
from tests.ui.conftest import ScriptedDialogs
from tests.ui.hands import activate, choose, drop_files
from tests.ui.test_inspector_controls import saved, type_into_spin, type_replacing


def test_every_storyboard_setting_through_its_widget(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.inspector_tabs.setCurrentIndex(1)
    settings = window.board_settings
    type_replacing(qtbot, settings.name, "Alley at night")
    choose(settings.model, "Kling 3.0 Omni (kling-v3-omni)")
    choose(settings.mode, "pro – 1080p")
    choose(settings.aspect, "9:16")
    qtbot.mouseClick(settings.audio, Qt.MouseButton.LeftButton)
    type_replacing(qtbot, settings.style_line, "black and white, high contrast")
    type_replacing(qtbot, settings.lighting, "a single bare bulb")
    type_replacing(qtbot, settings.negative, "colour, text")
    type_into_spin(qtbot, settings.seed, "42")
    board = window.editor.board
    assert board.name == "Alley at night"
    assert (board.model, board.mode, board.aspect_ratio) == (
        "kling-v3-omni",
        Mode.PRO,
        AspectRatio.VERTICAL,
    )
    assert board.audio is False
    assert (board.style, board.lighting) == ("black and white, high contrast", "a single bare bulb")
    assert (board.negative_prompt, board.seed) == ("colour, text", 42)
    payload = compile_guidances(window.document.project, 0)
    assert (payload.model, payload.mode, payload.aspect_ratio) == (
        "kling-v3-omni",
        Mode.PRO,
        AspectRatio.VERTICAL,
    )
    assert payload.audio is False
    assert "Style: black and white, high contrast." in payload.guidances[0].prompt
    request = compile_kling(payload).display()
    assert "silent" in settings.cost.text() or "audio" not in settings.cost.text()
    assert request is not None
    again = saved(window).storyboards[0]
    assert (again.name, again.model, again.mode, again.aspect_ratio) == (
        "Alley at night",
        "kling-v3-omni",
        "pro",
        "9:16",
    )
    assert (again.audio, again.seed, again.negative_prompt) == (False, 42, "colour, text")


def test_every_mode_and_aspect_ratio_can_be_picked(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    settings = window.board_settings
    window.inspector_tabs.setCurrentIndex(1)
    for index in range(settings.mode.count()):
        choose(settings.mode, settings.mode.itemText(index))
        assert window.editor.board.mode is list(Mode)[index]
    for ratio in AspectRatio:
        choose(settings.aspect, str(ratio))
        assert window.editor.board.aspect_ratio is ratio


def test_the_project_title_is_typed_and_printed(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    title = window.project_title.title
    type_replacing(qtbot, title, "Diner Scene")
    assert window.document.project.title == "Diner Scene"
    assert window.windowTitle().startswith("Diner Scene — ")
    assert compile_guidances(window.document.project, 0).project == "Diner Scene"
    assert saved(window).title == "Diner Scene"


def test_save_as_names_an_untitled_project_after_its_folder(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = workspace.show(ProjectDocument(blank_project("Untitled"), None))
    target = tmp_path / "Diner Scene.storyboard"
    dialogs.new_paths = [target]
    assert window.save()
    assert Path(dialogs.asked[-1].removeprefix("new:")).name == "Untitled.storyboard"
    assert load_project(target).title == "Diner Scene"
    assert window.project_title.title.text() == "Diner Scene"


def test_pictures_dropped_before_the_first_save_are_kept_and_copied_on_save(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = workspace.show(ProjectDocument(blank_project("Untitled"), None))
    staging = window.document.staging
    assert staging is not None
    assert staging.parent == window.services.recovery.folder  # beside the recovery file
    photo = write_image(tmp_path / "desktop" / "booth.jpg", (900, 600), "JPEG")
    drop_files(window.shot_inspector.references, [photo])
    qtbot.waitUntil(lambda: bool(window.editor.shot and window.editor.shot.references))
    assert not dialogs.errors
    assert window.editor.shot is not None
    asset = window.editor.shot.references[0].image
    assert (staging / asset).read_bytes() == photo.read_bytes()
    places = [
        str(window.problem_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))  # type: ignore[union-attr]
        for i in range(window.problem_list.topLevelItemCount())
    ]
    assert not [p for p in places if "references" in p]  # the staged picture is found
    target = tmp_path / "Booth.storyboard"
    dialogs.new_paths = [target]
    assert window.save()
    assert (target / asset).read_bytes() == photo.read_bytes()
    assert load_project(target).storyboards[0].shots[0].references[0].image == asset
    assert not staging.exists()


def test_character_bible_fields_through_their_widgets(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_copy(COFFEE)
    activate(qtbot, window)
    window.inspector_tabs.setCurrentIndex(2)
    panel = window.characters_panel
    assert panel.list.currentItem().text() == "Maya"
    type_replacing(qtbot, panel.appearance, "woman in her thirties, silver hoop earrings")
    type_replacing(qtbot, panel.wardrobe, "green raincoat")
    type_replacing(qtbot, panel.voice, "low and warm")
    picture = write_image(tmp_path / "maya.png", (600, 800))
    drop_files(panel.images, [picture])
    qtbot.waitUntil(lambda: bool(window.document.project.character("Maya").references))  # type: ignore[union-attr]
    maya = window.document.project.character("Maya")
    assert maya is not None
    assert maya.wardrobe == "green raincoat"
    assert maya.voice == "low and warm"
    payload = compile_guidances(window.document.project, 0)
    shot = payload.guidances[3]
    assert "Maya (woman in her thirties, silver hoop earrings; wearing green raincoat)" in (
        shot.prompt
    )
    assert any(r.source == "character" and r.label == "Maya" for r in shot.references)
    again = saved(window).character("Maya")
    assert again is not None
    assert (again.wardrobe, again.voice, len(again.references)) == (
        "green raincoat",
        "low and warm",
        1,
    )


def test_adding_and_renaming_a_character_updates_the_shots_that_name_them(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(COFFEE)
    activate(qtbot, window)
    window.inspector_tabs.setCurrentIndex(2)
    panel = window.characters_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in window.document.project.characters][-1] == "Character 3"
    panel.list.setCurrentRow(0)
    type_replacing(qtbot, panel.name, "Maya Lin")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    project = window.document.project
    assert project.character("Maya") is None
    shot = project.storyboards[0].shots[3]
    assert shot.subject.startswith("Maya Lin in her kitchen")
    assert "Maya Lin" in shot.characters
    assert shot.dialogue[0].character == "Maya Lin"
    prompt = compile_guidances(project, 0).guidances[3].prompt
    assert "Maya Lin in her kitchen" in prompt
    assert "Maya in" not in prompt
    assert saved(window).storyboards[0].shots[3].subject.startswith("Maya Lin in her kitchen")


def test_a_characters_picture_shows_in_the_editor_for_their_shots(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_copy(COFFEE)
    editor = window.editor
    window.inspector_tabs.setCurrentIndex(2)
    picture = write_image(tmp_path / "maya.png", (600, 800))
    drop_files(window.characters_panel.images, [picture])
    qtbot.waitUntil(lambda: bool(editor.project.character("Maya").references))  # type: ignore[union-attr]
    maya_picture = editor.project.character("Maya").references[0]  # type: ignore[union-attr]
    window.inspector_tabs.setCurrentIndex(0)
    mug = editor.board.shots[3].id  # Maya's shot, with its own reference
    editor.select_shot(mug)
    assert window.shot_inspector.cast_pictures.isVisible()
    assert window.shot_inspector.cast_pictures.shown() == (("Maya", (maya_picture,)),)
    editor.attempt(
        "No picture of its own",
        lambda: editor.project.evolve(
            storyboards=(
                editor.board.evolve(
                    shots=tuple(
                        s.evolve(references=()) if s.id == mug else s for s in editor.board.shots
                    )
                ),
                *editor.project.storyboards[1:],
            )
        ),
    )
    shot = editor.shot
    assert shot is not None
    assert window.preview.picture_path(shot) == maya_picture
    editor.select_shot(editor.board.shots[0].id)  # beans: no character
    assert window.shot_inspector.cast_pictures.isHidden()
    assert ImageRole.CHARACTER.value == "character"


def test_pictures_of_an_unsaved_project_survive_a_crash(
    qtbot: QtBot, workspace: AppWorkspace, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = workspace.show(ProjectDocument(blank_project("Untitled"), None))
    photo = write_image(tmp_path / "desktop" / "booth.jpg", (900, 600), "JPEG")
    drop_files(window.shot_inspector.references, [photo])
    qtbot.waitUntil(lambda: bool(window.editor.shot and window.editor.shot.references))
    window.autosave()
    store = window.services.recovery
    for descriptor in store._held.values():  # the crash: the dying process lets go of its lock
        os.close(descriptor)
    store._held.clear()
    (recovery,) = store.pending()
    restored = workspace.restore(recovery)  # as the next start after a crash does
    assert restored.editor.shot is not None
    asset = restored.editor.shot.references[0].image
    assert restored.document.staging is not None
    assert (restored.document.staging / asset).read_bytes() == photo.read_bytes()
