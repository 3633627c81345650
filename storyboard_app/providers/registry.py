"""The video services the app knows, each declared by its own adapter package.

A key-based service (one pay-as-you-go key: fal.ai, Replicate, …) is one package under
``storyboard_app/providers/`` with a ``service`` module that exports ``SERVICE``, a
:class:`ServiceEntry`: its name, its name for people, where its key is kept, its
origins, how to build its :class:`~storyboard_app.providers.port.VideoProvider` and check
a key, and the sentences the Accounts page shows. :data:`SERVICES` gathers every such
entry (packages in alphabetical order); the Accounts dialog, Render With…, the jobs list
and the ``submit``/``jobs`` commands iterate it and name no service of their own.

Kling's own API is different (two keys, a region, a resource pack's limit: its account is
``providers/kling/account.py``) and has no entry; it is named here once, as :data:`KLING`.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

from storyboard_app.providers.service_entry import ServiceEntry

__all__ = ["KLING", "SERVICES", "ServiceEntry", "entry", "names", "remote_names", "services"]

KLING = "kling"
"""Kling's own API: the one service with its own kind of account (no entry here)."""


def _discover() -> tuple[ServiceEntry, ...]:
    """Each provider package's ``service.SERVICE``, packages in alphabetical order."""
    import storyboard_app.providers as providers

    found = []
    for module in sorted(pkgutil.iter_modules(providers.__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        name = f"{providers.__name__}.{module.name}.service"
        if importlib.util.find_spec(name) is None:
            continue
        declared = getattr(importlib.import_module(name), "SERVICE", None)
        if isinstance(declared, ServiceEntry):
            found.append(declared)
    return tuple(found)


SERVICES: tuple[ServiceEntry, ...] = _discover()
"""Every key-based service, in the order the app lists them (after local previs and Kling)."""


def services() -> tuple[ServiceEntry, ...]:
    """Every key-based service now (read at each use, so a test may add one)."""
    return SERVICES


def entry(name: str) -> ServiceEntry:
    """The entry of the service recorded as ``name``; KeyError for an unknown one."""
    for service in services():
        if service.name == name:
            return service
    raise KeyError(name)


def names() -> tuple[str, ...]:
    """The key-based services' names, in order."""
    return tuple(service.name for service in services())


def remote_names() -> tuple[str, ...]:
    """Every remote service's name: Kling's own API, then each entry."""
    return (KLING, *names())
