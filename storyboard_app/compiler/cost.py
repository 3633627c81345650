"""Cost estimate of a render, from the capability table's price rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import KlingElement, billing_model, voice_plan
from storyboard_app.domain.capabilities import capability
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import _


@dataclass(frozen=True)
class CostEstimate:
    """What a render is expected to cost: units of the resource pack and US dollars."""

    model: str
    mode: Mode
    audio: bool
    seconds: float
    units_per_second: float
    units: float
    usd: float
    voices: bool = False
    """Whether speakers go with their Kling voices (``voice_list``, priced higher)."""

    def describe(self) -> str:
        """One line for people: "12 s × 0.9 u/s = 10.8 units ≈ $1.51 (kling-v3, std, audio)"."""
        sound = _("audio") if self.audio else _("silent")
        return _(
            "{seconds} s × {rate} u/s = {units} units ≈ ${usd} ({model}, {mode}, {audio})"
        ).format(
            seconds=f"{self.seconds:g}",
            rate=f"{self.units_per_second:g}",
            units=f"{self.units:g}",
            usd=f"{self.usd:.2f}",
            model=self.model,
            mode=self.mode.value,
            audio=_("audio with voices") if self.voices else sound,
        )


def estimate_cost(
    payload: GuidancesPayload, elements: Mapping[str, KlingElement] | None = None
) -> CostEstimate | None:
    """The estimate, or None when the model or the mode/audio combination has no price.

    Priced as the model the request really goes to (:func:`billing_model`), which the
    account's ready elements can change (kling-v3 image2video instead of Omni). Elements
    carry no documented surcharge (kling-api.md §13.4); speakers sent with their voices
    (``voice_list``, kling-v2-6) are priced "with specified voice" (§14.5).
    """
    model = billing_model(payload, elements)
    cap = capability(model)
    if cap is None:
        return None
    voices = bool(voice_plan(payload, elements))
    rate = (
        cap.price.with_voices.get(payload.mode)
        if voices
        else cap.price.units_per_second(payload.mode, payload.audio)
    )
    if rate is None:
        return None
    seconds = payload.total_duration
    units = round(rate * seconds, 4)
    return CostEstimate(
        model=model,
        mode=payload.mode,
        audio=payload.audio,
        seconds=seconds,
        units_per_second=rate,
        units=units,
        usd=round(units * cap.price.usd_per_unit, 4),
        voices=voices,
    )
