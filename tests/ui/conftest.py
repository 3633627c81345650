"""Fixtures for widget tests: services with a scripted dialogs port, windows on copies."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from storyboard_app.domain.models import Project
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.board import JobBoard
from storyboard_app.jobs.remote import PollPolicy
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.script.model import Script
from storyboard_app.storage.recovery import Recovery, RecoveryStore
from storyboard_app.ui.background import Background
from storyboard_app.ui.dialogs import Discard
from storyboard_app.ui.kling_dialogs import SubmitChoice
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import DETECTIVE, EXAMPLES
from tests.core.test_kling import make_video
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling


@pytest.fixture(autouse=True)
def _slot_exceptions_fail(request: pytest.FixtureRequest) -> None:
    """Every GUI test fails on an exception raised inside a Qt slot.

    pytest-qt hooks ``sys.excepthook`` around each test and fails it when a slot raised
    (PySide6 itself only prints the traceback); this guard keeps anyone from switching that
    off. ``test_slot_exceptions.py`` proves the capture really fails a test.
    """
    assert not request.config.getini("qt_no_exception_capture"), "slot exceptions must fail"
    assert request.node.get_closest_marker("qt_no_exception_capture") is None


@pytest.fixture(scope="session")
def _qasync_loop(qapp: QApplication) -> asyncio.AbstractEventLoop:
    """One qasync loop for the whole session, riding on the Qt loop qtbot spins.

    asyncio sees it running only during a widget test (:func:`_loop_runs_in_widget_tests`):
    qasync registers an ``already_running`` loop as the thread's running loop for good,
    and a core test's ``asyncio.run`` refuses to start while one is registered.
    """
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    return loop


@pytest.fixture(autouse=True)
def _loop_runs_in_widget_tests(
    _qasync_loop: asyncio.AbstractEventLoop,
) -> Iterator[asyncio.AbstractEventLoop]:
    """Every widget test runs with the qasync loop as asyncio's running (and current) loop,
    as the app does; after it, none is left registered, so tests of the core that run
    later in the same process (``asyncio.run``) work whatever the order."""
    asyncio.set_event_loop(_qasync_loop)
    asyncio.events._set_running_loop(_qasync_loop)
    yield _qasync_loop
    asyncio.events._set_running_loop(None)


@pytest.fixture
def qloop(
    _qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop; tasks a test leaves behind are cancelled, and must end."""
    yield _qasync_loop
    pending = [t for t in asyncio.all_tasks(_qasync_loop) if not t.done()]
    for task in pending:
        task.cancel()
    for _ in range(200):
        if all(task.done() for task in pending):
            break
        qapp.processEvents()
    assert all(task.done() for task in pending), "an asyncio task survived its test"


def finish(
    qapp: QApplication, loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, Any]
) -> Any:
    """Run a coroutine to its end on the (already running) qasync loop."""
    task = asyncio.ensure_future(work, loop=loop)
    deadline = time.monotonic() + 30
    while not task.done():
        qapp.processEvents()
        assert time.monotonic() < deadline, "the coroutine did not finish in 30 s"
    return task.result()


class ScriptedDialogs:
    """Answers the window's questions from a script and records what it was told."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.unsaved_answers: list[Discard] = []
        self.new_paths: list[Path] = []
        self.open_paths: list[Path] = []
        self.restore_answers: list[bool] = []
        self.asked: list[str] = []
        self.save_paths: list[Path] = []
        self.title_cards_answers: list[bool] = []
        self.kling_modes: list[Mode] = []
        self.shot_by_shot = False
        self.confirm_answers: list[bool] = []
        self.script_paths: list[Path] = []
        self.scene_choices: list[set[int]] = []

    def ask_unsaved(self, parent: QWidget, title: str) -> Discard:
        self.asked.append(f"unsaved:{title}")
        return self.unsaved_answers.pop(0) if self.unsaved_answers else Discard.DISCARD

    def ask_open(self, parent: QWidget) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def ask_new(self, parent: QWidget, suggested: str) -> Path | None:
        self.asked.append(f"new:{suggested}")
        return self.new_paths.pop(0) if self.new_paths else None

    def ask_restore(self, parent: QWidget | None, recovery: Recovery) -> bool:
        return self.restore_answers.pop(0) if self.restore_answers else False

    def ask_save_file(self, parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
        self.asked.append(f"save:{suggested}")
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_title_cards(self, parent: QWidget, missing: list[str]) -> bool:
        self.asked.append("title-cards:" + "; ".join(missing))
        return self.title_cards_answers.pop(0) if self.title_cards_answers else False

    def ask_kling_submit(
        self, parent: QWidget, project: Project, folder: Path, index: int, service: KlingService
    ) -> SubmitChoice | None:
        self.asked.append(f"kling:{project.storyboards[index].name}")
        if not self.kling_modes:
            return None
        return SubmitChoice(self.kling_modes.pop(0), self.shot_by_shot)

    def edit_kling_account(self, parent: QWidget, service: KlingService) -> None:
        self.asked.append("kling-account")

    def ask_script(self, parent: QWidget) -> Path | None:
        return self.script_paths.pop(0) if self.script_paths else None

    def choose_scenes(self, parent: QWidget, script: Script) -> set[int] | None:
        self.asked.append(f"scenes:{len(script.scenes)}")
        return self.scene_choices.pop(0) if self.scene_choices else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(f"confirm:{title}")
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


FAST_POLL = PollPolicy(first=0.02, most=0.05)
NO_KEYS: tuple[Credentials | None, str] = (None, "no Kling keys in this test")


@pytest.fixture
def kling_keys() -> list[tuple[Credentials | None, str]]:
    """The keys the services see; a test swaps in real ones for the fake service."""
    return [NO_KEYS]


@pytest.fixture
def make_services(
    tmp_path: Path,
    qapp: QApplication,
    dialogs: ScriptedDialogs,
    kling_keys: list[tuple[Credentials | None, str]],
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[Callable[[], Services]]:
    """Services like the app's, but with files under the test's folder."""
    made: list[Services] = []

    def make() -> Services:
        background = Background()
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        jobs = JobBoard()
        services = Services(
            dialogs=dialogs,
            settings=settings,
            recovery=RecoveryStore(tmp_path / "recovery"),
            background=background,
            thumbnails=ThumbnailCache(background),
            examples=EXAMPLES,
            jobs=jobs,
            renders=LocalRenders(jobs),
            kling=KlingService(jobs, settings, FAST_POLL, credentials=lambda: kling_keys[0]),
            autosave_ms=60_000,
        )
        made.append(services)
        return services

    yield make
    for services in made:
        assert services.background.wait(30_000)
        assert services.renders.wait(60_000)
        finish(qapp, qloop, services.kling.aclose())


@pytest.fixture
def services(make_services: Callable[[], Services]) -> Services:
    return make_services()


@pytest.fixture
def workspace(services: Services) -> Iterator[AppWorkspace]:
    space = AppWorkspace(services)
    yield space
    for window in list(space.windows):
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.fixture
def open_copy(
    workspace: AppWorkspace, example_copy: Callable[[Path], Path]
) -> Callable[[Path], MainWindow]:
    """Open a copy of an example in a window."""

    def open_(example: Path) -> MainWindow:
        folder = example_copy(example)
        assert workspace.open_folder(folder)
        return workspace.windows[-1]

    return open_


KEYS = (Credentials(ACCESS_KEY, SECRET_KEY), "environment")


@pytest.fixture
def fake() -> Iterator[FakeKling]:
    with FakeKling(make_video(12.0), 12.041) as service:
        yield service


@pytest.fixture
def kling_window(
    open_copy: Callable[[Path], MainWindow],
    fake: FakeKling,
    kling_keys: list[tuple[Credentials | None, str]],
) -> MainWindow:
    kling_keys[0] = KEYS
    window = open_copy(DETECTIVE)
    window.services.settings.setValue("kling/base_url", fake.base_url)
    window.services.kling.prepare()  # as the app does once the window has painted
    return window
