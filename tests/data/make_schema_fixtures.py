"""Make the small database files, one per released schema revision, that
tests/test_migrations.py upgrades. Run once per new released revision:

    python tests/data/make_schema_fixtures.py 0001

The file holds a visit with participants, sessions (with presenters and topics) and
lessons, so that a migration that loses child rows is caught; from 0007 on, also the visit's
documentation photos and its activity report's parts.

A revision older than the program's newest (`python tests/data/make_schema_fixtures.py 0008`
after 0010 exists) is filled at the newest schema, through today's services, then taken down
to that revision by the migrations' downgrades (foreign keys off around them, then checked).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from pathlib import Path

from studitiru.db.engine import Database, create_sqlite_engine
from studitiru.db.schema import alembic_config, head_revision, upgrade
from studitiru.domain import records as r
from studitiru.services import agenda, lessons, registers, visits

HERE = Path(__file__).parent


def make(revision: str) -> Path:
    target = HERE / f"schema-{revision}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    db = Database(create_sqlite_engine(target), target)
    older = revision < head_revision()
    upgrade(db, "head" if older else revision)
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas (WBK/WBBM)"))
    registers.create_record(db, r.Topic(key="rs", name="Tata kelola rumah sakit daerah"))
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan",
                                              kind=r.InstitutionKind.REGENCY, province="Kalimantan Selatan"))
    registers.create_record(db, r.Site(key="balai-kota", name="Balai Kota Pontianak", capacity=60, exclusive=True))
    registers.create_record(db, r.Site(key="rsud-ssma", name="RSUD SSMA", capacity=40, exclusive=True,
                                       opening_hours=tuple(r.OpeningWindow(d, time(7, 30), time(16)) for d in range(1, 6))))
    registers.set_travel_time(db, "balai-kota", "rsud-ssma", 20)
    registers.create_record(db, r.Presenter(key="sekda", name="Amirullah", topics=("zi",),
                                            unavailable=(r.Period(datetime(2025, 12, 2, 8), datetime(2025, 12, 2, 12), "Rapat"),)))
    visit = visits.create_visit(db, r.Visit(
        key="ST-2025-014", title="Studi tiru Zona Integritas Pemkab Balangan", institution="pemkab-balangan",
        starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1), headcount=12, topics=("zi",),
        status=r.VisitStatus.REQUESTED, leader=r.Person("Sufrianor", "Pj Sekretaris Daerah"),
        participants=tuple(r.Participant(f"Peserta {n}", "Staf") for n in range(1, 6)),
    ))
    for hour, site in ((9, "balai-kota"), (11, "rsud-ssma")):
        agenda.add_session(db, r.Session(key="", visit=visit.key, starts_at=datetime(2025, 12, 1, hour),
                                         ends_at=datetime(2025, 12, 1, hour + 1), title=f"Acara {hour}", site=site,
                                         presenters=("sekda",), topics=("zi", "rs")))
    lessons.add_lesson(db, r.Lesson(key="", visit=visit.key, observation="Evaluasi triwulanan", topic="zi",
                                    session=f"{visit.key}-2", status=r.LessonStatus.PLANNED, follow_up_on=date(2026, 3, 31)))
    if revision >= "0005":  # the register of letters, with a void number, and the visit's officers
        from dataclasses import replace  # noqa: PLC0415

        from studitiru.domain.letters import LetterKind  # noqa: PLC0415
        from studitiru.services import letters  # noqa: PLC0415

        stored = visits.get_visit(db, visit.key)
        visits.update_visit(db, replace(stored, officers=(r.Officer("Hendra Saputra", "Pengelola Protokol"),),
                                        liaison=r.Person("Yuliani", "Kasubbag Protokol", nip="19850714 201001 2 015")))
        first = letters.issue(db, LetterKind.REPLY, visit.key, today=date(2025, 11, 24))
        letters.issue(db, LetterKind.REPLY, visit.key, today=date(2025, 11, 25), new=True)
        letters.issue(db, LetterKind.ASSIGNMENT, visit.key, today=date(2025, 11, 25))
        assert first.sequence == 1
    if revision >= "0007":  # documentation photos (one of a session) and the report's parts
        from studitiru.domain.photos import ReportNotes  # noqa: PLC0415
        from studitiru.services import photos  # noqa: PLC0415
        from tests.photo_helpers import photo  # noqa: PLC0415

        folder = HERE / f".photos-{revision}"
        folder.mkdir(exist_ok=True)
        try:
            files = [photo(folder / f"foto-{n}.jpg", (640, 480), colour=(60 * n, 90, 120)) for n in range(1, 4)]
            photos.add_photos(db, visit.key, files[:2], caption="Penyambutan di Balai Kota")
            photos.add_photos(db, visit.key, files[2:], session_key=f"{visit.key}-2")
        finally:
            for item in folder.iterdir():
                item.unlink()
            folder.rmdir()
        photos.save_report_notes(db, visit.key, ReportNotes("Kunjungan berjalan lancar.", "Perlu tindak lanjut.",
                                                             "Hujan deras."))
    if older:
        _downgrade(db, revision)
    db.engine.dispose()
    return target


def _downgrade(db: Database, revision: str) -> None:
    """Take the filled file down to `revision`, foreign keys off around the batch rebuilds."""
    from alembic import command  # noqa: PLC0415

    with db.engine.connect() as connection:
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


if __name__ == "__main__":
    for name in sys.argv[1:] or ["0001"]:
        print(make(name))
