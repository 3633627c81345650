"""Sequence ▸ Play Sequence and chaining: one storyboard's last frame starts the next."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from storyboard_app.domain import edits
from storyboard_app.ui.controllers.playback import PlaybackController
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.services import Services

if TYPE_CHECKING:
    from storyboard_app.render.sequence import SequencePart


class SequenceController(QObject):
    """Plays the storyboards' active takes in order and chains storyboards by their frames.

    The joining and the frame drawing run off the GUI thread; ``running`` is true while a
    sequence is being joined.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ProjectDocument,
        editor: Editor,
        services: Services,
        playback: PlaybackController,
    ) -> None:
        super().__init__(window)
        self.window, self.document, self.editor = window, document, editor
        self.services, self.playback = services, playback
        self.running = False

    def play_sequence(self) -> None:
        """Join the storyboards' active takes (off the GUI thread) and play them in order."""
        folder = self.document.asset_root
        if folder is None:
            return
        project = self.document.project
        output = folder / "renders" / "sequence.mp4"
        from storyboard_app.render.sequence import export_sequence

        def done(parts: list[SequencePart]) -> None:
            self.running = False
            self.playback.play_sequence(output, parts)
            names = " | ".join(part.name for part in parts)
            self.window.statusBar().showMessage(
                self.tr("Sequence: {names}").format(names=names), 10000
            )

        def failed(error: Exception) -> None:
            self.running = False
            self.services.dialogs.error(
                self.window, self.tr("Cannot play the sequence"), str(error)
            )

        self.running = True
        self.window.statusBar().showMessage(self.tr("Joining the active takes…"))
        self.services.background.run(lambda: export_sequence(project, folder, output), done, failed)

    def frame_to_next_board(self) -> None:
        """Use the frame shown as the first frame of the next storyboard (one undo step)."""
        player = self.playback.player
        source, playing = player.source, self.playback.playing
        if source is None or playing is None:
            return
        still = Path(tempfile.mkdtemp(prefix="storyboard-frame-")) / "frame.png"
        seconds = player.position()

        def work() -> Path:  # a previs frame is drawn again, clean: worth a worker thread
            from storyboard_app.render.frames import clean_frame

            frame = clean_frame(source, seconds, playing.provider, playing.payload, playing.folder)
            frame.save(still, "PNG")
            return still

        self._chain_from(
            work, playing.storyboard_id, self.tr("Use frame as first frame"), self.tr("No frame")
        )

    def chain_to_next(self) -> None:
        """The last frame of this storyboard's active take becomes the next one's first frame."""
        folder = self.document.asset_root
        if folder is None:
            return
        project, index = self.document.project, self.editor.board_index
        still = Path(tempfile.mkdtemp(prefix="storyboard-chain-")) / "last-frame.png"

        def work() -> Path:
            from storyboard_app.render.sequence import chain_frame

            return chain_frame(project, folder, index, still)

        self._chain_from(
            work, self.editor.board.id, self.tr("Chain to next storyboard"), self.tr("Cannot chain")
        )

    def _chain_from(self, work: Callable[[], Path], board_id: str, text: str, title: str) -> None:
        """Make the still ``work`` saves (off the GUI thread) the next storyboard's first frame."""

        def failed(error: Exception) -> None:
            self.services.dialogs.error(self.window, title, str(error))

        self.services.background.run(
            work, lambda still: self._first_frame_of_next(still, board_id, text), failed
        )

    def _first_frame_of_next(self, still: Path, board_id: str, text: str) -> None:
        """Import ``still`` and make it the next storyboard's first frame (adding one if needed)."""

        def use(paths: list[str]) -> None:
            shutil.rmtree(still.parent, ignore_errors=True)
            project = self.document.project
            ids = [b.id for b in project.storyboards]
            here = ids.index(board_id) if board_id in ids else self.editor.board_index
            if here + 1 >= len(ids):
                project, _ = edits.add_storyboard(project, here)
            target = project.storyboards[here + 1]
            project = edits.update_shot(project, here + 1, target.shots[0].id, first_frame=paths[0])
            self.document.edit(text, project)
            self.editor.select_board(here + 1)
            self.playback.show_shot()

        self.editor.import_images([still], use)
