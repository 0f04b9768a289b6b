"""Helpers for window tests: a context over a real SQLite file, with some records in it."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.services import agenda, registers, visits
from studitiru.ui.context import AppContext


def make_context(tmp_path: Path, lang: str = "id") -> AppContext:
    return AppContext(db=open_database(tmp_path / "ui.sqlite3"), lang=lang)


def fill_small_office(context: AppContext) -> str:
    """One institution, two sites, a presenter, a topic and a visit with a session; returns the visit key."""
    db = context.db
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas"))
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan",
                                              kind=r.InstitutionKind.REGENCY, province="Kalimantan Selatan"))
    registers.create_record(db, r.Site(key="balai-kota", name="Balai Kota Pontianak", capacity=60, exclusive=True))
    registers.create_record(db, r.Site(key="rsud-ssma", name="RSUD SSMA", capacity=40, exclusive=True,
                                       opening_hours=tuple(r.OpeningWindow(d, time(7, 30), time(16)) for d in range(1, 6))))
    registers.create_record(db, r.Presenter(key="sekda", name="Amirullah", position="Sekretaris Daerah", topics=("zi",)))
    visit = visits.create_visit(db, r.Visit(
        key="ST-2025-014", title="Studi tiru Zona Integritas", institution="pemkab-balangan",
        starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1), headcount=12,
        leader=r.Person("Sufrianor", "Pj Sekretaris Daerah"),
        participants=(r.Participant("Sufrianor", "Pj Sekretaris Daerah", role=r.ParticipantRole.LEADER),),
    ))
    agenda.add_session(db, r.Session(key="", visit=visit.key, starts_at=datetime(2025, 12, 1, 9),
                                     ends_at=datetime(2025, 12, 1, 10), title="Penerimaan rombongan",
                                     kind=r.SessionKind.RECEPTION, site="balai-kota", presenters=("sekda",)))
    return visit.key
