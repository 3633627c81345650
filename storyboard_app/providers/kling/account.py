"""The Kling account: keys from the environment or the operating system's keychain.

``KLING_ACCESS_KEY`` and ``KLING_SECRET_KEY`` override the keychain. Keys are never written
to projects, the job database, logs or error messages.
"""

from __future__ import annotations

import os

from storyboard_app.i18n import _
from storyboard_app.providers.kling.auth import SINGAPORE, Credentials

SERVICE = "storyboard-app/kling"
ACCESS_VARIABLE = "KLING_ACCESS_KEY"
SECRET_VARIABLE = "KLING_SECRET_KEY"
BASE_URL_VARIABLE = "KLING_BASE_URL"


def _failure(error: Exception) -> str:
    """A keychain failure in a few words (a backend's own text, cut short)."""
    said = str(error).strip().splitlines()[0][:160] if str(error).strip() else ""
    return f"{type(error).__name__}: {said}" if said else type(error).__name__


def load_credentials() -> tuple[Credentials | None, str]:
    """The account's keys and where they came from ("environment", "keychain" or why none)."""
    access, secret = os.environ.get(ACCESS_VARIABLE), os.environ.get(SECRET_VARIABLE)
    if access and secret:
        return Credentials(access, secret), "environment"
    if access or secret:
        present, missing = (
            (ACCESS_VARIABLE, SECRET_VARIABLE) if access else (SECRET_VARIABLE, ACCESS_VARIABLE)
        )
        return None, _(
            "{present} is set but {missing} is not: set both (or neither, to use the keys "
            "kept in the keychain)"
        ).format(present=present, missing=missing)
    import keyring  # the keychain's backends load only when keys are asked for
    from keyring.errors import KeyringError

    try:
        access = keyring.get_password(SERVICE, "access_key")
        secret = keyring.get_password(SERVICE, "secret_key")
    except KeyringError:
        return None, no_keychain_reason()
    except Exception as error:  # a broken backend (D-Bus down, a locked or corrupt store)
        return None, _(
            "the system keychain failed ({failure}): set {access} and {secret} instead, or "
            "fix the keychain service"
        ).format(failure=_failure(error), access=ACCESS_VARIABLE, secret=SECRET_VARIABLE)
    if access and secret:
        return Credentials(access, secret), "keychain"
    return None, _(
        "no Kling keys: set {access} and {secret}, or enter them in the app's accounts"
    ).format(access=ACCESS_VARIABLE, secret=SECRET_VARIABLE)


def no_keychain_reason() -> str:
    """Why there are no keys on a computer without a keychain (in the user's language)."""
    return _("no keychain is available: set {access} and {secret} instead").format(
        access=ACCESS_VARIABLE, secret=SECRET_VARIABLE
    )


def save_credentials(credentials: Credentials) -> None:
    """Keep the keys in the operating system's keychain (raises KeyringError without one,
    or when the keychain's backend fails in its own way)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, "access_key", credentials.access_key)
        keyring.set_password(SERVICE, "secret_key", credentials.secret_key)
    except KeyringError:
        raise
    except Exception as error:
        raise KeyringError(
            f"the keys could not be kept: the system keychain failed ({_failure(error)})"
        ) from None


def default_base_url() -> str:
    """The base URL from ``KLING_BASE_URL``, else Kling's Singapore host."""
    return os.environ.get(BASE_URL_VARIABLE) or SINGAPORE
