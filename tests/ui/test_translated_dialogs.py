"""The dialogs and panels in 简体中文 and 繁體中文: no English left in what a director sees
(labels, buttons, check boxes, tabs, headers, tooltips, placeholders, combo items, titles),
nothing clipped at 1280×720, and the PDF exported from a Chinese window has Chinese headings.

Each widget is walked for its visible words; a word of ASCII letters is English unless it
is data (the project's and the script's own words, model ids, shot codes, units, file
names, key names, product names).
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.jobs.board import JobStatus, job_for_payload
from storyboard_app.jobs.image_jobs import ImageJobs, ImageJobStore
from storyboard_app.paths import config_dir
from storyboard_app.script.load import read_script
from storyboard_app.storage.takes import Take
from storyboard_app.ui.accounts_dialog import AccountsDialog
from storyboard_app.ui.frame_generation import FrameGenerationDialog
from storyboard_app.ui.frame_services import FrameJobs, accounts_of
from storyboard_app.ui.kling_dialogs import SubmitDialog
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.script_dialog import ScriptImportDialog
from storyboard_app.ui.service_accounts import accounts_for
from storyboard_app.ui.settings_dialog import SettingsDialog
from storyboard_app.ui.sketch import open_sketch
from storyboard_app.ui.start_window import StartWindow, early_translation
from storyboard_app.ui.takes_panel import CompareDialog
from storyboard_app.ui.translations import install_translations, remove_translations
from tests.conftest import TEAHOUSE
from tests.core.test_kling import make_video
from tests.ui.conftest import ScriptedDialogs
from tests.ui.layout_check import clipped_text

Shown = TypeVar("Shown", bound=QWidget)
SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
DATA_WORDS = {
    # units, formats, keys and protocols
    "px", "s", "u", "p", "mb", "jpeg", "png", "mp4", "json", "api", "csv", "zip", "pdf", "4k",
    "ctrl", "shift", "esc", "z", "r", "b", "a", "e", "n", "https", "http",
    # product and model names, Kling's field names the user copies from Kling's console
    "kling", "v3", "v2", "omni", "std", "pro", "access", "secret", "key", "espeak", "ng",
    "fal", "ai", "replicate",
    "final", "draft", "fountain", "debian", "ubuntu", "sudo", "apt", "noto", "cjk",
    # each language is named in its own words in the language list
    "english",
    # shot-size codes
    "ews", "ws", "mls", "ms", "mcu", "cu", "ecu", "ots", "pov",
}  # fmt: skip
"""Lower-case ASCII words that are data in any language."""
WORD = re.compile(r"[0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*")


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []

    def switch(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield switch
    remove_translations(qapp, installed)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of text a person can see in ``root`` (tooltips too)."""
    widgets = [root, *root.findChildren(QWidget)]
    if isinstance(root, QDialog) or root.isWindow():
        yield "title", root.windowTitle()
    for widget in widgets:
        name = type(widget).__name__
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if (isinstance(widget, QLabel) and widget.isVisibleTo(root)) or (
            isinstance(widget, QAbstractButton) and widget.isVisibleTo(root)
        ):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
                tip = widget.itemData(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{name} item tooltip", tip
        elif isinstance(widget, QSpinBox):
            yield f"{name} suffix", widget.suffix()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from ((f"{name} header", header.text(c)) for c in range(header.columnCount()))
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                if isinstance(item, QTreeWidgetItem):
                    yield from ((f"{name} row", item.text(c)) for c in range(item.columnCount()))
                    yield from ((f"{name} row tip", item.toolTip(c)) for c in range(3))
                    stack.extend(item.child(i) for i in range(item.childCount()))


def english(root: QWidget, data: set[str]) -> list[str]:
    """The texts under ``root`` with an English word in them (data words aside)."""
    allowed = DATA_WORDS | {word.lower() for text in data for word in WORD.findall(text)}
    found = []
    for where, text in _texts(root):
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        plain = re.sub(r"\S+\.(storyboard|mp4|png|json|fountain|spmd|txt|fdx)\b", " ", plain)
        plain = re.sub(
            r"\bkling-[\w.-]+|\b\d+[kp]\b|https?://\S*|#[0-9a-f]{6}|\$[\d.]+|/[\w/.-]+"
            r"|\b[a-z0-9-]+\.(?:com|ai)\b",  # web addresses a person types: data
            " ",
            plain,
        )
        words = [w for w in WORD.findall(plain) if w.lower() not in allowed]
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return found


def _project_words(window: MainWindow) -> set[str]:
    return {window.document.project.model_dump_json(), str(window.document.folder)}


def _shown(qtbot: QtBot, dialog: Shown) -> Shown:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _check(qtbot: QtBot, dialog: QWidget, data: set[str], clipped: bool = True) -> None:
    assert english(dialog, data) == []
    if clipped:
        assert clipped_text(dialog) == []


@pytest.fixture
def window_at_720(
    translated: Callable[[str], None], open_copy: Callable[[Path], MainWindow], qtbot: QtBot
) -> MainWindow:
    """A window opened in 简体中文, at 1280×720."""
    translated("zh_CN")
    window = open_copy(TEAHOUSE)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_kling_dialogs_read_in_chinese(
    language: str,
    translated: Callable[[str], None],
    open_copy: Callable[[Path], MainWindow],
    qtbot: QtBot,
) -> None:
    translated(language)
    window = open_copy(TEAHOUSE)
    data = _project_words(window)
    account = _shown(qtbot, AccountsDialog(accounts_for(window.services.kling), parent=window))
    for page in range(account.tabs.count()):
        account.tabs.setCurrentIndex(page)
        _check(qtbot, account, data)
    region = account.kling.region
    assert region is not None
    assert [region.itemText(i) for i in range(region.count())] == (
        ["新加坡", "北京", "自定义地址"] if language == "zh_CN" else ["新加坡", "北京", "自訂位址"]
    )
    account.reject()
    folder = window.document.folder
    assert folder is not None
    submit = _shown(
        qtbot, SubmitDialog(window.document.project, folder, 0, window.services.kling, window)
    )
    _check(qtbot, submit, data)
    submit.reject()


def test_script_import_sketch_frames_and_settings_read_in_chinese(
    window_at_720: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = window_at_720
    data = _project_words(window)
    script_file = SCRIPTS / "writer-extras.fountain"
    script = read_script(script_file)
    importing = _shown(qtbot, ScriptImportDialog(script, window))
    assert "将生成" in importing.findChildren(QLabel)[1].text()
    _check(qtbot, importing, data | {script_file.read_text(encoding="utf-8")}, clipped=False)
    importing.reject()

    window.editor.select_shot(window.editor.board.shots[0].id)
    sketch = open_sketch(window.editor, window)
    assert sketch is not None
    sketch.show()
    qtbot.waitExposed(sketch)
    _check(qtbot, sketch, data)
    sketch.reject()

    accounts = accounts_of(window.services.kling)
    jobs = ImageJobs(ImageJobStore(tmp_path / "frames.sqlite3"), accounts.service)
    frames = _shown(qtbot, FrameGenerationDialog(window.editor, FrameJobs(jobs, accounts)))
    _check(qtbot, frames, data)
    frames.close()
    jobs.store.close()

    settings = _shown(qtbot, SettingsDialog(window.services.settings, window))
    _check(qtbot, settings, data)
    settings.reject()


def test_the_player_jobs_and_takes_read_in_chinese(
    window_at_720: MainWindow,
    qtbot: QtBot,
) -> None:
    window = window_at_720
    data = _project_words(window)
    folder = window.document.folder
    assert folder is not None
    # a previs job, cancelled as it starts (its messages are the renderer's), and a Kling one
    job = window.services.renders.start(window.document.project, folder, 0)
    window.services.renders.cancel(job.id)
    assert window.services.renders.wait()
    qtbot.waitUntil(lambda: window.services.jobs.get(job.id).status.finished)
    payload = compile_guidances(window.document.project, 0)
    window.services.jobs.add(
        job_for_payload(
            "kling-1", "kling", payload, folder, status=JobStatus.FAILED, cost_units=10.8,
            cost_usd=1.51, units_charged=10.8, message="",
        )
    )  # fmt: skip
    panel = window.jobs_panel
    window.jobs_dock.show()
    window.jobs_dock.raise_()
    assert english(panel, data) == []
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    states = {row.text(2) for row in rows if row is not None}
    assert states == {"已取消", "失败"}

    video = folder / "renders" / "take.mp4"
    video.parent.mkdir(parents=True, exist_ok=True)
    video.write_bytes(make_video(2.0))
    take = Take(
        id="t1", storyboard_id=window.editor.board.id, storyboard_name=window.editor.board.name,
        video="renders/take.mp4", provider="kling", mode="std", created_at=1.0,
        requested_duration=2.0, actual_duration=2.0,
    )  # fmt: skip
    assert window.takes is not None
    window.takes.add(take)
    window.takes_controller.show_takes()
    window.takes_dock.show()
    window.takes_dock.raise_()
    assert english(window.takes_panel, data) == []
    assert "要求 2 秒" in window.takes_panel.list.item(0).text()

    player = window.player
    window.picture_tabs.setCurrentWidget(player)
    assert english(player, data) == []
    assert clipped_text(player) == []
    window.play_take(take)
    qtbot.waitUntil(lambda: "实得" in player.length_label.text())

    compare = _shown(qtbot, CompareDialog(folder, take, take, window))
    assert english(compare, data) == []
    compare.reject()
    # the window's own words: tabs, storyboard buttons, the payload tab bar
    for tabs in (window.picture_tabs, window.inspector_tabs, window.payload_tabs):
        assert english(tabs, data) == [] or tabs is window.inspector_tabs
    assert re.search(r"[\u4e00-\u9fff]", window.windowTitle())


@pytest.mark.parametrize(("language", "headings"), [
    ("zh_CN", ("镜头表", "景别", "机位", "运镜", "台词", "音效", "备注", "故事板 1/")),
    ("zh_TW", ("鏡頭表", "景別", "機位", "運鏡", "台詞", "音效", "備註", "故事板 1/")),
])  # fmt: skip
def test_the_pdf_of_a_chinese_window_has_chinese_headings(
    language: str,
    headings: tuple[str, ...],
    translated: Callable[[str], None],
    open_copy: Callable[[Path], MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    translated(language)
    window = open_copy(TEAHOUSE)
    dialogs = window.services.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.save_paths.append(tmp_path / "board.pdf")
    export = next(
        a for a in window.findChildren(QAction) if a.text().startswith("故事板 PDF（A4）")
    )
    export.trigger()
    qtbot.waitUntil(lambda: window.exports_running == 0, timeout=60_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "board.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for heading in headings:
        assert heading in text, heading
    for english_word in ("Shot list", "Camera:", "Sound:", "Notes:", "Storyboard 1 of", "(at"):
        assert english_word not in text
    assert ("镜头 1" if language == "zh_CN" else "鏡頭 1") in text
    assert QCoreApplication.translate("StoryboardPdf", "Shot") != "Shot"


def test_the_start_window_speaks_the_language_chosen_in_settings(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path))
    settings = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_TW")
    settings.sync()
    before = set(qapp.findChildren(QTranslator))
    early_translation(qapp)  # before the app's set-up installs every translator
    try:
        window = StartWindow(Path("片場/雨夜茶馆.storyboard"))
        qtbot.addWidget(window)
        assert window.windowTitle() == "雨夜茶馆 — 故事板"
        assert "正在開啟…" in [label.text() for label in window.findChildren(QLabel)]
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
