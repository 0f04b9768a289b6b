"""Reading a photo file: the stored copy and the thumbnail, or one sentence naming the file.

One file at a time, and a JPEG decoded at a reduced scale (Pillow's draft mode: 1/2, 1/4 or
1/8, never smaller than the stored copy), so that adding fifty 24-megapixel photos needs no
more memory than one of them. The original file is only read, never changed.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studitiru.domain.photos import MAX_FILE_BYTES, MAX_PIXELS, STORED_LONG_SIDE, THUMBNAIL_LONG_SIDE
from studitiru.errors import ValidationError

_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 36867
_DATE_TIME = 306


@dataclass(frozen=True, slots=True)
class ProcessedPhoto:
    file_name: str
    data: bytes
    thumbnail: bytes
    width: int
    height: int
    taken_at: datetime | None


def _refused(name: str, reason_id: str, reason_en: str) -> ValidationError:
    return ValidationError(
        f"Tidak ada foto yang ditambahkan: {name} {reason_id}.",
        f"No photo was added: {name} {reason_en}.",
    )


def _taken_at(exif) -> datetime | None:  # noqa: ANN001 - PIL.Image.Exif
    values = []
    try:
        values.append(exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL))
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the date
        pass
    values.append(exif.get(_DATE_TIME))
    for value in values:
        if isinstance(value, bytes):
            value = value.decode("ascii", "ignore")
        if isinstance(value, str):
            try:
                return datetime.strptime(value.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
            except ValueError:
                continue
    return None


def _jpeg(image, quality: int) -> bytes:  # noqa: ANN001
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def process_photo(path: Path) -> ProcessedPhoto:
    """The stored copy (JPEG, at most `STORED_LONG_SIDE` px, EXIF orientation applied, no
    metadata kept) and the thumbnail of one JPEG or PNG file; a PNG's transparency is
    flattened on white. Refuses, naming the file: missing or unreadable, empty, too large,
    not a JPEG or PNG, truncated or damaged, more than `MAX_PIXELS` pixels."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise _refused(name, "tidak dapat dibaca", "cannot be read") from None
    if size == 0:
        raise _refused(name, "kosong (0 bita)", "is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise _refused(name, f"lebih dari {MAX_FILE_BYTES // (1024 * 1024)} MB",
                       f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except UnidentifiedImageError:
        raise _refused(name, "bukan foto JPEG atau PNG", "is not a JPEG or PNG photo") from None
    except Image.DecompressionBombError:
        raise _refused(name, f"lebih dari {MAX_PIXELS // 1_000_000} megapiksel",
                       f"has more than {MAX_PIXELS // 1_000_000} megapixels") from None
    except OSError:
        raise _refused(name, "tidak dapat dibaca", "cannot be read") from None
    with image:
        if image.format not in ("JPEG", "PNG", "MPO"):
            raise _refused(name, f"bukan foto JPEG atau PNG (berkas {image.format})",
                           f"is not a JPEG or PNG photo (a {image.format} file)")
        pixels = image.width * image.height
        if pixels > MAX_PIXELS:
            mp = round(pixels / 1_000_000)
            raise _refused(
                name, f"berukuran {mp} megapiksel, lebih dari batas {MAX_PIXELS // 1_000_000} megapiksel",
                f"has {mp} megapixels, more than the limit of {MAX_PIXELS // 1_000_000} megapixels",
            )
        try:
            exif = image.getexif()
            taken_at = _taken_at(exif)
            if image.format in ("JPEG", "MPO"):
                image.draft("RGB", (STORED_LONG_SIDE, STORED_LONG_SIDE))
            image.load()
            picture = ImageOps.exif_transpose(image)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise _refused(name, "terpotong atau rusak", "is truncated or damaged") from None
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        picture = flat
    elif picture.mode != "RGB":
        picture = picture.convert("RGB")
    picture.thumbnail((STORED_LONG_SIDE, STORED_LONG_SIDE), Image.Resampling.LANCZOS)
    data = _jpeg(picture, 85)
    width, height = picture.size
    picture.thumbnail((THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE), Image.Resampling.LANCZOS)
    thumbnail = _jpeg(picture, 80)
    return ProcessedPhoto(name, data, thumbnail, width, height, taken_at)


def report_copy(data: bytes, long_side: int = 1100, quality: int = 75) -> bytes:
    """A smaller JPEG of a stored photo for a report: two photos a page need no more than
    1100 px (about 190 dpi across 150 mm, 285 dpi up 98 mm), so that forty photos stay well
    under 15 MB (about 11 MB with grainy test photos, less with real ones)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if max(image.size) <= long_side:
            return data
        image.draft("RGB", (long_side, long_side))
        picture = image.convert("RGB")
    picture.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    return _jpeg(picture, quality)
