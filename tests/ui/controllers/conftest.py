"""Fixtures for the main window's controllers, each built on its own.

A controller is given a bare ``QMainWindow`` (its parent for dialogs and its status bar),
the project's document and editor, and the services: never the whole main window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from storyboard_app.jobs.board import Job, JobStatus
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.controllers.playback import PlaybackController
from storyboard_app.ui.dialogs import Dialogs
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.services import Services


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QMainWindow]:
    """A plain main window: what every controller needs of the window.

    The documents made for it are its children; their undo stacks are marked clean before
    it goes, as the app's workspace does (a dirty stack says so while it is destroyed).
    """
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    yield window
    for document in window.findChildren(ProjectDocument):
        document.undo_stack.setClean()


@dataclass
class Opened:
    """A copy of an example, open in a document with an editor."""

    document: ProjectDocument
    editor: Editor
    folder: Path


@pytest.fixture
def open_document(
    example_copy: Callable[[Path], Path], services: Services, host: QMainWindow
) -> Callable[[Path], Opened]:
    def open_(example: Path) -> Opened:
        folder = example_copy(example)
        document = ProjectDocument(load_project(folder), folder, host)
        editor = Editor(document, services.background, services.thumbnails, host)
        return Opened(document, editor, folder)

    return open_


@dataclass
class RecordingWorkspace:
    """The app's workspace as a controller sees it: what it was asked to open or create."""

    opened: list[Path] = field(default_factory=list)
    created: list[tuple[Path, Path | None]] = field(default_factory=list)

    def open_folder(self, folder: Path) -> bool:
        self.opened.append(folder)
        return True

    def new_project(self, folder: Path, template: Path | None) -> bool:
        self.created.append((folder, template))
        return True


@pytest.fixture
def workspace_calls() -> RecordingWorkspace:
    return RecordingWorkspace()


def write_video(file: Path, seconds: float) -> None:
    """A real H.264 MP4, big enough for its frames to be a storyboard's pictures."""
    with av.open(str(file), "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=24)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
        for n in range(int(seconds * 24)):
            picture = np.full((360, 640, 3), n * 4 % 255, np.uint8)
            frame = av.VideoFrame.from_ndarray(picture, "rgb24")
            frame.pts, frame.time_base = n, Fraction(1, 24)
            box.mux(stream.encode(frame))
        box.mux(stream.encode(None))


def finished_render(folder: Path, document: ProjectDocument, board: int, name: str) -> Job:
    """A finished render of a storyboard, its video a real 2 s MP4 in the renders folder."""
    storyboard = document.project.storyboards[board]
    video = folder / "renders" / f"{name}.mp4"
    video.parent.mkdir(parents=True, exist_ok=True)
    write_video(video, 2.0)
    return Job(
        id=name, provider="kling", project_title=document.project.title, folder=folder,
        storyboard_id=storyboard.id, storyboard_name=storyboard.name, requested_duration=2.0,
        shot_starts=(0.0, 1.0), status=JobStatus.DONE, output=video, actual_duration=2.0,
        mode="std", finished_at=float(len(name)),
    )  # fmt: skip


@dataclass
class Pictures:
    """The picture area (the shot's picture and the player's tab) and its controller."""

    tabs: QTabWidget
    preview: QWidget
    playback: PlaybackController


@pytest.fixture
def pictures(
    host: QMainWindow, services: Services, dialogs: Dialogs
) -> Callable[[Opened], Pictures]:
    def make(opened: Opened) -> Pictures:
        tabs = QTabWidget()
        preview = QLabel("the shot's picture")
        tabs.addTab(preview, "Shot")
        playback = PlaybackController(
            host, opened.document, opened.editor, dialogs, tabs, preview, services.settings
        )
        host.setCentralWidget(tabs)
        return Pictures(tabs, preview, playback)

    return make
