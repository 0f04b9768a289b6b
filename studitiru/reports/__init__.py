"""Reports: plain records in, bytes out. No Qt, no SQLAlchemy, no database.

- `build_itinerary`, `build_summary`, `build_attendance` (one visit, `VisitReportData`)
- `build_annual` (one year, `AnnualData`)
- `build_ics` (a visit's agenda as iCalendar)
- `read_participants`, `write_participants_xlsx/csv`, `write_rows_xlsx/csv` (spreadsheets)

Imports are lazy so that importing `studitiru.reports` does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "VisitReportData": "studitiru.reports.data",
    "AnnualData": "studitiru.reports.data",
    "build_itinerary": "studitiru.reports.itinerary",
    "build_summary": "studitiru.reports.summary",
    "build_attendance": "studitiru.reports.attendance",
    "build_annual": "studitiru.reports.annual",
    "build_ics": "studitiru.reports.ics",
    "read_participants": "studitiru.reports.spreadsheets",
    "ParsedRows": "studitiru.reports.spreadsheets",
    "RowProblem": "studitiru.reports.spreadsheets",
    "write_participants_xlsx": "studitiru.reports.spreadsheets",
    "write_participants_csv": "studitiru.reports.spreadsheets",
    "write_rows_xlsx": "studitiru.reports.spreadsheets",
    "write_rows_csv": "studitiru.reports.spreadsheets",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from studitiru.reports.annual import build_annual
    from studitiru.reports.attendance import build_attendance
    from studitiru.reports.data import AnnualData, VisitReportData
    from studitiru.reports.ics import build_ics
    from studitiru.reports.itinerary import build_itinerary
    from studitiru.reports.spreadsheets import (
        ParsedRows, RowProblem, read_participants, write_participants_csv, write_participants_xlsx,
        write_rows_csv, write_rows_xlsx,
    )
    from studitiru.reports.summary import build_summary


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'studitiru.reports' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
