"""Letters (tata naskah dinas, `PAPERWORK.md` §1): their kinds, the office's letter settings,
the register of outgoing letters, and the letter number pattern. Plain records, no database.

The number pattern takes the tokens `{code}` (the classification code of the kind), `{number}`
(the running sequence of the year, zero-padded to `digits`), `{unit}` (the unit's
abbreviation), `{year}` and `{month_roman}` (I … XII): `400.14.5.1/0012/Prokopim/2026`.
"""

from __future__ import annotations

import enum
import json
import string
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from studitiru.errors import ValidationError


class LetterKind(str, enum.Enum):
    REPLY = "reply"  # surat balasan (surat dinas) to the requesting institution
    PRESENTER_REQUEST = "presenter-request"  # nota dinas to a presenter's unit
    ASSIGNMENT = "assignment"  # surat tugas of the liaison officer and the officers
    INVITATION = "invitation"  # surat undangan to the host officials of the welcome


class LetterStatus(str, enum.Enum):
    ISSUED = "issued"
    VOID = "void"


#: What each kind is called (id, en), in the register and the window.
KIND_LABELS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.REPLY: ("Surat balasan", "Reply letter"),
    LetterKind.PRESENTER_REQUEST: ("Nota dinas narasumber", "Presenter request (memo)"),
    LetterKind.ASSIGNMENT: ("Surat tugas", "Assignment letter"),
    LetterKind.INVITATION: ("Surat undangan", "Invitation"),
}
STATUS_LABELS: dict[LetterStatus, tuple[str, str]] = {
    LetterStatus.ISSUED: ("terbit", "issued"),
    LetterStatus.VOID: ("batal", "void"),
}

#: Default classification codes (Permendagri 83/2022 tables; editable settings, PAPERWORK.md §1).
DEFAULT_CODES: dict[LetterKind, str] = {
    LetterKind.REPLY: "400.14.5.1",
    LetterKind.PRESENTER_REQUEST: "400.14.5.1",
    LetterKind.ASSIGNMENT: "800.1.11.1",
    LetterKind.INVITATION: "400.14.5.1",
}
TOKENS = ("code", "number", "unit", "year", "month_roman")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
SIGNERS = ("signatory", "deputy")


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs: `on_behalf` is the a.n./u.b. lines printed above the position
    ("a.n. Wali Kota Pontianak\\nSekretaris Daerah\\nu.b."), empty when signing in one's own name."""

    position: str = ""
    name: str = ""
    rank: str | None = None  # pangkat/golongan, "Pembina Utama Muda (IV/c)"
    nip: str | None = None
    on_behalf: str | None = None


@dataclass(frozen=True, slots=True)
class KindSettings:
    """The settings of one kind of letter."""

    code: str
    copies: tuple[str, ...] = ()  # Tembusan, in order
    signer: str = "signatory"  # or "deputy"
    nature: str = "Biasa"  # Sifat
    #: The office's own Word template (.docx with docxtpl placeholders) replacing the built-in layout.
    template: str | None = None


@dataclass(frozen=True, slots=True)
class LetterSettings:
    pattern: str = "{code}/{number}/{unit}/{year}"
    unit: str = "Prokopim"
    digits: int = 4
    city: str = ""
    signatory: Signatory = Signatory()
    deputy: Signatory = Signatory()
    reply: KindSettings = KindSettings(DEFAULT_CODES[LetterKind.REPLY], copies=("Arsip",))
    presenter_request: KindSettings = KindSettings(DEFAULT_CODES[LetterKind.PRESENTER_REQUEST], copies=("Arsip",))
    assignment: KindSettings = KindSettings(DEFAULT_CODES[LetterKind.ASSIGNMENT], copies=("Arsip",))
    invitation: KindSettings = KindSettings(DEFAULT_CODES[LetterKind.INVITATION], copies=("Arsip",), nature="Penting")
    #: The row version the settings were read at; 0: not checked. Never exported.
    version: int = field(default=0, compare=False)

    def kind(self, kind: LetterKind) -> KindSettings:
        return getattr(self, kind.value.replace("-", "_"))

    def signer_of(self, kind: LetterKind) -> Signatory:
        chosen = self.deputy if self.kind(kind).signer == "deputy" and self.deputy.name else self.signatory
        return chosen


@dataclass(frozen=True, slots=True)
class RegisteredLetter:
    """One entry of the register (agenda surat keluar)."""

    number: str
    year: int
    sequence: int
    issued_on: date
    kind: LetterKind
    visit: str | None  # the visit's key (kept when the visit is deleted)
    addressee: str = ""
    subject: str = ""
    target: str = ""  # the presenter's key for a presenter-request, else ""
    lang: str = "id"
    status: LetterStatus = LetterStatus.ISSUED
    voided_on: date | None = None
    void_reason: str | None = None
    replaces: str | None = None  # the number of the voided letter this one replaces
    version: int = field(default=0, compare=False)


# --- the number ----------------------------------------------------------------------------

def check_pattern(pattern: str) -> None:
    """Refuse a pattern with an unknown token, a bad brace, or no `{number}`."""
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as error:
        raise ValidationError(
            f"Pola nomor surat '{pattern}' tidak sah: kurung kurawal tidak berpasangan.",
            f"The letter number pattern '{pattern}' is invalid: unmatched braces.",
        ) from error
    names = [name for _text, name, _spec, _conv in parts if name is not None]
    for name in names:
        if name not in TOKENS:
            raise ValidationError(
                f"Pola nomor surat: penanda {{{name}}} tidak dikenal (yang dikenal: "
                + ", ".join(f"{{{t}}}" for t in TOKENS) + ").",
                f"Letter number pattern: the token {{{name}}} is unknown (known: "
                + ", ".join(f"{{{t}}}" for t in TOKENS) + ").",
            )
    if "number" not in names:
        raise ValidationError(
            "Pola nomor surat harus memuat {number} (nomor urut).",
            "The letter number pattern must hold {number} (the running number).",
        )


def format_number(settings: LetterSettings, kind: LetterKind, sequence: int, day: date) -> str:
    """'400.14.5.1/0012/Prokopim/2026' from the settings, the kind, the sequence and the date."""
    return settings.pattern.format(
        code=settings.kind(kind).code, number=str(sequence).zfill(max(1, settings.digits)), unit=settings.unit,
        year=day.year, month_roman=ROMAN_MONTHS[day.month - 1],
    )


# --- settings as JSON (the database row and the exchange file) -------------------------------

_KIND_FIELDS = ("reply", "presenter_request", "assignment", "invitation")


def settings_to_dict(settings: LetterSettings) -> dict[str, Any]:
    """Plain JSON values, members in declaration order, without `version`."""
    data = asdict(settings)
    data.pop("version", None)
    for name in _KIND_FIELDS:
        data[name]["copies"] = list(data[name]["copies"])
    return data


def settings_from_dict(data: dict[str, Any], version: int = 0) -> LetterSettings:
    """The settings from `settings_to_dict`'s shape; a missing member takes its default."""
    defaults = LetterSettings()
    values: dict[str, Any] = {}
    for item in fields(LetterSettings):
        if item.name == "version" or item.name not in data:
            continue
        value = data[item.name]
        if item.name in ("signatory", "deputy"):
            known = {f.name for f in fields(Signatory)}
            value = Signatory(**{k: v for k, v in (value or {}).items() if k in known})
        elif item.name in _KIND_FIELDS:
            known = {f.name for f in fields(KindSettings)}
            base = getattr(defaults, item.name)
            raw = {k: v for k, v in (value or {}).items() if k in known}
            if "copies" in raw:
                raw["copies"] = tuple(raw["copies"] or ())
            value = replace(base, **raw)
        values[item.name] = value
    return replace(defaults, version=version, **values)


def settings_json(settings: LetterSettings) -> str:
    return json.dumps(settings_to_dict(settings), ensure_ascii=False, sort_keys=False)


def one_line(text: str | None) -> str:
    """Text for a register column: runs of spaces and line breaks as one space."""
    return " ".join((text or "").split())
