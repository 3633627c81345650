"""The editing controller: what is selected, and every user edit as one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from storyboard_app.compiler.validation import image_problems
from storyboard_app.domain import edits
from storyboard_app.domain.capabilities import KLING_V3, capability
from storyboard_app.domain.edits import EditRefused
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.storage.assets import AssetError, AssetStore, inspect_image
from storyboard_app.ui.background import Background
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.thumbnails import ThumbnailCache, decode_thumbnail


@dataclass(frozen=True)
class Imported:
    """An image copied into the project, with its thumbnail already decoded."""

    path: str
    thumbnail: QImage


class ImageRefused(Exception):
    """An image breaks a rule; the message names the file and the rule."""


def import_checked(store: AssetStore, source: Path, model: str) -> Imported:
    """Check an image against the model's rules, copy it in, decode its thumbnail.

    Runs on a worker thread: decoding an 8000×6000 JPEG takes far longer than a frame.
    """
    cap = capability(model) or KLING_V3
    problems = image_problems(inspect_image(source), cap.image_rules, "", cap.name)
    if problems:
        raise ImageRefused(problems[0].message)
    try:
        relative = store.import_image(source)
    except AssetError as error:
        raise ImageRefused(str(error)) from None
    return Imported(relative, decode_thumbnail(store.absolute(relative)))


class Editor(QObject):
    """Selection plus edits, shared by the timeline, the inspector and the menus.

    Signals:
        selection_changed(): the current storyboard or shot changed.
        refused(str): an edit or an import was refused; the text says why.
        status(str): a short message for the status bar.
    """

    selection_changed = Signal()
    refused = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        document: ProjectDocument,
        background: Background,
        thumbnails: ThumbnailCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.background = background
        self.thumbnails = thumbnails
        self._imports_asked = 0
        self._imports_done = 0
        self._imports_ready: dict[int, Callable[[], None]] = {}
        """Finished picture imports waiting for an earlier one (see ``_in_order``)."""
        self.board_index = 0
        first = document.project.storyboards[0].shots
        self.shot_id: str | None = first[0].id if first else None
        document.changed.connect(self._keep_selection_valid)

    # -- selection -----------------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The current project."""
        return self.document.project

    @property
    def board(self) -> Storyboard:
        """The selected storyboard."""
        return self.project.storyboards[self.board_index]

    @property
    def shot(self) -> Shot | None:
        """The selected shot, if any."""
        return next((s for s in self.board.shots if s.id == self.shot_id), None)

    def select_board(self, index: int) -> None:
        """Select a storyboard (and its first shot)."""
        index = max(0, min(index, len(self.project.storyboards) - 1))
        if index == self.board_index and self.shot is not None:
            return
        self.board_index = index
        self.shot_id = self.board.shots[0].id if self.board.shots else None
        self.selection_changed.emit()

    def select_shot(self, shot_id: str | None) -> None:
        """Select a shot of the current storyboard."""
        if shot_id != self.shot_id:
            self.shot_id = shot_id
            self.selection_changed.emit()

    def _keep_selection_valid(self, project: Project) -> None:
        changed = False
        if self.board_index >= len(project.storyboards):
            self.board_index = len(project.storyboards) - 1
            changed = True
        ids = [shot.id for shot in self.board.shots]
        if self.shot_id not in ids:
            self.shot_id = ids[-1] if ids else None
            changed = True
        if changed:
            self.selection_changed.emit()

    # -- edits ---------------------------------------------------------------------------

    def attempt(
        self, text: str, make: Callable[[], Project], merge: tuple[str, ...] | None = None
    ) -> bool:
        """Apply ``make()`` as one undo step; a refused edit is reported, not raised."""
        try:
            after = make()
        except EditRefused as error:
            self.refused.emit(str(error))
            return False
        self.document.edit(text, after, merge)
        return True

    def edit_shot(self, text: str, field: str, **changes: Any) -> None:
        """Change fields of the selected shot; typing in one field merges into one step."""
        shot_id = self.shot_id
        if shot_id is None:
            return
        self.attempt(
            text,
            lambda: edits.update_shot(self.project, self.board_index, shot_id, **changes),
            merge=("shot", self.board.id, shot_id, field),
        )

    def edit_board(self, text: str, field: str, **changes: Any) -> None:
        """Change settings of the selected storyboard."""
        self.attempt(
            text,
            lambda: edits.update_board(self.project, self.board_index, **changes),
            merge=("board", self.board.id, field),
        )

    def add_shot(self) -> None:
        """Add a shot after the selected one (or at the end)."""
        try:
            project, new_id = edits.add_shot(self.project, self.board_index, after=self.shot_id)
        except EditRefused as error:
            self.refused.emit(str(error))
            return
        self.document.edit(self.tr("Add shot"), project)
        self.select_shot(new_id)

    def duplicate_shot(self, shot_id: str | None = None) -> None:
        """Copy a shot (the selected one by default) right after itself."""
        target = shot_id or self.shot_id
        if target is None:
            return
        try:
            project, new_id = edits.duplicate_shot(self.project, self.board_index, target)
        except EditRefused as error:
            self.refused.emit(str(error))
            return
        self.document.edit(self.tr("Duplicate shot"), project)
        self.select_shot(new_id)

    def delete_shot(self, shot_id: str | None = None) -> None:
        """Remove a shot (the selected one by default)."""
        target = shot_id or self.shot_id
        if target is None:
            return
        ids = [s.id for s in self.board.shots]
        position = ids.index(target)
        if self.attempt(
            self.tr("Delete shot"),
            lambda: edits.delete_shot(self.project, self.board_index, target),
        ):
            remaining = [i for i in ids if i != target]
            self.select_shot(remaining[min(position, len(remaining) - 1)] if remaining else None)

    def move_shot(self, shot_id: str, to_index: int) -> None:
        """Reorder a shot."""
        self.attempt(
            self.tr("Move shot"),
            lambda: edits.move_shot(self.project, self.board_index, shot_id, to_index),
        )
        self.select_shot(shot_id)

    def resize_shot(self, shot_id: str, wanted: float, gesture: int) -> None:
        """Set a shot's duration from a drag: snapped, within limits, one step per drag."""
        duration = edits.snap_duration(self.board, shot_id, wanted)
        self.attempt(
            self.tr("Change duration"),
            lambda: edits.update_shot(self.project, self.board_index, shot_id, duration=duration),
            merge=("resize", shot_id, str(gesture)),
        )

    # -- images --------------------------------------------------------------------------

    def import_images(self, sources: Sequence[Path], use: Callable[[list[str]], None]) -> None:
        """Import image files off the GUI thread, then ``use(paths)`` with those accepted.

        Each refused file is reported with the rule it breaks; nothing of it is added.
        """
        store = self.document.assets
        if store is None:
            self.refused.emit(self.tr("Save the project first: images are copied into its folder."))
            return
        model = self.board.model
        files = list(sources)
        self.status.emit(
            self._counted(
                len(files), self.tr("Importing {n} picture…"), self.tr("Importing {n} pictures…")
            )
        )

        def work() -> tuple[list[Imported], list[str]]:
            accepted: list[Imported] = []
            messages: list[str] = []
            for source in files:
                try:
                    accepted.append(import_checked(store, source, model))
                except ImageRefused as error:
                    messages.append(str(error))
                except OSError as error:
                    messages.append(
                        self.tr("{file} cannot be read: {error}.").format(
                            file=source.name, error=error.strerror or error
                        )
                    )
            return accepted, messages

        def deliver(outcome: tuple[list[Imported], list[str]]) -> None:
            accepted, messages = outcome
            for item in accepted:
                self.thumbnails.put(store.absolute(item.path), item.thumbnail)
            if messages:
                self.refused.emit(self.tr("Not added: {why}").format(why=" ".join(messages)))
            if accepted:
                use([item.path for item in accepted])
            self.status.emit(
                self._counted(
                    len(accepted), self.tr("Added {n} picture."), self.tr("Added {n} pictures.")
                )
            )

        def report(error: Exception) -> None:
            self.refused.emit(self.tr("Import failed: {error}").format(error=error))

        ticket = self._imports_asked
        self._imports_asked += 1
        self.background.run(
            work,
            lambda outcome: self._in_order(ticket, lambda: deliver(outcome)),
            lambda error: self._in_order(ticket, lambda: report(error)),
        )

    def _in_order(self, ticket: int, deliver: Callable[[], None]) -> None:
        """Hand over imports in the order they were asked for: pictures dropped one after
        another land in that order, even when a big one takes longer to import."""
        self._imports_ready[ticket] = deliver
        while self._imports_done in self._imports_ready:
            ready = self._imports_ready.pop(self._imports_done)
            self._imports_done += 1
            ready()

    @staticmethod
    def _counted(number: int, one: str, many: str) -> str:
        """The message for one or for several (each form translated on its own)."""
        return (one if number == 1 else many).format(n=number)
