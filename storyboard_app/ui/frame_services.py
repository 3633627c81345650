"""The image services frames can be generated with, and the app's one runner of image jobs.

Kling uses the app's Kling account (its base URL and keys, as the video jobs do). fal
uses the key Render ▸ Accounts… holds (``FAL_KEY``, the keychain, or typed for this
session; see :func:`accounts_of`). Replicate hosts no Kling image model that its
pages show (checked 2026-11-30: ``replicate.com/kwaivgi`` lists Kling *video* models
only: kling-v3-video, kling-v3-omni-video, kling-o1, kling-v2.x, lip-sync), so it is
listed and says so, and nothing is sent there.

:func:`image_jobs_for` gives the one :class:`ImageJobs` of the app (one per Kling
service object), kept in the job database; :func:`resume_image_jobs` is what the app
calls at start to follow the frame requests a previous run left unfinished.
"""

from __future__ import annotations

import ssl
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyboard_app.jobs.image_jobs import ImageJobs, ImageJobStore
from storyboard_app.paths import jobs_database
from storyboard_app.providers.kling.auth import BaseUrlRefused, Credentials, check_base_url

if TYPE_CHECKING:  # httpx loads with the first request, not with the window
    import httpx

    from storyboard_app.providers.image_port import ImageService
    from storyboard_app.ui.kling_service import KlingService

KLING, FAL, REPLICATE = "kling", "fal", "replicate"
CAN_CANCEL = {KLING: False, FAL: True}
"""Whether a running request can be stopped on the service: Kling's image API has no
cancel (kling-api.md §15.1); fal's queue has ``PUT …/cancel``."""


@dataclass
class FrameAccounts:
    """Where each image service is and with which key (read at each use, never kept)."""

    kling_base_url: Callable[[], str]
    kling_keys: Callable[[], Credentials | None]
    fal_key: Callable[[], str | None]
    fal_queue: str = "https://queue.fal.run"
    fal_platform: str = "https://api.fal.ai"
    _http: httpx.AsyncClient | None = field(default=None, init=False)
    _tls: Future[ssl.SSLContext] | None = field(default=None, init=False)

    def prepare(self) -> None:
        """Start building the TLS context on a worker thread (30-70 ms), so the first
        request does not wait for it on the GUI thread."""
        if self._tls is None:
            from storyboard_app.providers.tls import load_tls_context  # httpx: on the worker

            self._tls = load_tls_context()

    def has_key(self, service: str) -> bool:
        """Whether the service can be used now."""
        if service == KLING:
            return self.kling_keys() is not None
        if service == FAL:
            return self.fal_key() is not None
        return False

    def _client(self) -> httpx.AsyncClient:
        import httpx

        if self._http is None:
            self.prepare()
            assert self._tls is not None
            verify = self._tls.result()  # built on a worker thread since ``prepare``
            self._http = httpx.AsyncClient(verify=verify, timeout=httpx.Timeout(60.0, connect=15.0))
        return self._http

    def service(self, name: str) -> ImageService | None:
        """The service with the keys as they are now; None without keys (or Replicate)."""
        if name == KLING:
            credentials = self.kling_keys()
            try:
                base = check_base_url(self.kling_base_url())
            except BaseUrlRefused:
                return None
            if credentials is None:
                return None
            from storyboard_app.providers.kling.auth import TokenSource
            from storyboard_app.providers.kling.images import (
                ImagePoll,
                KlingImages,
                KlingImageService,
            )

            images = KlingImages(self._client(), base, TokenSource(credentials), ImagePoll())
            return KlingImageService(images)
        if name == FAL:
            key = self.fal_key()
            if key is None:
                return None
            from storyboard_app.providers.fal.images import FalImageService

            return FalImageService(self._client(), key, self.fal_queue, self.fal_platform)
        return None

    async def aclose(self) -> None:
        """Close the HTTP client."""
        if self._http is not None:
            await self._http.aclose()
            self._http = None


@dataclass
class FrameJobs:
    """The image jobs of the app and the accounts they are sent with."""

    jobs: ImageJobs
    accounts: FrameAccounts


_RUNNERS: weakref.WeakKeyDictionary[KlingService, FrameJobs] = weakref.WeakKeyDictionary()


def accounts_of(kling: KlingService) -> FrameAccounts:
    """The image accounts of the app: Kling's account and keys, and fal's key as Render ▸
    Accounts… holds it (``FAL_KEY``, else the keychain, else typed for this session)."""
    from storyboard_app.ui.service_accounts import accounts_for

    videos = accounts_for(kling)
    return FrameAccounts(
        lambda: kling.account().base_url, kling.credentials_now, lambda: videos.key(FAL)
    )


def image_jobs_for(kling: KlingService) -> FrameJobs:
    """The app's image jobs (made at first use, in the job database)."""
    found = _RUNNERS.get(kling)
    if found is None:
        accounts = accounts_of(kling)
        accounts.prepare()
        found = FrameJobs(ImageJobs(ImageJobStore(jobs_database()), accounts.service), accounts)
        _RUNNERS[kling] = found
    return found


def use_image_jobs(kling: KlingService, frames: FrameJobs) -> None:
    """Make ``frames`` the app's image jobs (tests; another job database)."""
    _RUNNERS[kling] = frames


def resume_image_jobs(kling: KlingService) -> int:
    """Follow every frame request a previous run left unfinished (call once the asyncio
    loop runs, after the window shows); how many."""
    return len(image_jobs_for(kling).jobs.resume())


async def close_image_jobs(kling: KlingService) -> None:
    """Stop following at quit (unfinished requests stay in the database for next time)."""
    frames = _RUNNERS.pop(kling, None)
    if frames is not None:
        await frames.jobs.aclose()
        await frames.accounts.aclose()
        frames.jobs.store.close()
