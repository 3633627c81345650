"""Run every benchmark: ``python -m bench`` (what ``./run bench`` does).

With several benchmarks, each runs in a process of its own, so one's memory and heap do not
colour another's figures (peak memory, garbage-collection pauses).
"""

from __future__ import annotations

import subprocess
import sys

from bench import (
    bench_compile,
    bench_editor,
    bench_kling,
    bench_render,
    bench_script,
    bench_services,
    bench_sketch,
    bench_soak,
    bench_startup,
)

BENCHMARKS = {
    "compile": bench_compile.main,
    "editor": bench_editor.main,
    "render": bench_render.main,
    "kling": bench_kling.main,
    "fal": bench_services.main_fal,
    "replicate": bench_services.main_replicate,
    "script": bench_script.main,
    "startup": bench_startup.main,
    "sketch": bench_sketch.main,
    "soak": bench_soak.main,
}


def main(argv: list[str]) -> int:
    """Run the named benchmarks, or all of them."""
    names = argv or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    if len(names) == 1:
        BENCHMARKS[names[0]]()
        return 0
    failed = []
    for name in names:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, "-m", "bench", name], check=False).returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
