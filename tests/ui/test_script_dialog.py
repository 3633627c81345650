"""The import dialog shows what the import makes and what it skipped, driven by its widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from storyboard_app.script.load import read_script
from storyboard_app.ui.script_dialog import ScriptImportDialog

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def test_the_dialog_shows_what_it_makes_and_unticking_a_scene_changes_it(qtbot: QtBot) -> None:
    dialog = ScriptImportDialog(read_script(SCRIPTS / "windows-crlf.fountain"))
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.tree
    assert tree.topLevelItemCount() == 9
    first = tree.topLevelItem(0)
    assert first is not None
    assert first.text(0) == "Scene 1 · INT. STATION CAFE – NIGHT"
    assert (first.text(3), first.text(4), first.text(5)) == ("2", "6", "2")
    assert dialog.totals.text() == (
        "Makes 10 storyboards, 34 shots, 3 characters, 17 lines of dialogue, from 9 scenes."
    )
    tree.setFocus()
    tree.setCurrentItem(first)
    QTest.keyClick(tree, Qt.Key.Key_Space)  # untick scene 1 as a person does
    assert first.checkState(0) == Qt.CheckState.Unchecked
    assert dialog.totals.text() == (
        "Makes 8 storyboards, 28 shots, 3 characters, 13 lines of dialogue, from 8 scenes."
    )
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ScriptImportDialog.DialogCode.Accepted
    assert dialog.chosen() == set(range(2, 10))


def test_the_dialog_lists_every_skipped_item_with_its_line_and_reason(qtbot: QtBot) -> None:
    dialog = ScriptImportDialog(read_script(SCRIPTS / "final-draft.fdx"))
    qtbot.addWidget(dialog)
    items = [dialog.skipped.topLevelItem(k) for k in range(dialog.skipped.topLevelItemCount())]
    groups = {item.text(0): item for item in items if item is not None}
    assert list(groups) == [
        "2 scene summaries",
        "2 script notes",
        "1 act marker",
        "2 title page fields",
    ]
    notes = groups["2 script notes"]
    assert notes.text(1) == "Final Draft script notes are not shots"
    children = [notes.child(k) for k in range(notes.childCount())]
    assert [(c.text(0), c.text(1)) for c in children if c is not None] == [
        ("22", "remove the unused character name"),
        ("141", "check the kettle prop with art"),
    ]
    chinese = ScriptImportDialog(read_script(SCRIPTS / "chinese.fountain"))
    qtbot.addWidget(chinese)
    prologue = chinese.tree.topLevelItem(0)
    assert prologue is not None
    assert prologue.text(0) == "Prologue"
    russian = ScriptImportDialog(read_script(SCRIPTS / "russian.fountain"))
    qtbot.addWidget(russian)
    nothing = russian.skipped.topLevelItem(0)
    assert nothing is not None
    assert nothing.text(0) == "Nothing skipped: every line of the script is in a shot."
