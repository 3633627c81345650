"""Screenplays as real files are: line endings, Final Draft's own XML, other scripts, and a
breakdown a director would accept. One test (at least) per trait of issue 13; the corpus in
tests/scripts/ is ours, each file gives a golden project in tests/golden/."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from bench.bench_script import feature_script
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import kling_shot_prompts
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.capabilities import KLING_V3
from storyboard_app.domain.images import ImageInfo
from storyboard_app.domain.models import Project, Shot
from storyboard_app.domain.vocabulary import Direction, MoveKind, ShotSize
from storyboard_app.main import main
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.conventions import is_cue, is_heading
from storyboard_app.script.fountain import parse_fountain
from storyboard_app.script.load import read_script
from storyboard_app.script.model import ScriptError
from storyboard_app.storage.bundle import load_project
from tests.conftest import GOLDEN, UPDATE_GOLDEN

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
CORPUS = sorted(p.name for p in SCRIPTS.iterdir() if p.suffix in (".fountain", ".fdx"))


class NoImages:
    def inspect(self, path: str) -> ImageInfo:
        raise AssertionError(path)


def project_of(name: str) -> Project:
    return script_to_project(read_script(SCRIPTS / name))


def shots(project: Project) -> list[Shot]:
    return [shot for board in project.storyboards for shot in board.shots]


def spoken(project: Project) -> list[tuple[str, str]]:
    return [(line.character, line.line) for shot in shots(project) for line in shot.dialogue]


def everything(project: Project) -> str:
    return json.dumps(project.model_dump(mode="json"), ensure_ascii=False)


@pytest.mark.parametrize("name", CORPUS)
def test_every_corpus_script_gives_its_golden_project_and_validates(name: str) -> None:
    project = project_of(name)
    golden = GOLDEN / f"script-{Path(name).stem}.{Path(name).suffix[1:]}.project.json"
    text = json.dumps(project.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    if UPDATE_GOLDEN:
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text
    assert [p.message for p in validate_project(project, NoImages()) if p.is_error] == []


# 1. Windows line endings, mixed endings, old-Mac CR, BOM, tabs, spaces on blank lines


WINDOWS_LINES = [
    ("Walter", "One more coffee, please."),
    ("June", "We close at twelve."),
    ("Walter", "I know. I'm waiting for the last train."),
    ("June", "It's always late on Fridays."),
    ("Walter", "Come on, come on."),
    ("Walter", "Where are you going, kid?"),
    ("Boy", "Home."),
    ("June", "You forgot your hat."),
    ("Walter", "You followed me?"),
    ("June", "It's a good hat."),
    ("Walter", "Breakfast?"),
    ("June", "You're paying."),
    ("June", "So where were you going?"),
    ("Walter", "Here, I think."),
    ("Boy", "Bye, mister!"),
    ("Walter", "Bye, kid."),
    ("June", "He'll be fine."),
]


def test_a_windows_script_keeps_every_scene_speaker_and_line() -> None:
    raw = (SCRIPTS / "windows-crlf.fountain").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert b"\n   \n" in raw
    assert re.search(rb"[^\r]\n", raw)  # mixed: a stretch with LF only
    script = read_script(SCRIPTS / "windows-crlf.fountain")
    assert script.title == "The Late Train"
    assert len([s for s in script.scenes if s.heading]) == 9
    project = script_to_project(script)
    assert spoken(project) == WINDOWS_LINES
    assert [c.name for c in project.characters] == ["Walter", "June", "Boy"]
    assert "Rain on the windows. A clock says 11:52." in [s.action for s in shots(project)]


def test_line_endings_make_no_difference(tmp_path: Path) -> None:
    text = (SCRIPTS / "windows-crlf.fountain").read_bytes().decode("utf-8-sig")
    unix = text.replace("\r\n", "\n")
    for ending in ("\n", "\r\n", "\r"):
        file = tmp_path / "script.fountain"
        file.write_bytes(unix.replace("\n", ending).encode())
        assert script_to_project(read_script(file)) == project_of("windows-crlf.fountain")


def test_an_old_mac_script_reads_its_scenes_and_lines() -> None:
    project = project_of("old-mac-cr.fountain")
    assert b"\n" not in (SCRIPTS / "old-mac-cr.fountain").read_bytes()
    assert [b.name for b in project.storyboards] == [
        "Scene 1 · INT. BEDROOM – NIGHT",
        "Scene 2 · EXT. ROOF – NIGHT",
    ]
    assert spoken(project) == [
        ("Nina", "Play it again."),
        ("Leo", "It's the last tape."),
        ("Nina", "Louder."),
    ]


# 2. Final Draft as Final Draft writes it


def test_final_draft_summaries_and_notes_never_reach_the_shots() -> None:
    script = read_script(SCRIPTS / "final-draft.fdx")
    project = script_to_project(script)
    text = everything(project)
    leaks = ("landlord and lies", "state of the stairwell", "remove the unused", "kettle prop")
    for leaked in leaks:
        assert leaked not in text
    assert [(s.kind, s.line) for s in script.skipped] == [
        ("scene summary", 7),
        ("script note", 22),
        ("scene summary", 70),
        ("act", 102),
        ("title page", 131),
        ("title page", 134),
        ("script note", 141),
    ]


def test_final_draft_dual_dialogue_cues_title_and_styled_runs() -> None:
    project = project_of("final-draft.fdx")
    assert project.title == "THE LANDLORD"  # the title page's content, not its "." header
    assert [c.name for c in project.characters] == ["Walter", "Priya"]  # WaLTER is Walter
    dual = next(s for s in shots(project) if s.size is ShotSize.TWO_SHOT)
    assert [(d.character, d.line) for d in dual.dialogue] == [
        ("Walter", "It's open."),
        ("Priya", "I'm coming in."),
    ]
    assert "reads the electric bill twice." in shots(project)[1].action  # runs split mid-word
    assert project.storyboards[0].name == "Scene 1 · INT. WALTER'S FLAT – NIGHT (1/2)"
    assert project.storyboards[-1].name == "Scene 2 · EXT. STAIRWELL – CONTINUOUS"


# 3. Scripts in other scripts


@pytest.mark.parametrize(
    "heading",
    [
        "内景. 豪华公寓 - 连续",
        "外景. 天台 - 夜",
        "内外景. 出租车 - 日",
        "INT。 医院-天",
        "ИНТ. КВАРТИРА – ДЕНЬ",
        "НАТ. ДВОР – НОЧЬ",
        "○ 東京・駅前（夜）",
        "int. kitchen - day",
        "I/E. CAR - NIGHT",
        "3. INT. ROADSIDE DINER - NIGHT 3.",
    ],
)
def test_headings_in_every_script(heading: str) -> None:
    assert is_heading(heading)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("橘猫大师", True),
        ("小明（画外音）", True),
        ("ユキ", True),
        ("АННА", True),
        ("R2D2", True),
        ("ROBOT 🤖", True),
        ("MIKE (CONT’D)", True),
        ("@McCLANE", True),
        ("阳光洒进客厅。", False),  # a sentence
        ("他慢慢地走进了这个非常安静的房间里面", False),  # too long for a name
        ("Анна режет хлеб", False),
        ("CUT TO:", False),
        ("23", False),
    ],
)
def test_cues_in_every_script(line: str, cue: bool) -> None:
    assert is_cue(line) is cue


def test_a_chinese_script_has_its_scenes_speakers_and_lines() -> None:
    script = read_script(SCRIPTS / "chinese.fountain")
    assert script.title == "橘猫大师"
    assert [s.heading for s in script.scenes] == [
        "",
        "内景. 豪华公寓 - 连续",
        "外景. 天台 - 夜",
        "内外景. 出租车 - 日",
        "INT。 医院-天",
        "外景. 河边 - 黄昏",  # forced with a full stop
    ]
    project = script_to_project(script)
    assert [c.name for c in project.characters] == ["旁白", "橘猫大师", "小明", "护士"]
    lines = [
        (d.character, d.delivery, d.line, d.language) for s in shots(project) for d in s.dialogue
    ]
    assert ("橘猫大师", "打了个哈欠", "又是无聊的一天。", "zh") in lines
    assert ("小明", "", "大师，你在哪里？", "zh") in lines
    assert ("橘猫大师", "小声", "我们回家吧。", "zh") in lines
    assert len(lines) == 8
    hospital = next(b for b in project.storyboards if "医院" in b.name).shots[0]
    assert (hospital.size, hospital.action) == (ShotSize.WS, "医院，白天")


def test_japanese_and_russian_scripts() -> None:
    japanese = project_of("japanese.fountain")
    assert [c.name for c in japanese.characters] == ["ユキ", "タナカ"]
    assert japanese.storyboards[0].shots[0].action == "東京・駅前（夜）"
    russian = project_of("russian.fountain")
    assert [c.name for c in russian.characters] == ["Анна", "Иван"]
    assert [b.name for b in russian.storyboards] == [
        "Scene 1 · ИНТ. КВАРТИРА – ДЕНЬ",
        "Scene 2 · НАТ. ДВОР – НОЧЬ",
    ]
    first = russian.storyboards[0].shots
    assert (first[0].size, first[0].action) == (ShotSize.WS, "Квартира днём")
    assert russian.storyboards[1].shots[0].size is ShotSize.EWS
    assert {d.language for s in shots(russian) for d in s.dialogue} == {"ru"}
    prompt = compile_guidances(russian, 0).guidances[2].prompt
    assert "[Анна, не оборачиваясь, in Russian]" in prompt


# 4. Everything a writer puts in


def test_everything_a_writer_puts_in_is_kept() -> None:
    script = read_script(SCRIPTS / "writer-extras.fountain")
    assert script.title == "BRICK & STEEL – A short film"  # emphasis markup removed
    project = script_to_project(script)
    prologue = project.storyboards[0]
    assert prologue.name == "Prologue"
    assert prologue.shots[0].dialogue[0].line == "Every town has a bridge. Ours had two."
    assert "Song: “Happy birthday to you!”" in [s.action for s in shots(project)]
    names = [c.name for c in project.characters]
    assert names[:5] == ["Narrator", "Mike", "Rosa", "R2D2", "Robot 🤖"]  # CONT'D, CONT’D
    text = everything(project)
    for hidden in ("coffee machine", "should hiss", "older version", "nested", "the joke"):
        assert hidden not in text  # a note over a blank line, a nested boneyard
    assert [(s.kind, s.line) for s in script.skipped][-2:] == [("note", 32), ("boneyard", 36)]


def test_a_178_character_name_never_fails_validation_and_is_kept_whole() -> None:
    project = project_of("writer-extras.fountain")
    name = next(c.name for c in project.characters if len(c.name) == 178)
    index, board = next(
        (k, b)
        for k, b in enumerate(project.storyboards)
        if any(d.character == name for s in b.shots for d in s.dialogue)
    )
    assert [p.message for p in validate_project(project, NoImages()) if p.is_error] == []
    prompts = kling_shot_prompts(compile_guidances(project, index))
    assert max(len(p) for p in prompts) <= KLING_V3.shot_prompt_max
    assert any("[The Tall Woman In The Green Raincoat…]" in p for p in prompts)
    assert any(d.character == name for s in board.shots for d in s.dialogue)


# 5. Refused with the file, the line and what to do; skipped things reported


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("INT. A - DAY\n\nfine\n\n/* cut\n\nRAY\nHi.\n", r"open\.fountain: line 5: a boneyard"),
        ("INT. A - DAY\n\n[[ a note\n\nnever closed\n", r"open\.fountain: line 3: a note"),
    ],
)
def test_unclosed_hidden_text_is_refused_with_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    file = tmp_path / "open.fountain"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ScriptError, match=message + r".*Close it"):
        read_script(file)


def test_the_import_command_says_what_it_made_and_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = SCRIPTS / "writer-extras.fountain"
    assert main(["import-script", str(file), "-o", str(tmp_path / "Brick")]) == 0
    err = capsys.readouterr().err
    project = load_project(tmp_path / "Brick.storyboard")
    count = sum(len(b.shots) for b in project.storyboards)
    assert f"{len(project.storyboards)} storyboards, {count} shots, 6 characters" in err
    assert "from 3 scenes and the prologue." in err
    assert "1 note (line 32): notes to the writer are not shots." in err
    assert "1 boneyard block (line 36): the writer took it out of the script" in err
    assert "2 title page fields (lines 4, 5)" in err
    assert main(["import-script", str(file), "-o", str(tmp_path / "P"), "--scenes", "0"]) == 0
    assert [b.name for b in load_project(tmp_path / "P.storyboard").storyboards] == ["Prologue"]


# 6. Camera directions make the shot


def test_camera_directions_make_the_shot_and_leave_the_action() -> None:
    project = project_of("writer-extras.fountain")
    found = {(s.size, s.action) for s in shots(project)}
    assert (ShotSize.CU, "Rosa's hands folding a letter.") in found
    assert (ShotSize.INSERT, 'The letter. It says "Goodbye."') in found
    assert (ShotSize.WS, "The apartment, now empty.") in found
    assert (ShotSize.POV, "The street below, wet with rain.") in found
    pov = next(s for s in shots(project) if s.size is ShotSize.POV)
    assert pov.subject == "Rosa's point of view"  # ROSA'S POV
    assert (ShotSize.OTS, "Mike watches her go.") in found
    assert (ShotSize.ECU, "Mike's eye. A tear.") in found
    moves = {(m.kind, m.direction): s for s in shots(project) for m in s.moves}
    assert moves[(MoveKind.DOLLY, Direction.IN)].subject == "Rosa"  # SLOW PUSH IN ON ROSA
    assert moves[(MoveKind.DOLLY, Direction.IN)].action == "She smiles for the first time."
    assert moves[(MoveKind.TRACKING, Direction.FORWARD)].action == (
        "Rosa as she crosses the bridge."
    )
    assert moves[(MoveKind.PAN, Direction.RIGHT)].action == "The river."
    for word in ("CLOSE ON", "INSERT", "WIDE ON", "POV", "PUSH IN", "TRACKING", "PAN TO", "ECU"):
        assert not any(s.action.startswith(word) for s in shots(project))


def test_a_direction_paragraph_frames_the_next_shot_in_final_draft_and_chinese() -> None:
    door = next(s for s in shots(project_of("final-draft.fdx")) if s.size is ShotSize.CU)
    assert (door.subject, door.action) == ("The door", "The handle turns.")
    paw = next(s for s in shots(project_of("chinese.fountain")) if s.size is ShotSize.CU)
    assert paw.action == "橘猫的爪子轻轻拍打遥控器。"


# 7. Establishing shots


def test_establishing_shots_read_the_heading() -> None:
    extras = project_of("writer-extras.fountain")
    apartment = next(b for b in extras.storyboards if "San francisco" in b.name).shots[0]
    assert (apartment.size, apartment.action) == (ShotSize.WS, "San francisco apartment by day")
    bridge = next(b for b in extras.storyboards if "BRIDGE" in b.name).shots[0]
    assert (bridge.size, bridge.action) == (ShotSize.EWS, "Bridge at dawn")
    train = project_of("windows-crlf.fountain").storyboards[3].shots[0]
    assert (train.size, train.action) == (ShotSize.WS, "Train")
    rooftop = project_of("edge-cases.fountain").storyboards[1].shots[0]
    assert rooftop.size is ShotSize.EWS  # no INT/EXT: a rooftop is outside
    for shot in shots(project_of("windows-crlf.fountain")):
        assert shot.action not in ("Night.", "Continuous.", "Moments later.")


# 8. Storyboards cut between beats


def _exchange(n: int) -> str:
    return "\n\n".join(
        f"{'ANN' if k % 2 else 'BOB'}\nThis is line {k} of the talk, said plainly."
        for k in range(n)
    )


def test_storyboards_are_cut_between_beats_not_inside_an_exchange(tmp_path: Path) -> None:
    file = tmp_path / "beats.fountain"
    file.write_text(
        "INT. ROOM - DAY\n\nAnn and Bob sit down at the table.\n\n"
        f"{_exchange(3)}\n\nBob gets up and walks to the window, looking out.\n\n"
        f"{_exchange(3)}\n\nThe rain stops.\n",
        encoding="utf-8",
    )
    project = script_to_project(read_script(file))
    kinds = [["talk" if s.dialogue else "act" for s in b.shots] for b in project.storyboards]
    assert all(len(board) >= 2 for board in kinds)
    for before, after in itertools.pairwise(kinds):
        assert not (before[-1] == "talk" and after[0] == "talk")  # never mid-exchange


def test_a_feature_script_avoids_one_shot_storyboards() -> None:
    project = script_to_project(parse_fountain(feature_script(40), "feature"))
    sizes = [len(b.shots) for b in project.storyboards]
    assert sizes.count(1) == 0
    assert sum(sizes) / len(sizes) >= 3


# 9. Interrupted and long speeches


def test_a_parenthetical_inside_a_speech_starts_a_shot_with_its_delivery() -> None:
    project = project_of("writer-extras.fountain")
    lines = [(d.delivery, d.line) for s in shots(project) for d in s.dialogue]
    told = lines.index(("", "I told you the bridge would fall."))
    listen = lines.index(("closer", "You never listen."))
    assert listen == told + 1
    speech = shots(project_of("final-draft.fdx"))
    said = [
        (s.id, d.delivery, d.line) for s in speech for d in s.dialogue if d.character == "Priya"
    ]
    assert [(d, t) for _, d, t in said][-2:] == [
        ("catching her breath", "Six floors."),
        ("closer", "Every month, six floors."),
    ]
    assert said[-1][0] != said[-2][0]  # two shots


def test_a_long_speech_is_split_at_sentence_ends_not_cut() -> None:
    project = project_of("writer-extras.fountain")
    mike = [s for s in shots(project) if s.dialogue and s.dialogue[0].line.startswith(
        ("Let me tell", "when the river", "He worked", "Then one day")
    )]  # fmt: skip
    assert len(mike) == 4
    said = " ".join(d.line for s in mike for d in s.dialogue)
    assert said.startswith("Let me tell you about my father, who built that bridge")
    assert said.endswith("That is why I run this diner and not a construction company.")
    assert all(s.duration <= KLING_V3.max_total and "cut to" not in s.notes for s in mike)
    assert all(s.dialogue[-1].line.endswith((".", ",")) for s in mike)


# 10. Storyboard names


def test_storyboard_names_read_well() -> None:
    names = [b.name for b in project_of("writer-extras.fountain").storyboards]
    assert names[1] == "Scene 12 · INT. ROADSIDE DINER – NIGHT (1/6)"  # "12. INT. … 12."
    assert "Scene 13 · San francisco apartment, day (1/2)" in names  # "… #13#"
    assert names[-1] == "Scene 14 · EXT. BRIDGE – DAWN"  # "14 EXT. BRIDGE - DAWN 14"
    assert all(not re.match(r"^\d+\.", name) for name in names)


def test_what_pdf_converters_and_hurried_writers_leave(tmp_path: Path) -> None:
    file = tmp_path / "hurried.fountain"
    file.write_text(
        "INT. HOUSE - DAY\n\nWill and RAY enter. The kettle will boil.\n\n"
        "RAY\nI know.\n(smiles)\n\nWILL\nFine.\n(beat)\n\nCUT TO:\nEXT. STREET - NIGHT\nRain.\n\n"
        "小明\n很久以前\n这座城市\n\n!BANG\nThe door flies open.\n",
        encoding="utf-8",
    )
    project = script_to_project(read_script(file))
    assert [b.name for b in project.storyboards] == [
        "Scene 1 · INT. HOUSE – DAY",
        "Scene 2 · EXT. STREET – NIGHT",  # a heading right under CUT TO:
    ]
    house = project.storyboards[0].shots
    assert house[1].characters == ("Will", "Ray")  # "will boil" is not Will
    assert house[3].action == "Ray smiles"  # a parenthetical after the last words
    assert "(beat)" in house[4].notes
    assert "CUT TO:" in house[4].notes
    assert project.storyboards[1].shots[2].dialogue[0].line == "很久以前这座城市"
    assert project.storyboards[1].shots[3].action == "BANG The door flies open."  # forced


def test_fade_in_before_the_first_heading_is_kept_with_the_first_scene(tmp_path: Path) -> None:
    file = tmp_path / "fade.fountain"
    file.write_text("FADE IN:\n\nINT. A - DAY\n\nHe waits.\n", encoding="utf-8")
    project = script_to_project(read_script(file))
    assert [b.name for b in project.storyboards] == ["Scene 1 · INT. A – DAY"]  # no prologue
    assert project.storyboards[0].shots[0].notes.endswith("FADE IN:")


def test_a_speech_starting_like_a_heading_stays_a_speech(tmp_path: Path) -> None:
    file = tmp_path / "est.fountain"
    file.write_text("INT. DINER - DAY\n\nMIKE\nThe sign says\nEst. 1920, like me.\n", "utf-8")
    project = script_to_project(read_script(file))
    assert spoken(project) == [("Mike", "The sign says Est. 1920, like me.")]


def test_framed_shots_near_the_prompt_limit_still_validate(tmp_path: Path) -> None:
    sentence = "Ray turns the old brass key in the lock, slowly, listening for the click. "
    file = tmp_path / "near.fountain"
    file.write_text(
        f"EXT. PIER - NIGHT\n\nSLOW PUSH IN ON RAY\n\n{sentence * 3}\n\n"
        f"LOW ANGLE - TRACKING WITH THE CROWD\n\nRAY\n{'Keep walking, do not look back. ' * 3}\n",
        encoding="utf-8",
    )
    project = script_to_project(read_script(file))
    assert [p.message for p in validate_project(project, NoImages()) if p.is_error] == []
    for index in range(len(project.storyboards)):
        prompts = kling_shot_prompts(compile_guidances(project, index))
        assert max(map(len, prompts)) <= KLING_V3.shot_prompt_max
    moved = [s for s in shots(project) if s.moves]
    assert [m.kind for s in moved for m in s.moves] == [MoveKind.DOLLY, MoveKind.TRACKING]
