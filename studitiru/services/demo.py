"""The demo programme: the City of Pontianak's protocol office with three real past visits and a
few upcoming ones, so that a new user sees a living office.

The past visits hold to the news articles in the project's seeds (Balikpapan, 9–10 January 2026;
Balangan, 1 December 2025; the Central Kalimantan Diklatpim III cohort, Monday 12/9). Names and
facts the articles give are kept as written; the other participants, the observations beyond the
articles, the upcoming visits and every time of day are plausible inventions. The upcoming visits
are dated relative to `today`, so the output depends on `today` only (same day, same document).

One gentle warning is planted on purpose: in the RSUD dr. Doris Sylvanus visit the lunch starts
15 minutes after the hospital tour ends, while the restaurant is 20 minutes away (`travel-time`).
No session breaks an error-level rule of spec/RULES.md.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta

from studitiru.db.engine import Database

#: The article on the Central Kalimantan cohort gives only "Senin (12/9)" and no year. 12 September
#: is a Monday in 2011, 2016 and 2022; Sutarmidji was mayor in 2011 and 2016, and the project
#: chose 2016. Caveat: 12 September 2016 was Idul Adha, and the article calls the Ombudsman award
#: of "Desember 2016" past, which points rather to 2017 (when 12/9 is a Tuesday).
KALTENG_DAY = date(2016, 9, 12)
BALANGAN_DAY = date(2025, 12, 1)
BALIKPAPAN_FRIDAY, BALIKPAPAN_SATURDAY = date(2026, 1, 9), date(2026, 1, 10)

HOST = {
    "name": "Pemerintah Kota Pontianak",
    "office": "Bagian Protokol dan Komunikasi Pimpinan",
    "address": "Jalan Rahadi Usman No. 3, Pontianak",
    "timezone": "Asia/Pontianak",
}

#: The demo office's letter settings (invented but plausible officials: the Sekretaris Daerah signs
#: on behalf of the mayor; the head of the protocol section is the deputy signer), stored through
#: the service the letter settings dialog uses (`services.letters.update_settings`).
LETTER_SETTINGS = {
    "pattern": "{code}/{number}/{unit}/{year}", "unit": "Prokopim", "digits": 4, "city": "Pontianak",
    "signatory": {"position": "Sekretaris Daerah", "name": "Dr. H. Ahmad Syarifuddin, M.Si.",
                  "rank": "Pembina Utama Madya (IV/d)", "nip": "196805121994031007",
                  "on_behalf": "a.n. Wali Kota Pontianak"},
    "deputy": {"position": "Kepala Bagian Protokol dan Komunikasi Pimpinan", "name": "Yuliana Safitri, S.Sos., M.AP.",
               "rank": "Pembina (IV/a)", "nip": "197807142002122004",
               "on_behalf": "a.n. Sekretaris Daerah\nAsisten Pemerintahan dan Kesejahteraan Rakyat\nu.b."},
}

TOPICS = [
    {"key": "ipp", "name": "Indeks Pelayanan Publik (IPP)",
     "description": "Penilaian kinerja pelayanan publik sesuai Peraturan Menteri PANRB Nomor 4 Tahun 2023."},
    {"key": "mpp", "name": "Mal Pelayanan Publik (MPP)",
     "description": "Pelayanan administrasi terintegrasi dalam satu gedung."},
    {"key": "zi", "name": "Zona Integritas (WBK/WBBM)",
     "description": "Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan "
                    "Wilayah Birokrasi Bersih dan Melayani (WBBM)."},
    {"key": "rs", "name": "Tata kelola rumah sakit daerah",
     "description": "Tata kelola, sistem manajemen dan standar operasional pelayanan RSUD."},
    {"key": "inovasi", "name": "Inovasi pelayanan publik",
     "description": "Inovasi perangkat daerah untuk meningkatkan mutu layanan, antara lain rumah sakit tanpa kelas."},
    {"key": "spbe", "name": "Sistem Pemerintahan Berbasis Elektronik (SPBE)"},
]


def _institution(key: str, name: str, short: str, kind: str, province: str) -> dict:
    return {"key": key, "name": name, "short_name": short, "kind": kind, "province": province}


INSTITUTIONS = [
    _institution("pemkot-balikpapan", "Pemerintah Kota Balikpapan", "Pemkot Balikpapan", "city", "Kalimantan Timur"),
    _institution("pemkab-balangan", "Pemerintah Kabupaten Balangan", "Pemkab Balangan", "regency",
                 "Kalimantan Selatan"),
    _institution("pemprov-kalteng", "Pemerintah Provinsi Kalimantan Tengah", "Pemprov Kalteng (BPSDM)", "province",
                 "Kalimantan Tengah"),
    _institution("pemkab-sintang", "Pemerintah Kabupaten Sintang", "Pemkab Sintang", "regency", "Kalimantan Barat"),
    _institution("pemkot-jambi", "Pemerintah Kota Jambi", "Pemkot Jambi", "city", "Jambi"),
    _institution("rsud-doris-sylvanus", "RSUD dr. Doris Sylvanus Provinsi Kalimantan Tengah", "RSUD Doris Sylvanus",
                 "hospital", "Kalimantan Tengah"),
    _institution("pemkab-bengkalis", "Pemerintah Kabupaten Bengkalis", "Pemkab Bengkalis", "regency", "Riau"),
]


def _hours(weekdays: range | tuple, opens: str, closes: str) -> list[dict]:
    return [{"weekday": day, "opens": opens, "closes": closes} for day in weekdays]


SITES = [
    {"key": "balai-kota", "name": "Balai Kota Pontianak, ruang rapat lantai 3", "short_name": "Balai Kota lt. 3",
     "address": "Jalan Rahadi Usman No. 3, Pontianak", "capacity": 60, "exclusive": True,
     "contact_name": "Subbagian Protokol", "notes": "Ruang rapat pimpinan; satu rombongan dalam satu waktu."},
    {"key": "mpp", "name": "Mal Pelayanan Publik Kota Pontianak", "short_name": "MPP Pontianak",
     "address": "Jalan Kapten Marsan, Pontianak", "capacity": 120, "exclusive": False,
     "opening_hours": _hours(range(1, 5), "07:30", "16:00") + _hours((5,), "07:30", "16:30")
     + _hours((6,), "08:00", "12:00"),
     "notes": "Aula layanan terbuka; rombongan meninjau bersama masyarakat yang dilayani. Sabtu buka pagi."},
    {"key": "rsud-ssma", "name": "RSUD Sultan Syarif Mohamad Alkadrie", "short_name": "RSUD SSMA",
     "address": "Jalan Komodor Yos Sudarso, Pontianak Barat", "capacity": 40, "exclusive": True,
     "opening_hours": _hours(range(1, 5), "07:30", "16:00") + _hours((5,), "07:30", "16:30"),
     "notes": "Ruang pertemuan manajemen (40 orang). Rumah sakit berkapasitas 168 tempat tidur."},
    {"key": "rm-kapuas", "name": "Rumah Makan Tepian Kapuas", "short_name": "RM Tepian Kapuas",
     "address": "Kawasan Taman Alun Kapuas, Jalan Rahadi Usman, Pontianak", "capacity": 80, "exclusive": False,
     "opening_hours": _hours(range(1, 8), "10:00", "21:00"), "notes": "Jamuan makan siang dan ramah tamah."},
]

#: Minutes by car between the sites; each holds in both directions.
TRAVEL_TIMES = [
    {"from": a, "to": b, "minutes": minutes}
    for a, b, minutes in [
        ("balai-kota", "mpp", 10), ("balai-kota", "rsud-ssma", 20), ("balai-kota", "rm-kapuas", 5),
        ("mpp", "rsud-ssma", 25), ("mpp", "rm-kapuas", 10), ("rsud-ssma", "rm-kapuas", 20),
    ]
]


def _presenters(today: date) -> list[dict]:
    week = _next_monday(today)
    away_from, away_to = week + timedelta(days=2), week + timedelta(days=3)
    return [
        {"key": "walikota", "name": "Edi Rusdi Kamtono", "position": "Wali Kota Pontianak",
         "organisation": "Pemerintah Kota Pontianak", "topics": ["ipp", "inovasi", "mpp"],
         "unavailable": [{"starts_at": f"{away_from}T07:00", "ends_at": f"{away_to}T18:00",
                          "reason": "Dinas luar: rapat koordinasi di Jakarta"}]},
        {"key": "sutarmidji", "name": "Sutarmidji", "position": "Wali Kota Pontianak (pada kunjungan 2016)",
         "organisation": "Pemerintah Kota Pontianak", "topics": ["inovasi", "rs"]},
        {"key": "sekda", "name": "Amirullah",
         "position": "Sekretaris Daerah Kota Pontianak; Ketua Dewan Pengawas RSUD SSMA",
         "organisation": "Pemerintah Kota Pontianak", "topics": ["zi", "rs", "ipp"]},
        {"key": "dir-rsud", "name": "Direktur RSUD SSMA", "position": "Direktur",
         "organisation": "RSUD Sultan Syarif Mohamad Alkadrie", "topics": ["zi", "rs"]},
        {"key": "kadis-dpmptsp", "name": "Kepala DPMPTSP Kota Pontianak",
         "position": "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
         "organisation": "Pemerintah Kota Pontianak", "topics": ["mpp", "ipp"]},
        {"key": "kadis-kominfo", "name": "Kepala Diskominfo Kota Pontianak",
         "position": "Kepala Dinas Komunikasi dan Informatika", "organisation": "Pemerintah Kota Pontianak",
         "topics": ["spbe", "inovasi"]},
    ]


# --- small builders ------------------------------------------------------------------------------


def _next_monday(today: date) -> date:
    """The first Monday after `today` (a week on when today is a Monday)."""
    return today + timedelta(days=7 - today.weekday())


def _people(rows: str, leader: bool = True) -> list[dict]:
    """Participants from 'name | position | unit' lines; the first is the leader when `leader`."""
    people = []
    for line in filter(None, (row.strip() for row in rows.strip().splitlines())):
        name, position, unit = (part.strip() for part in line.split("|"))
        people.append({"name": name, "position": position, "institution": unit,
                       "role": "leader" if leader and not people else "member"})
    return people


def _agenda(key: str, rows: list[tuple]) -> list[dict]:
    """Sessions <key>-1, <key>-2… from (day, start, end, title, kind, site, presenters, topics[, headcount])."""
    sessions = []
    for number, (day, start, end, title, kind, site, presenters, topics, *headcount) in enumerate(rows, 1):
        session = {"key": f"{key}-{number}", "starts_at": f"{day}T{start}", "ends_at": f"{day}T{end}",
                   "title": title, "kind": kind, "site": site}
        if presenters:
            session["presenters"] = list(presenters)
        if topics:
            session["topics"] = list(topics)
        if headcount:
            session["headcount"] = headcount[0]
        sessions.append(session)
    return sessions


def _lessons(key: str, rows: list[dict]) -> list[dict]:
    """Lessons <key>-L1, <key>-L2…; a row's `session` is the session's number within the visit."""
    lessons = []
    for number, row in enumerate(rows, 1):
        lesson = {"key": f"{key}-L{number}", **row}
        if "session" in lesson:
            lesson["session"] = f"{key}-{lesson['session']}"
        if isinstance(lesson.get("follow_up_on"), date):
            lesson["follow_up_on"] = lesson["follow_up_on"].isoformat()
        lessons.append(lesson)
    return lessons


def _letter(visit_day: date, number: str, days_before: int) -> dict:
    return {"number": number, "date": (visit_day - timedelta(days=days_before)).isoformat()}


def _due(today: date, days: int, not_before: date) -> date:
    """A follow-up date `days` after today, never earlier than `not_before`."""
    return max(today + timedelta(days=days), not_before)


LIAISON_RINA = {"name": "Rina Marlina", "position": "Kepala Subbagian Protokol"}
LIAISON_DEDI = {"name": "Dedi Kurniawan", "position": "Analis Keprotokolan"}


# --- the past visits (from the articles) -----------------------------------------------------------


def _balikpapan(today: date) -> dict:
    key, fri, sat = "ST-2026-001", BALIKPAPAN_FRIDAY, BALIKPAPAN_SATURDAY
    after = sat + timedelta(days=30)
    return {
        "key": key, "title": "Studi tiru pelayanan publik Pemkot Balikpapan: IPP, MPP dan RSUD SSMA",
        "institution": "pemkot-balikpapan", "status": "reported",
        "leader": {"name": "Rahmad Mas'ud", "position": "Wali Kota Balikpapan"}, "liaison": LIAISON_RINA,
        "starts_on": fri.isoformat(), "ends_on": sat.isoformat(), "headcount": 28,
        "purpose": "Memperoleh informasi, praktik baik, serta pengalaman nyata dari Pemerintah Kota Pontianak "
                   "yang telah meraih nilai IPP A- (Sangat Baik), sebagai pembelajaran dan penguatan Indeks "
                   "Pelayanan Publik sesuai Peraturan Menteri PANRB Nomor 4 Tahun 2023. Kota Balikpapan saat "
                   "ini berada pada kategori IPP B (Baik) dan menargetkan kategori A (pelayanan prima).",
        "topics": ["ipp", "mpp", "rs"],
        "notes": "Sejalan dengan Misi RPJMD Kota Balikpapan Tahun 2025–2029 (pemerintahan yang bersih, "
                 "profesional, dan berorientasi pada pelayanan masyarakat). Rombongan meninjau MPP di "
                 "Jalan Kapten Marsan pada Sabtu, 10 Januari 2026.",
        "participants": _people("""
            Rahmad Mas'ud | Wali Kota Balikpapan | Pemerintah Kota Balikpapan
            Bagus Susetyo | Wakil Wali Kota Balikpapan | Pemerintah Kota Balikpapan
            Hendra Wijaya | Asisten Administrasi Umum | Sekretariat Daerah
            Siti Rahmawati | Kepala Bagian Organisasi | Sekretariat Daerah
            Muhammad Ridwan | Kepala Dinas | DPMPTSP Kota Balikpapan
            Nur Aisyah | Kepala Dinas | Disdukcapil Kota Balikpapan
            Agus Salim | Direktur | RSUD Beriman Balikpapan
            Dewi Lestari | Kepala Bagian Tata Usaha | RSUD Beriman Balikpapan
            Fajar Nugroho | Kepala Bidang Pelayanan Perizinan | DPMPTSP Kota Balikpapan
            Yuliana Sari | Analis Kebijakan Ahli Muda | Bagian Organisasi
            Arif Budiman | Kepala Bagian Protokol dan Komunikasi Pimpinan | Sekretariat Daerah
            Rizky Pratama | Pranata Humas | Bagian Protokol dan Komunikasi Pimpinan
            Ahmad Fauzi | Ajudan Wali Kota | Sekretariat Daerah
            Lina Marlina | Analis Pelayanan Publik | Bagian Organisasi
        """),
        "sessions": _agenda(key, [
            (fri, "09:00", "09:30", "Penerimaan rombongan dan sambutan Wali Kota Balikpapan", "reception",
             "balai-kota", ["walikota"], ["ipp"]),
            (fri, "09:30", "11:00", "Paparan strategi peningkatan Indeks Pelayanan Publik Kota Pontianak",
             "presentation", "balai-kota", ["sekda", "kadis-dpmptsp"], ["ipp", "inovasi"]),
            (fri, "11:00", "11:45", "Diskusi dan tanya jawab pelayanan publik", "discussion", "balai-kota",
             ["sekda", "kadis-dpmptsp"], ["ipp", "mpp"]),
            (fri, "13:00", "14:00", "Makan siang bersama (setelah salat Jumat)", "meal", "rm-kapuas", [], []),
            (fri, "14:30", "15:30", "Paparan Direktur RSUD SSMA: tata kelola, sistem manajemen dan standar "
             "operasional pelayanan", "presentation", "rsud-ssma", ["dir-rsud"], ["rs"]),
            (fri, "15:30", "16:15", "Peninjauan ruang layanan RSUD SSMA", "site_tour", "rsud-ssma",
             ["dir-rsud"], ["rs"]),
            (sat, "08:30", "10:30", "Peninjauan Mal Pelayanan Publik Kota Pontianak, Jalan Kapten Marsan",
             "site_tour", "mpp", ["kadis-dpmptsp"], ["mpp", "ipp"]),
            (sat, "11:00", "12:30", "Ramah tamah, makan siang dan pelepasan rombongan", "meal", "rm-kapuas",
             [], []),
        ]),
        "lessons": _lessons(key, [
            {"topic": "ipp", "session": 2,
             "observation": "Pontianak meraih IPP A- (Sangat Baik); bukti dukung penilaian sesuai PermenPANRB "
                            "Nomor 4 Tahun 2023 disiapkan bersama oleh perangkat daerah sepanjang tahun.",
             "recommendation": "Bentuk tim percepatan IPP lintas perangkat daerah dengan target kategori A.",
             "owner": "Bagian Organisasi Setda Kota Balikpapan", "status": "in_progress",
             "follow_up_on": _due(today, 7, after)},
            {"topic": "mpp", "session": 7,
             "observation": "MPP Kota Pontianak menghadirkan pelayanan administrasi yang terintegrasi dan "
                            "berkualitas dalam satu gedung, dan tetap melayani pada Sabtu pagi.",
             "recommendation": "Kaji pembukaan layanan Sabtu pagi dan penataan ulang loket di MPP Balikpapan.",
             "owner": "DPMPTSP Kota Balikpapan", "status": "planned", "follow_up_on": _due(today, 3, after)},
            {"topic": "rs", "session": 5,
             "observation": "Direktur RSUD SSMA memaparkan gambaran menyeluruh tentang tata kelola, sistem "
                            "manajemen, serta standar operasional pelayanan rumah sakit.",
             "recommendation": "Perbarui SOP pelayanan RSUD Beriman dengan mengacu pada praktik RSUD SSMA.",
             "owner": "RSUD Beriman Balikpapan", "status": "adopted", "follow_up_on": after.isoformat(),
             "follow_up_note": "SOP pelayanan rawat jalan yang diperbarui telah ditetapkan direktur."},
            {"topic": "ipp",
             "observation": "Kedua kota sama-sama di Pulau Kalimantan dengan tantangan pelayanan yang serupa.",
             "recommendation": "Lanjutkan kolaborasi antardaerah melalui pertukaran data dan kunjungan balasan.",
             "owner": "Bagian Kerja Sama Setda Kota Balikpapan", "status": "noted",
             "follow_up_on": _due(today, 21, after)},
        ]),
    }


def _balangan(today: date) -> dict:
    key, day = "ST-2025-014", BALANGAN_DAY
    after = day + timedelta(days=30)
    return {
        "key": key, "title": "Studi tiru Zona Integritas Pemkab Balangan", "institution": "pemkab-balangan",
        "status": "reported", "leader": {"name": "Sufrianor", "position": "Pj Sekretaris Daerah Kabupaten Balangan"},
        "liaison": LIAISON_DEDI, "starts_on": day.isoformat(), "ends_on": day.isoformat(), "headcount": 12,
        "purpose": "Belajar penerapan Zona Integritas menuju WBK dan WBBM di RSUD SSMA, khususnya di bidang "
                   "layanan kesehatan, karena rumah sakit Kabupaten Balangan sedang berproses menuju WBK.",
        "topics": ["zi", "rs"],
        "notes": "Balangan baru memiliki dua SKPD berpredikat WBK: Disdukcapil serta Dinas Penanaman Modal dan "
                 "PTSP; perangkat daerah lainnya masih dalam proses pembenahan. Rombongan diterima Sekda "
                 "Amirullah.",
        "participants": _people("""
            Sufrianor | Pj Sekretaris Daerah Kabupaten Balangan | Sekretariat Daerah
            Rusdiansyah | Direktur | RSUD Balangan
            Noor Hidayah | Kepala Bagian Organisasi | Sekretariat Daerah
            Ahmad Rifani | Inspektur Pembantu | Inspektorat Daerah
            Siti Mariyam | Kepala Dinas | Disdukcapil Kabupaten Balangan
            Muhammad Yusran | Kepala Dinas | Dinas Penanaman Modal dan PTSP
            Herliani | Kepala Bidang Pelayanan Medik | RSUD Balangan
            Aulia Rahman | Kepala Subbagian Perencanaan | RSUD Balangan
            Fitriani | Ketua Tim Zona Integritas | RSUD Balangan
            Syahrani | Analis Kelembagaan | Bagian Organisasi
            Rahmadi | Pranata Humas | Bagian Protokol dan Komunikasi Pimpinan
            Normila | Auditor Ahli Muda | Inspektorat Daerah
        """),
        "sessions": _agenda(key, [
            (day, "09:00", "10:00", "Penerimaan rombongan oleh Sekda Kota Pontianak", "reception", "balai-kota",
             ["sekda"], ["zi"]),
            (day, "10:30", "12:00", "Paparan Zona Integritas RSUD SSMA", "presentation", "rsud-ssma",
             ["dir-rsud", "sekda"], ["zi", "rs"]),
            (day, "12:00", "13:00", "Peninjauan unit layanan RSUD SSMA", "site_tour", "rsud-ssma", ["dir-rsud"],
             ["zi"]),
            (day, "13:30", "14:30", "Makan siang dan pelepasan rombongan", "meal", "rm-kapuas", [], []),
        ]),
        "lessons": _lessons(key, [
            {"topic": "rs", "session": 2,
             "observation": "Dewan Pengawas, diketuai Sekda, mengevaluasi indikator layanan bersama manajemen "
                            "RSUD SSMA setiap triwulan.",
             "recommendation": "Adakan evaluasi triwulanan serupa di RSUD Balangan.", "owner": "RSUD Balangan",
             "status": "planned", "follow_up_on": _due(today, 10, after)},
            {"topic": "zi", "session": 2,
             "observation": "RSUD SSMA (berusia 13 tahun, 168 tempat tidur) meraih WBK hingga WBBM berkat "
                            "konsistensi peningkatan pelayanan, transparansi, dan akuntabilitas.",
             "recommendation": "Percepat pembangunan Zona Integritas RSUD Balangan menuju WBK.",
             "owner": "Tim Zona Integritas RSUD Balangan", "status": "in_progress",
             "follow_up_on": _due(today, 30, after)},
            {"topic": "zi",
             "observation": "Pemkot Pontianak mendorong seluruh perangkat daerah memperkuat Zona Integritas.",
             "recommendation": "Perluas Zona Integritas dari Disdukcapil dan DPMPTSP ke perangkat daerah lain.",
             "owner": "Bagian Organisasi Setda Kabupaten Balangan", "status": "noted"},
        ]),
    }


def _kalteng() -> dict:
    key, day = "ST-2016-021", KALTENG_DAY
    return {
        "key": key, "title": "Benchmarking Diklat Pimpinan Tingkat III Pemprov Kalimantan Tengah",
        "institution": "pemprov-kalteng", "status": "reported",
        "leader": {"name": "Drs. Muchtar, M.Si.", "position": "Ketua Rombongan Benchmarking Diklatpim Tingkat III"},
        "starts_on": day.isoformat(), "ends_on": day.isoformat(), "headcount": 32,
        "purpose": "Memperluas wawasan, pengetahuan, dan pengalaman peserta dengan belajar langsung ke daerah "
                   "yang lebih dulu berhasil melaksanakan program unggulan organisasinya, untuk dipelajari, "
                   "diidentifikasi, diadopsi, dan diadaptasi di daerah masing-masing.",
        "topics": ["inovasi", "rs"],
        "notes": "Sumber berita hanya menyebut \"Senin (12/9)\" tanpa tahun; dicatat sebagai Senin, "
                 "12 September 2016, pada masa jabatan Wali Kota Sutarmidji.",
        "participants": _people("""
            Drs. Muchtar, M.Si. | Ketua Rombongan | Pemerintah Provinsi Kalimantan Tengah
            Yulianus Hendra | Peserta Diklatpim Tingkat III | Dinas Kesehatan
            Rahmadi Noor | Peserta Diklatpim Tingkat III | Dinas Pendidikan
            Ester Marthalina | Peserta Diklatpim Tingkat III | RSUD dr. Doris Sylvanus
            Hadriansyah | Peserta Diklatpim Tingkat III | Badan Perencanaan Pembangunan Daerah
            Dwi Handayani | Peserta Diklatpim Tingkat III | Biro Organisasi
            Agustinus Dehen | Peserta Diklatpim Tingkat III | Dinas Pekerjaan Umum
            Siti Norhayati | Peserta Diklatpim Tingkat III | Dinas Sosial
            Marlinda | Peserta Diklatpim Tingkat III | Badan Kepegawaian Daerah
            Imanuel Sanjaya | Peserta Diklatpim Tingkat III | Dinas Perhubungan
            Fahrurrazi | Peserta Diklatpim Tingkat III | Inspektorat Provinsi
            Yohana Lidia | Peserta Diklatpim Tingkat III | Dinas Kependudukan dan Pencatatan Sipil
            Zainal Arifin | Peserta Diklatpim Tingkat III | Badan Pendapatan Daerah
            Rita Wulandari | Peserta Diklatpim Tingkat III | Dinas Perindustrian dan Perdagangan
            Betty Anggraini | Widyaiswara | Badan Pendidikan dan Pelatihan
            Rusmanto | Panitia Penyelenggara | Badan Pendidikan dan Pelatihan
        """),
        "sessions": _agenda(key, [
            (day, "09:00", "09:30", "Penerimaan rombongan di ruang rapat lantai 3 Balai Kota", "reception",
             "balai-kota", ["sutarmidji"], []),
            (day, "09:30", "11:00", "Paparan Wali Kota: inovasi pelayanan publik Kota Pontianak, termasuk rumah "
             "sakit tanpa kelas", "presentation", "balai-kota", ["sutarmidji"], ["inovasi", "rs"]),
            (day, "11:00", "12:00", "Diskusi dan tanya jawab", "discussion", "balai-kota", ["sutarmidji"],
             ["inovasi"]),
            (day, "12:15", "13:15", "Makan siang bersama", "meal", "rm-kapuas", [], []),
        ]),
        "lessons": _lessons(key, [
            {"topic": "rs", "session": 2,
             "observation": "Pelayanan rumah sakit tanpa kelas milik Kota Pontianak menjadi daya tarik utama "
                            "peserta.",
             "recommendation": "Kaji layanan rawat inap tanpa kelas sebagai bahan proyek perubahan peserta.",
             "owner": "Peserta Diklatpim Tingkat III", "status": "noted"},
            {"topic": "inovasi", "session": 3,
             "observation": "Wali Kota menekankan agar pelayanan publik di Kalimantan tidak kalah dengan Jawa, "
                            "dan birokrasi disiapkan bila ibu kota negara dipindah ke Kalimantan.",
             "recommendation": "Terapkan keunggulan organisasi yang diamati di instansi masing-masing.",
             "owner": "Peserta Diklatpim Tingkat III", "status": "noted"},
            {"topic": "inovasi",
             "observation": "Tolok ukur keberhasilan: sejauh mana peserta menerapkan apa yang mereka serap dari "
                            "kunjungan ini di instansi tempat bekerja masing-masing.",
             "recommendation": "Penyelenggara menanyakan penerapan hasil benchmarking kepada setiap peserta.",
             "owner": "Panitia Diklatpim Tingkat III Pemprov Kalteng", "status": "noted"},
        ]),
    }


# --- the upcoming visits (invented, dated relative to today) ---------------------------------------


def _upcoming(today: date) -> list[dict]:
    monday = _next_monday(today)
    sintang = monday + timedelta(days=1)  # Tuesday of next week: always within the home page's 14 days
    jambi = monday + timedelta(days=17)  # Thursday
    doris = monday + timedelta(days=23)  # Wednesday
    bengkalis = monday + timedelta(days=28)  # Monday
    k1, k2, k3, k4 = (f"ST-{day.year}-{number:03d}"
                      for day, number in ((sintang, 41), (jambi, 42), (doris, 43), (bengkalis, 44)))
    return [
        {"key": k1, "title": "Studi tiru Mal Pelayanan Publik Pemkab Sintang", "institution": "pemkab-sintang",
         "status": "confirmed",
         "leader": {"name": "Yohanes Saragi", "position": "Asisten Perekonomian dan Pembangunan"},
         "liaison": LIAISON_RINA, "starts_on": sintang.isoformat(), "ends_on": sintang.isoformat(), "headcount": 15,
         "purpose": "Mempelajari pengelolaan Mal Pelayanan Publik Kota Pontianak sebagai persiapan MPP "
                    "Kabupaten Sintang.",
         "topics": ["mpp", "ipp"],
         "request_letter": _letter(sintang, "000.1.5/412/DPMPTSP", 30),
         "reply_letter": _letter(sintang, "000.1.5/1187/Prokopim", 16),
         "participants": _people("""
            Yohanes Saragi | Asisten Perekonomian dan Pembangunan | Sekretariat Daerah
            Heriyanto | Kepala Dinas | DPMPTSP Kabupaten Sintang
            Maria Goreti | Kepala Bidang Pelayanan | DPMPTSP Kabupaten Sintang
            Abdul Hamid | Kepala Bagian Organisasi | Sekretariat Daerah
            Sri Wahyuni | Kepala Bidang Pelayanan Pendaftaran Penduduk | Disdukcapil Kabupaten Sintang
            Stefanus Andi | Analis Perizinan | DPMPTSP Kabupaten Sintang
         """),
         "sessions": _agenda(k1, [
             (sintang, "09:00", "09:30", "Penerimaan rombongan Pemkab Sintang", "reception", "balai-kota",
              ["walikota"], ["mpp"]),
             (sintang, "09:30", "11:00", "Paparan pengelolaan MPP dan capaian IPP", "presentation", "balai-kota",
              ["kadis-dpmptsp"], ["mpp", "ipp"]),
             (sintang, "11:15", "12:30", "Peninjauan Mal Pelayanan Publik Kota Pontianak", "site_tour", "mpp",
              ["kadis-dpmptsp"], ["mpp"]),
             (sintang, "12:45", "13:45", "Makan siang", "meal", "rm-kapuas", [], []),
             (sintang, "14:00", "15:00", "Diskusi rencana pembangunan MPP Sintang", "discussion", "balai-kota",
              ["kadis-dpmptsp"], ["mpp"]),
         ])},
        {"key": k2, "title": "Permohonan studi tiru SPBE Pemkot Jambi", "institution": "pemkot-jambi",
         "status": "requested", "starts_on": jambi.isoformat(), "ends_on": jambi.isoformat(), "headcount": 10,
         "purpose": "Mempelajari penerapan Sistem Pemerintahan Berbasis Elektronik dan layanan digital Kota "
                    "Pontianak.",
         "topics": ["spbe", "inovasi"], "request_letter": _letter(jambi, "800/377/Diskominfo", 28),
         "notes": "Menunggu konfirmasi jadwal Kepala Diskominfo sebelum surat balasan dikirim."},
        {"key": k3, "title": "Studi tiru tata kelola rumah sakit RSUD dr. Doris Sylvanus",
         "institution": "rsud-doris-sylvanus", "status": "confirmed",
         "leader": {"name": "dr. Maria Natalia Sitohang", "position": "Wakil Direktur Pelayanan"},
         "liaison": LIAISON_DEDI, "starts_on": doris.isoformat(), "ends_on": doris.isoformat(), "headcount": 14,
         "purpose": "Mempelajari tata kelola RSUD SSMA, peran Dewan Pengawas, dan pembangunan Zona Integritas "
                    "rumah sakit.",
         "topics": ["rs", "zi"],
         "request_letter": _letter(doris, "445/1021/RSUD-DS", 45),
         "reply_letter": _letter(doris, "000.1.5/1203/Prokopim", 32),
         "notes": "Rombongan langsung menuju RSUD SSMA dari bandara.",
         "participants": _people("""
            dr. Maria Natalia Sitohang | Wakil Direktur Pelayanan | RSUD dr. Doris Sylvanus
            Dedy Kristianto | Kepala Bagian Perencanaan | RSUD dr. Doris Sylvanus
            Ns. Rosmawati | Kepala Bidang Keperawatan | RSUD dr. Doris Sylvanus
            Andreas Tuah | Kepala Subbagian Hukum dan Humas | RSUD dr. Doris Sylvanus
            Fitri Handayani | Ketua Tim Zona Integritas | RSUD dr. Doris Sylvanus
            Bayu Setiawan | Analis Mutu Pelayanan | RSUD dr. Doris Sylvanus
         """),
         "sessions": _agenda(k3, [
             (doris, "08:30", "09:00", "Penerimaan rombongan di RSUD SSMA", "reception", "rsud-ssma",
              ["dir-rsud"], ["rs"]),
             (doris, "09:00", "10:30", "Paparan tata kelola RSUD dan peran Dewan Pengawas", "presentation",
              "rsud-ssma", ["dir-rsud", "sekda"], ["rs", "zi"]),
             (doris, "10:30", "12:00", "Peninjauan unit layanan dan ruang rawat inap", "site_tour", "rsud-ssma",
              ["dir-rsud"], ["rs"]),
             # The planted warning: 15 minutes to reach a restaurant 20 minutes away.
             (doris, "12:15", "13:15", "Makan siang dan pelepasan rombongan", "meal", "rm-kapuas", [], []),
         ])},
        {"key": k4, "title": "Studi tiru Zona Integritas dan IPP Pemkab Bengkalis", "institution": "pemkab-bengkalis",
         "status": "cancelled", "starts_on": bengkalis.isoformat(), "ends_on": bengkalis.isoformat(),
         "headcount": 20, "purpose": "Mempelajari pembangunan Zona Integritas dan peningkatan IPP.",
         "topics": ["zi", "ipp"], "request_letter": _letter(bengkalis, "000.1.5/233/Org", 40),
         "notes": "Dibatalkan oleh Pemkab Bengkalis karena bertepatan dengan pembahasan APBD; akan diajukan "
                  "kembali tahun depan."},
    ]


def demo_document(today: date) -> dict:
    """The demo exchange document for the given day (deterministic: same day, same document)."""
    visits = [_kalteng(), _balangan(today), _balikpapan(today), *_upcoming(today)]
    return copy.deepcopy({
        "format": "studitiru", "version": 1, "host": HOST, "topics": TOPICS, "institutions": INSTITUTIONS,
        "sites": SITES, "travel_times": TRAVEL_TIMES, "presenters": _presenters(today), "visits": visits,
    })


#: An office-wide setting written when an office starts with its own data (the window's first
#: start): such a database never receives the demo programme (`load_demo` refuses it).
OFFICE_DATABASE_SETTING = "office_database"


def _demo_keys_present(db: Database, keys: set[str]) -> set[str]:
    from sqlalchemy import select

    from studitiru.db import models as m

    with db.read() as session:
        return set(session.scalars(select(m.Visit.key).where(m.Visit.key.in_(sorted(keys)))))


def is_office_database(db: Database) -> bool:
    """Whether the database was started as a real office's own (no demo visit ever goes into it)."""
    from studitiru.services.host import get_setting

    return get_setting(db, OFFICE_DATABASE_SETTING) == "1"


def mark_office_database(db: Database) -> None:
    from studitiru.services.host import set_setting

    set_setting(db, OFFICE_DATABASE_SETTING, "1")


def _fill_letter_settings(db: Database) -> None:
    """The demo office's signatories, city and number format, unless the letter settings already
    name a signatory (an officer's own settings are never overwritten)."""
    from studitiru.domain.letters import settings_from_dict, settings_to_dict
    from studitiru.services import letters

    current = letters.get_settings(db)
    if current.signatory.name.strip():
        return
    data = settings_to_dict(current) | copy.deepcopy(LETTER_SETTINGS)
    letters.update_settings(db, settings_from_dict(data, version=current.version))


def load_demo(db: Database, lang: str = "id") -> str:
    """Import the demo into `db` (visits are replaced by key); returns one line saying what was added.

    A database that already holds every demo visit gets nothing (its edits are kept) and the line
    says so; a real office's database (`is_office_database`) is refused."""
    from studitiru.errors import UserError
    from studitiru.services.exchange import import_document

    if is_office_database(db):
        raise UserError(
            f"Basis data {db.location} milik kantor sendiri: program demo tidak dimasukkan ke dalamnya "
            "(pakai berkas lain, misalnya --db demo.sqlite3).",
            f"The database {db.location} is an office's own: the demo programme is not put into it "
            "(use another file, e.g. --db demo.sqlite3).")
    document = demo_document(date.today())
    visits = document["visits"]
    if _demo_keys_present(db, {visit["key"] for visit in visits}) == {visit["key"] for visit in visits}:
        return ("The demo programme is already in this database: nothing was added." if lang == "en"
                else "Program demo sudah ada di basis data ini: tidak ada yang ditambahkan.")
    import_document(db, document, source="demo")
    _fill_letter_settings(db)
    sessions = sum(len(visit.get("sessions", [])) for visit in visits)
    participants = sum(len(visit.get("participants", [])) for visit in visits)
    lessons = sum(len(visit.get("lessons", [])) for visit in visits)
    if lang == "en":
        return (f"Demo programme added: {len(visits)} visits, {sessions} sessions, "
                f"{participants} participants, {lessons} lessons.")
    return (f"Program demo ditambahkan: {len(visits)} kunjungan, {sessions} acara, "
            f"{participants} peserta, {lessons} pembelajaran.")
