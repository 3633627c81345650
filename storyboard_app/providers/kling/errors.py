"""Kling's business codes (kling-api.md §7): what to retry, and what to tell the user."""

from __future__ import annotations

RETRYABLE = frozenset({1302, 1303, 5000, 5001, 5002})
"""Rate, concurrency and server trouble: retried with backoff."""
SERVER_TROUBLE = frozenset({5000, 5001, 5002})
"""The service's own trouble: a create answered so may still have made the task."""
RENEW_TOKEN = frozenset({1003, 1004})
"""Token not yet valid or expired: build a new token and retry once."""

_EXPLANATIONS = {
    1000: "Kling did not accept the access key and secret key. Check them in Settings.",
    1001: "Kling received no credentials. Enter the access key and secret key in Settings.",
    1002: "Kling says the credentials are invalid. Check them in Settings.",
    1003: "Kling says the sign-in token is not valid yet; check this computer's clock.",
    1004: "Kling says the sign-in token expired; check this computer's clock.",
    1100: "Kling reports a problem with your account. Contact Kling support.",
    1101: "Your Kling account is in arrears. Settle the bill, then retry.",
    1102: "Your resource pack is exhausted or expired. Buy or renew a pack, then retry.",
    1103: "Your Kling account has no access to this model or API.",
    1200: "Kling rejected the request's parameters.",
    1201: "Kling rejected a value in the request.",
    1202: "Kling does not offer this method.",
    1203: "Kling does not know this model or task.",
    1300: "Blocked by Kling's platform policy.",
    1301: "Blocked by content safety: edit the prompt",
    1302: "Too many requests to Kling; retrying more slowly.",
    1303: "More tasks are running than your resource pack allows; waiting for a free slot.",
    1304: "Kling refused this computer's address (IP whitelist). Check the account's settings.",
    5000: "Kling had an internal error.",
    5001: "Kling is under maintenance.",
    5002: "Kling timed out (backlog).",
}


class KlingError(Exception):
    """The service said no (or answered something unusable)."""

    def __init__(self, code: int | None, message: str, http_status: int | None = None) -> None:
        self.code = code
        self.service_message = message
        self.http_status = http_status
        super().__init__(self.explain())

    @property
    def retryable(self) -> bool:
        """Whether retrying later can help."""
        return self.code in RETRYABLE

    def explain(self, shot_hint: str = "") -> str:
        """A plain sentence for the user, with the service's own words."""
        base = _EXPLANATIONS.get(self.code or -1, "Kling answered with an error.")
        if self.code == 1301:
            base += f" of {shot_hint}." if shot_hint else " and submit again."
        said = f" (Kling: {self.service_message}, code {self.code})" if self.service_message else ""
        if self.code is None:
            said = f" ({self.service_message})" if self.service_message else ""
        return base + said


class UncertainCreate(Exception):
    """A create request may or may not have made a task (timeout, dropped line, an answer
    of 5000 or without a task id): look the task up by its external id before sending again."""


class DeadLink(KlingError):
    """A download address answered 403, 404 or 410: it expired; ask the task for a fresh one."""


class UnplayableDownload(Exception):
    """A finished download did not open as a video (cut short, damaged); it was removed."""
