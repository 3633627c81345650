"""What a key-based video service's adapter declares about itself (see ``registry.py``).

Kept apart from the registry so that an adapter's ``service`` module can be imported on
its own, before or after the registry gathers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from storyboard_app.providers.keys import KeySlot

if TYPE_CHECKING:  # nothing heavy at run time: the command line's parser reads the entries
    from collections.abc import Awaitable, Callable

    import httpx

    from storyboard_app.compiler.guidances import GuidancesPayload
    from storyboard_app.providers.connection import AccountCheck
    from storyboard_app.providers.port import VideoProvider
    from storyboard_app.providers.quote import ServiceQuote

    MakeProvider = Callable[[httpx.AsyncClient, str, Mapping[str, str], bool], VideoProvider]
    """``(http, key, origins, allow_upload)`` → the service's provider. ``allow_upload`` is
    the user's word that images may go to the service's own file storage (where it has one)."""
    CheckConnection = Callable[[httpx.AsyncClient, str, Mapping[str, str]], Awaitable[AccountCheck]]
    """``(http, key, origins)`` → one cheap authenticated read, nothing charged; raises
    ``ServiceError`` with the service's reason. The caller bounds it with a timeout."""
    Quote = Callable[[GuidancesPayload, Callable[[str], int] | None], ServiceQuote]
    """``(payload, image_size)`` → the request the service would be sent and its price,
    from the adapter's pure functions: no client, no key, no network (Render With…)."""
    Notes = Callable[[GuidancesPayload], tuple[str, ...]]


def _no_notes(_payload: GuidancesPayload) -> tuple[str, ...]:
    return ()


@dataclass(frozen=True)
class ServiceEntry:
    """One key-based video service, as its adapter declares it.

    The texts marked with ``N_`` in the adapter are translated with ``_`` where they are
    shown (``storyboard_app/locale/*.po``).
    """

    name: str
    """The name in job records, takes and ``--provider`` ("fal")."""
    title: str
    """The name for people, as the service writes itself ("fal.ai"), in every language."""
    key: KeySlot
    """Where the key is kept: the keychain entry and the environment variable."""
    origins: Mapping[str, str]
    """Each origin the adapter reaches by its role (``{"queue": "https://queue.fal.run"}``);
    a base URL given for proxies and tests replaces all of them (:meth:`at`)."""
    make_provider: MakeProvider
    quote: Quote
    check_connection: CheckConnection
    key_url: str
    """Where a person gets a key (the service's own page)."""
    key_label: str
    """The key field's label ("fal.ai key"), marked ``N_``."""
    about: str
    """A sentence on the Accounts page: what the service is, how it bills, where to get a
    key (marked ``N_``)."""
    no_key: str
    """Said while there is no key ("No fal.ai key yet: add one in Accounts."), marked ``N_``."""
    notes: Notes = _no_notes
    """What the service does by itself to this payload that Render With… should say
    (translated sentences), beyond what its capability rows show."""

    def at(self, base_url: str | None) -> Mapping[str, str]:
        """The origins to use: every one replaced by ``base_url`` when given."""
        if not base_url:
            return self.origins
        return MappingProxyType(dict.fromkeys(self.origins, base_url))
