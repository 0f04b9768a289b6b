"""Documentation photos of a visit and the free parts of its activity report: plain records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

#: The stored copy's long side in pixels: 1600 px prints a half page (about 135 mm) at 300 dpi.
STORED_LONG_SIDE = 1600
#: The thumbnail's long side in pixels (the grid of the Dokumentasi tab).
THUMBNAIL_LONG_SIDE = 240
#: The largest photo accepted, in pixels (50 megapixels: a 48 or 50 MP phone photo is accepted,
#: a 60 MP stitched panorama is refused; decoding one would take hundreds of megabytes).
MAX_PIXELS = 50_000_000
#: The largest file accepted, in bytes.
MAX_FILE_BYTES = 80 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Photo:
    """A stored photo. `data` (the stored JPEG) is None when only the thumbnail was read."""

    key: str
    visit: str
    ordinal: int
    width: int
    height: int
    caption: str | None = None
    session: str | None = None
    taken_at: datetime | None = None
    file_name: str = ""
    thumbnail: bytes = field(default=b"", repr=False)
    data: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class ReportNotes:
    """What the officer writes in a visit's activity report: umum, simpulan dan saran, hambatan."""

    overview: str | None = None
    conclusions: str | None = None
    obstacles: str | None = None

    def is_empty(self) -> bool:
        return not any((self.overview, self.conclusions, self.obstacles))
