"""Script to screen: scenes broken down into storyboards a model can render.

Rules (also in the README):

* the heading gives an establishing shot of the place: EWS outside (EXT., EST., I/E, 外景,
  НАТ.), WS inside, and a heading without either judged by its words; its action is the
  place at its time of day ("Roadside Diner at night"), just the place after CONTINUOUS or
  LATER; 2 s;
* camera directions in the action make the shot (``CLOSE ON`` a close-up, ``INSERT`` an
  insert, ``PUSH IN`` a dolly in, 特写 a close-up…, see :mod:`storyboard_app.script.camera`)
  and leave the action text; a direction on its own line frames the next shot;
* each other action paragraph gives a medium shot; each speech a shot of the speaker
  (MCU, or OTS over the other's shoulder when it answers them in a two-person exchange; a
  wide shot for a voice-over), the parenthetical as its delivery; a parenthetical inside a
  speech starts a new shot, unless it is a pause ("beat"), which stays in the shot as a
  second line; a speech going on over more shots moves in to a CU; dual dialogue is one
  two-shot; centered text an insert; lyrics a shot with the song;
* a shot holds at most :data:`SHOT_MAX_SECONDS` of reading time and a prompt within the
  model's per-shot limit: longer text continues in the next shot, split at sentence ends
  (then at commas, then words);
* durations are reading time (action 0.2 s a word + 0.5 s, dialogue 0.3 s a word + 1 s),
  whole seconds, at least the model's shortest shot;
* shots go into storyboards of at most the model's shot count and longest total, cut where a
  director would: boards of 3–6 shots are preferred, one-shot boards avoided, and cuts
  between two lines of one conversation, inside one speech, or right after the establishing
  shot cost more than cuts between beats (chosen by dynamic programming over each scene);
* a transition goes into the notes of the shot before it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from storyboard_app.compiler.prompt import dialogue_tag, short_name, shot_prompt
from storyboard_app.domain.capabilities import KLING_V3, ModelCapability
from storyboard_app.domain.edits import numbered_board_name
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    Shot,
    Storyboard,
)
from storyboard_app.domain.vocabulary import LANGUAGE_NAMES, Angle, ShotSize
from storyboard_app.i18n import _
from storyboard_app.script.camera import Framing, read_direction, segments
from storyboard_app.script.conventions import CJK, display_name, name_key
from storyboard_app.script.model import Beat, Line, Part, Scene, Script
from storyboard_app.script.places import place_words, read_heading, time_phrase

ACTION_SECONDS_PER_WORD = 0.2
ACTION_SECONDS_BASE = 0.5
DIALOGUE_SECONDS_PER_WORD = 0.3
DIALOGUE_SECONDS_BASE = 1.0
ESTABLISHING_SECONDS = 2.0
SHOT_MAX_SECONDS = 10.0
"""Reading time one shot holds; a longer speech or paragraph continues in the next shot."""
CJK_CHARACTERS_PER_WORD = 2.5
"""Chinese and Japanese have no spaces: this many characters count as one word."""
PAUSES = {"beat", "a beat", "pause", "a pause", "then", "停顿", "片刻", "顿了顿", "間", "пауза"}
"""Parentheticals that are a pause inside a speech, not a new action: no new shot."""
OFF_SCREEN = re.compile(r"V\.?\s?O|O\.?\s?S|O\.?\s?C|画外|旁白|ЗК|З\.К|ГЗК", re.IGNORECASE)
"""Extensions of a speaker who is heard, not seen."""

_COST_BOARD = 1.0
_COST_BY_SIZE = {1: 10.0, 2: 3.0}
_COST_CUT_CONVERSATION = 4.0
_COST_CUT_SPEECH = 5.0
_COST_CUT_ESTABLISHING = 8.0
_SHORT_ACTION_WORDS = 12
"""An action this short between two lines keeps the conversation going (a look, a nod)."""


def words(text: str) -> float:
    """How many words a text reads as (CJK characters counted in groups)."""
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk / CJK_CHARACTERS_PER_WORD


_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)


def language_of(text: str) -> str:
    """The language of a line by its script: ja (kana), ko (hangul), zh (han), ru, else en."""
    if text.isascii():
        return "en"
    return next((code for code, letters in _SCRIPTS if letters.search(text)), "en")


def _written_as(names: str, english: str, chinese: str, japanese: str) -> str:
    """A phrase the breakdown writes into a shot, in the language the names in it are
    written in: a Chinese script's shots go into Chinese prompts and must not carry English
    words ("小明, over 老王's shoulder"). Japanese is told by kana, or by a name written in
    kanji in a script whose other names use kana (not known here: kanji alone reads as
    Chinese)."""
    language = language_of(names)
    return {"zh": chinese, "ja": japanese}.get(language, english)


def _seconds(estimate: float, cap: ModelCapability) -> float:
    return float(max(math.ceil(estimate - 1e-9), math.ceil(cap.shot_min_duration)))


def _action_time(text: str) -> float:
    return ACTION_SECONDS_BASE + ACTION_SECONDS_PER_WORD * words(text)


def _speech_time(text: str) -> float:
    return DIALOGUE_SECONDS_BASE + DIALOGUE_SECONDS_PER_WORD * words(text)


_LEVELS: tuple[Callable[[str], list[str]], ...] = (
    lambda t: re.findall(r"[^.!?。！？…]+(?:[.!?。！？…]+[\"'”’」』)]*\s*|$)", t),
    lambda t: re.findall(r"[^,;，；、:：—]+(?:[,;，；、:：—]+\s*|$)", t),
    lambda t: re.findall(r"\S+\s*", t),
    lambda t: [t[k : k + 8] for k in range(0, len(t), 8)],
)


def pieces(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    """``text`` cut into as few pieces as fit, at sentence ends, then commas, then words."""
    text = text.strip()
    if fits(text) or level >= len(_LEVELS):
        return [text]
    units = [unit for unit in _LEVELS[level](text) if unit.strip()]
    if len(units) <= 1:
        return pieces(text, fits, level + 1)
    packed: list[str] = []
    for unit in units:
        if packed and fits(packed[-1] + unit):
            packed[-1] += unit
        else:
            packed.append(unit)
    result: list[str] = []
    for piece in packed:
        result.extend(pieces(piece, fits, level + 1) if not fits(piece.strip()) else [piece])
    return [piece.strip() for piece in result if piece.strip()]


_PROMPT_BOARD = Storyboard()


@dataclass(frozen=True)
class Look:
    """How a shot is framed, which the prompt's first sentences say."""

    size: ShotSize
    angle: Angle = Angle.EYE_LEVEL
    moves: tuple[CameraMove, ...] = ()

    def framed(self, framing: Framing | None) -> Look:
        """This look as a camera direction changes it."""
        if framing is None:
            return self
        return Look(framing.size or self.size, framing.angle or self.angle, framing.moves)


@functools.lru_cache(maxsize=512)
def _frame_length(look: Look) -> int:
    """Characters of a prompt with nothing but this framing (the compiler's own wording)."""
    shot = Shot(size=look.size, angle=look.angle, moves=look.moves)
    return len(shot_prompt(shot, _PROMPT_BOARD, ()))


@functools.lru_cache(maxsize=1)
def _tag_length() -> int:
    """Most characters a dialogue tag adds around its name, delivery and line (any language)."""
    return max(
        len(dialogue_tag(DialogueLine(character="n", line="l", delivery="d", language=code))) - 3
        for code in LANGUAGE_NAMES
    )


def prompt_length_fits(
    look: Look,
    subject: str,
    action: str,
    dialogue: tuple[DialogueLine, ...] | tuple[_Said, ...],
    sound: tuple[str, ...],
    cap: ModelCapability,
) -> bool:
    """Whether a shot with these words fits the per-shot prompt limit; the prompt itself is
    built only when an upper bound from the compiler's own framing and tags does not settle
    it (most shots are far below the limit)."""
    bound = _frame_length(look) + len(subject) + len(action) + 4
    bound += sum(map(len, sound)) + 2 * len(sound) + 10
    bound += sum(
        len(short_name(d.character)) + len(d.delivery) + len(d.line) + _tag_length() + 1
        for d in dialogue
    )
    if bound <= cap.shot_prompt_max:
        return True
    lines = tuple(
        DialogueLine(
            character=d.character, line=d.line, delivery=d.delivery, language=language_of(d.line)
        )
        for d in dialogue
    )
    shot = Shot(
        size=look.size,
        angle=look.angle,
        moves=look.moves,
        subject=subject,
        action=action,
        dialogue=lines,
        sound=sound,
    )
    return len(shot_prompt(shot, _PROMPT_BOARD, ())) <= cap.shot_prompt_max


class Cast:
    """The speakers of a script: one name per character whatever case the cues were typed in."""

    def __init__(self, script: Script) -> None:
        self.names: dict[str, str] = {}
        for scene in script.scenes:
            for beat in scene.beats:
                for line in beat.lines:
                    self.names.setdefault(name_key(line.character), line.character)
        self._written: dict[str, str] = {}
        for name in self.names.values():  # as a cue (RAY) or as the name (Ray): "will" is no Will
            for form in (name, name.upper()):
                self._written.setdefault(form, name)
        forms = sorted(self._written, key=len, reverse=True)
        alternatives = "|".join(
            re.escape(f) if CJK.search(f) else rf"(?<!\w){re.escape(f)}(?!\w)"
            for f in forms
            if len(f) > 1
        )
        self._mention = re.compile(alternatives) if alternatives else None

    def name(self, written: str) -> str:
        """The character's one name for a cue as written."""
        return self.names.get(name_key(written), written)

    def mentioned(self, text: str) -> tuple[str, ...]:
        """Characters named in an action text, in order."""
        if self._mention is None:
            return ()
        found = (self._written[m.group(0)] for m in self._mention.finditer(text))
        return tuple(dict.fromkeys(found))


@dataclass
class _Planned:
    shot: Shot
    cut_cost: float = 0.0
    """What cutting to a new storyboard just before this shot costs."""


def _establishing(scene: Scene, cap: ModelCapability) -> Shot:
    heading = read_heading(scene.heading)
    place = place_words(heading.place) or heading.text
    phrase = time_phrase(heading.time)
    japanese = re.search(r"[\u3040-\u30ff]", place) or heading.text.startswith(("○", "◯"))
    if japanese and heading.time:
        action = f"{place}（{heading.time}）" if heading.time else place  # Japanese: 駅前（夜）
    elif phrase and CJK.search(place + phrase):
        action = f"{place}，{phrase}"
    elif phrase:
        action = f"{place} {phrase}"
    else:
        action = place
    return Shot(
        id=f"scene{scene.number}-establishing",
        size=ShotSize.EWS if heading.outside else ShotSize.WS,
        duration=_seconds(ESTABLISHING_SECONDS, cap),
        action=action,
        notes=f"{scene.label}: {heading.text}",
    )


class _ScenePlan:
    """Walks a scene's beats and plans its shots."""

    def __init__(self, scene: Scene, cap: ModelCapability, cast: Cast) -> None:
        self.scene, self.cap, self.cast = scene, cap, cast
        self.limit = min(SHOT_MAX_SECONDS, float(cap.max_total))
        """Reading time one shot holds (whole seconds, so its rounded duration fits a board)."""
        self.planned: list[_Planned] = []
        self.framing: Framing | None = None
        self.framing_subject = ""
        self.pending_notes: list[str] = []
        self.last_speaker = ""
        self.conversation = False
        self.talkers: set[str] = set()
        """Who has spoken in the conversation going on."""

    def add(self, cut_cost: float, **fields: Any) -> None:
        """A shot of these fields, framed by a pending direction; built once (pydantic)."""
        framing, self.framing = self.framing, None
        fields["id"] = f"scene{self.scene.number}-{len(self.planned) + 1}"
        fields.setdefault("duration", _seconds(_action_time(fields.get("action", "")), self.cap))
        if framing is not None:
            if framing.size is not None:
                fields["size"] = framing.size
            if framing.angle is not None:
                fields["angle"] = framing.angle
            if framing.moves:
                fields["moves"] = framing.moves
            if self.framing_subject and not fields.get("subject"):
                fields["subject"] = self.framing_subject
        if self.pending_notes:
            fields["notes"] = " ".join(self.pending_notes)
            self.pending_notes = []
        self.planned.append(_Planned(Shot(**fields), cut_cost))

    def plan(self) -> list[_Planned]:
        if self.scene.heading:
            self.planned.append(_Planned(_establishing(self.scene, self.cap)))
        for beat in self.scene.beats:
            getattr(self, "_" + beat.kind)(beat)
        if self.framing is not None:  # a direction with nothing after it: a shot of its own
            subject = self.framing_subject
            self.add(0.0, action=subject)
        for note in self.pending_notes:
            if self.planned:
                last = self.planned[-1]
                last.shot = last.shot.evolve(notes=" ".join((last.shot.notes, note)).strip())
        return self.planned

    # one method per beat kind
    def _transition(self, beat: Beat) -> None:
        if self.planned:
            last = self.planned[-1]
            last.shot = last.shot.evolve(notes=" ".join((last.shot.notes, beat.text)).strip())
        else:
            self.pending_notes.append(beat.text)
        self.conversation = False

    def _shot(self, beat: Beat) -> None:
        framing = read_direction(beat.text) or Framing(rest=beat.text)
        self._direct(framing)

    def _direct(self, framing: Framing) -> None:
        if self.framing is not None:  # two directions in a row: the first one gets its shot
            self.add(0.0, action=self.framing_subject)
        self.framing = framing
        self.framing_subject = _sentence_case(framing.rest.rstrip(".:")) or self._view(framing)
        self.conversation = False

    def _view(self, framing: Framing) -> str:
        """ "Rosa's point of view" for ROSA'S POV."""
        if not framing.owner:
            return ""
        name = self.cast.name(display_name(framing.owner))
        return _written_as(name, f"{name}'s point of view", f"{name}的主观视角", f"{name}の視点")

    def _centered(self, beat: Beat) -> None:
        self.framing = self.framing or Framing(size=ShotSize.INSERT)
        self._text_shots(beat.text, "")
        self.conversation = False

    def _lyric(self, beat: Beat) -> None:
        song = _written_as(
            beat.text, f"Song: “{beat.text}”", f"歌声：“{beat.text}”", f"歌：「{beat.text}」"
        )
        self._text_shots(song, "", sound=("song",))

    def _action(self, beat: Beat) -> None:
        for segment in segments(beat.text):
            framing = read_direction(segment)
            if framing is not None and _only_a_subject(framing.rest):
                self._direct(framing)
                continue
            if framing is not None:
                if self.framing is not None:
                    self.add(0.0, action=self.framing_subject)
                self.framing, self.framing_subject = framing, self._view(framing)
                segment = _capitalised(framing.rest)
            short = words(segment) <= _SHORT_ACTION_WORDS and framing is None
            keep_talking = self.conversation and short
            self._text_shots(segment, "", cut_cost=_COST_CUT_CONVERSATION if keep_talking else 0.0)
            self.conversation = keep_talking

    def _text_shots(
        self, text: str, subject: str, sound: tuple[str, ...] = (), cut_cost: float = 0.0
    ) -> None:
        cast = self.cast.mentioned(text)
        look = Look(ShotSize.MS).framed(self.framing)
        framed_subject = subject or (self.framing_subject if self.framing else "")

        def fits(piece: str) -> bool:
            if _action_time(piece) > self.limit:
                return False
            return prompt_length_fits(look, framed_subject, piece, (), sound, self.cap)

        for k, piece in enumerate(pieces(text, fits)):
            self.add(
                _COST_CUT_SPEECH if k else cut_cost,
                size=ShotSize.MS,
                subject=subject,
                action=piece,
                characters=cast,
                sound=sound,
            )

    def _dialogue(self, beat: Beat) -> None:
        if len(beat.lines) > 1:
            self._dual(beat.lines)
        else:
            self._speech(beat.lines[0])

    def _dual(self, lines: tuple[Line, ...]) -> None:
        names = tuple(self.cast.name(line.character) for line in lines)
        dialogue = tuple(
            DialogueLine(
                character=name,
                line=line.text,
                delivery=_first_delivery(line),
                language=language_of(line.text),
            )
            for name, line in zip(names, lines, strict=True)
        )
        seconds = max(_speech_time(line.text) for line in lines)
        subject = " and ".join(short_name(n) for n in names)
        look = Look(ShotSize.TWO_SHOT).framed(self.framing)
        if seconds <= self.limit and prompt_length_fits(look, subject, "", dialogue, (), self.cap):
            self.add(
                self._talk_cost(),
                size=ShotSize.TWO_SHOT,
                duration=_seconds(seconds, self.cap),
                subject=subject,
                characters=names,
                dialogue=dialogue,
            )
        else:  # too long to say at once: one after the other
            for line in lines:
                self._speech(line)
        if not self.conversation:
            self.talkers = set()
        self.talkers.update(names)
        self.conversation, self.last_speaker = True, names[-1]

    def _speech(self, line: Line) -> None:
        name = self.cast.name(line.character)
        off_screen = bool(OFF_SCREEN.search(line.extension))
        if not line.text:  # a cue with only a parenthetical: something they do
            action = f"{name} {' '.join(p.delivery for p in line.parts)}".strip()
            self._text_shots(action, "", cut_cost=self._talk_cost())
            self.conversation, self.last_speaker = True, name
            return
        characters: tuple[str, ...]
        if not self.conversation:
            self.talkers = set()
        self.talkers.add(name)
        answering = self.conversation and self.last_speaker not in ("", name)
        answering = answering and len(self.talkers | {self.last_speaker}) == 2  # a two-hander
        if off_screen:
            size, subject, characters = ShotSize.WS, "", ()
        elif answering:
            near, far = short_name(name), short_name(self.last_speaker)
            subject = _written_as(
                near + far,
                f"{near}, over {far}'s shoulder",
                f"越过{far}的肩膀拍{near}",
                f"{far}の肩越しに{near}",
            )
            size, characters = ShotSize.OTS, (name, self.last_speaker)
        else:
            size, subject, characters = ShotSize.MCU, short_name(name), (name,)
        after = [p.delivery for p in line.parts[1:] if not p.text and p.delivery]
        for k, group in enumerate(_groups(line.parts)):
            for j, lines in enumerate(self._split_group(name, group, size, subject, characters)):
                first = k == 0 and j == 0
                closer = not first and not off_screen  # the speech goes on: move in on them
                self.add(
                    self._talk_cost() if first else _COST_CUT_SPEECH,
                    size=ShotSize.CU if closer else size,
                    subject=short_name(name) if closer else subject,
                    characters=(name,) if closer else characters,
                    dialogue=lines,
                    duration=_seconds(_lines_time(lines), self.cap),
                )
        for delivery in after:  # a parenthetical after the last words: what they do then
            if delivery.casefold() in PAUSES:
                last = self.planned[-1]
                last.shot = last.shot.evolve(notes=" ".join((last.shot.notes, f"({delivery})")))
            else:
                self._text_shots(f"{name} {delivery}", "", cut_cost=_COST_CUT_SPEECH)
        self.conversation, self.last_speaker = True, name

    def _talk_cost(self) -> float:
        return _COST_CUT_CONVERSATION if self.conversation else 0.0

    def _split_group(
        self,
        name: str,
        group: list[Part],
        size: ShotSize,
        subject: str,
        characters: tuple[str, ...],
    ) -> Iterable[tuple[DialogueLine, ...]]:
        """A group of parts said in one shot, continued in more shots while it is too long."""
        look = Look(size).framed(self.framing)

        def fits(said: list[Part]) -> bool:
            if _speech_time(" ".join(p.text for p in said)) > self.limit:
                return False
            lines = tuple(_Said(name, p.delivery, p.text) for p in said)
            return prompt_length_fits(look, subject, "", lines, (), self.cap)

        current: list[Part] = []
        for part in group:

            def fits_alone(text: str, part: Part = part) -> bool:
                return fits([Part(text, part.delivery)])

            for piece in pieces(part.text, fits_alone):
                said = Part(piece, part.delivery)
                if current and not fits([*current, said]):
                    yield self._lines(name, current)
                    current = []
                current.append(said)
        if current:
            yield self._lines(name, current)

    @staticmethod
    def _lines(name: str, said: list[Part]) -> tuple[DialogueLine, ...]:
        return tuple(
            DialogueLine(
                character=name, line=p.text, delivery=p.delivery, language=language_of(p.text)
            )
            for p in said
        )


@dataclass(frozen=True)
class _Said:
    """A line's words before it is a :class:`DialogueLine` (sizing needs only these)."""

    character: str
    delivery: str
    line: str


def _lines_time(lines: tuple[DialogueLine, ...]) -> float:
    return _speech_time(" ".join(line.line for line in lines))


def _groups(parts: tuple[Part, ...]) -> list[list[Part]]:
    """Parts split where a parenthetical is an action ("closer"), kept together on a pause."""
    groups: list[list[Part]] = []
    for part in parts:
        if not part.text:
            continue
        pause = part.delivery.strip().casefold() in PAUSES
        if groups and (pause or not part.delivery):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


def _first_delivery(line: Line) -> str:
    return next((p.delivery for p in line.parts if p.delivery), "")


def _only_a_subject(rest: str) -> bool:
    """ "EDWARD" or "THE RING" after "CLOSE ON": a direction framing the next shot."""
    rest = rest.strip().rstrip(".:")
    if not rest:
        return True
    if CJK.search(rest):
        return len(rest) <= 12 and not re.search(r"[。！？，；…]", rest)
    cased = any(ch.isupper() for ch in rest) and not any(ch.islower() for ch in rest)
    return cased and len(rest.split()) <= 6 and "." not in rest


def _sentence_case(text: str) -> str:
    """ "THE RING ON HIS FINGER" → "The ring on his finger"; mixed case stays."""
    text = " ".join(text.split())
    if any(ch.islower() for ch in text):
        return _capitalised(text)
    return text[:1].upper() + text[1:].lower()


def _capitalised(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def plan_scene(
    scene: Scene, cap: ModelCapability = KLING_V3, cast: Cast | None = None
) -> list[tuple[Shot, float]]:
    """The shots of one scene, in order, with what cutting before each would cost."""
    cast = cast or Cast(Script("", (scene,)))
    planned = _ScenePlan(scene, cap, cast).plan()
    if scene.heading and len(planned) > 1:
        planned[1].cut_cost = max(planned[1].cut_cost, _COST_CUT_ESTABLISHING)
    return [(p.shot, p.cut_cost) for p in planned]


def _board_cost(size: int) -> float:
    return _COST_BOARD + _COST_BY_SIZE.get(size, 0.0)


def fit(planned: list[tuple[Shot, float]], cap: ModelCapability) -> list[list[Shot]]:
    """Shots packed into storyboards within the model's limits, cut where it costs least."""
    shots = [shot for shot, _ in planned]  # each within the longest total: see _ScenePlan.limit
    count = len(shots)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * count
    for end in range(1, count + 1):
        total = 0.0
        for start in range(end - 1, max(end - cap.max_shots, 0) - 1, -1):
            total += shots[start].duration
            if total > cap.max_total and start < end - 1:
                break
            cut = planned[start][1] if start else 0.0
            cost = best[start][0] + _board_cost(end - start) + cut
            if cost < best[end][0]:
                best[end] = (cost, start)
    boards: list[list[Shot]] = []
    end = count
    while end > 0:
        start = best[end][1]
        boards.insert(0, shots[start:end])
        end = start
    for board in boards:
        total = sum(s.duration for s in board)
        if total < cap.min_total:
            board[-1] = board[-1].evolve(duration=board[-1].duration + cap.min_total - total)
    return boards


def board_name(scene: Scene, part: int, parts: int) -> str:
    """ "Scene 3 · INT. ROADSIDE DINER – CONTINUOUS (2/2)", "Prologue" (in the app's
    language: "第 3 场 · 内景. 路边餐馆 – 夜 (2/2)")."""
    if scene.heading:
        heading = read_heading(scene.heading)
        number = scene.scene_number or heading.number or str(scene.number)
        name = _("Scene {number} · {heading}").format(number=number, heading=heading.text)
    else:
        name = _("Prologue")
    return f"{name} ({part}/{parts})" if parts > 1 else name


def script_to_project(
    script: Script, scenes: set[int] | None = None, cap: ModelCapability = KLING_V3
) -> Project:
    """A project of storyboards for the chosen scenes (numbers from 1, the prologue 0)."""
    cast = Cast(script)
    storyboards = []
    speakers: dict[str, None] = {}
    for scene in script.scenes:
        if scenes is not None and scene.number not in scenes:
            continue
        parts = fit(plan_scene(scene, cap, cast), cap)
        for part, shots in enumerate(parts, start=1):
            storyboards.append(
                Storyboard(
                    id=f"scene{scene.number}-{part}",
                    name=board_name(scene, part, len(parts)),
                    model=cap.name,
                    shots=tuple(shots),
                )
            )
            for shot in shots:
                for name in (*shot.characters, *(line.character for line in shot.dialogue)):
                    speakers[name] = None
    if not storyboards:
        storyboards.append(Storyboard(name=numbered_board_name(1), shots=(Shot(),)))
    return Project(
        title=script.title,
        storyboards=tuple(storyboards),
        characters=tuple(Character(name=name) for name in speakers),
    )
