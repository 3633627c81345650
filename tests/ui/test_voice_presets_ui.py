"""Choosing a character's Kling voice by name (the account's own voices and Kling's
presets), and hearing samples (ui/voice_presets.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest
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
    """The voices that can be chosen, in order (headings and notes are not)."""
    items = [dialog.list.item(row) for row in range(dialog.list.count())]
    return [item.text() for item in items if item.flags() & Qt.ItemFlag.ItemIsSelectable]


def _rows(dialog: PresetVoiceDialog) -> list[str]:
    return [dialog.list.item(row).text().strip() for row in range(dialog.list.count())]


def _listed(qtbot: QtBot, dialog: PresetVoiceDialog) -> None:
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Choose a voice"), timeout=10_000)


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
    _listed(qtbot, dialog)
    assert _names(dialog) == ["Calm narrator", "Bright girl"]
    assert _rows(dialog) == [
        "Your voices",
        "None yet: drop a recording in a character's Kling voice, then press Make Kling Voice.",
        "Kling's preset voices",
        "Calm narrator",
        "Bright girl",
    ]
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
    _listed(qtbot, dialog)
    assert dialog.list.currentItem().text() == "Bright girl"  # the one in use
    first = dialog.list.findItems("Calm narrator", Qt.MatchFlag.MatchExactly)[0]
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
    _listed(qtbot, dialog)
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


def _made_earlier(fake: FakeKling, window: MainWindow) -> dict[str, str]:
    """Yesterday's work on the account, over real HTTP as the app does it: Ray's voice made,
    Mia's asked for and still being made when the app stopped, Duo's refused by Kling.
    Returns the voice ids by name."""
    import asyncio
    import threading

    import httpx

    from storyboard_app.paths import element_store
    from storyboard_app.providers.kling.auth import Credentials, TokenSource
    from storyboard_app.providers.kling.client import KlingClient
    from storyboard_app.providers.kling.element_store import (
        ElementStore,
        account_key,
        ensure_voice,
    )
    from storyboard_app.providers.kling.voices import KlingVoices
    from storyboard_app.ui.kling_service import check_address
    from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY

    base = check_address(window.services.kling.account().base_url)
    store = ElementStore(element_store())
    account = account_key(ACCESS_KEY)
    made: dict[str, str] = {}

    async def no_sleep(_seconds: float) -> None:
        await asyncio.sleep(0)

    class StopsFollowing(KlingVoices):
        async def wait(self, *_args: object, **_kwargs: object) -> object:  # type: ignore[override]
            raise TimeoutError("the app was closed")

    async def work() -> None:
        async with httpx.AsyncClient() as http:
            client = KlingClient(http, base, TokenSource(Credentials(ACCESS_KEY, SECRET_KEY)))
            voices = KlingVoices(client, no_sleep)
            ray = await ensure_voice(voices, store, account, base, "Ray", b"ray's recording")
            made["Ray"] = ray.voice_id
            with contextlib.suppress(TimeoutError):
                await ensure_voice(
                    StopsFollowing(client, no_sleep), store, account, base, "Mia", b"mia"
                )
            fake.state.general.fail_next = "more than one voice in the recording"
            duo = await ensure_voice(voices, store, account, base, "Duo", b"two people")
            assert duo.state == "failed"

    failed: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(work())
        except BaseException as error:  # re-raised in the test's thread
            failed.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "yesterday's voices took over 2 minutes"
    if failed:
        raise failed[0]
    assert [t.body["voice_name"] for t in fake.state.general.tasks.values()] == [
        "Ray",
        "Mia",
        "Duo",
    ]
    return made


def test_your_voices_lists_a_custom_voice_made_earlier_and_choosing_it_is_one_undo_step(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))  # its own element store
    window = kling_window
    made = _made_earlier(fake, window)
    panel = _bible(window)
    before = window.editor.project.characters[0].voice_id
    dialog = _open_chooser(qtbot, panel)
    _listed(qtbot, dialog)
    assert _rows(dialog) == [
        "Your voices",
        "Duo: failed: more than one voice in the recording",
        "Mia: still being made at Kling; it can be chosen once ready",
        "Ray",
        "Kling's preset voices",
        "Calm narrator",
        "Bright girl",
    ]
    assert _names(dialog) == ["Ray", "Calm narrator", "Bright girl"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # A voice not ready cannot be picked: clicking it selects nothing.
    mia = dialog.list.findItems("Mia", Qt.MatchFlag.MatchContains)[0]
    qtbot.mouseClick(
        dialog.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.list.visualItemRect(mia).center(),
    )
    assert dialog.selected() is None
    assert not ok.isEnabled()

    # The keyboard goes to the first voice that can be chosen: Ray's.
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentItem().text() == "Ray"
    assert dialog.list.currentItem().toolTip() == f"Your voice, id {made['Ray']}"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.editor.project.characters[0].voice_id == made["Ray"]
    assert panel.kling_voice.preset.text() == made["Ray"]

    window.document.undo_stack.undo()  # one step takes it back
    assert window.editor.project.characters[0].voice_id == before
    window.document.undo_stack.redo()
    assert window.editor.project.characters[0].voice_id == made["Ray"]

    # Opening again selects the voice in use among your voices.
    again = _open_chooser(qtbot, panel)
    _listed(qtbot, again)
    assert again.list.currentItem().text() == "Ray"
    again.reject()


def test_when_kling_refuses_both_lists_the_dialog_says_so_without_the_keys(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling
) -> None:
    from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, Fault

    fake.fault(Fault("query", code=1102), Fault("query", code=1102))
    dialog = _open_chooser(qtbot, _bible(kling_window))
    qtbot.waitUntil(lambda: "cannot be listed" in dialog.status.text(), timeout=10_000)
    text = dialog.status.text()
    assert "Your voices cannot be listed: Your resource pack is exhausted" in text
    assert "Kling's preset voices cannot be listed: Your resource pack is exhausted" in text
    assert ACCESS_KEY not in text
    assert SECRET_KEY not in text
    assert dialog.list.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_your_voices_cannot_be_listed_but_the_presets_still_can(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling
) -> None:
    from tests.fakes.kling_server import Fault

    fake.fault(Fault("query", http_status=404, code=1202))  # whichever list asks first
    dialog = _open_chooser(qtbot, _bible(kling_window))
    qtbot.waitUntil(lambda: "cannot be listed" in dialog.status.text(), timeout=10_000)
    text = dialog.status.text()
    assert "Kling does not offer this method" in text
    # The other list is there to choose from, under its heading; the refused one is not.
    own_refused = text.startswith("Your voices cannot be listed")
    assert ("Your voices" in _rows(dialog)) is not own_refused
    assert ("Kling's preset voices" in _rows(dialog)) is own_refused
    assert _names(dialog) == (["Calm narrator", "Bright girl"] if own_refused else [])
    dialog.reject()
