"""The character bible shows each character's Kling element: state, id, cost, out of date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.paths import element_store
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.providers.kling.element_store import (
    READY,
    ElementStore,
    StoredElement,
    account_key,
    fingerprint,
)
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE, write_image
from tests.fakes.kling_server import ACCESS_KEY
from tests.ui.conftest import KEYS


def test_the_bible_shows_the_element_and_when_it_is_out_of_date(
    qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
    kling_keys: list[tuple[Credentials | None, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    kling_keys[0] = KEYS
    window = open_copy(DETECTIVE)
    folder = window.document.folder
    assert folder is not None
    for name, size in (("ray1", (400, 600)), ("ray2", (420, 600)), ("ray3", (440, 600))):
        write_image(folder / f"assets/{name}.png", size)
    pictures = ("assets/ray1.png", "assets/ray2.png")
    window.editor.attempt(
        "pictures",
        lambda: edits.update_character(window.editor.project, "Ray Malone", references=pictures),
    )
    base = window.services.kling.account().base_url
    made_from = fingerprint("Ray Malone", [(folder / p).read_bytes() for p in pictures], None)
    ElementStore(element_store()).put(
        StoredElement(
            account_key(ACCESS_KEY),
            base,
            "Ray Malone",
            made_from,
            READY,
            task_id="t1",
            element_id="829836802793406551",
            units=0.5,
        )
    )
    panel = window.characters_panel
    window.inspector_tabs.setCurrentWidget(panel)
    item = panel.list.findItems("Ray Malone", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list.visualItemRect(item).center(),
    )
    assert panel.kling_element.text() == (
        "ready: element 829836802793406551, cost 0.5 units ≈ $0.07"
    )
    # A third picture: the element no longer shows the character as it is now.
    window.editor.attempt(
        "pictures",
        lambda: edits.update_character(
            window.editor.project, "Ray Malone", references=(*pictures, "assets/ray3.png")
        ),
    )
    assert panel.kling_element.text().startswith("out of date: the pictures or the voice changed")
    window.editor.attempt(
        "pictures",
        lambda: edits.update_character(window.editor.project, "Ray Malone", references=()),
    )
    assert "made from 2–4 pictures (0 here)" in panel.kling_element.text()


def sample_of(window: MainWindow) -> str | None:
    return window.editor.project.characters[0].voice_sample


def test_a_dropped_recording_becomes_the_characters_voice_and_a_short_one_is_refused(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    from tests.core.test_kling_elements import _recording
    from tests.ui.hands import drop_files

    window = open_copy(DETECTIVE)
    panel = window.characters_panel
    window.inspector_tabs.setCurrentWidget(panel)
    slot = panel.kling_voice
    refusals: list[str] = []
    window.editor.refused.connect(refusals.append)

    drop_files(slot, [_recording(tmp_path / "short.wav", 2.0)])
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert "short.wav lasts 2.0 s" in refusals[0]
    assert sample_of(window) is None

    drop_files(slot, [_recording(tmp_path / "ray.wav", 6.0)])
    qtbot.waitUntil(lambda: sample_of(window) is not None)
    sample = sample_of(window)
    assert sample is not None
    assert sample.startswith("assets/")
    assert sample.endswith(".wav")
    folder = window.document.folder
    assert folder is not None
    assert (folder / sample).read_bytes() == (tmp_path / "ray.wav").read_bytes()
    assert slot.recording.text() == f"Recording: {sample}"

    qtbot.keyClicks(slot.preset, "829824495395233792")
    assert window.editor.project.characters[0].voice_id == "829824495395233792"
    qtbot.mouseClick(slot.clear, Qt.MouseButton.LeftButton)
    assert sample_of(window) is None
    window.document.undo_stack.undo()
    assert sample_of(window) == sample
