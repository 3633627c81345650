"""What the app does after the editor paints stays off the GUI thread, so the window takes
input at once: the keychain (a locked desktop keychain may wait for the user to unlock it;
its backends take ~0.2 s to load) and httpx (~0.3 s of imports, for the TLS context).

The app runs as a real process on the bigger example with ``STORYBOARD_APP_FIRST_PAINT``
set (it reports when the editor painted and when its event loop ran, then quits).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import COFFEE, ROOT

KEYCHAIN_SECONDS = 2.0
WATCHED = ("httpx", "keyring", "anyio", "rich", "storyboard_app.providers.kling.client")
"""Heavy imports (and their submodules) that must not happen on the GUI thread once the
window shows: a module another thread is importing also holds up a thread that imports it."""

# Runs the app with an audit hook that notes which thread first imports a watched module.
LAUNCH = f"""
import json, os, sys, threading
def noted(event, arguments):
    if event == "import" and arguments[0].startswith({WATCHED!r}):
        with open(os.environ["IMPORT_LOG"], "a", encoding="utf-8") as log:
            log.write(json.dumps([arguments[0], threading.current_thread().name]) + "\\n")
sys.addaudithook(noted)
from storyboard_app.main import main
sys.exit(main(["open", sys.argv[1]]))
"""


def _run_app(tmp_path: Path, **extra: str) -> dict[str, object]:
    report = tmp_path / "first-paint.json"
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("KLING_ACCESS_KEY", "KLING_SECRET_KEY")  # else the keychain is not asked
    }
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(COFFEE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={
            **environment,
            "QT_QPA_PLATFORM": "offscreen",
            "STORYBOARD_APP_HOME": str(tmp_path / "home"),
            "STORYBOARD_APP_FIRST_PAINT": str(report),
            "PYTHONPATH": str(ROOT),
            "IMPORT_LOG": str(tmp_path / "imports.jsonl"),
            **extra,
        },
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    stages: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return stages


def test_a_slow_keychain_does_not_hold_up_the_window(tmp_path: Path) -> None:
    log = tmp_path / "keychain.jsonl"
    stages = _run_app(
        tmp_path,
        PYTHON_KEYRING_BACKEND="tests.fakes.slow_keychain.SlowKeychain",
        SLOW_KEYCHAIN_LOG=str(log),
        SLOW_KEYCHAIN_SECONDS=str(KEYCHAIN_SECONDS),
    )
    asked = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    # The keys were asked for (the account's elements need them), once, on a worker thread,
    assert [question["entry"] for question in asked] == [
        "storyboard-app/kling/access_key",
        "storyboard-app/kling/secret_key",
    ]
    assert not any(question["main_thread"] for question in asked)
    # and the window took input well before the keychain answered.
    editor = stages["editor_paint"]
    assert isinstance(editor, dict)
    ready = stages["ready_at"]
    assert isinstance(ready, float)
    assert ready - editor["at"] < KEYCHAIN_SECONDS / 2


def test_httpx_and_the_keychain_load_on_worker_threads(tmp_path: Path) -> None:
    _run_app(tmp_path)
    lines = (tmp_path / "imports.jsonl").read_text(encoding="utf-8").splitlines()
    imported = [json.loads(line) for line in lines]
    assert {"httpx", "keyring"} <= {module for module, _ in imported}  # the report is real
    assert [module for module, thread in imported if thread == "MainThread"] == []
