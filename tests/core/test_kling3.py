"""Kling 3.0 in full (issue 15): no request the service refuses, no direction dropped silently."""

from __future__ import annotations

from pathlib import Path

from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import IMAGE2VIDEO, OMNI_VIDEO, TEXT2VIDEO, compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.models import Character, Project, ReferenceImage, Shot
from storyboard_app.domain.problems import Problem, Severity
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.storage.assets import AssetStore
from tests.conftest import board, project_of, write_image


def problems_of(project: Project, folder: Path) -> list[Problem]:
    return validate_project(project, AssetStore(folder))


def only(problems: list[Problem], code: str) -> Problem:
    matching = [p for p in problems if p.code == code]
    assert len(matching) == 1, [p.format() for p in problems]
    return matching[0]


def _v26_with_a_character_picture(tmp_path: Path) -> Project:
    write_image(tmp_path / "assets/ray.png", (400, 600))
    ray = Character(name="Ray", appearance="grey stubble", references=("assets/ray.png",))
    shots = (Shot(id="a", subject="Ray waits", characters=("Ray",), duration=5),)
    return project_of(
        board(5).evolve(model="kling-v2-6", mode=Mode.PRO, audio=False, shots=shots),
        characters=(ray,),
    )


def test_kling_v2_6_with_a_character_picture_never_goes_to_omni(tmp_path: Path) -> None:
    project = _v26_with_a_character_picture(tmp_path)
    payload = compile_guidances(project, 0)
    request = compile_kling(payload)
    assert request.endpoint == TEXT2VIDEO
    assert request.model_name == "kling-v2-6"
    assert "image_list" not in request.body
    assert "<<<image_" not in request.body["prompt"]
    cost = estimate_cost(payload)
    assert cost is not None
    assert cost.model == "kling-v2-6" == request.model_name
    # The picture is not sent, and validate says so (it is a warning: the words still go).
    problem = only(problems_of(project, tmp_path), "character-pictures-unsent")
    assert problem.severity is Severity.WARNING
    assert "Ray" in problem.message
    assert "kling-v2-6" in problem.message
    assert problem.path == "storyboards[0].shots[0].characters"


def test_kling_v2_6_with_a_first_frame_and_a_character_picture_is_image2video(
    tmp_path: Path,
) -> None:
    project = _v26_with_a_character_picture(tmp_path)
    write_image(tmp_path / "assets/f.png", (640, 360))
    shot = project.storyboards[0].shots[0].evolve(first_frame="assets/f.png")
    project = project.evolve(storyboards=(project.storyboards[0].evolve(shots=(shot,)),))
    request = compile_kling(compile_guidances(project, 0))
    assert (request.endpoint, request.model_name) == (IMAGE2VIDEO, "kling-v2-6")
    assert "image_list" not in request.body


def test_the_last_shots_frames_without_a_start_frame_are_named(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/a.png", (640, 360))
    write_image(tmp_path / "assets/b.png", (640, 360))
    base = board(3, 3, 4)
    last = base.shots[2].evolve(first_frame="assets/a.png", last_frame="assets/b.png")
    project = project_of(base.evolve(shots=(*base.shots[:2], last)))
    request = compile_kling(compile_guidances(project, 0))
    # The API takes an end frame only with a start frame (V-LEG "does not support only the
    # end frame"), and the start frame is shot 1's: neither of these can be sent...
    assert request.endpoint == TEXT2VIDEO
    problems = problems_of(project, tmp_path)
    # ...and validate names both, the last frame too (it used to be dropped without a word).
    first = only(problems, "frame-mid-sequence")
    assert first.path == "storyboards[0].shots[2].first_frame"
    tail = only(problems, "last-frame-without-start")
    assert tail.path == "storyboards[0].shots[2].last_frame"
    assert "will not be sent" in tail.message
    assert "shot 1" in tail.hint


def test_the_last_shots_end_frame_is_sent_with_shot_ones_start_frame(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/a.png", (640, 360))
    write_image(tmp_path / "assets/b.png", (640, 360))
    base = board(3, 3, 4)
    first = base.shots[0].evolve(first_frame="assets/a.png")
    last = base.shots[2].evolve(last_frame="assets/b.png")
    project = project_of(base.evolve(shots=(first, base.shots[1], last)))
    request = compile_kling(compile_guidances(project, 0))
    assert request.endpoint == IMAGE2VIDEO
    assert request.body["multi_shot"] is True
    assert [i.path for i in request.images()] == ["assets/a.png", "assets/b.png"]
    assert problems_of(project, tmp_path) == []


def test_negatives_reach_omni_inside_the_prompt(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/r.png", (400, 400))
    refs = (ReferenceImage(image="assets/r.png", label="the cup"),)
    base = board(3, 4, negative_prompt="blur, watermark")
    shots = (base.shots[0].evolve(references=refs), base.shots[1])
    project = project_of(base.evolve(shots=shots))
    request = compile_kling(compile_guidances(project, 0))
    assert request.endpoint == OMNI_VIDEO
    # The vendor's omni-video field list has no negative_prompt; its prompt "can include
    # positive and negative descriptions" (V-LEG Omni-Video, kling-api.md §4.3).
    assert "negative_prompt" not in request.body
    for shot in request.body["multi_prompt"]:
        assert shot["prompt"].endswith("Avoid: blur, watermark.")
    assert problems_of(project, tmp_path) == []
    # text2video documents negative_prompt (§4.1): it stays a field there.
    plain = compile_kling(compile_guidances(project_of(board(3, 4, negative_prompt="blur")), 0))
    assert plain.body["negative_prompt"] == "blur"
    assert all("Avoid" not in s["prompt"] for s in plain.body["multi_prompt"])


def test_an_end_frame_with_more_than_two_images_on_omni_is_named(tmp_path: Path) -> None:
    for name in ("a", "b", "r"):
        write_image(tmp_path / f"assets/{name}.png", (640, 360))
    refs = (ReferenceImage(image="assets/r.png", label="the cup"),)
    shot = Shot(
        id="a",
        subject="A",
        duration=5,
        first_frame="assets/a.png",
        last_frame="assets/b.png",
        references=refs,
    )
    project = project_of(board(5).evolve(shots=(shot,)))
    request = compile_kling(compile_guidances(project, 0))
    assert request.endpoint == OMNI_VIDEO
    assert len(request.body["image_list"]) == 3
    problem = only(problems_of(project, tmp_path), "end-frame-with-images")
    assert problem.path == "storyboards[0].shots[0].last_frame"
    assert "3 images" in problem.message
    # Two images (first + end frame, no reference) stay within the rule.
    two = project_of(board(5).evolve(shots=(shot.evolve(references=()),)))
    assert problems_of(two, tmp_path) == []


def test_a_shot_without_room_for_the_negatives_is_named(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/r.png", (400, 400))
    refs = (ReferenceImage(image="assets/r.png", label="the cup"),)
    base = board(3, 4, negative_prompt="blur")
    long_text = "x" * 470  # the shot's prompt fits in 512, the negatives no longer do
    shots = (base.shots[0].evolve(references=refs), base.shots[1].evolve(subject=long_text))
    project = project_of(base.evolve(shots=shots))
    request = compile_kling(compile_guidances(project, 0))
    first, second = (s["prompt"] for s in request.body["multi_prompt"])
    assert first.endswith("Avoid: blur.")
    assert "Avoid" not in second
    assert len(second) <= 512
    problem = only(problems_of(project, tmp_path), "negatives-left-out")
    assert "no room left for them, so the prompt of shot 2 goes" in problem.message


def _model_cut(*durations: float, **settings: object) -> Project:
    return project_of(board(*durations, cuts="model", **settings))


def test_let_kling_cut_sends_one_prompt_and_the_total(tmp_path: Path) -> None:
    project = _model_cut(2.5, 4, 3.5, 2, 1, 1, 1)  # 7 notes, 15 s: fine when Kling cuts
    request = compile_kling(compile_guidances(project, 0))
    body = request.body
    assert (request.endpoint, body["model_name"]) == (TEXT2VIDEO, "kling-v3")
    assert body["multi_shot"] is True
    assert body["shot_type"] == "intelligence"
    assert body["duration"] == "15"
    assert "multi_prompt" not in body
    assert body["prompt"].startswith("Part 1 (about 2.5 s): Medium shot")
    assert "Part 7 (about 1 s):" in body["prompt"]
    assert problems_of(project, tmp_path) == []


def test_let_kling_cut_on_omni_ends_with_the_negatives(tmp_path: Path) -> None:
    write_image(tmp_path / "assets/r.png", (400, 400))
    base = board(4, 4, cuts="model", negative_prompt="blur")
    refs = (ReferenceImage(image="assets/r.png", label="the cup"),)
    project = project_of(base.evolve(shots=(base.shots[0].evolve(references=refs), base.shots[1])))
    request = compile_kling(compile_guidances(project, 0))
    assert (request.endpoint, request.body["shot_type"]) == (OMNI_VIDEO, "intelligence")
    assert request.body["prompt"].endswith("Avoid: blur.")
    assert request.body["prompt"].count("Avoid") == 1
    assert "<<<image_1>>>" in request.body["prompt"]
    assert problems_of(project, tmp_path) == []


def test_let_kling_cut_is_checked_against_the_model_and_one_prompt(tmp_path: Path) -> None:
    old = _model_cut(5, model="kling-v2-6", audio=False)
    assert only(problems_of(old, tmp_path), "model-cuts-unsupported").path == "storyboards[0].cuts"
    long = _model_cut(5, 5, 5)
    shots = tuple(s.evolve(subject="y" * 900) for s in long.storyboards[0].shots)
    long = long.evolve(storyboards=(long.storyboards[0].evolve(shots=shots),))
    problem = only(problems_of(long, tmp_path), "prompt-too-long")
    assert "one prompt of" in problem.message
    assert "allows 2500" in problem.message
    assert only(problems_of(_model_cut(10, 6), tmp_path), "total-too-long")


def test_let_kling_cut_survives_a_save_and_old_files_still_load(tmp_path: Path) -> None:
    from storyboard_app.storage.bundle import load_project, save_project

    save_project(tmp_path / "a.storyboard", _model_cut(3, 4))
    assert load_project(tmp_path / "a.storyboard").storyboards[0].cuts == "model"
    save_project(tmp_path / "b.storyboard", project_of(board(3, 4)))
    text = (tmp_path / "b.storyboard" / "project.json").read_text(encoding="utf-8")
    assert "cuts" not in text  # unchanged for boards the director cuts
    assert load_project(tmp_path / "b.storyboard").storyboards[0].cuts == "director"


def test_the_bibles_voice_goes_with_its_speakers_lines(tmp_path: Path) -> None:
    from storyboard_app.domain.models import DialogueLine

    ann = Character(name="Ann", voice="husky alto")
    line = (DialogueLine(character="ann", line="Go now."),)
    base = board(3, 4)
    shots = (base.shots[0].evolve(dialogue=line), base.shots[1])
    project = project_of(base.evolve(shots=shots), characters=(ann,))
    first, second = compile_kling(compile_guidances(project, 0)).body["multi_prompt"]
    assert first["prompt"].endswith('"Go now." Voices: Ann: husky alto.')
    assert "Voices" not in second["prompt"]  # Ann does not speak there
    assert problems_of(project, tmp_path) == []
    silent = project.evolve(storyboards=(project.storyboards[0].evolve(audio=False),))
    prompt = compile_kling(compile_guidances(silent, 0)).body["multi_prompt"][0]["prompt"]
    assert "Voices" not in prompt  # no native audio: named by dialogue-muted instead
    assert only(problems_of(silent, tmp_path), "dialogue-muted")
    crowded = (shots[0].evolve(subject="z" * 470), shots[1])
    full = project.evolve(storyboards=(project.storyboards[0].evolve(shots=crowded),))
    problem = only(problems_of(full, tmp_path), "voices-left-out")
    assert problem.path == "storyboards[0].shots[0].dialogue"
    assert "speakers of shot 1 sound" in problem.message


def test_a_voice_without_room_where_it_is_spoken_goes_where_the_character_is_seen(
    tmp_path: Path,
) -> None:
    from storyboard_app.domain.models import DialogueLine

    ann = Character(name="Ann", voice="husky alto")
    base = board(3, 4)
    seen = base.shots[0].evolve(characters=("Ann",))
    speaks = base.shots[1].evolve(
        subject="z" * 460, dialogue=(DialogueLine(character="Ann", line="Go."),)
    )
    project = project_of(base.evolve(shots=(seen, speaks)), characters=(ann,))
    first, second = compile_kling(compile_guidances(project, 0)).body["multi_prompt"]
    assert first["prompt"].endswith("Voices: Ann: husky alto.")
    assert "Voices" not in second["prompt"]
    assert problems_of(project, tmp_path) == []


def test_a_kling_voice_that_cannot_travel_is_named(tmp_path: Path) -> None:
    from storyboard_app.domain.models import DialogueLine

    line = (DialogueLine(character="Ann", line="Go."),)
    ann = Character(name="Ann", voice_id="829824495395233792", references=("assets/a.png",))
    shots = (Shot(id="a", subject="A", duration=5, dialogue=line),)
    one_picture = project_of(board(5).evolve(shots=shots), characters=(ann,))
    write_image(tmp_path / "assets/a.png", (400, 400))
    problem = only(problems_of(one_picture, tmp_path), "character-voice-unsent")
    assert "made from 2–4 pictures; Ann has 1" in problem.message
    old = project_of(
        board(5).evolve(model="kling-v2-6", mode=Mode.PRO, shots=shots), characters=(ann,)
    )
    assert (
        "kling-v2-6 takes voices only when it starts from a first frame"
        in only(problems_of(old, tmp_path), "character-voice-unsent").message
    )
    wrong = project_of(board(5), characters=(Character(name="Bo", voice_sample="assets/bo.ogg"),))
    assert only(problems_of(wrong, tmp_path), "voice-sample-format").path == (
        "characters[0].voice_sample"
    )
