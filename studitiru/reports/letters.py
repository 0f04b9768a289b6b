"""The four letters of a visit in the regional naskah dinas form (`PAPERWORK.md` §1), as a
`reports.document.Document` that `render_pdf` and `render_docx` both print.

- `reply`: surat dinas to the head of the requesting institution, citing its request letter:
  acceptance (dates, meeting place, the delegation's size, the liaison officer and contact,
  the agenda attached as Lampiran) or, for a cancelled visit, a polite refusal with the reason.
- `presenter-request`: nota dinas to a presenter's unit: the visit, the presenter's sessions
  (date, time, place, topic), the delegation and its size, a contact.
- `assignment`: surat tugas naming the liaison officer and the officers, the task, the dates.
- `invitation`: surat undangan to the host officials of the welcome (date, time, place, dress).

Indonesian by default, English with `lang="en"` (for a foreign delegation). Dates as
Indonesians write them ("Senin, 1 Desember 2025", "09.00 WIB"); the place and date of a letter
without a weekday ("Pontianak, 5 Januari 2026").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from studitiru.domain.dates import format_date, format_date_range, format_time, weekday_name, zone_abbreviation
from studitiru.domain.letters import LetterKind, LetterSettings, Signatory
from studitiru.domain.records import Host, Institution, InstitutionKind, Presenter, Session, SessionKind, Site, Visit, VisitStatus
from studitiru.reports import document as d
from studitiru.reports.data import delegation_size


@dataclass(frozen=True)
class LetterData:
    """Everything one letter says, gathered by `services.letter_writer` (reports never open the database)."""

    kind: LetterKind
    number: str
    issued_on: date
    host: Host
    settings: LetterSettings
    visit: Visit
    institution: Institution
    sites: dict[str, Site] = field(default_factory=dict)
    presenters: dict[str, Presenter] = field(default_factory=dict)
    presenter: Presenter | None = None  # the presenter-request's presenter
    reason: str | None = None  # why a visit is declined (reply to a cancelled visit)
    lang: str = "id"
    paper: str = "A4"
    logo: Path | None = None


_NUMBER_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
_NUMBER_WORDS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int, lang: str, word_id: str, word_en: str) -> str:
    """'1 (satu) berkas' / '1 (one) set'."""
    words = _NUMBER_WORDS_EN if lang == "en" else _NUMBER_WORDS
    spelled = f" ({words[n]})" if 0 <= n < len(words) else ""
    return f"{n}{spelled} {word_en if lang == 'en' else word_id}"


def _t(lang: str, indonesian: str, english: str) -> str:
    return english if lang == "en" else indonesian


# --- who and where --------------------------------------------------------------------------

_HEADS = {
    InstitutionKind.CITY: (("Pemerintah Kota ", "Pemkot "), "Wali Kota ", "Mayor of "),
    InstitutionKind.REGENCY: (("Pemerintah Kabupaten ", "Pemkab "), "Bupati ", "Regent of "),
    InstitutionKind.PROVINCE: (("Pemerintah Provinsi ", "Pemprov "), "Gubernur ", "Governor of "),
}


def head_of(institution: Institution, lang: str = "id") -> str:
    """The head of the institution as a letter addresses it: 'Wali Kota Balikpapan', 'Bupati Balangan',
    else 'Pimpinan <institution>' ('The Head of <institution>')."""
    name = " ".join(institution.name.split())
    rule = _HEADS.get(institution.kind) if institution.kind else None
    if rule is None:  # guess from the name
        rule = next((value for value in _HEADS.values() if name.startswith(value[0])), None)
    if rule is not None:
        prefixes, title_id, title_en = rule
        for prefix in prefixes:
            if name.startswith(prefix):
                place = name[len(prefix):]
                return f"{title_en}{place}" if lang == "en" else f"{title_id}{place}"
    return _t(lang, f"Pimpinan {name}", f"The Head of {name}")


def place_of(institution: Institution) -> str:
    """The town to write after 'di': the city or regency in the institution's name, else 'Tempat'."""
    name = " ".join(institution.name.split())
    for prefixes, _id, _en in _HEADS.values():
        for prefix in prefixes:
            if name.startswith(prefix):
                return name[len(prefix):]
    return "Tempat"


def _host_city(data: LetterData) -> str:
    """The host's town: the letter settings' city, else the city or regency in the host's name
    ('Pemerintah Kota Pontianak'), else the last part of the host's address without a postcode
    ('Jalan Rahadi Usman No. 3, Pontianak 78111'), else ''."""
    if data.settings.city.strip():
        return data.settings.city.strip()
    named = place_of(Institution("", data.host.name or ""))
    if named != "Tempat":
        return named
    last = (data.host.address or "").split(",")[-1]
    return " ".join(word for word in last.split() if not word.isdigit())


def _visit_days(visit: Visit, lang: str) -> str:
    """'Senin, 1 Desember 2025' or 'Jumat–Sabtu, 9–10 Januari 2026'."""
    if visit.starts_on == visit.ends_on:
        return format_date(visit.starts_on, lang)
    days = f"{weekday_name(visit.starts_on.isoweekday(), lang)}–{weekday_name(visit.ends_on.isoweekday(), lang)}"
    if (visit.ends_on - visit.starts_on).days > 6:
        return format_date_range(visit.starts_on, visit.ends_on, lang)
    return f"{days}, {format_date_range(visit.starts_on, visit.ends_on, lang)}"


def _time(session: Session, zone: str, lang: str, until_done: bool = True) -> str:
    suffix = f" {zone_abbreviation(zone)}" if zone_abbreviation(zone) else ""
    if until_done:
        return f"{format_time(session.starts_at, lang)}{suffix} – {_t(lang, 'selesai', 'end')}"
    return f"{format_time(session.starts_at, lang)}–{format_time(session.ends_at, lang)}{suffix}"


def _site(key: str | None, sites: dict[str, Site]) -> str:
    if not key:
        return "-"
    site = sites.get(key)
    if site is None:
        return key
    return f"{site.name}, {site.address}" if site.address else site.name


def _sessions(visit: Visit) -> list[Session]:
    return sorted(visit.sessions, key=lambda s: (s.starts_at, s.key))


def welcome_session(visit: Visit) -> Session | None:
    """The welcome: the first session of kind reception, else the first session."""
    ordered = _sessions(visit)
    return next((s for s in ordered if s.kind is SessionKind.RECEPTION), ordered[0] if ordered else None)


def _liaison_contact(visit: Visit, lang: str) -> str:
    liaison = visit.liaison
    if liaison is None:
        return "-"
    parts = [liaison.name + (f", {liaison.position}" if liaison.position else "")]
    if liaison.phone:
        parts.append(_t(lang, f"telepon {liaison.phone}", f"phone {liaison.phone}"))
    if liaison.email:
        parts.append(f"email {liaison.email}")
    return ", ".join(parts)


def _request_citation(data: LetterData) -> str:
    """'surat Pemerintah Kota Balikpapan Nomor 005/123/Setda tanggal 2 Januari 2026'."""
    lang = data.lang
    letter = data.visit.request_letter
    text = _t(lang, f"surat {data.institution.name}", f"the letter of {data.institution.name}")
    if letter is not None and letter.number:
        text += _t(lang, f" Nomor {letter.number}", f" number {letter.number}")
    if letter is not None and letter.date:
        text += _t(lang, f" tanggal {format_date(letter.date, 'id', weekday=False)}",
                   f" dated {format_date(letter.date, 'en', weekday=False)}")
    return text


# --- the parts every letter shares ------------------------------------------------------------

def _signature(data: LetterData, with_place: bool = False) -> d.Signature:
    signer: Signatory = data.settings.signer_of(data.kind)
    above: list[str] = []
    if with_place:  # a surat tugas: "Ditetapkan di Pontianak / pada tanggal 5 Januari 2026"
        above += _issued_at(data) + [""]
    if signer.on_behalf:
        above += [line for line in signer.on_behalf.split("\n") if line.strip()]
    if signer.position:
        above.append(f"{signer.position},")
    return d.Signature(tuple(above), signer.name, signer.rank, signer.nip)


def _issued_at(data: LetterData) -> list[str]:
    """Where and when a surat tugas was issued (naskah dinas), above its signature."""
    city = _host_city(data)
    day = format_date(data.issued_on, data.lang, weekday=False)
    lines = [_t(data.lang, f"Ditetapkan di {city}", f"Issued at {city}")] if city else []
    return lines + [_t(data.lang, f"pada tanggal {day}", f"on {day}")]


def _place_date(data: LetterData) -> str:
    city = _host_city(data)
    day = format_date(data.issued_on, data.lang, weekday=False)
    return f"{city}, {day}" if city else day


def _nature(data: LetterData) -> str:
    nature = data.settings.kind(data.kind).nature
    if data.lang == "en":
        return {"Biasa": "Ordinary", "Penting": "Important", "Segera": "Urgent", "Rahasia": "Confidential"}.get(nature, nature)
    return nature


def _heading_fields(data: LetterData, attachment: str, subject: str) -> d.Fields:
    lang = data.lang
    nature = _nature(data)
    return d.Fields((
        (_t(lang, "Nomor", "Number"), data.number),
        (_t(lang, "Sifat", "Nature"), nature),
        (_t(lang, "Lampiran", "Attachment"), attachment),
        (_t(lang, "Hal", "Subject"), subject),
    ), label_mm=26, aside=_place_date(data), space_after=10)


def _addressee(lines: list[str], place: str, lang: str) -> list[d.Block]:
    """'Yth. Bupati Balangan' (more lines aligned under the name), 'di –', the place indented; in
    English 'To: Regent of Balangan' and 'in Balangan' on one line aligned under the name."""
    if lang == "en":
        rows = (("To:", lines[0]),) + tuple(("", line) for line in lines[1:]) + (("", f"in {place}"),)
        return [d.Fields(rows, label_mm=10, colon=False, space_after=14)]
    out: list[d.Block] = [d.Fields((("Yth.", lines[0]),) + tuple(("", line) for line in lines[1:]),
                                   label_mm=10, colon=False, space_after=0)]
    out.append(d.Para.of("di –", align="left", space_after=0))
    out.append(d.Para.of(place, align="left", indent_mm=10, space_after=14))
    return out


def _body(text: str) -> d.Para:
    return d.Para.of(text, align="justify", first_line_mm=12.5, space_after=7)


def _closing(lang: str) -> d.Para:
    return _body(_t(lang, "Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.",
                    "Thank you for your kind attention and cooperation."))


def _document(data: LetterData, title: str, blocks: list[d.Block]) -> d.Document:
    return d.Document(title=title, blocks=tuple(blocks), paper=data.paper, lang=data.lang,
                      author=data.host.office or data.host.name or "", margins_mm=(20.0, 25.0, 25.0, 30.0), body_size=10.5,
                      meta={"number": data.number})


def _agenda_table(data: LetterData, sessions: list[Session] | None = None) -> d.Table:
    lang = data.lang
    zone = data.host.timezone
    rows = []
    for session in sessions if sessions is not None else _sessions(data.visit):
        presenters = ", ".join(data.presenters[k].name if k in data.presenters else k for k in session.presenters)
        rows.append((format_date(session.starts_at.date(), lang), _time(session, zone, lang, until_done=False),
                     session.title, _site(session.site, data.sites), presenters or "-"))
    header = (_t(lang, "Hari/Tanggal", "Day/Date"), _t(lang, "Pukul", "Time"), _t(lang, "Acara", "Activity"),
              _t(lang, "Tempat", "Place"), _t(lang, "Narasumber", "Presenter"))
    return d.Table(header, tuple(rows), (0.18, 0.15, 0.25, 0.22, 0.20))


# --- the four kinds --------------------------------------------------------------------------

def subject_of(data: LetterData) -> str:
    """The letter's 'Hal' (and the register's subject)."""
    lang = data.lang
    short = data.institution.short_name or data.institution.name
    if data.kind is LetterKind.REPLY:
        if data.visit.status is VisitStatus.CANCELLED:
            return _t(lang, "Jawaban atas Permohonan Kunjungan Studi Tiru", "Reply to the Request for a Study Visit")
        return _t(lang, "Persetujuan Kunjungan Studi Tiru", "Approval of the Study Visit")
    if data.kind is LetterKind.PRESENTER_REQUEST:
        return _t(lang, f"Permohonan Narasumber Kunjungan Studi Tiru {short}", f"Request for a Presenter: Study Visit of {short}")
    if data.kind is LetterKind.ASSIGNMENT:
        return _t(lang, f"Pendampingan Kunjungan Studi Tiru {short}", f"Accompanying the Study Visit of {short}")
    return _t(lang, "Undangan", "Invitation")


def addressee_of(data: LetterData) -> str:
    """Who the letter is to, in one line (the register's addressee)."""
    if data.kind is LetterKind.REPLY:
        return head_of(data.institution, data.lang)
    if data.kind is LetterKind.PRESENTER_REQUEST:
        return _presenter_unit(data)
    if data.kind is LetterKind.ASSIGNMENT:
        names = [p.name for p in _assigned(data)]
        return ", ".join(names) if names else "-"
    invitees = _invitees(data)
    return ", ".join(p.name for p in invitees) if invitees else _t(data.lang, "Pejabat penyambutan", "Welcome officials")


def _presenter_unit(data: LetterData) -> str:
    presenter = data.presenter
    if presenter is None:
        return "-"
    organisation = " ".join((presenter.organisation or "").split())
    if organisation and not organisation.startswith(("Pemerintah ", "Pemkot ", "Pemkab ", "Pemprov ")):
        return _t(data.lang, f"Kepala {organisation}", f"Head of {organisation}")
    return _official(presenter)


def _official(person: Presenter) -> str:
    """An official as a letter addresses them: by position when it has one, else by name."""
    return person.position or person.name


def _assigned(data: LetterData) -> list:
    people = []
    if data.visit.liaison is not None:
        people.append(data.visit.liaison)
    people += list(data.visit.officers)
    return people


def _invitees(data: LetterData) -> list[Presenter]:
    welcome = welcome_session(data.visit)
    if welcome is None:
        return []
    return [data.presenters[k] if k in data.presenters else Presenter(k, k) for k in welcome.presenters]


def build_letter(data: LetterData) -> d.Document:
    builders = {
        LetterKind.REPLY: _reply, LetterKind.PRESENTER_REQUEST: _presenter_request,
        LetterKind.ASSIGNMENT: _assignment, LetterKind.INVITATION: _invitation,
    }
    return builders[data.kind](data)


def _kop(data: LetterData) -> d.Letterhead:
    return d.Letterhead(data.host, data.logo)


def _tail(data: LetterData, with_place: bool = False) -> list[d.Block]:
    copies = data.settings.kind(data.kind).copies
    blocks: list[d.Block] = [_signature(data, with_place)]
    if copies:
        blocks.append(d.NumberedList(tuple(copies), title=_t(data.lang, "Tembusan:", "Copies:"), size=10))
    return blocks


def _reply(data: LetterData) -> d.Document:
    lang, visit = data.lang, data.visit
    declined = visit.status is VisitStatus.CANCELLED
    subject = subject_of(data)
    attachment = "-" if declined or not visit.sessions else _count(1, lang, "berkas", "set")
    blocks: list[d.Block] = [_kop(data), _heading_fields(data, attachment, subject)]
    blocks += _addressee([head_of(data.institution, lang)], place_of(data.institution), lang)
    citation = _request_citation(data)
    host_name = data.host.name or _t(lang, "kami", "us")
    if declined:
        blocks.append(_body(_t(
            lang,
            f"Menindaklanjuti {citation} perihal permohonan kunjungan studi tiru, kami menyampaikan terima kasih "
            f"atas perhatian dan kepercayaan yang diberikan kepada {host_name}.",
            f"With reference to {citation} concerning a study visit, we thank you for the interest and trust "
            f"you have shown in {host_name}.",
        )))
        reason = (data.reason or "").strip().rstrip(".")
        because = _t(lang, f", karena {reason}", f", because {reason}") if reason else ""
        blocks.append(_body(_t(
            lang,
            f"Dengan menyesal kami sampaikan bahwa kunjungan tersebut pada tanggal {format_date_range(visit.starts_on, visit.ends_on, 'id')} "
            f"belum dapat kami terima{because}. Kami berharap kunjungan dapat dijadwalkan kembali pada kesempatan lain.",
            f"We regret to inform you that we are unable to receive the visit on {format_date_range(visit.starts_on, visit.ends_on, 'en')}"
            f"{because}. We hope the visit can be arranged on another occasion.",
        )))
    else:
        blocks.append(_body(_t(
            lang,
            f"Menindaklanjuti {citation} perihal permohonan kunjungan studi tiru, dengan hormat kami sampaikan bahwa "
            f"{host_name} menerima dengan senang hati kunjungan {data.institution.name}, yang akan dilaksanakan pada:",
            f"With reference to {citation} concerning a study visit, we are pleased to inform you that {host_name} "
            f"will gladly receive the visit of {data.institution.name}, to be held on:",
        )))
        first = welcome_session(visit)
        rows = [
            (_t(lang, "Hari/Tanggal", "Day/Date"), _visit_days(visit, lang)),
            (_t(lang, "Pukul", "Time"), _time(first, data.host.timezone, lang) if first else "-"),
            (_t(lang, "Tempat", "Place"), _site(first.site, data.sites) if first else "-"),
            (_t(lang, "Jumlah peserta", "Delegation"), _t(lang, f"{delegation_size(visit)} orang", f"{delegation_size(visit)} persons")),
            (_t(lang, "Pendamping", "Liaison officer"), _liaison_contact(visit, lang)),
        ]
        blocks.append(d.Fields(tuple(rows), label_mm=34, indent_mm=12.5))
        sentences = []
        if visit.sessions:
            sentences.append(_t(lang, "Susunan acara kunjungan sebagaimana terlampir.", "The programme of the visit is attached."))
        if visit.liaison is not None:
            sentences.append(_t(lang, f"Untuk koordinasi lebih lanjut, Bapak/Ibu dapat menghubungi {_liaison_contact(visit, lang)}.",
                                f"For further coordination, please contact {_liaison_contact(visit, lang)}."))
        if sentences:
            blocks.append(_body(" ".join(sentences)))
    blocks.append(_closing(lang))
    blocks += _tail(data)
    if not declined and visit.sessions:
        blocks += _attachment_page(data, _t(lang, "SUSUNAN ACARA KUNJUNGAN STUDI TIRU", "PROGRAMME OF THE STUDY VISIT"))
        blocks.append(_agenda_table(data))
    return _document(data, subject, blocks)


def _attachment_page(data: LetterData, title: str) -> list[d.Block]:
    lang = data.lang
    return [
        d.PageBreak(),
        d.Para.of(_t(lang, f"Lampiran Surat {data.host.name or ''}".strip(), f"Attachment to the letter of {data.host.name or ''}".strip()),
                  align="left", indent_mm=60, space_after=0, size=10),
        d.Fields((
            (_t(lang, "Nomor", "Number"), data.number),
            (_t(lang, "Tanggal", "Date"), format_date(data.issued_on, lang, weekday=False)),
        ), label_mm=18, indent_mm=60, space_after=14, size=10),
        d.Para.of(title, align="center", bold=True, space_after=2),
        d.Para.of(data.visit.title, align="center", space_after=12),
    ]


def _presenter_request(data: LetterData) -> d.Document:
    lang, visit = data.lang, data.visit
    presenter = data.presenter
    sessions = [s for s in _sessions(visit) if presenter is not None and presenter.key in s.presenters]
    signer = data.settings.signer_of(data.kind)
    blocks: list[d.Block] = [
        _kop(data),
        d.Para.of(_t(lang, "NOTA DINAS", "MEMORANDUM"), align="center", bold=True, underline=True, space_after=1, size=13),
        d.Para.of(_t(lang, f"NOMOR: {data.number}", f"NUMBER: {data.number}"), align="center", space_after=12),
        d.Fields((
            (_t(lang, "Yth.", "To"), _presenter_unit(data)),
            (_t(lang, "Dari", "From"), signer.position or "-"),
            (_t(lang, "Tanggal", "Date"), format_date(data.issued_on, lang, weekday=False)),
            (_t(lang, "Sifat", "Nature"), _nature(data)),
            (_t(lang, "Lampiran", "Attachment"), "-"),
            (_t(lang, "Hal", "Subject"), subject_of(data)),
        ), label_mm=24, space_after=2),
        d.Rule(),
    ]
    aim = (visit.purpose or "").strip().rstrip(".")
    purpose = (_t(lang, f" dengan tujuan {aim[:1].lower() + aim[1:]}", f" (purpose: {aim})") if aim else "")
    leader = visit.leader
    led_by = ""
    if leader is not None:
        led_by = _t(lang, f" yang dipimpin oleh {leader.name}" + (f" ({leader.position})" if leader.position else ""),
                    f" led by {leader.name}" + (f" ({leader.position})" if leader.position else ""))
    size = delegation_size(visit)
    blocks.append(_body(_t(
        lang,
        f"Sehubungan dengan kunjungan studi tiru {data.institution.name}{led_by} ke {data.host.name or 'instansi kami'} "
        f"pada {_visit_days(visit, 'id')}{purpose}, dengan jumlah rombongan {size} orang, bersama ini kami mohon "
        f"kesediaan Saudara untuk menugaskan {presenter.name if presenter else '-'}"
        + (f" ({presenter.position})" if presenter and presenter.position else "")
        + " sebagai narasumber pada acara berikut:",
        f"In connection with the study visit of {data.institution.name}{led_by} to {data.host.name or 'our office'} "
        f"on {_visit_days(visit, 'en')}{purpose}, a delegation of {size} persons, we kindly ask you to assign "
        f"{presenter.name if presenter else '-'}" + (f" ({presenter.position})" if presenter and presenter.position else "")
        + " as presenter in the following session(s):",
    )))
    zone = data.host.timezone
    rows = tuple((format_date(s.starts_at.date(), lang), _time(s, zone, lang, until_done=False), _site(s.site, data.sites), s.title)
                 for s in sessions)
    header = (_t(lang, "Hari/Tanggal", "Day/Date"), _t(lang, "Pukul", "Time"), _t(lang, "Tempat", "Place"),
              _t(lang, "Acara/Materi", "Session/Topic"))
    blocks.append(d.Table(header, rows or (("-", "-", "-", "-"),), (0.27, 0.2, 0.27, 0.26)))
    if visit.liaison is not None:
        blocks.append(_body(_t(lang, f"Narahubung: {_liaison_contact(visit, lang)}.", f"Contact: {_liaison_contact(visit, lang)}.")))
    blocks.append(_body(_t(lang, "Demikian disampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.",
                           "Thank you for your attention and cooperation.")))
    blocks += _tail(data)
    return _document(data, subject_of(data), blocks)


def _assignment(data: LetterData) -> d.Document:
    lang, visit = data.lang, data.visit
    blocks: list[d.Block] = [
        _kop(data),
        d.Para.of(_t(lang, "SURAT TUGAS", "LETTER OF ASSIGNMENT"), align="center", bold=True, underline=True, space_after=1, size=13),
        d.Para.of(_t(lang, f"NOMOR: {data.number}", f"NUMBER: {data.number}"), align="center", space_after=14),
    ]
    basis = _request_citation(data)
    basis = basis[0].upper() + basis[1:]
    blocks.append(d.Fields(((_t(lang, "Dasar", "Basis"), _t(lang, f"{basis} perihal permohonan kunjungan studi tiru.",
                                                            f"{basis} concerning a study visit.")),),
                           label_mm=24, space_after=10))
    blocks.append(d.Para.of(_t(lang, "MEMERINTAHKAN:", "ASSIGNS:"), align="center", bold=True, space_after=8))
    blocks.append(d.Para.of(_t(lang, "Kepada:", "To:"), align="left", space_after=4))
    rows = tuple((str(n), p.name, getattr(p, "rank", None) or "-", getattr(p, "nip", None) or "-", p.position or "-")
                 for n, p in enumerate(_assigned(data), start=1))
    header = (_t(lang, "No.", "No."), _t(lang, "Nama", "Name"), _t(lang, "Pangkat/Gol.", "Rank"), "NIP",
              _t(lang, "Jabatan", "Position"))
    blocks.append(d.Table(header, rows or (("-", "-", "-", "-", "-"),), (0.06, 0.26, 0.19, 0.24, 0.25)))
    size = delegation_size(visit)
    first = welcome_session(visit)
    where = _site(first.site, data.sites) if first is not None and first.site else (data.host.name or "-")
    blocks.append(d.Para.of(_t(lang, "Untuk:", "To:"), align="left", space_after=4))
    blocks.append(d.NumberedList((
        _t(lang,
           f"mendampingi rombongan {data.institution.name} sebanyak {size} orang dalam kunjungan studi tiru "
           f"\u201c{visit.title}\u201d pada {_visit_days(visit, 'id')} bertempat di {where};",
           f"accompany the delegation of {data.institution.name} ({size} persons) on the study visit "
           f"\u201c{visit.title}\u201d on {_visit_days(visit, 'en')} at {where};"),
        _t(lang, "melaksanakan tugas ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada pimpinan.",
           "carry out this task with full responsibility and report on it to the leadership."),
    ), indent_mm=0, space_after=10))
    blocks += _tail(data, with_place=True)
    return _document(data, subject_of(data), blocks)


def _invitation(data: LetterData) -> d.Document:
    lang, visit = data.lang, data.visit
    invitees = _invitees(data)
    listed = len(invitees) <= 3
    attachment = "-" if listed else _count(1, lang, "lembar", "page")
    blocks: list[d.Block] = [_kop(data), _heading_fields(data, attachment, subject_of(data))]
    if invitees and listed:
        lines = [_official(p) for p in invitees]
    elif invitees:
        lines = [_t(lang, "Bapak/Ibu (daftar terlampir)", "Sir/Madam (list attached)")]
    else:
        lines = [_t(lang, f"Para Pejabat di Lingkungan {data.host.name}", f"The officials of {data.host.name}")]
    blocks += _addressee(lines, _host_city(data) or "Tempat", lang)
    welcome = welcome_session(visit)
    blocks.append(_body(_t(
        lang,
        f"Dalam rangka kunjungan studi tiru rombongan {data.institution.name} sebanyak {delegation_size(visit)} orang "
        f"ke {data.host.name or 'instansi kami'}, dengan hormat kami mengundang Bapak/Ibu untuk hadir pada:",
        f"On the occasion of the study visit of a delegation of {delegation_size(visit)} from {data.institution.name} "
        f"to {data.host.name or 'our office'}, we have the honour to invite you to attend:",
    )))
    rows = [
        (_t(lang, "Hari/Tanggal", "Day/Date"), format_date(welcome.starts_at.date(), lang) if welcome else _visit_days(visit, lang)),
        (_t(lang, "Pukul", "Time"), _time(welcome, data.host.timezone, lang) if welcome else "-"),
        (_t(lang, "Tempat", "Place"), _site(welcome.site, data.sites) if welcome else "-"),
        (_t(lang, "Acara", "Event"), welcome.title if welcome else visit.title),
    ]
    if visit.dress:
        rows.append((_t(lang, "Pakaian", "Dress"), visit.dress))
    blocks.append(d.Fields(tuple(rows), label_mm=34, indent_mm=12.5))
    blocks.append(_body(_t(lang, "Mengingat pentingnya acara tersebut, kami mohon Bapak/Ibu hadir tepat waktu. "
                                 "Atas perhatian dan kehadirannya, kami ucapkan terima kasih.",
                           "Given the importance of the occasion, we kindly ask you to be on time. "
                           "Thank you for your attention and presence.")))
    blocks += _tail(data)
    if invitees and not listed:
        blocks += _attachment_page(data, _t(lang, "DAFTAR UNDANGAN", "LIST OF INVITEES"))
        blocks.append(d.Table((_t(lang, "No.", "No."), _t(lang, "Nama", "Name"), _t(lang, "Jabatan", "Position")),
                              tuple((str(n), p.name, p.position or "-") for n, p in enumerate(invitees, start=1)),
                              (0.08, 0.42, 0.5)))
    return _document(data, subject_of(data), blocks)
