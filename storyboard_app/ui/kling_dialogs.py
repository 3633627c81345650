"""The Kling account dialog and the submit dialog (cost and limits before anything is sent).

Both speak plainly: what will be made and from what, what it costs, where the keys come
from; never an endpoint, a model id, an exception class or an environment variable.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import has_errors
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.remote import shot_by_shot_refusal
from storyboard_app.providers.kling.auth import BaseUrlRefused, Credentials
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.kling_elements import kling_view, ready_on_account
from storyboard_app.ui.kling_service import REGIONS, AccountSettings, KeysNotKept, KlingService
from storyboard_app.ui.theme import ERROR, WARNING

CUSTOM = "custom"
"""The region combo's data for a custom address (the regions' data are their names)."""
REGION_LABELS = {
    "Singapore": str(QT_TRANSLATE_NOOP("AccountDialog", "Singapore")),
    "Beijing": str(QT_TRANSLATE_NOOP("AccountDialog", "Beijing")),
    CUSTOM: str(QT_TRANSLATE_NOOP("AccountDialog", "Custom address")),
}
MADE_FROM = {
    OMNI_VIDEO: str(QT_TRANSLATE_NOOP("SubmitDialog", "made from your pictures and words")),
    IMAGE2VIDEO: str(QT_TRANSLATE_NOOP("SubmitDialog", "made from its first frame and your words")),
}
"""How each kind of request makes the video, in the user's words (else: from words alone)."""


class AccountDialog(QDialog):
    """Access key, secret key, region (or a custom base URL), concurrency, Test connection."""

    def __init__(self, service: KlingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kling Account"))
        self.setMinimumWidth(520)
        self.service = service
        account = service.account()
        self.access = QLineEdit()
        self.access.setPlaceholderText(self.tr("Access key"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Secret key"))
        self.region = QComboBox()
        for name in (*REGIONS, CUSTOM):
            self.region.addItem(self.tr(REGION_LABELS.get(name, name)), name)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("https://… (http only for this computer)"))
        region = next((name for name, url in REGIONS.items() if url == account.base_url), CUSTOM)
        self.region.setCurrentIndex(self.region.findData(region))
        if region == CUSTOM:
            self.custom.setText(account.base_url)
        self.custom.setEnabled(region == CUSTOM)
        self.region.currentIndexChanged.connect(
            lambda _i: self.custom.setEnabled(self.region.currentData() == CUSTOM)
        )
        self.limit = QSpinBox()
        self.limit.setRange(1, 50)
        self.limit.setValue(account.limit)
        self.limit.setToolTip(
            self.tr("Tasks Kling runs at once for your resource pack; the rest wait")
        )
        has_keys, keys_note = service.has_keys()
        if not has_keys:  # the generic note points here: in this dialog, say what to do
            keys_note = self.tr(
                "No Kling keys yet: type your access key and secret key above, then Save."
            )
        self.keys_note = QLabel(keys_note)
        self.keys_note.setObjectName("muted")
        self.keys_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.clicked.connect(self.test)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.session_button = QPushButton(self.tr("Use These Keys Until the App Closes"))
        self.session_button.setToolTip(self.tr("Kept in memory only; never written to disk"))
        self.session_button.clicked.connect(self.use_until_closed)
        self.session_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("Access key"), self.access)
        form.addRow(self.tr("Secret key"), self.secret)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Address"), self.custom)
        form.addRow(self.tr("Tasks at once"), self.limit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keys_note)  # outside the form, where wrapped text gets its height
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_line)
        layout.addWidget(self.session_button)
        layout.addWidget(buttons)
        self.test_task: asyncio.Task[None] | None = None

    def base_url(self) -> str:
        """The address chosen."""
        name = str(self.region.currentData())
        return self.custom.text().strip() if name == CUSTOM else REGIONS[name]

    def typed_credentials(self) -> Credentials | None:
        """The keys typed in, if both were."""
        access, secret = self.access.text().strip(), self.secret.text().strip()
        return Credentials(access, secret) if access and secret else None

    def test(self) -> None:
        """Make one cheap authenticated call with the keys typed (or those in use)."""
        credentials = self.typed_credentials() or self.service.credentials_now()
        if credentials is None:
            self.status_line.setText(self.tr("Enter the access key and secret key first."))
            return
        self.test_button.setEnabled(False)
        self.status_line.setText(self.tr("Testing…"))

        async def run() -> None:
            text = self.tr("Not connected: the check stopped unexpectedly.")
            try:
                text = await self.service.test_connection(self.base_url(), credentials)
            finally:  # the line never stays at "Testing…"
                self.test_button.setEnabled(True)
                self.status_line.setText(text)

        self.test_task = asyncio.ensure_future(run())

    def save(self) -> None:
        """Keep the settings and the keys; stay open with the reason if that fails."""
        try:
            note = self.service.save_account(
                AccountSettings(self.base_url(), self.limit.value()), self.typed_credentials()
            )
        except BaseUrlRefused as error:
            self.status_line.setText(str(error))
            return
        except KeysNotKept as error:  # stay open: the typed keys are not lost
            self.status_line.setText(str(error))
            self.session_button.show()
            return
        self.status_line.setText(note)
        self.accept()

    def use_until_closed(self) -> None:
        """Use the typed keys for this run of the app (no keychain to keep them in)."""
        credentials = self.typed_credentials()
        if credentials is None:
            self.status_line.setText(self.tr("Enter the access key and secret key first."))
            return
        self.service.use_keys_until_closed(credentials)
        self.accept()


@dataclass(frozen=True)
class SubmitChoice:
    """What the user chose in the submit dialog."""

    mode: Mode
    shot_by_shot: bool = False


class SubmitDialog(QDialog):
    """What will be sent, what it costs, the limits that apply; Submit only without errors."""

    def __init__(
        self,
        project: Project,
        folder: Path,
        board_index: int,
        service: KlingService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Render with Kling"))
        self.setMinimumWidth(560)
        self.project, self.board_index = project, board_index
        board = project.storyboards[board_index]
        cap = capability(board.model)
        self.mode = QComboBox()
        for mode in cap.modes if cap else (board.mode,):
            self.mode.addItem(mode.value, mode)
        self.mode.setCurrentIndex(max(0, self.mode.findData(board.mode)))
        self.mode.currentIndexChanged.connect(self._update)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cost = QLabel()
        self.cost.setObjectName("cost")
        self.limits = QLabel()
        self.limits.setObjectName("muted")
        self.limits.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
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
        self.shot_by_shot_note = QLabel()
        self.shot_by_shot_note.setObjectName("muted")
        self.shot_by_shot_note.setWordWrap(True)
        has, keys = service.has_keys()
        self.account = QLabel(keys)
        self.account.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Storyboard"), self.summary)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.tr("Limits"), self.limits)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(
            self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.shot_by_shot)
        layout.addWidget(self.shot_by_shot_note)
        layout.addWidget(self.account)
        layout.addWidget(self.buttons)
        # the account's ready elements: checked, described and priced as the job sends them
        self._elements = ready_on_account(service, project, folder)
        problems = validate_storyboard(project, board_index, AssetStore(folder), self._elements)
        self._blocked = has_errors(problems) or not has
        # Offered (ticked) when one request cannot carry the frames; refused up front, with
        # the reason, when a shot could not be rendered alone.
        refusal = shot_by_shot_refusal(board)
        self.shot_by_shot.setEnabled(refusal is None)
        self.shot_by_shot.setChecked(
            refusal is None and any(p.code == "frame-mid-sequence" for p in problems)
        )
        self.shot_by_shot_note.setText(
            self.tr("Shot by shot is not possible: {reason}").format(reason=refusal)
            if refusal
            else ""
        )
        self.shot_by_shot_note.setVisible(refusal is not None)
        lines = []
        for problem in problems:
            colour = ERROR if problem.is_error else WARNING
            lines.append(f'<span style="color:{colour.name()}">{problem.message}</span>')
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))
        self._update()

    def chosen_mode(self) -> Mode:
        """The mode to render in."""
        mode: Mode = self.mode.currentData()
        return mode

    def choice(self) -> SubmitChoice:
        """The mode and whether to render shot by shot."""
        return SubmitChoice(self.chosen_mode(), self.shot_by_shot.isChecked())

    def _update(self) -> None:
        project = update_board(self.project, self.board_index, mode=self.chosen_mode())
        board = project.storyboards[self.board_index]
        payload = compile_guidances(project, self.board_index)
        request, cost = kling_view(payload, self._elements)  # what is sent, what is billed
        cap = capability(request.model_name)
        shots = len(board.shots)
        counted = self.tr("{n} shot") if shots == 1 else self.tr("{n} shots")
        made = MADE_FROM.get(request.endpoint)
        self.summary.setText(
            self.tr("“{name}”: {shots}, {seconds} s, {sound}, {made} by {model}.").format(
                name=board.name,
                shots=counted.format(n=shots),
                seconds=f"{payload.total_duration:g}",
                sound=self.tr("with sound") if board.audio else self.tr("silent"),
                made=self.tr(made) if made else self.tr("made from your words"),
                model=cap.label if cap else "Kling",
            )
        )
        self.cost.setText(
            cost.describe() if cost else self.tr("No price known for this combination.")
        )
        if cap:
            self.limits.setText(
                self.tr(
                    "{model}: up to {shots} shots, {least}–{most} s in whole seconds, "
                    "{characters} characters a shot prompt, images JPEG/PNG ≤ 10 MB and "
                    "≥ 300 px, {images} images a request."
                ).format(
                    model=cap.label,
                    shots=cap.max_shots,
                    least=cap.min_total,
                    most=cap.max_total,
                    characters=cap.shot_prompt_max,
                    images=cap.request_images_max,
                )
            )
        self.submit_button.setEnabled(not self._blocked and cost is not None)
