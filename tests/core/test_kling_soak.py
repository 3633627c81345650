"""A three-trial version of the kill-and-resume soak (``python -m bench soak`` runs 50)."""

from __future__ import annotations

from bench.bench_soak import soak


def test_killed_submits_resume_to_one_task_and_identical_videos() -> None:
    result = soak(trials=3, seed=5)
    assert result.ok, result.report()
    assert result.jobs == 3
    assert result.tasks_per_job == {1: 3}
