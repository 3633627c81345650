"""The window in 简体中文 and 繁體中文: complete .ts sources, their .qm up to date, menus
translated, and the language chosen in Settings, remembered for the next start."""

from __future__ import annotations

import re
import shutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from scripts.update_translations import LANGUAGES, lrelease, lupdate, ts_file
from storyboard_app import i18n
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.settings_dialog import SettingsDialog
from storyboard_app.ui.translations import (
    chosen_language,
    install_translations,
    remove_translations,
    resolve,
)
from tests.conftest import DETECTIVE, TEAHOUSE

SIMPLIFIED_ONLY = set("们这说时题镜头画视频图帧错误项条为应没开关设统计")
NAMES = {"OpenTimelineIO…", "Final Cut 7 / Premiere XML…", "CMX 3600 EDL…"}
"""Sources that are product names, the same in every language."""


def messages(file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_ts_files_is_translated(language: str) -> None:
    found = messages(ts_file(language))
    assert len(found) > 60
    for context, source, translation in found:
        text = translation.text or ""
        where = f"{language} {context}: {source!r}"
        assert "type" not in translation.attrib, f"{translation.get('type')}: {where}"
        assert text.strip(), f"untranslated: {where}"
        assert text != source or source in NAMES, f"left in English: {where}"
        assert _fields(text) == _fields(source), where
        assert ("&" in source) == ("&" in text), f"keyboard accelerator: {where}"
        if language == "zh_TW":
            assert not SIMPLIFIED_ONLY & set(text), where
            assert "“" not in text, where


def test_the_ts_files_hold_every_wrapped_string_and_the_qm_files_are_built(
    tmp_path: Path,
) -> None:
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / ts_file(language).name
        shutil.copy(ts_file(language), copy)
        copies.append(copy)
    lupdate(copies)  # what a translator's run of scripts/update_translations.py would add
    for language, copy in zip(LANGUAGES, copies, strict=True):
        fresh = {(c, s) for c, s, _ in messages(copy)}
        committed = {(c, s) for c, s, _ in messages(ts_file(language))}
        assert fresh == committed, "run python scripts/update_translations.py"
        built = tmp_path / f"{language}.qm"
        lrelease(ts_file(language), built)
        assert built.read_bytes() == ts_file(language).with_suffix(".qm").read_bytes(), (
            "run python scripts/update_translations.py --release"
        )


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the app's translators to a language for one test (English again after)."""
    installed = []

    def switch(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield switch
    remove_translations(qapp, installed)


def _menu_texts(menu: QMenu) -> Iterator[tuple[QAction, str]]:
    """Every action of a menu and its submenus, with its text without the accelerator."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action, action.text().replace("&", "")
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


@pytest.mark.parametrize(("language", "file_menu"), [("zh_CN", "文件"), ("zh_TW", "檔案")])
def test_the_menus_read_in_chinese(
    language: str,
    file_menu: str,
    chinese: Callable[[str], None],
    open_copy: Callable[[Path], MainWindow],
) -> None:
    chinese(language)
    window = open_copy(DETECTIVE)
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles[0] == f"{file_menu}(&F)"
    examples = {example.stem for example in window.services.examples.glob("*.storyboard")}
    patterns = [
        re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(t.text or "")))
        for _, _, t in messages(ts_file(language))
    ]

    def through_tr(text: str) -> bool:  # a translation, its {placeholders} filled in
        return any(pattern.fullmatch(text) for pattern in patterns)

    for top in bar.actions():
        assert through_tr(top.text())
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action, text in _menu_texts(menu):
            if text in examples:  # the bundled examples' own names
                continue
            assert through_tr(action.text()), f"not through tr(): {action.text()!r}"
            if action.statusTip():
                assert through_tr(action.statusTip()), action.statusTip()
    assert window.undo_action.text() == ("撤销(&U)" if language == "zh_CN" else "復原(&U)")
    docks = [window.boards_dock, window.inspector_dock, window.payload_dock, window.jobs_dock]
    assert all(re.search(r"[\u4e00-\u9fff]", dock.windowTitle()) for dock in docks)
    assert window.problems_dock.windowTitle().startswith("問題" if language == "zh_TW" else "问题")
    assert i18n.current_language() == language  # problems are in the same language
    # the window's font is the CJK face of that language, so rows are as tall as the Chinese
    assert QApplication.font().families()[0] == (
        "Noto Sans CJK TC" if language == "zh_TW" else "Noto Sans CJK SC"
    )


def test_the_language_is_chosen_in_settings_and_applies_on_the_next_start(
    open_copy: Callable[[Path], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    chinese: Callable[[str], None],
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    window = open_copy(DETECTIVE)
    settings: QSettings = window.services.settings
    assert chosen_language(settings) == "system"
    assert resolve(chosen_language(settings)) == "zh_CN"  # System follows LANG
    settings_action = next(
        action for action in window.findChildren(QAction) if action.text() == "Se&ttings…"
    )
    settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()
    combo = dialog.language
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["System (简体中文)", "English", "简体中文", "繁體中文"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText() == "繁體中文"
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "start the app again" in window.statusBar().currentMessage()
    # remembered: a new settings object on the same file (the next start) reads it back
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert chosen_language(again) == "zh_TW"
    assert window.menuBar().actions()[0].text() == "&File"  # not applied at once
    chinese(resolve(chosen_language(again)))  # what the app does when it starts
    restarted = open_copy(TEAHOUSE)
    assert restarted.menuBar().actions()[0].text() == "檔案(&F)"
    reopened = SettingsDialog(again, restarted)
    assert reopened.language.currentText() == "繁體中文"
    assert reopened.windowTitle() == "設定"
