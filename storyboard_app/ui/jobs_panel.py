"""The jobs list: every render with its state, progress, time and message."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.jobs.board import Job, JobBoard, JobStatus, discarded_message
from storyboard_app.providers import registry
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.render_jobs import LocalRenders

COLUMNS = (
    str(QT_TRANSLATE_NOOP("JobsPanel", "Storyboard")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "Service")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "State")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "Progress")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "Time")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "Cost")),
    str(QT_TRANSLATE_NOOP("JobsPanel", "Message")),
)
STATES = {
    JobStatus.QUEUED: str(QT_TRANSLATE_NOOP("JobsPanel", "queued")),
    JobStatus.RUNNING: str(QT_TRANSLATE_NOOP("JobsPanel", "running")),
    JobStatus.SUBMITTING: str(QT_TRANSLATE_NOOP("JobsPanel", "submitting")),
    JobStatus.SUBMITTED: str(QT_TRANSLATE_NOOP("JobsPanel", "submitted")),
    JobStatus.PROCESSING: str(QT_TRANSLATE_NOOP("JobsPanel", "processing")),
    JobStatus.DOWNLOADING: str(QT_TRANSLATE_NOOP("JobsPanel", "downloading")),
    JobStatus.NEEDS_WORD: str(QT_TRANSLATE_NOOP("JobsPanel", "needs your word")),
    JobStatus.DONE: str(QT_TRANSLATE_NOOP("JobsPanel", "done")),
    JobStatus.FAILED: str(QT_TRANSLATE_NOOP("JobsPanel", "failed")),
    JobStatus.CANCELLED: str(QT_TRANSLATE_NOOP("JobsPanel", "cancelled")),
}
"""A job's state as the window names it (the values stay English in the job database)."""
SERVICES = {
    "local previs": str(QT_TRANSLATE_NOOP("JobsPanel", "local previs")),
    "kling": str(QT_TRANSLATE_NOOP("JobsPanel", "Kling")),
}
"""The services' names in the window (the job database keeps the ids)."""


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


class JobsPanel(QWidget):
    """Lists jobs; cancel, open (play) and reveal.

    Signals:
        play_requested(str): the user wants to watch the job's result (job id).
    """

    play_requested = Signal(str)

    def __init__(
        self,
        board: JobBoard,
        renders: LocalRenders,
        kling: KlingService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.renders = renders
        self.kling = kling
        self.tree = QTreeWidget()
        self.tree.setObjectName("jobs")
        self.tree.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._play(item))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr(
                "Stop the selected job. A local render writes nothing; a Kling task cannot be "
                "stopped on the service, only no longer followed"
            )
        )
        self.cancel_button.clicked.connect(self._cancel)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Send a failed or cancelled job again, unchanged"))
        self.retry_button.clicked.connect(self._retry)
        self.send_again_button = QPushButton(self.tr("Send Again…"))
        self.send_again_button.setToolTip(
            self.tr(
                "The service could not say whether it received the selected job: send it "
                "again, knowing it may charge twice"
            )
        )
        self.send_again_button.clicked.connect(self._send_again)
        self.send_again_by_service: dict[str, Callable[[str], object]] = {"kling": kling.send_again}
        """Who sends a job waiting for the user's word again, by service (other services'
        window parts add themselves)."""
        self.retry_by_service: dict[str, Callable[[str], object]] = {"kling": kling.retry}
        """Who sends a failed or cancelled job again, by service."""
        self.cancel_by_service: dict[str, Callable[[str], object]] = {"kling": kling.cancel}
        """Who stops a remote job, by service (local renders are stopped by ``renders``)."""
        self.open_button = QPushButton(self.tr("Play"))
        self.open_button.clicked.connect(lambda: self._play(self.tree.currentItem()))
        self.reveal_button = QPushButton(self.tr("Show File"))
        self.reveal_button.clicked.connect(self._reveal)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.retry_button, self.send_again_button,
                       self.open_button, self.reveal_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._bars: dict[str, QProgressBar] = {}
        board.listen(self.show_job)
        for job in reversed(board.jobs()):
            self.show_job(job)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self._enable()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def show_job(self, job: Job) -> None:
        """Add or update a job's row."""
        item = self._items.get(job.id)
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, 256, job.id)
            self.tree.insertTopLevelItem(0, item)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(True)
            self.tree.setItemWidget(item, 3, bar)
            self._items[job.id] = item
            self._bars[job.id] = bar
            self.tree.setCurrentItem(item)
        item.setText(0, f"{job.storyboard_name} ({job.project_title})")
        item.setText(1, self._service_name(job.provider))
        item.setText(2, self.tr(STATES[job.status]))
        item.setText(4, _clock(job.elapsed()))
        if job.cost_usd is not None:
            cost = f"≈ ${job.cost_usd:.2f}"  # a service billing in dollars (fal)
            if job.cost_units is not None:  # a service billing in its own units (Kling)
                cost = f"{job.cost_units:g} u {cost}"
            if job.units_charged is not None:
                cost += self.tr(" (charged {units} u)").format(units=f"{job.units_charged:g}")
            item.setText(5, cost)
        else:
            item.setText(5, self.tr("free") if job.provider.startswith("local") else "")
        item.setText(6, job.message)
        item.setToolTip(6, "\n".join((job.message, *job.log)))
        if job.discarded:  # greyed, and says why wherever the pointer rests on it
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for column in range(len(COLUMNS)):
                item.setForeground(column, grey)
                if column != 6:
                    item.setToolTip(column, discarded_message())
        self._bars[job.id].setValue(int(job.progress * 100))
        self._bars[job.id].setEnabled(not job.discarded)
        if item is self.tree.currentItem():
            self._enable()

    def _service_name(self, provider: str) -> str:
        if provider in SERVICES:
            return self.tr(SERVICES[provider])
        try:  # the registry's services, by their own name in every language
            return registry.entry(provider).title
        except KeyError:
            return provider

    def _enable(self) -> None:
        job = self._job_of(self.tree.currentItem())
        # Only a job still under way can be stopped (queued, submitting, followed…).
        self.cancel_button.setEnabled(job is not None and not job.status.finished)
        # A local previs is rendered again from the project (Ctrl+R), not from its record.
        self.retry_button.setEnabled(
            job is not None
            and job.status in (JobStatus.FAILED, JobStatus.CANCELLED)
            and job.provider in self.retry_by_service
        )
        waiting = job is not None and job.status is JobStatus.NEEDS_WORD
        self.send_again_button.setEnabled(waiting)
        self.send_again_button.setVisible(waiting or self._any_waiting())
        why_not = self._why_no_video(job)
        tips = (
            (self.open_button, self.tr("Watch the selected render in the player")),
            (self.reveal_button, self.tr("Open the folder that holds the video")),
        )
        for button, tip in tips:
            button.setEnabled(job is not None and job.status is JobStatus.DONE and not why_not)
            button.setToolTip(why_not or tip)

    def _why_no_video(self, job: Job | None) -> str:
        """Why the job has no video to play or show ("" when it has one, or is not done)."""
        if job is None or job.status is not JobStatus.DONE:
            return ""
        if job.discarded:
            return discarded_message()
        if job.output is None or not job.output.is_file():
            return self.tr("The video is no longer at {file}.").format(file=job.output or "")
        return ""

    def _any_waiting(self) -> bool:
        return any(job.status is JobStatus.NEEDS_WORD for job in self.board.jobs())

    def _tick(self) -> None:
        now = time.time()
        for job in self.board.jobs():
            if job.status is JobStatus.RUNNING:
                self._items[job.id].setText(4, _clock(job.elapsed(now)))

    def _job_of(self, item: QTreeWidgetItem | None) -> Job | None:
        if item is None:
            return None
        return self.board.get(str(item.data(0, 256)))

    def _cancel(self) -> None:
        job = self._job_of(self.tree.currentItem())
        if job is None or job.status.finished:
            return
        cancel = self.cancel_by_service.get(job.provider, self.renders.cancel)
        cancel(job.id)

    def _retry(self) -> None:
        job = self._job_of(self.tree.currentItem())
        if job is None or job.status not in (JobStatus.FAILED, JobStatus.CANCELLED):
            return
        retry = self.retry_by_service.get(job.provider)
        if retry is not None:
            retry(job.id)

    def _send_again(self) -> None:
        job = self._job_of(self.tree.currentItem())
        if job is None or job.status is not JobStatus.NEEDS_WORD:
            return
        send = self.send_again_by_service.get(job.provider)
        if send is None:
            return
        ask = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Send again?"),
            self.tr(
                "{service} could not say whether it received “{name}”. If it did, sending "
                "it again renders it twice and may charge twice."
            ).format(
                service=self._service_name(job.provider),
                name=job.storyboard_name,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        ask.setObjectName("send-again-question")
        ask.setInformativeText(job.message)
        confirm = ask.addButton(self.tr("Send Again, May Charge Twice"),
                                QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ask.exec()
        if ask.clickedButton() is confirm:
            send(job.id)

    def _play(self, item: QTreeWidgetItem | None) -> None:
        job = self._job_of(item)
        if job is not None and job.status is JobStatus.DONE and not self._why_no_video(job):
            self.play_requested.emit(job.id)

    def _reveal(self) -> None:
        job = self._job_of(self.tree.currentItem())
        if job is not None and job.output is not None and not self._why_no_video(job):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(job.output.parent)))
