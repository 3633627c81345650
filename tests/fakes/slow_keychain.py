"""A keychain that answers slowly, as a locked desktop keychain does while it waits for
the user to unlock it: loaded by keyring from ``PYTHON_KEYRING_BACKEND``.

Each question is written to the file named by ``SLOW_KEYCHAIN_LOG`` (one JSON line: the
entry asked for, whether it was asked on the main thread), then answered after
``SLOW_KEYCHAIN_SECONDS``: no key is kept in it.
"""

from __future__ import annotations

import json
import os
import threading
import time

from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError


class SlowKeychain(KeyringBackend):
    """Holds nothing; every question takes ``SLOW_KEYCHAIN_SECONDS``."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        asked = {
            "entry": f"{service}/{username}",
            "main_thread": threading.current_thread() is threading.main_thread(),
        }
        with open(os.environ["SLOW_KEYCHAIN_LOG"], "a", encoding="utf-8") as log:
            log.write(json.dumps(asked) + "\n")
        time.sleep(float(os.environ.get("SLOW_KEYCHAIN_SECONDS", "2")))
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("this test keychain keeps nothing")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("this test keychain keeps nothing")
