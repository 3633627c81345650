"""Script to screen: scenes broken down into storyboards a model can render.

Rules (also in the README):

* the scene heading gives an establishing shot: the location, at the time of day (EWS
  outside, WS inside), 2 s;
* each action paragraph gives a shot (MS), lasting its reading time: 0.2 s a word + 0.5 s;
* each dialogue block gives a shot of the speaker (MCU) with the line, the parenthetical as
  its delivery, lasting 0.3 s a word + 1 s (Storyboarder's rules); dual dialogue stays in one
  two-shot;
* centered text gives an insert shot; a transition is kept in the notes of the shot before it;
* notes, boneyard, sections and synopses give no shots;
* durations are whole seconds (rounded up), at least the model's shortest shot; shots go into
  a storyboard until one more would pass the model's shot count or longest total, then a new
  storyboard continues the scene, always between shots, never inside a line; a storyboard
  shorter than the model's shortest total has its last shot lengthened; a single shot longer
  than the longest total is cut to it, with a note saying so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from storyboard_app.domain.capabilities import KLING_V3, ModelCapability
from storyboard_app.domain.models import Character, DialogueLine, Project, Shot, Storyboard
from storyboard_app.domain.vocabulary import ShotSize
from storyboard_app.script.model import Beat, Line, Scene, Script

ACTION_SECONDS_PER_WORD = 0.2
ACTION_SECONDS_BASE = 0.5
DIALOGUE_SECONDS_PER_WORD = 0.3
DIALOGUE_SECONDS_BASE = 1.0
ESTABLISHING_SECONDS = 2.0
CJK_CHARACTERS_PER_WORD = 2.5
"""Chinese and Japanese have no spaces: this many characters count as one word."""

_HEADING = re.compile(r"^(INT\.?/EXT\.?|I/E|INT\.?|EXT\.?|EST\.?)\s*", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def words(text: str) -> float:
    """How many words a text reads as (CJK characters counted in groups)."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    return len(rest.split()) + cjk / CJK_CHARACTERS_PER_WORD


def language_of(text: str) -> str:
    """The language code of a line by its script: ja (kana), ko (hangul), zh (han), else en."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u4e00-\u9fff\u3400-\u4dbf]", text):
        return "zh"
    return "en"


def character_name(raw: str) -> str:
    """A script name ("MARY-JANE", "RAY (V.O.)", "@mcclane") as a character's name."""
    name = raw.lstrip("@").split("(")[0].replace("^", "").strip()
    if name.isupper() or not any(ch.isalpha() for ch in name if ch.isascii()):
        return " ".join(part.capitalize() if part.isascii() else part for part in name.split())
    return name


def _seconds(estimate: float, cap: ModelCapability) -> float:
    return float(max(math.ceil(estimate - 1e-9), math.ceil(cap.shot_min_duration)))


def estimate(beat: Beat) -> float:
    """Reading time of a beat, in seconds (before rounding to the model's step)."""
    if beat.kind == "dialogue":
        spoken = max((words(line.text) for line in beat.lines), default=0)
        return DIALOGUE_SECONDS_BASE + DIALOGUE_SECONDS_PER_WORD * spoken
    return ACTION_SECONDS_BASE + ACTION_SECONDS_PER_WORD * words(beat.text)


def _establishing(scene: Scene) -> Shot:
    heading = scene.heading
    outside = heading.upper().startswith(("EXT", "EST", "I/E", "INT./EXT", "INT/EXT"))
    place = _HEADING.sub("", heading)
    location, _, time = place.partition(" - ")
    action = f"{time.strip().capitalize()}." if time.strip() else ""
    return Shot(
        id=f"scene{scene.number}-establishing",
        size=ShotSize.EWS if outside else ShotSize.WS,
        duration=ESTABLISHING_SECONDS,
        subject=location.strip().capitalize() or heading,
        action=action,
        notes=f"Scene {scene.scene_number or scene.number}: {heading}",
    )


def _dialogue(line: Line) -> DialogueLine:
    return DialogueLine(
        character=character_name(line.character),
        line=line.text,
        delivery=line.delivery,
        language=language_of(line.text),
    )


def scene_shots(scene: Scene, cap: ModelCapability = KLING_V3) -> list[Shot]:
    """The shots of one scene, in order, with their durations."""
    shots = [_establishing(scene).evolve(duration=_seconds(ESTABLISHING_SECONDS, cap))]
    for index, beat in enumerate(scene.beats):
        shot_id = f"scene{scene.number}-{index + 1}"
        if beat.kind == "transition":
            shots[-1] = shots[-1].evolve(notes=" ".join((shots[-1].notes, beat.text)).strip())
            continue
        seconds = _seconds(estimate(beat), cap)
        if beat.kind == "dialogue":
            names = tuple(character_name(line.character) for line in beat.lines)
            shots.append(
                Shot(
                    id=shot_id,
                    size=ShotSize.TWO_SHOT if len(beat.lines) > 1 else ShotSize.MCU,
                    duration=seconds,
                    subject=" and ".join(names),
                    characters=names,
                    dialogue=tuple(_dialogue(line) for line in beat.lines),
                )
            )
        else:
            size = ShotSize.INSERT if beat.kind == "centered" else ShotSize.MS
            shots.append(Shot(id=shot_id, size=size, duration=seconds, action=beat.text))
    return shots


def _fit(shots: Iterable[Shot], cap: ModelCapability) -> list[list[Shot]]:
    """Shots packed into storyboards within the model's shot count and total."""
    boards: list[list[Shot]] = [[]]
    for shot in shots:
        if shot.duration > cap.max_total:
            note = f"Reading time {shot.duration:g} s, cut to {cap.max_total} s."
            shot = shot.evolve(duration=float(cap.max_total),
                               notes=" ".join((shot.notes, note)).strip())  # fmt: skip
        current = boards[-1]
        total = sum(s.duration for s in current)
        if current and (len(current) >= cap.max_shots or total + shot.duration > cap.max_total):
            boards.append([])
        boards[-1].append(shot)
    for board in boards:
        total = sum(s.duration for s in board)
        if board and total < cap.min_total:
            board[-1] = board[-1].evolve(duration=board[-1].duration + cap.min_total - total)
    return [board for board in boards if board]


def script_to_project(
    script: Script, scenes: set[int] | None = None, cap: ModelCapability = KLING_V3
) -> Project:
    """A project of storyboards for the chosen scenes (numbers from 1; all by default)."""
    chosen = [s for s in script.scenes if scenes is None or s.number in scenes]
    storyboards = []
    speakers: dict[str, None] = {}
    for scene in chosen:
        parts = _fit(scene_shots(scene, cap), cap)
        for part, shots in enumerate(parts, start=1):
            label = f"{scene.scene_number or scene.number}. {scene.heading}"
            if len(parts) > 1:
                label += f" ({part}/{len(parts)})"
            storyboards.append(
                Storyboard(
                    id=f"scene{scene.number}-{part}", name=label, model=cap.name, shots=tuple(shots)
                )
            )
            for shot in shots:
                for line in shot.dialogue:
                    speakers[line.character] = None
    if not storyboards:
        storyboards.append(Storyboard(name="Storyboard 1", shots=(Shot(),)))
    return Project(
        title=script.title,
        storyboards=tuple(storyboards),
        characters=tuple(Character(name=name) for name in speakers),
    )
