"""Generate Frames: the dialog driven through its widgets against the fake image services.

Real SQLite job database, real HTTP over loopback (the fakes of Kling's and fal's image
endpoints), real PNGs landing in the project folder.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.domain.models import ReferenceImage
from storyboard_app.jobs.image_jobs import (
    RESULTS_FILE,
    ImageJobs,
    ImageJobStatus,
    ImageJobStore,
    ImagePollPolicy,
)
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.providers.kling.images import OMNI_IMAGE
from storyboard_app.ui.frame_generation import FRAME_LABEL, FrameGenerationDialog
from storyboard_app.ui.frame_services import FrameAccounts, FrameJobs, use_image_jobs
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import DETECTIVE, write_image
from tests.fakes.fal_images import FAL_KEY, FakeFalImages
from tests.fakes.http_fake import Fault
from tests.fakes.kling_images import ACCESS_KEY, SECRET_KEY, FakeKlingImages, ImageFault
from tests.ui.conftest import finish
from tests.ui.test_unsaved_project_work import new_window

FAST = ImagePollPolicy(first=0.01, most=0.02)
KEYS = Credentials(ACCESS_KEY, SECRET_KEY)


@pytest.fixture
def images() -> Iterator[FakeKlingImages]:
    with FakeKlingImages() as service:
        yield service


@pytest.fixture
def fal() -> Iterator[FakeFalImages]:
    with FakeFalImages() as service:
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


@pytest.fixture
def make_frames(
    tmp_path: Path,
    images: FakeKlingImages,
    fal: FakeFalImages,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[Callable[..., FrameJobs]]:
    """The app's image jobs in a job database under the test's folder, with the fakes."""
    made: list[FrameJobs] = []

    def make(kling_keys: Credentials | None = KEYS, fal_key: str | None = FAL_KEY) -> FrameJobs:
        accounts = FrameAccounts(
            lambda: images.base_url,
            lambda: kling_keys,
            lambda: fal_key,
            fal_queue=fal.base_url,
            fal_platform=fal.base_url,
        )
        store = ImageJobStore(tmp_path / "data" / "jobs.sqlite3")
        frames = FrameJobs(ImageJobs(store, accounts.service, FAST), accounts)
        made.append(frames)
        return frames

    yield make
    for frames in made:
        _quit(qapp, qloop, frames)


def _quit(qapp: QApplication, loop: asyncio.AbstractEventLoop, frames: FrameJobs) -> None:
    """What the app does at quit: stop following, close the client and the database."""
    finish(qapp, loop, frames.jobs.aclose())
    finish(qapp, loop, frames.accounts.aclose())
    frames.jobs.store.close()


def _dialog(qtbot: QtBot, window: MainWindow, frames: FrameJobs) -> FrameGenerationDialog:
    dialog = FrameGenerationDialog(window.editor, frames, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator, where a person clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _choose(qtbot: QtBot, combo: QComboBox, data: Any) -> None:
    """Pick a combo box entry with the keyboard, as a person does."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def _send_and_wait(
    qtbot: QtBot,
    qapp: QApplication,
    loop: asyncio.AbstractEventLoop,
    dialog: FrameGenerationDialog,
) -> None:
    assert dialog.send_button.isEnabled(), dialog.problems.text()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    finish(qapp, loop, dialog.frames.jobs.wait())
    finish(qapp, loop, dialog.settled())


def _log(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "assets" / RESULTS_FILE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_generate_pick_and_use_a_frame_for_the_selected_shot(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    window.editor.select_shot("det-02-medium")
    dialog = _dialog(qtbot, window, make_frames())
    assert dialog.service.currentText() == "Kling"
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
    assert body["external_task_id"].startswith("frame-")
    assert "<<<image_1>>> shows Ray Malone" in body["prompt"]
    assert len(body["image_list"]) == 1
    buttons = dialog.candidate_buttons("det-02-medium")
    assert len(buttons) == 3
    assert "Done: 3 candidates, 24 image units charged" in dialog.status.text()
    row = dialog.requests_list.topLevelItem(0)
    assert row is not None
    assert [row.text(i) for i in range(3)] == ["Shot 2", "Kling", "done · 3"]
    folder = window.document.folder
    assert folder is not None
    kept = [c.path for c in dialog.candidates["det-02-medium"]]
    assert all((folder / path).is_file() for path in kept)
    assert len(set(kept)) == 3  # three different pictures, none overwritten
    assert _log(folder)[0]["candidates"] == kept
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


def test_closing_mid_generation_and_reopening_lands_the_candidates_exactly_once(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    images.state.processing_queries = 10_000
    first_run = make_frames()
    dialog = _dialog(qtbot, window, first_run)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(t.queries > 1 for t in images.state.tasks.values()), timeout=10_000)
    assert "processing" in dialog.status.text()
    dialog.close()  # the window closes: the request goes on
    (job,) = first_run.jobs.jobs()
    qtbot.waitUntil(lambda: images.state.tasks["img-1"].queries > 3, timeout=10_000)
    assert first_run.jobs.following(job.id)
    _quit(qapp, qloop, first_run)  # then the app closes (or crashes) before it is done
    asked = len(images.state.requests)
    qtbot.wait(100)
    assert len(images.state.requests) == asked  # nobody polls any more

    images.state.processing_queries = 1
    second_run = make_frames()  # the next start: the same job database
    assert second_run.jobs.get(job.id).status is ImageJobStatus.PROCESSING
    assert second_run.jobs.resume() == [job.id]
    reopened = _dialog(qtbot, window, second_run)
    finish(qapp, qloop, second_run.jobs.wait())
    finish(qapp, qloop, reopened.settled())
    assert second_run.jobs.resume() == []
    assert len(reopened.candidate_buttons("det-01-wide")) == 4
    assert len(images.creates()) == 1  # paid once, never requested twice
    folder = window.document.folder
    assert folder is not None
    assert [entry["job_id"] for entry in _log(folder)] == [job.id]
    qtbot.mouseClick(reopened.candidate_buttons("det-01-wide")[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reopened.use_button, Qt.MouseButton.LeftButton)
    assert window.editor.board.shots[0].references[0].label == FRAME_LABEL

    third = _dialog(qtbot, window, second_run)  # opened again later: the takes are still there
    finish(qapp, qloop, third.settled())
    assert len(third.candidate_buttons("det-01-wide")) == 4


def test_a_whole_storyboard_as_series_shows_every_shot(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    dialog = _dialog(qtbot, window, make_frames())
    _choose(qtbot, dialog.scope, "board")
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


def test_a_billing_error_and_a_lost_create_are_explained_and_not_resent(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    dialog = _dialog(qtbot, window, make_frames())
    images.fault(ImageFault("create", http_status=429, code=1102))
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert "Your resource pack is exhausted or expired" in dialog.status.text()
    assert dialog.candidate_buttons("det-01-wide") == []
    images.fault(ImageFault("create", http_status=502, garbage=True))
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert "it never reached the service; nothing was charged" in dialog.status.text()
    posts = [r for r in images.state.requests if r[0] == "POST"]
    assert posts == [("POST", OMNI_IMAGE)] * 2  # looked up by its id, not sent again
    images.fault(ImageFault("query", http_status=503, garbage=True))
    _send_and_wait(qtbot, qapp, qloop, dialog)  # a garbled poll is asked again
    assert len(dialog.candidate_buttons("det-01-wide")) == 4
    states = [dialog.requests_list.topLevelItem(i).text(2) for i in range(3)]  # type: ignore[union-attr]
    assert states == ["failed", "failed", "done · 4"]


def test_without_keys_nothing_is_sent_and_a_full_tray_is_refused(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    dialog = _dialog(qtbot, window, make_frames(kling_keys=None, fal_key=None))
    assert dialog.key_note.text() == "No Kling key: add a key in Accounts."
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Not sent: no Kling key. Add a key in Accounts."
    _choose(qtbot, dialog.service, "fal")
    assert dialog.key_note.text() == "No fal.ai key: add a key in Accounts."
    _choose(qtbot, dialog.service, "replicate")
    assert "Replicate offers no Kling image model" in dialog.key_note.text()
    assert not dialog.send_button.isEnabled()
    assert dialog.cost.text() == "nothing"
    assert images.state.requests == []
    full = tuple(ReferenceImage(image="assets/ray.png", label=f"r{i}") for i in range(4))
    window.editor.edit_shot("four pictures", "references", references=full)
    keyed = _dialog(qtbot, window, make_frames())
    _send_and_wait(qtbot, qapp, qloop, keyed)
    refused: list[str] = []
    window.editor.refused.connect(refused.append)
    qtbot.mouseClick(keyed.candidate_buttons("det-01-wide")[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyed.use_button, Qt.MouseButton.LeftButton)
    assert refused == ["Shot 1 already has 4 reference pictures, the most it takes: remove one "
                       "first."]  # fmt: skip
    assert window.editor.board.shots[0].references == full


def test_fal_makes_frames_with_the_shots_pictures_through_the_dialog(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    fal: FakeFalImages,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    window.editor.select_shot("det-02-medium")
    dialog = _dialog(qtbot, window, make_frames())
    _choose(qtbot, dialog.service, "fal")
    assert dialog.key_note.text() == "Keys found."
    assert dialog.model.currentData() == "fal-ai/kling-image/v3/text-to-image"
    assert dialog.cost.text() == "4 images × $0.028 ≈ $0.11 for 1 shot"
    assert dialog.send_button.text() == "Send to fal.ai (≈ $0.11)"
    _choose(qtbot, dialog.model, "fal-ai/kling-image/o1")
    assert dialog.cost.text() == (
        "4 images × $0.028 ≈ $0.11 (price not confirmed by fal's pages) for 1 shot"
    )
    fal.fault(Fault("create", http_status=429, headers={"Retry-After": "0"}),
              Fault("status", http_status=500))  # fmt: skip
    _send_and_wait(qtbot, qapp, qloop, dialog)
    (body,) = fal.state.creates()
    assert body["num_images"] == 4
    assert body["resolution"] == "1K"
    assert body["image_urls"][0].startswith("data:image/png;base64,")
    assert "@Image1 shows Ray Malone" in body["prompt"]
    assert len(dialog.candidate_buttons("det-02-medium")) == 4
    assert "Done: 4 candidates (≈ $0.11)" in dialog.status.text()
    assert images.state.requests == []  # nothing went to Kling


def test_a_fal_request_is_stopped_from_the_list_and_a_lost_one_waits_for_the_user(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    fal: FakeFalImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    fal.state.processing_polls = 10_000
    dialog = _dialog(qtbot, window, make_frames())
    _choose(qtbot, dialog.service, "fal")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (job,) = dialog.frames.jobs.jobs()
    qtbot.waitUntil(lambda: dialog.frames.jobs.get(job.id).task_id is not None, timeout=10_000)
    row = dialog.requests_list.topLevelItem(0)
    assert row is not None
    rect = dialog.requests_list.visualItemRect(row)
    qtbot.mouseClick(dialog.requests_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.text(2) == "cancelled", timeout=10_000)
    task_id = dialog.frames.jobs.get(job.id).task_id
    assert ("PUT", f"/fal-ai/kling-image/requests/{task_id}/cancel") in fal.state.requests
    fal.fault(Fault("create", http_status=502, malformed=True))
    _send_and_wait(qtbot, qapp, qloop, dialog)
    assert "the answer to the request was lost" in dialog.status.text()
    assert "it was not sent again" in dialog.status.text()
    assert len(fal.state.creates()) == 1


def test_kling_requests_cannot_be_stopped_and_say_why(
    qtbot: QtBot,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    images.state.processing_queries = 10_000
    dialog = _dialog(qtbot, window, make_frames())
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (job,) = dialog.frames.jobs.jobs()
    qtbot.waitUntil(lambda: dialog.frames.jobs.get(job.id).task_id is not None, timeout=10_000)
    row = dialog.requests_list.topLevelItem(0)
    assert row is not None
    rect = dialog.requests_list.visualItemRect(row)
    qtbot.mouseClick(dialog.requests_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip
    assert not dialog.cancel_button.isEnabled()
    assert dialog.cancel_button.toolTip() == "Kling cannot stop a request once it runs."


def test_the_render_menu_opens_it_with_the_apps_image_jobs(
    qtbot: QtBot,
    window: MainWindow,
    make_frames: Callable[..., FrameJobs],
) -> None:
    frames = make_frames()
    use_image_jobs(window.services.kling, frames)
    render = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Render")
    assert isinstance(render, QMenu)
    action = next(a for a in render.actions() if a.text() == "Generate &Frames…")
    action.trigger()
    dialog = window.findChild(FrameGenerationDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.frames is frames
    assert "the app follows them at its next start" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.status))
    )
    dialog.close()


def test_deleting_the_dialog_with_its_parent_loses_no_frames(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    images: FakeKlingImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    images.state.processing_queries = 5
    frames = make_frames()
    parent = QWidget()
    dialog = FrameGenerationDialog(window.editor, frames, parent)
    dialog.show()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (job,) = frames.jobs.jobs()
    parent.deleteLater()  # a window going away takes the dialog with it, without closing it
    qtbot.waitUntil(lambda: not frames.jobs._listeners, timeout=5_000)
    finish(qapp, qloop, frames.jobs.wait())
    done = frames.jobs.get(job.id)
    assert done.status is ImageJobStatus.DONE, done.message
    folder = window.document.folder
    assert folder is not None
    assert len(done.kept) == 4
    assert all((folder / path).is_file() for path in done.kept)


def test_a_project_never_saved_pays_for_no_frames_until_it_is_saved(
    qtbot: QtBot,
    workspace: AppWorkspace,
    images: FakeKlingImages,
    fal: FakeFalImages,
    make_frames: Callable[..., FrameJobs],
) -> None:
    """Paid frames land only in a saved project, as paid videos do: in the staging folder
    they would be deleted with it when the project is closed without saving."""
    window = new_window(qtbot, workspace)
    assert window.document.staging is not None
    dialog = _dialog(qtbot, window, make_frames())
    for service in ("kling", "fal"):
        _choose(qtbot, dialog.service, service)
        assert dialog.problems.text() == (
            "Save the project first: the frames are kept in its assets folder."
        )
        assert not dialog.send_button.isEnabled()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert images.state.requests == []
    assert dialog.frames.jobs.jobs() == []
