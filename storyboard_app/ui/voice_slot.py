"""A character's Kling voice: a preset voice id, or a recording dropped to make a custom one.

The recording is checked (format, 5–30 s of sound, decoded with PyAV) and copied into the
project's ``assets/`` off the GUI thread; the custom voice itself is made on the account
with the character's element (``storyboard-app elements``), since its id belongs to the account.
Choose… lists the account's own voices and Kling's presets by name, with their samples
(ui/voice_presets.py); Play
plays the dropped recording.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from storyboard_app.domain import edits
from storyboard_app.domain.models import Character
from storyboard_app.providers.kling.voices import sample_problem
from storyboard_app.storage.recordings import import_recording
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.fields import set_line
from storyboard_app.ui.image_slots import DropTarget
from storyboard_app.ui.kling_service import KlingService
from storyboard_app.ui.voice_presets import PresetVoiceDialog, SamplePlayer, choose_preset

EMPTY = QT_TRANSLATE_NOOP("VoiceSlot", "Drop a 5–30 s recording of one voice (.mp3 .wav .mp4 .mov)")


class VoiceSlot(DropTarget):
    """Preset voice id, and the drop area for a recording of the character's voice."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self._character: str | None = None
        self.preset = QLineEdit()
        self.preset.setPlaceholderText(self.tr("Preset voice id"))
        self.preset.setToolTip(self.tr("Kling preset voice id (or drop a recording below)"))
        self.preset.textEdited.connect(self._preset_edited)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setToolTip(
            self.tr("Pick one of your voices or Kling's preset voices by name and hear it")
        )
        self.choose.clicked.connect(self.choose_preset)
        self.choose.setEnabled(False)  # until the Kling service is given (use_service)
        self.service: KlingService | None = None
        self.chooser: PresetVoiceDialog | None = None
        """The open preset list, if any."""
        self.sound = SamplePlayer(self)
        self.sound.problem.connect(self.editor.refused.emit)
        self.play = QToolButton()
        self.play.setText("▶")
        self.play.setToolTip(self.tr("Play the recording"))
        self.play.clicked.connect(self.play_recording)
        self.recording = QLabel(self.tr(str(EMPTY)))
        self.recording.setObjectName("muted")
        self.recording.setWordWrap(True)
        self.clear = QToolButton()
        self.clear.setText("✕")
        self.clear.setToolTip(self.tr("Forget the recording"))
        self.clear.clicked.connect(lambda: self._set(self.tr("voice recording"), voice_sample=None))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.recording, 1)
        row.addWidget(self.play)
        row.addWidget(self.clear)
        preset_row = QHBoxLayout()
        preset_row.setContentsMargins(0, 0, 0, 0)
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(preset_row)
        layout.addLayout(row)
        self._sample: str | None = None

    def use_service(self, service: KlingService) -> None:
        """Let Choose… ask this Kling account for its preset voices."""
        self.service = service
        self.choose.setEnabled(True)

    def choose_preset(self) -> None:
        """Open the list of Kling's preset voices; OK sets the character's voice id."""
        if self.service is None or self._character is None:
            return
        self.chooser = choose_preset(
            self.service,
            self.preset.text().strip(),
            self,
            lambda voice: self._set(self.tr("Kling voice"), voice_id=voice.voice_id),
        )
        self.chooser.finished.connect(self._chooser_closed)

    def _chooser_closed(self) -> None:
        if self.chooser is not None:
            # After the stop it queued on closing: the player winds down, then goes.
            self.chooser.deleteLater()
        self.chooser = None

    def play_recording(self) -> None:
        """Play the character's recording from the project folder."""
        folder = self.editor.document.folder
        if self._sample is None or folder is None:
            return
        path = folder / self._sample
        if not path.is_file():
            self.editor.refused.emit(
                self.tr("The recording {file} is missing from the project.").format(
                    file=self._sample
                )
            )
            return
        self.sound.play(path)

    def show_character(self, character: Character) -> None:
        """Show a character's Kling voice."""
        sample = character.voice_sample
        if (character.name, sample) != (self._character, self._sample):
            self.sound.stop()  # another character, or another recording
        self._character = character.name
        self._sample = sample
        set_line(self.preset, character.voice_id)
        self.recording.setText(
            self.tr("Recording: {file}").format(file=sample) if sample else self.tr(str(EMPTY))
        )
        self.clear.setEnabled(sample is not None)
        self.play.setEnabled(sample is not None)

    def _preset_edited(self, text: str) -> None:
        self._set(self.tr("Kling voice"), voice_id=text.strip())

    def _set(self, what: str, **changes: object) -> None:
        name = self._character
        if name is None:
            return
        self.editor.attempt(
            self.tr("Edit {name}'s {what}").format(name=name, what=what),
            lambda: edits.update_character(self.editor.project, name, **changes),
            merge=("character", name, what),
        )

    def accept_files(self, files: list[Path]) -> None:
        folder = self.editor.document.folder
        if folder is None:
            self.editor.refused.emit(
                self.tr("Save the project first: recordings are copied into it.")
            )
            return
        source = files[0]

        def work() -> tuple[str, str]:
            problem = sample_problem(source)
            return ("", problem) if problem else (import_recording(folder, source), "")

        def done(outcome: tuple[str, str]) -> None:
            path, problem = outcome
            if problem:
                self.editor.refused.emit(
                    self.tr("Not used as a voice: {problem}.").format(problem=problem)
                )
            else:
                self._set(self.tr("voice recording"), voice_sample=path)

        def failed(error: Exception) -> None:
            self.editor.refused.emit(
                self.tr("{file} cannot be read: {error}.").format(file=source.name, error=error)
            )

        self.editor.background.run(work, done, failed)
