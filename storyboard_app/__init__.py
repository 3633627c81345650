"""Storyboard app: plan a short video shot by shot and have an AI video service render it."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("storyboard-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
