"""The film vocabulary the app stores: shot sizes, angles, camera moves and their words.

The app keeps film usage internally (a *pan* turns left/right, a *tilt* up/down). Kling's
legacy ``camera_control`` names those axes the other way round; any translation to a
service's own terms happens in that service's compiler, never here.
"""

from __future__ import annotations

from enum import StrEnum


class ShotSize(StrEnum):
    """How much of the subject the frame holds, widest to tightest, then special framings."""

    EWS = "EWS"
    WS = "WS"
    MLS = "MLS"
    MS = "MS"
    MCU = "MCU"
    CU = "CU"
    ECU = "ECU"
    TWO_SHOT = "two-shot"
    OTS = "OTS"
    POV = "POV"
    INSERT = "insert"

    @property
    def words(self) -> str:
        """How a cinematographer says it in a prompt."""
        return _SHOT_SIZE_WORDS[self]

    @property
    def chinese(self) -> str:
        """How a Chinese crew says it (景别)."""
        return _SHOT_SIZE_CHINESE[self]


_SHOT_SIZE_CHINESE = {
    ShotSize.EWS: "大远景",
    ShotSize.WS: "远景",
    ShotSize.MLS: "全景",
    ShotSize.MS: "中景",
    ShotSize.MCU: "近景",
    ShotSize.CU: "特写",
    ShotSize.ECU: "大特写",
    ShotSize.TWO_SHOT: "双人镜头",
    ShotSize.OTS: "过肩镜头",
    ShotSize.POV: "主观镜头",
    ShotSize.INSERT: "插入镜头",
}

_SHOT_SIZE_WORDS = {
    ShotSize.EWS: "extreme wide shot",
    ShotSize.WS: "wide shot",
    ShotSize.MLS: "medium long shot",
    ShotSize.MS: "medium shot",
    ShotSize.MCU: "medium close-up",
    ShotSize.CU: "close-up",
    ShotSize.ECU: "extreme close-up",
    ShotSize.TWO_SHOT: "two-shot",
    ShotSize.OTS: "over-the-shoulder shot",
    ShotSize.POV: "point-of-view shot",
    ShotSize.INSERT: "insert shot",
}


class Angle(StrEnum):
    """Camera height and attitude relative to the subject."""

    EYE_LEVEL = "eye-level"
    HIGH = "high"
    LOW = "low"
    BIRDS_EYE = "birds-eye"
    WORMS_EYE = "worms-eye"
    DUTCH = "dutch"

    @property
    def words(self) -> str:
        """How a cinematographer says it in a prompt."""
        return _ANGLE_WORDS[self]

    @property
    def chinese(self) -> str:
        """How a Chinese crew says it (机位)."""
        return _ANGLE_CHINESE[self]


_ANGLE_CHINESE = {
    Angle.EYE_LEVEL: "平视",
    Angle.HIGH: "俯拍",
    Angle.LOW: "仰拍",
    Angle.BIRDS_EYE: "鸟瞰顶拍",
    Angle.WORMS_EYE: "极低角度仰拍",
    Angle.DUTCH: "倾斜构图",
}


_ANGLE_WORDS = {
    Angle.EYE_LEVEL: "eye-level angle",
    Angle.HIGH: "high angle",
    Angle.LOW: "low angle",
    Angle.BIRDS_EYE: "bird's-eye view",
    Angle.WORMS_EYE: "worm's-eye view",
    Angle.DUTCH: "dutch angle",
}


class Direction(StrEnum):
    """Which way a camera move goes; which directions make sense depends on the move."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"
    UP = "up"
    DOWN = "down"
    IN = "in"
    OUT = "out"
    CLOCKWISE = "clockwise"
    COUNTERCLOCKWISE = "counterclockwise"
    FORWARD = "forward"
    BACKWARD = "backward"


class MoveKind(StrEnum):
    """Camera moves from a film vocabulary."""

    STATIC = "static"
    PAN = "pan"
    TILT = "tilt"
    TRUCK = "truck"
    PEDESTAL = "pedestal"
    CRANE = "crane"
    DOLLY = "dolly"
    ZOOM = "zoom"
    ROLL = "roll"
    ORBIT = "orbit"
    HANDHELD = "handheld"
    TRACKING = "tracking"
    RACK_FOCUS = "rack-focus"
    DOLLY_ZOOM = "dolly-zoom"

    @property
    def directions(self) -> tuple[Direction, ...]:
        """The directions this move can take; the first is the default."""
        return _MOVE_DIRECTIONS[self]


_LR = (Direction.LEFT, Direction.RIGHT)
_UD = (Direction.UP, Direction.DOWN)
_IO = (Direction.IN, Direction.OUT)
_MOVE_DIRECTIONS: dict[MoveKind, tuple[Direction, ...]] = {
    MoveKind.STATIC: (Direction.NONE,),
    MoveKind.PAN: _LR,
    MoveKind.TILT: _UD,
    MoveKind.TRUCK: _LR,
    MoveKind.PEDESTAL: _UD,
    MoveKind.CRANE: _UD,
    MoveKind.DOLLY: _IO,
    MoveKind.ZOOM: _IO,
    MoveKind.ROLL: (Direction.CLOCKWISE, Direction.COUNTERCLOCKWISE),
    MoveKind.ORBIT: _LR,
    MoveKind.HANDHELD: (Direction.NONE,),
    MoveKind.TRACKING: (Direction.FORWARD, Direction.BACKWARD, Direction.LEFT, Direction.RIGHT),
    # "in" pulls focus to the foreground, "out" to the background.
    MoveKind.RACK_FOCUS: (Direction.IN, Direction.OUT),
    MoveKind.DOLLY_ZOOM: _IO,
}


class Speed(StrEnum):
    """How fast a camera move runs."""

    SLOW = "slow"
    MEDIUM = "medium"
    FAST = "fast"


class ImageRole(StrEnum):
    """What a reference image stands for."""

    CHARACTER = "character"
    PRODUCT = "product"
    STYLE = "style"
    LOCATION = "location"


class Mode(StrEnum):
    """Render quality tier: ``std`` is 720p, ``pro`` 1080p, ``4k`` 2160p (Kling's names)."""

    STD = "std"
    PRO = "pro"
    UHD_4K = "4k"


class AspectRatio(StrEnum):
    """Frame shape of a storyboard."""

    WIDE = "16:9"
    VERTICAL = "9:16"
    SQUARE = "1:1"

    @property
    def ratio(self) -> float:
        """Width divided by height."""
        width, height = self.value.split(":")
        return int(width) / int(height)


class PromptLanguage(StrEnum):
    """The language a storyboard's prompts are written in; ``auto`` follows its text."""

    AUTO = "auto"
    ENGLISH = "en"
    CHINESE = "zh"


LANGUAGE_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "ru": "Russian",
}
"""Language codes a dialogue line may carry, with the word used in prompts."""

LANGUAGE_NAMES_CHINESE = {
    "en": "英语",
    "zh": "中文",
    "ja": "日语",
    "ko": "韩语",
    "es": "西班牙语",
    "fr": "法语",
    "de": "德语",
    "it": "意大利语",
    "pt": "葡萄牙语",
}
"""The same languages as Chinese prompts name them."""
