"""The job database: SQLite in WAL mode in the user data folder.

One row per job with its whole record as JSON (storyboard snapshot, guidances payload, the
request as displayed, remote id, status history with times, costs, result paths). It never
holds secrets or image bytes: requests are stored in their displayed form.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sqlite3
import threading
from pathlib import Path

from storyboard_app.jobs.board import Job, from_record, same_storyboard, to_record

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status);
"""
CHECKPOINT_EVERY = 64
"""Saves between checkpoints (each copies the write-ahead log into the database file)."""


class SqliteJobStore:
    """Jobs in one SQLite file; safe to use from several threads (one connection, a lock).

    Saves happen on the caller's thread (the GUI's, for the app) and only append to the
    write-ahead log. Checkpoints run on a thread of their own: SQLite would otherwise run
    one inside a commit now and then, and its fsync can take a tenth of a second on a busy
    disk (a render writing video, say): a visible freeze of the window.
    """

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.file, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across crashes
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute("PRAGMA wal_autocheckpoint=0")
        self._db.executescript(SCHEMA)
        self._saves = 0
        self._checkpoint_due = threading.Event()
        self._closing = False
        self._checkpointer: threading.Thread | None = None
        self._closed = False
        atexit.register(self.close)  # at quit, unless closed before: see close()

    def save(self, job: Job) -> None:
        """Insert or replace one job."""
        record = json.dumps(to_record(job), ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO jobs (id, provider, status, created_at, record) "
                "VALUES (?, ?, ?, ?, ?)",
                (job.id, job.provider, job.status.value, job.created_at, record),
            )
            self._saves += 1
            if self._saves % CHECKPOINT_EVERY == 0:
                self._ask_for_checkpoint()

    def _ask_for_checkpoint(self) -> None:
        if self._checkpointer is None:
            self._checkpointer = threading.Thread(
                target=self._checkpoints, name="jobs-checkpoint", daemon=True
            )
            self._checkpointer.start()
        self._checkpoint_due.set()

    def _checkpoints(self) -> None:
        """Copy the log into the database whenever asked, without blocking the writer."""
        db = sqlite3.connect(self.file, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=5000")
            while True:
                self._checkpoint_due.wait()
                self._checkpoint_due.clear()
                if self._closing:
                    return
                with contextlib.suppress(sqlite3.OperationalError):  # busy: next time
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            db.close()

    def load_all(self) -> list[Job]:
        """Every job, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT record FROM jobs ORDER BY created_at").fetchall()
        return [from_record(json.loads(row[0])) for row in rows]

    def load(self, job_id: str) -> Job | None:
        """One job as saved now."""
        with self._lock:
            row = self._db.execute("SELECT record FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return from_record(json.loads(row[0])) if row else None

    def insert_unless_running(self, job: Job) -> Job | None:
        """Save ``job`` unless its storyboard has an unfinished job; that job, else None.

        The check and the insert are one write transaction, so two processes submitting
        the same storyboard at the same moment cannot both pass the check.
        """
        record = json.dumps(to_record(job), ensure_ascii=False)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                rows = self._db.execute(
                    "SELECT record FROM jobs WHERE provider = ? AND status NOT IN "
                    "('done', 'failed', 'cancelled')",
                    (job.provider,),
                ).fetchall()
                for (text,) in rows:
                    other = from_record(json.loads(text))
                    if same_storyboard(other, job):
                        self._db.execute("ROLLBACK")
                        return other
                self._db.execute(
                    "INSERT INTO jobs (id, provider, status, created_at, record) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (job.id, job.provider, job.status.value, job.created_at, record),
                )
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        return None

    def flush(self) -> None:
        """fsync the write-ahead log, so the commits so far survive a power cut as well as a
        crash (WAL with synchronous=NORMAL alone survives a crash of the app). Blocking: the
        job layer runs it on a worker thread before it sends a create."""
        for name in (self.file.name + "-wal", self.file.name):
            try:
                descriptor = os.open(self.file.parent / name, os.O_RDONLY)
            except FileNotFoundError:
                continue
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    def locks_folder(self) -> Path:
        """Follower locks live beside the database."""
        return self.file.parent / "followers"

    def close(self) -> None:
        """Close the database file (SQLite checkpoints it and removes the log).

        Also run when the process ends: the checkpoint thread keeps the store alive, so its
        connections were never closed and jobs.sqlite3-wal and -shm stayed beside the file.
        """
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        if self._checkpointer is not None:
            self._closing = True
            self._checkpoint_due.set()
            self._checkpointer.join()
        with self._lock:
            self._db.close()
