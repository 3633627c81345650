"""The inspector: every field of the selected shot, and the storyboard's settings.

Widgets never assign state: each change becomes one edit through the :class:`Editor`
(typing in one field merges into one undo step). When the project changes, only widgets
whose value differs are updated, so the cursor of the field being typed in never jumps.

Text a director writes (subject, action, dialogue, notes) goes in wrapping boxes that grow
with their sentences; labels sit above the wide fields so they get the inspector's width.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import KlingElement, kling_shot_prompts
from storyboard_app.domain import edits
from storyboard_app.domain.capabilities import CAPABILITIES, KLING_V3, capability
from storyboard_app.domain.models import DialogueLine, Project
from storyboard_app.domain.vocabulary import Angle, AspectRatio, Mode, ShotSize
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.fields import (
    FittedWords,
    TextBox,
    ValueCombo,
    enum_combo,
    set_line,
    set_plain,
    split_tags,
)
from storyboard_app.ui.film_words import angle_label, mode_label, shot_size_label
from storyboard_app.ui.image_slots import CastPictures, FrameSlot, ReferenceTray
from storyboard_app.ui.model_names import model_label
from storyboard_app.ui.prompt_language import PromptLanguageCombo
from storyboard_app.ui.shot_lists import DialogueEditor, MovesEditor
from storyboard_app.ui.theme import ERROR, MUTED
from storyboard_app.ui.wheel_guard import GuardedIntSpin, GuardedSpin


def _scroll_body(area: QScrollArea) -> QWidget:
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget()
    area.setWidget(body)
    return body


def _form(body: QWidget) -> QFormLayout:
    form = QFormLayout(body)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _section(form: QFormLayout, title: str, widget: QWidget | None = None) -> QLabel:
    """A heading over a field that gets the inspector's whole width."""
    heading = QLabel(title)
    heading.setObjectName("section")
    form.addRow(heading)
    if widget is not None:
        heading.setBuddy(widget)
        form.addRow(widget)
    return heading


class ProjectTitle(QWidget):
    """The project's title, editable (the PDF cover and the exports print it)."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.title = QLineEdit()
        self.title.setObjectName("project-title")
        self.title.setPlaceholderText(self.tr("Name the project"))
        self.title.setToolTip(self.tr("The project's title: on the PDF cover and in every export"))
        self.title.textEdited.connect(self._edit)
        self.title.editingFinished.connect(self.refresh)
        label = QLabel(self.tr("Project"))
        label.setObjectName("section")
        label.setBuddy(self.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.title)
        editor.document.changed.connect(lambda _p: self.refresh())
        self.refresh()

    def _edit(self, text: str) -> None:
        if text.strip():
            self.editor.attempt(
                self.tr("Rename the project"),
                lambda: self.editor.project.evolve(title=text.strip()),
                merge=("project", "title"),
            )

    def refresh(self) -> None:
        """Show the title (a field left blank shows the title again)."""
        if self.title.text().strip() != self.editor.project.title:
            set_line(self.title, self.editor.project.title)


class ShotInspector(QScrollArea):
    """Every field of the selected shot."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("shot-inspector")
        self.editor = editor
        form = _form(_scroll_body(self))
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        form.addRow(self.heading)

        self.shot_size = enum_combo(list(ShotSize), shot_size_label)
        self.shot_size.currentIndexChanged.connect(
            lambda _i: editor.edit_shot(
                self.tr("Change shot size"), "size", size=self.shot_size.value()
            )
        )
        self.angle = enum_combo(list(Angle), angle_label)
        self.angle.currentIndexChanged.connect(
            lambda _i: editor.edit_shot(self.tr("Change angle"), "angle", angle=self.angle.value())
        )
        self.duration = GuardedSpin()
        self.duration.setSuffix(self.tr(" s"))
        self.duration.setDecimals(1)
        self.duration.setRange(0.5, 60)
        self.duration.setKeyboardTracking(False)  # typing "2.5" is one change, not "2" first
        self.duration.valueChanged.connect(self._duration_changed)
        self.duration_note = QLabel()
        self.duration_note.setObjectName("muted")
        self.duration_note.setWordWrap(True)
        self.duration_note.hide()
        self.subject = TextBox(self.tr("Who or what is in the frame"), lines=2, most=5)
        self.subject.textChanged.connect(
            lambda: editor.edit_shot(
                self.tr("Edit subject"), "subject", subject=self.subject.toPlainText()
            )
        )
        self.action = TextBox(self.tr("What happens in the shot"), lines=3, most=8)
        self.action.textChanged.connect(
            lambda: editor.edit_shot(
                self.tr("Edit action"), "action", action=self.action.toPlainText()
            )
        )
        self.characters = QLineEdit()
        self.characters.setPlaceholderText(self.tr("Names, separated by commas"))
        self.characters.textEdited.connect(
            lambda text: editor.edit_shot(
                self.tr("Edit characters in shot"), "characters", characters=split_tags(text)
            )
        )
        self.moves = MovesEditor(
            lambda moves: editor.edit_shot(self.tr("Edit camera moves"), "moves", moves=moves)
        )
        self.dialogue = DialogueEditor(self._dialogue_changed)
        self.sound = QLineEdit()
        self.sound.setPlaceholderText(self.tr("rain, distant siren, …"))
        self.sound.textEdited.connect(
            lambda text: editor.edit_shot(
                self.tr("Edit sound tags"), "sound", sound=split_tags(text)
            )
        )
        self.references = ReferenceTray(editor)
        self.references.changed.connect(
            lambda refs: editor.edit_shot(
                self.tr("Change reference images"), "references", references=refs
            )
        )
        self.cast_pictures = CastPictures(editor)
        self.first_frame = FrameSlot(editor, FrameSlot.FIRST)
        self.last_frame = FrameSlot(editor, FrameSlot.LAST)
        self.first_frame.changed.connect(
            lambda path: editor.edit_shot(
                self.tr("Set first frame"), "first_frame", first_frame=path
            )
        )
        self.last_frame.changed.connect(
            lambda path: editor.edit_shot(self.tr("Set last frame"), "last_frame", last_frame=path)
        )
        swap = QToolButton()
        swap.setText("⇄")
        swap.setToolTip(self.tr("Swap the first and last frames"))
        swap.clicked.connect(self._swap_frames)
        frames_row = QWidget()
        frames = QHBoxLayout(frames_row)
        frames.setContentsMargins(0, 0, 0, 0)
        frames.addWidget(self.first_frame)
        frames.addWidget(swap)
        frames.addWidget(self.last_frame)
        frames.addStretch(1)
        self.notes = TextBox(self.tr("For the crew: not sent to the model"), lines=2, most=6)
        self.notes.textChanged.connect(
            lambda: editor.edit_shot(self.tr("Edit notes"), "notes", notes=self.notes.toPlainText())
        )
        self.prompt = TextBox(lines=4, most=60)
        self.prompt.setObjectName("compiled-prompt")
        self.prompt.setReadOnly(True)
        self.prompt_length = QLabel()

        form.addRow(self.tr("Size"), self.shot_size)
        form.addRow(self.tr("Angle"), self.angle)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.duration_note)
        _section(form, self.tr("Subject"), self.subject)
        _section(form, self.tr("Action"), self.action)
        form.addRow(self.tr("Characters"), self.characters)
        _section(form, self.tr("First and last frame"), frames_row)
        _section(form, self.tr("References"), self.references)
        self.cast_heading = _section(form, self.tr("From the character bible"), self.cast_pictures)
        _section(form, self.tr("Camera moves"), self.moves)
        _section(form, self.tr("Dialogue"), self.dialogue)
        form.addRow(self.tr("Sound"), self.sound)
        _section(form, self.tr("Notes"), self.notes)
        _section(form, self.tr("Compiled prompt"), self.prompt)
        form.addRow(self.prompt_length)
        self.fields: dict[str, QWidget] = {
            "size": self.shot_size,
            "angle": self.angle,
            "duration": self.duration,
            "subject": self.subject,
            "action": self.action,
            "characters": self.characters,
            "moves": self.moves,
            "dialogue": self.dialogue,
            "sound": self.sound,
            "references": self.references,
            "first_frame": self.first_frame,
            "last_frame": self.last_frame,
            "notes": self.notes,
        }
        editor.document.changed.connect(lambda _p: self.refresh())
        editor.selection_changed.connect(self._selection_changed)
        self.refresh()

    def _selection_changed(self) -> None:
        self.duration_note.hide()
        self.refresh()

    def _duration_changed(self, value: float) -> None:
        """Snap a typed duration to what the model renders, and say so where it happens."""
        editor = self.editor
        shot = editor.shot
        if shot is None or abs(value - shot.duration) < 1e-9:
            return
        board = editor.board
        cap = capability(board.model) or KLING_V3
        duration = edits.snap_duration(board, shot.id, value)
        if abs(duration - value) > 1e-9:
            step = round(value / cap.duration_step) * cap.duration_step
            if abs(step - duration) < 1e-9:
                why = (
                    self.tr("{model} renders whole seconds").format(model=board.model)
                    if cap.duration_step == 1
                    else self.tr("{model} renders steps of {step} s").format(
                        model=board.model, step=f"{cap.duration_step:g}"
                    )
                )
            elif duration < step:
                why = self.tr("the storyboard may last {total} s in all on {model}").format(
                    total=f"{cap.max_total:g}", model=board.model
                )
            else:
                why = self.tr("a shot lasts at least {least} s on {model}").format(
                    least=f"{cap.shot_min_duration:g}", model=board.model
                )
            self.duration_note.setText(
                self.tr("{typed} s became {duration} s: {why}.").format(
                    typed=f"{value:g}", duration=f"{duration:g}", why=why
                )
            )
            self.duration_note.show()
        else:
            self.duration_note.hide()
        if abs(duration - shot.duration) < 1e-9:
            with QSignalBlocker(self.duration):
                self.duration.setValue(duration)
            return
        editor.edit_shot(self.tr("Change duration"), "duration", duration=duration)

    def _dialogue_changed(self, lines: tuple[DialogueLine, ...], how: str) -> None:
        editor = self.editor
        shot_id = editor.shot_id
        if shot_id is None:
            return

        def make() -> Project:
            project = editor.project
            if how == "commit":  # not per keystroke: "V", "Ve", "Ver" are not characters
                for line in lines:
                    project = edits.ensure_character(project, line.character)
            return edits.update_shot(project, editor.board_index, shot_id, dialogue=lines)

        merge = ("shot", editor.board.id, shot_id, "dialogue") if how != "structure" else None
        editor.attempt(self.tr("Edit dialogue"), make, merge=merge)

    def _swap_frames(self) -> None:
        shot = self.editor.shot
        if shot is not None:
            self.editor.edit_shot(
                self.tr("Swap frames"),
                "frames",
                first_frame=shot.last_frame,
                last_frame=shot.first_frame,
            )

    def refresh(self) -> None:
        """Show the selected shot."""
        editor = self.editor
        shot = editor.shot
        body = self.widget()
        if body is not None:
            body.setEnabled(shot is not None)
        if shot is None:
            self.heading.setText(self.tr("No shot selected"))
            return
        board = editor.board
        cap = capability(board.model) or KLING_V3
        index = [s.id for s in board.shots].index(shot.id)
        self.heading.setText(
            self.tr("Shot {number} of {total}").format(number=index + 1, total=len(board.shots))
        )
        self.shot_size.show_value(shot.size)
        self.angle.show_value(shot.angle)
        with QSignalBlocker(self.duration):
            self.duration.setSingleStep(cap.duration_step)
            self.duration.setMinimum(min(cap.shot_min_duration, shot.duration))
            if abs(self.duration.value() - shot.duration) > 1e-9:
                self.duration.setValue(shot.duration)
        set_plain(self.subject, shot.subject)
        set_plain(self.action, shot.action)
        if split_tags(self.characters.text()) != shot.characters:
            set_line(self.characters, ", ".join(shot.characters))
        self.moves.show_moves(shot.moves)
        project = editor.project
        self.dialogue.show_lines(shot.dialogue, tuple(c.name for c in project.characters))
        if split_tags(self.sound.text()) != shot.sound:
            set_line(self.sound, ", ".join(shot.sound))
        self.references.show_references(shot.references, cap.references_per_shot)
        cast = tuple(
            (character.name, character.references)
            for name in shot.cast()
            if (character := project.character(name)) is not None and character.references
        )
        self.cast_pictures.show_cast(cast)
        self.cast_heading.setVisible(bool(cast))
        self.first_frame.show_path(shot.first_frame)
        self.last_frame.show_path(shot.last_frame)
        set_plain(self.notes, shot.notes)
        prompts = kling_shot_prompts(compile_guidances(project, editor.board_index))
        prompt = prompts[index]
        limit = cap.shot_prompt_max if len(board.shots) > 1 else cap.prompt_max
        set_plain(self.prompt, prompt)
        over = len(prompt) > limit
        self.prompt_length.setText(
            self.tr("{length} / {limit} characters").format(length=len(prompt), limit=limit)
        )
        colour = ERROR if over else MUTED
        self.prompt_length.setStyleSheet(f"color: {colour.name()};")

    def focus_field(self, name: str) -> bool:
        """Put the keyboard focus on a field (for the problems dock); False if unknown."""
        widget = self.fields.get(name)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget)
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # a list of cards: its first field
            widget = next(
                (
                    w
                    for w in widget.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                widget,
            )
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class BoardSettings(QScrollArea):
    """The selected storyboard's settings and its cost estimate."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("board-settings")
        self.editor = editor
        self.account_elements: Callable[[Project], Mapping[str, KlingElement] | None] = (
            lambda _project: None
        )
        """The rendering account's ready elements, the same the Payload dock and the submit
        dialog price with (set by the window): all three show one estimate."""
        form = _form(_scroll_body(self))
        self.name = QLineEdit()
        self.name.textEdited.connect(self._rename)
        self.model = ValueCombo(
            [cap.name for cap in CAPABILITIES.values()],
            model_label,
        )
        self.model.currentIndexChanged.connect(
            lambda _i: editor.edit_board(self.tr("Change model"), "model", model=self.model.value())
        )
        self.mode = enum_combo(list(Mode), mode_label)
        self.mode.currentIndexChanged.connect(
            lambda _i: editor.edit_board(self.tr("Change mode"), "mode", mode=self.mode.value())
        )
        self.aspect = enum_combo(list(AspectRatio))
        self.aspect.currentIndexChanged.connect(
            lambda _i: editor.edit_board(
                self.tr("Change aspect ratio"), "aspect_ratio", aspect_ratio=self.aspect.value()
            )
        )
        self.audio = QCheckBox(self.tr("Native audio: dialogue and sound effects"))
        self.audio.toggled.connect(
            lambda on: editor.edit_board(self.tr("Switch audio"), "audio", audio=on)
        )
        self.cuts = QCheckBox(self.tr("Let Kling cut (one prompt; Kling plans the shots)"))
        self.cuts.setToolTip(
            self.tr(
                "The shots become your notes for one prompt of the total length, and Kling "
                "decides where to cut (Kling 3.0 and 3.0 Omni only)."
            )
        )
        self.cuts.toggled.connect(
            lambda on: editor.edit_board(
                self.tr("Let Kling cut"), "cuts", cuts="model" if on else "director"
            )
        )
        self.style_line = TextBox(
            self.tr("Carried into every shot, e.g. neo-noir, 35mm film grain"), 2, 5
        )
        self.style_line.textChanged.connect(
            lambda: editor.edit_board(
                self.tr("Edit style"), "style", style=self.style_line.toPlainText()
            )
        )
        self.lighting = TextBox(self.tr("e.g. hard neon rim light, wet reflections"), 2, 5)
        self.lighting.textChanged.connect(
            lambda: editor.edit_board(
                self.tr("Edit lighting"), "lighting", lighting=self.lighting.toPlainText()
            )
        )
        self.negative = TextBox(self.tr("What the model should avoid: blur, watermark, …"), 2, 6)
        self.negative.textChanged.connect(
            lambda: editor.edit_board(
                self.tr("Edit negative prompt"),
                "negative_prompt",
                negative_prompt=self.negative.toPlainText(),
            )
        )
        self.seed = GuardedIntSpin()
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText(self.tr("— (none)"))
        self.seed.setToolTip(self.tr("Kept for services that take a seed; Kling takes none"))
        self.seed.valueChanged.connect(
            lambda v: editor.edit_board(self.tr("Change seed"), "seed", seed=None if v < 0 else v)
        )
        # their height follows their width even once Props and places make the tab scroll
        self.cost = FittedWords("cost")
        self.limits = FittedWords("muted")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Aspect"), self.aspect)
        form.addRow(self.audio)
        form.addRow(self.cuts)
        _section(form, self.tr("Style"), self.style_line)
        _section(form, self.tr("Lighting"), self.lighting)
        self.prompt_language = PromptLanguageCombo(editor)
        form.addRow(self.prompt_language.title, self.prompt_language)
        _section(form, self.tr("Negative prompt"), self.negative)
        form.addRow(self.tr("Seed"), self.seed)
        _section(form, self.tr("Cost estimate"), self.cost)
        _section(form, self.tr("Limits"), self.limits)
        self._form = form
        self.props_panel: QWidget | None = None
        """The storyboard's products and places as Kling elements (ui/kling_props.py)."""
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "model": self.model,
            "mode": self.mode,
            "aspect_ratio": self.aspect,
            "audio": self.audio,
            "cuts": self.cuts,
            "style": self.style_line,
            "lighting": self.lighting,
            "negative_prompt": self.negative,
            "seed": self.seed,
            "prompt_language": self.prompt_language,
        }
        editor.document.changed.connect(lambda _p: self.refresh())
        editor.selection_changed.connect(self.refresh)
        self.refresh()

    def _rename(self, text: str) -> None:
        if text.strip():
            self.editor.edit_board(self.tr("Rename storyboard"), "name", name=text)

    def use_props_panel(self, panel: QWidget) -> None:
        """Show the storyboard's Props and places (Kling elements) with ``panel``, last."""
        if self.props_panel is None:
            holder = QWidget()
            self._props_area = QVBoxLayout(holder)
            self._props_area.setContentsMargins(0, 0, 0, 0)
            _section(self._form, self.tr("Props and places"), holder)
        else:
            self._props_area.removeWidget(self.props_panel)
            self.props_panel.deleteLater()
        self._props_area.addWidget(panel)
        self.props_panel = panel

    def refresh(self) -> None:
        """Show the selected storyboard's settings."""
        board = self.editor.board
        if self.name.text().strip() != board.name:
            set_line(self.name, board.name)
        self.model.show_value(board.model)
        self.mode.show_value(board.mode)
        self.aspect.show_value(board.aspect_ratio)
        with QSignalBlocker(self.audio):
            self.audio.setChecked(board.audio)
        with QSignalBlocker(self.cuts):
            self.cuts.setChecked(board.cuts == "model")
        self.prompt_language.show_board(board)
        set_plain(self.style_line, board.style)
        set_plain(self.lighting, board.lighting)
        set_plain(self.negative, board.negative_prompt)
        with QSignalBlocker(self.seed):
            self.seed.setValue(-1 if board.seed is None else board.seed)
        self.show_cost()
        cap = capability(board.model)
        self.limits.setText(
            self.tr("{shots}, {least}–{most} s in all, {characters} a shot prompt").format(
                shots=self._counted(cap.max_shots, self.tr("{n} shot"), self.tr("{n} shots")),
                least=cap.min_total,
                most=cap.max_total,
                characters=self.tr("{n} characters").format(n=cap.shot_prompt_max),
            )
            if cap
            else self.tr("Unknown model.")
        )

    def show_cost(self) -> None:
        """Estimate the selected storyboard as the request would go: with the account's
        ready elements, which can change the model it is billed as."""
        project = self.editor.project
        payload = compile_guidances(project, self.editor.board_index)
        cost = estimate_cost(payload, self.account_elements(project))
        self.cost.setText(
            cost.describe() if cost else self.tr("No price for this model, mode and audio.")
        )

    def showEvent(self, event: QShowEvent) -> None:
        """An element made while the tab was hidden is priced in when it shows again."""
        super().showEvent(event)
        self.show_cost()

    @staticmethod
    def _counted(number: int, one: str, many: str) -> str:
        """ "1 shot" or "2 shots" (each form translated on its own)."""
        return (one if number == 1 else many).format(n=number)
