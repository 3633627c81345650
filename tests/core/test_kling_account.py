"""Kling keys from the environment or the keychain: each failure says what to do."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from storyboard_app.providers.kling.account import load_credentials, save_credentials
from storyboard_app.providers.kling.auth import Credentials


class BrokenDBusKeyring(KeyringBackend):
    """Like SecretService when D-Bus is down: raises errors that are not KeyringErrors."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown: no secrets service")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("no")


class EmptyKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("KLING_ACCESS_KEY", "KLING_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(EmptyKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("present", "missing"),
    [("KLING_ACCESS_KEY", "KLING_SECRET_KEY"), ("KLING_SECRET_KEY", "KLING_ACCESS_KEY")],
)
def test_one_variable_set_names_the_missing_one(
    clean_env: None, monkeypatch: pytest.MonkeyPatch, present: str, missing: str
) -> None:
    monkeypatch.setenv(present, "value-of-the-key")
    credentials, why = load_credentials()
    assert credentials is None
    assert f"{present} is set but {missing} is not" in why
    assert "value-of-the-key" not in why


def test_a_broken_dbus_keychain_is_explained(clean_env: None) -> None:
    keyring.set_keyring(BrokenDBusKeyring())
    credentials, why = load_credentials()
    assert credentials is None
    assert "keychain" in why
    assert "ServiceUnknown" in why
    assert "KLING_ACCESS_KEY" in why
    with pytest.raises(KeyringError, match="could not be kept"):
        save_credentials(Credentials("ak", "sk-secret"))
