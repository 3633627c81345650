"""The capability table: the single source of every per-model limit and price.

Each figure carries its source (short names from ``shared/docs/kling-api.md`` §0):
V-SKILLS/V-CAP = the vendor's capability map, V-PRICE = the vendor's video pricing page,
V-UPD = the vendor's changelog, V-OMNI3 = the vendor's Omni 3.0 pages, PT/CUI/ISH/Q3 = the
proxy docs and client code listed there. Limits change per model and over time: change
them here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from storyboard_app.domain.vocabulary import AspectRatio, Mode
from storyboard_app.i18n import _

RESOLUTION_OF_MODE: Mapping[Mode, int] = MappingProxyType(
    {Mode.STD: 720, Mode.PRO: 1080, Mode.UHD_4K: 2160}
)
"""Frame height of each mode (kling-api.md §4.1: std = 720p, pro = 1080p, 4k)."""


@dataclass(frozen=True)
class ImageRules:
    """What an input image must be for the service to accept it."""

    formats: tuple[str, ...]
    """Accepted formats, as Pillow names them ("JPEG", "PNG")."""
    max_bytes: int
    min_side: int
    min_aspect: float
    """Narrowest width/height allowed (1:2.5 = 0.4)."""
    max_aspect: float

    def describe_formats(self) -> str:
        """The accepted formats in words, e.g. "JPEG or PNG"."""
        *some, last = self.formats
        return _("{some} or {last}").format(some=_(", ").join(some), last=last) if some else last


@dataclass(frozen=True)
class Price:
    """Units charged per second of output by mode and native audio, and the unit price."""

    usd_per_unit: float
    silent: Mapping[Mode, float]
    with_audio: Mapping[Mode, float]
    with_voices: Mapping[Mode, float] = field(default_factory=dict)
    """Units a second with native audio and ``voice_list`` voices the prompt names."""

    def units_per_second(self, mode: Mode, audio: bool) -> float | None:
        """Units per second, or None when the service does not offer that combination."""
        table = self.with_audio if audio else self.silent
        return table.get(mode)


@dataclass(frozen=True)
class ModelCapability:
    """What one video model accepts in one request."""

    name: str
    label: str
    provider: str
    max_shots: int
    total_durations: tuple[int, ...]
    """Every total duration (whole seconds) the model renders."""
    shot_min_duration: float
    duration_step: float
    shot_prompt_max: int
    """Characters allowed in one shot's prompt of a multi-shot request."""
    prompt_max: int
    """Characters allowed in a single-shot prompt."""
    negative_prompt_max: int
    modes: tuple[Mode, ...]
    aspect_ratios: tuple[AspectRatio, ...]
    audio_modes: tuple[Mode, ...]
    """Modes in which native audio can be switched on (empty: no native audio)."""
    image_rules: ImageRules
    references_per_shot: int
    """Reference images a director may attach to one shot (0: the model takes none)."""
    request_images_max: int
    """Images one request may carry in all: references plus first and last frames."""
    reference_model: str | None
    """Model that renders boards with reference images (Kling: an Omni model), if any."""
    first_frame: bool
    last_frame: bool
    """Whether a last frame is taken (it always needs a first frame too)."""
    frames_in_multi_shot: bool
    """Whether first/last frames may go into a multi-shot request."""
    last_frame_modes: tuple[Mode, ...]
    last_frame_with_audio: bool
    takes_seed: bool
    price: Price
    elements_max: int = 0
    """Kling elements one request of this model may carry on its own endpoint (§13.4)."""
    elements_with_frames_max: int = 0
    """Elements one request may carry with a first (or first and end) frame (§13.6)."""
    model_cuts: bool = False
    """Whether the model plans the cuts of one prompt itself (Kling ``shot_type:
    "intelligence"``, "Let Kling cut")."""
    end_frame_images_max: int | None = None
    """Images an ``omni-video`` request may hold in all when it sets an end frame."""
    voices_max: int = 0
    """Kling voices (``voice_list``, ``<<<voice_n>>>``) one image2video request may carry
    (§14.5: kling-v2-6 only, at most 2)."""
    end_frame_images_confirmed: bool = False
    """Whether the vendor states ``end_frame_images_max`` for this model (else: a warning)."""
    notes: tuple[str, ...] = field(default=())

    @property
    def min_total(self) -> int:
        """Shortest total duration, seconds."""
        return min(self.total_durations)

    @property
    def max_total(self) -> int:
        """Longest total duration, seconds."""
        return max(self.total_durations)

    @property
    def multi_shot(self) -> bool:
        """Whether one request can hold several shots."""
        return self.max_shots > 1


# kling-api.md §4.2 (CUI tooltips, ISH): jpg/jpeg/png, <= 10 MB, >= 300 px a side, 1:2.5-2.5:1.
KLING_IMAGE_RULES = ImageRules(
    formats=("JPEG", "PNG"),
    max_bytes=10 * 1024 * 1024,
    min_side=300,
    min_aspect=1 / 2.5,
    max_aspect=2.5,
)

# V-PRICE: "$0.084 for 0.6 units" and every other row give $0.14 a unit.
KLING_USD_PER_UNIT = 0.14

_ALL_RATIOS = (AspectRatio.WIDE, AspectRatio.VERTICAL, AspectRatio.SQUARE)  # §4.1 CONFIRMED

KLING_V3 = ModelCapability(
    name="kling-v3",
    label="Kling 3.0",
    provider="kling",
    max_shots=6,  # §4.1 multi_prompt 1–6 shots (PT, CUI MultiPromptEntry)
    total_durations=tuple(range(3, 16)),  # §4.1 "3"…"15" (V-SKILLS "std（3～15s）", ISH)
    shot_min_duration=1,  # §4.1 each shot >= 1 (PT, CUI)
    duration_step=1,  # durations are whole seconds sent as strings (§4.1)
    shot_prompt_max=512,  # §4.1 each shot prompt <= 512 (PT, CUI)
    prompt_max=2500,  # §4.1 prompt <= 2500 (PT, CUI MAX_PROMPT_LENGTH_T2V)
    negative_prompt_max=2500,  # §4.1
    modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),  # §4.1 4k since 04/23/2026 (V-UPD, V-SKILLS)
    aspect_ratios=_ALL_RATIOS,
    audio_modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),  # V-CAP native audio; V-PRICE 4K row
    image_rules=KLING_IMAGE_RULES,
    references_per_shot=4,  # the app's per-shot tray; Omni takes <= 7 in all (V-OMNI3)
    request_images_max=7,  # §4.3 images + elements <= 7 (V-OMNI3, CUI max_length=7)
    reference_model="kling-v3-omni",  # §4.3 references go through omni-video
    first_frame=True,  # §4.2 image
    last_frame=True,  # §4.2 image_tail, needs image
    frames_in_multi_shot=True,  # §4.2 allowed with multi-shot since 05/07/2026 (V-UPD)
    last_frame_modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),
    last_frame_with_audio=True,
    takes_seed=False,  # §11 "seed: does not exist"
    # §16.1: shot_type "intelligence" in the kling-v3 text2video/image2video enum (V-LEG)
    model_cuts=True,
    elements_max=3,  # §13.5: element_list on image2video, "Up to 3 Elements" (V-I2V3, V-LEG)
    elements_with_frames_max=3,  # §13.5: image2video always has its start frame
    price=Price(
        usd_per_unit=KLING_USD_PER_UNIT,
        # V-PRICE "Kling 3.0 | No Native Audio": 0.6 / 0.8 / 3.0 units a second
        silent={Mode.STD: 0.6, Mode.PRO: 0.8, Mode.UHD_4K: 3.0},
        # V-PRICE "Kling 3.0 | With Native Audio x No Voice Control": 0.9 / 1.2 / 3.0
        with_audio={Mode.STD: 0.9, Mode.PRO: 1.2, Mode.UHD_4K: 3.0},
    ),
)

KLING_V3_OMNI = ModelCapability(
    name="kling-v3-omni",
    label="Kling 3.0 Omni",
    provider="kling",
    max_shots=6,  # §4.3 multi_shot/multi_prompt as in §4.1
    total_durations=tuple(range(3, 16)),  # §4.3 duration "3"–"15"
    shot_min_duration=1,
    duration_step=1,
    shot_prompt_max=512,
    prompt_max=2500,
    negative_prompt_max=2500,
    modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),  # V-UPD 04/23/2026
    aspect_ratios=_ALL_RATIOS,
    audio_modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),
    image_rules=KLING_IMAGE_RULES,
    references_per_shot=4,
    request_images_max=7,  # V-OMNI3: images + elements <= 7 (<= 4 with a video)
    reference_model="kling-v3-omni",
    first_frame=True,  # §4.3 image_list type first_frame
    last_frame=True,  # §4.3 image_list type end_frame
    frames_in_multi_shot=True,  # V-UPD 05/07/2026
    last_frame_modes=(Mode.STD, Mode.PRO, Mode.UHD_4K),
    last_frame_with_audio=True,
    takes_seed=False,
    model_cuts=True,  # §16.1: omni-video takes shot_type "intelligence" since 03/11/2026 (V-UPD)
    elements_max=7,  # §13.6: reference images + multi-image elements <= 7 (V-OMNI3, V-LEG)
    elements_with_frames_max=3,  # §13.6: "first frame, or first + last frame: <= 3 elements"
    price=Price(
        usd_per_unit=KLING_USD_PER_UNIT,
        # V-PRICE "Kling 3.0 Omni | No Video Input x No Native Audio": 0.6 / 0.8 / 3.0
        silent={Mode.STD: 0.6, Mode.PRO: 0.8, Mode.UHD_4K: 3.0},
        # V-PRICE "Kling 3.0 Omni | No Video Input x With Native Audio": 0.8 / 1.0 / 3.0
        with_audio={Mode.STD: 0.8, Mode.PRO: 1.0, Mode.UHD_4K: 3.0},
    ),
    # V-LEG Omni-Video image_list: "When using the O1 model, setting the start & end frame is
    # not supported when there are more than two images in the array." Stated for O1 only;
    # whether kling-v3-omni shares it is not documented (GAP): validate warns, not refuses.
    end_frame_images_max=2,
    end_frame_images_confirmed=False,
)

KLING_V2_6 = ModelCapability(
    name="kling-v2-6",
    label="Kling 2.6",
    provider="kling",
    max_shots=1,  # V-CAP: multi-shot "Not Supported"
    total_durations=(5, 10),  # V-CAP: "Only supports 5s or 10s duration"
    shot_min_duration=5,
    duration_step=5,
    shot_prompt_max=2500,  # single shot: the whole prompt limit applies
    prompt_max=2500,
    negative_prompt_max=2500,
    modes=(Mode.STD, Mode.PRO),  # V-CAP resolution 720P, 1080P
    aspect_ratios=_ALL_RATIOS,
    audio_modes=(Mode.PRO,),  # V-CAP "720P supports silent videos only"; §4.1 v2.6 pro only
    image_rules=KLING_IMAGE_RULES,
    references_per_shot=0,  # V-CAP: no element control, no Omni variant
    request_images_max=2,
    reference_model=None,
    first_frame=True,
    last_frame=True,
    frames_in_multi_shot=False,
    last_frame_modes=(Mode.PRO,),  # V-CAP First/Last Frame: "Only supports 1080P silent videos"
    last_frame_with_audio=False,
    takes_seed=False,
    model_cuts=False,  # V-CAP: kling-v2-6 has no multi-shot at all
    # §14.5: voice control is kling-v2-6 pro image2video only, voice_list of <= 2 (V-LEG,
    # V-CAP 2026-05-19); the pro-only audio rule above keeps it to 1080p
    voices_max=2,
    price=Price(
        usd_per_unit=KLING_USD_PER_UNIT,
        # V-PRICE "Kling 2.6 | No Native Audio": 0.3 / 0.5
        silent={Mode.STD: 0.3, Mode.PRO: 0.5},
        # V-PRICE "Kling 2.6 | With Native Audio x No Voice Control": 1080P only, 1.0
        with_audio={Mode.PRO: 1.0},
        # V-PRICE 2.6 "with specified voice": 1.2 units a second at 1080p (V-UPD 12/16/2025:
        # 6 units / 5 s), billed when voice_list is set and the prompt names a voice (§14.5)
        with_voices={Mode.PRO: 1.2},
    ),
)

CAPABILITIES: Mapping[str, ModelCapability] = MappingProxyType(
    {cap.name: cap for cap in (KLING_V3, KLING_V3_OMNI, KLING_V2_6)}
)
"""Every model the app knows, by the name stored in a storyboard."""


def capability(model: str) -> ModelCapability | None:
    """The capability row of a model, or None for a model the app does not know."""
    return CAPABILITIES.get(model)
