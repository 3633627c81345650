"""Every control of the inspector, changed through its widget; then the model, the payload
and the saved file are checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.vocabulary import Direction, MoveKind, Speed
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.main_window import MainWindow
from tests.conftest import DETECTIVE
from tests.ui.hands import choose


def saved(window: MainWindow):  # type: ignore[no-untyped-def]
    """Save through the window and read the file back."""
    assert window.save()
    assert window.document.folder is not None
    return load_project(window.document.folder)


def test_a_camera_move_is_set_through_the_move_table(
    qtbot: QtBot, open_copy: Callable[[Path], MainWindow]
) -> None:
    window = open_copy(DETECTIVE)
    window.editor.select_shot(window.editor.board.shots[1].id)  # dolly in
    card = window.shot_inspector.moves.cards[0]
    choose(card.kind, "crane")
    way = card.direction
    assert [way.itemText(i) for i in range(way.count())] == ["up", "down"]
    choose(way, "down")
    choose(card.speed, "fast")
    shot = window.editor.board.shots[1]
    assert shot.moves[0].kind is MoveKind.CRANE
    assert shot.moves[0].direction is Direction.DOWN
    assert shot.moves[0].speed is Speed.FAST
    payload = compile_guidances(window.document.project, 0)
    assert payload.guidances[1].camera_moves[0].kind is MoveKind.CRANE
    assert "slow crane down" not in payload.guidances[1].prompt
    assert "fast crane down" in payload.guidances[1].prompt
    assert "crane down" in window.shot_inspector.prompt.toPlainText()
    move = saved(window).storyboards[0].shots[1].moves[0]
    assert (move.kind, move.direction, move.speed) == ("crane", "down", "fast")
