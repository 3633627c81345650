"""A generated frame's label: stored as written, shown in the window's language (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.domain.picture_labels import GENERATED_FRAME
from storyboard_app.export.shotlist import shot_list_csv
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.frame_generation import FRAME_LABEL, use_frame
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE
from tests.ui.test_translated_dialogs import translated as translated  # a fixture


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "generated frame"), ("zh_CN", "生成的画面"), ("zh_TW", "生成的畫面")],
)
def test_the_tray_and_the_csv_show_a_generated_frames_label_translated(
    language: str, shown: str, translated: Callable[[str], None], qtbot: QtBot,
    open_copy: Callable[[Path], MainWindow],
) -> None:  # fmt: skip
    translated(language)
    window = open_copy(DETECTIVE)
    folder = window.document.folder
    assert folder is not None
    board = window.editor.board
    shot = board.shots[1]
    picture = next(p.relative_to(folder).as_posix() for p in (folder / "assets").glob("*.png"))
    assert window.editor.attempt(
        "Use generated frame",
        lambda: use_frame(window.editor.project, 0, {shot.id: picture}, False),
    )
    window.editor.select_shot(shot.id)
    tray = window.shot_inspector.references
    tips = [w.toolTip() for w in tray.findChildren(QWidget) if w.toolTip()]
    assert any(tip.startswith(shown + "\n") for tip in tips), tips
    # The project keeps the label as written, whatever the language.
    assert window.editor.board.shots[1].references[0].label == FRAME_LABEL == GENERATED_FRAME
    window.document.save()
    assert load_project(folder).storyboards[0].shots[1].references[0].label == "generated frame"
    assert f"{shown} (" in shot_list_csv(window.editor.project, folder) or f"{shown}（" in (
        shot_list_csv(window.editor.project, folder)
    )
