"""Guidances payload to a Replicate Kling 3.0 prediction, with Replicate's own limits.

Sources (``shared/docs/kling-api.md`` §10 "REP", from the models' API pages
``https://replicate.com/kwaivgi/kling-v3-video/versions/4a8ba274…/api`` and
``https://replicate.com/kwaivgi/kling-v3-omni-video/versions/1d449e25…/api``):
``prompt``, ``negative_prompt``, ``start_image``, ``end_image``, ``mode``
``standard|pro``, ``aspect_ratio`` (ignored with ``start_image``), ``duration`` an integer
3–15, ``generate_audio`` (default false), ``multi_prompt`` a JSON *string*
``[{"prompt": …, "duration": N}]`` (≤6 shots, ≥1 s each, summing to ``duration``); the
Omni model adds ``reference_images`` (≤7). The stored docs we could search did not
include these model pages, so the field list is as kling-api.md recorded it (NOT
RE-CONFIRMED here). Also not confirmed: whether ``prompt`` is needed next to
``multi_prompt`` (we send only ``multi_prompt``), and whether the Omni model reads Kling's
``<<<image_n>>>`` tokens in prompts (we send them, as Kling's own API wants).

Images (``https://replicate.com/docs/topics/predictions/input-files``): a URL, or a data
URI "only recommended if the file is less than 1MB"; larger files go through Replicate's
file storage only when the user allowed that upload.

Prices of these models were not found in any source we could reach: unknown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import ImageFile, kling_shot_prompts
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import N_, _
from storyboard_app.providers.directions import (
    duration_problems,
    frame_problems,
    seed_problem,
    whole_seconds,
)
from storyboard_app.providers.port import (
    ImageForm,
    PriceQuote,
    ServiceCapability,
    ServiceRequest,
    Unsupported,
)
from storyboard_app.providers.quote import ServiceQuote, per_second_price

SERVICE = "replicate"
VIDEO_MODEL = "kwaivgi/kling-v3-video"
OMNI_MODEL = "kwaivgi/kling-v3-omni-video"
INLINE_MAX_BYTES = 1_000_000
"""Replicate recommends data URIs only for files under 1 MB."""
REFERENCES_MAX = 7
UPLOAD_PLACE = N_("Replicate's file storage (api.replicate.com/v1/files, kept with your account)")
_MODE = {Mode.STD: "standard", Mode.PRO: "pro"}


def _row(model: str, label: str) -> ServiceCapability:
    return ServiceCapability(
        service=SERVICE,
        endpoint=model,
        label=label,
        modes=(Mode.STD, Mode.PRO),
        max_shots=6,
        shot_min_seconds=1,
        shot_max_seconds=15,
        total_min_seconds=3,
        total_max_seconds=15,
        duration_type=int,
        audio_default=False,
        needs_first_frame=False,
        takes_aspect_ratio=True,
        image_forms=(ImageForm.URL, ImageForm.DATA_URI, ImageForm.UPLOAD),
        inline_image_max_bytes=INLINE_MAX_BYTES,
        usd_per_second=MappingProxyType({}),
        sources=(
            f"https://replicate.com/{model}",
            "https://replicate.com/docs/topics/predictions/input-files",
            "shared/docs/kling-api.md §10",
        ),
    )


CAPABILITIES: tuple[ServiceCapability, ...] = (
    _row(VIDEO_MODEL, "Kling 3.0 (Replicate)"),
    _row(OMNI_MODEL, "Kling 3.0 Omni (Replicate)"),
)


def model_for(payload: GuidancesPayload) -> ServiceCapability:
    """The Omni model when the payload has reference images, else the video model."""
    return CAPABILITIES[1] if payload.references else CAPABILITIES[0]


def build_replicate_request(
    payload: GuidancesPayload,
    image_size: Callable[[str], int] | None = None,
    allow_upload: bool = False,
) -> ServiceRequest:
    """Replicate's prediction input; every direction it cannot take is named."""
    cap = model_for(payload)
    problems: list[Unsupported] = []
    notices: list[str] = []
    if payload.mode not in _MODE:
        problems.append(Unsupported(
            "mode", _("Replicate's Kling 3.0 renders standard (720p) or pro (1080p) only, "
                      "not 4K."), True,
        ))  # fmt: skip
    problems += duration_problems(payload, cap)
    problems += frame_problems(payload, SERVICE)
    problems += seed_problem(payload, SERVICE)
    if len(payload.references) > REFERENCES_MAX:
        problems.append(Unsupported(
            "references", _("Replicate's Kling 3.0 Omni takes at most {most} reference "
                            "images; this storyboard has {count}.").format(
                                most=REFERENCES_MAX, count=len(payload.references)), True,
        ))  # fmt: skip

    prompts = kling_shot_prompts(payload)
    fields: dict[str, Any] = {}
    if len(payload.guidances) > 1:
        shots = [
            {"prompt": prompt, "duration": whole_seconds(g.duration)}
            for g, prompt in zip(payload.guidances, prompts, strict=True)
        ]
        fields["multi_prompt"] = json.dumps(shots, ensure_ascii=False)
    else:
        fields["prompt"] = prompts[0] if prompts else ""
    fields["duration"] = sum(whole_seconds(g.duration) for g in payload.guidances)
    fields["mode"] = _MODE.get(payload.mode, payload.mode.value)
    fields["generate_audio"] = payload.audio  # Replicate's default is off: always say which
    if not payload.first_frame:
        fields["aspect_ratio"] = payload.aspect_ratio.value
    if payload.negative_prompt.strip():
        fields["negative_prompt"] = payload.negative_prompt.strip()
    images: list[str] = []
    if payload.first_frame:
        fields["start_image"] = ImageFile(payload.first_frame)
        images.append(payload.first_frame)
        if payload.last_frame:
            fields["end_image"] = ImageFile(payload.last_frame)
            images.append(payload.last_frame)
    if payload.references:
        fields["reference_images"] = [ImageFile(path) for path in payload.references]
        images += payload.references

    if image_size is not None:
        for path in dict.fromkeys(images):
            size = image_size(path)
            if size <= INLINE_MAX_BYTES:
                continue
            if allow_upload:
                notices.append(
                    _("{file} ({megabytes} MB) will be uploaded to {place}.").format(
                        file=path, megabytes=f"{size / 1e6:.1f}", place=_(UPLOAD_PLACE)
                    )
                )
            else:
                problems.append(Unsupported(
                    f"image {path}", _("{file} is {megabytes} MB; Replicate takes images "
                                       "inline only under 1 MB. Make it smaller, or allow "
                                       "uploads to {place}.").format(
                        file=path, megabytes=f"{size / 1e6:.1f}", place=_(UPLOAD_PLACE)), True,
                ))  # fmt: skip
    return ServiceRequest(
        SERVICE, cap.endpoint, MappingProxyType(fields), tuple(problems), tuple(notices)
    )


def replicate_price(payload: GuidancesPayload) -> PriceQuote | None:
    """Replicate's price for the payload; None while the models' prices are not known."""
    return per_second_price(payload, model_for(payload))


def quote_replicate(
    payload: GuidancesPayload, image_size: Callable[[str], int] | None = None
) -> ServiceQuote:
    """What Replicate would be sent (no upload allowed yet) and would charge, without a
    client (Render With…)."""
    request = build_replicate_request(payload, image_size)
    return ServiceQuote.of(request, replicate_price(payload), CAPABILITIES)
