"""The host office's activity report (laporan kegiatan) about a visit it received, to its leader,
in the form of a naskah dinas laporan (`PAPERWORK.md` §3): the title in capitals; A. Pendahuluan
(1 Umum, 2 Maksud dan Tujuan, 3 Ruang Lingkup, 4 Dasar: the request and reply letters with
their numbers); B. Kegiatan yang Dilaksanakan (days, places, the agenda as held, presenters,
the delegation and its size); C. Hasil yang Dicapai (the lessons by topic, what the visitors
intend to adopt; the obstacles met); D. Simpulan dan Saran; E. Penutup; the place, date and
signature; then Lampiran I: daftar hadir and Lampiran II: Dokumentasi (two photos a page with
their captions).

A `reports.document.Document`, so that `render_pdf` and `render_docx` print the same report.
The officer's own words (umum, simpulan dan saran, hambatan) come from `ReportNotes`; the rest
from the data. Indonesian, or English with `lang="en"`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from studitiru.domain.dates import format_date, format_date_range, format_time, weekday_name, zone_abbreviation
from studitiru.domain.letters import Signatory
from studitiru.domain.photos import Photo, ReportNotes
from studitiru.domain.records import Lesson, Letter, Session
from studitiru.reports import document as d
from studitiru.reports.data import VisitReportData, delegation_size
from studitiru.reports.labels import LESSON_STATUSES, ROLES

#: The tallest a photo may be so that two, with their captions, fit a page (A4 and F4).
PHOTO_HEIGHT_MM = 98.0
PHOTO_WIDTH_MM = 150.0


@dataclass(frozen=True)
class ActivityData:
    """Everything the activity report says, gathered by `services.activity_report`."""

    report: VisitReportData
    notes: ReportNotes = ReportNotes()
    photos: tuple[Photo, ...] = ()  # with `data`: the copies to print
    reply_letter: Letter | None = None  # the reply's number and date (the letters register first)
    signer: Signatory = Signatory()
    city: str = ""
    written_on: date | None = None
    lang: str = "id"
    paper: str = "A4"
    meta: dict = field(default_factory=dict)


def _t(lang: str, indonesian: str, english: str) -> str:
    return english if lang == "en" else indonesian


def _heading(text: str) -> d.Para:
    return d.Para((d.Run(text, bold=True),), align="left", space_after=4)


def _sub(number: str, text: str) -> d.Para:
    return d.Para((d.Run(f"{number}. {text}", bold=True),), align="left", indent_mm=6, space_after=3)


def _body(text: str, indent_mm: float = 12.0) -> d.Para:
    return d.Para.of(text, align="justify", indent_mm=indent_mm, space_after=6)


def _days(data: ActivityData) -> str:
    visit, lang = data.report.visit, data.lang
    if visit.starts_on == visit.ends_on:
        return format_date(visit.starts_on, lang)
    first, last = weekday_name(visit.starts_on.isoweekday(), lang), weekday_name(visit.ends_on.isoweekday(), lang)
    return f"{first}–{last}, {format_date_range(visit.starts_on, visit.ends_on, lang)}"


def _sessions(data: ActivityData) -> list[Session]:
    return sorted(data.report.visit.sessions, key=lambda s: (s.starts_at, s.key))


def _site_name(data: ActivityData, key: str | None) -> str:
    if not key:
        return "-"
    site = data.report.sites.get(key)
    return site.name if site is not None else key


def _letter_text(lang: str, who: str, letter: Letter | None, subject: str) -> str:
    text = _t(lang, f"Surat {who}", f"The letter of {who}")
    if letter is not None and letter.number:
        text += _t(lang, f" Nomor {letter.number}", f" number {letter.number}")
    else:
        text += _t(lang, " (nomor belum dicatat)", " (number not recorded)")
    if letter is not None and letter.date:
        text += _t(lang, f" tanggal {format_date(letter.date, 'id', weekday=False)}",
                   f" dated {format_date(letter.date, 'en', weekday=False)}")
    return f"{text} {subject}"


def _pendahuluan(data: ActivityData) -> list[d.Block]:
    lang, visit, host = data.lang, data.report.visit, data.report.host
    institution = data.report.institution.name
    host_name = host.name or _t(lang, "kami", "our office")
    overview = data.notes.overview or _t(
        lang,
        f"{host_name} menerima kunjungan studi tiru {institution} pada {_days(data)}. "
        f"Rombongan berjumlah {delegation_size(visit)} orang.",
        f"{host_name} received a study visit of {institution} on {_days(data)}. "
        f"The delegation had {delegation_size(visit)} members.",
    )
    purpose = (visit.purpose or "").strip()
    aim = _t(
        lang,
        "Laporan ini dimaksudkan sebagai pertanggungjawaban atas penerimaan kunjungan tersebut, dengan tujuan "
        "memberikan gambaran pelaksanaan dan hasilnya kepada pimpinan.",
        "This report accounts for receiving the visit, to give the leadership a picture of how it went and what came of it.",
    )
    if purpose:
        aim += " " + _t(lang, f"Tujuan kunjungan rombongan: {purpose}", f"The delegation's purpose: {purpose}")
    scope = _t(
        lang,
        "Laporan ini meliputi pelaksanaan kegiatan, hasil yang dicapai, simpulan dan saran, serta daftar hadir dan "
        "dokumentasi kegiatan.",
        "This report covers the activities held, the results, conclusions and suggestions, the attendance list and "
        "the documentation photos.",
    )
    request = _letter_text(lang, institution, visit.request_letter,
                           _t(lang, "perihal permohonan kunjungan studi tiru;", "asking for a study visit;"))
    reply = _letter_text(lang, host_name, data.reply_letter,
                         _t(lang, "perihal jawaban atas permohonan kunjungan.", "replying to the request for the visit."))
    return [
        _heading(_t(lang, "A. PENDAHULUAN", "A. INTRODUCTION")),
        _sub("1", _t(lang, "Umum", "General")), _body(overview),
        _sub("2", _t(lang, "Maksud dan Tujuan", "Purpose and Aims")), _body(aim),
        _sub("3", _t(lang, "Ruang Lingkup", "Scope")), _body(scope),
        _sub("4", _t(lang, "Dasar", "Basis")),
        d.NumberedList((request, reply), indent_mm=12),
    ]


def _kegiatan(data: ActivityData) -> list[d.Block]:
    lang, visit = data.lang, data.report.visit
    zone = zone_abbreviation(data.report.host.timezone)
    sessions = _sessions(data)
    places = list(dict.fromkeys(_site_name(data, s.site) for s in sessions if s.site))
    leader = visit.leader
    leader_text = "-"
    if leader is not None:
        leader_text = leader.name + (f", {leader.position}" if leader.position else "")
    liaison = visit.liaison.name + (f", {visit.liaison.position}" if visit.liaison.position else "") if visit.liaison else "-"
    blocks: list[d.Block] = [
        _heading(_t(lang, "B. KEGIATAN YANG DILAKSANAKAN", "B. ACTIVITIES CARRIED OUT")),
        d.Fields((
            (_t(lang, "Hari/Tanggal", "Day/Date"), _days(data)),
            (_t(lang, "Tempat", "Place"), ", ".join(places) or "-"),
            (_t(lang, "Rombongan", "Delegation"), data.report.institution.name),
            (_t(lang, "Ketua rombongan", "Leader"), leader_text),
            (_t(lang, "Jumlah peserta", "Delegation size"), _t(lang, f"{delegation_size(visit)} orang", f"{delegation_size(visit)} people")),
            (_t(lang, "Pendamping", "Liaison officer"), liaison),
        ), label_mm=38, indent_mm=6, space_after=6),
        _body(_t(lang, "Susunan acara yang dilaksanakan:", "The agenda as held:"), indent_mm=6),
    ]
    rows = []
    for session in sessions:
        presenters = ", ".join(data.report.presenters[k].name if k in data.report.presenters else k for k in session.presenters)
        when = f"{format_time(session.starts_at, lang)}–{format_time(session.ends_at, lang)}" + (f" {zone}" if zone else "")
        rows.append((format_date(session.starts_at.date(), lang), when, session.title, _site_name(data, session.site),
                     presenters or "-"))
    if rows:
        blocks.append(d.Table((_t(lang, "Hari/Tanggal", "Day/Date"), _t(lang, "Pukul", "Time"), _t(lang, "Acara", "Activity"),
                               _t(lang, "Tempat", "Place"), _t(lang, "Narasumber", "Presenters")),
                              tuple(rows), (0.18, 0.19, 0.25, 0.19, 0.19)))
    else:
        blocks.append(_body(_t(lang, "Tidak ada acara yang tercatat.", "No session was recorded."), indent_mm=6))
    presenters = []
    for session in sessions:
        for key in session.presenters:
            person = data.report.presenters.get(key)
            line = person.name + (f", {person.position}" if person and person.position else "") if person else key
            if line not in presenters:
                presenters.append(line)
    if presenters:
        blocks.append(_body(_t(lang, "Narasumber:", "Presenters:"), indent_mm=6))
        blocks.append(d.NumberedList(tuple(presenters), indent_mm=12))
    return blocks


def _groups(data: ActivityData) -> list[tuple[str, list[Lesson]]]:
    visit, lang = data.report.visit, data.lang
    order = list(visit.topics) + sorted({l.topic for l in visit.lessons if l.topic} - set(visit.topics))
    groups = []
    for key in order:
        items = [l for l in visit.lessons if l.topic == key]
        if items:
            topic = data.report.topics.get(key)
            groups.append((topic.name if topic else key, items))
    loose = [l for l in visit.lessons if not l.topic or l.topic not in order]
    if loose:
        groups.append((_t(lang, "Tanpa topik", "No topic"), loose))
    return groups


def _hasil(data: ActivityData) -> list[d.Block]:
    lang = data.lang
    blocks: list[d.Block] = [_heading(_t(lang, "C. HASIL YANG DICAPAI", "C. RESULTS ACHIEVED"))]
    groups = _groups(data)
    if not groups:
        blocks.append(_body(_t(lang, "Belum ada pembelajaran yang dicatat.", "No lesson was recorded yet.")))
    statuses = LESSON_STATUSES["en" if lang == "en" else "id"]
    for number, (name, lessons) in enumerate(groups, start=1):
        blocks.append(_sub(str(number), name))
        items = []
        for lesson in lessons:
            text = lesson.observation.strip()
            if lesson.recommendation:
                text += _t(lang, f" Yang akan diterapkan: {lesson.recommendation.strip()}",
                           f" To be adopted: {lesson.recommendation.strip()}")
            extra = [x for x in (lesson.owner and _t(lang, f"penanggung jawab {lesson.owner}", f"owner {lesson.owner}"),
                                 statuses.get(lesson.status, lesson.status.value)) if x]
            items.append(f"{text} ({'; '.join(extra)})")
        blocks.append(d.NumberedList(tuple(items), indent_mm=12))
    if data.notes.obstacles:
        blocks.append(_sub(str(len(groups) + 1), _t(lang, "Hambatan", "Obstacles")))
        blocks.append(_body(data.notes.obstacles))
    return blocks


def _closing_parts(data: ActivityData) -> list[d.Block]:
    lang = data.lang
    conclusions = data.notes.conclusions or _t(lang, "-", "-")
    day = format_date(data.written_on or data.report.visit.ends_on, lang, weekday=False)
    place = f"{data.city}, {day}" if data.city else day
    above = [place, ""]
    if data.signer.position:
        above.append(f"{data.signer.position},")
    return [
        _heading(_t(lang, "D. SIMPULAN DAN SARAN", "D. CONCLUSIONS AND SUGGESTIONS")), _body(conclusions, indent_mm=6),
        _heading(_t(lang, "E. PENUTUP", "E. CLOSING")),
        _body(_t(lang, "Demikian laporan ini disampaikan sebagai bahan informasi dan pertimbangan lebih lanjut.",
                 "This report is submitted for your information and further consideration."), indent_mm=6),
        d.Signature(tuple(above), data.signer.name or "", data.signer.rank, data.signer.nip),
    ]


def _attendance(data: ActivityData) -> list[d.Block]:
    lang, visit = data.lang, data.report.visit
    roles = ROLES["en" if lang == "en" else "id"]
    rows = tuple((str(n), p.name, p.position or "-", p.institution or data.report.institution.name, roles.get(p.role, ""), "")
                 for n, p in enumerate(visit.participants, start=1))
    blocks: list[d.Block] = [
        d.PageBreak(),
        d.Para.of(_t(lang, "LAMPIRAN I", "ANNEX I"), bold=True, align="center", space_after=2),
        d.Para.of(_t(lang, "DAFTAR HADIR", "ATTENDANCE LIST"), bold=True, align="center", space_after=4),
        d.Para.of(f"{data.report.institution.name} · {_days(data)}", align="center", space_after=10),
    ]
    if rows:
        blocks.append(d.Table((_t(lang, "No", "No"), _t(lang, "Nama", "Name"), _t(lang, "Jabatan", "Position"),
                               _t(lang, "Instansi", "Institution"), _t(lang, "Peran", "Role"),
                               _t(lang, "Tanda tangan", "Signature")), rows, (0.06, 0.24, 0.22, 0.2, 0.11, 0.17)))
    else:
        blocks.append(_body(_t(lang, "Belum ada peserta yang dicatat.", "No participant was recorded yet."), indent_mm=0))
    return blocks


def photo_caption(photo: Photo, number: int, lang: str) -> str:
    text = f"{_t(lang, 'Foto', 'Photo')} {number}. {photo.caption or ''}".strip()
    if photo.taken_at is not None:
        text += f" ({format_date(photo.taken_at.date(), lang, weekday=False)})"
    return text


def photo_pages(photos: tuple[Photo, ...], lang: str, title: str) -> list[d.Block]:
    """The photos two a page under `title` ('LAMPIRAN II' …), each with its caption."""
    blocks: list[d.Block] = []
    for number, photo in enumerate(photos, start=1):
        if number % 2 == 1:
            blocks.append(d.PageBreak())
            blocks.append(d.Para.of(title, bold=True, align="center", space_after=8))
        blocks.append(d.Image(None, PHOTO_WIDTH_MM, photo_caption(photo, number, lang), data=photo.data,
                              height_mm=PHOTO_HEIGHT_MM))
    return blocks


def build_activity(data: ActivityData) -> d.Document:
    lang = data.lang
    report = data.report
    institution = report.institution.name
    blocks: list[d.Block] = [
        d.Letterhead(report.host, report.logo),
        d.Para.of(_t(lang, "LAPORAN KEGIATAN", "ACTIVITY REPORT"), bold=True, align="center", space_after=2),
        d.Para.of(_t(lang, f"PENERIMAAN KUNJUNGAN STUDI TIRU {institution.upper()}",
                     f"RECEIVING THE STUDY VISIT OF {institution.upper()}"), bold=True, align="center", space_after=2),
        d.Para.of(_days(data), align="center", space_after=12),
    ]
    blocks += _pendahuluan(data)
    blocks += _kegiatan(data)
    blocks += _hasil(data)
    blocks += _closing_parts(data)
    blocks += _attendance(data)
    if data.photos:
        blocks += photo_pages(data.photos, lang, _t(lang, "LAMPIRAN II: DOKUMENTASI", "ANNEX II: DOCUMENTATION"))
    title = f"{_t(lang, 'Laporan Kegiatan', 'Activity Report')}: {report.visit.title}"
    return d.Document(title=title, blocks=tuple(blocks), paper=data.paper, lang=lang,
                      author=report.host.office or report.host.name or "", body_size=11.0)


def build_activity_pdf(data: ActivityData, lang: str | None = None, paper: str | None = None) -> bytes:
    """The report as PDF bytes (the window's report runner calls builders as (data, lang, paper))."""
    from dataclasses import replace

    from studitiru.reports.render_pdf import render_pdf

    return render_pdf(build_activity(replace(data, lang=lang or data.lang, paper=paper or data.paper)))
