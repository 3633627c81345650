"""Advisory file locks (``flock``): released by the system when their process ends.

They mark files that are being written (a save's temporary file, a live window's recovery
file, a followed job) so that another process can tell a dead writer's file from a live
one, and they make short read-modify-write steps one at a time between processes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - no cross-process locks there

    def exclusive_lock(descriptor: int, wait: bool = False) -> bool:
        """Windows: every lock is granted (one process at a time is not enforced)."""
        return True

else:
    import fcntl

    def exclusive_lock(descriptor: int, wait: bool = False) -> bool:
        """Lock an open file for this open description; False when someone else holds it."""
        flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(descriptor, flags)
        except BlockingIOError:
            return False
        return True


def held_elsewhere(file: Path) -> bool:
    """Whether another open file (a live writer, maybe in another process) locks ``file``."""
    try:
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return not exclusive_lock(descriptor)
    finally:
        with contextlib.suppress(OSError):
            os.close(descriptor)
