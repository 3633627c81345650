"""The Storyboard tab's cost estimate prices with the account's ready Kling elements, as the
Payload dock and the submit dialog do: the three figures agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyboard_app.ui.kling_dialogs import SubmitDialog
from storyboard_app.ui.main_window import MainWindow
from tests.fakes.kling_server import FakeKling
from tests.ui.test_kling_elements_ui import _bible_with_pictures, _element_panel


def click_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """Click the inspector's tab with that title."""
    bar = window.inspector_tabs.tabBar()
    (index,) = [i for i in range(bar.count()) if bar.tabText(i) == title]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.inspector_tabs.currentIndex() == index


def test_the_storyboard_tab_prices_with_a_ready_element_like_the_payload_dock(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    # The line the window's _build_controllers gets (ui/main_window.py is the lead's).
    window.board_settings.account_elements = window.payload.account_elements
    settings = window.board_settings
    panel, maker = _bible_with_pictures(qtbot, window, tmp_path)
    folder = window.document.folder
    assert folder is not None

    def submit_estimate() -> str:
        dialog = SubmitDialog(window.editor.project, folder, 0, window.services.kling)
        qtbot.addWidget(dialog)
        return dialog.cost.text()

    # Ray's pictures alone send the board to Omni: priced as Omni everywhere.
    click_tab(qtbot, window, "Storyboard")
    omni = "12 s × 0.8 u/s = 9.6 units ≈ $1.34 (kling-v3-omni, std, audio)"
    assert settings.cost.text() == omni
    assert window.cost_label.text() == f"Estimated: {omni}"
    assert submit_estimate() == omni

    click_tab(qtbot, window, "Characters")
    qtbot.mouseClick(_element_panel(panel).make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    # With his ready element the request stays on kling-v3 image2video (0.9 u/s).
    click_tab(qtbot, window, "Storyboard")
    element = "12 s × 0.9 u/s = 10.8 units ≈ $1.51 (kling-v3, std, audio)"
    assert settings.cost.text() == element
    assert window.cost_label.text() == f"Estimated: {element}"
    assert submit_estimate() == element
