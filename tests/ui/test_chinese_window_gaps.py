"""English a fresh-eyes tester still found in a Chinese window, each driven through the real
widgets in 简体中文 and 繁體中文: the slate on the shot's picture, Qt's file dialog, a new
project's name, Kling's name (可灵) beside its model ids, the Accounts pages' notes, and the
keys note's "Accounts…." double stop."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QTreeView
from pytestqt.qtbot import QtBot

from storyboard_app.providers.kling.account import no_keychain_reason
from storyboard_app.providers.kling.auth import Credentials
from storyboard_app.ui.accounts_dialog import AccountsDialog
from storyboard_app.ui.controllers.files import untitled_title
from storyboard_app.ui.dialogs import QtDialogs
from storyboard_app.ui.main_window import MainWindow, Services
from storyboard_app.ui.qt_words import qt_words
from storyboard_app.ui.service_accounts import KLING, Origins, ServiceAccounts
from storyboard_app.ui.timeline import move_label
from tests.conftest import COFFEE
from tests.ui.conftest import ScriptedDialogs
from tests.ui.hands import activate
from tests.ui.test_accounts_dialog import Keychain
from tests.ui.test_translated_dialogs import translated as translated  # a fixture

HAN = re.compile(r"[\u4e00-\u9fff]")
LANGUAGES = ["zh_CN", "zh_TW"]
KLING_NAME = {"zh_CN": "可灵", "zh_TW": "可靈"}


def english(text: str, data: str = "") -> list[str]:
    """ASCII words of ``text`` that are not data (shot codes, model ids, names in ``data``)."""
    allowed = {"ECU", "MCU", "CU", "MS", "WS", "kling", "v3", "omni", "v2", "Omni", "ID"}
    return [
        word
        for word in re.findall(r"[A-Za-z][A-Za-z0-9]+", text)
        if word not in allowed and word not in data
    ]


@pytest.fixture(params=LANGUAGES)
def coffee(
    request: pytest.FixtureRequest,
    translated: Callable[[str], None],
    open_copy: Callable[[Path], MainWindow],
    qtbot: QtBot,
) -> tuple[str, MainWindow]:
    """The window in a Chinese language on the coffee example, shown and active."""
    language = str(request.param)
    translated(language)
    window = open_copy(COFFEE)
    window.show()
    activate(qtbot, window)
    return language, window


@pytest.fixture(params=[("en", True), ("en", False), ("zh_CN", True), ("zh_CN", False),
                        ("zh_TW", True), ("zh_TW", False)])  # fmt: skip
def without_keys(
    request: pytest.FixtureRequest,
    translated: Callable[[str], None],
    kling_keys: list[tuple[Credentials | None, str]],
) -> tuple[str, bool]:
    """(language, whether the computer has a keychain), with no Kling keys either way."""
    language, keychain_there = request.param
    translated(language)
    kling_keys[0] = (None, "no key" if keychain_there else no_keychain_reason())
    return language, keychain_there


def test_the_slate_names_moves_with_the_timelines_film_words(
    coffee: tuple[str, MainWindow],
) -> None:
    language, window = coffee
    for index, shot in enumerate(window.editor.board.shots):
        QTest.mouseClick(window.timeline, Qt.MouseButton.LeftButton,
                         pos=window.timeline.block_rect(index).center().toPoint())  # fmt: skip
        assert window.editor.shot is not None
        assert window.editor.shot.id == shot.id
        slate = window.preview.slate_text(shot)
        assert english(slate) == [], slate
        if shot.moves:
            assert slate.endswith(f" · {move_label(shot)}"), slate
    first = window.editor.board.shots[0]
    QTest.mouseClick(window.timeline, Qt.MouseButton.LeftButton,
                     pos=window.timeline.block_rect(0).center().toPoint())  # fmt: skip
    assert (
        window.preview.slate_text(first)
        == {
            "zh_CN": "镜头 1 · ECU · 2 秒 · 推",
            "zh_TW": "鏡頭 1 · ECU · 2 秒 · 推",
        }[language]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qts_file_dialog_reads_in_chinese(
    language: str, translated: Callable[[str], None], qtbot: QtBot, tmp_path: Path
) -> None:
    """File ▸ New's real dialog: its labels, buttons and the list's Folder type."""
    translated(language)
    assert all(HAN.search(word) for word in qt_words()), qt_words()
    (tmp_path / "咖啡广告").mkdir()
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        view = dialog.findChild(QTreeView)
        assert view is not None
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5000)
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        seen.extend(str(model.data(model.index(0, column, view.rootIndex())))
                    for column in range(1, 3))  # fmt: skip
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        seen.append(name.text())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert QtDialogs().ask_new(None, f"{tmp_path}/{untitled_title()}.storyboard") is None  # type: ignore[arg-type]
    assert f"{untitled_title()}.storyboard" in seen
    shown = [text for text in seen if text and not text.endswith(".storyboard")]
    assert len(shown) >= 4, seen
    for text in shown:
        assert english(text.replace("&", "")) == [], (text, seen)
    assert ("文件夹" if language == "zh_CN" else "資料夾") in seen


def test_a_new_project_is_named_in_the_windows_language(
    coffee: tuple[str, MainWindow], dialogs: ScriptedDialogs
) -> None:
    _language, window = coffee
    assert untitled_title() == "未命名"
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert Path(dialogs.asked[-1].removeprefix("new:")).name == "未命名.storyboard"


def test_kling_is_named_in_chinese_beside_its_model_ids(coffee: tuple[str, MainWindow]) -> None:
    language, window = coffee
    combo = window.board_settings.model
    items = [combo.itemText(i) for i in range(combo.count())]
    assert f"{KLING_NAME[language]} 3.0 (kling-v3)" in items
    assert all(item.startswith(KLING_NAME[language]) for item in items), items
    assert not any("Kling" in item for item in items), items


def _accounts(services: Services, keychain: Keychain) -> ServiceAccounts:
    return ServiceAccounts(services.kling, Origins({}), keychain.load, keychain.keep,
                           parent=services.kling)  # fmt: skip


def test_each_accounts_page_says_what_to_do_there_and_warns_alike_without_a_keychain(
    without_keys: tuple[str, bool], services: Services, qtbot: QtBot
) -> None:
    language, keychain_there = without_keys
    dialog = AccountsDialog(_accounts(services, Keychain(available=keychain_there)), KLING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = {KLING: dialog.kling.keys_note.text()}
    notes |= {name: page.keys_note.text() for name, page in dialog.key_pages.items()}
    warning = {
        "en": "This computer has no keychain",
        "zh_CN": "这台电脑没有可保存",
        "zh_TW": "這台電腦沒有可保存",
    }[language]
    here = {"en": "above, then Save.", "zh_CN": "上方", "zh_TW": "上方"}[language]
    for name, note in notes.items():
        assert here in note, (name, note)  # what to do on this page, not "add one in Accounts"
        assert not re.search("Accounts|账户|帳戶", note), note
        assert (warning in note) is not keychain_there, (name, note)
        if language != "en":
            assert english(note, "fal.ai Replicate Access Key Secret") == [], note
            assert "。 " not in note, note  # Chinese sentences join without a space


def test_the_keys_note_ends_cleanly_after_the_menus_ellipsis(
    without_keys: tuple[str, bool], services: Services
) -> None:
    has, note = services.kling.has_keys()
    assert not has
    assert not re.search("…[.。]", note), note
    assert note.endswith(".") or note.endswith("。"), note
