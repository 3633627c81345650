"""Script to screen: Fountain and Final Draft scripts broken down into storyboards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import KLING_V3
from storyboard_app.domain.images import ImageInfo
from storyboard_app.main import main
from storyboard_app.script.breakdown import language_of, script_to_project
from storyboard_app.script.load import parse_scene_list, read_script
from storyboard_app.script.model import ScriptError
from storyboard_app.storage.bundle import load_project

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
FOUNTAIN = SCRIPTS / "edge-cases.fountain"
FDX = SCRIPTS / "edge-cases.fdx"


class NoImages:
    def inspect(self, path: str) -> ImageInfo:
        raise AssertionError(path)


def test_the_breakdown_follows_the_script() -> None:
    project = script_to_project(read_script(FOUNTAIN))
    assert project.title == "Night Shift"  # from the title page
    assert [c.name for c in project.characters] == ["Ray", "Mei", "McCLANE"]
    names = [board.name for board in project.storyboards]
    assert names == [
        "Scene 1 · INT. DINER – NIGHT",
        "Scene 2 · FLASHBACK – ROOFTOP",
        "Scene 2A · EXT. HARBOUR – DAWN",
    ]
    diner = project.storyboards[0].shots
    assert (diner[0].size.value, diner[0].action) == ("WS", "Diner at night")
    ray = diner[2].dialogue[0]
    assert (ray.character, ray.delivery, ray.line) == (
        "Ray",
        "tired",
        "Every night the same booth.",
    )
    dual = diner[4]
    assert dual.size.value == "two-shot"  # dual dialogue stays together
    assert [(d.character, d.language) for d in dual.dialogue] == [("Ray", "en"), ("Mei", "zh")]
    assert "CUT TO:" in dual.notes  # the transition is kept
    everything = json.dumps(project.model_dump(mode="json"), ensure_ascii=False)
    for left_out in ("neon colour", "jukebox", "ACT ONE", "waits for Mei"):
        assert left_out not in everything  # notes, boneyard, sections, synopses
    rooftop = project.storyboards[1].shots
    assert rooftop[1].action == "THE CITY SPREADS OUT BELOW, A MILLION LIGHTS."  # forced action
    assert rooftop[2].dialogue[0].character == "McCLANE"  # forced character keeps its case
    assert (rooftop[3].size.value, rooftop[3].action) == ("insert", "THE END")  # centered
    harbour = project.storyboards[2].shots
    assert harbour[0].size.value == "EWS"
    assert harbour[1].duration == 9  # 42 words × 0.2 s + 0.5 s = 8.9 s, rounded up


def test_final_draft_gives_the_same_storyboards() -> None:
    # Final Draft shows every cue in capitals: a name has no case of its own there, while
    # Fountain's @McCLANE keeps the case it was typed in.
    fdx = json.dumps(script_to_project(read_script(FDX)).model_dump(mode="json"))
    fountain = json.dumps(script_to_project(read_script(FOUNTAIN)).model_dump(mode="json"))
    assert fdx == fountain.replace("McCLANE", "Mcclane")


def _long_scene(lines: int, words_per_line: int = 6) -> str:
    said = " ".join(["word"] * words_per_line)
    speech = "\n\n".join(f"{'ANN' if n % 2 else 'BOB'}\n{said} {n}." for n in range(lines))
    return f"INT. ROOM - DAY\n\nThey talk.\n\n{speech}\n"


def test_long_scenes_split_between_shots_within_the_limits(tmp_path: Path) -> None:
    file = tmp_path / "talk.fountain"
    file.write_text(_long_scene(20), encoding="utf-8")
    project = script_to_project(read_script(file))
    boards = project.storyboards
    assert len(boards) > 3
    assert boards[0].name == f"Scene 1 · INT. ROOM – DAY (1/{len(boards)})"
    for board in boards:
        assert len(board.shots) <= KLING_V3.max_shots
        assert KLING_V3.min_total <= board.total_duration <= KLING_V3.max_total
        assert all(shot.duration == int(shot.duration) for shot in board.shots)
    lines = [line.line for board in boards for shot in board.shots for line in shot.dialogue]
    assert lines == [f"word word word word word word {n}." for n in range(20)]  # none split
    errors = [p for p in validate_project(project, NoImages()) if p.is_error]
    assert errors == []


def test_languages_are_recognised_by_their_script() -> None:
    assert [language_of(t) for t in ("Hello.", "你好。", "こんにちは", "안녕하세요")] == [
        "en", "zh", "ja", "ko",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bad.fountain",
            b"INT. A - DAY\n\nfine\n\n\xff\xfe broken",
            "bad.fountain, line 5: not UTF-8",
        ),
        (
            "bad.fdx",
            b"<FinalDraft><Content>\n<Paragraph>\n</FinalDraft>",
            "not valid XML at line 3",
        ),
        (
            "notes.fountain",
            b"Just some prose.\n\nNo scenes at all.\n",
            "no scene headings found.*“内景. 公寓 - 夜”.*“ИНТ. КВАРТИРА – ДЕНЬ”.*forced",
        ),
        ("empty.fountain", b"  \n", "empty.fountain is empty"),
        ("story.docx", b"PK\x03\x04", "not a screenplay this app reads"),
        ("other.fdx", b"<html><body/></html>", "not a Final Draft script (its root is <html>)"),
    ],
)
def test_bad_files_say_what_and_where(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    file = tmp_path / name
    file.write_bytes(content)
    with pytest.raises(ScriptError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_script(file)


def test_scene_lists() -> None:
    assert parse_scene_list("1,3-5", 6) == {1, 3, 4, 5}
    with pytest.raises(ValueError, match="not within 1–3"):
        parse_scene_list("2-4", 3)
    with pytest.raises(ValueError, match="is not a scene number"):
        parse_scene_list("one", 3)


def test_import_script_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "Night Shift"
    assert main(["import-script", str(FOUNTAIN), "-o", str(out), "--scenes", "1,3"]) == 0
    project = load_project(tmp_path / "Night Shift.storyboard")
    assert [b.name for b in project.storyboards] == [
        "Scene 1 · INT. DINER – NIGHT",
        "Scene 2A · EXT. HARBOUR – DAWN",
    ]
    err = capsys.readouterr().err
    assert "2 storyboards, 7 shots, 2 characters, 4 lines of dialogue, from 2 scenes." in err
    assert "1 note (line 17): notes to the writer are not shots." in err
    broken = tmp_path / "broken.fdx"
    broken.write_text("<FinalDraft><Content>")
    assert main(["import-script", str(broken), "-o", str(tmp_path / "Nothing")]) == 1
    assert "not valid XML" in capsys.readouterr().err
    assert not (tmp_path / "Nothing.storyboard").exists()  # nothing half-imported
    code = main(["import-script", str(FOUNTAIN), "-o", str(tmp_path / "x"), "--scenes", "9"])
    assert code == 2
    assert "--scenes: scenes “9” are not within 1–3" in capsys.readouterr().err
