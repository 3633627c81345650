"""Two windows (two app processes' worth of services) on one project, or two submissions of
one storyboard: nothing is lost, nothing is paid twice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from storyboard_app.domain.vocabulary import Mode
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.workspace import AppWorkspace
from tests.conftest import DETECTIVE
from tests.fakes.kling_server import FakeKling
from tests.ui.conftest import ScriptedDialogs


def close_all(*workspaces: AppWorkspace) -> None:
    for workspace in workspaces:
        for window in list(workspace.windows):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()


def notes_on_disk(folder: Path) -> str:
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    return str(data["storyboards"][0]["shots"][0]["notes"])


def test_a_second_window_never_overwrites_a_newer_save_silently(
    make_services: Callable[[], Services],
    example_copy: Callable[[Path], Path],
    dialogs: ScriptedDialogs,
) -> None:
    folder = example_copy(DETECTIVE)
    first, second = AppWorkspace(make_services()), AppWorkspace(make_services())
    assert first.open_folder(folder)
    assert second.open_folder(folder)
    a, b = first.windows[0], second.windows[0]

    a.editor.edit_shot("Edit notes", "notes", notes="A's edit")
    a.save()
    assert notes_on_disk(folder) == "A's edit"

    b.editor.edit_shot("Edit notes", "notes", notes="B's edit")
    dialogs.confirm_answers = [False]
    assert not b.save()
    assert "confirm:Saved by another window" in dialogs.asked
    assert notes_on_disk(folder) == "A's edit"  # kept
    assert b.document.dirty  # B's edit is not lost either

    dialogs.confirm_answers = [True]
    assert b.save()  # B's user said overwrite
    assert notes_on_disk(folder) == "B's edit"
    assert dialogs.errors == []

    a.editor.edit_shot("Edit notes", "notes", notes="A again")
    dialogs.confirm_answers = [False]
    assert not a.save()  # A now holds an older version: asked too

    close_all(first, second)


def test_closing_one_window_keeps_the_other_windows_recovery_file(
    make_services: Callable[[], Services],
    example_copy: Callable[[Path], Path],
) -> None:
    folder = example_copy(DETECTIVE)
    first, second = AppWorkspace(make_services()), AppWorkspace(make_services())
    assert first.open_folder(folder)
    assert second.open_folder(folder)
    a, b = first.windows[0], second.windows[0]
    a.editor.edit_shot("Edit notes", "notes", notes="unsaved in A")
    b.editor.edit_shot("Edit notes", "notes", notes="unsaved in B")
    a.autosave()
    b.autosave()
    recovery = a.services.recovery.folder
    assert a.recovery_key() != b.recovery_key()
    assert len(list(recovery.glob("*.json"))) == 2
    b.document.undo_stack.setClean()  # B's user discards the changes
    b.close()
    assert [p.stem for p in recovery.glob("*.json")] == [a.recovery_key()]
    assert b.services.recovery.pending() == []  # A is open: not offered to anyone
    close_all(first, second)


def test_opening_a_project_deletes_what_killed_saves_left(
    make_services: Callable[[], Services],
    example_copy: Callable[[Path], Path],
) -> None:
    folder = example_copy(DETECTIVE)
    for n in range(3):
        (folder / f".project.json.dead{n}.tmp").write_bytes(b"{" * 10_000)
    (folder / "assets" / ".import.dead").write_bytes(b"x")
    workspace = AppWorkspace(make_services())
    assert workspace.open_folder(folder)
    assert list(folder.glob(".project.json.*.tmp")) == []
    assert list((folder / "assets").glob(".import.*")) == []
    close_all(workspace)


def test_a_second_kling_submit_of_a_rendering_storyboard_is_refused(
    qtbot: QtBot, kling_window: MainWindow, fake: FakeKling, dialogs: ScriptedDialogs
) -> None:
    fake.state.processing_queries = 10_000  # the first render keeps going
    dialogs.kling_modes = [Mode.STD, Mode.STD]
    first = kling_window.render_with_kling()
    assert first is not None
    assert kling_window.render_with_kling() is None
    assert any("already has an unfinished kling job" in e for e in dialogs.errors), dialogs.errors
    qtbot.waitUntil(lambda: fake.state.processing_seen.is_set(), timeout=30_000)
    assert len(fake.state.tasks) == 1
    kling_window.services.kling.cancel(first.id)
