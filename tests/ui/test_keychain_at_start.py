"""The keychain is asked off the GUI thread at start-up, so a slow one (a locked desktop
keychain waiting to be unlocked, D-Bus on a busy machine) never freezes the window.

The app runs as a real process on the bigger example with keyring's backend set to a
keychain that takes two seconds per question (``tests/fakes/slow_keychain.py``); it
reports when the editor painted and when its event loop ran (``STORYBOARD_APP_FIRST_PAINT``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import COFFEE, ROOT

KEYCHAIN_SECONDS = 2.0


def test_a_slow_keychain_does_not_hold_up_the_window(tmp_path: Path) -> None:
    report, log = tmp_path / "first-paint.json", tmp_path / "keychain.jsonl"
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("KLING_ACCESS_KEY", "KLING_SECRET_KEY")  # else the keychain is not asked
    }
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "open", str(COFFEE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={
            **environment,
            "QT_QPA_PLATFORM": "offscreen",
            "STORYBOARD_APP_HOME": str(tmp_path / "home"),
            "STORYBOARD_APP_FIRST_PAINT": str(report),
            "PYTHON_KEYRING_BACKEND": "tests.fakes.slow_keychain.SlowKeychain",
            "PYTHONPATH": str(ROOT),
            "SLOW_KEYCHAIN_LOG": str(log),
            "SLOW_KEYCHAIN_SECONDS": str(KEYCHAIN_SECONDS),
        },
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    stages = json.loads(report.read_text(encoding="utf-8"))
    asked = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    # The keys were asked for (the account's elements need them), once, on a worker thread,
    assert [question["entry"] for question in asked] == [
        "storyboard-app/kling/access_key",
        "storyboard-app/kling/secret_key",
    ]
    assert not any(question["main_thread"] for question in asked)
    # and the window took input well before the keychain answered.
    assert stages["ready_at"] - stages["editor_paint"]["at"] < KEYCHAIN_SECONDS / 2
