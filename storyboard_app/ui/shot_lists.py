"""The shot's lists in the inspector: camera moves and dialogue lines, one card each.

A card's fields are updated in place when the project changes; cards are only added or
removed when the number of items changes, so a field is never replaced while a person is
typing in it or while its own signal runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain.models import CameraMove, DialogueLine
from storyboard_app.domain.vocabulary import LANGUAGE_NAMES, Direction, MoveKind, Speed
from storyboard_app.ui.fields import (
    TextBox,
    ValueCombo,
    card,
    discard,
    enum_combo,
    set_line,
    set_plain,
)
from storyboard_app.ui.film_words import (
    direction_label,
    language_label,
    move_label,
    speed_label,
)
from storyboard_app.ui.wheel_guard import GuardedCombo, GuardedSpin

NO_TIME = -0.5
"""Value of a time-window spin box that means "not set" (shown as —)."""


def _time_spin(tip: str, seconds: str) -> QDoubleSpinBox:
    spin = GuardedSpin()
    spin.setRange(NO_TIME, 60)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    spin.setSpecialValueText("—")
    spin.setSuffix(seconds)
    spin.setKeyboardTracking(False)
    spin.setToolTip(tip)
    return spin


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button


class MoveCard(QWidget):
    """One camera move: kind, way and speed; below, its time window and its buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = enum_combo(list(MoveKind), move_label)
        self.kind.setToolTip(self.tr("The camera move"))
        self.direction: ValueCombo[Direction] = ValueCombo(
            MoveKind.STATIC.directions, direction_label
        )
        self.direction.setToolTip(self.tr("Which way it goes"))
        self.speed = enum_combo(list(Speed), speed_label)
        self.speed.setToolTip(self.tr("How fast"))
        self.start = _time_spin(
            self.tr("When the move starts (— from the shot's start)"), self.tr(" s")
        )
        self.end = _time_spin(self.tr("When the move ends (— at the shot's end)"), self.tr(" s"))
        self.up = _tool("↑", self.tr("Move it earlier"))
        self.down = _tool("↓", self.tr("Move it later"))
        self.remove = _tool("✕", self.tr("Remove this move"))
        frame = card()
        top = QHBoxLayout()
        top.addWidget(self.kind, 3)
        top.addWidget(self.direction, 3)
        top.addWidget(self.speed, 2)
        bottom = QHBoxLayout()
        for text, spin in ((self.tr("from"), self.start), (self.tr("to"), self.end)):
            label = QLabel(text)
            label.setObjectName("muted")
            bottom.addWidget(label)
            bottom.addWidget(spin, 1)
        for button in (self.up, self.down, self.remove):
            bottom.addWidget(button)
        column = QVBoxLayout(frame)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def show_move(self, move: CameraMove) -> None:
        """Show a move without emitting changes."""
        self.kind.show_value(move.kind)
        if self.direction.count() != len(move.kind.directions) or any(
            self.direction.itemData(i) != d for i, d in enumerate(move.kind.directions)
        ):
            self.direction.set_values(move.kind.directions, direction_label)
        self.direction.show_value(move.direction)
        self.speed.show_value(move.speed)
        for spin, value in ((self.start, move.start), (self.end, move.end)):
            wanted = value if value is not None else NO_TIME
            if abs(spin.value() - wanted) > 1e-9:
                with QSignalBlocker(spin):
                    spin.setValue(wanted)

    def camera_move(self) -> CameraMove:
        """The move as the card shows it."""
        start, end = self.start.value(), self.end.value()
        return CameraMove(
            kind=self.kind.value(),
            direction=self.direction.value(),
            speed=self.speed.value(),
            start=None if start <= NO_TIME else start,
            end=None if end <= NO_TIME else end,
        )


class MovesEditor(QWidget):
    """The shot's camera moves, in order."""

    def __init__(self, on_change: Callable[[tuple[CameraMove, ...]], None]) -> None:
        super().__init__()
        self.setObjectName("moves")
        self._on_change = on_change
        self.cards: list[MoveCard] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(4)
        self.add = QPushButton(self.tr("Add move"))
        self.add.setToolTip(self.tr("Add a camera move after the others"))
        self.add.clicked.connect(lambda: self._on_change((*self.moves(), CameraMove())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addLayout(buttons)

    def show_moves(self, moves: tuple[CameraMove, ...]) -> None:
        """Show a shot's moves."""
        while len(self.cards) > len(moves):
            discard(self.cards.pop())
        while len(self.cards) < len(moves):
            self.cards.append(self._new_card(len(self.cards)))
        for move_card, move in zip(self.cards, moves, strict=True):
            move_card.show_move(move)
        for index, move_card in enumerate(self.cards):
            move_card.up.setEnabled(index > 0)
            move_card.down.setEnabled(index < len(self.cards) - 1)

    def _new_card(self, index: int) -> MoveCard:
        move_card = MoveCard()
        move_card.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(move_card))
        for choice in (move_card.direction, move_card.speed):
            choice.currentIndexChanged.connect(lambda _i: self._on_change(self.moves()))
        for spin in (move_card.start, move_card.end):
            spin.valueChanged.connect(lambda _v: self._on_change(self.moves()))
        move_card.remove.clicked.connect(lambda: self._remove(self.cards.index(move_card)))
        move_card.up.clicked.connect(lambda: self._shift(self.cards.index(move_card), -1))
        move_card.down.clicked.connect(lambda: self._shift(self.cards.index(move_card), 1))
        self._list.insertWidget(index, move_card)
        return move_card

    def _kind_changed(self, move_card: MoveCard) -> None:
        """A new kind offers its own directions, keeping the current one if it has it."""
        current = move_card.direction.value()
        move_card.direction.set_values(move_card.kind.value().directions, direction_label)
        move_card.direction.show_value(current)
        self._on_change(self.moves())

    def moves(self) -> tuple[CameraMove, ...]:
        """The moves as the cards show them."""
        return tuple(move_card.camera_move() for move_card in self.cards)

    def _remove(self, index: int) -> None:
        moves = self.moves()
        self._on_change(moves[:index] + moves[index + 1 :])

    def _shift(self, index: int, step: int) -> None:
        moves = list(self.moves())
        target = index + step
        if 0 <= target < len(moves):
            moves[index], moves[target] = moves[target], moves[index]
            self._on_change(tuple(moves))


class LineCard(QWidget):
    """One dialogue line: who and in which language; how; what they say."""

    def __init__(self) -> None:
        super().__init__()
        self.who = GuardedCombo()
        self.who.setEditable(True)
        self.who.setToolTip(
            self.tr("Pick a character, or type a new name to add one to the project")
        )
        self.language = enum_combo(list(LANGUAGE_NAMES), language_label)
        self.language.setToolTip(self.tr("The language the line is spoken in"))
        self.remove = _tool("✕", self.tr("Remove this line"))
        self.delivery = QLineEdit()
        self.delivery.setPlaceholderText(self.tr("How: e.g. deep voice, urgent"))
        self.text = TextBox(self.tr("What they say"), lines=2, most=6)
        self._guessing = True
        """Whether the line's language still follows its first words (a new, empty line)."""
        self._chosen = False
        """Whether the person chose the language of the empty line shown (then it stays)."""
        self.language.activated.connect(self._language_chosen)
        frame = card()
        top = QHBoxLayout()
        top.addWidget(self.who, 3)
        top.addWidget(self.language, 2)
        top.addWidget(self.remove)
        column = QVBoxLayout(frame)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.delivery)
        column.addWidget(self.text)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def show_line(self, line: DialogueLine, characters: tuple[str, ...]) -> None:
        """Show a line without emitting changes."""
        with QSignalBlocker(self.who):
            offered = tuple(self.who.itemText(i) for i in range(self.who.count()))
            if offered != characters:
                self.who.clear()
                self.who.addItems(list(characters))
            if self.who.currentText() != line.character:
                self.who.setCurrentText(line.character)
        self.language.show_value(line.language)
        if line.line.strip():
            self._chosen = False
        self._guessing = not line.line.strip() and not self._chosen
        with QSignalBlocker(self.delivery):
            set_line(self.delivery, line.delivery)
        set_plain(self.text, line.line)

    def _language_chosen(self, _index: int) -> None:
        self._chosen, self._guessing = True, False

    def follow_first_words(self) -> None:
        """A new line takes the language its first words are written in (Chinese,
        Japanese, Korean): typing 你好 into a new line makes it a Chinese line. Once the
        line has words, the language is the person's to change and is left alone."""
        if not self._guessing:
            return
        from storyboard_app.render.fonts import text_language

        text = self.text.toPlainText().strip()
        found = text_language(text)
        if found is not None:
            with QSignalBlocker(self.language):
                self.language.show_value(found.split("-")[0])
        if found is not None or len(text) >= 3:
            self._guessing = False

    def line(self) -> DialogueLine:
        """The line as the card shows it."""
        return DialogueLine(
            character=self.who.currentText().strip(),
            delivery=self.delivery.text(),
            line=self.text.toPlainText(),
            language=self.language.value(),
        )


class DialogueEditor(QWidget):
    """The shot's dialogue lines."""

    def __init__(self, on_change: Callable[[tuple[DialogueLine, ...], str], None]) -> None:
        """``on_change(lines, how)``: how is "typing" (merges with the previous step),
        "commit" (a name was finished: new characters join the project) or "structure"
        (a line added or removed: its own step)."""
        super().__init__()
        self.setObjectName("dialogue")
        self._on_change = on_change
        self._characters: tuple[str, ...] = ()
        self.cards: list[LineCard] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(4)
        self.add = QPushButton(self.tr("Add line"))
        self.add.setToolTip(self.tr("Add a dialogue line"))
        self.add.clicked.connect(self._add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addLayout(buttons)

    def show_lines(self, lines: tuple[DialogueLine, ...], characters: tuple[str, ...]) -> None:
        """Show a shot's lines."""
        self._characters = characters
        while len(self.cards) > len(lines):
            discard(self.cards.pop())
        while len(self.cards) < len(lines):
            self.cards.append(self._new_card(len(self.cards)))
        for line_card, line in zip(self.cards, lines, strict=True):
            line_card.show_line(line, characters)

    def _new_card(self, index: int) -> LineCard:
        line_card = LineCard()
        line_card.who.currentTextChanged.connect(lambda _t: self._emit("typing"))
        name_field = line_card.who.lineEdit()
        if name_field is not None:
            name_field.editingFinished.connect(lambda: self._emit("commit"))
        line_card.who.activated.connect(lambda _i: self._emit("commit"))
        line_card.delivery.textEdited.connect(lambda _t: self._emit("typing"))
        line_card.text.textChanged.connect(lambda: self._typed(line_card))
        line_card.language.currentIndexChanged.connect(lambda _i: self._emit("typing"))
        line_card.remove.clicked.connect(lambda: self._remove(self.cards.index(line_card)))
        self._list.insertWidget(index, line_card)
        return line_card

    def lines(self) -> tuple[DialogueLine, ...]:
        """The lines as the cards show them."""
        return tuple(line_card.line() for line_card in self.cards)

    def _emit(self, how: str) -> None:
        self._on_change(self.lines(), how)

    def _typed(self, line_card: LineCard) -> None:
        line_card.follow_first_words()
        self._emit("typing")

    def _add(self) -> None:
        speaker = self._characters[0] if self._characters else self.tr("Narrator")
        self._on_change((*self.lines(), DialogueLine(character=speaker, line="")), "structure")
        if self.cards:
            self.cards[-1].text.setFocus()

    def _remove(self, index: int) -> None:
        lines = self.lines()
        self._on_change(lines[:index] + lines[index + 1 :], "structure")
