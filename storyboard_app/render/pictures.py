"""The stills a previs is made of: pictures cover-cropped to the frame, title cards, overlays."""

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


def title_card(
    size: tuple[int, int], number: int, heading: str, moves: str, text: str
) -> Image.Image:
    """A designed card for a shot without a picture: number, framing, moves, action."""
    width, height = size
    card = Image.new("RGB", size, (28, 30, 36))
    draw = ImageDraw.Draw(card)
    for y in range(height):  # a soft vertical vignette
        shade = int(18 * (1 - abs(y / height - 0.45) * 2))
        draw.line([(0, y), (width, y)], fill=(28 + shade, 30 + shade, 38 + shade))
    unit = height / 720
    accent = (232, 163, 61)
    draw.rectangle([0, 0, int(10 * unit), height], fill=accent)
    left = int(70 * unit)
    chinese = bool(heading) and is_cjk(heading[0])
    shot = f"镜头 {number}" if chinese else f"SHOT {number}"
    draw_text(draw, (left, int(120 * unit)), shot, int(84 * unit), accent)
    draw_text(draw, (left, int(230 * unit)), heading, int(44 * unit), (235, 235, 238))
    if moves:
        camera = f"运镜：{moves}" if chinese else f"Camera: {moves}"
        draw_text(draw, (left, int(295 * unit)), camera, int(30 * unit), (170, 172, 180))
    body = int(30 * unit)
    for row, line in enumerate(wrap(text, body, width - 2 * left)[:6]):
        draw_text(draw, (left, int((370 + row * 42) * unit)), line, body, (210, 210, 215))
    return card


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
