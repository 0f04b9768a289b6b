"""What the reports are built from, gathered from the database (the reports never open it).

- `visit_report_data(db, key)`: one visit whole, with the records it refers to and its findings.
- `annual_report_data(db, year)`: the visits that start in a year, read set-based.
- `paper_setting(db)`: "A4" or "F4" (the setting "paper").
- `write_file_atomically(path, data)`: a temporary name beside the file, fsync, rename.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy import extract, select

from studitiru.db import models as m
from studitiru.db.bulk_read import read_registers, read_visits
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.reports.data import AnnualData, VisitReportData
from studitiru.services.checks import check_database
from studitiru.services.host import get_host, get_setting
from studitiru.services.visits import get_visit

PAPERS = ("A4", "F4")
PAPER_SETTING = "paper"
LOGO_SETTING = "letterhead_logo"


def paper_setting(db: Database) -> str:
    """The paper size the office prints on: the setting "paper", else A4."""
    value = (get_setting(db, PAPER_SETTING) or "").strip().upper()
    return value if value in PAPERS else "A4"


def logo_setting(db: Database) -> Path | None:
    """The letterhead logo (setting "letterhead_logo") if that file exists, else None."""
    value = get_setting(db, LOGO_SETTING)
    if not value:
        return None
    path = Path(value)
    return path if path.is_file() else None


def visit_report_data(db: Database, key: str) -> VisitReportData:
    """One visit with its institution, the sites, presenters and topics it names, and its open findings."""
    visit = get_visit(db, key)  # NotFoundError for an unknown key
    with db.read() as session:
        registers = read_registers(session)
    site_keys = {s.site for s in visit.sessions if s.site}
    presenter_keys = {p for s in visit.sessions for p in s.presenters}
    topic_keys = set(visit.topics) | {t for s in visit.sessions for t in s.topics} | {
        lesson.topic for lesson in visit.lessons if lesson.topic}
    institution = registers.institutions.get(visit.institution) or r.Institution(visit.institution, visit.institution)
    findings = [f for f in check_database(db, [key]) if key in f.visits]
    return VisitReportData(
        host=registers.host or get_host(db),
        visit=visit,
        institution=institution,
        sites={k: v for k, v in registers.sites.items() if k in site_keys},
        presenters={k: v for k, v in registers.presenters.items() if k in presenter_keys},
        topics={k: v for k, v in registers.topics.items() if k in topic_keys},
        findings=findings,
        logo=logo_setting(db),
    )


def visit_ics(db: Database, key: str) -> bytes:
    """The visit's agenda as an iCalendar file in the host's time zone."""
    from studitiru.reports.ics import build_ics

    data = visit_report_data(db, key)
    return build_ics(data.host, data.visit, data.sites, data.presenters)


def annual_report_data(db: Database, year: int) -> AnnualData:
    """The visits that start in `year` with their participants, sessions and lessons (a few queries)."""
    with db.read() as session:
        ids = list(session.scalars(select(m.Visit.id).where(extract("year", m.Visit.starts_on) == year)))
        registers = read_registers(session)
        chosen, _counts = read_visits(session, ids) if ids else ([], {})
    lessons = [lesson for visit in chosen for lesson in visit.lessons]
    return AnnualData(
        year=year,
        host=registers.host or r.Host(),
        visits=sorted(chosen, key=lambda v: (v.starts_on, v.key)),
        institutions=registers.institutions,
        topics=registers.topics,
        lessons=lessons,
        logo=logo_setting(db),
    )


def report_years(db: Database) -> list[int]:
    """The years in which some visit starts, newest first."""
    with db.read() as session:
        days = session.scalars(select(m.Visit.starts_on).distinct()).all()
    return sorted({day.year for day in days}, reverse=True)


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, else what a new file gets (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_file_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to a temporary file in the same folder, flush it to disk, then rename it over `path`."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(temp, _file_mode(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException as error:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(error, OSError) and error.filename != str(path):  # name the file asked for, not the temporary one
            raise OSError(error.errno, error.strerror, str(path)) from error
        raise
