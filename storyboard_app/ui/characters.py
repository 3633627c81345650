"""The character bible: who recurs, how they look, sound and dress, and their pictures.

The compiler describes each character the same way in every shot they are in and binds
their reference images, so a character looks the same from shot to shot.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain import edits
from storyboard_app.domain.models import Character
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.fields import TextBox, clear_layout, set_line, set_plain
from storyboard_app.ui.image_slots import DropTarget
from storyboard_app.ui.voice_slot import VoiceSlot

if TYPE_CHECKING:
    from storyboard_app.ui.kling_elements import ElementPanel

IMAGES_PER_CHARACTER = 4


class CharacterImages(DropTarget):
    """A character's reference images: drop files or drag them from shots."""

    def __init__(self, editor: Editor, panel: CharactersPanel) -> None:
        super().__init__(editor)
        self.panel = panel
        self.row = QGridLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self._shown: tuple[str, ...] | None = None
        editor.thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, path: str) -> None:
        folder = self.editor.document.asset_root
        if folder is not None and path in {str(folder / p) for p in self._shown or ()}:
            self.show_images(self._shown or (), force=True)

    def show_images(self, images: tuple[str, ...], force: bool = False) -> None:
        """Show a character's images."""
        if images == self._shown and not force:
            return
        self._shown = images
        clear_layout(self.row)
        folder = self.editor.document.asset_root
        cells: list[QWidget] = []
        for index, path in enumerate(images):
            thumb = QLabel()
            thumb.setFixedSize(QSize(72, 72))
            thumb.setFrameShape(QFrame.Shape.StyledPanel)
            thumb.setToolTip(path)
            pixmap = self.editor.thumbnails.get(folder / path) if folder else None
            if pixmap is not None:
                thumb.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio))
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this picture"))
            remove.clicked.connect(lambda _c=False, at=index: self._remove(at))
            column = QVBoxLayout()
            column.addWidget(thumb)
            column.addWidget(remove)
            holder = QWidget()
            holder.setLayout(column)
            cells.append(holder)
        if len(images) < IMAGES_PER_CHARACTER:
            hint = QLabel(self.tr("Drop pictures\nof them here"))
            hint.setObjectName("muted")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setFrameShape(QFrame.Shape.StyledPanel)
            hint.setMinimumSize(QSize(96, 72))
            cells.append(hint)
        for index, cell in enumerate(cells):
            self.row.addWidget(cell, index // 2, index % 2)
        self.row.setColumnStretch(2, 1)
        self.row.activate()  # place the new pictures now, not a frame later
        self.updateGeometry()

    def _remove(self, index: int) -> None:
        images = self._shown or ()
        self.panel.set_images(images[:index] + images[index + 1 :])

    def accept_files(self, files: list[Path]) -> None:
        images = self._shown or ()
        room = IMAGES_PER_CHARACTER - len(images)
        if room <= 0:
            self.editor.refused.emit(
                self.tr("A character takes {most} pictures.").format(most=IMAGES_PER_CHARACTER)
            )
            return
        self.editor.import_images(
            files[:room], lambda paths: self.panel.set_images((*images, *paths))
        )


class CharactersPanel(QScrollArea):
    """The project's characters; editing one changes every shot that names them."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.setObjectName("characters")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = editor
        self.list = QListWidget()
        self.list.setMaximumHeight(140)
        self.list.currentTextChanged.connect(lambda _t: self.refresh())
        # An element may have changed elsewhere (storyboard-app elements): a click shows anew.
        self.list.itemClicked.connect(lambda _item: self.refresh())
        self.add_button = QPushButton(self.tr("Add Character"))
        self.add_button.clicked.connect(self.add)
        self.name = QLineEdit()
        self.name.setToolTip(
            self.tr("Renaming changes every line and shot that names them (one undo)")
        )
        self.name.editingFinished.connect(self._rename)
        self.appearance = TextBox(
            self.tr("Face, age, build, hair: the words used in every shot"), 3, 8
        )
        self.wardrobe = QLineEdit()
        self.wardrobe.setPlaceholderText(self.tr("What they wear"))
        self.voice = QLineEdit()
        self.voice.setPlaceholderText(self.tr("How they sound"))
        self.images = CharacterImages(editor, self)
        self.appearance.textChanged.connect(
            lambda: self._update(self.tr("appearance"), appearance=self.appearance.toPlainText())
        )
        self.wardrobe.textEdited.connect(lambda t: self._update(self.tr("wardrobe"), wardrobe=t))
        self.voice.textEdited.connect(lambda t: self._update(self.tr("voice"), voice=t))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self._heading(self.tr("Appearance")))
        form.addRow(self.appearance)
        form.addRow(self.tr("Wardrobe"), self.wardrobe)
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(self._heading(self.tr("Pictures")))
        form.addRow(self.images)
        self.kling_voice = VoiceSlot(editor)
        form.addRow(self.tr("Kling voice"), self.kling_voice)
        self.element_panel: ElementPanel | None = None
        """Make and follow elements from here (ui/kling_elements.py), once installed."""
        self._element_area = QVBoxLayout()
        self._element_area.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Kling element"), self._element_area)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.list)
        layout.addWidget(self.add_button)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(body)
        editor.document.changed.connect(lambda _p: self.refresh())
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("section")
        return label

    def selected(self) -> Character | None:
        """The character being edited."""
        item = self.list.currentItem()
        return self.editor.project.character(item.text()) if item else None

    def refresh(self) -> None:
        """Show the characters and the selected one's details."""
        names = [c.name for c in self.editor.project.characters]
        shown = [item.text() for i in range(self.list.count()) if (item := self.list.item(i))]
        if names != shown:
            current = self.list.currentRow()
            self.list.blockSignals(True)
            self.list.clear()
            self.list.addItems(names)
            self.list.setCurrentRow(min(max(current, 0), len(names) - 1))
            self.list.blockSignals(False)
        character = self.selected()
        for widget in (
            self.name, self.appearance, self.wardrobe, self.voice, self.images, self.kling_voice
        ):  # fmt: skip
            widget.setEnabled(character is not None)
        if character is None:
            if self.element_panel is not None:
                self.element_panel.show_character(None, None)
            return
        if not self.name.hasFocus():
            set_line(self.name, character.name)
        set_plain(self.appearance, character.appearance)
        set_line(self.wardrobe, character.wardrobe)
        set_line(self.voice, character.voice)
        self.images.show_images(character.references)
        self.kling_voice.show_character(character)
        if not self.isVisible():  # it reads and hashes the pictures: not for every edit unseen
            return
        if self.element_panel is not None:
            self.element_panel.show_character(character, self.editor.document.folder)

    def use_element_panel(self, panel: ElementPanel) -> None:
        """Show the character's element with ``panel`` (state, cost, Make) instead of words."""
        self.element_panel = panel
        self._element_area.addWidget(panel)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def add(self) -> None:
        """Add a character with a fresh name."""
        number = len(self.editor.project.characters) + 1
        while self.editor.project.character(self._numbered(number)) is not None:
            number += 1
        name = self._numbered(number)
        self.editor.attempt(
            self.tr("Add character"), lambda: edits.ensure_character(self.editor.project, name)
        )
        self.list.setCurrentRow(self.list.count() - 1)

    def _numbered(self, number: int) -> str:
        return self.tr("Character {number}").format(number=number)

    def _rename(self) -> None:
        character = self.selected()
        new = self.name.text().strip()
        if character is None or new == character.name:
            return
        if self.editor.attempt(
            self.tr("Rename {old} to {new}").format(old=character.name, new=new),
            lambda: edits.rename_character(self.editor.project, character.name, new),
        ):
            items = self.list.findItems(new, Qt.MatchFlag.MatchExactly)
            if items:
                self.list.setCurrentItem(items[0])
        else:
            set_line(self.name, character.name)

    def _update(self, field: str, **changes: object) -> None:
        character = self.selected()
        if character is None:
            return
        self.editor.attempt(
            self.tr("Edit {name}'s {field}").format(name=character.name, field=field),
            lambda: edits.update_character(self.editor.project, character.name, **changes),
            merge=("character", character.name, field),
        )

    def set_images(self, images: tuple[str, ...]) -> None:
        """Replace the selected character's pictures (one undo step)."""
        self._update(self.tr("pictures"), references=tuple(images))
