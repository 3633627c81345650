"""Render With…'s quote: each adapter's pure request building and pricing (no client) say
exactly what its provider would send and charge, for every storyboard of every example."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain import edits
from storyboard_app.domain.vocabulary import Mode
from storyboard_app.providers import registry
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, TEAHOUSE


@pytest.mark.parametrize("service", registry.names())
@pytest.mark.parametrize("example", [COFFEE, DETECTIVE, TEAHOUSE], ids=lambda p: p.stem)
def test_the_quote_is_what_the_provider_would_send_and_charge(service: str, example: Path) -> None:
    entry = registry.entry(service)
    provider = entry.make_provider(httpx.AsyncClient(), "a key", entry.origins, False)
    project = load_project(example)
    seen_prices = 0
    for index, board in enumerate(project.storyboards):
        for mode in (Mode.STD, Mode.PRO, Mode.UHD_4K):
            payload = compile_guidances(edits.update_board(project, index, mode=mode), index)

            def size(path: str) -> int:
                return (example / path).stat().st_size

            quote = entry.quote(payload, size)
            request = provider.build_request(payload, size)
            assert quote.request == request, (board.name, mode)
            assert quote.price == provider.price(payload)
            seen_prices += quote.price is not None
            assert quote.capability == next(
                (c for c in provider.capabilities() if c.endpoint == request.endpoint), None
            )
    if service == "fal":
        assert seen_prices  # a price was compared, not only "unknown" twice
