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
from storyboard_app.ui.characters import CharactersPanel
from storyboard_app.ui.kling_elements import ElementMaker, ElementPanel
from storyboard_app.ui.kling_elements import install as install_kling_elements
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE, write_image
from tests.fakes.kling_server import ACCESS_KEY, FakeKling
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
    assert _element_panel(panel).status.text() == (
        "ready: element 829836802793406551, cost 0.5 units ≈ $0.07"
    )
    # A third picture: the element no longer shows the character as it is now.
    window.editor.attempt(
        "pictures",
        lambda: edits.update_character(
            window.editor.project, "Ray Malone", references=(*pictures, "assets/ray3.png")
        ),
    )
    assert (
        _element_panel(panel)
        .status.text()
        .startswith("out of date: the pictures or the voice changed")
    )
    window.editor.attempt(
        "pictures",
        lambda: edits.update_character(window.editor.project, "Ray Malone", references=()),
    )
    assert "made from 2–4 pictures (0 here)" in _element_panel(panel).status.text()


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


# -- making elements from the window (ui/kling_elements.py) -------------------------------


def _bible_with_pictures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, count: int = 2
) -> tuple[CharactersPanel, ElementMaker]:
    """The Characters tab with the element panel installed, Ray selected, and ``count``
    pictures of him dropped onto his picture area."""
    from tests.ui.hands import drop_files

    maker = install_kling_elements(window)
    maker.poll_seconds = 0.02
    panel = window.characters_panel
    window.inspector_tabs.setCurrentWidget(panel)
    item = panel.list.findItems("Ray Malone", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list.visualItemRect(item).center(),
    )
    files = [
        write_image(tmp_path / "drop" / f"ray{n}.png", (400 + 20 * n, 600)) for n in range(count)
    ]
    drop_files(panel.images, files)
    qtbot.waitUntil(lambda: len(window.editor.project.characters[0].references) == count)
    return panel, maker


def _element_panel(panel: CharactersPanel) -> ElementPanel:
    assert panel.element_panel is not None
    return panel.element_panel


def test_make_kling_element_in_the_bible_goes_creating_then_ready_and_the_request_uses_it(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storyboard_app.compiler.guidances import compile_guidances
    from storyboard_app.ui.kling_elements import kling_view

    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    panel, maker = _bible_with_pictures(qtbot, window, tmp_path)
    elements = _element_panel(panel)
    assert elements.status.text() == "not sent yet"
    assert elements.make_button.text() == "Make Kling Element"
    assert elements.cost.text().startswith("Cost: Kling does not publish the price")
    assert not elements.cancel_button.isVisible()

    steps: list[str] = []
    maker.progress.connect(lambda _name, text: steps.append(text))
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    assert elements.busy.isVisible()
    assert elements.cancel_button.isVisible()
    assert not elements.make_button.isVisible()
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert steps[0] == "sending the pictures to Kling…"
    assert "Kling is making the element…" in steps  # the fake answers processing first
    [made] = fake.state.general.created
    assert made["element_name"] == "Ray Malone"
    assert len(made["element_image_list"]["refer_images"]) == 1
    element_id = next(iter(fake.state.general.elements))
    assert elements.status.text() == f"ready: element {element_id}, cost 0 units ≈ $0.00"
    assert not elements.busy.isVisible()
    assert not elements.make_button.isVisible()  # ready and current: nothing to make

    # The payload view, validation and the estimate compile with it, as the job will.
    folder = window.document.folder
    assert folder is not None
    project = window.editor.project
    ready = maker.ready(project, folder)
    assert ready is not None
    view = kling_view(compile_guidances(project, 0), ready)
    assert view.request.body["element_list"] == [{"element_id": element_id}]
    assert view.request.endpoint == "/v1/videos/image2video"  # stays on kling-v3 (§13.5)
    assert view.cost is not None
    assert view.cost.model == "kling-v3"
    # The window's own docks show it: the Problems dock's note, the Kling request tab.
    notes = [p.message for p in window.problems.problems]
    assert "Ray Malone goes as a Kling element (the same person in every shot)." in notes
    assert f'"element_id": {element_id}' in window.kling_view.toPlainText()
    assert "kling-v3" in window.cost_label.text()

    # A third picture: the element shows an older Ray; Make Again makes a new one.
    from tests.ui.hands import drop_files

    drop_files(panel.images, [write_image(tmp_path / "drop" / "ray9.png", (500, 600))])
    qtbot.waitUntil(lambda: len(window.editor.project.characters[0].references) == 3)
    assert elements.status.text().startswith("out of date: the pictures or the voice changed")
    assert elements.make_button.text() == "Make Again"
    assert elements.make_button.isEnabled()
    assert maker.ready(window.editor.project, folder) == {}
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert len(fake.state.general.created) == 2
    assert elements.status.text().startswith("ready: element ")


def test_a_failed_element_shows_klings_reason_and_can_be_made_again(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    panel, maker = _bible_with_pictures(qtbot, kling_window, tmp_path)
    elements = _element_panel(panel)
    fake.state.general.fail_next = "no clear face in the frontal picture"
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert elements.status.text() == "failed: no clear face in the frontal picture"
    assert elements.make_button.text() == "Make Again"
    assert elements.make_button.isEnabled()


def test_a_refused_element_says_why_and_stays_unpaid(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    panel, maker = _bible_with_pictures(qtbot, kling_window, tmp_path)
    kling_window.editor.attempt(
        "rename",
        lambda: edits.update_character(kling_window.editor.project, "Ray Malone", voice_id="42"),
    )
    elements = _element_panel(panel)
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert "voice 42 not found" in elements.status.text()  # Kling's answer, as it came
    assert elements.status.text().startswith("failed: ")
    assert fake.state.general.created == []


def test_cancel_stops_following_and_make_follows_the_same_element_without_paying_twice(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    panel, maker = _bible_with_pictures(qtbot, kling_window, tmp_path)
    elements = _element_panel(panel)
    maker.poll_seconds = 0.5
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fake.state.general.created) == 1, timeout=20_000)
    with qtbot.waitSignal(maker.finished, timeout=5_000):
        qtbot.mouseClick(elements.cancel_button, Qt.MouseButton.LeftButton)
    assert elements.status.text().startswith("being made at Kling, not followed now")
    assert elements.make_button.text() == "Make Kling Element"
    maker.poll_seconds = 0.02
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    assert elements.status.text().startswith("ready: element ")
    assert len(fake.state.general.created) == 1  # followed, not made again


def test_without_keys_the_button_points_to_the_account_dialog(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = open_copy(DETECTIVE)
    panel, _maker = _bible_with_pictures(qtbot, window, tmp_path)
    elements = _element_panel(panel)
    assert elements.status.text().startswith("No Kling keys yet")
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    assert elements.status.text() == (
        "No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key."
    )
    assert not elements.busy.isVisible()


def test_the_submit_dialog_payload_dock_and_storyboard_tab_price_with_elements_alike(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storyboard_app.ui.kling_dialogs import SubmitDialog

    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    # The line the window's _build_controllers gets (ui/main_window.py is the lead's).
    window.board_settings.account_elements = window.payload.account_elements
    panel, maker = _bible_with_pictures(qtbot, window, tmp_path)
    folder = window.document.folder
    assert folder is not None

    def dialog() -> SubmitDialog:
        made = SubmitDialog(window.editor.project, folder, 0, window.services.kling)
        qtbot.addWidget(made)
        return made

    def estimates_agree_on(cost: str) -> None:
        """The submit dialog, the Payload dock and the Storyboard tab (clicked) agree."""
        assert dialog().cost.text() == cost
        assert window.cost_label.text() == f"Estimated: {cost}"
        bar = window.inspector_tabs.tabBar()
        (tab,) = [i for i in range(bar.count()) if bar.tabText(i) == "Storyboard"]
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        assert window.inspector_tabs.currentWidget() is window.board_settings
        assert window.board_settings.cost.text() == cost
        window.inspector_tabs.setCurrentWidget(panel)

    # Ray's pictures alone send the board to Omni, priced as Omni with audio (0.8 u/s).
    before = dialog()
    estimates_agree_on("12 s × 0.8 u/s = 9.6 units ≈ $1.34 (kling-v3-omni, std, audio)")
    assert "made from your pictures and words" in before.summary.text()
    qtbot.mouseClick(_element_panel(panel).make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    # With his element the request stays on kling-v3 image2video: 0.9 u/s, as the job bills.
    after = dialog()
    estimates_agree_on("12 s × 0.9 u/s = 10.8 units ≈ $1.51 (kling-v3, std, audio)")
    assert "made from its first frame and your words by Kling 3.0" in after.summary.text()
    assert "Ray Malone goes as a Kling element" in after.problems.text()


def test_picture_digests_are_kept_until_the_file_changes(tmp_path: Path) -> None:
    import hashlib
    import os

    from storyboard_app.ui.kling_elements import Digests

    picture = write_image(tmp_path / "a.png", (400, 400))
    digests = Digests()
    first = digests.of(picture)
    assert first == hashlib.sha256(picture.read_bytes()).digest()
    write_image(picture, (400, 401))  # the same name, other bytes
    stat = picture.stat()
    os.utime(picture, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert digests.of(picture) == hashlib.sha256(picture.read_bytes()).digest() != first


def test_a_recording_without_element_pictures_makes_the_custom_voice_for_kling_v2_6(
    qtbot: QtBot,
    kling_window: MainWindow,
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storyboard_app.compiler.guidances import compile_guidances
    from storyboard_app.ui.kling_elements import kling_view
    from tests.core.test_kling_elements import _recording
    from tests.ui.hands import drop_files

    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    panel, maker = _bible_with_pictures(qtbot, window, tmp_path, count=1)
    drop_files(panel.kling_voice, [_recording(tmp_path / "ray.wav", 6.0)])
    qtbot.waitUntil(lambda: window.editor.project.characters[0].voice_sample is not None)
    elements = _element_panel(panel)
    assert elements.status.text().endswith("Custom voice: not made yet")
    assert elements.make_button.text() == "Make Kling Voice"
    assert elements.cost.text() == "Cost: 0.05 units (≈ $0.007) for the custom voice"
    qtbot.mouseClick(elements.make_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(maker.finished, timeout=20_000):
        pass
    [made] = fake.state.general.created
    assert set(made) == {"voice_name", "voice_url", "external_task_id"}  # a voice alone
    assert elements.status.text().endswith("Custom voice: ready")
    assert not elements.make_button.isVisible()

    # A kling-v2-6 board whose first shot speaks now sends that voice in voice_list.
    folder = window.document.folder
    assert folder is not None
    project = window.editor.project
    board = project.storyboards[0]
    shot = board.shots[1].evolve(duration=5, first_frame=board.shots[0].first_frame)
    from storyboard_app.domain.vocabulary import Mode

    talking = project.evolve(
        storyboards=(board.evolve(model="kling-v2-6", mode=Mode.PRO, shots=(shot,)),)
    )
    [voice_id] = fake.state.general.voices
    ready = maker.ready(talking, folder)
    assert ready is not None
    assert ready.voices == {"Ray Malone": voice_id}
    view = kling_view(compile_guidances(talking, 0), ready)
    assert view.request.body["voice_list"] == [{"voice_id": voice_id}]
    assert "[Ray Malone<<<voice_1>>>" in view.request.body["prompt"]
