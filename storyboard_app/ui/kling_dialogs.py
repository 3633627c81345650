"""The Kling submit dialog (cost and limits before anything is sent); the account is a page
of Render ▸ Accounts… (``accounts_dialog.py``).

It speaks plainly: what will be made and from what, what it costs, where the keys come
from; never an endpoint, a model id, an exception class or an environment variable.
"""

from __future__ import annotations

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
from storyboard_app.storage.assets import AssetStore
from storyboard_app.ui.film_words import mode_label
from storyboard_app.ui.kling_elements import kling_view, ready_on_account
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.model_names import capability_label
from storyboard_app.ui.theme import ERROR, WARNING

MADE_FROM = {
    OMNI_VIDEO: str(QT_TRANSLATE_NOOP("SubmitDialog", "made from your pictures and words")),
    IMAGE2VIDEO: str(QT_TRANSLATE_NOOP("SubmitDialog", "made from its first frame and your words")),
}
"""How each kind of request makes the video, in the user's words (else: from words alone)."""


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
            self.mode.addItem(mode_label(mode), mode)  # 标准 – 720p in Chinese
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
                model=capability_label(cap),
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
                    model=capability_label(cap),
                    shots=cap.max_shots,
                    least=cap.min_total,
                    most=cap.max_total,
                    characters=cap.shot_prompt_max,
                    images=cap.request_images_max,
                )
            )
        self.submit_button.setEnabled(not self._blocked and cost is not None)
