"""The window fits a laptop and grows with a big screen: nothing in the inspector is cut.

The bigger example, made busier still (four references, two dialogue lines, one of them
Chinese, long sentences, two camera moves, a character with pictures), is opened at the
three sizes a director uses. Every label, field, combo box, button and text box of the
inspector's three tabs must have room for its text, and no dock may reach past its edge.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from storyboard_app.domain import edits
from storyboard_app.domain.models import CameraMove, DialogueLine, ReferenceImage
from storyboard_app.domain.vocabulary import Direction, ImageRole, MoveKind, Speed
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import COFFEE, write_image
from tests.ui.layout_check import clipped_text, horizontal_overflow

SIZES = ((1280, 720), (1600, 1000), (2560, 1440))

SUBJECT = (
    "Maya, barefoot in her sunlit kitchen, cradling the first cup of the day while the "
    "Aurora machine hums on the marble counter behind her"
)
ACTION = (
    "She lifts the cup, breathes in the aroma, closes her eyes and smiles; steam curls "
    "past her face as the morning light slowly reaches the window sill."
)


def busy_window(open_copy: Callable[[Path], MainWindow]) -> MainWindow:
    window = open_copy(COFFEE)
    folder = window.document.folder
    assert folder is not None
    extra = [
        write_image(folder / "assets" / f"extra{n}.png", (640, 360)).relative_to(folder)
        for n in range(3)
    ]
    editor = window.editor
    shot = editor.board.shots[3]
    references = (
        *shot.references,
        *(ReferenceImage(image=p.as_posix(), role=ImageRole.LOCATION) for p in extra),
    )[:4]
    lines = (
        *shot.dialogue,
        DialogueLine(
            character="Narrator",
            line="每一个早晨，都是一个小小的日出。Aurora 让它更美好。",
            delivery="warm, unhurried, almost a whisper",
            language="zh",
        ),
    )
    moves = (
        CameraMove(kind=MoveKind.DOLLY_ZOOM, direction=Direction.OUT, speed=Speed.SLOW),
        CameraMove(
            kind=MoveKind.ROLL, direction=Direction.COUNTERCLOCKWISE, speed=Speed.MEDIUM, end=2
        ),
    )
    project = edits.update_shot(
        editor.project,
        0,
        shot.id,
        subject=SUBJECT,
        action=ACTION,
        references=references,
        dialogue=lines,
        moves=moves,
        notes="Hold on her smile a beat longer than feels comfortable.",
    )
    project = edits.update_character(
        project, "Maya", references=tuple(p.as_posix() for p in extra[:2])
    )
    window.document.edit("Make it busy", project)
    editor.select_shot(shot.id)
    return window


def inspector_share(width: int) -> float:
    """The least the inspector may take of a window this wide."""
    return min(0.28 * width, 700)


def show_at(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    """Resize the window and wait for its docks to take their shares of the new size."""
    window.resize(width, height)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.inspector_dock.width() >= inspector_share(width), timeout=5000)
    qtbot.wait(150)  # a later check of the sizes, if one is due, is over


def settle(qtbot: QtBot, fine: Callable[[], bool], seconds: float = 2.0) -> None:
    """Let the layout passes a change starts run (a frame or two, longer on a busy machine):
    wait until ``fine()`` or ``seconds`` are over; text still cut then is a defect."""
    with contextlib.suppress(QtTimeoutError):
        qtbot.waitUntil(fine, timeout=int(seconds * 1000))


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_of_the_inspector_has_room(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], width: int, height: int
) -> None:
    window = busy_window(open_copy)
    show_at(qtbot, window, width, height)
    assert window.width() == width
    problems: list[str] = []
    tabs = window.inspector_tabs
    for shot in window.editor.board.shots:
        window.editor.select_shot(shot.id)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(qtbot, lambda: not clipped_text(window.inspector_dock))
            problems += [
                f"shot {shot.id}, {tabs.tabText(index)} tab: {p}"
                for p in clipped_text(window.inspector_dock)
            ]
    problems += clipped_text(window.boards_dock)
    for dock in (window.boards_dock, window.inspector_dock, window.payload_dock):
        problems += horizontal_overflow(dock)
    assert not list(dict.fromkeys(problems))


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_picture_comes_first_and_the_inspector_grows(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow], width: int, height: int
) -> None:
    window = busy_window(open_copy)
    show_at(qtbot, window, width, height)
    bottom = window.payload_dock.height()
    assert bottom <= height * 0.25, "the raw JSON takes more than a quarter of the height"
    assert window.preview.height() > bottom
    assert window.inspector_dock.width() <= 760, "the inspector's lines grow too long"
    assert window.boards_dock.width() < window.inspector_dock.width()


def test_the_check_sees_cut_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from storyboard_app.ui.fields import TextBox

    panel = QWidget()
    qtbot.addWidget(panel)
    column = QVBoxLayout(panel)
    label = QLabel("Medium shot, eye-level angle")
    label.setFixedWidth(60)
    field = QLineEdit("Ray Malone under a magenta neon sign")
    field.setFixedWidth(80)
    box = TextBox(lines=1, most=1)
    box.setPlainText(ACTION)
    box.setFixedWidth(120)
    for widget in (label, field, box):
        column.addWidget(widget)
    panel.show()
    qtbot.waitExposed(panel)
    found = "\n".join(clipped_text(panel))
    assert "'Medium shot, eye-level angle': needs" in found
    assert "'Ray Malone under a magenta neon sign': needs" in found
    assert "'She lifts the cup, breathes in the aroma'…: needs" in found
