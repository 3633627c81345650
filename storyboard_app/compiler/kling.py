"""Guidances payload to a Kling request (legacy standard, ``shared/docs/kling-api.md`` §3-4).

Endpoint choice:

* reference images in any shot (or a model that is itself an Omni model) → ``omni-video``
  with the capability row's ``reference_model``; the prompt names them ``<<<image_n>>>``;
* else a first frame → ``image2video`` (``image``, optional ``image_tail``, no aspect ratio);
* else → ``text2video``.

Images are carried as :class:`ImageFile` placeholders. :meth:`KlingRequest.display_body`
names the files (for the payload dock and job records); only
:meth:`KlingRequest.wire_body`, called when a request is really sent, reads and
base64-encodes the bytes (no ``data:`` prefix, §4.2).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from storyboard_app.compiler.guidances import Guidance, GuidancesPayload
from storyboard_app.compiler.prompt import short_name
from storyboard_app.compiler.props import payload_props, prop_key, subject_key
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.vocabulary import ImageRole

TEXT2VIDEO = "/v1/videos/text2video"
IMAGE2VIDEO = "/v1/videos/image2video"
OMNI_VIDEO = "/v1/videos/omni-video"


@dataclass(frozen=True)
class ImageFile:
    """An image the request carries, named by its path inside the project folder."""

    path: str

    def display(self) -> str:
        """How the image is shown where bytes would be: ``<image assets/ab.png>``."""
        return f"<image {self.path}>"


@dataclass(frozen=True)
class KlingRequest:
    """A request ready for the Kling client: endpoint, model and body."""

    endpoint: str
    model_name: str
    body: Mapping[str, Any]
    characters: Mapping[str, str] = field(default_factory=dict)
    """How each pictured character is sent: "element …" or "pictures …" (for people)."""
    props: Mapping[str, str] = field(default_factory=dict)
    """How each named product and place is sent, likewise ("the cup (product)" → …)."""

    def images(self) -> tuple[ImageFile, ...]:
        """Every image the body carries, in order."""
        found: list[ImageFile] = []

        def walk(value: object) -> None:
            if isinstance(value, ImageFile):
                found.append(value)
            elif isinstance(value, Mapping):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list | tuple):
                for item in value:
                    walk(item)

        walk(self.body)
        return tuple(found)

    def display_body(self) -> dict[str, Any]:
        """The body with every image named by its file instead of its bytes."""
        return _render_body(self.body, lambda image: image.display())

    def wire_body(self, read: Callable[[str], bytes]) -> dict[str, Any]:
        """The body to send: each image read with ``read(path)`` and base64-encoded."""
        return _render_body(
            self.body, lambda image: base64.b64encode(read(image.path)).decode("ascii")
        )

    def display(self) -> dict[str, Any]:
        """Endpoint and displayed body together, as the payload dock and CLI show them."""
        shown: dict[str, Any] = {"method": "POST", "endpoint": self.endpoint}
        if self.characters:
            shown["characters"] = dict(self.characters)
        if self.props:
            shown["props and places"] = dict(self.props)
        shown["body"] = self.display_body()
        return shown


def _render_body(body: Mapping[str, Any], image: Callable[[ImageFile], str]) -> dict[str, Any]:
    return {key: _render(value, image) for key, value in body.items()}


def _render(value: Any, image: Callable[[ImageFile], str]) -> Any:
    if isinstance(value, ImageFile):
        return image(value)
    if isinstance(value, Mapping):
        return {key: _render(item, image) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_render(item, image) for item in value]
    return value


_ROLE_WORDING: Mapping[ImageRole, str] = {
    ImageRole.CHARACTER: "{label} looks like {token}",
    ImageRole.PRODUCT: "{label} looks exactly like {token}",
    ImageRole.STYLE: "match the visual style of {token}",
    ImageRole.LOCATION: "{label} looks like {token}",
}
_ROLE_DEFAULT_LABEL: Mapping[ImageRole, str] = {
    ImageRole.CHARACTER: "the character",
    ImageRole.PRODUCT: "the product",
    ImageRole.STYLE: "",
    ImageRole.LOCATION: "the location",
}


_ROLE_WORDING_CHINESE: Mapping[ImageRole, str] = {
    ImageRole.CHARACTER: "{label}的样子参照{token}",
    ImageRole.PRODUCT: "{label}与{token}完全一致",
    ImageRole.STYLE: "画面风格参照{token}",
    ImageRole.LOCATION: "{label}参照{token}",
}
_ROLE_DEFAULT_LABEL_CHINESE: Mapping[ImageRole, str] = {
    ImageRole.CHARACTER: "角色",
    ImageRole.PRODUCT: "产品",
    ImageRole.STYLE: "",
    ImageRole.LOCATION: "场景",
}


def _reference_sentence(guidance: Guidance, tokens: Mapping[str, str], language: str = "en") -> str:
    """ "References: Ray looks like <<<image_1>>> and <<<image_2>>>; Ann is <<<element_1>>>."
    (in Chinese "参考：……。").

    Several pictures of one subject share one phrase (it keeps a shot's 512 characters for
    the shot itself)."""
    zh = language == "zh"
    wording = _ROLE_WORDING_CHINESE if zh else _ROLE_WORDING
    default_label = _ROLE_DEFAULT_LABEL_CHINESE if zh else _ROLE_DEFAULT_LABEL
    grouped: dict[tuple[str, ImageRole, bool], list[str]] = {}
    for ref in guidance.references:
        label = ref.label.strip() or default_label[ref.role]
        subject = subject_key(ref)
        element = tokens.get(subject) if subject is not None else None
        if element is not None:
            found = grouped.setdefault((label, ref.role, True), [])
            token = element
        elif ref.image in tokens:
            found = grouped.setdefault((label, ref.role, False), [])
            token = tokens[ref.image]
        else:  # not sent (a model without references)
            continue
        if token not in found:
            found.append(token)
    joiner = "和" if zh else " and "
    phrases = [
        (f"{label}是{joiner.join(found)}" if zh else f"{label} is {joiner.join(found)}")
        if is_element
        else wording[role].format(label=label, token=joiner.join(found))
        for (label, role, is_element), found in grouped.items()
    ]
    if not phrases:
        return ""
    if zh:
        return f"参考：{'；'.join(phrases)}。"
    return f"References: {'; '.join(phrases)}."


def _speakers(guidance: Guidance) -> list[str]:
    return [line.character.casefold() for line in guidance.dialogue if line.line.strip()]


def _voices_sentence(described: list[str], language: str = "en") -> str:
    """How speakers sound, from the bible: "Voices: Ray: low, gravelly." (Chinese "声音：…。")."""
    if language == "zh":
        return f"声音：{'；'.join(described)}。"
    return f"Voices: {'; '.join(described)}."


def kling_shot_prompt(guidance: Guidance, tokens: Mapping[str, str], language: str = "en") -> str:
    """A shot's Kling prompt: the neutral prompt plus its ``<<<image_n>>>`` references."""
    sentence = _reference_sentence(guidance, tokens, language)
    if not sentence:
        return guidance.prompt
    return guidance.prompt + sentence if language == "zh" else f"{guidance.prompt} {sentence}"


def _voice_words(payload: GuidancesPayload) -> dict[str, str]:
    if not payload.audio:
        return {}
    colon = "：" if payload.prompt_language == "zh" else ": "
    return {v.name.casefold(): f"{v.name}{colon}{v.voice.rstrip('.。')}" for v in payload.voices}


@dataclass(frozen=True)
class KlingElement:
    """A character's, product's or place's ready Kling element (§13). Its id belongs to the
    rendering account."""

    character: str
    """The character's name, or the product's or place's name (see :attr:`role`)."""
    element_id: int
    voice: str = ""
    """The name of the voice bound to it, if any (§14.4), for people."""
    role: ImageRole = ImageRole.CHARACTER
    pictures: tuple[str, ...] = ()
    """A product's or place's pictures, as it was made from them: it stands for the thing
    only in a storyboard that shows exactly these (another storyboard may give the same
    name to other pictures)."""

    @property
    def key(self) -> str:
        """How the account's elements name it: a character's casefolded name, else
        :func:`~storyboard_app.compiler.props.prop_key`."""
        if self.role == ImageRole.CHARACTER:
            return self.character.casefold()
        return prop_key(self.role, self.character)


class AccountElements(dict[str, KlingElement]):
    """What the rendering account holds for a project: the ready elements of its characters
    (by name) and of its storyboards' named products and places (by
    :func:`~storyboard_app.compiler.props.prop_key`), and the Kling voice id each character
    speaks with (a preset, or the account's custom voice made from their recording).

    It is a mapping of elements so that every caller that passes elements (the job queue,
    the cost estimate) carries the voices along; ``voice_list`` reads :attr:`voices`.
    """

    def __init__(
        self,
        elements: Mapping[str, KlingElement] | None = None,
        voices: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(elements or {})
        self.voices: dict[str, str] = dict(voices or {})


@dataclass(frozen=True)
class KlingPlan:
    """Where a payload goes and how its pictures travel."""

    endpoint: str
    model_name: str
    references: tuple[str, ...]
    """Images sent as plain references (``<<<image_n>>>``, in this order)."""
    elements: tuple[KlingElement, ...]
    """Characters, then products and places, sent as elements (``<<<element_n>>>``, in
    this order)."""

    @property
    def omni(self) -> bool:
        """Whether the request goes to ``omni-video``."""
        return self.endpoint == OMNI_VIDEO


def _element_subjects(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement]
) -> list[KlingElement]:
    """The payload's characters with a ready element, then its named products and places
    whose element was made from exactly the pictures this storyboard shows (characters
    first: when the limit leaves no room, a face matters more than a prop)."""
    by_key = {element.key: element for element in elements.values()}
    found: dict[str, KlingElement] = {}
    for guidance in payload.guidances:
        for ref in guidance.references:
            key = ref.label.casefold()
            if ref.source == "character" and key in by_key:
                found.setdefault(key, by_key[key])
    for prop in payload_props(payload):
        element = by_key.get(prop.key)
        if element is not None and element.pictures == prop.pictures:
            found.setdefault(prop.key, element)
    return list(found.values())


def _references_without(payload: GuidancesPayload, subjects: set[str]) -> tuple[str, ...]:
    """The payload's reference images, less the pictures of what goes as elements."""
    kept = [
        ref.image
        for g in payload.guidances
        for ref in g.references
        if subject_key(ref) not in subjects
    ]
    return tuple(dict.fromkeys(kept))


def kling_plan(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> KlingPlan:
    """The endpoint, the model and how each picture travels.

    * Only a model with an Omni variant goes to ``omni-video``, which takes
      ``kling-video-o1`` and ``kling-v3-omni`` alone (§4.3, V-LEG ``model_name`` enum): a
      kling-v2-6 board's character pictures stay unsent, and validation names them.
    * A character with a ready element (``elements``, by name), and a named product or place
      whose element was made from the storyboard's pictures of it, is sent as that element where
      the model takes elements: kling-v3 on ``image2video`` (≤3, §13.5) and kling-v3-omni
      (≤3 with a first or end frame, else images + elements ≤7, §13.6); ``text2video``
      takes none (§13.4), so a kling-v3 board with elements and no first frame goes to
      Omni. Characters past the limit, or without an element, go as their pictures.
    """
    cap = capability(payload.model)
    if cap is None or cap.reference_model is None:
        endpoint = IMAGE2VIDEO if payload.first_frame else TEXT2VIDEO
        return KlingPlan(endpoint, payload.model, (), ())
    chosen = _element_subjects(payload, elements or {})
    own_omni = cap.reference_model == cap.name
    frames = 1 if payload.first_frame else 0
    if chosen and not own_omni and frames and cap.elements_max:
        chosen = chosen[: cap.elements_max]
        references = _references_without(payload, {e.key for e in chosen})
        if not references:
            return KlingPlan(IMAGE2VIDEO, cap.name, (), tuple(chosen))
    omni_cap = capability(cap.reference_model) or cap
    chosen = chosen[: omni_cap.elements_with_frames_max if frames else omni_cap.elements_max]
    references = _references_without(payload, {e.key for e in chosen})
    if references or chosen or own_omni:
        return KlingPlan(OMNI_VIDEO, cap.reference_model, references, tuple(chosen))
    return KlingPlan(IMAGE2VIDEO if frames else TEXT2VIDEO, cap.name, (), ())


def _account_voices(elements: Mapping[str, KlingElement] | None) -> dict[str, str]:
    if isinstance(elements, AccountElements):
        return {name.casefold(): voice for name, voice in elements.voices.items() if voice}
    return {}


def _speaker_tag(name: str) -> re.Pattern[str]:
    """Where a speaker's name opens a dialogue tag: ``[Ann,`` ``[Ann]`` or ``[安，``."""
    return re.compile(r"\[" + re.escape(short_name(name)) + r"(?=[,，\]])")


def voice_plan(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> tuple[tuple[str, str], ...]:
    """The speakers sent with their Kling voice (``voice_list``), as (name, voice id), in
    the order of their ``<<<voice_n>>>`` tokens.

    §14.5: only kling-v2-6 on image2video takes ``voice_list`` (at most 2), with ``sound``
    on; never together with ``element_list``. A speaker's voice goes when the account knows
    their voice (``AccountElements.voices``) and their line is in the prompt, where the
    token follows their name as in the vendor's example (``The man<<<voice_1>>> said``).
    """
    cap = capability(payload.model)
    plan = kling_plan(payload, elements)
    voices = _account_voices(elements)
    if (
        cap is None
        or not cap.voices_max
        or not payload.audio
        or plan.endpoint != IMAGE2VIDEO
        or plan.elements
        or not voices
    ):
        return ()
    chosen: dict[str, tuple[str, str]] = {}
    for guidance in payload.guidances:
        for line in guidance.dialogue:
            key = line.character.casefold()
            if (
                key in voices
                and line.line.strip()
                and _speaker_tag(line.character).search(guidance.prompt)
            ):
                chosen.setdefault(key, (line.character, voices[key]))
    return tuple(chosen.values())[: cap.voices_max]


@dataclass(frozen=True)
class CharacterRoute:
    """How a pictured character travels in a request, and why not as an element."""

    character: str
    """A character's name, or a product's or place's (see :attr:`role`)."""
    element: bool
    why: str = ""
    """Why pictures: ``model`` (the request's model or endpoint takes no elements),
    ``limit`` (the request already carries as many elements as it may), ``not-ready`` (no
    ready element on the account), ``pictures`` (an element needs 2–4 pictures)."""
    role: ImageRole = ImageRole.CHARACTER
    pictures: int = 0
    """How many pictures a product or place has in the storyboard."""


def character_routes(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> tuple[CharacterRoute, ...]:
    """Each pictured character of the payload, as an element or as pictures, and why."""
    plan = kling_plan(payload, elements)
    as_elements = {e.key for e in plan.elements if e.role == ImageRole.CHARACTER}
    ready = {e.key for e in (elements or {}).values() if e.role == ImageRole.CHARACTER}
    pictures: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for guidance in payload.guidances:
        for ref in guidance.references:
            if ref.source == "character":
                pictures.setdefault(ref.label.casefold(), set()).add(ref.image)
                names.setdefault(ref.label.casefold(), ref.label)
    cap = capability(plan.model_name)
    takes = bool(cap and cap.elements_max) and plan.endpoint != TEXT2VIDEO
    routes = []
    for key, name in names.items():
        if key in as_elements:
            routes.append(CharacterRoute(name, True))
        elif not takes:
            routes.append(CharacterRoute(name, False, "model"))
        elif key in ready:
            routes.append(CharacterRoute(name, False, "limit"))
        elif not 2 <= len(pictures[key]) <= 4:
            routes.append(CharacterRoute(name, False, "pictures"))
        else:
            routes.append(CharacterRoute(name, False, "not-ready"))
    return tuple(routes)


def prop_routes(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> tuple[CharacterRoute, ...]:
    """Each named product and place of the payload, as an element or as pictures, and why
    (``not-ready`` also when its element was made from other pictures: out of date)."""
    plan = kling_plan(payload, elements)
    as_elements = {e.key for e in plan.elements}
    ready = {e.key for e in (elements or {}).values()}
    cap = capability(plan.model_name)
    takes = bool(cap and cap.elements_max) and plan.endpoint != TEXT2VIDEO
    routes = []
    for prop in payload_props(payload):
        if prop.key in as_elements:
            why = ""
        elif not takes:
            why = "model"
        elif not 2 <= len(prop.pictures) <= 4:
            why = "pictures"
        elif prop.key in ready and any(
            e.key == prop.key and e.pictures == prop.pictures for e in (elements or {}).values()
        ):
            why = "limit"
        else:
            why = "not-ready"
        routes.append(CharacterRoute(prop.label, not why, why, prop.role, len(prop.pictures)))
    return tuple(routes)


def reference_tokens(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> dict[str, str]:
    """``<<<image_n>>>`` for each image sent as a reference and ``<<<element_n>>>`` for each
    character, product or place sent as an element (keyed by :attr:`KlingElement.key`),
    numbered from 1 in order."""
    plan = kling_plan(payload, elements)
    tokens = {path: f"<<<image_{n}>>>" for n, path in enumerate(plan.references, start=1)}
    for n, element in enumerate(plan.elements, start=1):
        tokens[element.key] = f"<<<element_{n}>>>"
    return tokens


def uses_omni(payload: GuidancesPayload) -> bool:
    """Whether the payload goes to ``omni-video`` (see :func:`kling_plan`)."""
    return kling_plan(payload).omni


def billing_model(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> str:
    """The model that renders (and bills) the payload: the Omni model when it has references."""
    return kling_plan(payload, elements).model_name


def negative_clause(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> str:
    """The storyboard's negatives written into an Omni prompt: "Avoid: blur, watermark."

    ``omni-video`` has no ``negative_prompt`` field; its prompt "can include positive and
    negative descriptions" (V-LEG Omni-Video ``prompt``; kling-api.md §4.3 lists no such
    field either), so on Omni the negatives go into every shot's prompt instead. text2video
    and image2video document ``negative_prompt`` (§4.1) and keep the field.
    """
    negatives = " ".join(payload.negative_prompt.split()).rstrip(".。")
    if not negatives or not kling_plan(payload, elements).omni:
        return ""
    return f"避免：{negatives}。" if payload.prompt_language == "zh" else f"Avoid: {negatives}."


@dataclass(frozen=True)
class KlingPrompts:
    """The prompt text of a request, and what had no room in it."""

    shots: tuple[str, ...]
    """Each shot's prompt as sent (``multi_prompt``), or its part of :attr:`whole`."""
    whole: str
    """The one ``prompt`` field: the single shot's, or all parts when Kling cuts."""
    left_out: Mapping[str, tuple[int, ...]]
    """"voices" / "negatives" → the shots (1-based) whose prompt had no room for them."""


def _fits(text: str, limit: int | None) -> bool:
    return limit is None or len(text) <= limit


def kling_prompts(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> KlingPrompts:
    """Every prompt of the request, built within the model's prompt limits.

    A shot's prompt is the neutral prompt plus its reference tokens; then, while they fit
    the limit (512 a shot in a multi-shot request, 2500 for one prompt), how its speakers
    sound and, on Omni, the negatives. A voice with no room in its speaker's shot goes into
    the first other shot of the request that shows the character and has room (one request
    is one generation; that the model carries it over is INFERRED). What found no room is
    listed in ``left_out`` for validation to name. When Kling cuts
    (``shot_type:"intelligence"``, kling-api.md §16.1) the shots become numbered parts of
    one prompt, each with its rough length, and the negatives end it; ``multi_prompt`` is
    left out (whether it would be ignored or refused with intelligence is not documented).
    """
    plan = kling_plan(payload, elements)
    tokens = reference_tokens(payload, elements)
    cap = capability(plan.model_name)
    model_cuts = payload.cuts == "model"
    multi = len(payload.guidances) > 1 and not model_cuts
    limit = None if cap is None or model_cuts else cap.shot_prompt_max if multi else cap.prompt_max
    language = payload.prompt_language
    gap = "" if language == "zh" else " "
    shots = [kling_shot_prompt(g, tokens, language) for g in payload.guidances]
    for n, (name, _voice) in enumerate(voice_plan(payload, elements), start=1):
        shots = [_speaker_tag(name).sub(rf"\g<0><<<voice_{n}>>>", text) for text in shots]
    left_out: dict[str, list[int]] = {"voices": [], "negatives": []}

    def add(k: int, extra: str) -> bool:
        joined = f"{shots[k]}{gap}{extra}"
        if not _fits(joined, limit):
            return False
        shots[k] = joined
        return True

    voices = _voice_words(payload)
    homeless: dict[str, list[int]] = {}
    for k, guidance in enumerate(payload.guidances):
        speakers = [n for n in dict.fromkeys(_speakers(guidance)) if n in voices]
        if speakers and not add(k, _voices_sentence([voices[n] for n in speakers], language)):
            for name in speakers:
                homeless.setdefault(name, []).append(guidance.index)
    for name, speaking in homeless.items():
        placed = any(
            add(k, _voices_sentence([voices[name]], language))
            for k, g in enumerate(payload.guidances)
            if name in {c.casefold() for c in g.characters}
        )
        if not placed:
            left_out["voices"].extend(speaking)

    avoid = negative_clause(payload, elements)
    whole = shots[0] if len(shots) == 1 else ""
    if model_cuts:
        whole = _model_cut_notes(payload, shots)
        if avoid:
            if cap is None or len(whole) + 1 + len(avoid) <= cap.prompt_max:
                whole = f"{whole}{gap}{avoid}"
            else:
                left_out["negatives"] = [g.index for g in payload.guidances]
    elif avoid:
        for k, guidance in enumerate(payload.guidances):
            if not add(k, avoid):
                left_out["negatives"].append(guidance.index)
        whole = shots[0] if len(shots) == 1 else ""
    return KlingPrompts(
        shots=tuple(shots),
        whole=whole,
        left_out={name: tuple(sorted(set(found))) for name, found in left_out.items() if found},
    )


def _model_cut_notes(payload: GuidancesPayload, prompts: list[str]) -> str:
    if len(prompts) == 1:
        return prompts[0]
    if payload.prompt_language == "zh":
        return "".join(
            f"第{g.index}段（约{g.duration:g}秒）：{prompt}"
            for g, prompt in zip(payload.guidances, prompts, strict=True)
        )
    return " ".join(
        f"Part {g.index} (about {g.duration:g} s): {prompt}"
        for g, prompt in zip(payload.guidances, prompts, strict=True)
    )


def kling_shot_prompts(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> tuple[str, ...]:
    """The prompt of each shot exactly as it goes into the request.

    When Kling cuts, these are the parts of the one prompt (:func:`kling_prompts`).
    """
    return kling_prompts(payload, elements).shots


def _whole_seconds(value: float) -> str:
    return str(round(value))


def compile_kling(
    payload: GuidancesPayload,
    external_task_id: str | None = None,
    elements: Mapping[str, KlingElement] | None = None,
) -> KlingRequest:
    """Translate a guidances payload into the Kling legacy request.

    ``elements`` are the ready elements of the rendering account, by character name; where
    the model takes them they replace the characters' pictures (:func:`kling_plan`). The
    payload should have passed validation; this function does not re-check limits.
    """
    plan = kling_plan(payload, elements)
    omni, endpoint = plan.omni, plan.endpoint
    body: dict[str, Any] = {"model_name": plan.model_name, "mode": payload.mode.value}
    text = kling_prompts(payload, elements)
    prompts = text.shots
    if payload.cuts == "model":
        # "Let Kling cut" (§16.1): one prompt, the total duration, Kling plans the shots.
        body["multi_shot"] = True
        body["shot_type"] = "intelligence"
        body["prompt"] = text.whole
    elif len(payload.guidances) > 1:
        body["multi_shot"] = True
        body["shot_type"] = "customize"
        body["multi_prompt"] = [
            {"index": g.index, "prompt": prompt, "duration": _whole_seconds(g.duration)}
            for g, prompt in zip(payload.guidances, prompts, strict=True)
        ]
    else:
        body["prompt"] = text.whole
    body["duration"] = _whole_seconds(payload.total_duration)
    body["sound"] = "on" if payload.audio else "off"
    if endpoint != IMAGE2VIDEO and not (omni and payload.first_frame):
        # image2video takes its aspect from the image (§4.2); omni needs it unless a first
        # frame sets it (§4.3).
        body["aspect_ratio"] = payload.aspect_ratio.value
    if payload.negative_prompt.strip() and not omni:
        body["negative_prompt"] = payload.negative_prompt.strip()

    if omni:
        image_list: list[dict[str, Any]] = [
            {"image_url": ImageFile(path)} for path in plan.references
        ]
        if payload.first_frame:
            image_list.append({"image_url": ImageFile(payload.first_frame), "type": "first_frame"})
            if payload.last_frame:
                image_list.append({"image_url": ImageFile(payload.last_frame), "type": "end_frame"})
        if image_list:
            body["image_list"] = image_list
    elif payload.first_frame:
        body["image"] = ImageFile(payload.first_frame)
        if payload.last_frame:
            body["image_tail"] = ImageFile(payload.last_frame)
    if plan.elements:
        # a JSON integer: the vendor's type is long (§13.3)
        body["element_list"] = [{"element_id": e.element_id} for e in plan.elements]
    voices = voice_plan(payload, elements)
    if voices:
        # §14.5: voice ids are strings; <<<voice_n>>> follows voice_list's order
        body["voice_list"] = [{"voice_id": voice} for _name, voice in voices]

    if external_task_id:
        body["external_task_id"] = external_task_id
    return KlingRequest(
        endpoint=endpoint,
        model_name=plan.model_name,
        body=body,
        characters=_how_characters_travel(payload, plan, voices),
        props=_how_props_travel(payload, plan),
    )


def _how_props_travel(payload: GuidancesPayload, plan: KlingPlan) -> dict[str, str]:
    """For the payload view: each named product and place, as an element or as pictures."""
    shown: dict[str, str] = {}
    numbers = {e.key: n for n, e in enumerate(plan.elements, start=1)}
    tokens = {path: n for n, path in enumerate(plan.references, start=1)}
    for prop in payload_props(payload):
        name = f"{prop.label} ({prop.role.value})"
        if prop.key in numbers:
            element = plan.elements[numbers[prop.key] - 1]
            shown[name] = f"element {element.element_id} (<<<element_{numbers[prop.key]}>>>)"
            continue
        sent = [f"<<<image_{tokens[p]}>>>" for p in prop.pictures if p in tokens]
        unsent = f"pictures not sent: {plan.model_name} takes none"
        shown[name] = "pictures " + ", ".join(sent) if sent else unsent
    return shown


def _how_characters_travel(
    payload: GuidancesPayload, plan: KlingPlan, voices: tuple[tuple[str, str], ...] = ()
) -> dict[str, str]:
    """For the payload view: each pictured character, as an element or as pictures, and
    each speaker sent with a Kling voice."""
    shown: dict[str, str] = {}
    for n, element in enumerate(plan.elements, start=1):
        if element.role != ImageRole.CHARACTER:
            continue  # a product or place: _how_props_travel
        voice = f", with the voice “{element.voice}”" if element.voice else ""
        shown[element.character] = f"element {element.element_id} (<<<element_{n}>>>){voice}"
    tokens = {path: n for n, path in enumerate(plan.references, start=1)}
    for guidance in payload.guidances:
        for ref in guidance.references:
            if ref.source != "character" or ref.label in shown:
                continue
            sent = [
                f"<<<image_{tokens[r.image]}>>>"
                for r in guidance.references
                if r.label == ref.label and r.source == "character" and r.image in tokens
            ]
            unsent = f"pictures not sent: {plan.model_name} takes none"
            shown[ref.label] = "pictures " + ", ".join(sent) if sent else unsent
    for n, (name, voice) in enumerate(voices, start=1):
        spoken = f"voice {voice} (<<<voice_{n}>>>)"
        shown[name] = f"{shown[name]}; {spoken}" if name in shown else spoken
    return shown
