"""Sketch a board: the drawing dialog per shot, at the storyboard's aspect ratio, on a 4K canvas
(:mod:`sketch_canvas`), with its tools, layers and the first-frame choice.

Saving writes the board as a PNG (what the editor, timeline, previs, PDF and exports show)
and the strokes as JSON (so the board stays editable) into the project's assets, as one
undoable edit. A project not saved yet keeps them in its staging folder (beside its recovery
file); its first save copies them into the project.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import ClassVar

from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.domain import edits
from storyboard_app.domain.models import Shot, Sketch, Storyboard
from storyboard_app.domain.sketch import TONES, SketchDocument, SketchError, Tool
from storyboard_app.render.blocking import Framing, blocking_frame
from storyboard_app.storage.sketches import load_sketch, save_sketch
from storyboard_app.ui.editor import Editor
from storyboard_app.ui.sketch_canvas import SketchCanvas

# -- the dialog ------------------------------------------------------------------------------


def png_bytes(image: QImage) -> bytes:
    """An image encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, Qt wants str
    return bytes(buffer.data().data())


class SketchDialog(QDialog):
    """The canvas with its tools, the layers' settings, and the first-frame choice."""

    TOOLS = (
        (
            Tool.PEN,
            str(QT_TRANSLATE_NOOP("SketchDialog", "Brush")),
            "B",
            str(
                QT_TRANSLATE_NOOP("SketchDialog", "A pen whose width follows the tablet's pressure")
            ),
        ),
        (
            Tool.PENCIL,
            str(QT_TRANSLATE_NOOP("SketchDialog", "Pencil")),
            "P",
            str(QT_TRANSLATE_NOOP("SketchDialog", "A thin pencil, darker as you press")),
        ),
        (
            Tool.ERASER,
            str(QT_TRANSLATE_NOOP("SketchDialog", "Eraser")),
            "E",
            str(QT_TRANSLATE_NOOP("SketchDialog", "Erase the sketch (not the underlay)")),
        ),
        (
            Tool.ARROW,
            str(QT_TRANSLATE_NOOP("SketchDialog", "Arrow")),
            "A",
            str(
                QT_TRANSLATE_NOOP(
                    "SketchDialog", "Drag to draw an arrow (a move, an action) on the notes layer"
                )
            ),
        ),
        (
            Tool.NOTE,
            str(QT_TRANSLATE_NOOP("SketchDialog", "Note")),
            "N",
            str(
                QT_TRANSLATE_NOOP(
                    "SketchDialog", "Click to place the note's words on the notes layer"
                )
            ),
        ),
    )
    TONE_NAMES: ClassVar[dict[str, str]] = {
        "ink": str(QT_TRANSLATE_NOOP("SketchDialog", "ink")),
        "dark": str(QT_TRANSLATE_NOOP("SketchDialog", "dark")),
        "mid": str(QT_TRANSLATE_NOOP("SketchDialog", "mid")),
        "light": str(QT_TRANSLATE_NOOP("SketchDialog", "light")),
        "red": str(QT_TRANSLATE_NOOP("SketchDialog", "red")),
    }
    """The tones of :data:`TONES` as the window names them."""

    def __init__(
        self,
        document: SketchDocument,
        underlay: QImage | None,
        onion: QImage | None,
        first_frame: bool,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        room = self.screen().availableGeometry()
        self.resize(min(1180, room.width() - 40), min(820, room.height() - 60))
        self.canvas = SketchCanvas(document, underlay, onion, self)
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.tool_buttons: dict[Tool, QToolButton] = {}
        group = QButtonGroup(self)
        for tool, name, key, tip in self.TOOLS:
            button = QToolButton()
            button.setText(f"{self.tr(name)} ({key})")
            button.setToolTip(self.tr(tip))
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, t=tool: self._choose(t))
            group.addButton(button)
            tools.addWidget(button)
            self.tool_buttons[tool] = button
        tools.addSpacing(12)
        self.tone_buttons: dict[str, QToolButton] = {}
        for tone, (red, green, blue) in TONES.items():
            button = QToolButton()
            button.setToolTip(self.tr("Tone: {tone}").format(tone=self._tone_name(tone)))
            button.setFixedSize(24, 24)
            button.setProperty("colour", f"rgb({red},{green},{blue})")
            button.clicked.connect(lambda _c=False, t=tone: self._tone(t))
            tools.addWidget(button)
            self.tone_buttons[tone] = button
        self.weight_label = QLabel()
        tools.addWidget(self.weight_label)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Words for the Note tool"))
        self.note.textChanged.connect(lambda text: setattr(self.canvas, "note_text", text))
        tools.addWidget(self.note, 1)
        undo, redo = QToolButton(), QToolButton()
        undo.setText(self.tr("Undo (Ctrl+Z)"))
        redo.setText(self.tr("Redo (Ctrl+Shift+Z)"))
        undo.clicked.connect(self.canvas.undo)
        redo.clicked.connect(self.canvas.redo)
        tools.addWidget(undo)
        tools.addWidget(redo)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layers = QHBoxLayout()
        layers.addWidget(QLabel(self.tr("Underlay (the shot's picture or blocking frame):")))
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(round(document.underlay_opacity * 100))
        self.opacity.setMaximumWidth(160)
        self.opacity.valueChanged.connect(lambda v: self.canvas.set_underlay_opacity(v / 100))
        layers.addWidget(self.opacity)
        self.keep_underlay = QCheckBox(self.tr("Keep it in the board"))
        self.keep_underlay.setChecked(document.underlay_in_board)
        self.keep_underlay.setToolTip(
            self.tr("The board's picture shows the underlay under the drawing")
        )
        self.keep_underlay.toggled.connect(lambda on: setattr(self.canvas, "underlay_in_board", on))
        layers.addWidget(self.keep_underlay)
        self.onion = QCheckBox(self.tr("Onion skin (previous shot's board)"))
        self.onion.setChecked(onion is not None)
        self.onion.setEnabled(onion is not None)
        self.onion.toggled.connect(self.canvas.set_onion_visible)
        layers.addWidget(self.onion)
        layers.addStretch(1)
        layout.addLayout(layers)
        self.first_frame = QCheckBox(
            self.tr(
                "Also send the board as the shot's first frame (a sketch steers the render's "
                "style: the video starts from this drawing)"
            )
        )
        self.first_frame.setChecked(first_frame)
        layout.addWidget(self.first_frame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.canvas.tool_changed.connect(self._show_tool)
        self._show_tool()
        self.canvas.setFocus()

    def _choose(self, tool: Tool) -> None:
        self.canvas.set_tool(tool)
        self.canvas.setFocus()

    def _tone(self, tone: str) -> None:
        self.canvas.set_tone(tone)
        self.canvas.setFocus()

    def _show_tool(self) -> None:
        self.tool_buttons[self.canvas.tool].setChecked(True)
        for tone, button in self.tone_buttons.items():
            edge = "3px solid #e8a33d" if tone == self.canvas.tone else "1px solid #888"
            button.setStyleSheet(f"background: {button.property('colour')}; border: {edge}")
        self.weight_label.setText(
            self.tr("Line {weight} px ([ ])  Tone: {tone}").format(
                weight=f"{self.canvas.weight:g}", tone=self._tone_name(self.canvas.tone)
            )
        )

    def _tone_name(self, tone: str) -> str:
        name = self.TONE_NAMES.get(tone)
        return self.tr(name) if name else tone


# -- opening a shot's board ------------------------------------------------------------------


def _image(file: Path) -> QImage | None:
    image = QImage(str(file))
    return None if image.isNull() else image


def _underneath(shot: Shot, folder: Path, storyboard: Storyboard | None = None) -> QImage:
    """What the sketch is drawn over: the shot's picture other than its board, else its
    blocking frame."""
    board = shot.sketch.image if shot.sketch else None
    for path in (shot.first_frame, *(ref.image for ref in shot.references)):
        if path and path != board:
            image = _image(folder / path)
            if image is not None:
                return image
    return _qimage(blocking_frame(Framing.of_shot(shot, storyboard), (1920, 1080), arrows=True))


def _qimage(picture: Image.Image) -> QImage:
    rgb = picture.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def open_sketch(editor: Editor, parent: QWidget) -> SketchDialog | None:
    """Open the selected shot's board for drawing; saving it is one undoable edit.

    Returns the dialog (shown, not yet closed) so callers and tests can drive it.
    """
    shot, folder = editor.shot, editor.document.asset_root  # staged until the first save
    if shot is None:
        editor.refused.emit(
            QCoreApplication.translate("SketchDialog", "Select a shot to sketch its board.")
        )
        return None
    if folder is None:
        editor.refused.emit(
            QCoreApplication.translate(
                "SketchDialog", "Save the project first: a board is saved into its folder."
            )
        )
        return None
    board = editor.board
    index = [s.id for s in board.shots].index(shot.id)
    try:
        document = (
            load_sketch(folder, shot.sketch)
            if shot.sketch
            else SketchDocument.blank(board.aspect_ratio)
        )
    except (OSError, SketchError) as error:
        editor.refused.emit(
            QCoreApplication.translate(
                "SketchDialog", "Shot {number}'s board cannot be opened: {reason}"
            ).format(number=index + 1, reason=error)
        )
        return None
    sent = shot.sketch is not None and shot.first_frame == shot.sketch.image
    return _show(editor, parent, folder, shot, document, sent)


def _show(
    editor: Editor,
    parent: QWidget,
    folder: Path,
    shot: Shot,
    document: SketchDocument,
    first_frame: bool,
) -> SketchDialog:
    """The dialog for ``shot``'s board, drawn from ``document``; Save stores it."""
    board, board_index = editor.board, editor.board_index
    index = [s.id for s in board.shots].index(shot.id)
    previous = board.shots[index - 1] if index > 0 else None
    onion_path = previous.picture() if previous else None
    onion = _image(folder / onion_path) if onion_path else None
    dialog = SketchDialog(
        document,
        _underneath(shot, folder, board),
        onion,
        first_frame,
        QCoreApplication.translate("SketchDialog", "Sketch — Shot {number} of “{name}”").format(
            number=index + 1, name=board.name
        ),
        parent,
    )

    def save() -> None:
        # The board is composed here; encoding a 4K PNG takes about a second, so it is
        # encoded and written on a worker, and the edit is made when that is done.
        board_picture, strokes = dialog.canvas.board_image(), dialog.canvas.document()
        sent = dialog.first_frame.isChecked()
        editor.status.emit(QCoreApplication.translate("SketchDialog", "Saving the board…"))

        def work() -> Sketch:
            return save_sketch(folder, png_bytes(board_picture), strokes)

        def done(sketch: Sketch) -> None:
            try:
                _follow_first_save(editor, folder, sketch)
            except OSError as error:
                failed(error)
                return
            editor.attempt(
                QCoreApplication.translate("SketchDialog", "Sketch board"),
                lambda: edits.update_shot(
                    editor.project,
                    board_index,
                    shot.id,
                    **_changes(editor.project.storyboards[board_index], shot.id, sketch, sent),
                ),
            )
            editor.status.emit(
                QCoreApplication.translate("SketchDialog", "Board saved: it is the shot's picture.")
            )

        def failed(error: Exception) -> None:
            reason = error.strerror if isinstance(error, OSError) else None
            if all(s.id != shot.id for s in editor.board.shots):
                editor.refused.emit(
                    QCoreApplication.translate(
                        "SketchDialog", "The board could not be saved: {reason}."
                    ).format(reason=reason or error)
                )
                return
            editor.refused.emit(
                QCoreApplication.translate(
                    "SketchDialog",
                    "The board could not be saved: {reason}. It is open again with every "
                    "stroke: save it once that is fixed, or cancel to drop it.",
                ).format(reason=reason or error)
            )
            _show(editor, parent, folder, shot, strokes, sent)

        editor.background.run(work, done, failed)

    dialog.accepted.connect(save)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog


def _follow_first_save(editor: Editor, written: Path, sketch: Sketch) -> None:
    """A board written into the staging folder while the first save copied it: its files
    move into the project too, and the staging folder (made again to write them) goes."""
    document = editor.document
    root = document.asset_root
    if root is None or root == written:
        return
    for path in (sketch.image, sketch.strokes):
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(written / path, target)
    if written not in document.retired:
        shutil.rmtree(written, ignore_errors=True)


def _changes(
    board: Storyboard, shot_id: str, sketch: Sketch, first_frame: bool
) -> dict[str, object]:
    """The shot's new board, and its first frame when the board is (or was) sent as one."""
    shot = next(s for s in board.shots if s.id == shot_id)
    changes: dict[str, object] = {"sketch": sketch}
    old = shot.sketch.image if shot.sketch else None
    if first_frame:
        changes["first_frame"] = sketch.image
    elif old is not None and shot.first_frame == old:
        changes["first_frame"] = None
    return changes
