"""Write every report, in Indonesian and English, for the sample records into a folder.

    python benchmarks/make_sample_reports.py [OUT_DIR] [--paper A4|F4] [--png]

With --png, each page is also rendered with `pdftoppm -png -r 60` (poppler-utils) to look at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reports")]

import sample_records as samples  # noqa: E402

from studitiru.reports.annual import build_annual  # noqa: E402
from studitiru.reports.attendance import build_attendance  # noqa: E402
from studitiru.reports.ics import build_ics  # noqa: E402
from studitiru.reports.itinerary import build_itinerary  # noqa: E402
from studitiru.reports.summary import build_summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/report-shots")
    parser.add_argument("--paper", default="A4")
    parser.add_argument("--png", action="store_true")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = {
        "itinerary": lambda lang: build_itinerary(samples.balangan(findings=True), lang, args.paper),
        "itinerary-long": lambda lang: build_itinerary(samples.long_visit(), lang, args.paper),
        "itinerary-hostile": lambda lang: build_itinerary(samples.hostile(), lang, args.paper),
        "summary": lambda lang: build_summary(samples.balangan(), lang, args.paper),
        "summary-hostile": lambda lang: build_summary(samples.hostile(), lang, args.paper),
        "attendance": lambda lang: build_attendance(samples.balangan(), lang, args.paper),
        "attendance-hostile": lambda lang: build_attendance(samples.hostile(), lang, args.paper),
        "annual": lambda lang: build_annual(samples.annual(500), lang, args.paper),
    }
    for name, job in jobs.items():
        for lang in ("id", "en"):
            started = time.perf_counter()
            pdf = job(lang)
            target = out / f"{name}-{lang}.pdf"
            target.write_bytes(pdf)
            print(f"{target}: {len(pdf):,} bytes in {time.perf_counter() - started:.2f} s")
            if args.png and shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(out / f"{name}-{lang}")], check=True)
    ics = out / "agenda.ics"
    ics.write_bytes(build_ics(samples.HOST, samples.VISIT, samples.SITES, samples.PRESENTERS))
    print(ics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
