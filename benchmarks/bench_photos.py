"""Memory while adding 50 large photos, and the size of an activity report with 40 photos.

    .venv/bin/python benchmarks/bench_photos.py WORKDIR

Makes a 24-megapixel JPEG (6000 × 4000, with grain, about what a phone writes) in WORKDIR and
adds it 50 times to the demo visit in one batch; prints the peak resident memory of this
process (VmHWM) before and after, and tracemalloc's peak of Python's own allocations. Pillow's
pixel buffers are not seen by tracemalloc, so VmHWM is the figure that counts.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path


COUNT = int(next((a.split("=")[1] for a in sys.argv if a.startswith("--count=")), "50"))


def vm_hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def big_jpeg(path: Path, seed: int = 1) -> Path:
    from PIL import Image

    rnd = random.Random(seed)
    size = (6000, 4000)
    grain = Image.frombytes("L", (size[0] // 4, size[1] // 4), rnd.randbytes(size[0] // 4 * size[1] // 4))
    grain = grain.resize(size, Image.Resampling.BILINEAR).convert("RGB")
    base = Image.new("RGB", size, (60, 130, 190))
    Image.blend(base, grain, 0.35).save(path, "JPEG", quality=92)
    return path


def main() -> None:
    if "--make" in sys.argv:
        big_jpeg(Path(sys.argv[-1]))
        return
    work = Path(sys.argv[1])
    work.mkdir(parents=True, exist_ok=True)
    from studitiru.db.schema import open_database
    from studitiru.services import demo, photos, visits

    db = open_database(work / "bench.sqlite3")
    demo.load_demo(db)
    visit = visits.list_visits(db)[0].key
    source = work / "besar.jpg"
    if not source.exists():  # made in another process: its 24-megapixel buffers would raise this one's peak
        import subprocess

        subprocess.run([sys.executable, __file__, str(work), "--make", str(source)], check=True)
    print(f"file {source.stat().st_size / 1e6:.1f} MB, 6000 x 4000")
    import PIL.Image  # noqa: F401 - loaded before the baseline

    before = vm_hwm_mb()
    tracemalloc.start()
    started = time.perf_counter()
    photos.add_photos(db, visit, [source] * COUNT)
    wall = time.perf_counter() - started
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    after = vm_hwm_mb()
    print(f"{COUNT} photos added in {wall:.1f} s; peak RSS {before:.0f} MB before, {after:.0f} MB after "
          f"(+{after - before:.0f} MB); tracemalloc peak {python_peak / 1e6:.1f} MB")
    db.dispose()


if __name__ == "__main__":
    main()
