"""An exception raised inside a Qt slot fails the GUI test it happens in.

PySide6 prints such an exception and carries on, so a broken control would go unnoticed;
pytest-qt's exception capture (kept on by ``tests/ui/conftest.py``) turns it into a failure.
This runs a tiny test under the project's own pytest settings to prove it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

BROKEN_SLOT = """
from PySide6.QtWidgets import QComboBox


def test_a_slot_raises(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["static", "crane"])
    combo.currentIndexChanged.connect(lambda _i: "crane".directions)
    combo.setCurrentIndex(1)
"""


def test_an_exception_in_a_slot_fails_the_test(tmp_path: Path) -> None:
    test_file = tmp_path / "test_broken_slot.py"
    test_file.write_text(BROKEN_SLOT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-c", str(ROOT / "pyproject.toml"), str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "AttributeError: 'str' object has no attribute 'directions'" in run.stdout
    assert "1 failed" in run.stdout
