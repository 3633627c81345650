"""The job database leaves no write-ahead log behind when the process ends."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from storyboard_app.jobs.store import CHECKPOINT_EVERY, SqliteJobStore
from tests.conftest import ROOT

WRITER = """
import sys
from pathlib import Path
from storyboard_app.jobs.board import Job, JobBoard
from storyboard_app.jobs.store import SqliteJobStore

board = JobBoard(SqliteJobStore(Path(sys.argv[1])))
job = board.add(Job(id="job-1", provider="kling", project_title="P", folder=Path("."),
                    storyboard_id="b", storyboard_name="B", requested_duration=5.0))
for number in range(int(sys.argv[2])):
    board.update(job.id, message=f"update {number}")
"""


def test_a_process_that_quits_without_closing_leaves_only_the_database(tmp_path: Path) -> None:
    """The app never closed its store: with the checkpoint thread running (more than
    CHECKPOINT_EVERY saves), jobs.sqlite3-wal (1.3 MB after a session) and -shm stayed."""
    database = tmp_path / "工作" / "jobs.sqlite3"
    subprocess.run(
        [sys.executable, "-c", WRITER, str(database), str(CHECKPOINT_EVERY + 6)],
        check=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert sorted(p.name for p in database.parent.iterdir()) == ["jobs.sqlite3"]
    with sqlite3.connect(database) as db:  # every save is in the file itself
        (record,) = db.execute("SELECT record FROM jobs WHERE id = 'job-1'").fetchone()
    db.close()
    assert f'"message": "update {CHECKPOINT_EVERY + 5}"' in record


def test_closing_twice_is_harmless(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    store.close()
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jobs.sqlite3"]
