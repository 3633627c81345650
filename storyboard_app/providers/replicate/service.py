"""Replicate as the app lists it: its token, origin, provider, connection check and texts."""

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


def _provider(
    http: httpx.AsyncClient, token: str, origins: Mapping[str, str], allow_upload: bool
) -> VideoProvider:
    from storyboard_app.providers.replicate.client import ReplicateProvider

    return ReplicateProvider(http, token, origins["api"], allow_upload=allow_upload)


def _quote(payload: GuidancesPayload, image_size: Callable[[str], int] | None) -> ServiceQuote:
    from storyboard_app.providers.replicate.request import quote_replicate

    return quote_replicate(payload, image_size)


async def _check(http: httpx.AsyncClient, token: str, origins: Mapping[str, str]) -> AccountCheck:
    from storyboard_app.providers.connection import check_replicate

    return await check_replicate(http, token, origins["api"])


def _notes(payload: GuidancesPayload) -> tuple[str, ...]:
    if not payload.first_frame:
        return ()
    return (_("Replicate ignores the aspect ratio when a first frame is given."),)


SERVICE = ServiceEntry(
    name="replicate",
    title="Replicate",
    key=KeySlot("replicate", "REPLICATE_API_TOKEN", "storyboard-app/replicate"),
    origins={"api": "https://api.replicate.com"},
    make_provider=_provider,
    quote=_quote,
    check_connection=_check,
    key_url="https://replicate.com/account/api-tokens",
    key_label=N_("Replicate token"),
    about=N_(
        "Replicate runs Kling 3.0 with one API token, billed to your Replicate account. "
        "Copy a token from replicate.com/account/api-tokens and paste it here."
    ),
    no_key=N_("No Replicate token yet: add one in Accounts."),
    notes=_notes,
)
