"""Drop targets for images: the reference tray and the first/last frame slots.

They accept image files dragged from the desktop's file manager, images dragged from other
shots (or other projects), and paste from the clipboard. Files are imported (checked,
copied into ``assets/``, thumbnailed) off the GUI thread by the :class:`Editor`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain.models import ReferenceImage
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.fields import TextBox, ValueCombo, clear_layout
from storyboard_app.ui.film_words import role_label, role_word
from storyboard_app.ui.picture_labels import shown_label

ASSET_MIME = "application/x-storyboard-asset"
"""Mime type of an image dragged out of a slot: the absolute path of its file."""


def files_from_mime(mime: QMimeData) -> list[Path]:
    """Local image files carried by a drag or the clipboard."""
    if mime.hasFormat(ASSET_MIME):
        return [Path(bytes(mime.data(ASSET_MIME).data()).decode())]
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def paste_files(editor: Editor, use: Callable[[list[str]], None]) -> None:
    """Import what the clipboard holds: image files, or a picture (saved as PNG first)."""
    mime = QApplication.clipboard().mimeData()
    files = files_from_mime(mime)
    if not files and mime.hasImage():
        image = QImage(mime.imageData())
        folder = Path(tempfile.mkdtemp(prefix="storyboard-paste-"))
        file = folder / "pasted.png"
        image.save(str(file))
        files = [file]
    if not files:
        editor.refused.emit(
            QCoreApplication.translate("ReferenceTray", "The clipboard holds no image.")
        )
        return
    editor.import_images(files, use)


class _Thumb(QLabel):
    """A thumbnail that can be dragged to another slot."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file: Path | None = None
        self._press: QPoint | None = None

    def show_file(self, file: Path | None, pixmap: QPixmap | None, empty: str) -> None:
        self.file = file
        if file is None:
            self.setPixmap(QPixmap())
            self.setText(empty)
        elif pixmap is None:
            self.setPixmap(QPixmap())
            self.setText("…")
        else:
            self.setPixmap(
                pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.file is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < 8:
            return
        mime = QMimeData()
        mime.setData(ASSET_MIME, QByteArray(str(self.file).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        if not self.pixmap().isNull():
            drag.setPixmap(self.pixmap().scaledToWidth(64))
        self._press = None
        drag.exec(Qt.DropAction.CopyAction)


class DropTarget(QWidget):
    """Accepts image drops and hands the files to :meth:`accept_files`."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if files_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if files_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = files_from_mime(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.accept_files(files)

    def accept_files(self, files: list[Path]) -> None:
        raise NotImplementedError


class NameBox(TextBox):
    """A picture's name under its thumbnail: wraps onto a second line rather than hiding its
    end in a narrow cell; Enter or leaving the field gives the name (no new line is typed).

    Signals:
        finished(str): the name as it stands when Enter is pressed or the field is left.
    """

    finished = Signal(str)

    def __init__(self, text: str, placeholder: str) -> None:
        super().__init__(placeholder, lines=1, most=3)
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit(self.toPlainText())


class ReferenceTray(DropTarget):
    """Up to the model's limit of reference images for the selected shot.

    Thumbnails wrap onto as many rows as the width needs. A new picture gets the role picked
    in "New pictures show" (a diner is a place, a cup a product), changeable per picture.

    Signals:
        changed(tuple): the new references (a tuple of ReferenceImage) for the shot.
    """

    changed = Signal(tuple)
    SLOT = QSize(96, 64)
    CELL = 124
    """Width of one thumbnail and its controls, for the number of columns."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("reference-tray")
        self._references: tuple[ReferenceImage, ...] = ()
        self._limit = 4
        self._columns = 0
        self.role_choices: list[ValueCombo[ImageRole]] = []
        self.names: list[NameBox] = []
        """Each reference's name ("the espresso machine"), in order."""
        self._cells: list[QWidget] = []
        """Each reference's role, in order (rebuilt with the thumbnails)."""
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._hint = QLabel()
        self._hint.setObjectName("muted")
        self.new_role = ValueCombo(list(ImageRole), role_label)
        self.new_role.setToolTip(
            self.tr("The role a picture gets when it is dropped or pasted here")
        )
        role_caption = QLabel(self.tr("New pictures show"))
        role_caption.setObjectName("muted")
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setToolTip(
            self.tr("Add the image on the clipboard (Ctrl+V while the tray has focus)")
        )
        self.paste_button.clicked.connect(self.paste)
        QShortcut(
            QKeySequence.StandardKey.Paste,
            self,
            self.paste,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        choice = QHBoxLayout()
        choice.addWidget(role_caption)
        choice.addWidget(self.new_role, 1)
        footer = QHBoxLayout()
        footer.addWidget(self._hint, 1)
        footer.addWidget(self.paste_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(choice)
        layout.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        editor.thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, path: str) -> None:
        """Show a thumbnail that has been decoded, if it is one of this shot's."""
        folder = self.editor.document.asset_root
        if folder is not None and path in {str(folder / r.image) for r in self._references}:
            self._rebuild()

    def show_references(self, references: tuple[ReferenceImage, ...], limit: int) -> None:
        """Show a shot's references."""
        if references == self._references and limit == self._limit and self._grid.count():
            return
        self._references = references
        self._limit = limit
        self._rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._columns_for(self.width()) != self._columns:
            self._place()

    def _columns_for(self, width: int) -> int:
        return max(1, width // self.CELL)

    def _rebuild(self) -> None:
        clear_layout(self._grid)
        self.role_choices = []
        self.names = []
        folder = self.editor.document.asset_root
        self._cells = [self._slot(index, ref, folder) for index, ref in enumerate(self._references)]
        if len(self._references) < self._limit:
            drop = QLabel(self.tr("Drop pictures\nhere"))
            drop.setObjectName("muted")
            drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
            drop.setFixedSize(self.SLOT)
            drop.setFrameShape(QFrame.Shape.StyledPanel)
            self._cells.append(drop)
        self._hint.setText(
            (
                self.tr("{used} of {n} reference")
                if self._limit == 1
                else self.tr("{used} of {n} references")
            ).format(used=len(self._references), n=self._limit)
        )
        self._place()

    def _place(self) -> None:
        """Lay the cells out in as many columns as the width holds (the same widgets)."""
        self._columns = self._columns_for(self.width())
        for cell in self._cells:
            self._grid.removeWidget(cell)
        for index, cell in enumerate(self._cells):
            self._grid.addWidget(cell, index // self._columns, index % self._columns)
        for column in range(max(self._columns, len(self._cells)) + 1):
            self._grid.setColumnStretch(column, 1 if column == self._columns else 0)
        self.updateGeometry()

    def _slot(self, index: int, ref: ReferenceImage, folder: Path | None) -> QWidget:
        slot = QWidget()
        slot.setFixedWidth(self.CELL - 6)
        column = QVBoxLayout(slot)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        thumb = _Thumb(self.SLOT)
        file = folder / ref.image if folder else None
        thumb.show_file(file, self.editor.thumbnails.get(file) if file else None, "")
        thumb.setToolTip(
            self.tr("{picture}\nDrag onto another shot to use it there too.").format(
                picture=shown_label(ref.label) or ref.image
            )
        )
        role = ValueCombo(list(ImageRole), role_word)
        role.show_value(ref.role)
        role.setToolTip(self.tr("What this picture stands for"))
        role.currentIndexChanged.connect(lambda _i, at=index, box=role: self._set_role(at, box))
        self.role_choices.append(role)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this reference"))
        remove.clicked.connect(lambda _checked=False, at=index: self._remove(at))
        controls = QHBoxLayout()
        controls.addWidget(role, 1)
        controls.addWidget(remove)
        name = NameBox(ref.label, self.tr("Name it"))
        name.setToolTip(
            self.tr(
                "What this picture shows, e.g. “the espresso machine”: the prompt calls it so. "
                "A product or place with the same name in several shots is one thing, which "
                "can become a Kling element (Storyboard tab, Props and places)."
            )
        )
        name.finished.connect(lambda text, at=index: self._set_label(at, text))
        self.names.append(name)
        column.addWidget(thumb)
        column.addLayout(controls)
        column.addWidget(name)
        return slot

    def _set_label(self, index: int, text: str) -> None:
        label = " ".join(text.split())
        if index >= len(self._references) or self._references[index].label == label:
            return
        refs = list(self._references)
        refs[index] = refs[index].evolve(label=label)
        self.changed.emit(tuple(refs))

    def _set_role(self, index: int, box: ValueCombo[ImageRole]) -> None:
        refs = list(self._references)
        refs[index] = refs[index].evolve(role=box.value())
        self.changed.emit(tuple(refs))

    def _remove(self, index: int) -> None:
        self.changed.emit(self._references[:index] + self._references[index + 1 :])

    def accept_files(self, files: list[Path]) -> None:
        room = self._limit - len(self._references)
        if room <= 0:
            self.editor.refused.emit(
                self.tr(
                    "This shot already has {most} reference images, the most it can take."
                ).format(most=self._limit)
            )
            return
        if len(files) > room:
            self.editor.refused.emit(
                (
                    self.tr("Only {n} more reference image fits; {left} not added.")
                    if room == 1
                    else self.tr("Only {n} more reference images fit; {left} not added.")
                ).format(n=room, left=len(files) - room)
            )
            files = files[:room]
        role = self.new_role.value()
        self.editor.import_images(files, lambda paths: self._add(paths, role))

    def _add(self, paths: list[str], role: ImageRole) -> None:
        current = self.editor.shot
        if current is None:
            return
        refs = list(current.references)
        for path in paths:
            if len(refs) < self._limit and all(r.image != path for r in refs):
                refs.append(ReferenceImage(image=path, role=role))
        self.changed.emit(tuple(refs))

    def paste(self) -> None:
        """Add the clipboard's image."""
        role = self.new_role.value()
        paste_files(self.editor, lambda paths: self._add(paths, role))


class CastPictures(QWidget):
    """The pictures of the characters in the selected shot, from the character bible.

    They go to the model with the shot (bound to the character's name), so the inspector
    shows them beside the shot's own references; they are changed on the Characters tab.
    """

    SIDE = 56

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cast-pictures")
        self.editor = editor
        self._shown: tuple[tuple[str, tuple[str, ...]], ...] | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        editor.thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, path: str) -> None:
        folder = self.editor.document.asset_root
        if folder is not None and path in {
            str(folder / p) for _name, pictures in self.shown() for p in pictures
        }:
            self.show_cast(self.shown(), force=True)

    def shown(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The characters and pictures shown."""
        return self._shown or ()

    def show_cast(self, cast: tuple[tuple[str, tuple[str, ...]], ...], force: bool = False) -> None:
        """Show ``(name, pictures)`` for each character in the shot who has pictures."""
        if cast == self._shown and not force:
            return
        self._shown = cast
        clear_layout(self._grid)
        folder = self.editor.document.asset_root
        for row, (name, pictures) in enumerate(cast):
            label = QLabel(name)
            label.setWordWrap(True)
            self._grid.addWidget(label, 2 * row, 0)
            strip = QHBoxLayout()
            for path in pictures:
                thumb = _Thumb(QSize(self.SIDE, self.SIDE))
                file = folder / path if folder else None
                thumb.show_file(file, self.editor.thumbnails.get(file) if file else None, "")
                thumb.setToolTip(
                    self.tr("{name}: {path}\nChange it on the Characters tab.").format(
                        name=name, path=path
                    )
                )
                strip.addWidget(thumb)
            strip.addStretch(1)
            self._grid.addLayout(strip, 2 * row + 1, 0)
        self.setVisible(bool(cast))


class FrameSlot(DropTarget):
    """The first or the last frame of the selected shot.

    Signals:
        changed(object): the new asset path, or None when cleared.
    """

    changed = Signal(object)
    FIRST = "first"
    LAST = "last"

    def __init__(self, editor: Editor, which: str, parent: QWidget | None = None) -> None:
        """``which``: :attr:`FIRST` or :attr:`LAST`."""
        super().__init__(editor, parent)
        first = which == self.FIRST
        title = self.tr("First frame") if first else self.tr("Last frame")
        self._empty = self.tr("Drop the\nfirst frame") if first else self.tr("Drop the\nlast frame")
        self._tip = (
            self.tr("Drop an image to set the first frame")
            if first
            else self.tr("Drop an image to set the last frame")
        )
        self.path: str | None = None
        self.thumb = _Thumb(QSize(112, 64))
        self.thumb.show_file(None, None, self._empty)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(lambda: self.changed.emit(None))
        label = QLabel(title)
        label.setObjectName("muted")
        header = QHBoxLayout()
        header.addWidget(label, 1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.thumb)
        editor.thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, path: str) -> None:
        folder = self.editor.document.asset_root
        if folder is not None and self.path is not None and path == str(folder / self.path):
            self.show_path(self.path, force=True)

    def show_path(self, path: str | None, force: bool = False) -> None:
        """Show the frame at ``path`` (an asset path) or an empty slot."""
        if path == self.path and not force:
            return
        self.path = path
        self.clear_button.setEnabled(path is not None)
        folder = self.editor.document.asset_root
        file = folder / path if path and folder else None
        pixmap = self.editor.thumbnails.get(file) if file else None
        self.thumb.show_file(file, pixmap, self._empty)
        self.thumb.setToolTip(path or self._tip)

    def accept_files(self, files: list[Path]) -> None:
        self.editor.import_images(files[:1], lambda paths: self.changed.emit(paths[0]))
