"""The Kling account dialog and the submit dialog (cost and limits before anything is sent).

Both speak plainly: what will be made and from what, what it costs, where the keys come
from; never an endpoint, a model id, an exception class or an environment variable.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

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

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO, billing_model, compile_kling
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.edits import update_board
from storyboard_app.domain.models import Project
from storyboard_app.domain.problems import has_errors
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.jobs.remote import shot_by_shot_refusal
from storyboard_app.providers.kling.auth import BaseUrlRefused, Credentials
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.kling_service import REGIONS, AccountSettings, KeysNotKept, KlingService
from storyboard_app.ui.theme import ERROR, WARNING

CUSTOM = "Custom address"
MADE_FROM = {
    OMNI_VIDEO: "made from your pictures and words",
    IMAGE2VIDEO: "made from its first frame and your words",
}
"""How each kind of request makes the video, in the user's words (else: from words alone)."""


class AccountDialog(QDialog):
    """Access key, secret key, region (or a custom base URL), concurrency, Test connection."""

    def __init__(self, service: KlingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kling Account")
        self.setMinimumWidth(520)
        self.service = service
        account = service.account()
        self.access = QLineEdit()
        self.access.setPlaceholderText("Access key")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("Secret key (kept in the system keychain)")
        self.region = QComboBox()
        self.region.addItems([*REGIONS, CUSTOM])
        self.custom = QLineEdit()
        self.custom.setPlaceholderText("https://… (http only for this computer)")
        region = next((name for name, url in REGIONS.items() if url == account.base_url), CUSTOM)
        self.region.setCurrentText(region)
        if region == CUSTOM:
            self.custom.setText(account.base_url)
        self.custom.setEnabled(region == CUSTOM)
        self.region.currentTextChanged.connect(lambda t: self.custom.setEnabled(t == CUSTOM))
        self.limit = QSpinBox()
        self.limit.setRange(1, 50)
        self.limit.setValue(account.limit)
        self.limit.setToolTip("Tasks Kling runs at once for your resource pack; the rest wait")
        self.keys_note = QLabel(service.has_keys()[1])
        self.keys_note.setObjectName("muted")
        self.keys_note.setWordWrap(True)
        self.test_button = QPushButton("Test Connection")
        self.test_button.clicked.connect(self.test)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.session_button = QPushButton("Use These Keys Until the App Closes")
        self.session_button.setToolTip("Kept in memory only; never written to disk")
        self.session_button.clicked.connect(self.use_until_closed)
        self.session_button.hide()
        form = QFormLayout()
        form.addRow("Access key", self.access)
        form.addRow("Secret key", self.secret)
        form.addRow("Region", self.region)
        form.addRow("Address", self.custom)
        form.addRow("Tasks at once", self.limit)
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
        name = self.region.currentText()
        return self.custom.text().strip() if name == CUSTOM else REGIONS[name]

    def typed_credentials(self) -> Credentials | None:
        """The keys typed in, if both were."""
        access, secret = self.access.text().strip(), self.secret.text().strip()
        return Credentials(access, secret) if access and secret else None

    def test(self) -> None:
        """Make one cheap authenticated call with the keys typed (or those in use)."""
        credentials = self.typed_credentials() or self.service.credentials_now()
        if credentials is None:
            self.status_line.setText("Enter the access key and secret key first.")
            return
        self.test_button.setEnabled(False)
        self.status_line.setText("Testing…")

        async def run() -> None:
            text = "Not connected: the check stopped unexpectedly."
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
            self.status_line.setText("Enter the access key and secret key first.")
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
        self.setWindowTitle("Render with Kling")
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
            "Render shot by shot: one request per shot, joined into one take"
        )
        self.shot_by_shot.setToolTip(
            "For storyboards whose middle shots have their own first or last frames, which one "
            "multi-shot request cannot carry. Each shot must be a length the model renders alone."
        )
        self.shot_by_shot_note = QLabel()
        self.shot_by_shot_note.setObjectName("muted")
        self.shot_by_shot_note.setWordWrap(True)
        has, keys = service.has_keys()
        self.account = QLabel(keys)
        self.account.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Storyboard", self.summary)
        form.addRow("Mode", self.mode)
        form.addRow("Cost", self.cost)
        form.addRow("Limits", self.limits)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(
            "Submit", QDialogButtonBox.ButtonRole.AcceptRole
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
        problems = validate_storyboard(project, board_index, AssetStore(folder))
        self._blocked = has_errors(problems) or not has
        # Offered (ticked) when one request cannot carry the frames; refused up front, with
        # the reason, when a shot could not be rendered alone.
        refusal = shot_by_shot_refusal(board)
        self.shot_by_shot.setEnabled(refusal is None)
        self.shot_by_shot.setChecked(
            refusal is None and any(p.code == "frame-mid-sequence" for p in problems)
        )
        self.shot_by_shot_note.setText(
            f"Shot by shot is not possible: {refusal}" if refusal else ""
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
        request = compile_kling(payload)
        cap = capability(billing_model(payload))
        shots = len(board.shots)
        self.summary.setText(
            f"“{board.name}”: {shots} shot{'s' * (shots != 1)}, {payload.total_duration:g} s, "
            f"{'with sound' if board.audio else 'silent'}, "
            f"{MADE_FROM.get(request.endpoint, 'made from your words')} by "
            f"{cap.label if cap else 'Kling'}."
        )
        cost = estimate_cost(payload)
        self.cost.setText(cost.describe() if cost else "No price known for this combination.")
        if cap:
            self.limits.setText(
                f"{cap.label}: up to {cap.max_shots} shots, {cap.min_total}–{cap.max_total} s in "
                f"whole seconds, {cap.shot_prompt_max} characters a shot prompt, images JPEG/PNG "
                f"≤ 10 MB and ≥ 300 px, {cap.request_images_max} images a request."
            )
        self.submit_button.setEnabled(not self._blocked and cost is not None)
