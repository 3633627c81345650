"""Props and places: a storyboard's named products and places as Kling elements.

A product or place is named in a shot's References (role and name, e.g. product “the
espresso machine”); the same role and name in several shots of the storyboard is one thing,
with all its pictures (:mod:`storyboard_app.compiler.props`). Here, in the Storyboard tab,
each one shows its pictures, where its element stands on the Kling account (not sent,
creating, ready, failed with the reason, out of date) and Make / Make Again / Cancel, as a
character's element does in the bible. Why the Storyboard tab: a prop is gathered across
one storyboard's shots, and whether it goes as an element at all depends on that
storyboard's model (kling-v3 or kling-v3-omni), chosen a few rows above.

Making runs on the qasync loop through :class:`~storyboard_app.ui.kling_elements.ElementMaker`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.props import PROP_ROLES, Prop, is_prop, storyboard_props
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.fields import FittedWords, clear_layout
from storyboard_app.ui.kling_elements import ElementMaker, ElementView, show_view


class PropRow(QFrame):
    """One product or place: its name, pictures, element state, cost and buttons."""

    THUMB = QSize(48, 48)

    def __init__(self, maker: ElementMaker, editor: Editor, prop: Prop) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.maker, self.editor, self.prop = maker, editor, prop
        self._folder: Path | None = None
        self._said = ""
        self.title = FittedWords("section")
        self.where = FittedWords("muted")
        self.pictures = QHBoxLayout()
        self.pictures.setContentsMargins(0, 0, 0, 0)
        self.status = FittedWords()
        self.cost = FittedWords("muted")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.make_button = QPushButton()
        self.make_button.setToolTip(
            self.tr(
                "Send its 2–4 pictures (the first from the front) to your Kling account, "
                "which makes one element of them: the same look in every shot"
            )
        )
        self.make_button.clicked.connect(self._make)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop following it; the next Make follows it again, it is not paid twice")
        )
        self.cancel_button.clicked.connect(lambda: self.maker.cancel(self.prop.key))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addLayout(self.pictures)
        layout.addWidget(self.status)
        layout.addWidget(self.cost)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def show_prop(self, prop: Prop, folder: Path | None) -> None:
        """Show ``prop`` (the same thing, maybe with other pictures) and its element."""
        if prop.pictures != self.prop.pictures or folder != self._folder:
            self._said = ""
        self.prop, self._folder = prop, folder
        kind = self.tr("product") if prop.role == ImageRole.PRODUCT else self.tr("place")
        self.title.setText(self.tr("{name} ({kind})").format(name=prop.label, kind=kind))
        shots = ", ".join(str(n) for n in prop.shots)
        self.where.setText(
            (
                self.tr("1 picture, in shot {shots}")
                if len(prop.pictures) == 1 and len(prop.shots) == 1
                else self.tr("{count} pictures, in shots {shots}")
            ).format(count=len(prop.pictures), shots=shots)
        )
        self._show_pictures(folder)
        self._show(self.maker.view_prop(prop, folder))

    def _show_pictures(self, folder: Path | None) -> None:
        clear_layout(self.pictures)
        for path in self.prop.pictures:
            thumb = QLabel()
            thumb.setFixedSize(self.THUMB)
            thumb.setFrameShape(QFrame.Shape.StyledPanel)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setToolTip(path)
            pixmap = self.editor.thumbnails.get(folder / path) if folder else None
            if pixmap is not None:
                thumb.setPixmap(
                    pixmap.scaled(
                        self.THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self.pictures.addWidget(thumb)
        self.pictures.addStretch(1)

    def _show(self, view: ElementView) -> None:
        show_view(self, view, self.maker.busy(self.prop.key), self._said)

    def _make(self) -> None:
        self._said = self.maker.make_prop(self.prop, self._folder)
        self.show_prop(self.prop, self._folder)


class PropsPanel(QWidget):
    """The selected storyboard's named products and places, each a possible Kling element."""

    def __init__(self, maker: ElementMaker, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("props-and-places")
        self.maker, self.editor = maker, editor
        self.rows: list[PropRow] = []
        intro = FittedWords("muted")
        intro.setText(
            self.tr(
                "Name a product or place picture in a shot's References (e.g. “the espresso "
                "machine”). The same name in several shots is one thing; with 2–4 pictures it "
                "can become a Kling element, the same look in every shot (Kling 3.0 and 3.0 "
                "Omni; other models get the pictures)."
            )
        )
        self.empty = FittedWords()
        self.empty.setText(self.tr("No named products or places in this storyboard."))
        self.unnamed = FittedWords("muted")
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows)
        layout.addWidget(self.unnamed)
        # bound methods, not lambdas: Qt drops them with the panel (a later install replaces it)
        editor.document.changed.connect(self._anything_changed)
        editor.selection_changed.connect(self.refresh)
        editor.thumbnails.ready.connect(self._anything_changed)
        maker.progress.connect(self._changed)
        maker.finished.connect(self._changed)
        self.refresh()

    def _anything_changed(self, *_what: object) -> None:
        self.refresh()

    def _changed(self, name: str, *_progress: str) -> None:
        if any(row.prop.key == name for row in self.rows):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the selected storyboard's products and places (only while visible: it reads
        and hashes their pictures)."""
        if not self.isVisible():
            return
        board = self.editor.board
        props = storyboard_props(board)
        folder = self.editor.document.folder
        if [p.key for p in props] != [row.prop.key for row in self.rows]:
            clear_layout(self._rows)
            self.rows = [PropRow(self.maker, self.editor, prop) for prop in props]
            for row in self.rows:
                self._rows.addWidget(row)
        for row, prop in zip(self.rows, props, strict=True):
            row.show_prop(prop, folder)
        self.empty.setVisible(not props)
        unnamed = sum(
            1
            for shot in board.shots
            for ref in shot.references
            if ref.role in PROP_ROLES and not is_prop(ref)
        )
        self.unnamed.setText(
            (
                self.tr("1 product or place picture has no name: it goes as a plain picture.")
                if unnamed == 1
                else self.tr(
                    "{count} product or place pictures have no name: they go as plain pictures."
                )
            ).format(count=unnamed)
        )
        self.unnamed.setVisible(bool(unnamed))
