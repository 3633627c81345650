"""The inspector: every field of the selected shot, and the storyboard's settings.

Widgets never assign state: each change becomes one edit through the :class:`Editor`
(typing in one field merges into one undo step). When the project changes, only widgets
whose value differs are updated, so the cursor of the field being typed in never jumps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import kling_shot_prompts
from storyboard_app.domain import edits
from storyboard_app.domain.capabilities import CAPABILITIES, KLING_V3, capability
from storyboard_app.domain.models import CameraMove, DialogueLine, Project
from storyboard_app.domain.vocabulary import (
    LANGUAGE_NAMES,
    Angle,
    AspectRatio,
    Direction,
    Mode,
    MoveKind,
    ShotSize,
    Speed,
)
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.image_slots import FrameSlot, ReferenceTray
from storyboard_app.ui.theme import ERROR, MUTED

T = TypeVar("T")

NO_TIME = -0.5
"""Value of a time-window spin box that means "not set" (shown as —)."""


def set_line(widget: QLineEdit, text: str) -> None:
    """Show ``text`` unless the widget already does (keeps the cursor while typing)."""
    if widget.text() != text:
        widget.setText(text)


def set_plain(widget: QPlainTextEdit, text: str) -> None:
    """Show ``text`` in a multi-line field without emitting a change."""
    if widget.toPlainText() != text:
        with QSignalBlocker(widget):
            widget.setPlainText(text)


class ValueCombo(QComboBox, Generic[T]):
    """A combo box of typed values; :meth:`value` gives the chosen one back with its type.

    Qt stores a ``StrEnum`` item's data as a plain ``str``, so ``currentData()`` loses the
    enum (``MoveKind.CRANE`` comes back as ``"crane"``); the values are kept here instead.
    """

    def __init__(self, values: Sequence[T] = (), label: Callable[[T], str] = str) -> None:
        super().__init__()
        self._values: list[T] = []
        self.set_values(values, label)

    def set_values(self, values: Sequence[T], label: Callable[[T], str] = str) -> None:
        """Offer these values (without emitting a change)."""
        with QSignalBlocker(self):
            self.clear()
            self._values = list(values)
            for value in self._values:
                self.addItem(label(value), value)

    def value(self) -> T:
        """The chosen value, with its type."""
        return self._values[max(self.currentIndex(), 0)]

    def show_value(self, value: T) -> None:
        """Select ``value`` without emitting a change (the first item if it is not offered)."""
        index = self._values.index(value) if value in self._values else 0
        if index != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(index)


def enum_combo(values: Sequence[T], label: Callable[[T], str] = str) -> ValueCombo[T]:
    """A combo box of enum values (see :class:`ValueCombo`)."""
    return ValueCombo(values, label)


def split_tags(text: str) -> tuple[str, ...]:
    """Comma-separated words as a tuple, blanks dropped."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _time_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(NO_TIME, 60)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    spin.setSpecialValueText("—")
    spin.setSuffix(" s")
    return spin


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(90)
    table.setMaximumHeight(150)
    return table


class MovesEditor(QWidget):
    """The shot's camera moves: kind, direction, speed and an optional time window."""

    def __init__(self, on_change: Callable[[tuple[CameraMove, ...]], None]) -> None:
        super().__init__()
        self._on_change = on_change
        self._shown: tuple[CameraMove, ...] | None = None
        self.table = _table(("Move", "Way", "Speed", "From", "To"))
        self.table.setObjectName("moves")
        add, remove, up, down = (QToolButton() for _ in range(4))
        for button, text, tip in (
            (add, "+", "Add a camera move"),
            (remove, "−", "Remove the selected move"),
            (up, "↑", "Move it earlier"),
            (down, "↓", "Move it later"),
        ):
            button.setText(text)
            button.setToolTip(tip)
        add.clicked.connect(lambda: self._emit((*self.moves(), CameraMove()), rebuild=True))
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._shift(-1))
        down.clicked.connect(lambda: self._shift(1))
        buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_moves(self, moves: tuple[CameraMove, ...]) -> None:
        """Show a shot's moves (rebuilt only when they differ from what is shown)."""
        if moves == self._shown:
            return
        self._shown = moves
        self.table.setRowCount(len(moves))
        for row, move in enumerate(moves):
            kind = enum_combo(list(MoveKind))
            kind.show_value(move.kind)
            direction: ValueCombo[Direction] = ValueCombo(move.kind.directions)
            direction.show_value(move.direction)
            speed = enum_combo(list(Speed))
            speed.show_value(move.speed)
            start, end = _time_spin(), _time_spin()
            start.setValue(move.start if move.start is not None else NO_TIME)
            end.setValue(move.end if move.end is not None else NO_TIME)
            kind.currentIndexChanged.connect(
                lambda _i, k=kind, d=direction: self._kind_changed(k, d)
            )
            for choice in (direction, speed):
                choice.currentIndexChanged.connect(lambda _i: self._emit(self.moves()))
            for spin in (start, end):
                spin.valueChanged.connect(lambda _v: self._emit(self.moves()))
            cells: tuple[QWidget, ...] = (kind, direction, speed, start, end)
            for column, cell in enumerate(cells):
                self.table.setCellWidget(row, column, cell)

    def _kind_changed(self, kind: ValueCombo[MoveKind], direction: ValueCombo[Direction]) -> None:
        """A new kind offers its own directions, keeping the current one if it has it."""
        current = direction.value()
        direction.set_values(kind.value().directions)
        direction.show_value(current)
        self._emit(self.moves())

    def moves(self) -> tuple[CameraMove, ...]:
        """The moves as the table shows them."""
        result = []
        for row in range(self.table.rowCount()):
            kind, direction, speed, start, end = (
                self.table.cellWidget(row, column) for column in range(5)
            )
            assert isinstance(kind, ValueCombo)
            assert isinstance(direction, ValueCombo)
            assert isinstance(speed, ValueCombo)
            assert isinstance(start, QDoubleSpinBox)
            assert isinstance(end, QDoubleSpinBox)
            result.append(
                CameraMove(
                    kind=kind.value(),
                    direction=direction.value(),
                    speed=speed.value(),
                    start=None if start.value() <= NO_TIME else start.value(),
                    end=None if end.value() <= NO_TIME else end.value(),
                )
            )
        return tuple(result)

    def _emit(self, moves: tuple[CameraMove, ...], rebuild: bool = False) -> None:
        """Report new moves; the rows are rebuilt only when their number or order changed
        (a combo box is never replaced while its own signal runs)."""
        if not rebuild:
            self._shown = moves
        self._on_change(moves)

    def _remove(self) -> None:
        row = self.table.currentRow()
        moves = self.moves()
        if 0 <= row < len(moves):
            self._emit(moves[:row] + moves[row + 1 :], rebuild=True)

    def _shift(self, step: int) -> None:
        row = self.table.currentRow()
        moves = list(self.moves())
        target = row + step
        if 0 <= row < len(moves) and 0 <= target < len(moves):
            moves[row], moves[target] = moves[target], moves[row]
            self._emit(tuple(moves), rebuild=True)
            self.table.selectRow(target)


class DialogueEditor(QWidget):
    """The shot's dialogue lines: character (picked or typed), delivery, line, language."""

    def __init__(self, on_change: Callable[[tuple[DialogueLine, ...], str], None]) -> None:
        """``on_change(lines, how)``: how is "typing" (merges with the previous step),
        "commit" (a name was finished: new characters join the project) or "structure"
        (a line added or removed: its own step)."""
        super().__init__()
        self._on_change = on_change
        self._shown: tuple[DialogueLine, ...] | None = None
        self._characters: tuple[str, ...] = ()
        self.table = _table(("Character", "Delivery", "Line", "Language"))
        self.table.setObjectName("dialogue")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add, remove = QPushButton("Add line"), QPushButton("Remove")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_lines(self, lines: tuple[DialogueLine, ...], characters: tuple[str, ...]) -> None:
        """Show a shot's lines (rebuilt only when they or the character list differ)."""
        if lines == self._shown and characters == self._characters:
            return
        self._shown, self._characters = lines, characters
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            who = QComboBox()
            who.setEditable(True)
            who.addItems(list(characters))
            who.setCurrentText(line.character)
            who.setToolTip("Pick a character, or type a new name to add one to the project")
            delivery, text = QLineEdit(line.delivery), QLineEdit(line.line)
            delivery.setPlaceholderText("e.g. deep voice, urgent")
            text.setToolTip(line.line)
            language = enum_combo(list(LANGUAGE_NAMES), lambda code: LANGUAGE_NAMES[code])
            language.show_value(line.language)
            who.currentTextChanged.connect(lambda _t: self._emit("typing"))
            name_field = who.lineEdit()
            if name_field is not None:
                name_field.editingFinished.connect(lambda: self._emit("commit"))
            who.activated.connect(lambda _i: self._emit("commit"))
            delivery.textEdited.connect(lambda _t: self._emit("typing"))
            text.textEdited.connect(lambda _t: self._emit("typing"))
            language.currentIndexChanged.connect(lambda _i: self._emit("typing"))
            for column, widget in enumerate((who, delivery, text, language)):
                self.table.setCellWidget(row, column, widget)

    def lines(self) -> tuple[DialogueLine, ...]:
        """The lines as the table shows them."""
        result = []
        for row in range(self.table.rowCount()):
            who, delivery, text, language = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(who, QComboBox)
            assert isinstance(language, ValueCombo)
            assert isinstance(delivery, QLineEdit)
            assert isinstance(text, QLineEdit)
            result.append(
                DialogueLine(
                    character=who.currentText().strip(),
                    delivery=delivery.text(),
                    line=text.text(),
                    language=language.value(),
                )
            )
        return tuple(result)

    def _emit(self, how: str) -> None:
        self._shown = self.lines()
        self._on_change(self._shown, how)

    def _add(self) -> None:
        speaker = self._characters[0] if self._characters else "Narrator"
        self._on_change((*self.lines(), DialogueLine(character=speaker, line="")), "structure")

    def _remove(self) -> None:
        row = self.table.currentRow()
        lines = self.lines()
        if 0 <= row < len(lines):
            self._on_change(lines[:row] + lines[row + 1 :], "structure")


class ShotInspector(QScrollArea):
    """Every field of the selected shot."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("shot-inspector")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = editor
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        form.addRow(self.heading)

        self.shot_size = enum_combo(list(ShotSize), lambda s: f"{s.value} – {s.words}")
        self.shot_size.currentIndexChanged.connect(
            lambda _i: editor.edit_shot(
                "Change shot size", "size", size=self.shot_size.value()
            )
        )
        self.angle = enum_combo(list(Angle), lambda a: a.words)
        self.angle.currentIndexChanged.connect(
            lambda _i: editor.edit_shot("Change angle", "angle", angle=self.angle.value())
        )
        self.duration = QDoubleSpinBox()
        self.duration.setSuffix(" s")
        self.duration.setDecimals(1)
        self.duration.setRange(0.5, 60)
        self.duration.valueChanged.connect(self._duration_changed)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText("Who or what is in the frame")
        self.subject.textEdited.connect(
            lambda text: editor.edit_shot("Edit subject", "subject", subject=text)
        )
        self.action = QPlainTextEdit()
        self.action.setPlaceholderText("What happens in the shot")
        self.action.setFixedHeight(64)
        self.action.textChanged.connect(
            lambda: editor.edit_shot("Edit action", "action", action=self.action.toPlainText())
        )
        self.characters = QLineEdit()
        self.characters.setPlaceholderText("Names, separated by commas")
        self.characters.textEdited.connect(
            lambda text: editor.edit_shot(
                "Edit characters in shot", "characters", characters=split_tags(text)
            )
        )
        self.moves = MovesEditor(
            lambda moves: editor.edit_shot("Edit camera moves", "moves", moves=moves)
        )
        self.dialogue = DialogueEditor(self._dialogue_changed)
        self.sound = QLineEdit()
        self.sound.setPlaceholderText("rain, distant siren, …")
        self.sound.textEdited.connect(
            lambda text: editor.edit_shot("Edit sound tags", "sound", sound=split_tags(text))
        )
        self.references = ReferenceTray(editor)
        self.references.changed.connect(
            lambda refs: editor.edit_shot("Change reference images", "references", references=refs)
        )
        self.first_frame = FrameSlot(editor, "First frame")
        self.last_frame = FrameSlot(editor, "Last frame")
        self.first_frame.changed.connect(
            lambda path: editor.edit_shot("Set first frame", "first_frame", first_frame=path)
        )
        self.last_frame.changed.connect(
            lambda path: editor.edit_shot("Set last frame", "last_frame", last_frame=path)
        )
        swap = QToolButton()
        swap.setText("⇄")
        swap.setToolTip("Swap the first and last frames")
        swap.clicked.connect(self._swap_frames)
        frames = QHBoxLayout()
        frames.addWidget(self.first_frame)
        frames.addWidget(swap)
        frames.addWidget(self.last_frame)
        frames.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.notes.setPlaceholderText("For the crew: not sent to the model")
        self.notes.textChanged.connect(
            lambda: editor.edit_shot("Edit notes", "notes", notes=self.notes.toPlainText())
        )
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("compiled-prompt")
        self.prompt.setReadOnly(True)
        self.prompt.setFixedHeight(110)
        self.prompt_length = QLabel()

        form.addRow("Size", self.shot_size)
        form.addRow("Angle", self.angle)
        form.addRow("Duration", self.duration)
        form.addRow("Subject", self.subject)
        form.addRow("Action", self.action)
        form.addRow("Characters", self.characters)
        form.addRow("Sound", self.sound)
        form.addRow("Notes", self.notes)
        # Tables and image slots get the inspector's full width, with their label above.
        for label, widget in (
            ("Camera moves", self.moves),
            ("Dialogue", self.dialogue),
            ("References", self.references),
            ("First and last frame", frames),
            ("Compiled prompt", self.prompt),
        ):
            heading = QLabel(label)
            heading.setObjectName("section")
            form.addRow(heading)
            form.addRow(widget)
        form.addRow(self.prompt_length)
        self.setWidget(body)
        self.fields: dict[str, QWidget] = {
            "size": self.shot_size,
            "angle": self.angle,
            "duration": self.duration,
            "subject": self.subject,
            "action": self.action,
            "characters": self.characters,
            "moves": self.moves.table,
            "dialogue": self.dialogue.table,
            "sound": self.sound,
            "references": self.references,
            "first_frame": self.first_frame,
            "last_frame": self.last_frame,
            "notes": self.notes,
        }
        editor.document.changed.connect(lambda _p: self.refresh())
        editor.selection_changed.connect(self.refresh)
        self.refresh()

    def _duration_changed(self, value: float) -> None:
        shot = self.editor.shot
        if shot is None or abs(value - shot.duration) < 1e-9:
            return
        self.editor.edit_shot("Change duration", "duration", duration=value)

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
        editor.attempt("Edit dialogue", make, merge=merge)

    def _swap_frames(self) -> None:
        shot = self.editor.shot
        if shot is not None:
            self.editor.edit_shot(
                "Swap frames", "frames", first_frame=shot.last_frame, last_frame=shot.first_frame
            )

    def refresh(self) -> None:
        """Show the selected shot."""
        editor = self.editor
        shot = editor.shot
        body = self.widget()
        if body is not None:
            body.setEnabled(shot is not None)
        if shot is None:
            self.heading.setText("No shot selected")
            return
        board = editor.board
        cap = capability(board.model) or KLING_V3
        index = [s.id for s in board.shots].index(shot.id)
        self.heading.setText(f"Shot {index + 1} of {len(board.shots)}")
        self.shot_size.show_value(shot.size)
        self.angle.show_value(shot.angle)
        with QSignalBlocker(self.duration):
            self.duration.setSingleStep(cap.duration_step)
            self.duration.setMinimum(min(cap.shot_min_duration, shot.duration))
            if abs(self.duration.value() - shot.duration) > 1e-9:
                self.duration.setValue(shot.duration)
        set_line(self.subject, shot.subject)
        set_plain(self.action, shot.action)
        if split_tags(self.characters.text()) != shot.characters:
            set_line(self.characters, ", ".join(shot.characters))
        self.moves.show_moves(shot.moves)
        names = tuple(c.name for c in editor.project.characters)
        self.dialogue.show_lines(shot.dialogue, names)
        if split_tags(self.sound.text()) != shot.sound:
            set_line(self.sound, ", ".join(shot.sound))
        self.references.show_references(shot.references, cap.references_per_shot)
        self.first_frame.show_path(shot.first_frame)
        self.last_frame.show_path(shot.last_frame)
        set_plain(self.notes, shot.notes)
        prompts = kling_shot_prompts(compile_guidances(editor.project, editor.board_index))
        prompt = prompts[index]
        limit = cap.shot_prompt_max if len(board.shots) > 1 else cap.prompt_max
        set_plain(self.prompt, prompt)
        over = len(prompt) > limit
        self.prompt_length.setText(f"{len(prompt)} / {limit} characters")
        colour = ERROR if over else MUTED
        self.prompt_length.setStyleSheet(f"color: {colour.name()};")

    def focus_field(self, name: str) -> bool:
        """Put the keyboard focus on a field (for the problems dock); False if unknown."""
        widget = self.fields.get(name)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class BoardSettings(QScrollArea):
    """The selected storyboard's settings and its cost estimate."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("board-settings")
        self.setWidgetResizable(True)
        self.editor = editor
        body = QWidget()
        form = QFormLayout(body)
        self.name = QLineEdit()
        self.name.textEdited.connect(self._rename)
        self.model = ValueCombo(
            [cap.name for cap in CAPABILITIES.values()],
            lambda name: f"{CAPABILITIES[name].label} ({name})",
        )
        self.model.currentIndexChanged.connect(
            lambda _i: editor.edit_board("Change model", "model", model=self.model.value())
        )
        self.mode = enum_combo(
            list(Mode),
            lambda m: {"std": "std – 720p", "pro": "pro – 1080p", "4k": "4k – 2160p"}[m.value],
        )
        self.mode.currentIndexChanged.connect(
            lambda _i: editor.edit_board("Change mode", "mode", mode=self.mode.value())
        )
        self.aspect = enum_combo(list(AspectRatio), lambda a: str(a))
        self.aspect.currentIndexChanged.connect(
            lambda _i: editor.edit_board(
                "Change aspect ratio", "aspect_ratio", aspect_ratio=self.aspect.value()
            )
        )
        self.audio = QCheckBox("Native audio (dialogue, sound effects)")
        self.audio.toggled.connect(lambda on: editor.edit_board("Switch audio", "audio", audio=on))
        self.style_line = QLineEdit()
        self.style_line.setPlaceholderText(
            "Carried into every shot, e.g. neo-noir, 35mm film grain"
        )
        self.style_line.textEdited.connect(
            lambda t: editor.edit_board("Edit style", "style", style=t)
        )
        self.lighting = QLineEdit()
        self.lighting.setPlaceholderText("e.g. hard neon rim light, wet reflections")
        self.lighting.textEdited.connect(
            lambda t: editor.edit_board("Edit lighting", "lighting", lighting=t)
        )
        self.negative = QPlainTextEdit()
        self.negative.setFixedHeight(56)
        self.negative.setPlaceholderText("What the model should avoid: blur, watermark, …")
        self.negative.textChanged.connect(
            lambda: editor.edit_board(
                "Edit negative prompt",
                "negative_prompt",
                negative_prompt=self.negative.toPlainText(),
            )
        )
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText("— (none)")
        self.seed.setToolTip("Kept for services that take a seed; Kling takes none")
        self.seed.valueChanged.connect(
            lambda v: editor.edit_board("Change seed", "seed", seed=None if v < 0 else v)
        )
        self.cost = QLabel()
        self.cost.setObjectName("cost")
        self.cost.setWordWrap(True)
        self.limits = QLabel()
        self.limits.setObjectName("muted")
        self.limits.setWordWrap(True)
        form.addRow("Name", self.name)
        form.addRow("Model", self.model)
        form.addRow("Mode", self.mode)
        form.addRow("Aspect ratio", self.aspect)
        form.addRow("", self.audio)
        form.addRow("Style", self.style_line)
        form.addRow("Lighting", self.lighting)
        form.addRow("Negative prompt", self.negative)
        form.addRow("Seed", self.seed)
        form.addRow("Cost estimate", self.cost)
        form.addRow("Limits", self.limits)
        self.setWidget(body)
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "model": self.model,
            "mode": self.mode,
            "aspect_ratio": self.aspect,
            "audio": self.audio,
            "style": self.style_line,
            "lighting": self.lighting,
            "negative_prompt": self.negative,
            "seed": self.seed,
        }
        editor.document.changed.connect(lambda _p: self.refresh())
        editor.selection_changed.connect(self.refresh)
        self.refresh()

    def _rename(self, text: str) -> None:
        if text.strip():
            self.editor.edit_board("Rename storyboard", "name", name=text)

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
        set_line(self.style_line, board.style)
        set_line(self.lighting, board.lighting)
        set_plain(self.negative, board.negative_prompt)
        with QSignalBlocker(self.seed):
            self.seed.setValue(-1 if board.seed is None else board.seed)
        cost = estimate_cost(compile_guidances(self.editor.project, self.editor.board_index))
        self.cost.setText(cost.describe() if cost else "No price for this model, mode and audio.")
        cap = capability(board.model)
        self.limits.setText(
            f"{cap.max_shots} shots, {cap.min_total}–{cap.max_total} s in all, "
            f"{cap.shot_prompt_max} characters a shot prompt"
            if cap
            else "Unknown model."
        )
