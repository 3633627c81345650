"""fal and Replicate keys: the environment overrides the keychain; every failure is named."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from storyboard_app.providers.fal.service import SERVICE as FAL_SERVICE
from storyboard_app.providers.keys import KeyNotKept, load_key, save_key
from storyboard_app.providers.replicate.service import SERVICE as REPLICATE_SERVICE
from tests.core.test_kling_account import BrokenDBusKeyring

FAL, REPLICATE = FAL_SERVICE.key, REPLICATE_SERVICE.key


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


class NoKeychain(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available.")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no")


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    for name in ("FAL_KEY", "REPLICATE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_kept_keys_come_back_and_the_environment_wins(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_key(FAL) == (None, "no key")
    save_key(FAL, "fal-kept")
    save_key(REPLICATE, "r8_kept")
    assert memory.kept == {("storyboard-app/fal", "key"): "fal-kept",
                           ("storyboard-app/replicate", "key"): "r8_kept"}  # fmt: skip
    assert load_key(FAL) == ("fal-kept", "keychain")
    monkeypatch.setenv("FAL_KEY", " fal-from-env ")
    assert load_key(FAL) == ("fal-from-env", "environment")
    assert load_key(REPLICATE) == ("r8_kept", "keychain")


def test_no_keychain_and_a_broken_one_are_told_apart(memory: MemoryKeyring) -> None:
    keyring.set_keyring(NoKeychain())
    assert load_key(REPLICATE) == (None, "no keychain")
    with pytest.raises(KeyNotKept, match="NoKeyringError"):
        save_key(REPLICATE, "r8_secret")
    keyring.set_keyring(BrokenDBusKeyring())
    key, why = load_key(FAL)
    assert key is None
    assert why.startswith("keychain failed: RuntimeError")
    with pytest.raises(KeyNotKept, match="system keychain failed") as caught:
        save_key(FAL, "fal-secret")
    assert "fal-secret" not in str(caught.value)
