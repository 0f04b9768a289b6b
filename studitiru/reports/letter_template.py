"""An office's own Word template for a letter (docxtpl: Jinja placeholders in a .docx).

The placeholders a template may use are `PLACEHOLDERS` (listed in the README). A template is
checked before anything is numbered: a placeholder that is not one of these, or a Jinja syntax
error, is refused with the placeholder (or the error) named; an unreadable file is refused with
its name.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from studitiru.domain.dates import format_date
from studitiru.domain.letters import LetterKind
from studitiru.domain.records import VisitStatus
from studitiru.errors import UserError
from studitiru.reports import letters as built
from studitiru.reports.data import delegation_size
from studitiru.reports.text import clean

#: Every placeholder a template may use, with what it holds (the README lists them).
PLACEHOLDERS: dict[str, str] = {
    "nomor": "the letter's number",
    "tanggal": "the letter's date, '5 Januari 2026'",
    "tempat_tanggal": "place and date, 'Pontianak, 5 Januari 2026'",
    "sifat": "Sifat (Biasa, Penting…)",
    "lampiran": "Lampiran ('1 (satu) berkas' or '-')",
    "hal": "Hal, the subject",
    "kepada": "the addressee, one line",
    "di": "the addressee's town (after 'di')",
    "instansi": "the visiting institution's name",
    "kunjungan": "the visit's title",
    "tanggal_kunjungan": "the visit's days, 'Jumat–Sabtu, 9–10 Januari 2026'",
    "jumlah_peserta": "the delegation's size",
    "ketua_rombongan": "the delegation's leader (name, position)",
    "pendamping": "the liaison officer with phone and e-mail",
    "surat_permohonan": "the request letter cited: 'surat … Nomor … tanggal …'",
    "ditolak": "true when the reply declines (a cancelled visit)",
    "alasan": "the reason given for declining",
    "acara": "the agenda: a list of {hari_tanggal, pukul, acara, tempat, narasumber}",
    "narasumber": "the presenter of a nota dinas (name, position)",
    "penyambutan": "the welcome: {hari_tanggal, pukul, tempat, acara, pakaian}",
    "petugas": "the liaison officer and officers: a list of {nama, pangkat, nip, jabatan}",
    "penanda_tangan": "{atas_nama, jabatan, nama, pangkat, nip}",
    "tembusan": "the copies: a list of texts",
    "kop": "{nama, unit, alamat}: the office's letterhead texts",
}


def template_context(data: built.LetterData) -> dict[str, Any]:
    """The values of `PLACEHOLDERS` for one letter (plain text; docxtpl escapes it for Word)."""
    lang, visit = data.lang, data.visit
    zone = data.host.timezone
    signer = data.settings.signer_of(data.kind)
    welcome = built.welcome_session(visit)
    agenda = [
        {"hari_tanggal": format_date(s.starts_at.date(), lang), "pukul": built._time(s, zone, lang, until_done=False),  # noqa: SLF001
         "acara": s.title, "tempat": built._site(s.site, data.sites),  # noqa: SLF001
         "narasumber": ", ".join(data.presenters[k].name if k in data.presenters else k for k in s.presenters)}
        for s in built._sessions(visit)  # noqa: SLF001
    ]
    people = built._assigned(data)  # noqa: SLF001
    presenter = data.presenter
    context = {
        "nomor": data.number,
        "tanggal": format_date(data.issued_on, lang, weekday=False),
        "tempat_tanggal": built._place_date(data),  # noqa: SLF001
        "sifat": data.settings.kind(data.kind).nature,
        "lampiran": "-" if data.kind is not LetterKind.REPLY or not visit.sessions else "1 (satu) berkas",
        "hal": built.subject_of(data),
        "kepada": built.addressee_of(data),
        "di": built.place_of(data.institution),
        "instansi": data.institution.name,
        "kunjungan": visit.title,
        "tanggal_kunjungan": built._visit_days(visit, lang),  # noqa: SLF001
        "jumlah_peserta": delegation_size(visit),
        "ketua_rombongan": (visit.leader.name + (f", {visit.leader.position}" if visit.leader.position else ""))
        if visit.leader else "",
        "pendamping": built._liaison_contact(visit, lang),  # noqa: SLF001
        "surat_permohonan": built._request_citation(data),  # noqa: SLF001
        "ditolak": visit.status is VisitStatus.CANCELLED,
        "alasan": data.reason or "",
        "acara": agenda,
        "narasumber": (presenter.name + (f", {presenter.position}" if presenter.position else "")) if presenter else "",
        "penyambutan": {
            "hari_tanggal": format_date(welcome.starts_at.date(), lang) if welcome else "",
            "pukul": built._time(welcome, zone, lang) if welcome else "",  # noqa: SLF001
            "tempat": built._site(welcome.site, data.sites) if welcome else "",  # noqa: SLF001
            "acara": welcome.title if welcome else "", "pakaian": visit.dress or "",
        },
        "petugas": [{"nama": p.name, "pangkat": getattr(p, "rank", None) or "", "nip": getattr(p, "nip", None) or "",
                     "jabatan": p.position or ""} for p in people],
        "penanda_tangan": {"atas_nama": signer.on_behalf or "", "jabatan": signer.position, "nama": signer.name,
                           "pangkat": signer.rank or "", "nip": signer.nip or ""},
        "tembusan": list(data.settings.kind(data.kind).copies),
        "kop": {"nama": data.host.name or "", "unit": data.host.office or "", "alamat": data.host.address or ""},
    }
    return _cleaned(context)


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def _refused(path: Path, problem_id: str, problem_en: str) -> UserError:
    return UserError(f"Templat surat {path}: {problem_id}.", f"Letter template {path}: {problem_en}.")


def load_template(path: Path):  # noqa: ANN201 - docxtpl.DocxTemplate
    """The template, checked: readable, a .docx, valid Jinja, only known placeholders."""
    from docxtpl import DocxTemplate  # noqa: PLC0415 - only when an office uses its own template
    from jinja2 import TemplateSyntaxError  # noqa: PLC0415

    if not path.is_file():
        raise _refused(path, "berkas tidak ditemukan", "file not found")
    try:
        template = DocxTemplate(str(path))
        template.init_docx()
        names = template.get_undeclared_template_variables()
    except TemplateSyntaxError as error:
        raise _refused(path, f"kesalahan penanda di baris {error.lineno}: {error.message}",
                       f"placeholder error on line {error.lineno}: {error.message}") from error
    except Exception as error:  # noqa: BLE001 - not a Word file, damaged zip…
        raise _refused(path, f"bukan berkas Word .docx yang dapat dibaca ({type(error).__name__})",
                       f"not a readable Word .docx file ({type(error).__name__})") from error
    unknown = sorted(set(names) - set(PLACEHOLDERS))
    if unknown:
        raise _refused(path, "penanda tidak dikenal: " + ", ".join("{{ " + n + " }}" for n in unknown),
                       "unknown placeholder: " + ", ".join("{{ " + n + " }}" for n in unknown))
    return template


def render_template(path: Path, data: built.LetterData) -> bytes:
    """The letter through the office's template, as .docx bytes."""
    from jinja2 import TemplateError  # noqa: PLC0415

    template = load_template(Path(path))
    try:
        template.render(template_context(data), autoescape=True)
    except TemplateError as error:
        raise _refused(Path(path), f"penanda tidak dapat diisi: {error}", f"a placeholder cannot be filled: {error}") from error
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()
