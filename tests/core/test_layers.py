"""The core stays Qt-free: importing it and using it pulls in no PySide6."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import DETECTIVE, ROOT

CORE_USE = f"""
import sys
from pathlib import Path
from storyboard_app import cli
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
project = load_project(Path({str(DETECTIVE)!r}))
assert validate_project(project, AssetStore(Path({str(DETECTIVE)!r}))) == []
compile_kling(compile_guidances(project, 0))
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6", "qasync")))
assert not qt, qt
"""


def test_the_core_runs_without_importing_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CORE_USE], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
