"""The stills a previs is made of: pictures cover-cropped to the frame, overlays."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from storyboard_app.render.fonts import draw_text, is_cjk, line_metrics, text_width, wrap


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
    metrics = line_metrics(text, size)
    pad = size // 2
    width, height_of_box = text_width(text, size) + 2 * pad, metrics.height + pad // 2
    box = Image.new("RGBA", (width, height_of_box), (0, 0, 0, 165))
    draw_text(ImageDraw.Draw(box), (pad, pad // 4), text, size, colour, metrics)
    return box


def subtitle(speaker: str, line: str, frame_width: int, height: int) -> Image.Image:
    """A dialogue line as a subtitle with the speaker's name, wrapped to the frame."""
    size = max(12, height)
    colon = "：" if line[:1] and is_cjk(line[0]) else ": "
    rows = wrap(f"{speaker.upper()}{colon}{line}", size, int(frame_width * 0.8))[:3]
    pad = size // 2
    metrics = line_metrics("".join(rows), size)
    step = max(int(size * 1.3), metrics.height)
    widths = [text_width(row, size) for row in rows]
    box = Image.new("RGBA", (max(widths) + 2 * pad, len(rows) * step + pad), (0, 0, 0, 170))
    draw = ImageDraw.Draw(box)
    for index, row in enumerate(rows):
        x = (box.width - widths[index]) // 2
        draw_text(draw, (x, pad // 2 + index * step), row, size, (255, 255, 255), metrics)
    return box
