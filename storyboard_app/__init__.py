"""Storyboard app: plan a short video shot by shot and have an AI video service render it."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for.

    ``importlib.metadata`` costs 20-30 ms to import, so it is not loaded at start-up.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("storyboard-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
