"""Render With…: the same storyboard through every service, its cost, what it cannot take,
what its defaults change; services without keys say so; the choice is remembered; a fal or
Replicate submission goes to the provider's job runner; takes name their service."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.domain import edits
from storyboard_app.domain.models import Project, ReferenceImage
from storyboard_app.domain.picture_labels import GENERATED_FRAME
from storyboard_app.domain.vocabulary import ImageRole, Mode
from storyboard_app.jobs.board import Job, JobBoard, JobStatus, job_for_payload, new_job_id
from storyboard_app.providers.fal.client import FalProvider
from storyboard_app.providers.port import VideoProvider
from storyboard_app.storage.bundle import load_project
from storyboard_app.storage.takes import TakeStore
from storyboard_app.ui.accounts_dialog import AccountsDialog
from storyboard_app.ui.background import Background
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.render_services import RenderServices
from storyboard_app.ui.service_accounts import (
    KLING,
    LOCAL,
    Origins,
    ServiceAccounts,
)
from storyboard_app.ui.service_submit import ServiceChoice, ServiceSubmitDialog
from storyboard_app.ui.takes_panel import TakesPanel
from storyboard_app.ui.theme import ERROR
from tests.conftest import DETECTIVE, TEAHOUSE
from tests.fakes.fal_server import FAL_KEY
from tests.fakes.kling_server import FakeKling
from tests.fakes.replicate_server import TOKEN
from tests.ui.conftest import ScriptedDialogs
from tests.ui.layout_check import clipped_text
from tests.ui.test_accounts_dialog import Keychain
from tests.ui.test_translated_dialogs import english
from tests.ui.test_translated_dialogs import translated as translated  # a fixture

FAL, REPLICATE = "fal", "replicate"  # the services' names in job records (their adapters')


@pytest.fixture
def folder(example_copy: Callable[[Path], Path]) -> Path:
    return example_copy(DETECTIVE)


@pytest.fixture
def keychain() -> Keychain:
    chain = Keychain()
    chain.kept[FAL] = FAL_KEY
    return chain


@pytest.fixture
def accounts(services: Services, keychain: Keychain) -> ServiceAccounts:
    accounts = ServiceAccounts(services.kling, Origins({FAL: "http://127.0.0.1:9",
                               REPLICATE: "http://127.0.0.1:9"}), keychain.load, keychain.keep,
                               parent=services.kling)  # fmt: skip
    return accounts


def shown(
    qtbot: QtBot, project: Project, folder: Path, accounts: ServiceAccounts, services: Services
) -> ServiceSubmitDialog:
    dialog = ServiceSubmitDialog(project, folder, 0, accounts, services.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: ServiceSubmitDialog, service: str) -> None:
    """Pick a service with the keyboard on the combo box, as a person does."""
    combo = dialog.service
    combo.setFocus()
    target = dialog.services.index(service)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def cell(dialog: ServiceSubmitDialog, service: str, column: int) -> str:
    item = dialog.table.item(dialog.services.index(service), column)
    assert item is not None
    return item.text()


def tip(dialog: ServiceSubmitDialog, service: str, column: int) -> str:
    """The whole sentence behind a short cell."""
    item = dialog.table.item(dialog.services.index(service), column)
    assert item is not None
    return item.toolTip()


def test_every_service_shows_its_cost_and_what_it_cannot_take(
    qtbot: QtBot, folder: Path, accounts: ServiceAccounts, services: Services
) -> None:
    project = load_project(folder)
    dialog = shown(qtbot, project, folder, accounts, services)
    combo = dialog.service
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Local previs", "Kling — add a key in Accounts", "fal.ai",
        "Replicate — add a key in Accounts",
    ]  # fmt: skip
    assert dialog.chosen_service() == KLING  # nothing remembered yet
    assert dialog.summary.text() == "“Alley”: 3 shots, 12 s, with sound."
    assert cell(dialog, LOCAL, 1) == "free"
    assert tip(dialog, LOCAL, 1) == "free: rendered on this computer"
    assert cell(dialog, KLING, 1) == "≈ $1.51"
    assert tip(dialog, KLING, 1).startswith("12 s × 0.9 u/s")
    assert cell(dialog, FAL, 1) == "≈ $1.51"
    assert tip(dialog, FAL, 1) == "12 s × $0.126/s ≈ $1.51"  # image-to-video with sound
    assert cell(dialog, REPLICATE, 1) == "not known"
    assert tip(dialog, REPLICATE, 1).startswith("Price not known")
    assert [cell(dialog, s, 2) for s in dialog.services] == ["takes everything"] * 4
    assert dialog.directions.text() == "Takes everything in this storyboard."
    assert not dialog.submit_button.isEnabled()  # Kling has no keys here
    assert dialog.reason.text() == "No Kling key yet: add one to send this storyboard there."
    assert dialog.add_key_button.isVisible()

    choose(dialog, FAL)
    assert dialog.submit_button.isEnabled(), dialog.reason.text()
    assert dialog.cost.text() == "12 s × $0.126/s ≈ $1.51"
    defaults = dialog.defaults.text()
    assert "fal.ai adds sound unless told not to; this storyboard is sent with sound." in defaults
    assert "The picture's shape comes from the first frame; the storyboard's 16:9" in defaults
    assert "Shot lengths are sent rounded to whole seconds." in defaults
    assert not dialog.add_key_button.isVisible()  # fal has its key
    assert not dialog.shot_by_shot.isVisible()  # shot by shot is Kling's

    choose(dialog, REPLICATE)
    assert not dialog.submit_button.isEnabled()
    assert dialog.reason.text() == "No Replicate key yet: add one to send this storyboard there."
    assert "Replicate is silent unless told otherwise" in dialog.defaults.text()

    mode = dialog.mode
    mode.setFocus()
    QTest.keyClick(mode, Qt.Key.Key_Down)  # std → pro
    assert dialog.chosen_mode() is Mode.PRO
    assert cell(dialog, FAL, 1) == "≈ $4.03"  # pro image-to-video with sound: $0.336/s


def test_quoting_builds_no_provider_nor_http_client(
    qtbot: QtBot,
    folder: Path,
    accounts: ServiceAccounts,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The costs and refusals come from the adapters' pure functions: opening the dialog and
    changing its mode build no provider, so no HTTP client (its imports and the TLS context
    cost ~70 ms on the GUI thread at the first opening)."""
    built: list[str] = []
    monkeypatch.setattr(accounts, "prepare", lambda: built.append("http client"))
    dialog = shown(qtbot, load_project(folder), folder, accounts, services)
    dialog.mode.setFocus()
    QTest.keyClick(dialog.mode, Qt.Key.Key_Down)  # std → pro: every service assessed again
    assert dialog.chosen_mode() is Mode.PRO
    assert cell(dialog, FAL, 1) == "≈ $4.03"
    assert built == []


def test_a_direction_a_service_cannot_take_blocks_it_with_the_reason(
    qtbot: QtBot, folder: Path, accounts: ServiceAccounts, services: Services
) -> None:
    accounts.use_key_until_closed(REPLICATE, TOKEN)
    project = load_project(folder)
    second = project.storyboards[0].shots[1].id
    short = edits.update_shot(project, 0, second, duration=2)  # 3 + 2 + 4 s
    dialog = shown(qtbot, short, folder, accounts, services)
    assert cell(dialog, FAL, 2) == "cannot be sent (1)"
    assert tip(dialog, FAL, 2) == "fal's shots last 3–15 s; shot 2 is 2 s."
    item = dialog.table.item(dialog.services.index(FAL), 2)
    assert item is not None
    assert item.foreground().color() == ERROR
    row = dialog.services.index(FAL)
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen_service() == FAL  # a click on the row chooses it
    assert "fal's shots last 3–15 s; shot 2 is 2 s." in dialog.directions.text()
    assert not dialog.submit_button.isEnabled()
    assert dialog.reason.isVisible()
    assert "fal.ai cannot take this storyboard as it stands" in dialog.reason.text()
    assert "in red under Cannot take" in dialog.reason.text()
    assert "shot 2 is 2 s" not in dialog.reason.text()  # said once, above
    choose(dialog, REPLICATE)  # Replicate's shots start at 1 s
    assert "shot 2" not in tip(dialog, REPLICATE, 2)
    assert dialog.submit_button.isEnabled(), dialog.reason.text()


def test_the_choice_is_remembered_for_the_project(
    qtbot: QtBot, folder: Path, accounts: ServiceAccounts, services: Services
) -> None:
    project = load_project(folder)
    dialog = shown(qtbot, project, folder, accounts, services)
    choose(dialog, FAL)
    QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choice() == ServiceChoice(FAL, Mode.STD, False)
    again = shown(qtbot, project, folder, accounts, services)
    assert again.chosen_service() == FAL


class FakeRunner:
    """A job runner with today's KlingJobs methods, recording what it was asked."""

    def __init__(self, provider: VideoProvider, board: JobBoard) -> None:
        self.provider, self.board = provider, board
        self.ran: list[str] = []
        self.prepared: list[tuple[int, Mode | None, bool]] = []
        self.refuse = ""

    def prepare(
        self, project: Project, folder: Path, board_index: int, mode: Mode | None = None,
        output_dir: Path | None = None, unless_running: bool = False,
    ) -> Job:  # fmt: skip
        if self.refuse:
            raise ValueError(self.refuse)
        self.prepared.append((board_index, mode, unless_running))
        payload = compile_guidances(project, board_index)
        return self.board.add(job_for_payload(new_job_id(), self.provider.name, payload, folder))

    prepare_shot_by_shot = prepare

    def prepare_payload(
        self, payload: GuidancesPayload, folder: Path, snapshot: dict[str, Any] | None = None,
        output_dir: Path | None = None, parent: str | None = None, unless_running: bool = False,
    ) -> Job:  # fmt: skip
        raise AssertionError("not used by a submission")

    def cancel(self, job_id: str) -> Job:
        return self.board.get(job_id)

    async def run(self, job_ids: list[str]) -> list[Job]:
        self.ran.extend(job_ids)
        await asyncio.sleep(0)
        return [self.board.get(job_id) for job_id in job_ids]

    async def resume(self) -> list[Job]:
        return []

    def resend_after_warning(self, job_id: str) -> Job:
        raise AssertionError("not used by a submission")


def test_a_fal_submission_goes_to_the_providers_runner_built_once(
    qtbot: QtBot, folder: Path, accounts: ServiceAccounts, services: Services
) -> None:
    runners: list[FakeRunner] = []

    def factory(provider: VideoProvider, board: JobBoard) -> FakeRunner:
        runners.append(FakeRunner(provider, board))
        return runners[-1]

    window = QWidget()
    qtbot.addWidget(window)
    refusals: list[str] = []
    asked: list[ServiceChoice] = [ServiceChoice(FAL, Mode.STD), ServiceChoice(FAL, Mode.PRO)]
    controller = RenderServices(accounts, services.settings, window, lambda: None,
                                ask=lambda _p, _f, _i: asked.pop(0))  # fmt: skip
    controller.refused.connect(lambda _title, text: refusals.append(text))
    project = load_project(folder)

    accounts.runners = factory  # a double: this test sends nothing anywhere
    asked.pop(0)
    job = controller.render(project, folder, 0)
    assert job is not None
    assert job.provider == FAL
    qtbot.waitUntil(lambda: runners[0].ran == [job.id])
    assert runners[0].prepared == [(0, Mode.PRO, True)]
    assert isinstance(runners[0].provider, FalProvider)
    assert controller.sent_message(job) == "Sent “Alley” to fal.ai."
    assert accounts.runner(FAL) is runners[0]  # one provider, one runner
    assert accounts.provider(FAL) is runners[0].provider
    runners[0].refuse = "fal cannot take this storyboard as it stands: shot 2 is 2 s."
    asked.append(ServiceChoice(FAL, Mode.STD))
    assert controller.render(project, folder, 0) is None
    assert refusals[-1] == runners[0].refuse


def test_without_a_saved_folder_nothing_is_asked(
    qtbot: QtBot, accounts: ServiceAccounts, services: Services
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    refusals: list[str] = []
    controller = RenderServices(accounts, services.settings, window, lambda: None,
                                ask=lambda *_a: pytest.fail("asked"))  # fmt: skip
    controller.refused.connect(lambda _title, text: refusals.append(text))
    assert controller.render(load_project(DETECTIVE), None, 0) is None
    assert refusals
    assert refusals[0].startswith("Save the project first")


def test_takes_name_their_service_and_old_takes_keep_theirs(qtbot: QtBot, tmp_path: Path) -> None:
    renders = tmp_path / "renders"
    renders.mkdir()
    base = {"storyboard_id": "b1", "storyboard_name": "Alley", "video": "renders/x.mp4",
            "created_at": 1_700_000_000.0, "requested_duration": 12.0}  # fmt: skip
    takes = [
        {**base, "id": "t1", "provider": "fal", "mode": "std", "cost_usd": 1.512,
         "service": "fal"},
        {**base, "id": "t2", "provider": "replicate", "mode": "pro"},
        {**base, "id": "t3", "provider": "kling", "mode": "pro", "cost_units": 14.4,
         "cost_usd": 2.016},
        {**base, "id": "t4", "provider": "local previs", "mode": "720p", "service": "local"},
    ]  # fmt: skip
    (renders / "takes.json").write_text(json.dumps({"takes": takes, "active": {}}))
    background = Background()
    panel = TakesPanel(background)
    qtbot.addWidget(panel)
    panel.show_takes(TakeStore(tmp_path), "b1")
    assert background.wait(10_000)  # the thumbnails' work ends inside the test
    lines = sorted(panel.list.item(i).text().split("\n")[0] for i in range(panel.list.count()))
    assert lines == [
        "Kling pro · asked 12 s · 14.4 u ≈ $2.02",
        "Local previs 720p · asked 12 s · free",
        "Replicate pro · asked 12 s · free",
        "fal.ai std · asked 12 s · ≈ $1.51",
    ]


def test_the_window_controller_sends_to_each_service_and_says_why_not(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv("FAL_KEY", raising=False)
    window = kling_window
    played: list[Job] = []
    window.rendering.rendered.connect(played.append)  # what the window plays and keeps
    controller = window.rendering.choose_service
    controller.accounts._load = Keychain().load  # no fal key kept
    folder = window.document.folder
    project = window.document.project
    choices = [ServiceChoice(FAL, Mode.STD), ServiceChoice(KLING, Mode.STD),
               ServiceChoice(LOCAL, Mode.STD)]  # fmt: skip
    controller.ask = lambda _p, _f, _i: choices.pop(0)
    assert controller.render(project, folder, 0) is None
    assert dialogs.errors == ["No fal.ai key yet: add one in Accounts."]
    job = controller.render(project, folder, 0)
    assert job is not None
    assert job.provider == "kling"
    assert window.jobs_dock.isVisible()
    assert window.statusBar().currentMessage() == "Sent “Alley” to Kling."
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished, timeout=30_000)
    assert len(fake.state.tasks) == 1
    previs = controller.render(project, folder, 0)
    assert previs is not None
    assert previs.provider == "local previs"
    qtbot.waitUntil(lambda: window.services.jobs.get(previs.id).status.finished, timeout=60_000)
    qtbot.waitUntil(lambda: [j.id for j in played] == [job.id, previs.id])


def test_unfinished_fal_jobs_resume_or_wait_with_the_reason(
    qtbot: QtBot, folder: Path, services: Services, keychain: Keychain
) -> None:
    payload = compile_guidances(load_project(folder), 0)
    waiting = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder))
    problems: list[str] = []
    empty = Keychain()
    accounts = ServiceAccounts(services.kling, load=empty.load, keep=empty.keep)
    accounts.problem.connect(problems.append)
    assert accounts.resume() == 1
    assert problems == [
        "1 fal.ai job(s) wait to be resumed: No fal.ai key yet: add one in Accounts."
    ]
    runners: list[FakeRunner] = []

    def factory(provider: VideoProvider, board: JobBoard) -> FakeRunner:
        runners.append(FakeRunner(provider, board))
        return runners[-1]

    keyed = ServiceAccounts(services.kling, load=keychain.load, keep=keychain.keep,
                            runners=factory)  # fmt: skip
    assert keyed.resume() == 1
    qtbot.waitUntil(lambda: runners[0].ran == [waiting.id])
    finished: list[str] = []
    keyed.finished.connect(finished.append)
    services.jobs.update(waiting.id, status=JobStatus.DONE)
    assert finished == [waiting.id]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_render_with_reads_in_chinese(
    language: str, translated: Callable[[str], None], qtbot: QtBot,
    example_copy: Callable[[Path], Path], accounts: ServiceAccounts, services: Services,
) -> None:  # fmt: skip
    translated(language)
    folder = example_copy(TEAHOUSE)
    project = load_project(folder)
    dialog = ServiceSubmitDialog(project, folder, 0, accounts, services.settings)
    qtbot.addWidget(dialog)
    dialog.resize(900, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    words = {project.model_dump_json(), str(folder)}
    for service in dialog.services:
        choose(dialog, service)
        assert english(dialog, words) == [], service
        assert clipped_text(dialog) == [], service
    kling = "可灵" if language == "zh_CN" else "可靈"
    assert dialog.service.itemText(dialog.services.index(KLING)).startswith(kling)

    # A storyboard fal and Replicate cannot take as it stands: their reasons read in Chinese.
    board = project.storyboards[0]
    picture = board.shots[0].first_frame
    assert picture is not None
    odd = edits.update_shot(project, 0, board.shots[0].id, duration=1.5)
    odd = edits.update_shot(odd, 0, board.shots[1].id, last_frame=picture)
    look = ReferenceImage(image=picture, role=ImageRole.STYLE, label=GENERATED_FRAME)
    odd = edits.update_shot(odd, 0, board.shots[2].id, references=(look,))
    odd = odd.evolve(storyboards=(odd.storyboards[0].evolve(seed=7), *odd.storyboards[1:]))
    unsure = ServiceSubmitDialog(odd, folder, 0, accounts, services.settings)
    qtbot.addWidget(unsure)
    unsure.resize(900, unsure.sizeHint().height())
    unsure.show()
    qtbot.waitExposed(unsure)
    seed = "种子 7" if language == "zh_CN" else "種子 7"
    for service in (FAL, REPLICATE):
        choose(unsure, service)
        shown_reasons = unsure.directions.text()
        assert seed in shown_reasons, service  # the seed is named, in Chinese
        assert "1.5" in shown_reasons, service  # whole seconds only
        assert english(unsure, {odd.model_dump_json(), str(folder)}) == [], service
    assert "1–3" in tip(unsure, FAL, 2)  # fal's elements: the references are not sent


def test_a_key_added_through_accounts_makes_the_service_ready(
    qtbot: QtBot, folder: Path, accounts: ServiceAccounts, services: Services,
    keychain: Keychain,
) -> None:  # fmt: skip
    dialog = shown(qtbot, load_project(folder), folder, accounts, services)
    choose(dialog, REPLICATE)
    assert not dialog.submit_button.isEnabled()
    seen: list[str] = []

    def add_token() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, AccountsDialog)
        seen.append(opened.tabs.tabText(opened.tabs.currentIndex()))
        QTest.keyClicks(opened.key_pages[REPLICATE].key, TOKEN)
        save = opened.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, add_token)
    QTest.mouseClick(dialog.accounts_button, Qt.MouseButton.LeftButton)
    assert seen == ["Replicate"]  # opened on the chosen service's page
    assert keychain.kept[REPLICATE] == TOKEN
    assert dialog.service.currentText() == "Replicate"
    assert dialog.submit_button.isEnabled(), dialog.reason.text()
    assert not dialog.reason.isVisible()


def test_a_fal_job_is_cancelled_from_the_jobs_list_even_without_a_key(
    qtbot: QtBot, folder: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyboard_app.ui.jobs_panel import JobsPanel

    monkeypatch.delenv("FAL_KEY", raising=False)
    empty = Keychain()
    accounts = ServiceAccounts(services.kling, load=empty.load, keep=empty.keep)
    payload = compile_guidances(load_project(folder), 0)
    queued = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder))
    sent = services.jobs.add(job_for_payload(new_job_id(), FAL, payload, folder, remote_id="r1"))
    panel = JobsPanel(services.jobs, services.renders, services.kling)
    qtbot.addWidget(panel)
    panel.cancel_by_service[FAL] = accounts.cancel
    panel.show()
    for job in (queued, sent):
        item = next(
            panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
            if panel.tree.topLevelItem(i).data(0, 256) == job.id  # type: ignore[union-attr]
        )  # fmt: skip
        assert item is not None
        panel.tree.setCurrentItem(item)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert services.jobs.get(queued.id).status is JobStatus.CANCELLED
    assert services.jobs.get(queued.id).message == "cancelled"
    stopped = services.jobs.get(sent.id)
    assert stopped.status is JobStatus.CANCELLED
    assert stopped.message == "no longer followed; fal.ai was not asked to stop (no key)"
