"""Which set a shot's blocking frame draws: inside or outside, day or night, read from scene
headings and place words in English, Chinese (Simplified and Traditional), Japanese and
Russian, as a director wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.render.blocking import Framing
from storyboard_app.render.previs import plan_render
from storyboard_app.render.scenery import Scenery, payload_sceneries, storyboard_sceneries
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.fountain import parse_fountain
from storyboard_app.storage.bundle import load_project

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
INSIDE, OUTSIDE = Scenery(interior=True), Scenery()
INSIDE_NIGHT, OUTSIDE_NIGHT = Scenery(True, True), Scenery(False, True)


def board(
    name: str = "Storyboard", *subjects: str, lighting: str = "", notes: str = ""
) -> Storyboard:
    shots = tuple(
        Shot(id=f"s{index}", subject=subject, notes=notes if index == 0 else "")
        for index, subject in enumerate(subjects or ("",))
    )
    return Storyboard(name=name, lighting=lighting, shots=shots)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Scene 3 · INT. ROADSIDE DINER – NIGHT", INSIDE_NIGHT),
        ("Scene 1 · EXT. PIER – DAWN", OUTSIDE),
        ("Scene 2 · EST. CITY SKYLINE – NIGHT", OUTSIDE_NIGHT),
        ("第 3 场 · 内景. 路边餐馆 – 夜", INSIDE_NIGHT),
        ("第 2 場 · 內景 茶館 – 日", INSIDE),
        ("第 4 场 · 外景. 天台 – 夜", OUTSIDE_NIGHT),
        ("第 5 场 · 内景。 医院 – 天", INSIDE),
        ("Сцена 2 · ИНТ. КВАРТИРА – НОЧЬ", INSIDE_NIGHT),
        ("Сцена 5 · НАТ. УЛИЦА – ДЕНЬ", OUTSIDE),
        ("Scene 7 · INT./EXT. CAR – MOVING", INSIDE),
        ("Scene 8 · I/E CAR – NIGHT", INSIDE_NIGHT),
        ("Scene 9 · INT./EXT. CAR / HIGHWAY – DAY", OUTSIDE),
        ("Scene 10 · EXT./INT. DINER – DAY", OUTSIDE),
        ("Scene 11 · EXT. STREET OUTSIDE THE KITCHEN – DAY", OUTSIDE),
        ("Scene 12 · INT. KITCHEN – THE STREET THROUGH THE WINDOW", INSIDE),
    ],
)
def test_a_scene_heading_in_the_storyboards_name_sets_every_shot(
    name: str, expected: Scenery
) -> None:
    # the shots' own words would say otherwise: the heading comes first
    scenery = storyboard_sceneries(board(name, "a kitchen", "", "the city streets"))
    assert scenery == (expected,) * 3


def test_a_heading_without_a_time_leaves_the_time_to_the_shots_words() -> None:
    scenery = storyboard_sceneries(board("Scene 7 · INT. CAR – MOVING", "Ray drives", "at night"))
    assert scenery == (INSIDE_NIGHT, INSIDE_NIGHT)
    scenery = storyboard_sceneries(board("Scene 7 · INT. CAR – DAY", "Ray drives", "at night"))
    assert scenery == (INSIDE, INSIDE)


def test_an_establishing_shots_heading_carries_on_until_the_next_heading() -> None:
    shots = (
        Shot(id="a", subject="Rain", notes="Scene 1: EXT. BACK ALLEY – NIGHT"),
        Shot(id="b", subject="Ray looks up"),
        Shot(id="c", subject="Coffee", notes="Scene 2: INT. KITCHEN – DAY"),
        Shot(id="d", subject="Maya pours"),
    )
    scenery = storyboard_sceneries(Storyboard(name="Renamed by the director", shots=shots))
    assert scenery == (OUTSIDE_NIGHT, OUTSIDE_NIGHT, INSIDE, INSIDE)


def test_an_imported_screenplays_scenes_get_their_headings_sets() -> None:
    script = parse_fountain(
        "INT. TEAHOUSE - NIGHT\n\nChen wipes a cup.\n\nCHEN\nYou came back.\n\n"
        "EXT. OLD STREET - DAY\n\nLin walks away in the sun.\n\n"
        "内景 茶馆 - 夜\n\n陈伯放下茶杯。\n\n"
        "НАТ. УЛИЦА – НОЧЬ\n\nИван идёт под дождём.\n",
        "Four scenes",
    )
    project = script_to_project(script)
    seen = [set(storyboard_sceneries(b)) for b in project.storyboards]
    assert seen == [{INSIDE_NIGHT}, {OUTSIDE}, {INSIDE_NIGHT}, {OUTSIDE_NIGHT}]


def test_a_word_that_only_looks_like_a_heading_is_a_word() -> None:
    # "est." in a sentence is not EST. (which would put the bakery's kitchen outside)
    assert storyboard_sceneries(board("Ad", "The kitchen of a bakery, est. 1998")) == (INSIDE,)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # English
        ("Maya in her kitchen at sunrise", INSIDE),
        ("A rain-soaked city street at night, neon signs buzzing", OUTSIDE_NIGHT),
        ("Ray watches the street through the window", INSIDE),
        ("Ray in the back seat, lit by passing lamps", INSIDE),
        ("A boardroom, late at night", INSIDE_NIGHT),
        ("A nightclub, lights sweeping", INSIDE),
        ("int. kitchen - night\nMaya at the sink", INSIDE_NIGHT),
        ("Leave room on the right for the logo", OUTSIDE),
        ("Shallow depth of field on the cup", OUTSIDE),
        # Simplified Chinese
        ("茶馆里，陈伯在柜台后擦拭茶杯", INSIDE),
        ("林晓坐在窗边，窗外雨丝斜斜", INSIDE),
        ("茶馆的窗户透出温暖的灯光，雨中的老街空无一人", OUTSIDE),
        ("办公室里只剩他一个人，夜深了", INSIDE_NIGHT),
        ("厨房的灯亮着", INSIDE),
        ("雨夜的老街，红灯笼在屋檐下轻轻摇晃", OUTSIDE_NIGHT),
        ("室内，灯光昏暗", INSIDE),
        ("室外，阳光刺眼", OUTSIDE),
        # Traditional Chinese
        ("茶館裡，陳伯擦拭茶杯", INSIDE),
        ("辦公室的燈還亮著", INSIDE),
        ("他坐在車內等著", INSIDE),
        ("夜晚的馬路上沒有人", OUTSIDE_NIGHT),
        # Japanese
        ("部屋の中で手紙を読む", INSIDE),
        ("室内の照明が落ちる", INSIDE),
        ("喫茶店のカウンター、夜", INSIDE_NIGHT),
        ("屋上で風に吹かれる", OUTSIDE),
        ("車内で黙り込む二人", INSIDE),
        # Russian
        ("На кухне, ночью", INSIDE_NIGHT),
        ("Иван в кабинете", INSIDE),
        ("Иван стоит на улице", OUTSIDE),
        ("Анна в машине, за окном дождь", INSIDE),
        # nothing said: outside by day
        ("Ray lights a cigarette", OUTSIDE),
        ("陈伯的脸，眼里泛起泪光", OUTSIDE),
    ],
)
def test_place_words_in_a_shot_choose_its_set(words: str, expected: Scenery) -> None:
    assert storyboard_sceneries(board("Storyboard", words)) == (expected,)


def test_a_shot_without_place_words_stays_where_the_scene_is() -> None:
    shots = ("陈伯的脸，眼里泛起泪光", "茶馆里，陈伯在柜台后擦拭茶杯", "他放下茶杯", "雨中的老街")
    scenery = storyboard_sceneries(board("重逢", *shots, lighting="室内暖光，窗外冷色雨夜"))
    # the first from the lighting, the third from the shot before it, the last its own
    assert scenery == (INSIDE_NIGHT, INSIDE_NIGHT, INSIDE_NIGHT, OUTSIDE_NIGHT)
    later = storyboard_sceneries(board("Morning", "Coffee beans", "Maya in her kitchen"))
    assert later == (INSIDE, INSIDE)  # nothing before it: the next shot's place


def test_the_examples_are_set_where_their_words_put_them() -> None:
    def sets(name: str) -> list[list[str]]:
        project = load_project(EXAMPLES / f"{name}.storyboard")
        return [
            [("INT" if s.interior else "EXT") + (" night" if s.night else "") for s in sceneries]
            for sceneries in map(storyboard_sceneries, project.storyboards)
        ]

    night_in, night_out = "INT night", "EXT night"
    assert sets("雨夜茶馆") == [[night_out, night_in, night_in], [night_in, night_in, night_out]]
    assert sets("Night City Detective") == [[night_out] * 3]
    assert sets("Aurora Espresso Advert") == [["INT"] * 5, ["INT"] * 4]


def test_the_previs_and_the_editor_choose_the_same_sets(tmp_path: Path) -> None:
    folder = EXAMPLES / "雨夜茶馆.storyboard"
    project: Project = load_project(folder)
    for index, storyboard in enumerate(project.storyboards):
        payload = compile_guidances(project, index)
        assert payload_sceneries(payload) == storyboard_sceneries(storyboard)
        plan = plan_render(payload, folder, 360, title_cards=True)
        editor = tuple(Framing.of_shot(shot, storyboard).scenery for shot in storyboard.shots)
        assert tuple(shot.framing.scenery for shot in plan.shots) == editor
