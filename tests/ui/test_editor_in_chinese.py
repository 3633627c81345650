"""The editor in 简体中文 and 繁體中文: no English left in what a director sees or reads.

The bigger example (made busy: moves, dialogue, four references, character pictures) is
opened at 1280×720 with a Chinese translator installed, as the app does at start-up. Every
visible widget of the editor is walked: the inspector's three tabs, the storyboard list and
its buttons, the problems list, the payload dock's tabs and buttons, and the dock titles.
Every text (labels, buttons, check boxes, tabs, headers, tool tips, placeholders, combo
items, spin box suffixes) must be Chinese except for data (names the user typed, file
names, model ids, shot-size codes, units). The timeline and the picture area paint their
text, so their texts are checked by what they paint. Nothing may be clipped in Chinese.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from storyboard_app.domain.vocabulary import (
    LANGUAGE_NAMES,
    Angle,
    Direction,
    ImageRole,
    Mode,
    MoveKind,
    ShotSize,
    Speed,
)
from storyboard_app.ui import film_words
from storyboard_app.ui.main_window import MainWindow
from storyboard_app.ui.timeline import move_label
from storyboard_app.ui.translations import install_translations, remove_translations
from tests.ui.layout_check import clipped_text
from tests.ui.test_layout import busy_window, show_at

DATA = {
    "Omni",
    "JSON",
    "PDF",
    "API",
    "ID",
    "Ctrl",
    "mp3",
    "wav",
    "mp4",
    "mov",
    "png",
    "std",  # Kling's own mode names, shown with the resolution
    "pro",
    "p",  # 720p
    "K",  # 4K
    "u",  # units per second in the cost line: u/s
    "s",
    "mm",  # 35mm film grain
    "storyboard",  # the command "storyboard-app elements"
    "app",
    "elements",
    *(size.value for size in ShotSize),
}
"""ASCII words that are data, units or names, the same in every language."""
DATA_PATTERNS = (
    re.compile(r"kling-[\w.-]+"),  # model ids
    re.compile(r"[\w./-]+\.(?:png|jpe?g|webp|mp3|wav|mp4|mov)\b", re.IGNORECASE),  # files
    re.compile(r"\bassets/\S+"),
    re.compile(r"Ctrl\+\w"),
    re.compile(r"\b(?:Access|Secret) Key\b"),  # the names of Kling's keys on its console
    re.compile("|".join(re.escape(size.value) for size in ShotSize if "-" in size.value)),
)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def english_words(text: str, names: set[str]) -> list[str]:
    """The English words of a text, its data taken out (``names``: what the user typed)."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    for pattern in DATA_PATTERNS:
        text = pattern.sub(" ", text)
    return [word for word in WORD.findall(text) if word not in DATA]


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isVisible()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person sees or hovers under ``root``."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        where = f"{type(widget).__name__}/{widget.objectName()}"
        if widget.toolTip():
            yield f"{where} tool tip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox) and not widget.isEditable():  # editable: names
            for index in range(widget.count()):
                yield f"{where} item", widget.itemText(index)
        if isinstance(widget, QAbstractSpinBox):
            line = widget.findChild(QLineEdit)
            yield f"{where} shows", line.text() if line else ""
            yield f"{where} special", widget.specialValueText()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield f"{where} header", header.text(column)
        if isinstance(widget, QDockWidget):
            yield f"{where} title", widget.windowTitle()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []

    def switch(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield switch
    remove_translations(qapp, installed)


def settled_clipping(qtbot: QtBot, root: QWidget) -> list[str]:
    """Text clipped under ``root`` once its layout has settled: a card added a moment ago is
    squeezed for a frame or two on a busy machine; cut text that stays is what counts."""
    with contextlib.suppress(AssertionError):  # still cut after the wait: reported below
        qtbot.waitUntil(lambda: not clipped_text(root), timeout=1500)
    return clipped_text(root)


def _names(window: MainWindow) -> set[str]:
    """What the user typed: project, storyboard, character and dialogue names."""
    project = window.editor.project
    names = {project.title, *(c.name for c in project.characters)}
    for board in project.storyboards:
        names.add(board.name)
        for shot in board.shots:
            names.update(shot.characters)
            names.update(line.character for line in shot.dialogue)
            names.update(ref.label for ref in shot.references)  # "the kitchen"
    return {name for name in names if name}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_visible_text_of_the_editor_is_chinese_at_1280x720(
    language: str,
    chinese: Callable[[str], None],
    open_copy: Callable[[Path], MainWindow],
    qtbot: QtBot,
) -> None:
    chinese(language)
    window = busy_window(open_copy)
    show_at(qtbot, window, 1280, 720)
    names = _names(window)
    english: list[str] = []
    clipped: list[str] = []
    seen = 0

    def check(root: QWidget, where: str) -> None:
        nonlocal seen
        for place, text in visible_texts(root):
            seen += bool(text.strip())
            words = english_words(text, names)
            if words:
                english.append(f"{where} {place}: {text!r} ({' '.join(words)})")

    tabs = window.inspector_tabs
    for board_index in range(len(window.editor.project.storyboards)):
        window.editor.select_board(board_index)
        for shot in window.editor.board.shots:
            window.editor.select_shot(shot.id)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                check(window.inspector_dock, f"{tabs.tabText(index)}:")
                clipped += settled_clipping(qtbot, window.inspector_dock)
            timeline = window.timeline
            painted = [timeline.summary(), *map(move_label, window.editor.board.shots)]
            painted += [timeline.block_title(i) for i in range(len(window.editor.board.shots))]
            for text in painted:
                if english_words(text, names):
                    english.append(f"timeline paints {text!r}")
    for dock in (window.boards_dock, window.problems_dock, window.payload_dock):
        dock.raise_()
        qtbot.wait(30)
        check(dock, dock.objectName())
    for bar in window.findChildren(QTabBar):  # the docks' own tabs (Problems / Jobs / Takes)
        if _shown(bar):
            check(bar, "tabs")
    check(window.picture_tabs.tabBar(), "picture")
    clipped += settled_clipping(qtbot, window.boards_dock)
    assert seen > 150, "the walk saw too little: is the editor shown?"
    assert not list(dict.fromkeys(english)), "\n".join(dict.fromkeys(english))
    assert not list(dict.fromkeys(clipped)), "\n".join(dict.fromkeys(clipped))


def test_the_check_sees_english_and_lets_data_through() -> None:
    assert english_words("Add move", set()) == ["Add", "move"]
    assert english_words("添加运镜", set()) == []
    assert english_words("可灵 3.0 Omni (kling-v3-omni)", set()) == []
    assert english_words("Kling 3.0 (kling-v3)", set()) == ["Kling"]  # 可灵 in Chinese
    assert english_words("WS – 远景", set()) == []
    assert english_words("assets/maya.png\n拖到另一个镜头上", set()) == []
    assert english_words("Maya 的外貌", {"Maya"}) == []
    assert english_words("镜头 1 · MCU · 3 s", set()) == []
    assert english_words("3 秒 of 15 秒", set()) == ["of"]
    assert english_words("拖放（.mp3 .wav）; 4K – 2160p; 按 Ctrl+V", set()) == []
    assert english_words("3 · two-shot", set()) == []


def _film_words() -> list[tuple[str, str]]:
    """(stored value, label) of every word the inspector's combo boxes offer."""
    words: list[tuple[str, str]] = []
    words += [(size, film_words.shot_size_label(size)) for size in ShotSize]
    words += [(angle, film_words.angle_label(angle)) for angle in Angle]
    words += [(kind, film_words.move_label(kind)) for kind in MoveKind]
    words += [(way, film_words.direction_label(way)) for way in Direction]
    words += [(speed, film_words.speed_label(speed)) for speed in Speed]
    words += [(mode, film_words.mode_label(mode)) for mode in Mode]
    words += [(role, film_words.role_label(role)) for role in ImageRole]
    words += [(role, film_words.role_word(role)) for role in ImageRole]
    words += [(code, film_words.language_label(code)) for code in LANGUAGE_NAMES]
    return words


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_film_word_of_the_combos_is_chinese(
    language: str, chinese: Callable[[str], None]
) -> None:
    english = dict(_film_words())
    assert english[MoveKind.RACK_FOCUS] == "rack-focus"  # English shows the stored words
    assert english[Direction.NONE] == "none"
    assert english[ShotSize.WS] == "WS – wide shot"
    chinese(language)
    for value, text in _film_words():
        assert re.search(r"[\u4e00-\u9fff]", text), f"{value}: {text!r}"
        assert not english_words(text, set()), f"{value}: {text!r}"
    assert film_words.shot_size_label(ShotSize.MCU) == "MCU – 近景"
    assert film_words.shot_size_label(ShotSize.CU) == (
        "CU – 特写" if language == "zh_CN" else "CU – 特寫"
    )
    assert film_words.move_label(MoveKind.ORBIT) == ("环绕" if language == "zh_CN" else "環繞")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_timeline_names_each_move_as_crews_say_it(
    language: str, chinese: Callable[[str], None]
) -> None:
    from storyboard_app.domain.models import CameraMove, Shot
    from storyboard_app.domain.vocabulary import Speed

    def shot(*moves: tuple[MoveKind, Direction]) -> Shot:
        return Shot(id="a", moves=tuple(CameraMove(kind=k, direction=d, speed=Speed.SLOW)
                                        for k, d in moves))  # fmt: skip

    crane_then_dolly = shot((MoveKind.CRANE, Direction.DOWN), (MoveKind.DOLLY, Direction.IN))
    assert move_label(crane_then_dolly) == "crane D → dolly in"
    chinese(language)
    assert move_label(crane_then_dolly) == ("摇臂降 → 推" if language == "zh_CN" else "搖臂降 → 推")
    every = [
        (kind, way) for kind in MoveKind for way in Direction
        if kind not in (MoveKind.STATIC, MoveKind.HANDHELD) and way is not Direction.NONE
    ]  # fmt: skip
    for kind, way in every:
        text = move_label(shot((kind, way)))
        assert not english_words(text, set()), f"{kind} {way}: {text!r}"
