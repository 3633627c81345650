"""The core's translations: validation problems and the command line in 简体中文 / 繁體中文."""

from __future__ import annotations

import csv
import io
import json
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.update_catalogues import main as update_catalogues
from scripts.update_catalogues import source_messages
from storyboard_app import i18n
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.models import DialogueLine, Project, ReferenceImage, Shot
from storyboard_app.domain.vocabulary import ImageRole, ShotSize
from storyboard_app.export.shotlist import shot_list_csv, write_shot_list
from storyboard_app.main import main
from storyboard_app.render import fonts
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import ProjectLoadError, load_project
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


HAN = re.compile(r"[\u4e00-\u9fff]")


def _english_words(text: str, data: str) -> list[str]:
    """Words of ASCII letters in ``text`` that are not in ``data`` (names, paths, codes)."""
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in data]


@pytest.mark.parametrize(
    ("language", "heading_words"),
    [
        ("zh_CN", ["场次", "故事板", "镜头", "景别", "机位", "运镜", "台词", "音效", "参考图"]),
        ("zh_TW", ["場次", "故事板", "鏡頭", "景別", "機位", "運鏡", "台詞", "音效", "參考圖"]),
    ],
)
def test_the_csv_shot_list_speaks_the_apps_language(
    language: str, heading_words: list[str], example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(DETECTIVE)
    project = load_project(folder)
    shot = project.storyboards[0].shots[0]
    reference = ReferenceImage(image="assets/ray.png", role=ImageRole.CHARACTER, label="Ray")
    shot = shot.evolve(
        references=(reference,),
        first_frame="assets/alley.png",
        dialogue=(DialogueLine(character="Ray", line="Hello.", delivery="softly"),),
        sound=("rain", "sirens"),
    )
    project = update_board_shots(project, shot)
    i18n.install(language)
    write_shot_list(project, tmp_path / "shots.csv", folder)
    rows = list(csv.reader(io.StringIO((tmp_path / "shots.csv").read_text(encoding="utf-8-sig"))))
    headings = rows[0]
    assert all(HAN.search(heading) for heading in headings), headings
    for word in heading_words:
        assert word in headings
    data = project.model_dump_json() + " ".join(s.value for s in ShotSize)
    for row in rows[1:]:
        for cell in row:
            assert _english_words(cell, data) == [], (headings[row.index(cell)], cell)
    first = dict(zip(headings, rows[1], strict=True))
    simplified = language == "zh_CN"
    assert first["台词" if simplified else "台詞"] == "Ray（softly）：Hello."
    assert first["参考图" if simplified else "參考圖"] == (
        "Ray（角色）：assets/ray.png；首帧：assets/alley.png"
        if simplified
        else "Ray（角色）：assets/ray.png；首幀：assets/alley.png"
    )
    assert first["音效"] == "rain、sirens"
    if language == "zh_TW":
        assert not SIMPLIFIED_ONLY & set("".join(cell for row in rows for cell in row))
    i18n.install("en")
    english = shot_list_csv(project, folder).splitlines()[0]
    assert english.startswith("scene,storyboard,shot,size,angle,moves")


def update_board_shots(project: Project, shot: Shot) -> Project:
    """The project with the first shot of its first storyboard replaced."""
    board = project.storyboards[0]
    board = board.evolve(shots=(shot, *board.shots[1:]))
    return project.evolve(storyboards=(board, *project.storyboards[1:]))


def _broken(folder: Path, how: str) -> None:
    file = folder / "project.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    if how == "json":
        file.write_text('{"title": "x",, }', encoding="utf-8")
    elif how == "truncated":
        file.write_text('{"title": "x", "storyboards": [', encoding="utf-8")
    elif how == "values":
        data["storyboards"][0]["shots"][0]["duration"] = -1
        data["storyboards"][0]["mode"] = "fast"
        data["storyboards"][0]["seed"] = "abc"
        data["storyboards"][0]["colour"] = "red"
        del data["storyboards"][0]["shots"][0]["id"]
        file.write_text(json.dumps(data), encoding="utf-8")
    elif how == "newer":
        data["schema_version"] = 99
        file.write_text(json.dumps(data), encoding="utf-8")
    elif how == "outside":
        data["storyboards"][0]["shots"][0]["first_frame"] = "../secret.png"
        file.write_text(json.dumps(data), encoding="utf-8")
    elif how == "empty":
        file.write_text("", encoding="utf-8")
    elif how == "not utf-8":
        file.write_bytes(b'{"title": "\xff"}')
    elif how == "missing":
        file.unlink()
    elif how == "list":
        file.write_text("[]", encoding="utf-8")


@pytest.mark.parametrize(
    "how",
    ["json", "truncated", "values", "newer", "outside", "empty", "not utf-8", "missing", "list"],
)
@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_a_project_that_cannot_open_says_why_in_the_apps_language(
    how: str, language: str, example_copy: Callable[[Path], Path]
) -> None:
    folder = example_copy(DETECTIVE)
    _broken(folder, how)
    i18n.install(language)
    with pytest.raises(ProjectLoadError) as raised:
        load_project(folder)
    message = str(raised.value)
    # what is left in Latin letters is data: paths, field names, JSON's own words
    data = str(folder) + " schema_version storyboards shots duration mode seed colour id "
    data += "first_frame project json JSON UTF std pro list true false bak secret png"
    assert HAN.search(message), message
    assert _english_words(message, data) == [], message
    if language == "zh_TW":
        assert not SIMPLIFIED_ONLY & set(message), message
        assert "“" not in message
    i18n.install("en")
    with pytest.raises(ProjectLoadError) as raised:
        load_project(folder)
    assert not HAN.search(str(raised.value).replace(str(folder), ""))


def test_every_validation_error_a_project_can_have_reads_in_chinese(
    example_copy: Callable[[Path], Path],
) -> None:
    folder = example_copy(DETECTIVE)
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    board = data["storyboards"][0]
    board.update(mode="fast", seed=1.5, audio="maybe", colour="red", aspect_ratio=3)
    board["shots"][0].update(duration=-1, subject=7, moves="pan", references=[{}])
    board["shots"][1].update(duration=9999, dialogue=[{"character": "Ray", "line": "x" * 3}])
    board["shots"][1]["dialogue"][0]["language"] = ["en"]
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    i18n.install("zh_CN")
    with pytest.raises(ProjectLoadError) as raised:
        load_project(folder)
    lines = str(raised.value).splitlines()
    assert len(lines) > 8, lines
    for line in lines[1:]:
        where, _colon, message = line.partition(": ")
        assert where.startswith("storyboards[0]"), line
        assert HAN.search(message), line
        assert _english_words(message, "true false JSON std pro 4k") == [], line


SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_a_screenplay_import_reports_and_names_in_the_apps_language(
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LANG", f"{language}.UTF-8")
    file = SCRIPTS / "writer-extras.fountain"
    assert main(["import-script", str(file), "-o", str(tmp_path / "Brick")]) == 0
    err = capsys.readouterr().err
    project = load_project(tmp_path / "Brick.storyboard")
    names = [board.name for board in project.storyboards]
    scene = "场景" if language == "zh_CN" else "場景"
    assert names[0] == ("开场" if language == "zh_CN" else "開場")
    assert all(name.startswith(f"{scene} ") for name in names[1:]), names
    script_words = " ".join(names) + file.name + file.read_text(encoding="utf-8")
    for line in err.replace(str(tmp_path / "Brick.storyboard"), "").splitlines():
        assert HAN.search(line), line
        assert _english_words(line, script_words) == [], line
    simplified, traditional = (
        "1 条备注（第 32 行）：写给编剧的注释不是镜头。",
        "1 則備註（第 32 行）：寫給編劇的註解不是鏡頭。",
    )
    assert (simplified if language == "zh_CN" else traditional) in err
    if language == "zh_TW":
        assert not SIMPLIFIED_ONLY & set(err.replace(str(tmp_path), ""))
    # a script that cannot be read says why in the same language
    broken = tmp_path / "open.fountain"
    broken.write_text("INT. A - DAY\n\nfine\n\n/* cut\n\nRAY\nHi.\n", encoding="utf-8")
    assert main(["import-script", str(broken), "-o", str(tmp_path / "X")]) == 1
    assert "第 5 行" in capsys.readouterr().err
    assert main(["import-script", str(file), "-o", str(tmp_path / "Y"), "--scenes", "9"]) == 2
    assert ("不在 0–3 之内" if language == "zh_CN" else "不在 0–3 之內") in capsys.readouterr().err


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_previs_render_reports_in_the_apps_language(
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    example_copy: Callable[[Path], Path],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LANG", f"{language}.UTF-8")
    folder = example_copy(DETECTIVE)
    project = load_project(folder)
    picture = project.storyboards[0].shots[0].picture()
    assert picture is not None
    (folder / picture).unlink()
    out = tmp_path / "alley.mp4"
    assert main(["render", str(folder), "-o", str(out)]) == 1
    refused = capsys.readouterr().err
    shot = "镜头" if language == "zh_CN" else "鏡頭"
    assert f"{shot} 1：{picture} " in refused
    assert main(["render", str(folder), "-o", str(out), "--title-cards"]) == 0
    log = capsys.readouterr().err
    assert f"{shot} 1：{picture} " in log
    for line in (*refused.splitlines(), *log.splitlines()):
        line = line.replace(str(out), "").replace(str(folder), "")
        assert HAN.search(line), line
        assert _english_words(line, f"{picture} title cards Alley") == [], line
    i18n.install(language)
    assert HAN.search(fonts.missing_report(["𓀀"]) or "")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", ("用法：", "缺少以下必需参数", "显示此帮助信息并退出", "位置参数", "选项")),
        ("zh_TW", ("用法：", "缺少以下必要參數", "顯示此說明訊息並結束", "位置參數", "選項")),
    ],
)
def test_argparses_own_words_follow_the_language(
    language: str,
    words: tuple[str, ...],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", f"{language}.UTF-8")
    with pytest.raises(SystemExit):
        main(["render"])
    error = capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["submit", "--help"])
    help_text = capsys.readouterr().out
    for word in words:
        assert word in error + help_text, word
    assert "usage:" not in error + help_text
    english = [
        line for line in help_text.splitlines()
        if re.search(r"[a-z]{4,} [a-z]{3,}", line) and not HAN.search(line)
    ]  # fmt: skip
    assert english == [], english
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        main(["render"])
    assert "usage: storyboard-app render" in capsys.readouterr().err


def test_a_bad_window_size_is_refused_in_the_users_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    with pytest.raises(SystemExit) as stopped:
        main(["open", "x.storyboard", "--size", "12"])
    assert stopped.value.code == 2
    assert "應為 寬x高，例如 1600x1000，而不是 '12'" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        main(["open", "x.storyboard", "--size", "1600by900"])
    assert "takes WIDTHxHEIGHT, e.g. 1600x1000, not '1600by900'" in capsys.readouterr().err
