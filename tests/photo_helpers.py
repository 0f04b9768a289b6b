"""Photo files for tests, made with Pillow in a test's folder: a JPEG with an EXIF orientation
and date, a PNG with transparency, and the bad files (not an image, truncated, empty, a
60-megapixel panorama)."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw


def photo(path: Path, size: tuple[int, int] = (2400, 1600), orientation: int | None = None,
          taken: str | None = "2025:12:01 09:15:00", colour: tuple[int, int, int] = (40, 120, 200),
          noise: bool = False, seed: int = 1) -> Path:
    """A JPEG whose left third is red (so that a rotation can be seen) with an optional EXIF
    orientation tag and date taken. `noise`: grain, so that it compresses like a real photo."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 3, size[1]), fill=(220, 30, 30))
    if noise:
        rnd = random.Random(seed)
        grain = Image.frombytes("L", (size[0] // 4, size[1] // 4), rnd.randbytes((size[0] // 4) * (size[1] // 4)))
        grain = grain.resize(size, Image.Resampling.BILINEAR).convert("RGB")
        image = Image.blend(image, grain, 0.35)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if taken is not None:
        exif[306] = taken
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def transparent_png(path: Path) -> Path:
    image = Image.new("RGBA", (800, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((100, 100, 700, 500), fill=(0, 128, 0, 255))
    image.save(path, "PNG")
    return path


def not_an_image(path: Path) -> Path:
    path.write_text("Ini bukan foto, hanya catatan.\n", encoding="utf-8")
    return path


def truncated_jpeg(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def panorama(path: Path) -> Path:
    """A 60-megapixel JPEG (15000 × 4000), plain so that it is small on disk."""
    Image.new("RGB", (15000, 4000), (90, 150, 210)).save(path, "JPEG", quality=50)
    return path
