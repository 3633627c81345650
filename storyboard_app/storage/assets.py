"""Project assets: images copied into ``assets/`` and named by content hash.

Content names make a project self-contained (it moves between machines intact) and make
the same image dropped twice one file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from storyboard_app.domain.images import ImageInfo
from storyboard_app.storage.asset_names import record_original_name
from storyboard_app.storage.bundle import ASSETS_DIR, new_file_mode

HASH_CHARS = 16
_SUFFIX_OF_FORMAT = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}

# Pillow refuses images above ~179 Mpx as a decompression bomb; the image rules reject far
# smaller ones anyway, so a bomb is reported as unreadable rather than decoded.
MAX_PIXELS = 120_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def inspect_image(file: Path, name: str | None = None) -> ImageInfo:
    """Read an image's header (not its pixels) and report its facts; never raises."""
    label = name or file.name
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        return ImageInfo(path=label, exists=False)
    except OSError as error:
        return ImageInfo(path=label, exists=True, error=error.strerror or str(error))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                image.verify()  # checks the structure without decoding every pixel
                width, height = image.size
                image_format = image.format
    except UnidentifiedImageError:
        return ImageInfo(path=label, exists=True, size_bytes=size, error="not an image file")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        limit = f"{MAX_PIXELS / 1e6:g}"
        return ImageInfo(path=label, exists=True, size_bytes=size, error=f"over {limit} megapixels")
    except (OSError, SyntaxError, ValueError) as error:
        return ImageInfo(path=label, exists=True, size_bytes=size, error=f"damaged: {error}")
    return ImageInfo(
        path=label,
        exists=True,
        size_bytes=size,
        format=image_format,
        width=width,
        height=height,
    )


def content_hash(file: Path) -> str:
    """SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with file.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class AssetError(Exception):
    """An image could not be added to the project; the message is meant for the user."""


class AssetStore:
    """The ``assets/`` folder of one project bundle; also its :class:`ImageCatalog`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._cache: dict[str, tuple[tuple[int, int], ImageInfo]] = {}

    def absolute(self, path: str) -> Path:
        """The file behind a project-relative asset path."""
        return self.folder / path

    def inspect(self, path: str) -> ImageInfo:
        """Facts about an asset, cached until the file changes."""
        file = self.absolute(path)
        try:
            stat = file.stat()
            key = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            return inspect_image(file, path)
        cached = self._cache.get(path)
        if cached and cached[0] == key:
            return cached[1]
        info = inspect_image(file, path)
        self._cache[path] = (key, info)
        return info

    def import_image(self, source: Path) -> str:
        """Copy an image file into ``assets/`` under its content name; return its path.

        Refuses a file that is not a readable image (the message says why); importing the
        same bytes twice gives the same path and one file.
        """
        source = Path(source)
        info = inspect_image(source)
        if not info.exists:
            raise AssetError(f"{source} does not exist.")
        if not info.readable:
            raise AssetError(f"{source.name} cannot be used as an image: {info.error}.")
        suffix = _SUFFIX_OF_FORMAT.get(info.format or "", source.suffix.lower() or ".img")
        name = f"{content_hash(source)[:HASH_CHARS]}{suffix}"
        relative = f"{ASSETS_DIR}/{name}"
        target = self.absolute(relative)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".import.", dir=target.parent)
            os.fchmod(handle, new_file_mode(target))
            os.close(handle)
            try:
                shutil.copyfile(source, temporary)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        record_original_name(self.folder, relative, source.name)
        return relative
