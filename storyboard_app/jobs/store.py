"""The job database: SQLite in WAL mode in the user data folder.

One row per job with its whole record as JSON (storyboard snapshot, guidances payload, the
request as displayed, remote id, status history with times, costs, result paths). It never
holds secrets or image bytes: requests are stored in their displayed form.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from storyboard_app.jobs.board import Job, from_record, to_record

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


class SqliteJobStore:
    """Jobs in one SQLite file; safe to use from several threads (one connection, a lock)."""

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.file, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across crashes
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(SCHEMA)

    def save(self, job: Job) -> None:
        """Insert or replace one job."""
        record = json.dumps(to_record(job), ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO jobs (id, provider, status, created_at, record) "
                "VALUES (?, ?, ?, ?, ?)",
                (job.id, job.provider, job.status.value, job.created_at, record),
            )

    def load_all(self) -> list[Job]:
        """Every job, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT record FROM jobs ORDER BY created_at").fetchall()
        return [from_record(json.loads(row[0])) for row in rows]

    def close(self) -> None:
        """Close the database file."""
        with self._lock:
            self._db.close()
