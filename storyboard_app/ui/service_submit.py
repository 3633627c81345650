"""Render ▸ Render With…: choose the service; see, for the same storyboard, what each costs,
which directions it cannot take and what its own defaults change, before anything is sent.

Services without a key are listed with "add a key in Accounts"; choosing one disables
Submit, says why next to it and offers Add Key…, which opens Render ▸ Accounts… on that
service's page. A direction a service cannot take that stops the request disables Submit
with the reason shown. The choice is remembered for the project (and as the last one used).
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import Problem
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.remote import shot_by_shot_refusal
from storyboard_app.providers import registry
from storyboard_app.providers.port import ServiceCapability
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.service_accounts import (
    KLING,
    LOCAL,
    ServiceAccounts,
    all_services,
    service_name,
)
from storyboard_app.ui.theme import ERROR, WARNING

LAST_SERVICE = "render/service"
"""Settings key of the service last chosen (any project)."""
COMMON_PROBLEMS = {"no-shots", "shot-empty", "image-missing", "image-unreadable", "image-format"}
"""Storyboard problems that stop any service (the rest of the checks are Kling's limits)."""
NO_KEY_SUFFIX = str(QT_TRANSLATE_NOOP("ServiceSubmitDialog", "{service} — add a key in Accounts"))


def project_key(folder: Path) -> str:
    """Settings key of the service chosen for one project folder (no path in the key)."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"render/service-{digest}"


@dataclass(frozen=True)
class Direction:
    """One direction a service cannot take (or a thing the user should know)."""

    text: str
    blocking: bool


@dataclass(frozen=True)
class Assessment:
    """What one service would do with the storyboard."""

    service: str
    available: bool
    """It has a key (or needs none)."""
    account: str
    cost: str
    """The cost in a sentence (how it is made up)."""
    usd: float | None
    """The cost in US dollars; None when not known (0 for the local renderer)."""
    directions: tuple[Direction, ...] = ()
    defaults: tuple[str, ...] = field(default_factory=tuple)

    @property
    def blocked(self) -> bool:
        """A direction stops the request from being sent."""
        return any(d.blocking for d in self.directions)


@dataclass(frozen=True)
class ServiceChoice:
    """What the user chose: where, in which mode, and (Kling only) shot by shot."""

    service: str
    mode: Mode
    shot_by_shot: bool = False


class ServiceSubmitDialog(QDialog):
    """The services side by side for one storyboard; Submit for the chosen one."""

    def __init__(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        accounts: ServiceAccounts,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Render With"))
        self.setMinimumWidth(720)
        self.project, self.folder, self.board_index = project, folder, board_index
        self.accounts, self.settings = accounts, settings
        self.services = all_services()
        """Local previs, Kling, then every service of the registry, in the table's order."""
        board = project.storyboards[board_index]
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.accounts_button = QPushButton(self.tr("Accounts…"))
        self.accounts_button.setToolTip(self.tr("Add or check the keys of each service"))
        self.accounts_button.clicked.connect(self.open_accounts)
        self.mode = QComboBox()
        cap = capability(board.model)
        for mode in cap.modes if cap else (board.mode,):
            self.mode.addItem(mode.value, mode)
        self.mode.setCurrentIndex(max(0, self.mode.findData(board.mode)))
        self.table = QTableWidget(len(self.services), 3)
        self.table.setObjectName("services")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Cost"), self.tr("Cannot take")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # short cells; the whole sentences are below
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._row_clicked)
        self.cost = QLabel()
        self.cost.setObjectName("cost")
        self.cost.setWordWrap(True)
        self.directions = QLabel()
        self.directions.setWordWrap(True)
        self.directions.setTextFormat(Qt.TextFormat.RichText)
        self.defaults = QLabel()
        self.defaults.setObjectName("muted")
        self.defaults.setWordWrap(True)
        self.account = QLabel()
        self.account.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("submit-reason")
        self.reason.setWordWrap(True)
        self.add_key_button = QPushButton(self.tr("Add Key…"))
        self.add_key_button.setToolTip(
            self.tr("Open Render ▸ Accounts… on the chosen service's page")
        )
        self.add_key_button.clicked.connect(self.open_accounts)
        self.shot_by_shot = QCheckBox(
            self.tr("Render shot by shot: one request per shot, joined into one take")
        )
        self.shot_by_shot.setToolTip(
            self.tr(
                "For storyboards whose middle shots have their own first or last frames, which "
                "one multi-shot request cannot carry. Each shot must be a length the model "
                "renders alone."
            )
        )
        self.shot_by_shot_refusal = shot_by_shot_refusal(board)
        self._checked: dict[Mode, tuple[GuidancesPayload, list[Problem]]] = {}
        """The storyboard compiled and checked per mode: checking reads every picture, and
        only the mode changes what the checks find (keys and the service do not)."""
        _payload, problems = self._checked_in(self.chosen_mode())
        self.shot_by_shot.setChecked(  # offered ticked when one request cannot carry the frames
            self.shot_by_shot_refusal is None
            and any(p.code == "frame-mid-sequence" for p in problems)
        )
        choose = QHBoxLayout()
        choose.addWidget(self.service, 1)
        choose.addWidget(self.accounts_button)
        form = QFormLayout()
        form.addRow(self.tr("Storyboard"), self.summary)
        form.addRow(self.tr("Render with"), choose)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.tr("Cannot take"), self.directions)
        form.addRow(self.tr("Defaults"), self.defaults)
        form.addRow(self.tr("Account"), self.account)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(
            self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.shot_by_shot)
        layout.addWidget(self.table)
        layout.addStretch(1)  # an enlarged dialog keeps its rows together at the top
        bottom = QHBoxLayout()  # why Submit is off sits next to it, with the way to fix it
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.add_key_button)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.assessments: dict[str, Assessment] = {}
        self._fill_services(self._remembered())
        self.service.currentIndexChanged.connect(lambda _i: self._show())
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        accounts.changed.connect(self._keys_changed)
        self.refresh()

    # -- choosing --------------------------------------------------------------------

    def _remembered(self) -> str:
        chosen = self.settings.value(project_key(self.folder)) or self.settings.value(LAST_SERVICE)
        return str(chosen) if chosen in self.services else KLING

    def _fill_services(self, current: str) -> None:
        self.service.blockSignals(True)
        self.service.clear()
        for service in self.services:
            name = service_name(service)
            if not self.accounts.key_status(service).has_key:
                name = self.tr(NO_KEY_SUFFIX).format(service=name)
            self.service.addItem(name, service)
        self.service.setCurrentIndex(max(0, self.service.findData(current)))
        self.service.blockSignals(False)

    def chosen_service(self) -> str:
        """The service chosen."""
        return str(self.service.currentData())

    def chosen_mode(self) -> Mode:
        """The mode to render in."""
        return Mode(self.mode.currentData())  # the combo hands back the enum's value

    def choice(self) -> ServiceChoice:
        """The service, the mode and whether to render shot by shot."""
        by_shot = self.shot_by_shot.isChecked() and self.shot_by_shot.isEnabled()
        return ServiceChoice(self.chosen_service(), self.chosen_mode(), by_shot)

    def _keys_changed(self, _service: str) -> None:
        self.refresh()

    def _row_clicked(self, row: int, _column: int) -> None:
        self.service.setCurrentIndex(row)

    def open_accounts(self) -> None:
        """The Accounts dialog on the chosen service's page; the dialog refreshes after."""
        from storyboard_app.ui.accounts_dialog import AccountsDialog

        page = self.chosen_service()
        AccountsDialog(self.accounts, page if page != LOCAL else KLING, self).exec()
        self.refresh()

    def _accept(self) -> None:
        if not self.submit_button.isEnabled():
            return
        service = self.chosen_service()
        self.settings.setValue(project_key(self.folder), service)
        self.settings.setValue(LAST_SERVICE, service)
        self.accept()

    # -- what each service would do ----------------------------------------------------

    def _checked_in(self, mode: Mode) -> tuple[GuidancesPayload, list[Problem]]:
        """The storyboard's payload and problems in one mode (checked once per opening)."""
        if mode not in self._checked:
            project = update_board(self.project, self.board_index, mode=mode)
            self._checked[mode] = (
                compile_guidances(project, self.board_index),
                validate_storyboard(project, self.board_index, AssetStore(self.folder)),
            )
        return self._checked[mode]

    def refresh(self) -> None:
        """Assess every service again (after a mode or key change) and show them."""
        self._fill_services(self.chosen_service())
        payload, problems = self._checked_in(self.chosen_mode())
        self.assessments = {
            service: self._assess(service, payload, problems) for service in self.services
        }
        board = self.project.storyboards[self.board_index]  # its name, shots and sound
        shots = len(board.shots)
        counted = self.tr("{n} shot") if shots == 1 else self.tr("{n} shots")
        self.summary.setText(
            self.tr("“{name}”: {shots}, {seconds} s, {sound}.").format(
                name=board.name,
                shots=counted.format(n=shots),
                seconds=f"{payload.total_duration:g}",
                sound=self.tr("with sound") if board.audio else self.tr("silent"),
            )
        )
        for row, service in enumerate(self.services):
            found = self.assessments[service]
            cells = (
                service_name(service) if found.available
                else self.tr(NO_KEY_SUFFIX).format(service=service_name(service)),
                self._short_cost(found),
                self._short_directions(found),
            )  # fmt: skip
            tips = (cells[0], found.cost, "\n".join(d.text for d in found.directions))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[column])
                if column == 2 and found.blocked:
                    item.setForeground(ERROR)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame)
        self._show()

    def _assess(
        self, service: str, payload: GuidancesPayload, problems: list[Problem]
    ) -> Assessment:
        status = self.accounts.key_status(service)
        if service == LOCAL:
            return Assessment(
                service, True, status.text, self.tr("free: rendered on this computer"), 0.0,
                defaults=(self.tr("An animatic of your boards and words, not a generated "
                                  "video; missing pictures become title cards."),),
            )  # fmt: skip
        common = tuple(
            Direction(p.message, True) for p in problems if p.is_error and p.code in COMMON_PROBLEMS
        )
        if service == KLING:
            cost = estimate_cost(payload)
            directions = tuple(Direction(p.message, p.is_error) for p in problems)
            return Assessment(
                service, status.has_key, status.text,
                cost.describe() if cost else self.tr("No price known for this combination."),
                cost.usd if cost else None, directions,
                (self.tr("Kling's own API takes the storyboard as the app writes it."),),
            )  # fmt: skip
        # The adapter's pure functions: no provider, no HTTP client (nothing is sent here).
        found = registry.entry(service).quote(payload, self._image_size)
        request, quote = found.request, found.price
        directions = common + tuple(Direction(u.reason, u.blocking) for u in request.unsupported)
        directions += tuple(Direction(notice, False) for notice in request.notices)
        return Assessment(
            service, status.has_key, status.text,
            self.tr("{seconds} s × ${rate}/s ≈ ${usd}").format(
                seconds=f"{quote.seconds:g}", rate=f"{quote.usd_per_second:g}",
                usd=f"{quote.usd:.2f}",
            ) if quote else self.tr(
                "Price not known: {service} does not publish one we could confirm."
            ).format(service=service_name(service)),
            quote.usd if quote else None, directions,
            self._defaults(service, payload, found.capability),
        )  # fmt: skip

    def _short_cost(self, found: Assessment) -> str:
        if found.usd is None:
            return self.tr("not known")
        return self.tr("free") if found.usd == 0 else f"≈ ${found.usd:.2f}"

    def _short_directions(self, found: Assessment) -> str:
        if not found.directions:
            return self.tr("takes everything")
        if found.blocked:
            return self.tr("cannot be sent ({n})").format(n=len(found.directions))
        return self.tr("{n} left out").format(n=len(found.directions))

    def _image_size(self, path: str) -> int:
        try:
            return (self.folder / path).stat().st_size
        except OSError:
            return 0  # a missing picture is named by the storyboard's own checks

    def _defaults(
        self, service: str, payload: GuidancesPayload, cap: ServiceCapability | None
    ) -> tuple[str, ...]:
        """What the service does by itself that this storyboard's request changes or keeps."""
        if cap is None:
            return ()
        name = service_name(service)
        lines = [
            (
                self.tr("{service} adds sound unless told not to; this storyboard is sent {sound}.")
                if cap.audio_default
                else self.tr("{service} is silent unless told otherwise; this storyboard is "
                             "sent {sound}.")
            ).format(service=name,
                     sound=self.tr("with sound") if payload.audio else self.tr("silent")),
            # Only the rounding is done for the user; a length outside the service's limits
            # is named under Cannot take (and stops the request), not adjusted.
            self.tr("Shot lengths are sent rounded to whole seconds."),
        ]  # fmt: skip
        if payload.first_frame and not cap.takes_aspect_ratio:
            lines.append(
                self.tr(
                    "The picture's shape comes from the first frame; the storyboard's "
                    "{ratio} is not sent."
                ).format(ratio=payload.aspect_ratio.value)
            )
        lines += registry.entry(service).notes(payload)  # what its adapter says of itself
        return tuple(lines)

    def _show(self) -> None:
        """The chosen service's details, and whether (and why not) it can be submitted."""
        service = self.chosen_service()
        found = self.assessments.get(service)
        if found is None:
            return
        self.table.selectRow(self.services.index(service))
        self.cost.setText(found.cost)
        lines = []
        for direction in found.directions:
            colour = ERROR if direction.blocking else WARNING
            text = html.escape(direction.text, quote=False)
            lines.append(f'<span style="color:{colour.name()}">{text}</span>')
        self.directions.setText(
            "<br>".join(lines) if lines
            else html.escape(self.tr("Takes everything in this storyboard."), quote=False)
        )  # fmt: skip
        self.defaults.setText("\n".join(found.defaults))
        self.account.setText(found.account)
        kling = service == KLING
        self.shot_by_shot.setVisible(kling)
        self.shot_by_shot.setEnabled(kling and self.shot_by_shot_refusal is None)
        reasons = []
        if not found.available:
            reasons.append(self.tr("No {service} key yet: add one to send this storyboard "
                                   "there.").format(service=service_name(service)))  # fmt: skip
        if found.blocked:  # what stops it is said once, in red under Cannot take
            reasons.append(self.tr("{service} cannot take this storyboard as it stands: see "
                                   "the lines in red under Cannot take.").format(
                service=service_name(service)))  # fmt: skip
        elif kling and found.usd is None:
            reasons.append(self.tr("No price is known for this combination, so it is not sent."))
        reason = " ".join(reasons)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.reason.setStyleSheet(f"color: {ERROR.name()}")
        self.add_key_button.setVisible(not found.available)
        self.submit_button.setEnabled(not reason)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line after the details changed (never shrink)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, self.sizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)
