"""Checks every aggregator adapter makes of a guidances payload, in the service's own limits.

Each returns :class:`Unsupported` items naming what the service cannot take, so that the
caller can show them; nothing here drops a direction silently.
"""

from __future__ import annotations

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.i18n import _
from storyboard_app.providers.port import ServiceCapability, Unsupported


def whole_seconds(value: float) -> int:
    """Seconds as the services take them (whole numbers)."""
    return round(value)


def duration_problems(payload: GuidancesPayload, cap: ServiceCapability) -> list[Unsupported]:
    """Shot count, per-shot and total durations outside the endpoint's limits."""
    found: list[Unsupported] = []
    shots = payload.guidances
    label = cap.service
    if not shots:
        found.append(Unsupported("shots", _("The storyboard has no shots to render."), True))
        return found
    if len(shots) > cap.max_shots:
        found.append(Unsupported(
            "shots", _("{service} takes at most {most} shots in one request; this storyboard "
                       "has {count}.").format(service=label, most=cap.max_shots, count=len(shots)),
            True,
        ))  # fmt: skip
    for guidance in shots:
        seconds = whole_seconds(guidance.duration)
        if seconds != guidance.duration:
            found.append(Unsupported(
                f"shot {guidance.index} duration",
                _("{service} takes whole seconds: shot {number} ({duration} s) is sent as "
                  "{seconds} s.").format(service=label, number=guidance.index,
                                        duration=f"{guidance.duration:g}", seconds=seconds),
                False,
            ))  # fmt: skip
        if len(shots) > 1 and not cap.shot_min_seconds <= seconds <= cap.shot_max_seconds:
            found.append(Unsupported(
                f"shot {guidance.index} duration",
                _("{service}'s shots last {low}–{high} s; shot {number} is {duration} s.").format(
                    service=label, low=cap.shot_min_seconds, high=cap.shot_max_seconds,
                    number=guidance.index, duration=f"{guidance.duration:g}"),
                True,
            ))  # fmt: skip
    total = sum(whole_seconds(g.duration) for g in shots)
    if not cap.total_min_seconds <= total <= cap.total_max_seconds:
        found.append(Unsupported(
            "total duration", _("{service} renders {low}–{high} s in all; this storyboard is "
                                "{seconds} s.").format(service=label, low=cap.total_min_seconds,
                                                       high=cap.total_max_seconds, seconds=total),
            True,
        ))  # fmt: skip
    return found


def frame_problems(payload: GuidancesPayload, service: str) -> list[Unsupported]:
    """Per-shot first/last frames past the ends, and a last frame without a first one."""
    found: list[Unsupported] = []
    shots = payload.guidances
    for guidance in shots:
        if guidance.first_frame and guidance.index != 1:
            found.append(Unsupported(
                f"shot {guidance.index} first frame",
                _("{service} takes a first frame for the whole video only: the first frame "
                  "of shot {number} is not sent.").format(service=service, number=guidance.index),
                False,
            ))  # fmt: skip
        if guidance.last_frame and guidance.index != len(shots):
            found.append(Unsupported(
                f"shot {guidance.index} last frame",
                _("{service} takes a last frame for the whole video only: the last frame "
                  "of shot {number} is not sent.").format(service=service, number=guidance.index),
                False,
            ))  # fmt: skip
    if payload.last_frame and not payload.first_frame:
        found.append(Unsupported(
            "last frame", _("{service} takes a last frame only together with a first frame: "
                            "the last frame is not sent.").format(service=service), False,
        ))  # fmt: skip
    return found


def seed_problem(payload: GuidancesPayload, service: str) -> list[Unsupported]:
    """The seed, which no Kling 3.0 endpoint of these services takes."""
    if payload.seed is None:
        return []
    return [Unsupported(
        "seed", _("{service}'s Kling 3.0 takes no seed: seed {seed} is not sent.").format(
            service=service, seed=payload.seed), False,
    )]  # fmt: skip
