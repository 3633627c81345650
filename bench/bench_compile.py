"""How long validating and compiling a storyboard takes: the editor does it on every edit.

Baseline: serialising the same project to JSON with pydantic (``model_dump_json``), the
floor for any work that touches every field once. Target: a whole validate + compile of
the bigger example under 5 ms, so live payload updates never cost a frame.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "Aurora Espresso Advert.storyboard"
TARGET_MS = 5.0


def best_of(function: Callable[[], object], repeats: int = 7, loops: int = 50) -> float:
    """Best mean time of one call, in milliseconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            function()
        best = min(best, (time.perf_counter() - start) / loops)
    return best * 1000


def main() -> None:
    """Print the figures."""
    project = load_project(EXAMPLE)
    catalog = AssetStore(EXAMPLE)

    def validate_and_compile() -> None:
        validate_project(project, catalog)
        for index in range(len(project.storyboards)):
            compile_kling(compile_guidances(project, index))

    work = best_of(validate_and_compile)
    floor = best_of(project.model_dump_json)
    shots = sum(len(board.shots) for board in project.storyboards)
    print(
        f"validate + compile ({len(project.storyboards)} storyboards, {shots} shots): {work:.2f} ms"
    )
    print(f"baseline, pydantic model_dump_json of the project: {floor:.3f} ms")
    print(f"ratio to baseline: {work / floor:.1f}x")
    print(f"target under {TARGET_MS:g} ms: {'met' if work < TARGET_MS else 'NOT met'}")
