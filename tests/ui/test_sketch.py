"""Sketching a board: drawing through the canvas with mouse and tablet events, undo, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.domain.sketch import WEIGHTS, SketchDocument, Tool
from storyboard_app.domain.vocabulary import AspectRatio, ShotSize
from storyboard_app.render.previs import plan_render
from storyboard_app.storage.bundle import load_project, save_project
from storyboard_app.storage.sketches import load_sketch
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.sketch import SketchDialog, open_sketch
from storyboard_app.ui.sketch_canvas import SketchCanvas
from storyboard_app.ui.workspace import AppWorkspace


def make_canvas(qtbot: QtBot, aspect: AspectRatio = AspectRatio.WIDE) -> SketchCanvas:
    canvas = SketchCanvas(SketchDocument.blank(aspect))
    qtbot.addWidget(canvas)
    canvas.resize(968, 560)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.setFocus()
    return canvas


def drag(canvas: SketchCanvas, points: list[QPoint]) -> None:
    """Press, move through ``points`` and release, with QTest's mouse events."""
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
    )


def line(start: QPoint, end: QPoint, steps: int = 20) -> list[QPoint]:
    return [start + (end - start) * (k / steps) for k in range(steps + 1)]


def ink_at(canvas: SketchCanvas, widget_point: QPoint) -> int:
    """Darkness (0 white … 255 black) of the board at a point of the widget."""
    board = canvas.board_image()
    spot = canvas.to_canvas(QPointF(widget_point)).toPoint()
    return 255 - QImage.pixelColor(board, spot).lightness()


def test_a_drawn_stroke_undo_redo_and_the_eraser(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    assert canvas.canvas_size.width() == 3840
    assert canvas.canvas_size.height() == 2160
    frame = canvas.frame_rect().toRect()
    left, right = frame.center() - QPoint(200, 0), frame.center() + QPoint(200, 0)
    drag(canvas, line(left, right))
    assert drawn(canvas) == 1
    stroke = canvas.strokes[0]
    assert stroke.tool is Tool.PEN
    assert len(stroke.points) >= 15
    middle = frame.center()
    assert ink_at(canvas, middle) > 200
    assert ink_at(canvas, middle + QPoint(0, 60)) == 0

    QTest.keyClick(canvas, Qt.Key.Key_E)  # eraser
    assert canvas.tool is Tool.ERASER
    QTest.keyClick(canvas, Qt.Key.Key_BracketRight)
    QTest.keyClick(canvas, Qt.Key.Key_BracketRight)
    assert canvas.weight == WEIGHTS[3]
    drag(canvas, line(middle - QPoint(0, 40), middle + QPoint(0, 40)))
    assert drawn(canvas) == 2
    assert ink_at(canvas, middle) == 0  # rubbed out where the eraser went
    assert ink_at(canvas, left + QPoint(20, 0)) > 200  # and only there

    QTest.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert drawn(canvas) == 1
    assert ink_at(canvas, middle) > 200  # the erased ink is back
    QTest.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert drawn(canvas) == 0
    assert ink_at(canvas, middle) == 0
    assert ink_at(canvas, left + QPoint(20, 0)) == 0
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(canvas, Qt.Key.Key_Z, redo)
    assert drawn(canvas) == 1
    assert ink_at(canvas, middle) > 200
    QTest.keyClick(canvas, Qt.Key.Key_B)
    assert str(canvas.tool) == "pen"
    QTest.mouseMove(canvas, middle + QPoint(0, 100))  # hovering: the brush's outline shows
    outline = canvas.brush_outline()
    assert outline is not None
    assert outline.center().toPoint() == middle + QPoint(0, 100)
    assert outline.width() == pytest.approx(canvas.weight * canvas.frame_rect().width() / 3840)


def drawn(canvas: SketchCanvas) -> int:
    """How many strokes the canvas holds."""
    return len(list(canvas.strokes))


def stylus() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def tablet_stroke(
    canvas: SketchCanvas, device: QPointingDevice, points: list[QPoint], pressure: float
) -> None:
    """A pen stroke on a tablet: press, moves and release, each with the pen's pressure."""
    kinds = [QTabletEvent.Type.TabletPress]
    kinds += [QTabletEvent.Type.TabletMove] * (len(points) - 2)
    kinds += [QTabletEvent.Type.TabletRelease]
    for kind, point in zip(kinds, points, strict=True):
        local = QPointF(point)
        event = QTabletEvent(
            kind,
            device,
            local,
            QPointF(canvas.mapToGlobal(point)),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton
            if kind == QTabletEvent.Type.TabletRelease
            else Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(canvas, event)


def thickness(canvas: SketchCanvas, x: int, rows: range) -> int:
    board = canvas.board_image()
    column = canvas.to_canvas(QPointF(x, 0)).toPoint().x()
    top = round(canvas.to_canvas(QPointF(0, rows.start)).y())
    bottom = round(canvas.to_canvas(QPointF(0, rows.stop)).y())
    return sum(
        1 for y in range(top, bottom) if QImage.pixelColor(board, column, y).lightness() < 128
    )


def test_tablet_pressure_sets_the_pen_width(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    QTest.keyClick(canvas, Qt.Key.Key_BracketRight)
    QTest.keyClick(canvas, Qt.Key.Key_BracketRight)  # 32 px at 4K
    device = stylus()
    frame = canvas.frame_rect().toRect()
    y_light, y_firm = frame.top() + 100, frame.top() + 300
    x0, x1 = frame.left() + 100, frame.right() - 100
    tablet_stroke(canvas, device, line(QPoint(x0, y_light), QPoint(x1, y_light)), 0.1)
    tablet_stroke(canvas, device, line(QPoint(x0, y_firm), QPoint(x1, y_firm)), 1.0)
    assert [round(s.points[1][2], 2) for s in canvas.strokes] == [0.1, 1.0]
    middle = frame.center().x()
    light = thickness(canvas, middle, range(y_light - 20, y_light + 20))
    firm = thickness(canvas, middle, range(y_firm - 20, y_firm + 20))
    assert 0 < light < firm / 2  # 0.25 + 0.75 × pressure of the weight
    assert firm == pytest.approx(32, abs=3)


def test_arrows_and_notes_are_a_layer_above_the_sketch(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    frame = canvas.frame_rect().toRect()
    QTest.keyClick(canvas, Qt.Key.Key_A)
    drag(canvas, line(frame.center() - QPoint(150, 0), frame.center() + QPoint(150, 0), 5))
    canvas.note_text = "Ray turns"
    QTest.keyClick(canvas, Qt.Key.Key_N)
    drag(canvas, [frame.center() + QPoint(-100, 100)])
    arrow, note = canvas.strokes
    assert arrow.tool is Tool.ARROW
    assert len(arrow.points) == 2
    assert arrow.tone == "red"
    assert note.tool is Tool.NOTE
    assert note.text == "Ray turns"
    board = canvas.board_image()
    spot = canvas.to_canvas(QPointF(frame.center())).toPoint()
    assert QImage.pixelColor(board, spot).red() > 180  # the red arrow
    QTest.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canvas.strokes == (arrow,)


def typed_project(folder: Path) -> Path:
    shots = (
        Shot(id="a", size=ShotSize.WS, characters=("Ray",), subject="Ray at the door"),
        Shot(id="b", size=ShotSize.CU, characters=("Ray",), subject="Ray listens"),
    )
    save_project(folder, Project(title="Typed", storyboards=(Storyboard(shots=shots),)))
    return folder


def open_typed(workspace: AppWorkspace, tmp_path: Path) -> MainWindow:
    assert workspace.open_folder(typed_project(tmp_path / "Typed.storyboard"))
    return workspace.windows[-1]


def sketch_dialog(window: MainWindow, qtbot: QtBot) -> SketchDialog:
    action = next(a for a in window.menuBar().actions() if a.text() == "&Edit")
    menu = action.menu()
    assert isinstance(menu, QMenu)
    sketch = next(a for a in menu.actions() if a.text().startswith("S&ketch Board"))
    assert sketch.shortcut().toString() == "Ctrl+B"
    sketch.trigger()
    shown = [d for d in window.findChildren(SketchDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: SketchDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_saved_board_is_the_shots_picture_everywhere_and_one_undo_step(
    qtbot: QtBot, workspace: AppWorkspace, tmp_path: Path
) -> None:
    window = open_typed(workspace, tmp_path)
    window.show()
    dialog = sketch_dialog(window, qtbot)
    canvas = dialog.canvas
    frame = canvas.frame_rect().toRect()
    drag(canvas, line(frame.topLeft() + QPoint(40, 40), frame.bottomRight() - QPoint(40, 40)))
    QTest.mouseClick(dialog.first_frame, Qt.MouseButton.LeftButton)
    assert dialog.first_frame.isChecked()
    QTest.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.editor.board.shots[0].sketch is not None, timeout=20_000)

    shot = window.editor.board.shots[0]
    assert shot.sketch is not None
    folder = window.document.folder
    assert folder is not None
    with Image.open(folder / shot.sketch.image) as png:
        assert png.size == (3840, 2160)
        grey = png.convert("L")
        assert grey.getpixel((1920, 1080)) == 22  # the diagonal stroke, in ink
        assert grey.getpixel((300, 1800)) == 255  # paper
    strokes = load_sketch(folder, shot.sketch)
    assert len(strokes.strokes) == 1
    assert strokes.width == 3840
    assert shot.picture() == shot.sketch.image  # editor, timeline, PDF, exports
    assert shot.first_frame == shot.sketch.image  # chosen: sent as the first frame
    payload = compile_guidances(window.editor.project, 0)
    assert payload.guidances[0].sketch == shot.sketch.image
    plan = plan_render(payload, folder)
    assert plan.shots[0].picture == folder / shot.sketch.image  # the previs shows it
    assert shot.sketch.image in window.editor.project.asset_paths()  # share package
    assert window.document.undo_stack.undoText() == "Sketch board"

    window.document.undo_stack.undo()
    assert window.editor.board.shots[0].sketch is None
    assert window.editor.board.shots[0].first_frame is None
    window.document.undo_stack.redo()
    window.document.save()
    assert load_project(folder).storyboards[0].shots[0].sketch == shot.sketch

    # Reopened, the board is editable: its stroke is there, and can be undone.
    again = sketch_dialog(window, qtbot)
    assert drawn(again.canvas) == 1
    assert again.first_frame.isChecked()
    QTest.keyClick(again.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert drawn(again.canvas) == 0
    QTest.mouseClick(again.first_frame, Qt.MouseButton.LeftButton)  # no longer the first frame
    QTest.mouseClick(save_button(again), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.board.shots[0].sketch != shot.sketch, timeout=20_000)
    shot = window.editor.board.shots[0]
    assert shot.sketch is not None
    assert shot.first_frame is None
    assert len(load_sketch(folder, shot.sketch).strokes) == 0

    # The next shot's canvas shows this board as an onion skin.
    window.editor.select_shot("b")
    onion = sketch_dialog(window, qtbot)
    assert onion.onion.isEnabled()
    assert onion.onion.isChecked()
    onion.reject()


def test_damaged_strokes_are_reported_and_nothing_is_lost(
    qtbot: QtBot, workspace: AppWorkspace, tmp_path: Path
) -> None:
    window = open_typed(workspace, tmp_path)
    dialog = sketch_dialog(window, qtbot)
    frame = dialog.canvas.frame_rect().toRect()
    drag(dialog.canvas, line(frame.center(), frame.center() + QPoint(100, 30)))
    dialog.accept()
    qtbot.waitUntil(lambda: window.editor.board.shots[0].sketch is not None, timeout=20_000)
    shot = window.editor.board.shots[0]
    assert shot.sketch is not None
    assert window.document.folder is not None
    strokes = window.document.folder / shot.sketch.strokes
    strokes.write_text('{"format": "storyboard-app/sketch", "width": -4}', encoding="utf-8")
    messages: list[str] = []
    window.editor.refused.connect(messages.append)
    before = window.editor.project
    assert open_sketch(window.editor, window) is None
    assert messages
    assert "Shot 1's board cannot be opened" in messages[-1]
    assert "width" in messages[-1]
    assert window.editor.project == before


def test_a_board_that_cannot_be_written_opens_again_with_every_stroke(
    qtbot: QtBot, workspace: AppWorkspace, tmp_path: Path
) -> None:
    window = open_typed(workspace, tmp_path)
    folder = window.document.folder
    assert folder is not None
    (folder / "assets").rmdir()  # empty: the typed shots have no pictures
    (folder / "assets").write_text("a file where the assets folder should be")
    messages: list[str] = []
    window.editor.refused.connect(messages.append)
    dialog = sketch_dialog(window, qtbot)
    frame = dialog.canvas.frame_rect().toRect()
    drag(dialog.canvas, line(frame.center(), frame.center() + QPoint(120, 40)))
    drag(dialog.canvas, line(frame.center(), frame.center() - QPoint(120, 40)))
    QTest.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages[-1].startswith("The board could not be saved")
    assert "open again with every stroke" in messages[-1]
    reopened = [d for d in window.findChildren(SketchDialog) if d.isVisible()]
    assert len(reopened) == 1
    assert drawn(reopened[0].canvas) == 2
    assert window.editor.board.shots[0].sketch is None
    (folder / "assets").unlink()
    QTest.mouseClick(save_button(reopened[0]), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.board.shots[0].sketch is not None, timeout=20_000)
