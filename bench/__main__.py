"""Run every benchmark: ``python -m bench`` (what ``./run bench`` does)."""

from __future__ import annotations

import sys

from bench import bench_compile, bench_editor, bench_kling, bench_render, bench_script

BENCHMARKS = {
    "compile": bench_compile.main,
    "editor": bench_editor.main,
    "render": bench_render.main,
    "kling": bench_kling.main,
    "script": bench_script.main,
}


def main(argv: list[str]) -> int:
    """Run the named benchmarks, or all of them."""
    names = argv or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    for name in names:
        print(f"== {name}")
        BENCHMARKS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
