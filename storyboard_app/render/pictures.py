"""The stills a previs is made of: pictures cover-cropped to the frame, overlays."""

from __future__ import annotations

import textwrap
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

_FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


@lru_cache(maxsize=32)
def font(size: int) -> Font:
    """A scalable font: a system sans if there is one, else Pillow's bundled one."""
    for file in _FONT_FILES:
        if Path(file).is_file():
            return ImageFont.truetype(file, size)
    return ImageFont.load_default(size)


def cover(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Scale and centre-crop ``image`` to fill ``size`` exactly (never stretched)."""
    return ImageOps.fit(image.convert("RGB"), size, Image.Resampling.LANCZOS)


def load_picture(file: Path, size: tuple[int, int]) -> Image.Image:
    """An image file as a picture covering ``size``."""
    with Image.open(file) as image:
        image.draft("RGB", (size[0] * 2, size[1] * 2))
        return cover(ImageOps.exif_transpose(image), size)


def label(text: str, height: int, colour: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    """Text on a translucent dark box (RGBA), for slates and captions."""
    size = max(12, height)
    typeface = font(size)
    left, top, right, bottom = typeface.getbbox(text)
    pad = size // 2
    width, height_of_box = int(right - left + 2 * pad), int(bottom - top + pad + pad // 2)
    box = Image.new("RGBA", (width, height_of_box), (0, 0, 0, 165))
    ImageDraw.Draw(box).text(
        (pad - left, pad // 2 + pad // 4 - top), text, font=typeface, fill=colour
    )
    return box


def subtitle(speaker: str, line: str, frame_width: int, height: int) -> Image.Image:
    """A dialogue line as a subtitle with the speaker's name, wrapped to the frame."""
    size = max(12, height)
    typeface = font(size)
    average = max(1.0, typeface.getlength("abcdefghij") / 10)
    wrap = max(16, int(frame_width * 0.8 / average))
    rows = textwrap.wrap(f"{speaker.upper()}: {line}", wrap)[:3]
    pad = size // 2
    widths = [int(typeface.getlength(row)) for row in rows]
    box = Image.new(
        "RGBA", (max(widths) + 2 * pad, len(rows) * int(size * 1.3) + pad), (0, 0, 0, 170)
    )
    draw = ImageDraw.Draw(box)
    for index, row in enumerate(rows):
        x = (box.width - widths[index]) // 2
        draw.text((x, pad // 2 + index * int(size * 1.3)), row, font=typeface, fill=(255, 255, 255))
    return box
