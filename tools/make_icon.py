"""Draw Studi Tiru's application icon: `resources/icons/studitiru-N.png` (16…256 px) and `studitiru.ico`.

    python tools/make_icon.py            # needs Pillow (pip install pillow)

The picture: a visit's page of the diary (a white calendar sheet with the red band of the
Indonesian flag and two rings) on a deep teal tile, with a location pin: a visit to a place.
Drawn once at 1024 px and scaled down to each size, so that the small sizes stay sharp enough.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL, TEAL_DARK, RED, WHITE, GREY = (15, 110, 110), (9, 74, 78), (200, 16, 46), (255, 255, 255), (214, 222, 224)


def draw(size: int = 1024) -> Image.Image:
    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((24 * s, 24 * s, 1000 * s, 1000 * s), radius=200 * s, fill=TEAL)
    pen.rounded_rectangle((24 * s, 520 * s, 1000 * s, 1000 * s), radius=200 * s, fill=TEAL_DARK)
    pen.rectangle((24 * s, 520 * s, 1000 * s, 700 * s), fill=TEAL_DARK)
    # the calendar sheet
    pen.rounded_rectangle((190 * s, 210 * s, 834 * s, 850 * s), radius=70 * s, fill=WHITE)
    pen.rounded_rectangle((190 * s, 210 * s, 834 * s, 400 * s), radius=70 * s, fill=RED)
    pen.rectangle((190 * s, 330 * s, 834 * s, 400 * s), fill=RED)
    for x in (330, 694):  # the rings
        pen.rounded_rectangle(((x - 34) * s, 140 * s, (x + 34) * s, 290 * s), radius=34 * s, fill=GREY)
    # the day's lines, left of the pin
    for y in (480, 580, 680):
        pen.rounded_rectangle((270 * s, (y - 22) * s, 480 * s, (y + 22) * s), radius=22 * s, fill=GREY)
    # the location pin: a round head and a point
    cx, cy, r = 640, 560, 120
    pen.polygon(((cx - r * 0.86) * s, (cy + r * 0.5) * s, (cx + r * 0.86) * s, (cy + r * 0.5) * s,
                 cx * s, (cy + 2.3 * r) * s), fill=TEAL)
    pen.ellipse(((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s), fill=TEAL)
    pen.ellipse(((cx - 48) * s, (cy - 48) * s, (cx + 48) * s, (cy + 48) * s), fill=WHITE)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw()
    for size in SIZES:
        master.resize((size, size), Image.Resampling.LANCZOS).save(ICONS / f"studitiru-{size}.png", optimize=True)
    master.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "studitiru.ico", sizes=[(n, n) for n in SIZES])
    print(f"wrote {len(SIZES)} PNGs and studitiru.ico in {ICONS}")


if __name__ == "__main__":
    main()
