"""Prompts in Chinese: wholly Chinese wording and punctuation, the language chosen per
storyboard, Chinese dialogue kept as written in English prompts, and the per-shot limit
counted in characters as the service counts them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling, kling_shot_prompts
from storyboard_app.compiler.prompt import (
    chinese_share,
    dialogue_tag,
    prompt_language,
    sentence,
    shot_prompt,
)
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.edits import add_storyboard
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
    Storyboard,
)
from storyboard_app.domain.vocabulary import (
    Angle,
    Direction,
    ImageRole,
    MoveKind,
    PromptLanguage,
    ShotSize,
    Speed,
)
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.load import read_script
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import DETECTIVE, TEAHOUSE

LIN = Character(name="林晓", appearance="三十岁左右，齐肩黑发", wardrobe="米色风衣")


def chinese_board(**settings: object) -> Storyboard:
    shot = Shot(
        size=ShotSize.CU,
        angle=Angle.LOW,
        moves=(
            CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.SLOW, end=2),
            CameraMove(kind=MoveKind.PAN, direction=Direction.LEFT, speed=Speed.FAST),
        ),
        duration=4,
        subject="雨夜的老街，",
        action="她推门进来.",
        characters=("林晓",),
        dialogue=(
            DialogueLine(character="林晓", delivery="轻声", line="我回来了。", language="zh"),
        ),
        sound=("雨声", "门铃"),
    )
    return Storyboard(shots=(shot,), style="电影感", lighting="暖色灯笼光。").evolve(**settings)


def test_a_chinese_storyboard_gets_a_wholly_chinese_prompt() -> None:
    board = chinese_board()
    assert prompt_language(board) == "zh"
    prompt = shot_prompt(board.shots[0], board, (LIN,), "zh")
    assert prompt == (
        "特写，仰拍。雨夜的老街。她推门进来。林晓（三十岁左右，齐肩黑发；身穿米色风衣）。"
        "运镜：缓慢推镜头（0–2秒），然后快速向左摇。[林晓，轻声]：“我回来了。”"
        "[音效：雨声、门铃]风格：电影感。光线：暖色灯笼光。"
    )
    assert not any(c.isascii() and c.isalpha() for c in prompt)


def test_film_vocabulary_is_what_chinese_crews_say() -> None:
    words = {size: size.chinese for size in ShotSize}
    assert [words[s] for s in (ShotSize.EWS, ShotSize.WS, ShotSize.MLS, ShotSize.MS)] == [
        "大远景",
        "远景",
        "全景",
        "中景",
    ]
    assert [words[s] for s in (ShotSize.MCU, ShotSize.CU, ShotSize.ECU)] == [
        "近景",
        "特写",
        "大特写",
    ]
    assert [Angle.EYE_LEVEL.chinese, Angle.HIGH.chinese, Angle.LOW.chinese] == [
        "平视",
        "俯拍",
        "仰拍",
    ]
    board = Storyboard(
        shots=tuple(
            Shot(subject="主体", moves=(CameraMove(kind=kind, direction=direction),))
            for kind in MoveKind
            for direction in kind.directions
        )
    )
    prompts = [shot_prompt(shot, board, (), "zh") for shot in board.shots]
    for word in ("推", "拉", "摇", "移", "跟", "升", "降", "环绕", "手持"):
        assert any(word in prompt for prompt in prompts), word
    for prompt in prompts:  # every move has its Chinese words: no English left
        assert not any(c.isascii() and c.isalpha() for c in prompt), prompt


def test_an_english_prompt_keeps_chinese_dialogue_and_names_its_language() -> None:
    line = DialogueLine(character="李明", delivery="softly", line="我们走吧。", language="zh")
    assert dialogue_tag(line) == '[李明, softly, in Chinese]: "我们走吧。"'
    english = Shot(subject="A rainy street at night", dialogue=(line,))
    board = Storyboard(shots=(english,))
    assert prompt_language(board) == "en"
    prompt = shot_prompt(english, board, ())
    assert '"我们走吧。"' in prompt
    assert "。." not in prompt
    # a Chinese prompt names a line in another language
    hello = DialogueLine(character="Ray", line="Hello.", language="en")
    assert dialogue_tag(hello, "zh") == "[Ray，英语]：“Hello.”"


def test_the_storyboard_setting_overrides_the_majority() -> None:
    board = chinese_board(prompt_language=PromptLanguage.ENGLISH)
    assert prompt_language(board) == "en"
    prompt = shot_prompt(board.shots[0], board, (LIN,), "en")
    assert prompt.startswith("Close-up, low angle. 雨夜的老街。 她推门进来。")
    assert '[林晓, 轻声, in Chinese]: "我回来了。"' in prompt
    english = Storyboard(shots=(Shot(subject="Rain"),), prompt_language=PromptLanguage.CHINESE)
    assert prompt_language(english) == "zh"


def test_auto_follows_the_language_most_of_the_text_is_in() -> None:
    assert chinese_share(["雨夜的老街上，一个女人走向茶馆"]) > 0.9
    assert chinese_share(["A woman walks to the teahouse in the rain", "茶馆"]) < 0.5
    assert chinese_share(["今夜は雨が降っています"]) == 0.0  # Japanese, not Chinese
    assert chinese_share([]) == 0.0
    mostly_english = Storyboard(
        shots=(Shot(subject="Ray lights a cigarette under the neon sign", action="他抬头"),)
    )
    assert prompt_language(mostly_english) == "en"


def test_a_chinese_storyboard_in_an_english_project_defaults_to_chinese() -> None:
    """A storyboard added to an English project takes its neighbour's English style and
    lighting; what the director writes in its shots decides its language, not those."""
    project = load_project(DETECTIVE)
    project, index = add_storyboard(project, 0)
    board = project.storyboards[index]
    assert "neo-noir" in board.style  # inherited, in English
    assert "neon" in board.lighting
    shot = board.shots[0].evolve(
        subject="雨夜的老街",
        action="她推门进来",
        dialogue=(DialogueLine(character="Ray Malone", line="我回来了。", language="zh"),),
    )
    board = board.evolve(shots=(shot,))
    assert prompt_language(board) == "zh"
    project = project.evolve(
        storyboards=tuple(board if i == index else b for i, b in enumerate(project.storyboards))
    )
    payload = compile_guidances(project, index)
    assert payload.prompt_language == "zh"
    assert kling_shot_prompts(payload)[0].startswith("中景，平视。雨夜的老街。她推门进来。")
    assert compile_guidances(project, 0).prompt_language == "en"  # its English neighbour
    # with nothing written in its shots yet, the style and lighting decide
    assert prompt_language(board.evolve(shots=(Shot(),))) == "en"
    chinese_look = board.evolve(shots=(Shot(),), style="电影感，暖色调", lighting="灯笼光")
    assert prompt_language(chinese_look) == "zh"


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="雨夜街道ab .,，。、！？!?;；:：…”", min_size=0, max_size=12),
    language=st.sampled_from(["en", "zh"]),
)
def test_a_sentence_never_ends_in_two_stops(text: str, language: str) -> None:
    result = sentence(text, language)  # type: ignore[arg-type]
    for bad in ("。.", "，.", "！.", "？."):
        assert bad not in result, (text, result)
    assert not result.endswith(("，", ",", "、", "：", ":")), (text, result)
    if result:
        assert result[-1] in ".!?。！？…\"”'", (text, result)


@settings(max_examples=60, deadline=None)
@given(
    subject=st.text(alphabet="雨夜街道ab .,，。、！？", max_size=10),
    action=st.text(alphabet="她走来ab .,，。！", max_size=10),
    style=st.text(alphabet="电影感 ab,，。.", max_size=8),
    language=st.sampled_from(["en", "zh"]),
)
def test_no_prompt_holds_a_chinese_stop_followed_by_an_english_one(
    subject: str, action: str, style: str, language: str
) -> None:
    shot = Shot(subject=subject, action=action)
    board = Storyboard(shots=(shot,), style=style, lighting=style)
    prompt = shot_prompt(shot, board, (), language)  # type: ignore[arg-type]
    assert "。." not in prompt
    assert "，." not in prompt


def test_files_from_before_the_setting_load_as_auto(tmp_path: Path) -> None:
    folder = tmp_path / "Old.storyboard"
    folder.mkdir()
    data = json.loads((TEAHOUSE / "project.json").read_text(encoding="utf-8"))
    for board in data["storyboards"]:
        del board["prompt_language"]
    (folder / "project.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = load_project(folder)
    assert {board.prompt_language for board in project.storyboards} == {PromptLanguage.AUTO}
    assert compile_guidances(project, 0).prompt_language == "zh"


def test_the_chinese_example_sends_chinese_prompts_with_chinese_references() -> None:
    project = load_project(TEAHOUSE)
    for index in range(len(project.storyboards)):
        payload = compile_guidances(project, index)
        assert payload.prompt_language == "zh"
        for prompt in kling_shot_prompts(payload):
            assert "。." not in prompt
            assert "[音效：" in prompt or "“" in prompt or "运镜：" in prompt
    detective = compile_guidances(load_project(DETECTIVE), 0)
    assert detective.prompt_language == "en"
    shot = Shot(
        subject="茶馆里的柜台",
        references=(ReferenceImage(image="assets/a.png", role=ImageRole.PRODUCT, label="茶壶"),),
    )
    payload = compile_guidances(Project(storyboards=(Storyboard(shots=(shot,)),)), 0)
    assert kling_shot_prompts(payload)[0].endswith("参考：茶壶与<<<image_1>>>完全一致。")
    assert compile_kling(payload).body["prompt"].startswith("中景，平视。")


def test_the_per_shot_limit_counts_characters_not_bytes() -> None:
    """kling-api.md §4.1: each ``multi_prompt`` shot prompt ≤512 chars (CONFIRMED against
    ComfyUI's ``MultiPromptEntry``, a pydantic ``max_length``, which counts Unicode code
    points): 512 Chinese characters (1,536 bytes of UTF-8) are allowed, 513 are not."""
    second = Shot(id="b", subject="街道", duration=5)

    def problems_with_prompt_length(length: int) -> list[str]:
        first = Shot(id="a", duration=5, size=ShotSize.CU, angle=Angle.LOW)
        base = shot_prompt(first, Storyboard(shots=(first,)), (), "zh")
        subject = "雨" * (length - len(base) - 1)  # the subject gets its own "。"
        first = first.evolve(subject=subject)
        board = Storyboard(shots=(first, second))
        project = Project(storyboards=(board,))
        prompt = kling_shot_prompts(compile_guidances(project, 0))[0]
        assert len(prompt) == length
        assert len(prompt.encode("utf-8")) > 3 * 500
        found = validate_storyboard(project, 0, AssetStore(Path("/nonexistent")))
        return [p.message for p in found if p.code == "shot-prompt-too-long"]

    assert problems_with_prompt_length(512) == []
    assert problems_with_prompt_length(513) == [
        "Shot 1's prompt is 513 characters; kling-v3 allows 512 per shot in a multi-shot request."
    ]


def test_a_chinese_screenplay_gives_prompts_without_english_words() -> None:
    """The breakdown's own phrases (over-the-shoulder, point of view, songs) are written in
    the language of the names in them, so a Chinese script's prompts stay Chinese."""
    file = Path(__file__).resolve().parent.parent / "scripts" / "chinese.fountain"
    written = file.read_text(encoding="utf-8")
    project = script_to_project(read_script(file))
    for index, board in enumerate(project.storyboards):
        payload = compile_guidances(project, index)
        assert payload.prompt_language == "zh", board.name
        for prompt in kling_shot_prompts(payload):
            english = [w for w in re.findall(r"[A-Za-z]{2,}", prompt) if w not in written]
            assert english == [], prompt
    subjects = [shot.subject for board in project.storyboards for shot in board.shots]
    assert "越过橘猫大师的肩膀拍小明" in subjects
