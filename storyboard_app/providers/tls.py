"""The TLS context of the app's HTTPS clients, built with httpx off the thread that asks.

Reading the CA bundle takes 30-70 ms, and importing httpx (with anyio and, when
installed, rich for its command line) ~0.3 s. ``httpx.AsyncClient()`` would read the
bundle on the event loop each time a client is made (at a submission, or after the account
changes); built once on a worker thread, every client reuses it (``verify=future.result()``),
and the thread that asked (the GUI thread, at start-up) never imports httpx for it.
Certificates are verified as httpx does by default (``SSL_CERT_FILE``/``SSL_CERT_DIR``
when set, else certifi's bundle).
"""

from __future__ import annotations

import contextlib
import os
import ssl
import threading
from concurrent.futures import Future, ThreadPoolExecutor

_built: dict[tuple[str | None, str | None], Future[ssl.SSLContext]] = {}
"""The context being built or built, by the certificate settings it was built with."""
_building = threading.Lock()


def _build() -> ssl.SSLContext:
    import httpx

    with_backend()
    return httpx.create_ssl_context()


def with_backend() -> None:
    """Load httpx's async network backend (anyio's asyncio backend, ~30 modules, ~20 ms),
    which httpx otherwise loads on the event loop at the first request."""
    with contextlib.suppress(ImportError):  # httpx without anyio: nothing to load ahead
        import anyio._backends._asyncio  # noqa: F401


def load_tls_context() -> Future[ssl.SSLContext]:
    """The TLS context, built (and httpx loaded) on a worker thread.

    One context serves the whole app: Kling's, fal's and Replicate's clients, image
    requests, elements and voices used to build one each (two at every start). A new one
    is built when ``SSL_CERT_FILE``/``SSL_CERT_DIR`` change, or when the last try failed
    (a broken bundle the user has since mended).
    """
    settings = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    with _building:
        future = _built.get(settings)
        if future is None or (future.done() and future.exception() is not None):
            loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tls-context")
            future = loader.submit(_build)
            loader.shutdown(wait=False)  # the thread ends once the context is built
            _built[settings] = future
        return future
