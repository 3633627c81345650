"""Glyphs in every script: the font chain draws real glyphs, never the .notdef box."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import DialogueLine, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import Angle, ShotSize
from storyboard_app.render import fontconfig, fonts
from storyboard_app.render.blocking import Framing, blocking_frame
from storyboard_app.render.pictures import label, subtitle
from storyboard_app.render.previs import render_previs

LINES = {
    "Simplified Chinese": "我们今天晚上必须找到他，不然就来不及了。",
    "Traditional Chinese": "我們今天晚上必須找到他，這個門後面有什麼？",
    "Japanese": "今夜は雨が降っています。カメラを止めて！",
    "Korean": "오늘 밤에는 비가 옵니다. 카메라를 멈춰!",
    "Russian": "Сегодня ночью идёт дождь, ёлки!",
    "Latin": "Rain never washes anything clean — café, naïve.",
}
EMOJI = "😀😂☀★☂"
NO_FONT_HAS = "𓀀"  # an Egyptian hieroglyph: no font the set-up installs draws it

pytestmark = pytest.mark.skipif(
    not any("CJK" in face.family for face in fonts.face_chain("zh-cn")),
    reason="no CJK font installed (the set-up installs fonts-noto-cjk)",
)


def _ink(face: fonts.Face, character: str, size: int = 40) -> np.ndarray:
    """The character drawn by exactly this face (no fallback): its pixels."""
    image = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(image).text((size // 2, size // 2), character, font=face.font(size), fill=255)
    return np.asarray(image)


def _notdef(face: fonts.Face) -> np.ndarray:
    """The face's .notdef glyph (the box drawn for a character it does not have)."""
    return _ink(face, "\U0010fffd")


@pytest.mark.parametrize("script", sorted(LINES))
def test_every_character_is_drawn_by_a_face_that_has_it(script: str) -> None:
    for face, run in fonts.runs(LINES[script]):
        assert face is not None, f"no face for {run!r}"
        box = _notdef(face)
        for character in run:
            if character.isspace():
                continue
            assert face.covers(ord(character))
            ink = _ink(face, character)
            assert ink.any(), f"{character!r} draws nothing in {face.family}"
            assert not np.array_equal(ink, box), f"{character!r} is tofu in {face.family}"


def test_emoji_are_drawn_where_a_font_has_them() -> None:
    drawn = 0
    for face, run in fonts.runs(EMOJI):
        if face is None:
            continue  # no font on this machine: reported, see below
        for character in run:
            assert not np.array_equal(_ink(face, character), _notdef(face))
            drawn += 1
    assert drawn + len(fonts.missing_characters([EMOJI])) == len(EMOJI)


def test_simplified_and_traditional_get_their_own_faces() -> None:
    assert fonts.text_language(LINES["Simplified Chinese"]) == "zh-cn"
    assert fonts.text_language(LINES["Traditional Chinese"]) == "zh-tw"
    assert fonts.text_language(LINES["Japanese"]) == "ja"
    assert fonts.text_language(LINES["Korean"]) == "ko"
    assert fonts.text_language(LINES["Russian"]) is None
    families = {
        script: {face.family for face, _ in fonts.runs(LINES[script]) if face is not None}
        for script in ("Simplified Chinese", "Traditional Chinese", "Japanese", "Korean")
    }
    assert any("SC" in family for family in families["Simplified Chinese"])
    assert any("TC" in family for family in families["Traditional Chinese"])
    assert any("JP" in family for family in families["Japanese"])
    assert any("KR" in family for family in families["Korean"])
    # Latin inside a Chinese line stays in the app's Latin face
    latin = [face for face, run in fonts.runs("镜头 Shot 2") if "Shot" in run]
    assert latin[0] is not None
    assert latin[0].family == fonts.face_chain()[0].family


def test_two_different_lines_of_the_same_length_never_render_alike() -> None:
    pairs = [
        ("我们今天晚上", "他们明天早上"),
        ("我們今天晚上", "這個門後面有"),
        ("今夜は雨です", "明日は晴れる"),
        ("오늘 밤에는", "내일 아침엔"),
        ("Сегодня", "Завтра!"),
    ]
    for first, second in pairs:
        assert len(first) == len(second)
        one, two = np.asarray(label(first, 28)), np.asarray(label(second, 28))
        assert one.shape != two.shape or not np.array_equal(one, two), (first, second)
        a, b = subtitle("李明", first, 1280, 28), subtitle("李明", second, 1280, 28)
        assert a.size != b.size or not np.array_equal(np.asarray(a), np.asarray(b))


def test_a_blocking_frame_names_chinese_characters_with_glyphs_not_boxes() -> None:
    def frame(*names: str) -> np.ndarray:
        framing = Framing(ShotSize.WS, Angle.EYE_LEVEL, names)
        return np.asarray(blocking_frame(framing, (640, 360)))

    # Boxes would draw two different names of one length alike.
    assert not np.array_equal(frame("林晓"), frame("陈伯"))
    assert not np.array_equal(frame("林晓"), frame("\U0010fffd\U0010fffd"))


def test_long_chinese_lines_wrap_inside_the_width_and_never_start_with_a_comma() -> None:
    text = "雨夜的街道上，一个戴帽子的男人站在路灯下，他点燃一支烟，抬头望向闪烁的霓虹灯。" * 2
    lines = fonts.wrap(text, 30, 400)
    assert len(lines) > 2
    assert "".join(lines) == text
    for line in lines:
        assert fonts.text_width(line, 30) <= 400 + 30  # a carried mark may overhang by one
        assert line[0] not in "，。"
    assert fonts.wrap("Rain never washes anything clean", 30, 200)[0] == "Rain never"


def test_characters_no_font_has_are_reported_once() -> None:
    assert fonts.missing_characters(LINES.values()) == ""
    assert fonts.missing_report(LINES.values()) is None
    report = fonts.missing_report([f"A {NO_FONT_HAS}", f"{NO_FONT_HAS} again 中文"])
    assert report is not None
    assert report.count(NO_FONT_HAS) == 1
    assert "U+13000" in report
    assert "fonts-noto-cjk" in report


def test_the_previs_log_names_characters_no_font_draws_once(tmp_path: Path) -> None:
    shot = Shot(
        subject=f"Shot with {NO_FONT_HAS}",
        duration=1,
        dialogue=(DialogueLine(character="李明", line=f"你好 {NO_FONT_HAS}", language="zh"),),
    )
    project = Project(storyboards=(Storyboard(shots=(shot,)),))
    result = render_previs(compile_guidances(project, 0), tmp_path, tmp_path / "out.mp4")
    reports = [line for line in result.log if "No font" in line]
    assert len(reports) == 1
    assert NO_FONT_HAS in reports[0]


def test_colour_bitmap_and_broken_faces_are_left_out_of_the_chain(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Noto Color Emoji loads only at its one bitmap size: drawing with it at another size
    would fail the render, so a scalable face draws emoji instead, or they are reported."""
    dejavu = fonts.face_chain()[0]
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    listing = "\n".join(
        [
            f"{dejavu.file}|0|DejaVu Sans|True|False|20-7e",
            "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf|0|Noto Color Emoji|True|True|"
            "1f300-1f64f",
            "/usr/share/fonts/X11/misc/6x13.pcf.gz|0|Fixed|False|False|20-7e",
            f"{broken}|0|Broken|True|False|1f300-1f64f",
        ]
    )

    monkeypatch.setattr("storyboard_app.render.fontconfig.listing", lambda _pattern: listing)
    fonts.face_chain.cache_clear()
    try:
        chain = fonts.face_chain("ja")
        assert [face.family for face in chain] == ["DejaVu Sans"]
        assert fonts.missing_characters(["🌀"]) == "🌀"
    finally:
        monkeypatch.undo()
        fonts.face_chain.cache_clear()


def test_fontconfig_asked_early_answers_as_when_asked_late() -> None:
    """The app asks fontconfig before its window opens (the editor's blocking frames
    need the answer): the answer taken later is the one asked for, whole."""
    pattern = "sans-serif:lang=ko"
    fontconfig.ask_early(pattern)
    early = fontconfig.listing(pattern)
    late = fontconfig.listing(pattern)  # not asked early: asked now
    assert early is not None
    assert early == late
    rows = early.splitlines()
    assert len(rows) > 1
    assert all(row.count("|") == 5 for row in rows)


def test_without_fontconfig_tools_there_is_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storyboard_app.render.fontconfig.shutil.which", lambda _name: None)
    fontconfig.ask_early("serif")
    assert fontconfig.listing("serif") is None
