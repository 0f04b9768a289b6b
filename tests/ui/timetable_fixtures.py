"""A crowded day for the timetable tests and screenshots: six visits, 25 sessions, clashes."""

from __future__ import annotations

from datetime import date, datetime, time

from studitiru.domain import records as r
from studitiru.services import agenda, registers, visits
from studitiru.ui.context import AppContext

DAY = date(2025, 12, 2)  # a Tuesday

SITES = (
    r.Site(key="balai-kota", name="Balai Kota Pontianak", short_name="Balai Kota", capacity=60, exclusive=True),
    r.Site(key="rsud-ssma", name="RSUD Sultan Syarif Mohamad Alkadrie", short_name="RSUD SSMA", capacity=40, exclusive=True,
           opening_hours=tuple(r.OpeningWindow(d, time(7, 30), time(16)) for d in range(1, 6))),
    r.Site(key="mpp", name="Mal Pelayanan Publik", short_name="MPP", capacity=40,
           opening_hours=tuple(r.OpeningWindow(d, time(8), time(15)) for d in range(1, 6))),
    r.Site(key="aula-bappeda", name="Aula Bappeda", capacity=30, exclusive=True),
    r.Site(key="rumah-makan", name="Rumah Makan Hijau Daun", short_name="RM Hijau Daun", capacity=120),
)
PRESENTERS = (
    r.Presenter(key="walikota", name="Edi Rusdi Kamtono", position="Wali Kota"),
    r.Presenter(key="sekda", name="Amirullah", position="Sekretaris Daerah"),
    r.Presenter(key="dir-rsud", name="dr. Eva Nurfarihah", position="Direktur RSUD SSMA"),
    r.Presenter(key="kadis-pmptsp", name="Syarif Sudarman", position="Kepala DPMPTSP"),
    r.Presenter(key="bappeda", name="Sidig Handanu", position="Kepala Bappeda"),
)
VISITS = (
    ("ST-2025-021", "pemkot-balikpapan", "Studi tiru MPP dan IPP", "Pemerintah Kota Balikpapan", "Balikpapan"),
    ("ST-2025-022", "pemkab-balangan", "Zona Integritas RSUD", "Pemerintah Kabupaten Balangan", "Balangan"),
    ("ST-2025-023", "pemprov-kalteng", "Inovasi pelayanan publik", "Pemerintah Provinsi Kalimantan Tengah", "Kalteng"),
    ("ST-2025-024", "pemkab-sambas", "SPBE dan pelayanan terpadu", "Pemerintah Kabupaten Sambas", "Sambas"),
    ("ST-2025-025", "pemkab-kapuas-hulu", "Tata kelola rumah sakit", "Pemerintah Kabupaten Kapuas Hulu", "Kapuas Hulu"),
    ("ST-2025-026", "dprd-ketapang", "Kunjungan kerja Komisi I", "DPRD Kabupaten Ketapang", "DPRD Ketapang"),
)
#: (visit index, from, to, title, site, presenters, kind)
SESSIONS = (
    (0, "08.00", "09.00", "Penerimaan rombongan oleh Wali Kota", "balai-kota", ("walikota",), "reception"),
    (0, "09.15", "10.30", "Paparan Indeks Pelayanan Publik", "balai-kota", ("sekda",), "presentation"),
    (0, "10.45", "12.00", "Kunjungan ke Mal Pelayanan Publik", "mpp", ("kadis-pmptsp",), "site_tour"),
    (0, "12.00", "13.00", "Makan siang", "rumah-makan", (), "meal"),
    (0, "13.30", "15.00", "Diskusi tindak lanjut", "aula-bappeda", ("bappeda",), "discussion"),
    (1, "08.00", "08.45", "Ramah tamah", "rsud-ssma", ("dir-rsud",), "reception"),
    (1, "09.00", "10.30", "Pembangunan Zona Integritas WBK/WBBM", "rsud-ssma", ("dir-rsud",), "presentation"),
    (1, "10.30", "11.30", "Peninjauan ruang pelayanan", "rsud-ssma", (), "site_tour"),
    (1, "11.45", "12.45", "Makan siang", "rumah-makan", (), "meal"),
    (1, "13.00", "14.00", "Audiensi dengan Sekda", "balai-kota", ("sekda",), "discussion"),
    (2, "07.30", "08.30", "Sarapan bersama", "rumah-makan", (), "meal"),
    (2, "09.00", "10.00", "Inovasi rumah sakit tanpa kelas", "balai-kota", ("walikota", "sekda"), "presentation"),
    (2, "10.15", "11.30", "Tinjauan RSUD SSMA", "rsud-ssma", ("dir-rsud",), "site_tour"),
    (2, "13.00", "14.30", "Diskusi kelompok", "aula-bappeda", ("bappeda",), "discussion"),
    (3, "08.30", "10.00", "Paparan SPBE", "aula-bappeda", ("bappeda",), "presentation"),
    (3, "10.00", "11.00", "Pelayanan terpadu satu pintu", "mpp", ("kadis-pmptsp",), "site_tour"),
    (3, "11.00", "12.00", "Tanya jawab", None, (), "discussion"),
    (3, "14.30", "16.00", "Kunjungan ke gerai MPP", "mpp", ("kadis-pmptsp",), "site_tour"),
    (4, "09.30", "11.00", "Manajemen rumah sakit daerah", "rsud-ssma", ("dir-rsud",), "presentation"),
    (4, "11.00", "12.00", "Makan siang", "rumah-makan", (), "meal"),
    (4, "15.30", "16.30", "Penutupan", "rsud-ssma", (), "other"),
    (5, "08.00", "09.00", "Audiensi Komisi I", "balai-kota", ("sekda",), "reception"),
    (5, "10.00", "11.30", "Pelayanan perizinan", "mpp", ("kadis-pmptsp",), "presentation"),
    (5, "13.00", "14.00", "Ramah tamah", "rumah-makan", (), "meal"),
    (5, "14.00", "15.00", "Pamitan", None, ("walikota",), "other"),
)


def at(text: str, day: date = DAY) -> datetime:
    hours, minutes = text.split(".")
    return datetime.combine(day, time(int(hours), int(minutes)))


def fill_registers(context: AppContext) -> None:
    db = context.db
    for site in SITES:
        registers.create_record(db, site)
    for presenter in PRESENTERS:
        registers.create_record(db, presenter)
    registers.set_travel_time(db, "balai-kota", "rsud-ssma", 20)
    registers.set_travel_time(db, "balai-kota", "mpp", 10)
    registers.set_travel_time(db, "rsud-ssma", "rumah-makan", 25)
    registers.set_travel_time(db, "mpp", "rumah-makan", 15)


def crowded_day(context: AppContext) -> list[str]:
    """Fill the registers and six visits on DAY; returns the visit keys."""
    db = context.db
    fill_registers(context)
    keys = []
    for key, institution, title, name, short in VISITS:
        registers.create_record(db, r.Institution(key=institution, name=name, short_name=short))
        visits.create_visit(db, r.Visit(key=key, title=title, institution=institution, starts_on=DAY, ends_on=DAY,
                                        headcount=15, status=r.VisitStatus.CONFIRMED))
        keys.append(key)
    for index, start, end, title, site, presenters, kind in SESSIONS:
        agenda.add_session(db, r.Session(key="", visit=keys[index], starts_at=at(start), ends_at=at(end), title=title,
                                         site=site, presenters=presenters, kind=r.SessionKind(kind)))
    return keys
