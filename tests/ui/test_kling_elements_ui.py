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
        "ready: element 829836802793406551, made for 0.5 units ≈ $0.07"
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
