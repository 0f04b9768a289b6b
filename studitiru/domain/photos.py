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
    #: The row version the photo was read at (two officers at once); 0: not checked.
    version: int = field(default=0, compare=False)
    #: The database row it was read from (0: none): a restore puts the photo back under the same
    #: row, so that this window's own version bumps from before the delete still count as its own.
    row_id: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class CaptionChange:
    """A caption edit: the caption before (for undo) and the photo after, with its new version."""

    before: str | None
    photo: Photo

    @property
    def version(self) -> int:
        return self.photo.version


@dataclass(frozen=True, slots=True)
class OrderChange:
    """A reorder: the order before (for undo) and every photo's version after, by key."""

    before: list[str]
    versions: dict[str, int]


@dataclass(frozen=True, slots=True)
class ReportNotes:
    """What the officer writes in a visit's activity report: umum, simpulan dan saran, hambatan."""

    overview: str | None = None
    conclusions: str | None = None
    obstacles: str | None = None

    def is_empty(self) -> bool:
        return not any((self.overview, self.conclusions, self.obstacles))
