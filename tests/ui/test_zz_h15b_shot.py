from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt

from tests.conftest import write_image, EXAMPLES
import tests.ui.test_kling_props_ui as T
from tests.ui.test_kling_props_ui import _props
def _choose(combo, text):
    combo.setCurrentIndex(combo.findText(text))
T.choose = _choose
_product_in_shot = T._product_in_shot
from storyboard_app.ui.kling_elements import install as install_kling_elements

OUT = Path("/work/wt/h15b-shots")


def grab(window, name):
    for _ in range(20):
        QApplication.processEvents()
    shot = window.screen().grabWindow(window.winId())
    shot.save(str(OUT / name))


def test_shot(qtbot, kling_window, fake, tmp_path, monkeypatch):
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    window = kling_window
    window.resize(1280, 720)
    window.show()
    maker = install_kling_elements(window)
    maker.poll_seconds = 0.02
    pics = [write_image(tmp_path / "drop" / f"m{n}.png", (500 + 20 * n, 500)) for n in range(2)]
    window.editor.select_shot(window.editor.board.shots[1].id)
    window.editor.edit_shot("a", "action", action="He waits.")
    window.editor.edit_shot("s", "sound", sound=())
    _product_in_shot(qtbot, window, 0, pics[0], "the espresso machine")
    _product_in_shot(qtbot, window, 1, pics[1], "the espresso machine")
    d = write_image(tmp_path / "drop" / "diner.png", (800, 500))
    from tests.ui.hands import choose, drop_files
    tray = window.shot_inspector.references
    tray.new_role.setCurrentIndex(tray.new_role.findText("a place"))
    drop_files(tray, [d])
    qtbot.waitUntil(lambda: len(window.editor.board.shots[1].references) == 2)
    f = tray.names[1]; f.setFocus(); qtbot.keyClicks(f, "the diner"); qtbot.keyClick(f, Qt.Key.Key_Return)
    assert window.services.background.wait(10_000)
    window.shot_inspector.verticalScrollBar().setValue(window.shot_inspector.verticalScrollBar().value() + 380)
    grab(window, "tray-1280x720.png")
    row = _props(window).rows[0]
    maker.poll_seconds = 1.0
    pn = _props(window)
    print("PANEL", pn.geometry(), pn.sizeHint(), pn.minimumSizeHint(), row.sizeHint(), row.minimumSizeHint(), pn.parentWidget().geometry(), pn.parentWidget().sizeHint(), window.board_settings.widget().geometry(), window.board_settings.widget().sizeHint())
    print("BEFORE", row.status.text(), row.make_button.isVisible(), row.make_button.geometry(), row.isVisible(), row.geometry())
    row.make_button.click()
    print("AFTER", row.status.text())
    for _ in range(10): QApplication.processEvents()
    sb = window.board_settings.verticalScrollBar(); sb.setValue(sb.maximum())
    grab(window, "props-creating-1280x720.png")
    qtbot.waitUntil(lambda: _props(window).rows[0].status.text().startswith("ready"), timeout=20_000)
    panel = _props(window)
    sb = window.board_settings.verticalScrollBar(); sb.setValue(sb.maximum())
    grab(window, "props-ready-1280x720.png")
