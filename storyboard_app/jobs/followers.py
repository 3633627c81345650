"""One follower per job, across processes: a lock file per job beside the job database.

Two processes following one job (the app resuming at start-up while ``submit --wait`` runs,
or two ``jobs --resume``) would both download into the same ``.part`` file. Each follower
first takes the job's lock; the other waits. The operating system releases a lock when its
process ends, even by kill -9, so a crash never leaves a job locked.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from storyboard_app.storage.filelocks import exclusive_lock


class FollowerLocks:
    """Locks in ``folder`` (None: only within this process)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._held: dict[str, int] = {}
        self._guard = threading.Lock()

    def try_hold(self, job_id: str) -> bool:
        """Take the job's lock if no follower holds it (here or in another process)."""
        with self._guard:
            if job_id in self._held:
                return False
            descriptor = -1
            if self.folder is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(self.folder / f"{job_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
                if not exclusive_lock(descriptor):
                    os.close(descriptor)
                    return False
                os.ftruncate(descriptor, 0)
                os.write(descriptor, f"{os.getpid()}\n".encode())
            self._held[job_id] = descriptor
            return True

    def release(self, job_id: str, finished: bool = False) -> None:
        """Let another follower take the job; a finished job's lock file is deleted (a
        follower still waiting for it finds the job finished and stops)."""
        with self._guard:
            descriptor = self._held.pop(job_id, -1)
        if descriptor >= 0:
            if finished and self.folder is not None:
                with contextlib.suppress(OSError):
                    (self.folder / f"{job_id}.lock").unlink()
            with contextlib.suppress(OSError):
                os.close(descriptor)  # closing the only descriptor drops the lock
