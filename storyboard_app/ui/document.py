"""The open project, its undo history and where it is saved."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from storyboard_app.domain.models import Project
from storyboard_app.jobs.board import Job, JobBoard
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import (
    ASSETS_DIR,
    RENDERS_DIR,
    ProjectSaveError,
    clean_leftovers,
    project_version,
    save_project,
)

MergeKey = tuple[str, ...]


class ReplaceProject(QUndoCommand):
    """One user edit: the project before and after.

    Commands with the same merge key that follow each other (typing in one field, one drag)
    merge into a single undo step that keeps the first "before" and the newest "after".
    """

    _MERGE_ID = 1

    def __init__(
        self, document: ProjectDocument, text: str, after: Project, merge: MergeKey | None
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = document.project
        self._after = after
        self._merge = merge

    def redo(self) -> None:
        self._document._set(self._after)

    def undo(self) -> None:
        self._document._set(self._before)

    def id(self) -> int:
        return self._MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceProject) or other._merge != self._merge:
            return False
        self._after = other._after
        return True


class ProjectDocument(QObject):
    """The project being edited.

    Signals:
        changed(Project): after every edit, undo or redo that changes the project, and
            after Save As (its pictures are then read from the new folder).
        dirty_changed(bool): when the project stops or starts matching what is saved.
        folder_changed(object): the bundle folder (a Path, or None) after Save As.
        staging_moved(Path, Path): the first save copied the staging folder (the first path)
            into the project folder (the second); emitted before ``folder_changed``, while
            the staging folder still exists.

    An unsaved project keeps what is made for it in a staging folder beside its recovery
    file (so a crash does not lose it): the pictures dropped on it and its sketched boards in
    ``assets/``, its previs renders and their takes in ``renders/``. The first save copies
    both into the project's folder, then the staging folder goes, unless a listener of
    ``staging_moved`` keeps it in :attr:`retired` (a render is still being written into it)
    and drops it itself later.
    """

    changed = Signal(object)
    dirty_changed = Signal(bool)
    folder_changed = Signal(object)
    staging_moved = Signal(object, object)

    def __init__(
        self, project: Project, folder: Path | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._project = project
        self.folder = folder
        self.staging: Path | None = None
        self.retired: set[Path] = set()
        """Staging folders already copied by the first save, kept until the renders still
        being written into them are done (see ``staging_moved``)."""
        self.assets = AssetStore(folder) if folder else None
        self.saved_version = project_version(folder) if folder else None
        """The project file as this window last loaded or saved it (to spot other writers)."""
        if folder is not None:
            clean_leftovers(folder)
        self.undo_stack = QUndoStack(self)
        # A method, not a lambda: Qt drops the connection when the document is deleted,
        # before the undo stack, which clears itself (a dirty one says "clean") as it goes.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @property
    def project(self) -> Project:
        """The current project."""
        return self._project

    @property
    def asset_root(self) -> Path | None:
        """Where the project's asset paths point: its folder, or the staging folder."""
        return self.folder or self.staging

    def stage_in(self, staging: Path) -> None:
        """Keep pictures of this unsaved project in ``staging`` until the first save."""
        if self.folder is None:
            self.staging = staging
            self.assets = AssetStore(staging)

    def discard_staging(self, jobs: JobBoard) -> list[Job]:
        """The window closes without saving: its staging folders go, with what they hold
        (see :func:`discard_staging_folder`); the paid jobs whose folders were kept."""
        kept: list[Job] = []
        for folder in (self.staging, *self.retired):
            if folder is not None:
                kept.extend(discard_staging_folder(folder, jobs))
        self.staging = None
        self.retired.clear()
        return kept

    def drop_retired(self, staging: Path) -> None:
        """Delete a staging folder kept after the first save, once nothing writes into it."""
        self.retired.discard(staging)
        shutil.rmtree(staging, ignore_errors=True)

    @property
    def dirty(self) -> bool:
        """Whether there are changes that are not saved."""
        return not self.undo_stack.isClean()

    def edit(self, text: str, after: Project, merge: MergeKey | None = None) -> None:
        """Apply an edit as one undoable step named ``text`` (no-op when nothing changes)."""
        if after != self._project:
            self.undo_stack.push(ReplaceProject(self, text, after, merge))

    def _set(self, project: Project) -> None:
        self._project = project
        self.changed.emit(project)

    def save(self, folder: Path | None = None, overwrite: bool = False) -> None:
        """Save to ``folder`` (Save As) or to the current folder; raises ProjectSaveError,
        and ProjectChangedOnDisk when someone else saved the file since (unless
        ``overwrite``: the user said to)."""
        target = folder or self.folder
        if target is None:
            raise ValueError("an untitled project needs a folder to save to")
        if folder is not None and self._project.title == UNTITLED:
            self.edit(self.tr("Name the project"), self._project.evolve(title=_title_of(folder)))
        if self.staging is not None:  # pictures and renders first: the files name them
            self._copy_staged(self.staging, target)
        same = target == self.folder and not overwrite
        self.saved_version = save_project(
            target, self._project, self.saved_version if same else None
        )
        if folder is not None and folder != self.folder:
            staging, self.staging = self.staging, None
            self.folder = folder
            self.assets = AssetStore(folder)
            if staging is not None:
                self.staging_moved.emit(staging, folder)
                if staging not in self.retired:
                    shutil.rmtree(staging, ignore_errors=True)
            self.folder_changed.emit(folder)
            self.changed.emit(self._project)  # its pictures are now read from ``folder``
        self.undo_stack.setClean()

    def _copy_staged(self, staging: Path, target: Path) -> None:
        """Copy the staging folder's pictures and renders into the project at ``target``."""
        for part in (ASSETS_DIR, RENDERS_DIR):
            if not (staging / part).is_dir():
                continue
            try:
                shutil.copytree(
                    staging / part,
                    target / part,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".*"),  # locks, renders being written
                )
            except OSError as error:  # shutil.Error too: it lists every file not copied
                raise ProjectSaveError(
                    self.tr(
                        "Could not copy the pictures and renders into {folder}: {reason}. "
                        "Nothing was saved."
                    ).format(folder=target, reason=error.strerror or error)
                ) from None


def discard_staging_folder(folder: Path, jobs: JobBoard) -> list[Job]:
    """Delete the staging folder of a project that will never be saved, with what it holds.

    The jobs rendering into it are marked discarded on ``jobs`` (the jobs list then says why
    they no longer play). A folder holding a paid job's work is kept, never deleted without
    the user's word; those jobs are returned.
    """
    paid = jobs.discard_folder(folder)
    if not paid:
        shutil.rmtree(folder, ignore_errors=True)
    return paid


UNTITLED = Project.model_fields["title"].default
"""The title of a project nobody has named yet."""


def _title_of(folder: Path) -> str:
    """A project title from its folder's name: "Diner Scene.storyboard" → "Diner Scene"."""
    return folder.name.removesuffix(".storyboard").strip() or folder.name
