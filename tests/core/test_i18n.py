"""The core's translations: validation problems and the command line in 简体中文 / 繁體中文."""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.update_catalogues import main as update_catalogues
from scripts.update_catalogues import source_messages
from storyboard_app import i18n
from storyboard_app.compiler.validation import validate_project
from storyboard_app.main import main
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import DETECTIVE

SIMPLIFIED_ONLY = set("们这说时题镜头画视频图帧错误项条为应没")
"""Characters written differently in Traditional Chinese: none may be in zh_TW."""


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_TW.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.GB18030"}, "zh_CN"),
        ({"LANG": "", "LC_MESSAGES": "zh_Hant_TW"}, "zh_TW"),
    ],
)
def test_the_language_follows_lc_all_lc_messages_and_lang(
    environment: dict[str, str], language: str
) -> None:
    assert i18n.language_from_environment(environment) == language


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_core_message_is_translated(language: str) -> None:
    translations = i18n.read_po(i18n.LOCALE / f"{language}.po")
    messages = source_messages()
    assert len(messages) > 100
    untranslated = [message for message in messages if not translations.get(message)]
    assert untranslated == [], f"untranslated in {language}.po: {untranslated}"
    for message, translation in translations.items():
        assert _fields(translation) == _fields(message), (message, translation)
        assert translation != message or not any(c.isalpha() for c in message), message
    if language == "zh_TW":
        for translation in translations.values():
            assert not SIMPLIFIED_ONLY & set(translation), translation
            assert "“" not in translation  # Traditional Chinese quotes 「」


def test_the_catalogues_hold_exactly_the_messages_of_the_source() -> None:
    assert update_catalogues(["--check"]) == 0, "run python scripts/update_catalogues.py"


def test_problems_read_in_the_installed_language(example_copy: Callable[[Path], Path]) -> None:
    folder = example_copy(DETECTIVE)
    data = json.loads((folder / "project.json").read_text())
    data["storyboards"][0]["shots"][1]["duration"] = 9  # 3 + 9 + 4 = 16 s
    (folder / "project.json").write_text(json.dumps(data))
    project = load_project(folder)
    i18n.install("zh_CN")
    problem = validate_project(project, AssetStore(folder))[0]
    assert problem.format() == (
        "storyboards[0].shots: 错误: 故事板“Alley”时长 16 秒；kling-v3 只能渲染 3–15 秒。"
        " 提示：把镜头总共缩短 1 秒，或把一个镜头移到另一个故事板。"
    )
    i18n.install("zh_TW")
    problem = validate_project(project, AssetStore(folder))[0]
    assert problem.message == "故事板「Alley」時長 16 秒；kling-v3 只能渲染 3–15 秒。"
    i18n.install("en")
    problem = validate_project(project, AssetStore(folder))[0]
    assert problem.message == "Storyboard “Alley” lasts 16 s; kling-v3 renders 3–15 s."


def test_the_command_line_speaks_the_systems_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert main(["validate", str(DETECTIVE)]) == 0
    assert capsys.readouterr().err.strip().endswith("沒有問題")
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert "用本地預演渲染器渲染一個故事板" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "把故事板渲染為預演動態分鏡 MP4（無需帳戶）" in out
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["compile", str(DETECTIVE), "--storyboard", "9"]) == 2
    assert "没有故事板“9”；此项目有：1 “Alley”" in capsys.readouterr().err
