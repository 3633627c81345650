"""Test Connection for fal and Replicate: one cheap authenticated read, nothing charged.

* fal: ``GET https://api.fal.ai/v1/account/billing?expand=credits`` with
  ``Authorization: Key …`` (``https://fal.ai/docs/platform-apis/v1/account/billing``):
  ``{"username", "credits": {"current_balance", "currency"}}``. The page says it needs an
  ADMIN-scope key; fal's keys page offers API-scope keys for running models
  (``https://fal.ai/docs/documentation/model-apis/authentication/key-based``). So a 403
  whose words are not a lock means: fal knows the key, but the key may not read the
  balance (a third-party client documents the same reading of that 403:
  ``steipete/CodexBar docs/fal.md``). A 403 saying "User is locked … Exhausted balance" is
  a billing lock (reports quoted by ``wavespeed.ai/blog/ai-guides/fal-ai-user-is-locked-
  admin-lock-fix``; NOT CONFIRMED on fal's own pages); 401 is a key fal does not know.
* Replicate: ``GET https://api.replicate.com/v1/account`` with ``Authorization: Bearer …``
  (Replicate's HTTP API reference, ``account.get``): ``{"type", "username", "name"}``.
  Errors are Replicate's problem details (``replicate_error``).

Each check is one request with no retries: the caller bounds it with a timeout and says
what happened; a key never appears in what is returned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

from storyboard_app.i18n import _
from storyboard_app.providers.fal.client import PLATFORM_ORIGIN, fal_error
from storyboard_app.providers.port import ErrorKind, ServiceError
from storyboard_app.providers.replicate.client import API_ORIGIN, replicate_error


@dataclass(frozen=True)
class AccountCheck:
    """What a connection check proved."""

    service: str
    account: str
    """The account's name as the service gave it ('' when it gave none)."""
    balance: str | None = None
    """The credit left, e.g. ``24.50 USD``, when the service showed it."""
    balance_hidden: bool = False
    """The key works but may not read the balance (fal's API-scope keys)."""


def _answer(response: httpx.Response) -> dict[str, object] | None:
    try:
        answer = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return answer if isinstance(answer, dict) else None


def _words(answer: dict[str, object] | None) -> str:
    """The error's own words from fal's ``detail`` or a platform ``error.message``."""
    if answer is None:
        return ""
    detail = answer.get("detail")
    if isinstance(detail, str):
        return detail
    error = answer.get("error")
    if isinstance(error, dict):
        return str(error.get("message") or "")
    return ""


async def check_fal(
    http: httpx.AsyncClient, key: str, platform_base: str = PLATFORM_ORIGIN
) -> AccountCheck:
    """Ask fal for the account's billing; raises ServiceError with fal's reason."""
    url = f"{platform_base.rstrip('/')}/v1/account/billing"
    try:
        response = await http.get(
            url, params={"expand": "credits"}, headers={"Authorization": f"Key {key}"}
        )
    except (httpx.TimeoutException, httpx.TransportError) as error:
        raise ServiceError("fal", ErrorKind.NETWORK, str(error) or type(error).__name__) from None
    answer = _answer(response)
    if response.status_code == 403:
        words = _words(answer)
        if "locked" in words.lower() or "balance" in words.lower():
            raise ServiceError("fal", ErrorKind.BILLING, words, 403)
        return AccountCheck("fal", "", balance_hidden=True)
    if not response.is_success:
        refusal = fal_error(response)
        if not refusal.service_message and _words(answer):
            refusal = ServiceError("fal", refusal.kind, _words(answer), response.status_code)
        raise refusal
    if answer is None:
        raise ServiceError("fal", ErrorKind.UNREADABLE, _("the answer could not be read"), 200)
    credits = answer.get("credits")
    balance = None
    if isinstance(credits, dict) and isinstance(credits.get("current_balance"), int | float):
        currency = str(credits.get("currency") or "USD")
        balance = f"{float(credits['current_balance']):.2f} {currency}"
    return AccountCheck("fal", str(answer.get("username") or ""), balance)


async def check_replicate(
    http: httpx.AsyncClient, token: str, base: str = API_ORIGIN
) -> AccountCheck:
    """Ask Replicate whose token this is; raises ServiceError with Replicate's reason."""
    url = f"{base.rstrip('/')}/v1/account"
    try:
        response = await http.get(url, headers={"Authorization": f"Bearer {token}"})
    except (httpx.TimeoutException, httpx.TransportError) as error:
        raise ServiceError(
            "replicate", ErrorKind.NETWORK, str(error) or type(error).__name__
        ) from None
    if not response.is_success:
        raise replicate_error(response)
    answer = _answer(response)
    if answer is None or not isinstance(answer.get("username"), str):
        raise ServiceError("replicate", ErrorKind.UNREADABLE, _("the answer names no account"), 200)
    return AccountCheck("replicate", str(answer["username"]))
