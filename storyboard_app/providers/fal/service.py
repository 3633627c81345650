"""fal.ai as the app lists it: its key, origins, provider, connection check and texts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from storyboard_app.i18n import N_, _
from storyboard_app.providers.keys import KeySlot
from storyboard_app.providers.service_entry import ServiceEntry

if TYPE_CHECKING:  # nothing heavy at run time: the command line's parser reads the entries
    import httpx

    from storyboard_app.compiler.guidances import GuidancesPayload
    from storyboard_app.providers.connection import AccountCheck
    from storyboard_app.providers.port import VideoProvider
    from storyboard_app.providers.quote import ServiceQuote

NEGATIVE_DEFAULT = "blur, distort, and low quality"
"""fal's negative prompt when none is sent (shared/docs/kling-api.md §10, fal's t2v page)."""


def _provider(
    http: httpx.AsyncClient, key: str, origins: Mapping[str, str], _allow_upload: bool
) -> VideoProvider:
    from storyboard_app.providers.fal.client import FalProvider

    # The queue, and the platform API that lists requests for reconciling; one base URL
    # given replaces both, as a proxy in front of fal would serve them.
    return FalProvider(http, key, origins["queue"], origins["platform"])


def _quote(payload: GuidancesPayload, image_size: Callable[[str], int] | None) -> ServiceQuote:
    from storyboard_app.providers.fal.request import quote_fal

    return quote_fal(payload, image_size)


async def _check(http: httpx.AsyncClient, key: str, origins: Mapping[str, str]) -> AccountCheck:
    from storyboard_app.providers.connection import check_fal

    return await check_fal(http, key, origins["platform"])


def _notes(payload: GuidancesPayload) -> tuple[str, ...]:
    if payload.negative_prompt.strip():
        return ()
    return (
        _("With no negative prompt, fal.ai uses its own: “{words}”.").format(
            words=NEGATIVE_DEFAULT
        ),
    )


SERVICE = ServiceEntry(
    name="fal",
    title="fal.ai",
    key=KeySlot("fal", "FAL_KEY", "storyboard-app/fal"),
    origins={"queue": "https://queue.fal.run", "platform": "https://api.fal.ai"},
    make_provider=_provider,
    quote=_quote,
    check_connection=_check,
    key_url="https://fal.ai/dashboard/keys",
    key_label=N_("fal.ai key"),
    about=N_(
        "fal.ai runs Kling 3.0 with one pay-as-you-go key, billed per second of video. "
        "Make a key at fal.ai/dashboard/keys and paste it here."
    ),
    no_key=N_("No fal.ai key yet: add one in Accounts."),
    notes=_notes,
)
