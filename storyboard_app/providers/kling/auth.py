"""Access key + secret key → a short-lived JWT (kling-api.md §2), cached and renewed early."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

SINGAPORE = "https://api-singapore.klingai.com"
BEIJING = "https://api-beijing.klingai.com"
TOKEN_SECONDS = 1800
RENEW_BEFORE = 60
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, repr=False)
class Credentials:
    """An account's access key and secret key; never printed, logged or stored in projects."""

    access_key: str
    secret_key: str

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key[:4]}…, secret_key=<hidden>)"


class BaseUrlRefused(ValueError):
    """A base URL the client will not send credentials to."""


def check_base_url(url: str) -> str:
    """The URL without a trailing slash; plain http is refused except for loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BaseUrlRefused(f"“{url}” is not an http(s) address.")
    host = parts.hostname
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS and not host.startswith("127."):
        raise BaseUrlRefused(
            f"“{url}” uses plain http: your keys would travel unencrypted. Use https "
            "(plain http is allowed only for this computer, e.g. a local proxy or test)."
        )
    return url.strip().rstrip("/")


class TokenSource:
    """Makes the Bearer token: HS256, ``iss`` = access key, ``exp`` = now + 1800, ``nbf`` = now - 5.

    The token is reused until 60 s before it expires (a render can outlive one token).
    """

    def __init__(
        self,
        credentials: Credentials,
        clock: Callable[[], float] = time.time,
        lifetime: int = TOKEN_SECONDS,
    ) -> None:
        self._credentials = credentials
        self._clock = clock
        self._lifetime = lifetime
        self._token: str | None = None
        self._expires = 0

    def token(self) -> str:
        """A valid token (minted anew when the cached one is within 60 s of expiry)."""
        now = int(self._clock())
        if self._token is None or now >= self._expires - RENEW_BEFORE:
            self._expires = now + self._lifetime
            import jwt  # with cryptography, 70 ms: loaded for the first request, not at start

            self._token = jwt.encode(
                {"iss": self._credentials.access_key, "exp": self._expires, "nbf": now - 5},
                self._credentials.secret_key,
                algorithm="HS256",
                headers={"alg": "HS256", "typ": "JWT"},
            )
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token (after the service said 1003/1004)."""
        self._token = None
