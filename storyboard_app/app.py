"""GUI entry: builds the services once, opens the window, runs the Qt event loop.

The window paints before anything it does not show is loaded: what only a command, a
render, the player or a Kling call needs (PyAV, numpy, QtMultimedia, httpx, the keychain,
OpenTimelineIO) is imported where it is first used, and the asyncio bridge right after the
first paint. ``tests/ui/test_startup.py`` keeps it so.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from storyboard_app import i18n
from storyboard_app.cli import say
from storyboard_app.i18n import _
from storyboard_app.jobs.board import JobBoard, JobStatus
from storyboard_app.jobs.remote import poll_policy
from storyboard_app.jobs.store import SqliteJobStore
from storyboard_app.paths import config_dir, data_dir, jobs_database
from storyboard_app.storage.bundle import ProjectLoadError, load_project
from storyboard_app.storage.recovery import RecoveryStore
from storyboard_app.ui.background import Background
from storyboard_app.ui.controllers.files import project_to_open, untitled_title
from storyboard_app.ui.dialogs import QtDialogs
from storyboard_app.ui.dock_sizes import settle_docks
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.first_paint import paint_first, report_requested, write_report_and_quit
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.main_window import Services
from storyboard_app.ui.opening_pictures import start_decoding, take_decoded
from storyboard_app.ui.quiet_logs import quiet_multimedia_logs
from storyboard_app.ui.render_jobs import LocalRenders
from storyboard_app.ui.screenshot import capture_when_painted
from storyboard_app.ui.start_window import gui_application, place
from storyboard_app.ui.system_check import missing_note
from storyboard_app.ui.thumbnails import ThumbnailCache
from storyboard_app.ui.translations import chosen_language, install_translations, resolve
from storyboard_app.ui.workspace import AppWorkspace, blank_project

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def build_services(app: QApplication) -> Services:
    """Everything the windows share, built once."""
    config, data = config_dir(), data_dir()
    config.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat, app)
    background = Background(app)
    jobs = JobBoard(SqliteJobStore(jobs_database()))
    for job in jobs.unfinished("local previs"):  # a previs render dies with the app
        jobs.update(job.id, status=JobStatus.FAILED, message="interrupted: the app closed")
    return Services(
        dialogs=QtDialogs(),
        settings=settings,
        recovery=RecoveryStore(data / "recovery"),
        background=background,
        thumbnails=ThumbnailCache(background, app),
        examples=EXAMPLES,
        jobs=jobs,
        renders=LocalRenders(jobs, app),
        kling=KlingService(jobs, settings, poll_policy(), parent=app),
    )


def freeze_startup_heap() -> None:
    """Keep the garbage collector's full passes from pausing the event loop.

    Once the window is up, the heap holds about 100,000 long-lived objects (Qt bindings,
    pydantic schemas, modules). Every full collection rescans all of them: a 55-85 ms pause
    on a 2-core machine, long enough to freeze the window and the network tasks. Frozen
    after start-up, they are skipped, and a full pass scans only what was made since.
    The collector is off until then (``main`` turns it off for the window's start-up).
    No collection comes first: on the bigger example it took 35 ms, between the editor's
    first paint and its first input, to find 66 unreachable objects; they stay frozen.
    """
    gc.freeze()
    gc.enable()


def export_pdf(project: Path, output: Path, paper: str) -> int:
    """``storyboard-app export --format pdf``: the printable storyboard, no window needed."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    translators = install_translations(app, i18n.current_language())  # the PDF's words
    from storyboard_app.ui.pdf import write_storyboard_pdf

    try:
        loaded = load_project(project)
    except ProjectLoadError as error:
        say(f"storyboard-app export: {error}")
        return 1
    try:
        pages = write_storyboard_pdf(loaded, project, output, paper)
    except OSError as error:
        say(f"storyboard-app export: {error}")
        return 1
    say(_("Wrote {file} ({pages} pages)").format(file=output, pages=pages))
    assert app is not None
    assert translators is not None  # kept installed until the PDF is written
    return 0


def run_gui(
    project: Path | None,
    screenshot: Path | None,
    size: tuple[int, int] | None,
    start: QWidget | None = None,
) -> int:
    """Open the window on ``project`` (or a new untitled one); return the exit code.

    ``start`` is the window shown while this loads; the editor takes its place.
    """
    app = gui_application()
    quiet_multimedia_logs()  # before anything imports QtMultimedia (importing it prints)
    services = build_services(app)
    install_translations(app, resolve(chosen_language(services.settings)))
    workspace = AppWorkspace(services)

    interactive = screenshot is None
    if interactive:
        for recovery in services.recovery.pending():
            if services.dialogs.ask_restore(None, recovery):
                workspace.restore(recovery)
            else:
                workspace.decline(recovery)

    opening: list[Path] = []  # the pictures the editor opens on
    if project is not None:
        try:
            document = ProjectDocument(load_project(project), project)
        except ProjectLoadError as error:
            if start is not None:
                start.close()
            say(f"storyboard-app open: {error}")
            if interactive:
                services.dialogs.error(None, _("Cannot open the project"), str(error))
            return 1
        opening = start_decoding(services.thumbnails, document)  # while the editor is built
        window = workspace.show(document)
    elif workspace.windows:
        window = workspace.windows[0]
    elif (
        interactive and (last := project_to_open(services.settings)) and workspace.open_folder(last)
    ):  # the project worked on last (one that no longer opens is said, then Untitled)
        window = workspace.windows[-1]
    else:
        window = workspace.show(ProjectDocument(blank_project(untitled_title()), None))
    place(window, size, services.settings)
    settle_docks(window)  # the first frame shows the docks as they stay
    take_decoded(services.thumbnails, opening)  # and the shots' pictures, not blank blocks
    if start is not None:
        start.close()  # after the editor shows, so there is always a window
    paint_first(window, "editor_paint")
    import asyncio  # the asyncio bridge (and asyncio itself) once the window shows

    import qasync

    services.kling.prepare()

    outcome: list[bool] = []

    async def lifetime() -> None:
        quitting = asyncio.Event()
        app.aboutToQuit.connect(quitting.set)
        if report_requested():
            write_report_and_quit()
        if interactive:
            note = missing_note()
            if note:
                say(note)
                window.statusBar().showMessage(note, 30000)
            services.kling.problem.connect(lambda text: window.statusBar().showMessage(text, 15000))
            resumed = services.kling.resume()
            if resumed:
                resuming = (
                    _("Resuming {n} Kling job.") if resumed == 1 else _("Resuming {n} Kling jobs.")
                )
                window.statusBar().showMessage(resuming.format(n=resumed), 8000)
            from storyboard_app.ui.frame_services import close_image_jobs, resume_image_jobs
            from storyboard_app.ui.service_accounts import accounts_for

            accounts = accounts_for(services.kling)
            accounts.problem.connect(lambda text: window.statusBar().showMessage(text, 15000))
            accounts.resume()  # fal and Replicate jobs a previous run left unfinished

            resume_image_jobs(services.kling)  # frame requests a previous run left unfinished
        else:
            assert screenshot is not None

            def finished(ok: bool) -> None:
                outcome.append(ok)
                app.quit()

            capture_when_painted(
                window, screenshot, finished, ready=lambda: not services.background.busy()
            )
        await quitting.wait()
        if interactive:
            await close_image_jobs(services.kling)  # unfinished frames stay in the database
            await accounts.aclose()  # unfinished fal and Replicate jobs stay there too
        await services.kling.aclose()  # unfinished jobs stay in the database

    freeze_startup_heap()
    qasync.run(lifetime())
    services.background.wait()
    services.renders.wait()
    if screenshot is None:
        return 0
    if not outcome or not outcome[0]:
        say(f"storyboard-app open: could not save {screenshot}")
        return 1
    say(_("Saved a screenshot to {file}").format(file=screenshot))
    return 0
