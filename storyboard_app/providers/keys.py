"""One key per aggregator service (fal, Replicate): from the environment or the keychain.

The environment variable the service's own tools read (``FAL_KEY``,
``REPLICATE_API_TOKEN``) overrides the keychain, as ``KLING_ACCESS_KEY`` and
``KLING_SECRET_KEY`` do for Kling (``providers/kling/account.py``). Keys are never written
to projects, the job database, logs or error messages; the keychain's own failure text is
cut short and never carries a key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class KeySlot:
    """Where one service's key is looked for."""

    service: str
    """The service's name in job records ("fal", "replicate")."""
    variable: str
    """The environment variable that overrides the keychain."""
    keychain: str
    """The keychain's service name; the entry's user name is ``"key"``."""


# Each service's slot is declared by its adapter (``providers/<service>/service.py``).
ENVIRONMENT = "environment"
KEYCHAIN = "keychain"
NO_KEYCHAIN = "no keychain"
KEYCHAIN_FAILED = "keychain failed"
NO_KEY = "no key"


class KeyNotKept(Exception):
    """The keychain could not keep the key (none on this computer, or it failed)."""


def _failure(error: Exception) -> str:
    said = str(error).strip().splitlines()[0][:160] if str(error).strip() else ""
    return f"{type(error).__name__}: {said}" if said else type(error).__name__


def load_key(slot: KeySlot) -> tuple[str | None, str]:
    """The key and where it came from: ``environment``, ``keychain``, or why there is none
    (``no keychain``, ``keychain failed: …``, ``no key``)."""
    given = os.environ.get(slot.variable, "").strip()
    if given:
        return given, ENVIRONMENT
    import keyring  # the keychain's backends load only when a key is asked for
    from keyring.errors import KeyringError

    try:
        kept = keyring.get_password(slot.keychain, "key")
    except KeyringError:
        return None, NO_KEYCHAIN
    except Exception as error:  # a broken backend (D-Bus down, a locked or corrupt store)
        return None, f"{KEYCHAIN_FAILED}: {_failure(error)}"
    return (kept, KEYCHAIN) if kept else (None, NO_KEY)


def save_key(slot: KeySlot, key: str) -> None:
    """Keep the key in the operating system's keychain; raises KeyNotKept without one."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(slot.keychain, "key", key)
    except KeyringError as error:
        raise KeyNotKept(_failure(error)) from None
    except Exception as error:
        raise KeyNotKept(f"the system keychain failed ({_failure(error)})") from None
