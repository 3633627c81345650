"""Render ▸ Render Previs on its own controller: the toolbar's resolution, refusals, the end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QMainWindow
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.ui.controllers.rendering import RenderController
from storyboard_app.ui.services import Services
from tests.conftest import DETECTIVE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.controllers.conftest import Opened
from tests.ui.hands import choose


def test_the_chosen_resolution_renders_and_a_finished_render_is_announced(
    qtbot: QtBot,
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
) -> None:
    opened = open_document(DETECTIVE)
    jobs_dock = QDockWidget("Jobs", host)
    rendering = RenderController(host, opened.document, opened.editor, services, jobs_dock)
    host.addToolBar("Main").addWidget(rendering.resolution)
    host.show()
    qtbot.waitExposed(host)
    jobs_dock.hide()
    choose(rendering.resolution, "1080p")
    with qtbot.waitSignal(rendering.rendered, timeout=60_000) as rendered:
        job = rendering.render_previs()
        assert job is not None
        assert job.mode == "1080p"
        assert jobs_dock.isVisible()
        assert host.statusBar().currentMessage() == "Rendering “Alley”…"
    done = rendered.args[0]
    assert isinstance(done, Job)
    assert done.id == job.id
    assert done.status is JobStatus.DONE
    assert done.output is not None
    assert done.output.is_file()
    assert host.statusBar().currentMessage().startswith("“Alley” is rendered.")


def test_a_render_is_refused_before_it_starts(
    host: QMainWindow,
    open_document: Callable[[Path], Opened],
    services: Services,
    dialogs: ScriptedDialogs,
) -> None:
    opened = open_document(DETECTIVE)
    document, editor = opened.document, opened.editor
    rendering = RenderController(host, document, editor, services, QDockWidget("Jobs", host))
    refused: list[str] = []
    editor.refused.connect(refused.append)
    board = document.project.storyboards[0]
    document.edit("Empty", edits.replace_board(document.project, 0, board.evolve(shots=())))
    assert rendering.render_previs() is None
    assert refused == ["This storyboard has no shots to render."]
    document.folder = None
    assert rendering.render_previs() is None
    assert rendering.render_with_kling() is None
    assert dialogs.errors[-2:] == [
        "Save the project first: renders are kept in its renders folder.",
        "Save the project first: results are downloaded into its renders folder.",
    ]
