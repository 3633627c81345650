"""What the vendor documents for each legacy video endpoint, as a table the tests check against.

Written from ``shared/docs/kling-api.md``: §4.1 (text2video), §4.2 and §13.5 (image2video),
§4.3 and §13.6 (omni-video, whose field list is the vendor's own, V-LEG "Omni-Video"), §14.5
(``voice_list``), §16.1 (``shot_type``). A field, model, nested key or prompt token that is
not here is one the vendor does not document for that endpoint: the fake service refuses it
and the property test fails on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_COMMON = frozenset(
    {
        "model_name", "prompt", "negative_prompt", "mode", "duration", "sound", "multi_shot",
        "shot_type", "multi_prompt", "cfg_scale", "watermark_info", "callback_url",
        "external_task_id",
    }
)  # fmt: skip

FIELDS: Mapping[str, frozenset[str]] = {
    # §4.1; voice_list is not a t2v field (§16.3 corrects §4.1)
    "text2video": _COMMON | {"aspect_ratio", "camera_control"},
    # §4.2 / §13.5 / §14.5: no aspect_ratio; image, image_tail, element_list, voice_list
    "image2video": _COMMON
    | {"image", "image_tail", "element_list", "voice_list", "camera_control", "static_mask"}
    | {"dynamic_masks"},
    # §4.3, V-LEG Omni-Video: no negative_prompt, no cfg_scale, no voice_list
    "omni-video": frozenset(
        {
            "model_name", "prompt", "multi_shot", "shot_type", "multi_prompt", "image_list",
            "element_list", "video_list", "sound", "mode", "aspect_ratio", "duration",
            "watermark_info", "callback_url", "external_task_id",
        }
    ),
}  # fmt: skip

MODELS: Mapping[str, frozenset[str]] = {
    "text2video": frozenset(
        {"kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master", "kling-v2-5-turbo"}
        | {"kling-v2-6", "kling-v3"}
    ),
    "image2video": frozenset(
        {"kling-v1", "kling-v1-5", "kling-v1-6", "kling-v2-master", "kling-v2-1"}
        | {"kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6", "kling-v3"}
    ),
    "omni-video": frozenset({"kling-video-o1", "kling-v3-omni"}),  # §4.3, V-LEG enum
}

NESTED: Mapping[str, frozenset[str]] = {
    "multi_prompt": frozenset({"index", "prompt", "duration"}),  # §4.1
    "image_list": frozenset({"image_url", "type"}),  # §4.3
    "element_list": frozenset({"element_id"}),  # §13.5, §13.6
    "voice_list": frozenset({"voice_id"}),  # §14.5
}

MULTI_SHOT_MODELS = frozenset({"kling-v3", "kling-v3-omni"})  # §16.1
ELEMENT_MODELS = {"image2video": frozenset({"kling-v3"}), "omni-video": MULTI_SHOT_MODELS}
VOICE_MODELS = frozenset({"kling-v2-6"})  # §14.5: voice control is v2-6 image2video only
TOKEN = re.compile(r"<<<([a-z]+)_(\d+)>>>")
TOKEN_LIST = {"image": "image_list", "element": "element_list", "voice": "voice_list"}


def _prompts(body: Mapping[str, Any]) -> list[str]:
    texts = [str(body.get("prompt", ""))]
    texts += [str(item.get("prompt", "")) for item in body.get("multi_prompt") or []]
    return texts


def undocumented(family: str, body: Mapping[str, Any]) -> str:
    """What in a create body the vendor does not document for that endpoint, or ''."""
    if family not in FIELDS:
        return f"{family} is not a documented endpoint"
    unknown = sorted(set(body) - FIELDS[family])
    if unknown:
        return f"{family} takes no {', '.join(unknown)}"
    model = body.get("model_name")
    if model not in MODELS[family]:
        return f"{family} takes no model {model}"
    for field, keys in NESTED.items():
        for item in body.get(field) or []:
            if not isinstance(item, Mapping) or set(item) - keys:
                return f"{field} items take only {', '.join(sorted(keys))}"
    if body.get("multi_shot") and model not in MULTI_SHOT_MODELS:
        return f"{model} has no multi-shot"
    if "element_list" in body and model not in ELEMENT_MODELS.get(family, frozenset()):
        return f"{model} on {family} takes no element_list"
    if "voice_list" in body and model not in VOICE_MODELS:
        return f"{model} takes no voice_list"
    if "voice_list" in body and "element_list" in body:
        return "element_list and voice_list cannot coexist"  # §13.5
    if len(body.get("element_list") or []) > 3 and family == "image2video":
        return "image2video takes at most 3 elements"  # §13.5
    for item in body.get("image_list") or []:
        if item.get("type") not in (None, "first_frame", "end_frame"):
            return "image_list type is first_frame or end_frame"
    types = [item.get("type") for item in body.get("image_list") or []]
    if "end_frame" in types and "first_frame" not in types:
        return "an end frame needs a first frame"  # §16.2
    for text in _prompts(body):
        if "<<<" in TOKEN.sub("", text):
            return "a prompt holds a malformed <<<…>>> token"
        for kind, number in TOKEN.findall(text):
            listed = TOKEN_LIST.get(kind)
            if listed is None:
                return f"<<<{kind}_{number}>>> is not a documented token"
            if not 1 <= int(number) <= len(body.get(listed) or []):
                return f"<<<{kind}_{number}>>> names no item of {listed}"
    return ""
