"""fontconfig's ranked faces for a pattern, asked through its ``fc-match`` tool.

The answer takes 10-30 ms of another process. :func:`ask_early` starts that process at
once (its answer goes to a temporary file, so it never waits on a full pipe) and returns;
:func:`listing` then takes the answer, waiting for it if it is not there yet, or asks
now. The app asks early for the patterns its first paint needs, while Qt starts, so the
editor's blocking frames do not wait for fontconfig (see ``storyboard_app.main``).

Qt-free and PIL-free: it loads before the first window.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from typing import IO

FIELDS = "%{file}|%{index}|%{family[0]}|%{scalable}|%{color}|%{charset}\\n"
"""One row per face: file, index in a collection, family, scalable, colour, charset."""

TIMEOUT_S = 20

_asked: dict[str, tuple[subprocess.Popen[bytes], IO[bytes]]] = {}
_lock = threading.Lock()


def ask_early(pattern: str) -> None:
    """Start asking fontconfig for ``pattern`` (nothing if its tools are missing)."""
    program = shutil.which("fc-match")
    if program is None:
        return
    with _lock:
        if pattern in _asked:
            return
        answer = tempfile.TemporaryFile()  # noqa: SIM115 (closed by listing)
        try:
            process = subprocess.Popen(
                [program, "-s", "--format", FIELDS, pattern],
                stdin=subprocess.DEVNULL,
                stdout=answer,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            answer.close()
            return
        _asked[pattern] = (process, answer)


def listing(pattern: str) -> str | None:
    """``fc-match -s`` for ``pattern`` in :data:`FIELDS` rows; None without fontconfig's
    tools or when it fails."""
    with _lock:
        asked = _asked.pop(pattern, None)
    if asked is None:
        ask_early(pattern)
        with _lock:
            asked = _asked.pop(pattern, None)
        if asked is None:
            return None
    process, answer = asked
    with answer:
        try:
            code = process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return None
        if code != 0:
            return None
        answer.seek(0)
        return answer.read().decode("utf-8", errors="replace")
