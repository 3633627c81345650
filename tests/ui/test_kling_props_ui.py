"""Props and places: a product named in several shots' References becomes one Kling element,
made from the Storyboard tab, and then goes to Kling as that element."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.ui.kling_elements import install as install_kling_elements
from storyboard_app.ui.kling_elements import kling_view
from storyboard_app.ui.kling_props import PropRow, PropsPanel
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import write_image
from tests.fakes.kling_server import FakeKling, check_body
from tests.ui.hands import choose, drop_files

MACHINE = "the espresso machine"


def _product_in_shot(qtbot: QtBot, window: MainWindow, shot: int, picture: Path, name: str) -> None:
    """Select the shot, drop ``picture`` on its References as a product and name it there."""
    editor = window.editor
    editor.select_shot(editor.board.shots[shot].id)
    window.inspector_tabs.setCurrentWidget(window.shot_inspector)
    tray = window.shot_inspector.references
    before = len(editor.board.shots[shot].references)
    choose(tray.new_role, "a product or prop")
    drop_files(tray, [picture])
    qtbot.waitUntil(lambda: len(editor.board.shots[shot].references) == before + 1)
    field = tray.names[before]
    field.setFocus()
    qtbot.keyClicks(field, name)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.board.shots[shot].references[before].label == " ".join(name.split())


def _props(window: MainWindow) -> PropsPanel:
    window.inspector_tabs.setCurrentWidget(window.board_settings)
    panel = window.board_settings.props_panel
    assert isinstance(panel, PropsPanel)
    panel.refresh()
    QApplication.processEvents()  # lay the rows out before they are clicked
    window.board_settings.ensureWidgetVisible(panel)
    return panel


def _row(window: MainWindow) -> PropRow:
    [row] = _props(window).rows
    return row


def test_a_product_in_two_shots_becomes_one_kling_element_and_goes_as_it(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    maker = install_kling_elements(window)
    maker.poll_seconds = 0.02
    pictures = [write_image(tmp_path / "drop" / f"m{n}.png", (500 + 20 * n, 500)) for n in range(3)]

    _product_in_shot(qtbot, window, 0, pictures[0], MACHINE)
    row = _row(window)
    assert row.title.text() == f"{MACHINE} (product)"
    assert row.where.text() == "1 picture, in shot 1"
    assert row.status.text().startswith("only 1 picture of it in this storyboard's shots")
    assert not row.make_button.isVisible()

    # The same name in another shot, written otherwise, is the same machine (the shot's
    # action is cut first: with the reference it would pass Kling's 512 characters).
    window.editor.select_shot(window.editor.board.shots[1].id)
    window.editor.edit_shot("Edit action", "action", action="He waits.")
    window.editor.edit_shot("Edit sound", "sound", sound=())
    _product_in_shot(qtbot, window, 1, pictures[1], "The Espresso  Machine")
    row = _row(window)
    assert row.where.text() == "2 pictures, in shots 1, 2"
    assert row.status.text() == "not sent yet"
    assert row.make_button.text() == "Make Kling Element"

    steps: list[str] = []
    maker.progress.connect(lambda _key, text: steps.append(text))
    qtbot.mouseClick(row.make_button, Qt.MouseButton.LeftButton)
    assert row.busy.isVisible(), row.status.text()
    assert row.cancel_button.isVisible()
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert "Kling is making the element…" in steps
    [made] = fake.state.general.created
    assert made["element_name"] == MACHINE
    assert made["tag_list"] == [{"tag_id": "o_104"}]  # §13.2: Item
    assert len(made["element_image_list"]["refer_images"]) == 1
    element_id = next(iter(fake.state.general.elements))
    row = _row(window)
    assert row.status.text() == f"ready: element {element_id}"
    assert row.cost.text() == "Cost: 0 units ≈ $0.00"
    assert not row.make_button.isVisible()

    # The request sends the machine as that element, named by its token in the prompts.
    folder = window.document.folder
    assert folder is not None
    project = window.editor.project
    ready = maker.ready(project, folder)
    assert ready is not None
    view = kling_view(compile_guidances(project, 0), ready)
    body = view.request.body
    assert body["element_list"] == [{"element_id": element_id}]
    assert view.request.endpoint == "/v1/videos/image2video"  # kling-v3 takes elements (§13.5)
    prompts = [item["prompt"] for item in body["multi_prompt"]]
    assert f"{MACHINE} is <<<element_1>>>" in prompts[0]
    assert "The Espresso Machine is <<<element_1>>>" in prompts[1]
    wire = view.request.wire_body(lambda path: (folder / path).read_bytes())
    assert check_body("image2video", wire) == ""
    assert fake.state.general.unknown_elements(wire) == ""  # the fake knows it: same account
    assert view.request.display()["props and places"] == {
        f"{MACHINE} (product)": f"element {element_id} (<<<element_1>>>)"
    }
    notes = [p.message for p in window.problems.problems]
    assert f"“{MACHINE}” (product) goes as a Kling element (the same look in every shot)." in (
        notes
    )
    assert "props and places" in window.kling_view.toPlainText()

    # A third picture of it: the element shows an older machine; Make Again makes a new one.
    _product_in_shot(qtbot, window, 2, pictures[2], MACHINE)
    row = _row(window)
    assert row.status.text() == "out of date: its pictures changed since it was made"
    assert row.make_button.text() == "Make Again"
    assert maker.ready(window.editor.project, folder) == {}
    notes = [p.message for p in window.problems.problems]
    assert any(
        n.startswith(f"“{MACHINE}” (product) goes as plain reference pictures") for n in notes
    )
    qtbot.mouseClick(row.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert len(fake.state.general.created) == 2
    assert len(fake.state.general.created[1]["element_image_list"]["refer_images"]) == 2
    assert _row(window).status.text().startswith("ready: element ")


def test_an_unnamed_product_picture_is_counted_and_a_place_is_tagged_as_a_scene(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    maker = install_kling_elements(window)
    maker.poll_seconds = 0.02
    editor = window.editor
    editor.select_shot(editor.board.shots[0].id)
    window.inspector_tabs.setCurrentWidget(window.shot_inspector)
    tray = window.shot_inspector.references
    choose(tray.new_role, "a place")
    drop_files(tray, [write_image(tmp_path / "d" / "diner1.png", (800, 500))])
    qtbot.waitUntil(lambda: len(editor.board.shots[0].references) == 1)
    panel = _props(window)
    assert panel.rows == []
    assert panel.empty.text() == "No named products or places in this storyboard."
    assert panel.unnamed.text() == (
        "1 product or place picture has no name: it goes as a plain picture."
    )
    window.inspector_tabs.setCurrentWidget(window.shot_inspector)
    drop_files(tray, [write_image(tmp_path / "d" / "diner2.png", (820, 500))])
    qtbot.waitUntil(lambda: len(editor.board.shots[0].references) == 2)
    for k in (0, 1):
        field = window.shot_inspector.references.names[k]
        field.setFocus()
        qtbot.keyClicks(field, "the diner")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    row = _row(window)
    assert row.title.text() == "the diner (place)"
    qtbot.mouseClick(row.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    [made] = fake.state.general.created
    assert made["tag_list"] == [{"tag_id": "o_106"}]  # §13.2: Scene
    assert _row(window).status.text().startswith("ready: element ")
