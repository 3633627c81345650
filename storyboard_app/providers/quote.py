"""What a service would make of a payload, worked out without its client.

Render With… shows each service's cost and what it cannot take before anything is sent;
that needs the adapter's pure request building and pricing, not a provider with an HTTP
client (building one imports the HTTP stack and waits for the TLS context: ~70 ms on the
GUI thread at the dialog's first opening).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.providers.port import PriceQuote, ServiceCapability, ServiceRequest


@dataclass(frozen=True)
class ServiceQuote:
    """The request a service would be sent, its price and the capability row it goes to."""

    request: ServiceRequest
    price: PriceQuote | None
    """None when the service's price for this combination is not known."""
    capability: ServiceCapability | None
    """The row of the request's endpoint (None when the service has none for it)."""

    @classmethod
    def of(
        cls,
        request: ServiceRequest,
        price: PriceQuote | None,
        capabilities: tuple[ServiceCapability, ...],
    ) -> ServiceQuote:
        """The quote, with the capability row found by the request's endpoint."""
        cap = next((c for c in capabilities if c.endpoint == request.endpoint), None)
        return cls(request, price, cap)


def per_second_price(payload: GuidancesPayload, cap: ServiceCapability | None) -> PriceQuote | None:
    """The price of a service billed per second of video (each shot in whole seconds), or
    None when the row has no rate for the payload's mode and sound."""
    rate = cap.rate(payload.mode, payload.audio) if cap else None
    if cap is None or rate is None:
        return None
    seconds = float(sum(round(g.duration) for g in payload.guidances))
    return PriceQuote(cap.service, cap.endpoint, seconds, rate, round(rate * seconds, 4),
                      cap.sources[0])  # fmt: skip
