"""What validation needs to know about an image file, without reading it itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ImageInfo:
    """The facts about one asset file that the image rules are checked against."""

    path: str
    exists: bool
    size_bytes: int = 0
    format: str | None = None
    """Pillow's name of the decoded format ("JPEG", "PNG", "GIF"…), None if unreadable."""
    width: int = 0
    height: int = 0
    error: str = ""
    """Why the file could not be read as an image, when it could not."""

    @property
    def readable(self) -> bool:
        """Whether the file exists and decodes as an image."""
        return self.exists and self.format is not None and not self.error


class ImageCatalog(Protocol):
    """Looks up asset files of a project by their path inside the project folder."""

    def inspect(self, path: str) -> ImageInfo:
        """The facts about the image at ``path`` (never raises for a bad file)."""
        ...
