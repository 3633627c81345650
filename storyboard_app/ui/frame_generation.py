"""Generate frames: candidate pictures for a shot (or every shot) from Kling's image API.

The dialog shows what will be sent and what it costs before anything goes out; sending
runs on the qasync loop (the window stays live), candidates appear as thumbnails as each
shot's task finishes, and every candidate is copied into the project's ``assets/`` (and
listed in ``assets/generated-frames.jsonl``) so an unpicked one is never lost. Picking one
and pressing "Use picked frames" adds it to the shot as its first reference picture (the
shot's picture), optionally also as its first frame, in one undoable edit.

Image tasks are not durable jobs: a request in flight is lost when the app closes, and
Kling still charges for it. The dialog says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain import edits
from storyboard_app.domain.capabilities import KLING_V3, capability
from storyboard_app.domain.edits import EditRefused
from storyboard_app.domain.models import Project, ReferenceImage
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.providers.kling.account import load_credentials
from storyboard_app.providers.kling.auth import BaseUrlRefused, Credentials, TokenSource
from storyboard_app.providers.kling.auth import check_base_url as checked_url
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.providers.kling.images import (
    DEFAULT_IMAGE_MODEL,
    IMAGE_MODELS,
    FrameCost,
    FrameRequest,
    ImagePoll,
    ImageTask,
    KlingImages,
    frame_request,
    record_results,
    total_cost,
)
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.theme import ACCENT
from storyboard_app.ui.thumbnails import decode_thumbnail

NOT_DURABLE = str(
    QT_TRANSLATE_NOOP(
        "FrameGenerationDialog",
        "Needs a Kling account. Image requests are not yet kept like video jobs: a request still "
        "running when the app closes is lost, and Kling still charges for it.",
    )
)
TASK_STATES = {
    "submitted": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "submitted")),
    "processing": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "processing")),
    "succeed": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "succeed")),
    "failed": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "failed")),
}
"""Kling's task states as the window names them (others are shown as Kling sends them)."""
FRAME_LABEL = "generated frame"
THUMB = QSize(176, 99)
PICKED_STYLE = (
    f"QToolButton#candidate {{ border: 3px solid transparent; padding: 2px; }}"
    f"QToolButton#candidate:checked {{ border: 3px solid {ACCENT.name()}; }}"
)

Keys = Callable[[], tuple[Credentials | None, str]]


@dataclass(frozen=True)
class ImageAccount:
    """Where to send and with which keys (the app's Kling account)."""

    base_url: str
    credentials: Keys = load_credentials


@dataclass(frozen=True)
class Candidate:
    """One generated picture, already in the project's ``assets/``."""

    shot_id: str
    path: str
    thumbnail: QImage


def use_frame(
    project: Project, board_index: int, picks: dict[str, str], first_frame: bool
) -> Project:
    """The project with each picked frame as its shot's picture (and first frame if asked).

    The frame goes first in the shot's reference pictures, where a dropped picture goes, so
    it is the picture the editor, previs and PDF show; a shot whose reference tray is full
    is refused (nothing is dropped to make room).
    """
    board = project.storyboards[board_index]
    room = (capability(board.model) or KLING_V3).references_per_shot
    for shot_id, path in picks.items():
        board = project.storyboards[board_index]
        shot = board.shots[edits.shot_index(board, shot_id)]
        others = tuple(ref for ref in shot.references if ref.image != path)
        if len(others) >= room:
            number = edits.shot_index(board, shot_id) + 1
            raise EditRefused(
                QCoreApplication.translate(
                    "FrameGenerationDialog",
                    "Shot {number} already has {room} reference pictures, the most it takes: "
                    "remove one first.",
                ).format(number=number, room=room)
            )
        frame = ReferenceImage(image=path, role=ImageRole.STYLE, label=FRAME_LABEL)
        changes: dict[str, object] = {"references": (frame, *others)}
        if first_frame:
            changes["first_frame"] = path
        project = edits.update_shot(project, board_index, shot_id, **changes)
    return project


def _read_pictures(store: AssetStore, paths: tuple[str, ...]) -> dict[str, bytes]:
    """The reference pictures' bytes (worker thread: up to 10 files of 10 MB)."""
    return {path: store.absolute(path).read_bytes() for path in paths}


def _keep_candidate(store: AssetStore, download: Path, shot_id: str) -> Candidate:
    """Copy a downloaded picture into ``assets/`` and decode its thumbnail (worker thread)."""
    try:
        path = store.import_image(download)
        return Candidate(shot_id, path, decode_thumbnail(store.absolute(path)))
    finally:
        download.unlink(missing_ok=True)


class FrameGenerationDialog(QDialog):
    """Generate frames for the selected shot or the whole storyboard, and pick one per shot."""

    def __init__(
        self,
        editor: Editor,
        account: ImageAccount,
        poll: ImagePoll | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("frame-generation")
        self.setWindowTitle(self.tr("Generate Frames"))
        self.setStyleSheet(PICKED_STYLE)
        self.editor = editor
        self.account = account
        self.board_index = editor.board_index
        self._poll = poll or ImagePoll()
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frames")
        self.picks: dict[str, str] = {}
        self.candidates: dict[str, list[Candidate]] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._boxes: dict[str, QHBoxLayout] = {}

        self.scope = QComboBox()
        shot = editor.shot
        if shot is not None:
            number = edits.shot_index(editor.board, shot.id) + 1
            self.scope.addItem(self.tr("Selected shot ({number})").format(number=number), "shot")
        shots = len(editor.board.shots)
        whole = (
            self.tr("Whole storyboard ({n} shot)")
            if shots == 1
            else self.tr("Whole storyboard ({n} shots)")
        )
        self.scope.addItem(whole.format(n=shots), "board")
        self.model = QComboBox()
        for name in IMAGE_MODELS:  # model ids: the same in every language
            self.model.addItem(name, name)
        self.model.setCurrentIndex(self.model.findData(DEFAULT_IMAGE_MODEL))
        self.resolution = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, 9)
        self.count.setValue(4)
        self.count.setSuffix(self.tr(" per shot"))
        self.series = QCheckBox(self.tr("As a series (one coherent set; kling-v3-omni only)"))
        self.cost = QLabel()
        self.cost.setObjectName("cost")
        self.prompt = QLabel()
        self.prompt.setObjectName("muted")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        note = QLabel(self.tr(NOT_DURABLE))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send to Kling"))
        self.send_button.setDefault(True)
        self.status = QLabel(self.tr("Nothing sent yet."))
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Frames for"), self.scope)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Candidates"), self.count)
        form.addRow("", self.series)
        form.addRow(self.tr("Sends"), self.prompt)
        form.addRow(self.tr("Cost"), self.cost)

        self._shelf = QVBoxLayout()
        self._waiting = QLabel(
            self.tr(
                "The candidates appear here as each shot's task finishes (usually within a "
                "minute).\nClick one per shot to pick it."
            )
        )
        self._waiting.setObjectName("muted")
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._shelf.addWidget(self._waiting, 1)
        self._shelf.addStretch(1)
        shelf = QWidget()
        shelf.setLayout(self._shelf)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(shelf)
        scroll.setMinimumHeight(THUMB.height() + 80)

        self.first_frame = QCheckBox(
            self.tr(
                "Also use it as the shot's first frame (the video then starts from this picture)"
            )
        )
        self.use_button = QPushButton(self.tr("Use Picked Frames"))
        self.use_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.first_frame, 1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        send_row = QHBoxLayout()
        send_row.addWidget(self.status, 1)
        send_row.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(note)
        layout.addLayout(send_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(900, 620)

        self.scope.currentIndexChanged.connect(self._refresh)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.resolution.currentIndexChanged.connect(self._refresh)
        self.count.valueChanged.connect(self._refresh)
        self.series.toggled.connect(self._refresh)
        self.send_button.clicked.connect(self.send)
        self.use_button.clicked.connect(self.use_picked)
        self._model_changed()

    # -- what will be sent -----------------------------------------------------------------

    def requests(self) -> list[FrameRequest]:
        """One request per shot in scope, from the storyboard as it is now."""
        payload = compile_guidances(self.editor.project, self.board_index)
        if self.scope.currentData() == "shot" and self.editor.shot is not None:
            ids = [self.editor.shot.id]
        else:
            ids = [g.shot_id for g in payload.guidances]
        model = str(self.model.currentData())
        return [
            frame_request(
                payload,
                index,
                model=model,
                resolution=str(self.resolution.currentData()),
                count=self.count.value(),
                series=self.series.isChecked() and self.series.isEnabled(),
                external_task_id=f"frame-{g.shot_id}-{uuid.uuid4().hex[:8]}",
            )
            for index, g in enumerate(payload.guidances)
            if g.shot_id in ids
        ]

    def _model_changed(self) -> None:
        spec = IMAGE_MODELS[str(self.model.currentData())]
        current = self.resolution.currentData()
        self.resolution.blockSignals(True)
        self.resolution.clear()
        for name in spec.resolutions:
            self.resolution.addItem(
                self.tr("{resolution} ({units} u/image)").format(
                    resolution=name, units=spec.units_per_image[name]
                ),
                name,
            )
        found = self.resolution.findData(current)
        self.resolution.setCurrentIndex(max(found, 0))
        self.resolution.blockSignals(False)
        self.series.setEnabled(spec.series)
        self._refresh()

    def _refresh(self) -> None:
        series = self.series.isChecked() and self.series.isEnabled()
        self.count.setMinimum(2 if series else 1)
        requests = self.requests()
        cost = total_cost([r.cost() for r in requests])
        shots = len(requests)
        if requests:
            first = requests[0]
            pictures = len(first.references)
            counted = (
                self.tr("{n} reference picture")
                if pictures == 1
                else self.tr("{n} reference pictures")
            ).format(n=pictures)
            if shots == 2:
                counted += self.tr(" (and 1 more shot)")
            elif shots > 2:
                counted += self.tr(" (and {n} more shots)").format(n=shots - 1)
            self.prompt.setText(f"{first.endpoint} · “{first.prompt}” · {counted}")
        for_shots = (
            self.tr("{cost} for {n} shot") if shots == 1 else self.tr("{cost} for {n} shots")
        )
        self.cost.setText(
            for_shots.format(cost=self._cost_words(cost), n=shots) if cost else self.tr("nothing")
        )
        store = self.editor.document.assets
        found: list[str] = []
        if store is None:
            found.append(
                self.tr("Save the project first: the frames are kept in its assets folder.")
            )
        else:
            for request in requests:
                name = self._shot_name(request.shot_id)
                found.extend(f"{name}: {p}" for p in request.problems(store.inspect))
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found))
        busy = self._task is not None and not self._task.done()
        self.send_button.setEnabled(not found and bool(requests) and not busy)
        if cost:
            self.send_button.setText(
                self.tr("Send to Kling ({units} u ≈ ${usd})").format(
                    units=cost.units, usd=f"{cost.usd:.2f}"
                )
            )

    def _cost_words(self, cost: FrameCost) -> str:
        """ "4 images × 8 u = 32 image units ≈ $0.11" in the window's language."""
        images = self.tr("{n} image") if cost.images == 1 else self.tr("{n} images")
        return self.tr("{images} × {rate} u = {units} image units ≈ ${usd}").format(
            images=images.format(n=cost.images),
            rate=cost.units_per_image,
            units=cost.units,
            usd=f"{cost.usd:.2f}",
        )

    def _shot_name(self, shot_id: str) -> str:
        board = self.editor.project.storyboards[self.board_index]
        return self.tr("Shot {number}").format(number=edits.shot_index(board, shot_id) + 1)

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        """Send the requests on the qasync loop (the cost was on the button)."""
        credentials, source = self.account.credentials()
        if credentials is None:
            self.status.setText(self.tr("Not sent: {reason}.").format(reason=source))
            return
        try:
            base = checked_url(self.account.base_url)
        except BaseUrlRefused as error:
            self.status.setText(self.tr("Not sent: {reason}").format(reason=error))
            return
        store = self.editor.document.assets
        requests = self.requests()
        if store is None or not requests:
            return
        task = asyncio.ensure_future(self._generate(requests, base, credentials, store))
        self._task = task
        alive = {"dialog": True}  # Qt may delete the dialog (with its window) first

        def ended(_task: asyncio.Task[None]) -> None:
            if alive["dialog"] and not self._closed:
                self._refresh()

        def gone() -> None:
            alive["dialog"] = False
            task.cancel()

        task.add_done_callback(ended)
        self.destroyed.connect(gone)
        self._refresh()

    def _progress(self, name: str) -> Callable[[ImageTask], None]:
        return lambda task: self.status.setText(f"{name}: {self._state(task.status)}…")

    def _state(self, status: str) -> str:
        known = TASK_STATES.get(status)
        return self.tr(known) if known else status

    async def _generate(
        self, requests: list[FrameRequest], base: str, credentials: Credentials, store: AssetStore
    ) -> None:
        loop = asyncio.get_running_loop()
        spent = 0.0
        # Reading the CA bundle takes 30-70 ms: never on the GUI thread.
        tls = (
            await loop.run_in_executor(self._files, httpx.create_ssl_context)
            if base.startswith("https:")
            else True
        )
        timeout = httpx.Timeout(60.0, connect=15.0)
        async with httpx.AsyncClient(verify=tls, timeout=timeout) as http:
            client = KlingImages(http, base, TokenSource(credentials), self._poll)
            for request in requests:
                name = self._shot_name(request.shot_id)
                try:
                    pictures = await loop.run_in_executor(
                        self._files, _read_pictures, store, request.references
                    )
                    self.status.setText(
                        self.tr("{shot}: sending {cost}…").format(
                            shot=name, cost=self._cost_words(request.cost())
                        )
                    )
                    task = await client.create(request, pictures.__getitem__)
                    self.status.setText(
                        self.tr("{shot}: {state} (task {task})…").format(
                            shot=name, state=self._state(task.status), task=task.task_id
                        )
                    )
                    done = await client.follow(request.endpoint, task, self._progress(name))
                    spent += done.units if done.units is not None else request.cost().units
                    self.status.setText(
                        self.tr("{shot}: downloading {n} pictures…").format(
                            shot=name, n=len(done.urls)
                        )
                    )
                    kept: list[Candidate] = []
                    for index, url in enumerate(done.urls):
                        target = store.folder / "assets" / f".frame-{done.task_id}-{index}.png"
                        await client.download(url, target)
                        kept.append(
                            await loop.run_in_executor(
                                self._files, _keep_candidate, store, target, request.shot_id
                            )
                        )
                    entry = {
                        "shot_id": request.shot_id,
                        "task_id": done.task_id,
                        "model": request.model,
                        "prompt": request.prompt,
                        "units": done.units,
                        "candidates": [c.path for c in kept],
                    }
                    await loop.run_in_executor(
                        self._files, record_results, store.folder / "assets", entry
                    )
                    self._show_candidates(request.shot_id, kept)
                except UncertainCreate:
                    self.status.setText(
                        self.tr(
                            "{shot}: the answer to the request was lost. The task may exist and "
                            "be charged; it was not sent again. Try later if no frames arrive."
                        ).format(shot=name)
                    )
                    return
                except KlingError as error:
                    self.status.setText(
                        self.tr("{shot}: not generated. {reason}").format(shot=name, reason=error)
                    )
                    return
                except OSError as error:
                    self.status.setText(
                        self.tr("{shot}: the pictures could not be kept: {reason}").format(
                            shot=name, reason=error
                        )
                    )
                    return
        self.status.setText(
            self.tr(
                "Done: {n} candidates, {units} image units charged. Click one per shot, then "
                "Use Picked Frames."
            ).format(n=sum(len(c) for c in self.candidates.values()), units=f"{spent:g}")
        )

    # -- candidates and picking ------------------------------------------------------------

    def _show_candidates(self, shot_id: str, kept: list[Candidate]) -> None:
        self.candidates.setdefault(shot_id, []).extend(kept)
        self._waiting.hide()
        if shot_id not in self._boxes:
            box = QGroupBox(self._shot_name(shot_id))
            row = QHBoxLayout(box)
            row.addStretch(1)
            self._boxes[shot_id] = row
            group = QButtonGroup(self)
            group.setExclusive(True)
            self._groups[shot_id] = group
            self._shelf.insertWidget(self._shelf.count() - 1, box)
        row = self._boxes[shot_id]
        for candidate in kept:
            button = QToolButton()
            button.setObjectName("candidate")
            button.setCheckable(True)
            button.setIcon(QIcon(QPixmap.fromImage(candidate.thumbnail)))
            button.setIconSize(THUMB)
            button.setToolTip(
                candidate.path + "\n" + self.tr("Click to pick this frame for the shot.")
            )
            button.toggled.connect(
                lambda on, c=candidate: self._picked(c) if on else None
            )  # fmt: skip
            self._groups[shot_id].addButton(button)
            row.insertWidget(row.count() - 1, button)

    def _picked(self, candidate: Candidate) -> None:
        self.picks[candidate.shot_id] = candidate.path
        self.use_button.setEnabled(True)

    def candidate_buttons(self, shot_id: str) -> list[QToolButton]:
        """The thumbnails shown for a shot, in order."""
        group = self._groups.get(shot_id)
        return [b for b in group.buttons() if isinstance(b, QToolButton)] if group else []

    def use_picked(self) -> None:
        """Put the picked frames on their shots, as one undoable edit."""
        picks = dict(self.picks)
        first = self.first_frame.isChecked()
        label = (
            self.tr("Use generated frame") if len(picks) == 1 else self.tr("Use generated frames")
        )
        if self.editor.attempt(
            label, lambda: use_frame(self.editor.project, self.board_index, picks, first)
        ):
            if first:
                used = (
                    self.tr("Used {n} frame as the shot's picture and first frame.")
                    if len(picks) == 1
                    else self.tr("Used {n} frames as the shots' pictures and first frames.")
                )
            else:
                used = (
                    self.tr("Used {n} frame as the shot's picture.")
                    if len(picks) == 1
                    else self.tr("Used {n} frames as the shots' pictures.")
                )
            self.status.setText(used.format(n=len(picks)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._files.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)

    async def wait(self) -> None:
        """Until the current sending ends (for tests and shutdown)."""
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def open_frame_generation(
    editor: Editor, service: KlingService, parent: QWidget
) -> FrameGenerationDialog:
    """Show the dialog (not modal) with the app's Kling account (base URL and keys)."""
    dialog = FrameGenerationDialog(editor, ImageAccount(service.account().base_url), None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
