"""Choosing a character's Kling voice by name, and hearing samples (ui/voice_presets.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from storyboard_app.ui.characters import CharactersPanel
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.voice_presets import PresetVoiceDialog
from tests.conftest import DETECTIVE
from tests.fakes.kling_elements import PRESETS, trial_sound
from tests.fakes.kling_server import FakeKling

LOADED = ("LoadedMedia", "BufferedMedia", "BufferingMedia", "EndOfMedia")


def _bible(window: MainWindow) -> CharactersPanel:
    panel = window.characters_panel
    window.inspector_tabs.setCurrentWidget(panel)
    return panel


def _open_chooser(qtbot: QtBot, panel: CharactersPanel) -> PresetVoiceDialog:
    slot = panel.kling_voice
    qtbot.mouseClick(slot.choose, Qt.MouseButton.LeftButton)
    dialog = slot.chooser
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _names(dialog: PresetVoiceDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def _status_name(dialog: PresetVoiceDialog) -> str:
    player = dialog.sound.player
    assert player is not None
    return player.mediaStatus().name


def test_choose_lists_the_presets_by_name_and_ok_sets_the_voice_as_one_undoable_edit(
    qtbot: QtBot, kling_window: MainWindow
) -> None:
    window = kling_window
    panel = _bible(window)
    before = window.editor.project.characters[0].voice_id
    dialog = _open_chooser(qtbot, panel)
    assert "Asking Kling" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.list.count() == len(PRESETS), timeout=10_000)
    assert _names(dialog) == ["Calm narrator", "Bright girl"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet

    # The keyboard: the list has the focus; Down picks the first, Down again the second.
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentItem().text() == "Bright girl"
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.editor.project.characters[0].voice_id == PRESETS[1]["voice_id"]
    assert panel.kling_voice.preset.text() == PRESETS[1]["voice_id"]
    assert panel.kling_voice.chooser is None

    window.document.undo_stack.undo()
    assert window.editor.project.characters[0].voice_id == before
    assert panel.kling_voice.preset.text() == before


def test_a_mouse_pick_and_the_current_voice_is_selected_when_the_list_opens(
    qtbot: QtBot, kling_window: MainWindow
) -> None:
    window = kling_window
    panel = _bible(window)
    qtbot.keyClicks(panel.kling_voice.preset, PRESETS[1]["voice_id"])
    dialog = _open_chooser(qtbot, panel)
    qtbot.waitUntil(lambda: dialog.list.count() == len(PRESETS), timeout=10_000)
    assert dialog.list.currentItem().text() == "Bright girl"  # the one in use
    first = dialog.list.item(0)
    qtbot.mouseClick(
        dialog.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.list.visualItemRect(first).center(),
    )
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.editor.project.characters[0].voice_id == PRESETS[0]["voice_id"]


def test_play_fetches_the_sample_from_the_service_and_plays_it_until_the_dialog_closes(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling
) -> None:
    window = kling_window
    panel = _bible(window)
    before = window.editor.project.characters[0].voice_id
    dialog = _open_chooser(qtbot, panel)
    qtbot.waitUntil(lambda: dialog.list.count() == len(PRESETS), timeout=10_000)
    assert not dialog.play.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.play.isEnabled()
    qtbot.mouseClick(dialog.play, Qt.MouseButton.LeftButton)
    voice_id = PRESETS[0]["voice_id"]
    qtbot.waitUntil(lambda: voice_id in dialog.samples, timeout=10_000)
    sample = dialog.samples[voice_id]
    assert sample.read_bytes() == trial_sound(voice_id)  # the service's own sound
    assert fake.state.trials_served == 1  # no key went with it (the fake refuses that)
    assert dialog.status.text() == "Playing the sample of Calm narrator."
    player = dialog.sound.player
    assert player is not None
    qtbot.waitUntil(lambda: player.source().toLocalFile() == str(sample))
    qtbot.waitUntil(lambda: _status_name(dialog) in LOADED, timeout=10_000)
    assert not player.error().value, player.errorString()

    # Play again: the sample is kept, not fetched twice.
    qtbot.mouseClick(dialog.play, Qt.MouseButton.LeftButton)
    assert fake.state.trials_served == 1

    # Cancel: the sound stops, the sample goes, the voice stays as it was.
    stopped: list[str] = []
    player.playbackStateChanged.connect(lambda state: stopped.append(state.name))
    with qtbot.waitSignal(player.sourceChanged, check_params_cb=lambda url: url.isEmpty()):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
    assert "StoppedState" in stopped or not stopped  # stopped, or had already ended
    assert not sample.exists()
    assert window.editor.project.characters[0].voice_id == before


def test_without_keys_choose_says_where_to_enter_them(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    panel = _bible(window)
    dialog = _open_chooser(qtbot, panel)
    assert dialog.status.text().startswith("No Kling keys yet")
    assert "Render ▸ Accounts…" in dialog.status.text()
    assert dialog.list.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_play_beside_the_recording_plays_the_dropped_recording(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    from tests.core.test_kling_elements import _recording
    from tests.ui.hands import drop_files

    window = open_copy(DETECTIVE)
    slot = _bible(window).kling_voice
    assert not slot.play.isEnabled()
    drop_files(slot, [_recording(tmp_path / "ray.wav", 6.0)])
    qtbot.waitUntil(lambda: window.editor.project.characters[0].voice_sample is not None)
    sample = window.editor.project.characters[0].voice_sample
    folder = window.document.folder
    assert sample is not None
    assert folder is not None
    assert slot.play.isEnabled()
    qtbot.mouseClick(slot.play, Qt.MouseButton.LeftButton)
    player = slot.sound.player
    assert player is not None
    qtbot.waitUntil(lambda: player.source().toLocalFile() == str(folder / sample))
    qtbot.waitUntil(lambda: player.mediaStatus().name in LOADED, timeout=10_000)
    assert not player.error().value, player.errorString()
    # Forgetting the recording stops it.
    qtbot.mouseClick(slot.clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.source().isEmpty())
    assert not slot.play.isEnabled()
