"""Importing a feature-length screenplay (hundreds of scenes) should take seconds.

A generated 300-scene Fountain script (about 110 pages): figures for reading it with
fountain-py alone (the baseline) and for the whole import (parse, break down, fit to the
model, build the project). Target: under 5 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.fountain_adapter import parse_fountain
from storyboard_app.script.load import read_script

SCENES = 300
TARGET_S = 5.0


def feature_script(scenes: int) -> str:
    """A long script: scenes of action, dialogue, parentheticals and transitions."""
    parts = ["Title: The Long Night\nAuthor: Bench\n"]
    for n in range(1, scenes + 1):
        place = ("INT. DINER", "EXT. HARBOUR", "INT. OFFICE", "EXT. ROOFTOP")[n % 4]
        parts.append(f"\n{place} - {'NIGHT' if n % 2 else 'DAY'} #{n}#\n")
        parts.append("\nRain on the glass. A neon sign flickers over the empty street.\n")
        for k in range(4):
            who = ("RAY", "MEI", "SAL")[k % 3]
            parts.append(f"\n{who}\n(quietly)\nLine {k} of scene {n}, said slowly and with care.\n")
        parts.append("\nThey look at each other for a long moment, then away.\n\nCUT TO:\n")
    return "".join(parts)


def main() -> None:
    """Print the figures."""
    text = feature_script(SCENES)
    pages = text.count("\n") / 55
    with tempfile.TemporaryDirectory() as scratch:
        file = Path(scratch) / "feature.fountain"
        file.write_text(text, encoding="utf-8")
        parse_fountain(text, "warm-up")  # both figures without first-use costs
        start = time.perf_counter()
        parse_fountain(text, "feature")
        parse_only = time.perf_counter() - start
        start = time.perf_counter()
        project = script_to_project(read_script(file))
        whole = time.perf_counter() - start
    shots = sum(len(board.shots) for board in project.storyboards)
    print(f"script: {SCENES} scenes, about {pages:.0f} pages")
    print(f"baseline, fountain-py parse alone: {parse_only:.2f} s")
    print(f"whole import: {whole:.2f} s → {len(project.storyboards)} storyboards, {shots} shots")
    print(f"ratio to the baseline: {whole / parse_only:.2f}x")
    print(f"target under {TARGET_S:g} s: {'met' if whole < TARGET_S else 'NOT met'}")
