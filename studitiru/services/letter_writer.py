"""Writing a letter of a visit: gather what it says, take (or reuse) its number, print it as PDF
or .docx (the built-in layout, or the office's own Word template for that kind).

Nothing is numbered for a letter that cannot be written: the visit, the presenter, the format
and the office's template are checked, and the letter is rendered once with a provisional
number, before the number is taken. The file is written under a temporary name and renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from studitiru.db.bulk_read import read_registers
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind, LetterSettings, RegisteredLetter
from studitiru.errors import NotFoundError, UserError, ValidationError
from studitiru.reports.letters import LetterData, addressee_of, build_letter, subject_of
from studitiru.services import letters
from studitiru.services.host import get_host
from studitiru.services.report_data import logo_setting, paper_setting, write_file_atomically
from studitiru.services.visits import get_visit

FORMATS = ("pdf", "docx")
PROVISIONAL = "…/…/…"


@dataclass(frozen=True)
class WrittenLetter:
    """A letter written: its register entry and its bytes."""

    entry: RegisteredLetter
    data: bytes
    format: str


def letter_format(path: Path | str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(
            f"Berkas surat {Path(path).name}: gunakan akhiran .pdf atau .docx.",
            f"Letter file {Path(path).name}: use the extension .pdf or .docx.",
        )
    return suffix


def presenters_of(visit: r.Visit) -> list[str]:
    """The presenters of a visit's sessions, by key, sorted."""
    return sorted({key for session in visit.sessions for key in session.presenters})


def letter_data(db: Database, kind: LetterKind, visit_key: str, *, presenter: str | None = None, lang: str = "id",
                today: date, reason: str | None = None, number: str = PROVISIONAL,
                settings: LetterSettings | None = None) -> LetterData:
    """What the letter says (with `number`, provisional until it is issued)."""
    visit = get_visit(db, visit_key)
    with db.read() as session:
        registers = read_registers(session)
    institution = registers.institutions.get(visit.institution) or r.Institution(visit.institution, visit.institution)
    chosen = None
    if kind is LetterKind.PRESENTER_REQUEST:
        chosen = registers.presenters[_presenter_key(visit, presenter)]
    return LetterData(
        kind=kind, number=number, issued_on=today, host=registers.host or get_host(db),
        settings=settings or letters.get_settings(db), visit=visit, institution=institution,
        sites=registers.sites, presenters=registers.presenters, presenter=chosen, reason=reason,
        lang="en" if lang == "en" else "id", paper=paper_setting(db), logo=logo_setting(db),
    )


def _presenter_key(visit: r.Visit, presenter: str | None) -> str:
    keys = presenters_of(visit)
    if presenter is not None:
        if presenter not in keys:
            raise NotFoundError(
                f"Narasumber {presenter} tidak mengisi acara mana pun di kunjungan {visit.key}.",
                f"The presenter {presenter} has no session in visit {visit.key}.",
            )
        return presenter
    if not keys:
        raise ValidationError(
            f"Kunjungan {visit.key} belum punya narasumber di agendanya: nota dinas tidak dapat dibuat.",
            f"Visit {visit.key} has no presenter in its agenda: no presenter request can be written.",
        )
    if len(keys) > 1:
        raise ValidationError(
            f"Kunjungan {visit.key} punya {len(keys)} narasumber ({', '.join(keys)}): sebutkan satu dengan --presenter.",
            f"Visit {visit.key} has {len(keys)} presenters ({', '.join(keys)}): name one with --presenter.",
        )
    return keys[0]


def render(data: LetterData, fmt: str) -> bytes:
    """The letter's bytes in `fmt` ("pdf" or "docx"); an office's template for .docx when it has one."""
    # The renderers (python-docx, reportlab) are imported when a letter is written, not with the
    # window's Surat tab: a quarter of a second of start-up that most visits never need (issue 19).
    from studitiru.reports.letter_template import render_template
    from studitiru.reports.render_docx import render_docx
    from studitiru.reports.render_pdf import render_pdf

    template = data.settings.kind(data.kind).template
    if fmt == "docx" and template:
        return render_template(Path(template), data)
    document = build_letter(data)
    return render_pdf(document) if fmt == "pdf" else render_docx(document)


def write_letter(
    db: Database, kind: LetterKind, visit_key: str, *, fmt: str, today: date, presenter: str | None = None,
    lang: str = "id", reason: str | None = None, new: bool = False,
) -> WrittenLetter:
    """Number (or renumber with `new`) and print a letter; returns its register entry and bytes."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    data = letter_data(db, kind, visit_key, presenter=presenter, lang=lang, today=today, reason=reason)
    render(data, fmt)  # refuse a broken template (or anything else) before a number is taken
    target = data.presenter.key if data.presenter is not None else ""
    entry = letters.issue(db, kind, visit_key, today=today, addressee=addressee_of(data), subject=subject_of(data),
                          target=target, lang=data.lang, new=new)
    final = replace(data, number=entry.number, issued_on=entry.issued_on)
    return WrittenLetter(entry, render(final, fmt), fmt)


def write_letter_file(db: Database, kind: LetterKind, visit_key: str, out: Path, *, today: date,
                      presenter: str | None = None, lang: str = "id", reason: str | None = None,
                      new: bool = False) -> RegisteredLetter:
    """`write_letter` into `out` (.pdf or .docx), written under a temporary name and renamed."""
    written = write_letter(db, kind, visit_key, fmt=letter_format(out), today=today, presenter=presenter,
                           lang=lang, reason=reason, new=new)
    write_file_atomically(out, written.data)
    return written.entry


def preview_pdf(db: Database, kind: LetterKind, visit_key: str, *, today: date, presenter: str | None = None,
                lang: str = "id", reason: str | None = None) -> bytes:
    """The letter as a PDF without taking a number (its issued number if it has one, else provisional)."""
    data = letter_data(db, kind, visit_key, presenter=presenter, lang=lang, today=today, reason=reason)
    target = data.presenter.key if data.presenter is not None else ""
    issued = letters.find_issued(db, visit_key, kind, target)
    if issued is not None:
        data = replace(data, number=issued.number, issued_on=issued.issued_on)
    from studitiru.reports.render_pdf import render_pdf  # when a preview is asked for (see `render`)

    return render_pdf(build_letter(data))


__all__ = ["FORMATS", "WrittenLetter", "letter_format", "letter_data", "render", "write_letter",
           "write_letter_file", "preview_pdf", "presenters_of"]
