"""Cold start: from starting the process to a painted window on the bigger example.

Each run is a new process (``storyboard-app open "Aurora Espresso Advert.storyboard"``, the
bigger example, and the README's ``./run app`` example, "Night City Detective") with
``STORYBOARD_APP_FIRST_PAINT`` set: the app reports, on the machine-wide monotonic
clock, when its first window (the start window) painted, when the editor painted on the
project, when its event loop ran (the window takes input from then on) and the longest the
loop was held up in the second after; then it quits. The baseline is
a bare PySide6 window that paints (``bench/bare_window.py``), measured the same way, its
runs interleaved with the app's so both see the same load. One warm-up run of each is not
counted (it writes the bytecode caches and fills the disk cache, as any second start has).

Targets (issue 18): the first paint within 2× the bare window, and the editor taking input
(its event loop running) within a second of the launch; the editor's own first paint is
held to 2× too (not met, see the README's Start-up). Each process's CPU seconds to each
paint are printed too (with their ratio to the bare window's): on a shared machine they
move less with other programs' load than the times do (but they do move). When ``./run
package`` has built the app (``build/package/storyboard-app/``, or the binary named by
``STORYBOARD_APP_PACKAGED``), the packaged binary is measured too, and with
``STORYBOARD_APP_BASELINE=DIR`` (a folder holding another version's ``storyboard_app``,
e.g. ``git archive COMMIT storyboard_app resources | tar x -C DIR``) that version on the
bigger example, interleaved with the rest: a before/after under the same load. The load
average is printed before and after: on a shared machine, figures taken under load are
not comparable.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "Aurora Espresso Advert.storyboard"
LAUNCH_EXAMPLE = ROOT / "examples" / "Night City Detective.storyboard"
PACKAGED = ROOT / "build" / "package" / "storyboard-app" / "storyboard-app"
RUNS = 7
TARGET_RATIO = 2.0
EDITING_WITHIN = 1.0
"""Seconds from the launch to an editor that takes input (issue 18: "editing the example in
under a second")."""


Command = tuple[list[str], dict[str, str]]
"""A command line and what it adds to the environment (``PYTHONPATH``: also where it runs,
as ``python -m`` puts the folder it runs in first on the path)."""


def _run(command: Command) -> dict[str, float]:
    """Seconds from starting ``command`` to each stage it reports."""
    argv, extra = command
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        report = Path(home) / "first-paint.json"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "STORYBOARD_APP_HOME": home,
            "STORYBOARD_APP_FIRST_PAINT": str(report),
            **extra,
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps its bytecode caches
        started = time.monotonic()
        where = extra.get("PYTHONPATH")
        subprocess.run(argv, env=env, cwd=where, check=True, capture_output=True, timeout=120)
        data = json.loads(report.read_text(encoding="utf-8"))
    stages = {
        name: value["at"] - started for name, value in data.items() if isinstance(value, dict)
    }
    stages |= {
        f"{name} cpu": value["cpu"]
        for name, value in data.items()
        if isinstance(value, dict) and "cpu" in value  # a build from before reports none
    }
    if "ready_at" in data:
        stages["ready"] = data["ready_at"] - started
    if "longest_stall_after_ready" in data:  # a build from before reports none
        stages["stall"] = data["longest_stall_after_ready"]
    return stages


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def _spread(runs: list[dict[str, float]], name: str) -> str:
    values = sorted(run[name] for run in runs)
    return f"{values[0]:.3f}–{values[-1]:.3f}"


def measure(commands: dict[str, Command], runs: int = RUNS) -> dict[str, list[dict[str, float]]]:
    """Every command ``runs`` times, interleaved, after one uncounted warm-up each."""
    for command in commands.values():
        _run(command)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(_run(command))
    return results


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    """Print the figures."""
    packaged = Path(os.environ.get("STORYBOARD_APP_PACKAGED", PACKAGED))
    app = [sys.executable, "-m", "storyboard_app", "open"]
    size = ["--size", "1600x1000"]  # a desktop's window (the offscreen screen is 800x600)
    commands: dict[str, Command] = {
        "bare": ([sys.executable, str(ROOT / "bench" / "bare_window.py")], {}),
        "source": ([*app, str(EXAMPLE), *size], {}),
        "source, README's example": ([*app, str(LAUNCH_EXAMPLE), *size], {}),
    }
    baseline = os.environ.get("STORYBOARD_APP_BASELINE")
    if baseline:  # another version's storyboard_app/ (e.g. from git archive), same load
        commands["baseline source"] = ([*app, str(EXAMPLE), *size], {"PYTHONPATH": baseline})
    if packaged.is_file():
        commands["packaged"] = ([str(packaged), "open", str(EXAMPLE), *size], {})
    print(f"before: {_load()}")
    results = measure(commands)
    print(f"after: {_load()}")
    bare = _medians(results["bare"])["first_paint"]
    bare_cpu = _medians(results["bare"])["first_paint cpu"]
    print(f"bare PySide6 window, first paint: median {bare:.3f} s "
          f"({_spread(results['bare'], 'first_paint')}, {RUNS} runs), "
          f"CPU {bare_cpu:.3f} s")  # fmt: skip
    for name in [name for name in commands if name != "bare"]:
        medians = _medians(results[name])
        first, editor, ready = medians["first_paint"], medians["editor_paint"], medians["ready"]
        example = LAUNCH_EXAMPLE if "README" in name else EXAMPLE
        print(f"{name} app on {example.name} ({RUNS} runs, medians):")
        print(f"  first paint (start window): {first:.3f} s "
              f"({_spread(results[name], 'first_paint')}), ratio {first / bare:.2f}x")  # fmt: skip
        spread = _spread(results[name], "editor_paint")
        print(f"  editor painted on the project: {editor:.3f} s ({spread}), "
              f"ratio {editor / bare:.2f}x")  # fmt: skip
        print(f"  editor takes input (event loop running): {ready:.3f} s "
              f"({_spread(results[name], 'ready')}), ratio {ready / bare:.2f}x")  # fmt: skip
        if "stall" in medians:
            stalls = sorted(run["stall"] * 1000 for run in results[name])
            longest = medians["stall"] * 1000
            print(f"  longest wait for input in the second after: median {longest:.0f} ms "
                  f"({stalls[0]:.0f}–{stalls[-1]:.0f} ms)")  # fmt: skip
        cpu_first, cpu_editor = medians.get("first_paint cpu"), medians.get("editor_paint cpu")
        if cpu_first is not None and cpu_editor is not None:
            print(f"  CPU to the first paint {cpu_first:.3f} s ({cpu_first / bare_cpu:.2f}x the "
                  f"bare window's), to the editor's {cpu_editor:.3f} s "
                  f"({cpu_editor / bare_cpu:.2f}x)")  # fmt: skip
        for stage, value in (("first paint", first), ("editor's first paint", editor)):
            verdict = "met" if value / bare <= TARGET_RATIO else "NOT met"
            print(f"  target {stage} ≤ {TARGET_RATIO:g}x the bare window: {verdict}")
        verdict = "met" if ready <= EDITING_WITHIN else "NOT met"
        print(f"  target editing within {EDITING_WITHIN:g} s of the launch: {verdict}")


if __name__ == "__main__":
    main()
