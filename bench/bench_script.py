"""Importing a feature-length screenplay (about 120 pages) must take under 1 s.

The bench writes its own script (nothing is downloaded): scenes inside and outside, action
with camera directions, conversations with parentheticals (some in the middle of a speech),
a long speech, dual dialogue, transitions, notes and a boneyard block, with Windows line
endings and a byte-order mark. It prints the time to read the file, to break it down and
both together, and what the breakdown made (sizes, storyboards of one shot).
"""

from __future__ import annotations

import math
import tempfile
import time
from collections import Counter
from pathlib import Path

from storyboard_app.domain.capabilities import KLING_V3
from storyboard_app.domain.models import Project
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.load import read_script

SCENES = 195
LINES_PER_PAGE = 55
TARGET_S = 1.0
RUNS = 3

_PLACES = ("INT. DINER", "EXT. HARBOUR", "INT. OFFICE", "EXT. ROOFTOP", "INT. CAR", "EXT. PIER")
_TIMES = ("NIGHT", "DAY", "CONTINUOUS", "DAWN", "LATER")
_DIRECTIONS = (
    "CLOSE ON Ray's hands.",
    "INSERT: the letter.",
    "WIDE ON the street.",
    "ANGLE ON the door.",
    "PUSH IN ON MEI",
    "MEI'S POV",
    "TRACKING with Sal.",
)
_LONG = (
    "I waited for you at the station every night for a year, and every night the last "
    "train came in empty. I told myself you missed it. I told myself the weather was bad "
    "up north. Then I stopped telling myself anything at all, and I just went and waited."
)


def feature_script(scenes: int = SCENES) -> str:
    """A long script with what real ones have, in Fountain, LF line endings."""
    parts = ["Title: **The Long Night**\nAuthor: Bench\n"]
    for n in range(1, scenes + 1):
        parts.append(f"\n{_PLACES[n % 6]} - {_TIMES[n % 5]} #{n}#\n")
        parts.append("\nRain on the glass. A neon sign flickers over the empty street.\n")
        if n % 3 == 0:
            parts.append(f"\n{_DIRECTIONS[n % 7]}\n")
            parts.append("\nSomething moves behind the glass.\n")
        for k in range(5):
            who = ("RAY", "MEI", "SAL")[k % 3]
            extension = " (CONT'D)" if k == 3 else ""
            parts.append(f"\n{who}{extension}\n(quietly)\nLine {k} of scene {n}, said slowly.\n")
            if k == 2:
                parts.append("(closer)\nAnd then the rest of it.\n")
        if n % 4 == 0:
            parts.append(f"\nMEI\n{_LONG}\n")
        if n % 5 == 0:
            parts.append("\nRAY\nNow?\n\nMEI ^\nNow.\n")
        if n % 7 == 0:
            parts.append("\n[[Note: check continuity]]\n\n/* An old beat.\nCut. */\n")
        parts.append("\nThey look at each other for a long moment, then away.\n\nCUT TO:\n")
    return "".join(parts)


def _unavoidable(project: Project) -> int:
    """Cuts no packing can avoid: each unbroken run of dialogue shots in a scene longer than
    the model's longest total (or with more shots than it takes) must be cut inside."""
    count, run, seconds, scene = 0, 0, 0.0, ""
    for board in project.storyboards:
        for shot in board.shots:
            here = board.id.split("-")[0]
            if not shot.dialogue or here != scene:
                count += _cuts_needed(run, seconds)
                run, seconds = 0, 0.0
            scene = here
            if shot.dialogue:
                run, seconds = run + 1, seconds + shot.duration
    return count + _cuts_needed(run, seconds)


def _cuts_needed(shots: int, seconds: float) -> int:
    if not shots:
        return 0
    return max(math.ceil(seconds / KLING_V3.max_total), math.ceil(shots / KLING_V3.max_shots)) - 1


def main() -> None:
    """Print the figures: the best of :data:`RUNS` runs (other work on the machine only ever
    slows a run down), wall-clock and this process's CPU time."""
    text = feature_script()
    pages = text.count("\n") / LINES_PER_PAGE
    with tempfile.TemporaryDirectory() as scratch:
        file = Path(scratch) / "feature.fountain"
        file.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode())
        script_to_project(read_script(file))  # warm-up: first-use costs (regexes, pydantic)
        runs = []
        for _ in range(RUNS):
            start, cpu = time.perf_counter(), time.process_time()
            script = read_script(file)
            read = time.perf_counter() - start
            project = script_to_project(script)
            runs.append((time.perf_counter() - start, read, time.process_time() - cpu))
    whole, read, cpu = min(runs)
    shots = [shot for board in project.storyboards for shot in board.shots]
    sizes = Counter(shot.size.value for shot in shots)
    boards = [len(board.shots) for board in project.storyboards]
    cuts = list(zip(project.storyboards, project.storyboards[1:], strict=False))
    same_scene = [(a, b) for a, b in cuts if a.id.split("-")[0] == b.id.split("-")[0]]
    mid_talk = sum(1 for a, b in same_scene if a.shots[-1].dialogue and b.shots[0].dialogue)
    print(f"script: {SCENES} scenes, about {pages:.0f} pages, CRLF with a BOM")
    print(
        f"whole import, best of {RUNS}: {whole:.2f} s (read {read:.2f} s, breakdown "
        f"{whole - read:.2f} s; CPU {cpu:.2f} s)"
    )
    print(f"made: {len(project.storyboards)} storyboards, {len(shots)} shots")
    print(f"shot sizes: {', '.join(f'{k} {v}' for k, v in sizes.most_common())}")
    print(
        f"shots per storyboard: mean {sum(boards) / len(boards):.1f}, "
        f"one-shot storyboards {boards.count(1)}"
    )
    print(
        f"cuts inside a scene: {len(same_scene)}, of which between two lines of dialogue: "
        f"{mid_talk} (at least {_unavoidable(project)} unavoidable: talk longer than a render)"
    )
    print(f"target under {TARGET_S:g} s: {'met' if whole < TARGET_S else 'NOT met'}")
