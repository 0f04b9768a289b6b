"""Records for the report tests: the Regency of Balangan visiting the City of Pontianak on
Senin, 1 Desember 2025 (the hospital's integrity zone), plus generators for long and hostile
variants and for a year of visits."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from studitiru.domain.records import (
    Finding,
    Host,
    Institution,
    InstitutionKind,
    Lesson,
    LessonStatus,
    Participant,
    ParticipantRole,
    Person,
    Presenter,
    Session,
    SessionKind,
    Severity,
    Site,
    Topic,
    Visit,
    VisitStatus,
)
from studitiru.reports.data import AnnualData, VisitReportData

HOST = Host(
    name="Pemerintah Kota Pontianak",
    office="Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah",
    address="Jl. Rahadi Usman No. 3, Pontianak, Kalimantan Barat 78111",
    timezone="Asia/Pontianak",
)

BALANGAN = Institution(
    key="balangan", name="Pemerintah Kabupaten Balangan", short_name="Pemkab Balangan",
    kind=InstitutionKind.REGENCY, province="Kalimantan Selatan",
)

SITES = {
    "balai-kota": Site(key="balai-kota", name="Balai Kota Pontianak", address="Jl. Rahadi Usman No. 3, Pontianak"),
    "rsud-ssma": Site(key="rsud-ssma", name="RSUD Sultan Syarif Mohamad Alkadrie",
                      short_name="RSUD SSMA", address="Jl. Sungai Raya Dalam, Pontianak Tenggara"),
}

PRESENTERS = {
    "amirullah": Presenter(key="amirullah", name="Amirullah", position="Sekretaris Daerah Kota Pontianak"),
    "dr-eva": Presenter(key="dr-eva", name="dr. Eva Nurfarihah", position="Direktur RSUD SSMA"),
    "yuli": Presenter(key="yuli", name="Yuli Andriani", position="Analis Protokol",
                      phone="0812-5600-1234", email="protokol@pontianak.go.id"),
}

TOPICS = {
    "zi": Topic(key="zi", name="Zona Integritas (WBK/WBBM)"),
    "rs": Topic(key="rs", name="Tata kelola rumah sakit"),
}

DAY = date(2025, 12, 1)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


SESSIONS = (
    Session(key="ST-2025-014-1", visit="ST-2025-014", starts_at=at(9), ends_at=at(10),
            title="Penyambutan dan paparan Zona Integritas", kind=SessionKind.RECEPTION,
            site="balai-kota", presenters=("amirullah",), topics=("zi",), notes="Ruang Rapat Wali Kota, lantai 2"),
    Session(key="ST-2025-014-2", visit="ST-2025-014", starts_at=at(10, 30), ends_at=at(12),
            title="Kunjungan lapangan RSUD SSMA", kind=SessionKind.SITE_TOUR,
            site="rsud-ssma", presenters=("dr-eva",), topics=("zi", "rs")),
    Session(key="ST-2025-014-3", visit="ST-2025-014", starts_at=at(12), ends_at=at(13),
            title="Ramah tamah dan makan siang", kind=SessionKind.MEAL, site="rsud-ssma"),
)

PARTICIPANTS = (
    Participant(name="H. Abdul Hadi", position="Bupati Balangan", institution="Pemerintah Kabupaten Balangan",
                role=ParticipantRole.LEADER),
    Participant(name="Rahmadi", position="Direktur RSUD Balangan", institution="RSUD Balangan"),
    Participant(name="Siti Aminah", position="Kepala Bagian Organisasi", institution="Setda Balangan"),
    Participant(name="Muhammad Noor", position="Kepala Inspektorat", institution="Inspektorat Balangan"),
)

LESSONS = (
    Lesson(key="ST-2025-014-L1", visit="ST-2025-014", observation="Pelayanan tanpa kelas di rawat inap",
           topic="rs", recommendation="Kaji penerapan kelas standar di RSUD Balangan", owner="Direktur RSUD Balangan",
           status=LessonStatus.PLANNED, follow_up_on=date(2026, 3, 2)),
    Lesson(key="ST-2025-014-L2", visit="ST-2025-014", observation="Survei kepuasan masyarakat dipajang di lobi",
           topic="zi", recommendation="Pasang papan survei kepuasan di semua unit layanan",
           owner="Bagian Organisasi", status=LessonStatus.ADOPTED, follow_up_on=date(2026, 2, 2)),
)

VISIT = Visit(
    key="ST-2025-014", title="Studi Tiru Zona Integritas RSUD SSMA", institution="balangan",
    starts_on=DAY, ends_on=DAY, status=VisitStatus.CONFIRMED,
    leader=Person("H. Abdul Hadi", "Bupati Balangan"), liaison=Person("Yuli Andriani", "Analis Protokol"),
    headcount=None, purpose="Mempelajari pembangunan Zona Integritas menuju WBK/WBBM di RSUD SSMA.",
    topics=("zi", "rs"), participants=PARTICIPANTS, sessions=SESSIONS, lessons=LESSONS,
)

FINDING = Finding(
    rule="presenter-double-booked", severity=Severity.ERROR, visits=("ST-2025-014",),
    sessions=("ST-2025-014-1",), message_id="Amirullah ada di dua agenda sekaligus pada Senin, 1 Desember 2025 09.00",
    message_en="Amirullah is in two sessions at once on Monday, 1 December 2025 09:00", starts_at=at(9),
)


def balangan(findings: bool = False) -> VisitReportData:
    """The Balangan visit as a report's data."""
    return VisitReportData(host=HOST, visit=VISIT, institution=BALANGAN, sites=SITES, presenters=PRESENTERS,
                           topics=TOPICS, findings=[FINDING] if findings else [])


HOSTILE = {
    "email": "Email <a@b.id>",
    "tag": "<b>unclosed",
    "amp": "A & B",
    "ctrl": "\x00\x07ctrl",
    "quotes": "’Kutip“ dan ”tutup",
    "viet": "Nguyễn Thị Minh Khai",
    "emoji": "Senyum 🙂 selalu",
    "arabic": "محمد",
    "surrogate": "Rusak \ud800 teks",
    "long": ("observasi" * 1112)[:10_000],
    "url": "https://jdih.pontianak.go.id/produk-hukum/peraturan-wali-kota/2025/nomor-17/lampiran-zona-integritas.pdf",
}


def hostile() -> VisitReportData:
    """The Balangan visit with hostile text in every field a report prints."""
    h = HOSTILE
    site = replace(SITES["balai-kota"], name=h["amp"], address=h["url"])
    presenter = replace(PRESENTERS["amirullah"], name=h["viet"], position=h["tag"])
    sessions = (
        replace(SESSIONS[0], title=h["email"] + " " + h["quotes"], presenters=("amirullah",)),
        replace(SESSIONS[1], title=h["ctrl"] + " " + h["emoji"]),
        replace(SESSIONS[2], title=h["arabic"] + " " + h["surrogate"]),
    )
    participants = (
        replace(PARTICIPANTS[0], name=h["viet"], position=h["email"], institution=h["amp"]),
        replace(PARTICIPANTS[1], name=h["arabic"] + " Rahman", position=h["tag"], institution=h["url"]),
        *PARTICIPANTS[2:],
    )
    lessons = (
        replace(LESSONS[0], observation=h["long"], recommendation=h["quotes"], owner=h["email"]),
        replace(LESSONS[1], observation=h["tag"] + " " + h["amp"], recommendation=h["url"], owner=h["emoji"]),
    )
    visit = replace(VISIT, title=h["amp"] + " " + h["tag"], purpose=h["email"] + " " + h["ctrl"],
                    sessions=sessions, participants=participants, lessons=lessons,
                    leader=Person(h["viet"], h["quotes"]))
    institution = replace(BALANGAN, name="Pemerintah Kabupaten Balangan " + h["amp"])
    host = replace(HOST, office=h["tag"])
    return VisitReportData(host=host, visit=visit, institution=institution,
                           sites={**SITES, "balai-kota": site}, presenters={**PRESENTERS, "amirullah": presenter},
                           topics={**TOPICS, "zi": replace(TOPICS["zi"], name=h["quotes"])}, findings=[])


def long_visit() -> VisitReportData:
    """60 sessions over 3 days and 120 participants."""
    sessions = []
    for day_index in range(3):
        day = DAY + timedelta(days=day_index)
        for slot in range(20):
            start = at(7, 0, day) + timedelta(minutes=35 * slot)
            sessions.append(Session(
                key=f"ST-2025-099-{day_index * 20 + slot + 1:02d}", visit="ST-2025-099", starts_at=start,
                ends_at=start + timedelta(minutes=30), title=f"Agenda nomor {day_index * 20 + slot + 1}",
                kind=SessionKind.PRESENTATION, site="balai-kota" if slot % 2 else "rsud-ssma",
                presenters=("amirullah", "dr-eva") if slot % 3 == 0 else ("yuli",)))
    participants = tuple(Participant(name=f"Peserta {n:03d}", position="Staf", institution="Pemkab Balangan")
                         for n in range(1, 121))
    visit = replace(VISIT, key="ST-2025-099", starts_on=DAY, ends_on=DAY + timedelta(days=2),
                    sessions=tuple(sessions), participants=participants, headcount=120)
    return VisitReportData(host=HOST, visit=visit, institution=BALANGAN, sites=SITES, presenters=PRESENTERS,
                           topics=TOPICS)


PROVINCES = ["Kalimantan Selatan", "Kalimantan Tengah", "Kalimantan Timur", "Jawa Barat", "Jawa Timur",
             "Sulawesi Selatan", "Riau", "Sumatera Utara", "Bali", "Nusa Tenggara Barat", "Papua", "Aceh"]


def annual(count: int = 500, year: int = 2025, seed: int = 7) -> AnnualData:
    """A generated year of `count` visits from institutions across the provinces."""
    rng = random.Random(seed)
    institutions = {f"inst-{i}": Institution(key=f"inst-{i}", name=f"Pemerintah Kabupaten Contoh {i}",
                                             province=PROVINCES[i % len(PROVINCES)]) for i in range(60)}
    institutions["balangan"] = BALANGAN
    topic_keys = list(TOPICS) + ["mpp", "spbe"]
    topics = {**TOPICS, "mpp": Topic("mpp", "Mal Pelayanan Publik"), "spbe": Topic("spbe", "SPBE")}
    visits, lessons = [], []
    statuses = list(LessonStatus)
    for n in range(count):
        start = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        key = f"ST-{year}-{n:03d}"
        visits.append(Visit(
            key=key, title=f"Studi tiru {n}", institution=rng.choice(list(institutions)), starts_on=start,
            ends_on=start, status=VisitStatus.CANCELLED if n % 25 == 0 else VisitStatus.REPORTED,
            headcount=rng.randint(3, 70), topics=tuple(rng.sample(topic_keys, rng.randint(1, 2)))))
        for m in range(rng.randint(0, 3)):
            lessons.append(Lesson(key=f"{key}-L{m}", visit=key, observation="Praktik baik", topic=rng.choice(topic_keys),
                                  status=rng.choice(statuses)))
    return AnnualData(year=year, host=HOST, visits=visits, institutions=institutions, topics=topics, lessons=lessons)
