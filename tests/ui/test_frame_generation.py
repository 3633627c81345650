"""Generate Frames: the dialog driven through its widgets against the fake image service."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMenu
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.domain.models import ReferenceImage
from storyboard_app.providers.kling.images import OMNI_IMAGE, RESULTS_FILE, ImagePoll
from storyboard_app.ui.frame_generation import FRAME_LABEL, FrameGenerationDialog, ImageAccount
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE, write_image
from tests.fakes.kling_images import ACCESS_KEY, SECRET_KEY, FakeKlingImages, ImageFault
from tests.ui.conftest import KEYS, NO_KEYS, finish

FAST = ImagePoll(first=0.01, most=0.02)


@pytest.fixture
def images() -> Iterator[FakeKlingImages]:
    with FakeKlingImages() as service:
        yield service


@pytest.fixture
def window(open_copy: Callable[[Path], MainWindow]) -> MainWindow:
    """The detective example, its character with a picture in the project."""
    window = open_copy(DETECTIVE)
    folder = window.document.folder
    assert folder is not None
    write_image(folder / "assets" / "ray.png", (800, 600))
    window.editor.attempt(
        "Ray's picture",
        lambda: edits.update_character(
            window.editor.project, "Ray Malone", references=("assets/ray.png",)
        ),
    )
    return window


def _dialog(
    qtbot: QtBot, window: MainWindow, images: FakeKlingImages, keys: object = KEYS
) -> FrameGenerationDialog:
    account = ImageAccount(images.base_url, lambda: keys)  # type: ignore[arg-type, return-value]
    dialog = FrameGenerationDialog(window.editor, account, FAST, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator, where a person clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _send_and_wait(
    qtbot: QtBot, qapp: QApplication, loop: asyncio.AbstractEventLoop, dialog: FrameGenerationDialog
) -> None:
    assert dialog.send_button.isEnabled(), dialog.problems.text()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    finish(qapp, loop, dialog.wait())  # raises if the sending task raised


def test_generate_pick_and_use_a_frame_for_the_selected_shot(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
) -> None:
    window.editor.select_shot("det-02-medium")
    dialog = _dialog(qtbot, window, images)
    assert dialog.scope.currentText() == "Selected shot (2)"
    assert dialog.cost.text() == "4 images × 8 u = 32 image units ≈ $0.11 for 1 shot"
    assert dialog.send_button.text() == "Send to Kling (32 u ≈ $0.11)"
    dialog.count.setFocus()
    qtbot.keyClick(dialog.count, Qt.Key.Key_Down)
    assert dialog.cost.text().startswith("3 images × 8 u = 24 image units")
    _send_and_wait(qtbot, qapp, qloop, dialog)

    body = images.creates()[0]
    assert body["model_name"] == "kling-v3-omni"
    assert body["n"] == 3
    assert "<<<image_1>>> shows Ray Malone" in body["prompt"]
    assert len(body["image_list"]) == 1
    buttons = dialog.candidate_buttons("det-02-medium")
    assert len(buttons) == 3
    assert "Done: 3 candidates, 24 image units charged" in dialog.status.text()
    folder = window.document.folder
    assert folder is not None
    kept = [c.path for c in dialog.candidates["det-02-medium"]]
    assert all((folder / path).is_file() for path in kept)
    assert len(set(kept)) == 3  # three different pictures, none overwritten
    log = [json.loads(line) for line in (folder / "assets" / RESULTS_FILE).read_text().splitlines()]
    assert log[0]["candidates"] == kept
    assert not list((folder / "assets").glob(".frame-*"))  # no downloads left behind

    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    _tick(qtbot, dialog.first_frame)
    assert dialog.first_frame.isChecked()
    before = window.editor.project
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    shot = window.editor.board.shots[1]
    assert shot.picture() == kept[1]
    assert shot.first_frame == kept[1]
    assert shot.references[0] == ReferenceImage(
        image=kept[1], role=shot.references[0].role, label=FRAME_LABEL
    )
    window.document.undo_stack.undo()  # one undoable edit
    assert window.editor.project == before


def test_a_whole_storyboard_as_series_shows_every_shot(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
) -> None:
    dialog = _dialog(qtbot, window, images)
    dialog.scope.setFocus()
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)
    assert dialog.scope.currentData() == "board"
    _tick(qtbot, dialog.series)
    assert dialog.series.isChecked()
    assert dialog.cost.text() == "12 images × 8 u = 96 image units ≈ $0.34 for 3 shots"
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert [b["result_type"] for b in images.creates()] == ["series"] * 3
    assert all(b["series_amount"] == 4 and "n" not in b for b in images.creates())
    for shot in window.editor.board.shots:
        assert len(dialog.candidate_buttons(shot.id)) == 4
    for shot in window.editor.board.shots:
        qtbot.mouseClick(dialog.candidate_buttons(shot.id)[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    pictures = [shot.picture() for shot in window.editor.board.shots]
    assert pictures[1:] == [dialog.candidates[s.id][0].path for s in window.editor.board.shots][1:]
    # shot 1 already had a first frame, which stays its picture; the frame joins its tray
    assert window.editor.board.shots[0].references[0].label == FRAME_LABEL


def test_a_billing_error_and_a_lost_answer_are_explained_and_not_resent(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
) -> None:
    dialog = _dialog(qtbot, window, images)
    images.fault(ImageFault("create", http_status=429, code=1102))
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert "Your resource pack is exhausted or expired" in dialog.status.text()
    assert dialog.candidate_buttons("det-01-wide") == []
    images.fault(ImageFault("create", http_status=502, garbage=True))
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert "it was not sent again" in dialog.status.text()
    assert [r for r in images.state.requests if r[0] == "POST"] == [("POST", OMNI_IMAGE)] * 2
    images.fault(ImageFault("query", http_status=503, garbage=True))
    _send_and_wait(qtbot, qapp, qloop, dialog)  # a garbled poll is asked again
    assert len(dialog.candidate_buttons("det-01-wide")) == 4


def test_without_keys_nothing_is_sent_and_a_full_tray_is_refused(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
) -> None:
    dialog = _dialog(qtbot, window, images, NO_KEYS)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Not sent: no Kling keys in this test."
    assert images.state.requests == []
    full = tuple(ReferenceImage(image="assets/ray.png", label=f"r{i}") for i in range(4))
    window.editor.edit_shot("four pictures", "references", references=full)
    keyed = _dialog(qtbot, window, images)
    _send_and_wait(qtbot, qapp, qloop, keyed)
    refused: list[str] = []
    window.editor.refused.connect(refused.append)
    qtbot.mouseClick(keyed.candidate_buttons("det-01-wide")[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyed.use_button, Qt.MouseButton.LeftButton)
    assert refused == ["Shot 1 already has 4 reference pictures, the most it takes: remove one "
                       "first."]  # fmt: skip
    assert window.editor.board.shots[0].references == full


def test_the_render_menu_opens_it_with_the_apps_account(
    qtbot: QtBot,
    window: MainWindow,
    images: FakeKlingImages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("KLING_SECRET_KEY", SECRET_KEY)
    window.services.settings.setValue("kling/base_url", images.base_url)
    render = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Render")
    assert isinstance(render, QMenu)
    action = next(a for a in render.actions() if a.text() == "Generate &Frames…")
    action.trigger()
    dialog = window.findChild(FrameGenerationDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.account.base_url == images.base_url
    assert dialog.account.credentials()[0] is not None
    assert "Kling still charges" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.status))
    )
    dialog.close()


def test_closing_while_a_request_runs_stops_following_it(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
) -> None:
    images.state.processing_queries = 10_000
    dialog = _dialog(qtbot, window, images)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.send_button.isEnabled()  # one request at a time
    qtbot.waitUntil(lambda: any(t.queries > 1 for t in images.state.tasks.values()), timeout=10_000)
    assert "processing" in dialog.status.text()
    dialog.close()
    finish(qapp, qloop, dialog.wait())
    assert dialog._task is not None
    assert dialog._task.cancelled()
    asked = len(images.state.requests)
    qtbot.wait(100)
    assert len(images.state.requests) == asked  # no more polling
