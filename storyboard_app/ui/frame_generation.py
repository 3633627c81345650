"""Generate frames: candidate pictures for a shot (or every shot) from an image service.

The dialog shows the service, what will be sent and what it costs before anything goes
out. Each shot's request is an image job (``jobs/image_jobs.py``): recorded in the job
database before it is sent and followed by the app, not by this window, so closing the
window, or the app, loses nothing: at the next start the app follows it again and its
candidates land in the project's ``assets/`` (listed in ``assets/generated-frames.jsonl``).
The candidates of every finished request of the storyboard are the shots' picture takes,
shown here to pick from. Picking one and pressing "Use Picked Frames" adds it to the shot
as its first reference picture (the shot's picture), optionally also as its first frame,
in one undoable edit.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain import edits
from storyboard_app.domain.capabilities import KLING_V3, capability
from storyboard_app.domain.edits import EditRefused
from storyboard_app.domain.models import Project, ReferenceImage
from storyboard_app.domain.picture_labels import GENERATED_FRAME
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.jobs.image_jobs import ImageJob, ImageJobStatus
from storyboard_app.providers.fal.images import FAL_IMAGE_MODELS, V3_TEXT_TO_IMAGE, fal_frame_order
from storyboard_app.providers.image_port import ImageCost, ImageOrder, total_cost
from storyboard_app.providers.kling.images import DEFAULT_IMAGE_MODEL, IMAGE_MODELS, frame_request
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.frame_services import (
    CAN_CANCEL,
    FAL,
    KLING,
    REPLICATE,
    FrameJobs,
    image_jobs_for,
)
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.service_accounts import service_name
from storyboard_app.ui.theme import ACCENT
from storyboard_app.ui.thumbnails import decode_thumbnail

DURABLE = str(
    QT_TRANSLATE_NOOP(
        "FrameGenerationDialog",
        "Each request is kept like a video job: if this window or the app closes while frames "
        "are made, the app follows them at its next start and they land here as the shot's "
        "takes. Nothing is sent twice without your word.",
    )
)
REPLICATE_NOTE = str(
    QT_TRANSLATE_NOOP(
        "FrameGenerationDialog",
        "Replicate offers no Kling image model (its Kling models make video only), so frames "
        "cannot be generated there. Choose Kling or fal.ai.",
    )
)
JOB_STATES = {
    "submitting": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "sending")),
    "submitted": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "sent")),
    "processing": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "processing")),
    "downloading": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "downloading")),
    "done": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "done")),
    "failed": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "failed")),
    "cancelled": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "cancelled")),
    "uncertain": str(QT_TRANSLATE_NOOP("FrameGenerationDialog", "needs your word")),
}
"""The image jobs' states as the window names them."""
FRAME_LABEL = GENERATED_FRAME
"""Stored as a generated picture's label (data: the same in every language); the tray
shows it translated (ui/picture_labels.py)."""
PROMPT_SHOWN = 180
"""Columns of the prompt shown in the dialog (a Chinese character takes two; all of it is
in the tooltip): two lines, so the candidates keep their room on a 720-pixel-high screen."""
THUMB = QSize(176, 99)
PICKED_STYLE = (
    f"QToolButton#candidate {{ border: 3px solid transparent; padding: 2px; }}"
    f"QToolButton#candidate:checked {{ border: 3px solid {ACCENT.name()}; }}"
)


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


def _shortened(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` (wide East Asian characters count two) with "…"."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used > columns:
            return text[:index] + "…"
    return text


def _thumbnails(folder: Path, job: ImageJob) -> list[Candidate]:
    """A finished job's candidates with their thumbnails (worker thread)."""
    found: list[Candidate] = []
    for path in job.kept:
        with contextlib.suppress(OSError):
            found.append(Candidate(job.shot_id, path, decode_thumbnail(folder / path)))
    return found


class FrameGenerationDialog(QDialog):
    """Generate frames for the selected shot or the whole storyboard, and pick one per shot."""

    def __init__(self, editor: Editor, frames: FrameJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frame-generation")
        self.setWindowTitle(self.tr("Generate Frames"))
        self.setStyleSheet(PICKED_STYLE)
        self.editor = editor
        self.frames = frames
        self.board_index = editor.board_index
        self._closed = False
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frames")
        self._loading: set[asyncio.Future[Any]] = set()
        self._sent: list[str] = []
        """The jobs sent from this window (for its status line)."""
        self._shown: set[str] = set()
        self.picks: dict[str, str] = {}
        self.candidates: dict[str, list[Candidate]] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._boxes: dict[str, QHBoxLayout] = {}
        self._rows: dict[str, QTreeWidgetItem] = {}

        self.service = QComboBox()
        for name in (KLING, FAL, REPLICATE):
            self.service.addItem(service_name(name), name)
        self.key_note = QLabel()
        self.key_note.setObjectName("muted")
        self.key_note.setWordWrap(True)
        service_row = QHBoxLayout()
        service_row.addWidget(self.service)
        service_row.addWidget(self.key_note, 1)
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
        note = QLabel(self.tr(DURABLE))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.status = QLabel(self.tr("Nothing sent yet."))
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Service"), service_row)
        form.addRow(self.tr("Frames for"), self.scope)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Candidates"), self.count)
        form.addRow("", self.series)
        form.addRow(self.tr("Sends"), self.prompt)
        form.addRow(self.tr("Cost"), self.cost)

        self.requests_list = QTreeWidget()
        self.requests_list.setObjectName("frame-requests")
        self.requests_list.setHeaderLabels(
            [self.tr("Shot"), self.tr("Service"), self.tr("State"), self.tr("Note")]
        )
        self.requests_list.setRootIsDecorated(False)
        self.requests_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.requests_list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.requests_list.setMaximumHeight(84)
        self.cancel_button = QPushButton(self.tr("Stop Request"))
        self.cancel_button.setEnabled(False)
        requests_row = QHBoxLayout()
        requests_row.addWidget(self.requests_list, 1)
        requests_row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)

        self._shelf = QVBoxLayout()
        self._waiting = QLabel(
            self.tr(
                "The candidates appear here as each shot's request finishes (usually within a "
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
        layout.addLayout(requests_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(920, 640)

        self.service.currentIndexChanged.connect(self._service_changed)
        self.scope.currentIndexChanged.connect(self._refresh)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.resolution.currentIndexChanged.connect(self._refresh)
        self.count.valueChanged.connect(self._refresh)
        self.series.toggled.connect(self._refresh)
        self.send_button.clicked.connect(self.send)
        self.use_button.clicked.connect(self.use_picked)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.requests_list.itemSelectionChanged.connect(self._selection_changed)
        self.frames.jobs.listen(self._job_changed)
        jobs, listener = self.frames.jobs, self._job_changed
        self.destroyed.connect(lambda: jobs.forget(listener))  # deleted with its window
        self._service_changed()
        for job in self._my_jobs():
            self._job_changed(job)

    # -- what will be sent -----------------------------------------------------------------

    @property
    def service_name(self) -> str:
        """The chosen service ("kling", "fal", "replicate")."""
        return str(self.service.currentData())

    @property
    def folder(self) -> Path | None:
        """The project folder the frames go into (None while the project is unsaved: paid
        frames never wait in the staging folder, deleted if the project is never saved)."""
        return self.editor.document.folder

    def requests(self) -> list[ImageOrder]:
        """One request per shot in scope, from the storyboard as it is now."""
        if self.service_name == REPLICATE:
            return []
        payload = compile_guidances(self.editor.project, self.board_index)
        if self.scope.currentData() == "shot" and self.editor.shot is not None:
            ids = [self.editor.shot.id]
        else:
            ids = [g.shot_id for g in payload.guidances]
        model = str(self.model.currentData())
        resolution = str(self.resolution.currentData())
        count = self.count.value()
        orders: list[ImageOrder] = []
        for index, guidance in enumerate(payload.guidances):
            if guidance.shot_id not in ids:
                continue
            if self.service_name == KLING:
                series = self.series.isChecked() and self.series.isEnabled()
                orders.append(frame_request(payload, index, model=model, resolution=resolution,
                                            count=count, series=series))  # fmt: skip
            else:
                orders.append(fal_frame_order(payload, index, endpoint=model,
                                              resolution=resolution, count=count))  # fmt: skip
        return orders

    def _service_changed(self) -> None:
        name = self.service_name
        accounts = self.frames.accounts
        if name == REPLICATE:
            self.key_note.setText(self.tr(REPLICATE_NOTE))
        elif accounts.has_key(name):
            self.key_note.setText(self.tr("Keys found."))
        else:
            self.key_note.setText(
                self.tr("No {service} key: add a key in Accounts.").format(
                    service=service_name(name)
                )
            )
        self.model.blockSignals(True)
        self.model.clear()
        if name == KLING:
            for model in IMAGE_MODELS:  # model ids: the same in every language
                self.model.addItem(model, model)
            self.model.setCurrentIndex(self.model.findData(DEFAULT_IMAGE_MODEL))
        elif name == FAL:
            for endpoint in FAL_IMAGE_MODELS:
                self.model.addItem(endpoint, endpoint)
            self.model.setCurrentIndex(self.model.findData(V3_TEXT_TO_IMAGE))
        self.model.blockSignals(False)
        for widget in (self.scope, self.model, self.resolution, self.count):
            widget.setEnabled(name != REPLICATE)
        self._model_changed()

    def _model_changed(self) -> None:
        name = self.service_name
        current = self.resolution.currentData()
        self.resolution.blockSignals(True)
        self.resolution.clear()
        series = False
        if name == KLING:
            spec = IMAGE_MODELS[str(self.model.currentData())]
            series = spec.series
            for size in spec.resolutions:
                self.resolution.addItem(
                    self.tr("{resolution} ({units} u/image)").format(
                        resolution=size, units=spec.units_per_image[size]
                    ),
                    size,
                )
        elif name == FAL:
            fal = FAL_IMAGE_MODELS[str(self.model.currentData())]
            for size in fal.resolutions:
                self.resolution.addItem(
                    self.tr("{resolution} (${usd}/image)").format(
                        resolution=size, usd=f"{fal.usd_per_image:g}"
                    ),
                    size,
                )
        found = self.resolution.findData(current)
        self.resolution.setCurrentIndex(max(found, 0))
        self.resolution.blockSignals(False)
        self.series.setEnabled(series)
        self._refresh()

    def _refresh(self) -> None:
        series = self.series.isChecked() and self.series.isEnabled()
        self.count.setMinimum(2 if series else 1)
        requests = self.requests()
        cost = total_cost([r.cost() for r in requests])
        shots = len(requests)
        self.prompt.setText("")
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
            prompt = str(first.display().get("prompt", ""))
            short = _shortened(prompt, PROMPT_SHOWN)
            self.prompt.setText(f"{first.endpoint} · “{short}” · {counted}")
            self.prompt.setToolTip(prompt)
        for_shots = (
            self.tr("{cost} for {n} shot") if shots == 1 else self.tr("{cost} for {n} shots")
        )
        self.cost.setText(
            for_shots.format(cost=self._cost_words(cost), n=shots) if cost else self.tr("nothing")
        )
        found: list[str] = []
        store = self.editor.document.assets
        if self.service_name == REPLICATE:
            pass
        elif store is None or self.folder is None:
            found.append(
                self.tr("Save the project first: the frames are kept in its assets folder.")
            )
        else:
            for request in requests:
                name = self._shot_name(request.shot_id)
                found.extend(f"{name}: {p}" for p in request.problems(store.inspect))
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found))
        self.send_button.setEnabled(not found and bool(requests))
        service = service_name(self.service_name)
        if cost is None:
            self.send_button.setText(self.tr("Send to {service}").format(service=service))
        elif cost.units is not None:
            self.send_button.setText(
                self.tr("Send to {service} ({units} u ≈ ${usd})").format(
                    service=service, units=cost.units, usd=f"{cost.usd:.2f}"
                )
            )
        else:
            self.send_button.setText(
                self.tr("Send to {service} (≈ ${usd})").format(
                    service=service, usd=f"{cost.usd:.2f}"
                )
            )

    def _cost_words(self, cost: ImageCost) -> str:
        """ "4 images × 8 u = 32 image units ≈ $0.11" (or "× $0.028") in the window's language."""
        images = (self.tr("{n} image") if cost.images == 1 else self.tr("{n} images")).format(
            n=cost.images
        )
        if cost.units is not None:
            return self.tr("{images} × {rate} u = {units} image units ≈ ${usd}").format(
                images=images, rate=cost.units_per_image, units=cost.units, usd=f"{cost.usd:.2f}"
            )
        words = self.tr("{images} × ${rate} ≈ ${usd}").format(
            images=images, rate=f"{cost.usd_per_image:g}", usd=f"{cost.usd:.2f}"
        )
        model = FAL_IMAGE_MODELS.get(str(self.model.currentData()))
        if model is not None and not model.price_confirmed:
            words += self.tr(" (price not confirmed by fal's pages)")
        return words

    def _shot_name(self, shot_id: str) -> str:
        board = self.editor.project.storyboards[self.board_index]
        try:
            number = edits.shot_index(board, shot_id) + 1
        except (KeyError, ValueError):
            return self.tr("A removed shot")
        return self.tr("Shot {number}").format(number=number)

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        """Record each shot's request as an image job and let the app send and follow it."""
        name = self.service_name
        service = service_name(name)
        if not self.frames.accounts.has_key(name):
            self.status.setText(
                self.tr("Not sent: no {service} key. Add a key in Accounts.").format(
                    service=service
                )
            )
            return
        folder = self.folder
        requests = self.requests()
        if folder is None or not requests:
            return
        storyboard = self.editor.project.storyboards[self.board_index].id
        self._sent = []  # the status line follows the latest sending
        for order in requests:
            job = self.frames.jobs.submit(order, folder, storyboard)
            self._sent.append(job.id)
        self.status.setText(
            self.tr(
                "Sent {n} request(s) to {service}. They are kept and followed even if this "
                "window or the app closes."
            ).format(n=len(requests), service=service)
        )

    def _my_jobs(self) -> list[ImageJob]:
        folder = self.folder
        if folder is None:
            return []
        board = self.editor.project.storyboards[self.board_index].id
        return [job for job in self.frames.jobs.jobs(folder) if job.storyboard_id == board]

    def _state(self, job: ImageJob) -> str:
        known = JOB_STATES.get(job.status.value)
        return self.tr(known) if known else job.status.value

    def _job_changed(self, job: ImageJob) -> None:
        folder = self.folder
        if self._closed or folder is None:
            return
        board = self.editor.project.storyboards[self.board_index].id
        if job.storyboard_id != board or os.path.realpath(job.folder) != os.path.realpath(folder):
            return
        row = self._rows.get(job.id)
        if row is None:
            row = QTreeWidgetItem(self.requests_list)
            row.setData(0, Qt.ItemDataRole.UserRole, job.id)
            self._rows[job.id] = row
        row.setText(0, self._shot_name(job.shot_id))
        row.setText(1, service_name(job.service))
        state = self._state(job)
        if job.status is ImageJobStatus.DONE:
            state += f" · {len(job.kept)}"
        row.setText(2, state)
        row.setText(3, job.message)
        row.setToolTip(3, job.message)
        if job.status is ImageJobStatus.DONE and job.id not in self._shown:
            self._shown.add(job.id)
            self._load_candidates(job)
        self._selection_changed()
        self._say(job)

    def _say(self, job: ImageJob) -> None:
        """The status line, for the jobs sent from this window."""
        if job.id not in self._sent:
            return
        name = self._shot_name(job.shot_id)
        if job.status is ImageJobStatus.FAILED:
            self.status.setText(
                self.tr("{shot}: not generated. {reason}").format(shot=name, reason=job.message)
            )
        elif job.status is ImageJobStatus.UNCERTAIN:
            self.status.setText(
                self.tr(
                    "{shot}: the answer to the request was lost. The request may exist and be "
                    "charged; it was not sent again. Send again only if no frames arrive."
                ).format(shot=name)
            )
        elif not job.status.finished:
            self.status.setText(f"{name}: {self._state(job)}…")
        sent = [self.frames.jobs.get(job_id) for job_id in self._sent]
        if sent and all(one.status is ImageJobStatus.DONE for one in sent):
            units = [one.units_charged for one in sent if one.units_charged is not None]
            images = sum(len(one.kept) for one in sent)
            if units:
                text = self.tr(
                    "Done: {n} candidates, {units} image units charged. Click one per shot, "
                    "then Use Picked Frames."
                ).format(n=images, units=f"{sum(units):g}")
            else:
                text = self.tr(
                    "Done: {n} candidates (≈ ${usd}). Click one per shot, then Use Picked Frames."
                ).format(n=images, usd=f"{sum(one.cost_usd or 0 for one in sent):.2f}")
            self.status.setText(text)

    def _load_candidates(self, job: ImageJob) -> None:
        folder = self.folder
        if folder is None:
            return
        future = asyncio.get_event_loop().run_in_executor(self._files, _thumbnails, folder, job)
        self._loading.add(future)

        def landed(done: asyncio.Future[Any]) -> None:
            self._loading.discard(done)
            if not self._closed and not done.cancelled() and done.exception() is None:
                self._show_candidates(job.shot_id, done.result())

        future.add_done_callback(landed)

    def _selection_changed(self) -> None:
        job = self.selected_job()
        can = False
        if job is not None and not job.status.finished:
            can = (job.task_id is None and job.sent_at is None) or (
                job.task_id is not None and CAN_CANCEL.get(job.service, False)
            )
        self.cancel_button.setEnabled(can)
        if job is not None and job.task_id and not can and not job.status.finished:
            self.cancel_button.setToolTip(
                self.tr("{service} cannot stop a request once it runs.").format(
                    service=service_name(job.service)
                )
            )
        else:
            self.cancel_button.setToolTip("")

    def selected_job(self) -> ImageJob | None:
        """The job selected in the requests list."""
        items = self.requests_list.selectedItems()
        if not items:
            return None
        return self.frames.jobs.get(str(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def cancel_selected(self) -> None:
        """Stop the selected request on its service (fal can; Kling cannot)."""
        job = self.selected_job()
        if job is None:
            return
        task = asyncio.ensure_future(self.frames.jobs.cancel(job.id))
        self._loading.add(task)
        task.add_done_callback(self._loading.discard)

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
        """Close the window; the requests go on (the app follows them)."""
        self._closed = True
        self.frames.jobs.forget(self._job_changed)
        for future in list(self._loading):
            future.cancel()
        self._files.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)

    async def settled(self) -> None:
        """Until the candidates being decoded are shown (tests)."""
        while self._loading:
            await asyncio.gather(*list(self._loading), return_exceptions=True)


def open_frame_generation(
    editor: Editor, service: KlingService, parent: QWidget
) -> FrameGenerationDialog:
    """Show the dialog (not modal) with the app's image jobs and accounts."""
    frames = image_jobs_for(service)
    frames.jobs.resume()  # a project opened after start-up: its unfinished frames go on
    dialog = FrameGenerationDialog(editor, frames, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
