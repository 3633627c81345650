"""Guidances payload to a fal.ai Kling 3.0 request, with fal's own limits.

Sources (checked 2026-11-30 with the stored docs; ``shared/docs/kling-api.md`` §10):

* F-T2V ``https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video/llms.txt`` and
  F-I2V ``…/v3/standard/image-to-video/llms.txt``, ``…/v3/pro/image-to-video/llms.txt``:
  ``prompt`` or ``multi_prompt`` (never both), ``duration`` a string, ``generate_audio``,
  ``start_image_url``/``end_image_url``, ``elements``, ``voice_ids``; prices per second
  (standard $0.084 silent / $0.126 with audio; pro image-to-video $0.224 / $0.336).
* F-CDN ``https://fal.ai/docs/documentation/model-apis/fal-cdn.md``: file inputs are URLs;
  "some models also accept data URIs". We send data URIs (no upload the user did not ask
  for). NOT CONFIRMED for these endpoints in particular, nor a size limit for them.
* kling-api.md §10: per-shot ``duration`` enum "3".."15" (INFERRED there: fal's per-shot
  minimum is 3 s), ``generate_audio`` defaults to true, ``shot_type`` customize|intelligent.

Not taken by this adapter (named in ``unsupported``): reference images (fal wants
``elements``: a frontal image plus 1–3 more of one subject, which the payload does not
group), a seed, per-shot frames inside the video, 4K without a first frame (fal offers 4K
as image-to-video only). Prices not found: pro text-to-video, 4K.
``voice_ids`` is never sent: the payload carries dialogue in the prompts but no voice
ids (fal's voices are made with ``fal-ai/kling-video/create-voice``, not built here).
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import ImageFile
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.i18n import _
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

SERVICE = "fal"
_T2V_DOC = "https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video/llms.txt"
_I2V_DOC = "https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/llms.txt"
_PRO_I2V_DOC = "https://fal.ai/models/fal-ai/kling-video/v3/pro/image-to-video/llms.txt"
_STD_PRICE = MappingProxyType({(Mode.STD, False): 0.084, (Mode.STD, True): 0.126})
_PRO_I2V_PRICE = MappingProxyType({(Mode.PRO, False): 0.224, (Mode.PRO, True): 0.336})
_TIER = {Mode.STD: "standard", Mode.PRO: "pro", Mode.UHD_4K: "4k"}


def _row(
    tier: str, kind: str, mode: Mode, price: Any, sources: tuple[str, ...]
) -> ServiceCapability:
    return ServiceCapability(
        service=SERVICE,
        endpoint=f"fal-ai/kling-video/v3/{tier}/{kind}",
        label=f"Kling 3.0 {tier} {kind.replace('-', ' ')} (fal)",
        modes=(mode,),
        max_shots=6,
        shot_min_seconds=3,
        shot_max_seconds=15,
        total_min_seconds=3,
        total_max_seconds=15,
        duration_type=str,
        audio_default=True,
        needs_first_frame=kind == "image-to-video",
        takes_aspect_ratio=kind == "text-to-video",
        image_forms=(ImageForm.URL, ImageForm.DATA_URI, ImageForm.UPLOAD),
        inline_image_max_bytes=None,
        usd_per_second=price,
        sources=(*sources, "shared/docs/kling-api.md §10"),
    )


CAPABILITIES: tuple[ServiceCapability, ...] = (
    _row("standard", "text-to-video", Mode.STD, _STD_PRICE, (_T2V_DOC,)),
    _row("standard", "image-to-video", Mode.STD, _STD_PRICE, (_I2V_DOC,)),
    _row("pro", "text-to-video", Mode.PRO, MappingProxyType({}), ()),
    _row("pro", "image-to-video", Mode.PRO, _PRO_I2V_PRICE, (_PRO_I2V_DOC,)),
    _row("4k", "image-to-video", Mode.UHD_4K, MappingProxyType({}), ()),
)


def capability_for(payload: GuidancesPayload) -> ServiceCapability | None:
    """The endpoint a payload goes to, or None when fal has none for its mode and frames."""
    kind = "image-to-video" if payload.first_frame else "text-to-video"
    endpoint = f"fal-ai/kling-video/v3/{_TIER[payload.mode]}/{kind}"
    return next((row for row in CAPABILITIES if row.endpoint == endpoint), None)


def build_fal_request(
    payload: GuidancesPayload, image_size: Callable[[str], int] | None = None
) -> ServiceRequest:
    """fal's request body for the payload; every direction it cannot take is named."""
    del image_size  # fal documents no inline size limit for these endpoints
    cap = capability_for(payload)
    problems: list[Unsupported] = []
    if cap is None:
        problems.append(Unsupported(
            "mode", _("fal offers Kling 3.0 in 4K as image-to-video only: add a first frame "
                      "to shot 1 or choose std or pro."), True,
        ))  # fmt: skip
        cap = CAPABILITIES[0]
        endpoint = f"fal-ai/kling-video/v3/{_TIER[payload.mode]}/text-to-video"
    else:
        endpoint = cap.endpoint
    problems += duration_problems(payload, cap)
    problems += frame_problems(payload, SERVICE)
    problems += seed_problem(payload, SERVICE)
    if payload.references:
        problems.append(Unsupported(
            "references", _("fal takes reference images as elements (a front view plus 1–3 "
                            "more of one subject); this app does not build them yet: the "
                            "{count} reference image(s) are not sent.").format(
                                count=len(payload.references)), False,
        ))  # fmt: skip

    # The neutral prompts: Kling's <<<image_n>>> tokens would name images fal is not sent.
    prompts = tuple(g.prompt for g in payload.guidances)
    body: dict[str, Any] = {}
    if len(payload.guidances) > 1:
        body["multi_prompt"] = [
            {"prompt": prompt, "duration": str(whole_seconds(g.duration))}
            for g, prompt in zip(payload.guidances, prompts, strict=True)
        ]
        body["shot_type"] = "customize"
    else:
        body["prompt"] = prompts[0] if prompts else ""
    body["duration"] = str(sum(whole_seconds(g.duration) for g in payload.guidances))
    body["generate_audio"] = payload.audio  # fal's default is on: always say which
    if cap.takes_aspect_ratio:
        body["aspect_ratio"] = payload.aspect_ratio.value
    if payload.negative_prompt.strip():
        body["negative_prompt"] = payload.negative_prompt.strip()
    if payload.first_frame:
        body["start_image_url"] = ImageFile(payload.first_frame)
        if payload.last_frame:
            body["end_image_url"] = ImageFile(payload.last_frame)
    return ServiceRequest(SERVICE, endpoint, MappingProxyType(body), tuple(problems))


def fal_price(payload: GuidancesPayload) -> PriceQuote | None:
    """fal's price for the payload (per second of video), or None where none was found."""
    return per_second_price(payload, capability_for(payload))


def quote_fal(
    payload: GuidancesPayload, image_size: Callable[[str], int] | None = None
) -> ServiceQuote:
    """What fal would be sent and would charge, without a client (Render With…)."""
    return ServiceQuote.of(build_fal_request(payload, image_size), fal_price(payload), CAPABILITIES)
