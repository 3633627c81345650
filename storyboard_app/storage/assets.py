"""Project assets: images copied into ``assets/`` and named by content hash.

Content names make a project self-contained (it moves between machines intact) and make
the same image dropped twice one file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from storyboard_app.domain.images import ImageInfo
from storyboard_app.i18n import _
from storyboard_app.storage.asset_names import record_original_name
from storyboard_app.storage.bundle import ASSETS_DIR, new_file_mode
from storyboard_app.storage.filelocks import exclusive_lock
from storyboard_app.storage.project_checks import asset_problem

HASH_CHARS = 16
_SUFFIX_OF_FORMAT = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}

MAX_PIXELS = 50_000_000
"""The most pixels an image may have (8,000 × 6,000 is 48 Mpx). Checked from the header,
before any pixel is decoded: a small PNG can declare 10,900 × 10,900 and take a gigabyte
to decode. Pillow itself refuses anything over four times this, wherever it is opened."""
Image.MAX_IMAGE_PIXELS = 2 * MAX_PIXELS
MAX_IMAGE_BYTES = 200 * 1024 * 1024
"""Larger files are not read at all (the services take images of at most 10 or 50 MB)."""


def inspect_image(file: Path, name: str | None = None) -> ImageInfo:
    """Read an image's header (not its pixels) and report its facts; never raises."""
    label = name or file.name
    try:
        status = file.stat()
    except FileNotFoundError:
        return ImageInfo(path=label, exists=False)
    except OSError as error:
        return ImageInfo(path=label, exists=True, error=error.strerror or str(error))
    size = status.st_size
    if not stat.S_ISREG(status.st_mode):
        # A FIFO or a device would block or never end: never opened.
        return ImageInfo(path=label, exists=True, error=_("not a regular file (a pipe or device)"))
    if size > MAX_IMAGE_BYTES:
        most = _("over {most} MB, not read").format(most=MAX_IMAGE_BYTES // 2**20)
        return ImageInfo(path=label, exists=True, size_bytes=size, error=most)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # checked below
            with Image.open(file) as image:
                width, height = image.size
                image_format = image.format
                if width * height > MAX_PIXELS:
                    return ImageInfo(
                        path=label, exists=True, size_bytes=size,
                        error=_(
                            "{width}×{height} is {megapixels} megapixels; the app takes at "
                            "most {most} megapixels"
                        ).format(
                            width=width, height=height,
                            megapixels=f"{width * height / 1e6:.1f}",
                            most=MAX_PIXELS // 1_000_000,
                        ),
                    )  # fmt: skip
                image.verify()  # checks the structure (a PNG's every chunk) without decoding
            if image_format == "JPEG":
                # verify() reads only a JPEG's header: decode it at 1/8 scale (fast) to find
                # a file cut short, which would otherwise fail only when rendering.
                with Image.open(file) as image:
                    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                    image.load()
    except UnidentifiedImageError:
        return ImageInfo(path=label, exists=True, size_bytes=size, error=_("not an image file"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        limit = f"{MAX_PIXELS / 1e6:g}"
        over = _("over {most} megapixels").format(most=limit)
        return ImageInfo(path=label, exists=True, size_bytes=size, error=over)
    except (OSError, SyntaxError, ValueError) as error:
        damaged = _("damaged: {reason}").format(reason=error)
        return ImageInfo(path=label, exists=True, size_bytes=size, error=damaged)
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

    def read_bytes(self, path: str) -> bytes:
        """An asset's bytes (to upload); only a regular file inside the project folder."""
        problem = asset_problem(self.folder, path)
        if problem:
            raise AssetError(problem)
        file = self.absolute(path)
        if file.stat().st_size > MAX_IMAGE_BYTES:
            raise AssetError(
                _("“{path}” is over {most} MB").format(path=path, most=MAX_IMAGE_BYTES // 2**20)
            )
        return file.read_bytes()

    def inspect(self, path: str) -> ImageInfo:
        """Facts about an asset, cached until the file changes."""
        problem = asset_problem(self.folder, path)
        if problem:
            return ImageInfo(path=path, exists=True, error=problem)
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
            raise AssetError(_("{file} does not exist.").format(file=source))
        if not info.readable:
            raise AssetError(
                _("{file} cannot be used as an image: {reason}.").format(
                    file=source.name, reason=info.error
                )
            )
        suffix = _SUFFIX_OF_FORMAT.get(info.format or "", source.suffix.lower() or ".img")
        name = f"{content_hash(source)[:HASH_CHARS]}{suffix}"
        relative = f"{ASSETS_DIR}/{name}"
        target = self.absolute(relative)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".import.", dir=target.parent)
            try:
                exclusive_lock(handle)  # "being written", for clean_leftovers elsewhere
                os.fchmod(handle, new_file_mode(target))
                with open(source, "rb") as reading, open(handle, "wb", closefd=False) as writing:
                    shutil.copyfileobj(reading, writing)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            finally:
                os.close(handle)
        record_original_name(self.folder, relative, source.name)
        return relative
