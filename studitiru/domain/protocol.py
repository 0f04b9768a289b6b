"""Protocol of the welcome (UU 9/2010 tentang Keprotokolan): precedence, tata tempat, susunan acara.

Pure data and rules: no Qt, no database. `services.protocol` reads and stores what the office
and the officer change; `reports.protocol` prints it.

Precedence is data. `REGENCY_LIST` is Pasal 11 ayat (1) (ranks a–m at an event of a regency or
city), `PROVINCE_LIST` is Pasal 10 ayat (1) (ranks a–q at a provincial event), `NATIONAL` stands
for the officials of Pasal 9. `default_table(level)` composes the table an office starts from;
the office may edit it (its Perbup may differ): reorder, rename, change the position patterns.
Whatever the edits, Pasal 11 ayat (2) holds: national officials, then provincial ones, then the
local list (`sort_key`).

A person gets a rank that is *suggested* from the position text (`suggest_rank`) and always
confirmable by hand; a position no pattern knows gives no suggestion (the officer is asked:
`Ranked.known` is False and the plan says so). Pasal 14: a spouse takes the official's rank.
Pasal 15: a substitute ("mewakili Wali Kota") is ranked by their own position. Pasal 13: the
host sits beside the highest-ranking guest.

Seating (`seat_plan`): the head table by the alternating centre formula (seen from the audience,
3 sit 2-1-3, 4 sit 3-1-2-4, 5 sit 4-2-1-3-5), its first two places the highest guest and the
host's highest official (always side by side); the delegation on the side to the principals'
right (the audience's left), the host's officials on the other side, facing each other, each
side from the head table outwards. A manual move is kept and `check_plan` says which rule it
breaks.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from studitiru.domain.records import Host, Institution, ParticipantRole, Presenter, Session, SessionKind, Site, Visit

# --- precedence tables ----------------------------------------------------------------------


class Scope(str, enum.Enum):
    NATIONAL = "national"
    PROVINCE = "province"
    LOCAL = "local"


SCOPE_ORDER = {Scope.NATIONAL: 0, Scope.PROVINCE: 1, Scope.LOCAL: 2}


@dataclass(frozen=True, slots=True)
class Rank:
    """One place in the order of precedence."""

    code: str  # stable: "K-a" … "K-m" (Pasal 11), "P-a" … "P-q" (Pasal 10), "N" (Pasal 9)
    scope: Scope
    article: str  # "Pasal 11 ayat (1) huruf a"
    text: str  # who holds it, as the law says (Indonesian)
    #: Regular expressions on the normalised position text (`normalise_position`), matched at its start.
    patterns: tuple[str, ...] = ()

    @property
    def letter(self) -> str:
        return self.code.split("-", 1)[1] if "-" in self.code else ""


def _local(letter: str, text: str, *patterns: str) -> Rank:
    return Rank(f"K-{letter}", Scope.LOCAL, f"Pasal 11 ayat (1) huruf {letter}", text, patterns)


def _prov(letter: str, text: str, *patterns: str) -> Rank:
    return Rank(f"P-{letter}", Scope.PROVINCE, f"Pasal 10 ayat (1) huruf {letter}", text, patterns)


NATIONAL = Rank(
    "N", Scope.NATIONAL, "Pasal 9 ayat (1)",
    "pejabat negara, pejabat pemerintahan tingkat pusat, perwakilan negara asing dan organisasi internasional",
    (r"presiden\b", r"wakil presiden\b", r"menteri\b", r"wakil menteri\b", r"(ketua|wakil ketua|anggota) (dpr|dpd|mpr) ri\b",
     r"anggota (dpr|dpd|mpr)\b(?! provinsi)(?! kabupaten)(?! kota)", r"duta besar\b",
     r"(direktur jenderal|dirjen|sekretaris jenderal|sekjen|inspektur jenderal|irjen|deputi)\b"),
)

#: UU 9/2010 Pasal 11 ayat (1): an official event of a regency or city.
REGENCY_LIST: tuple[Rank, ...] = (
    _local("a", "bupati/wali kota", r"(bupati|wali kota)\b"),
    _local("b", "wakil bupati/wakil wali kota", r"wakil (bupati|wali kota)\b"),
    _local("c", "mantan bupati/wali kota dan mantan wakil bupati/wakil wali kota",
           r"mantan (wakil )?(bupati|wali kota)\b"),
    _local("d", "Ketua DPRD kabupaten/kota", r"ketua dprd\b"),
    _local("e", "Wakil Ketua DPRD kabupaten/kota", r"wakil ketua dprd\b"),
    _local("f", "sekretaris daerah, komandan tertinggi TNI semua angkatan, kepala kepolisian, ketua pengadilan "
                "semua badan peradilan, kepala kejaksaan negeri di kabupaten/kota",
           r"sekretaris daerah\b", r"(dandim|danlanal|danlanud|kapolres|kapolresta|kajari)\b",
           r"komandan (distrik militer|kodim|pangkalan)\b", r"kepala kepolisian (resor|resort)\b",
           r"ketua pengadilan (negeri|agama|tata usaha|militer)\b", r"kepala kejaksaan negeri\b"),
    _local("g", "pemimpin partai politik yang memiliki wakil di DPRD kabupaten/kota",
           r"ketua (dpc|dpd) (partai|pdi|pkb|pks|pan|ppp)", r"ketua partai\b"),
    _local("h", "anggota DPRD kabupaten/kota", r"anggota dprd\b"),
    _local("i", "pemuka agama, pemuka adat, dan Tokoh Masyarakat Tertentu tingkat kabupaten/kota",
           r"(ketua )?(mui|fkub|majelis adat|lembaga adat|dewan adat)\b", r"(pemuka|tokoh) (agama|adat|masyarakat)\b"),
    _local("j", "asisten sekretaris daerah, kepala badan, kepala dinas, pejabat eselon II, kepala kantor perwakilan "
                "Bank Indonesia, ketua KPU kabupaten/kota",
           r"asisten\b", r"kepala (dinas|badan)\b", r"staf ahli\b", r"inspektur\b", r"sekretaris dprd\b",
           r"direktur (utama )?rsud\b", r"kepala (kantor )?perwakilan bank indonesia\b", r"ketua kpu\b",
           r"pejabat (pimpinan tinggi pratama|eselon ii)\b"),
    _local("k", "kepala instansi vertikal, kepala unit pelaksana teknis instansi vertikal, komandan TNI dan "
                "kepala kepolisian di kecamatan",
           r"kepala (kantor|balai|upt|unit pelaksana)\b", r"(danramil|kapolsek)\b"),
    _local("l", "kepala bagian, camat, pejabat eselon III",
           r"kepala bagian\b", r"kabag\b", r"camat\b", r"sekretaris (dinas|badan|kecamatan)\b",
           r"kepala bidang\b", r"kabid\b", r"pejabat (administrator|eselon iii)\b"),
    _local("m", "lurah/kepala desa, pejabat eselon IV",
           r"lurah\b", r"kepala desa\b", r"kades\b", r"kepala (sub ?bagian|subbagian|seksi)\b", r"(kasubbag|kasi)\b",
           r"pejabat (pengawas|eselon iv)\b"),
)

#: UU 9/2010 Pasal 10 ayat (1): an official event of a province.
PROVINCE_LIST: tuple[Rank, ...] = (
    _prov("a", "gubernur", r"gubernur\b"),
    _prov("b", "wakil gubernur", r"wakil gubernur\b"),
    _prov("c", "mantan gubernur dan mantan wakil gubernur", r"mantan (wakil )?gubernur\b"),
    _prov("d", "Ketua DPRD provinsi", r"ketua dprd provinsi\b"),
    _prov("e", "kepala perwakilan konsuler negara asing di daerah", r"(konsul|konsul jenderal|kepala perwakilan konsuler)\b"),
    _prov("f", "Wakil Ketua DPRD provinsi", r"wakil ketua dprd provinsi\b"),
    _prov("g", "sekretaris daerah, panglima/komandan tertinggi TNI semua angkatan, kepala kepolisian, ketua "
               "pengadilan tinggi, kepala kejaksaan tinggi di provinsi",
          r"sekretaris daerah provinsi\b", r"(pangdam|kapolda|kajati|danrem)\b", r"ketua pengadilan tinggi\b",
          r"kepala kejaksaan tinggi\b", r"kepala kepolisian daerah\b"),
    _prov("h", "pemimpin partai politik di provinsi yang memiliki wakil di DPRD provinsi", r"ketua (dpd|dpw) partai\b"),
    _prov("i", "anggota DPRD provinsi", r"anggota dprd provinsi\b"),
    _prov("j", "bupati/wali kota", r"(bupati|wali kota)\b"),
    _prov("k", "kepala kantor perwakilan BPK, kepala kantor perwakilan Bank Indonesia, ketua KPU daerah (provinsi)",
          r"kepala (kantor )?perwakilan (bpk|badan pemeriksa keuangan)\b", r"ketua kpu provinsi\b"),
    _prov("l", "pemuka agama, pemuka adat, dan Tokoh Masyarakat Tertentu tingkat provinsi"),
    _prov("m", "Ketua DPRD kabupaten/kota", r"ketua dprd (kabupaten|kota)\b"),
    _prov("n", "wakil bupati/wakil wali kota dan Wakil Ketua DPRD kabupaten/kota",
          r"wakil (bupati|wali kota)\b", r"wakil ketua dprd (kabupaten|kota)\b"),
    _prov("o", "anggota DPRD kabupaten/kota", r"anggota dprd (kabupaten|kota)\b"),
    _prov("p", "asisten sekretaris daerah provinsi, kepala dinas, kepala badan provinsi, kepala kantor instansi "
               "vertikal di provinsi, pejabat eselon II",
          r"(asisten|kepala dinas|kepala badan)\b.*\bprovinsi\b"),
    _prov("q", "kepala bagian pemerintah daerah provinsi, pejabat eselon III", r"kepala (bagian|bidang)\b.*\bprovinsi\b"),
)

#: The provincial list's places that hold regency/city officials: at a regency or city event
#: those officials are ranked by the regency list instead.
_PROVINCE_HOLDS_LOCAL = {"P-j", "P-m", "P-n", "P-o"}


class EventLevel(str, enum.Enum):
    LOCAL = "local"  # the host is a regency or a city: Pasal 11
    PROVINCE = "province"  # the host is a province: Pasal 10


@dataclass(frozen=True, slots=True)
class PrecedenceTable:
    """The order of precedence an office uses, highest first (its own edits included)."""

    level: EventLevel
    ranks: tuple[Rank, ...]

    def get(self, code: str | None) -> Rank | None:
        return next((rank for rank in self.ranks if rank.code == code), None)

    def index(self, code: str) -> int:
        for number, rank in enumerate(self.ranks):
            if rank.code == code:
                return number
        raise KeyError(code)


def default_table(level: EventLevel = EventLevel.LOCAL) -> PrecedenceTable:
    """The shipped order: national officials, then provincial, then the list of the event's level."""
    if level is EventLevel.PROVINCE:
        return PrecedenceTable(level, (NATIONAL, *PROVINCE_LIST))
    provincial = tuple(rank for rank in PROVINCE_LIST if rank.code not in _PROVINCE_HOLDS_LOCAL)
    return PrecedenceTable(level, (NATIONAL, *provincial, *REGENCY_LIST))


def table_to_dict(table: PrecedenceTable) -> dict:
    return {"level": table.level.value, "ranks": [
        {"code": r.code, "scope": r.scope.value, "article": r.article, "text": r.text, "patterns": list(r.patterns)}
        for r in table.ranks]}


def table_from_dict(data: dict) -> PrecedenceTable:
    """A stored table; raises ValueError (with the place named) when it cannot be read."""
    try:
        level = EventLevel(data.get("level", "local"))
        ranks = []
        for item in data["ranks"]:
            patterns = tuple(str(p) for p in item.get("patterns", ()))
            for pattern in patterns:
                re.compile(pattern)
            ranks.append(Rank(str(item["code"]), Scope(item["scope"]), str(item.get("article", "")),
                              str(item.get("text", "")), patterns))
    except (KeyError, TypeError, ValueError, re.error) as error:
        raise ValueError(f"precedence table: {error}") from None
    codes = [rank.code for rank in ranks]
    if len(set(codes)) != len(codes):
        raise ValueError("precedence table: a rank code appears twice")
    return PrecedenceTable(level, tuple(ranks))


def sort_key(table: PrecedenceTable, code: str | None) -> tuple[int, int]:
    """Pasal 11 ayat (2) first (national, provincial, local), then the table's own order.

    An unknown or missing code sorts after every rank."""
    rank = table.get(code)
    if rank is None:
        return (9, 0)
    return (SCOPE_ORDER[rank.scope], table.index(rank.code))


# --- positions -------------------------------------------------------------------------------

_ABBREVIATIONS = (
    (r"\bwalikota\b", "wali kota"), (r"\bwawali\b", "wakil wali kota"), (r"\bwabup\b", "wakil bupati"),
    (r"\bsekda\b", "sekretaris daerah"), (r"\bsetda\b", "sekretariat daerah"), (r"\bkadis\b", "kepala dinas"),
    (r"\bkaban\b", "kepala badan"), (r"\bprov\.?(?=\s|$)", "provinsi"), (r"\bd\.?p\.?r\.?d\.?\b", "dprd"),
)
_ACTING = re.compile(r"^(pj|plt|plh|pelaksana tugas|pelaksana harian|penjabat)\.?\s+")
_REPRESENTS = re.compile(r"[,(]?\s*\b(mewakili|yang mewakili|a\.?n\.?|atas nama)\s+", re.IGNORECASE)


def normalise_position(text: str | None) -> str:
    """Lower case, single spaces, common abbreviations written out, 'Plt.'/'Pj.' dropped."""
    value = " ".join((text or "").lower().replace("\u00a0", " ").split())
    for pattern, replacement in _ABBREVIATIONS:
        value = re.sub(pattern, replacement, value)
    value = _ACTING.sub("", value)
    return value.strip(" ,.;")


def split_represents(position: str | None) -> tuple[str, str | None]:
    """'Asisten I, mewakili Wali Kota' → ('Asisten I', 'Wali Kota') (Pasal 15)."""
    text = " ".join((position or "").split())
    found = _REPRESENTS.search(text)
    if found is None or found.start() == 0:
        return text, None
    return text[:found.start()].strip(" ,("), text[found.end():].strip(" ,)") or None


def suggest_rank(position: str | None, table: PrecedenceTable) -> Rank | None:
    """The rank a position text suggests, or None when no pattern knows it (then ask).

    The own position counts, never the one represented (Pasal 15). Ranks are tried in the
    table's order, and within the same scope the longest matching pattern wins, so that
    'Wakil Wali Kota' is not taken for 'Wali Kota' nor 'Ketua DPRD Provinsi' for 'Ketua DPRD'."""
    own, _ = split_represents(position)
    text = normalise_position(own)
    if not text:
        return None
    best: tuple[int, int, int, Rank] | None = None
    for number, rank in enumerate(table.ranks):
        for pattern in rank.patterns:
            found = re.match(pattern, text)
            if found is None:
                continue
            candidate = (-len(found.group(0)), SCOPE_ORDER[rank.scope], number, rank)
            if best is None or candidate[:3] < best[:3]:
                best = candidate
    return best[3] if best else None


# --- people ----------------------------------------------------------------------------------


class Side(str, enum.Enum):
    HOST = "host"
    GUEST = "guest"


@dataclass(frozen=True, slots=True)
class ProtocolPerson:
    """One person of the welcome: a host official or a member of the delegation.

    `ref` is stable within the visit ("host:<presenter key>", "guest:<name>", "extra:<n>").
    `rank` is the confirmed code (None: not yet confirmed, the suggestion applies);
    `spouse_of` names the ref of the official whose rank a spouse takes (Pasal 14);
    `represents` is the position of the absent official a substitute stands in for (Pasal 15)."""

    ref: str
    side: Side
    name: str
    position: str = ""
    honorific: str = ""  # "Bapak", "Ibu"; "" prints "Bapak/Ibu"
    rank: str | None = None
    represents: str | None = None
    spouse_of: str | None = None
    present: bool = True

    @property
    def own_position(self) -> str:
        return split_represents(self.position)[0]

    @property
    def represented(self) -> str | None:
        return self.represents or split_represents(self.position)[1]

    @property
    def address(self) -> str:
        return self.honorific or "Bapak/Ibu"


@dataclass(frozen=True, slots=True)
class Ranked:
    """A person with the rank that applies: confirmed, else suggested, else none (ask)."""

    person: ProtocolPerson
    rank: Rank | None
    confirmed: bool
    via_spouse: bool = False

    @property
    def known(self) -> bool:
        return self.rank is not None


def rank_people(people: list[ProtocolPerson] | tuple[ProtocolPerson, ...], table: PrecedenceTable) -> list[Ranked]:
    """Every present person with the rank that applies, highest first (stable for equal ranks:
    the delegation's before the host's, then the given order). A spouse follows the official."""
    present = [p for p in people if p.present]
    by_ref = {p.ref: p for p in present}

    def own(person: ProtocolPerson) -> tuple[Rank | None, bool]:
        confirmed = table.get(person.rank)
        if confirmed is not None:
            return confirmed, True
        return suggest_rank(person.own_position, table), False

    ranked: dict[str, Ranked] = {}
    for person in present:
        if person.spouse_of and person.spouse_of in by_ref:
            continue
        rank, confirmed = own(person)
        ranked[person.ref] = Ranked(person, rank, confirmed)
    for person in present:
        if person.spouse_of and person.spouse_of in by_ref:
            official = ranked[person.spouse_of]
            ranked[person.ref] = Ranked(person, official.rank, official.confirmed, via_spouse=True)
    order = {p.ref: i for i, p in enumerate(present)}

    def key(item: Ranked) -> tuple:
        anchor = ranked[item.person.spouse_of] if item.via_spouse else item
        return (sort_key(table, anchor.rank.code if anchor.rank else None),
                0 if anchor.person.side is Side.GUEST else 1, order[anchor.person.ref], 1 if item.via_spouse else 0)

    return sorted(ranked.values(), key=key)


def unranked(ranked: list[Ranked]) -> list[Ranked]:
    """The people whose position no rule knows: the officer must choose their rank."""
    return [item for item in ranked if not item.known]


# --- the centre formula ---------------------------------------------------------------------


def centre_formula(count: int) -> tuple[int, ...]:
    """Seats of one row by precedence number, left to right as the audience sees them.

    Odd rows put number 1 in the centre, 2 to its right (the audience's left), 3 to its left,
    and so on outwards: 5 sit 4-2-1-3-5. Even rows put 1 and 2 in the centre pair, 1 on the
    audience's left: 4 sit 3-1-2-4."""
    if count < 0:
        raise ValueError("count must not be negative")
    left: list[int] = []
    right: list[int] = []
    if count % 2:
        centre = [1]
        rest = range(2, count + 1)
        for number in rest:
            (left if number % 2 == 0 else right).append(number)
    else:
        centre = [1, 2][:count]
        for number in range(3, count + 1):
            (left if number % 2 == 1 else right).append(number)
    return tuple(reversed(left)) + tuple(centre) + tuple(right)


# --- seating ---------------------------------------------------------------------------------


class Row(str, enum.Enum):
    HEAD = "head"  # the head table, seats left to right seen from the audience
    GUEST = "guest"  # the delegation's side (the audience's left), from the head table outwards
    HOST = "host"  # the host's side (the audience's right), from the head table outwards


@dataclass(frozen=True, slots=True, order=True)
class Seat:
    row: Row
    index: int

    def code(self) -> str:
        return f"{self.row.value}:{self.index}"

    @staticmethod
    def parse(code: str) -> Seat:
        row, _, index = code.partition(":")
        return Seat(Row(row), int(index))


@dataclass(frozen=True, slots=True)
class Move:
    """The officer put `ref` in `seat` (whoever sat there takes the mover's old seat)."""

    ref: str
    seat: Seat


@dataclass(frozen=True, slots=True)
class SeatingPlan:
    head: tuple[Ranked | None, ...]
    guest_side: tuple[Ranked | None, ...]
    host_side: tuple[Ranked | None, ...]
    #: precedence number of each head-table seat (the centre formula), left to right
    head_numbers: tuple[int, ...] = ()

    def row(self, row: Row) -> tuple[Ranked | None, ...]:
        return {Row.HEAD: self.head, Row.GUEST: self.guest_side, Row.HOST: self.host_side}[row]

    def seat_of(self, ref: str) -> Seat | None:
        for row in Row:
            for index, item in enumerate(self.row(row)):
                if item is not None and item.person.ref == ref:
                    return Seat(row, index)
        return None

    def seated(self) -> list[tuple[Seat, Ranked]]:
        """Every seated person in honour order: the head table by formula, then each side."""
        found = [(Seat(Row.HEAD, i), self.head[i]) for i in sorted(range(len(self.head)), key=lambda i: self.head_numbers[i])]
        found += [(Seat(Row.GUEST, i), p) for i, p in enumerate(self.guest_side)]
        found += [(Seat(Row.HOST, i), p) for i, p in enumerate(self.host_side)]
        return [(seat, person) for seat, person in found if person is not None]


def principals(ranked: list[Ranked]) -> tuple[Ranked | None, Ranked | None]:
    """The highest-ranking guest and the host's highest official present (Pasal 13)."""
    guest = next((item for item in ranked if item.person.side is Side.GUEST and not item.via_spouse), None)
    host = next((item for item in ranked if item.person.side is Side.HOST and not item.via_spouse), None)
    return guest, host


def seat_plan(ranked: list[Ranked], head_size: int = 2, moves: tuple[Move, ...] | list[Move] = ()) -> SeatingPlan:
    """The computed plan, then the officer's moves applied in order.

    The head table holds `head_size` people: the highest guest and the host's highest official
    first (numbers 1 and 2 of the formula, so always side by side: Pasal 13; the guest is 1 unless
    the host outranks them), then the next people by precedence. The rest sit on their own side."""
    guest, host = principals(ranked)
    first = [p for p in (guest, host) if p is not None]
    if len(first) == 2 and _before(host, guest, ranked):
        first.reverse()
    head_size = max(head_size, len(first)) if ranked else 0
    rest = [item for item in ranked if item not in first]
    head_people = first + rest[: max(0, head_size - len(first))]
    rest = [item for item in rest if item not in head_people]
    numbers = centre_formula(len(head_people))
    head = tuple(head_people[n - 1] for n in numbers)
    guests = tuple(item for item in rest if item.person.side is Side.GUEST)
    hosts = tuple(item for item in rest if item.person.side is Side.HOST)
    plan = SeatingPlan(head, guests, hosts, numbers)
    for move in moves:
        plan = apply_move(plan, move)
    return plan


def _before(a: Ranked, b: Ranked, ranked: list[Ranked]) -> bool:
    return ranked.index(a) < ranked.index(b)


def apply_move(plan: SeatingPlan, move: Move) -> SeatingPlan:
    """Put a person in a seat; the seat's occupant takes their old seat. A move of someone no
    longer in the plan, or to a seat that does not exist, changes nothing."""
    source = plan.seat_of(move.ref)
    target = move.seat
    rows = {row: list(plan.row(row)) for row in Row}
    if source is None or target.index < 0:
        return plan
    if target.index >= len(rows[target.row]):
        if target.row is Row.HEAD or target.index > len(rows[target.row]):
            return plan
        rows[target.row].append(None)  # one more seat at the end of a side
    mover = rows[source.row][source.index]
    rows[source.row][source.index] = rows[target.row][target.index]
    rows[target.row][target.index] = mover
    for row in (Row.GUEST, Row.HOST):
        while rows[row] and rows[row][-1] is None:
            rows[row].pop()
    return SeatingPlan(tuple(rows[Row.HEAD]), tuple(rows[Row.GUEST]), tuple(rows[Row.HOST]), plan.head_numbers)


@dataclass(frozen=True, slots=True)
class Breach:
    """A rule the plan breaks, in plain words."""

    rule: str  # "pasal-13", "pasal-11-2", "pasal-15", "urutan", "sisi"
    refs: tuple[str, ...]
    message_id: str
    message_en: str

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_id


def _who(item: Ranked) -> str:
    position = item.person.own_position
    return f"{item.person.name} ({position})" if position else item.person.name


def _rank_words(item: Ranked) -> str:
    return item.rank.article if item.rank else "peringkat belum dipastikan"


def check_plan(plan: SeatingPlan, ranked: list[Ranked], computed: SeatingPlan | None = None) -> list[Breach]:
    """Which rules the plan breaks (none for a computed plan of known ranks).

    Everyone seated above someone who outranks them is named once, against the highest of
    those. Given the `computed` plan (before the officer's moves), only the people the moves
    put in another seat are named, so that one move gives one sentence, not one per person it
    pushed down (unless no moved person explains the disorder)."""
    breaches: list[Breach] = []
    guest, host = principals(ranked)
    if guest is not None and host is not None:
        a, b = plan.seat_of(guest.person.ref), plan.seat_of(host.person.ref)
        if not (a and b and a.row is Row.HEAD and b.row is Row.HEAD and abs(a.index - b.index) == 1):
            breaches.append(Breach(
                "pasal-13", (host.person.ref, guest.person.ref),
                f"Tuan rumah {_who(host)} tidak duduk di samping tamu tertinggi {_who(guest)} di meja utama "
                "(UU 9/2010 Pasal 13).",
                f"The host {_who(host)} does not sit beside the highest guest {_who(guest)} at the head table "
                "(Law 9/2010 Article 13)."))
    for row in (Row.GUEST, Row.HOST):
        side = Side.GUEST if row is Row.GUEST else Side.HOST
        for index, item in enumerate(plan.row(row)):
            if item is not None and item.person.side is not side:
                where_id = "sisi rombongan" if row is Row.GUEST else "sisi tuan rumah"
                where_en = "the delegation's side" if row is Row.GUEST else "the host's side"
                breaches.append(Breach(
                    "sisi", (item.person.ref,),
                    f"{_who(item)} duduk di {where_id}, bukan di sisinya sendiri.",
                    f"{_who(item)} sits on {where_en}, not on their own side."))
    order = {item.person.ref: number for number, item in enumerate(ranked)}
    honour = plan.seated()
    groups: dict[str, list[tuple[int, Ranked]]] = {"head": [], Side.GUEST.value: [], Side.HOST.value: []}
    for place, (seat, item) in enumerate(honour):
        groups["head" if seat.row is Row.HEAD else item.person.side.value].append((place, item))
    # the head table outranks its own side: compare each side with the head table's people of that side
    for side in (Side.GUEST, Side.HOST):
        groups[side.value] = [g for g in groups["head"] if g[1].person.side is side] + groups[side.value]
    found: list[tuple[Ranked, Ranked]] = []
    reported: set[str] = set()
    for members in groups.values():
        for i, (_, upper) in enumerate(members):
            if upper.rank is None or upper.via_spouse or upper.person.ref in reported:
                continue
            # each person seated too high is named once, against the highest-ranking person below them
            wronged = [lower for _, lower in members[i + 1:]
                       if lower.rank is not None and not lower.via_spouse
                       and order[upper.person.ref] > order[lower.person.ref]
                       and sort_key_of(upper) != sort_key_of(lower)]
            if wronged:
                reported.add(upper.person.ref)
                found.append((upper, min(wronged, key=lambda item: order[item.person.ref])))
    if computed is not None:
        moved = [pair for pair in found if plan.seat_of(pair[0].person.ref) != computed.seat_of(pair[0].person.ref)]
        found = moved or found
    return breaches + [_order_breach(upper, lower) for upper, lower in found]


def sort_key_of(item: Ranked) -> tuple[int, str]:
    return (SCOPE_ORDER[item.rank.scope], item.rank.code) if item.rank else (9, "")


def _order_breach(upper: Ranked, lower: Ranked) -> Breach:
    """`upper` sits in a more honourable seat than `lower`, who outranks them."""
    refs = (upper.person.ref, lower.person.ref)
    head_id = f"{_who(upper)} ({_rank_words(upper)}) duduk di kursi yang lebih terhormat daripada {_who(lower)} ({_rank_words(lower)})"
    head_en = f"{_who(upper)} ({_rank_words(upper)}) sits in a more honourable seat than {_who(lower)} ({_rank_words(lower)})"
    if upper.person.represented:
        return Breach("pasal-15", refs,
                      f"{head_id}: yang mewakili {upper.person.represented} duduk menurut jabatannya sendiri (UU 9/2010 Pasal 15).",
                      f"{head_en}: a substitute for {upper.person.represented} sits by their own position (Law 9/2010 Article 15).")
    if upper.rank and lower.rank and upper.rank.scope is not lower.rank.scope:
        return Breach("pasal-11-2", refs,
                      f"{head_id}: pejabat pusat dan provinsi didahulukan (UU 9/2010 Pasal 11 ayat (2)).",
                      f"{head_en}: national and provincial officials come first (Law 9/2010 Article 11(2)).")
    return Breach("urutan", refs,
                  f"{head_id}: urutan tata tempat ({lower.rank.article if lower.rank else ''}).",
                  f"{head_en}: the order of precedence ({lower.rank.article if lower.rank else ''}).")


# --- susunan acara ---------------------------------------------------------------------------


class Speaker(str, enum.Enum):
    NONE = ""  # the master of ceremonies leads it
    HOST = "host"  # the host's highest official present
    GUEST = "guest"  # the delegation's leader (highest guest)
    PRESENTER = "presenter"  # the welcome session's presenter(s)
    PRAYER = "prayer"  # whoever leads the prayer (named by hand)


@dataclass(frozen=True, slots=True)
class RundownItem:
    code: str
    title_id: str
    title_en: str
    minutes: int
    speaker: Speaker = Speaker.NONE
    #: True: absorbs the session's spare time (or gives it back, down to `minutes // 2`).
    flexible: bool = False
    #: A name typed by hand (e.g. who leads the prayer): replaces the derived speaker.
    person: str = ""


DEFAULT_RUNDOWN: tuple[RundownItem, ...] = (
    RundownItem("pembukaan", "Pembukaan oleh pembawa acara", "Opening by the master of ceremonies", 1),
    RundownItem("indonesia-raya", "Menyanyikan lagu kebangsaan Indonesia Raya", "The national anthem, Indonesia Raya", 3),
    RundownItem("doa", "Pembacaan doa", "Prayer", 2, Speaker.PRAYER),
    RundownItem("sambutan-tuan-rumah", "Sambutan selamat datang tuan rumah", "Welcome address by the host", 5, Speaker.HOST),
    RundownItem("sambutan-rombongan", "Sambutan ketua rombongan", "Address by the head of the delegation", 5, Speaker.GUEST),
    RundownItem("paparan", "Paparan", "Presentation", 5, Speaker.PRESENTER, flexible=True),
    RundownItem("diskusi", "Diskusi dan tanya jawab", "Discussion, questions and answers", 4, flexible=True),
    RundownItem("cinderamata", "Penyerahan cinderamata", "Exchange of souvenirs", 2),
    RundownItem("foto", "Foto bersama", "Group photograph", 2),
    RundownItem("penutup", "Penutup", "Closing", 1),
)


def rundown_to_list(items: tuple[RundownItem, ...] | list[RundownItem]) -> list[dict]:
    return [{"code": i.code, "title_id": i.title_id, "title_en": i.title_en, "minutes": i.minutes,
             "speaker": i.speaker.value, "flexible": i.flexible, "person": i.person} for i in items]


def rundown_from_list(data: list) -> tuple[RundownItem, ...]:
    try:
        items = tuple(RundownItem(str(d["code"]), str(d["title_id"]), str(d.get("title_en") or d["title_id"]),
                                  int(d["minutes"]), Speaker(d.get("speaker", "")), bool(d.get("flexible", False)),
                                  str(d.get("person") or "")) for d in data)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"rundown: {error}") from None
    if any(item.minutes < 0 for item in items):
        raise ValueError("rundown: minutes must not be negative")
    return items


@dataclass(frozen=True, slots=True)
class RundownLine:
    item: RundownItem
    starts_at: datetime
    ends_at: datetime
    speakers: tuple[Ranked | ProtocolPerson | str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rundown:
    lines: tuple[RundownLine, ...]
    #: minutes past the session's end (0 when it fits)
    overrun: int = 0
    spare: int = 0


def fit_rundown(items: tuple[RundownItem, ...] | list[RundownItem], starts_at: datetime, ends_at: datetime) -> list[tuple[RundownItem, int]]:
    """Each item with its minutes, the flexible ones stretched (or shortened, to half) so that
    the whole fills the session. The total may still be longer or shorter (see `build_rundown`)."""
    length = int((ends_at - starts_at).total_seconds() // 60)
    minutes = [item.minutes for item in items]
    flexible = [i for i, item in enumerate(items) if item.flexible]
    difference = length - sum(minutes)
    if flexible and difference:
        if difference > 0:
            for n, i in enumerate(flexible):
                minutes[i] += difference // len(flexible) + (1 if n < difference % len(flexible) else 0)
        else:
            need = -difference
            for i in flexible:
                give = min(need, minutes[i] - items[i].minutes // 2)
                minutes[i] -= give
                need -= give
    return list(zip(items, minutes))


def build_rundown(items, starts_at: datetime, ends_at: datetime, ranked: list[Ranked],
                  presenters: tuple[str, ...] = ()) -> Rundown:
    """The order of the welcome with times from the session's start and who speaks."""
    guest, host = principals(ranked)
    lines = []
    clock = starts_at
    for item, minutes in fit_rundown(tuple(items), starts_at, ends_at):
        end = clock + timedelta(minutes=minutes)
        if item.person:
            speakers: tuple = (item.person,)
        elif item.speaker is Speaker.HOST and host is not None:
            speakers = (host,)
        elif item.speaker is Speaker.GUEST and guest is not None:
            speakers = (guest,)
        elif item.speaker is Speaker.PRESENTER:
            speakers = tuple(presenters)
        else:
            speakers = ()
        lines.append(RundownLine(item, clock, end, speakers))
        clock = end
    overrun = max(0, int((clock - ends_at).total_seconds() // 60))
    spare = max(0, int((ends_at - clock).total_seconds() // 60))
    return Rundown(tuple(lines), overrun, spare)


def salutation(item: Ranked) -> str:
    """How the master of ceremonies names a person: 'Bapak Wali Kota Balikpapan, Bapak Rahmad Mas'ud'."""
    person = item.person
    position = person.own_position
    if position and person.represented:  # Pasal 15: named by their own position, with whom they stand in for
        return f"{person.address} {position} yang mewakili {person.represented}, {person.address} {person.name}"
    if position:
        return f"{person.address} {position}, {person.address} {person.name}"
    return f"{person.address} {person.name}"


def greeting(ranked: list[Ranked], limit: int = 6) -> str:
    """The opening words of respect, highest first: 'Yang terhormat Bapak …; Yang kami hormati …'."""
    named = [item for item in ranked if item.known and not item.via_spouse][:limit]
    if not named:
        return "Yang kami hormati para hadirin sekalian."
    lines = [f"Yang terhormat {salutation(named[0])}"]
    lines += [f"Yang kami hormati {salutation(item)}" for item in named[1:]]
    lines.append("Hadirin yang berbahagia.")
    return ";\n".join(lines[:-1]) + ";\n" + lines[-1]


def with_rank(person: ProtocolPerson, code: str | None) -> ProtocolPerson:
    return replace(person, rank=code)



# --- what is stored -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfficeProtocol:
    """The office's protocol settings: its order of precedence and its rundown template."""

    table: PrecedenceTable
    rundown: tuple[RundownItem, ...] = DEFAULT_RUNDOWN
    version: int = 0


def default_office() -> OfficeProtocol:
    return OfficeProtocol(default_table(), DEFAULT_RUNDOWN)


def office_to_dict(office: OfficeProtocol) -> dict:
    return {"table": table_to_dict(office.table), "rundown": rundown_to_list(office.rundown)}


def office_from_dict(data: dict, version: int = 0) -> OfficeProtocol:
    table = table_from_dict(data["table"]) if data.get("table") else default_table()
    rundown = rundown_from_list(data["rundown"]) if data.get("rundown") is not None else DEFAULT_RUNDOWN
    return OfficeProtocol(table, rundown, version)


@dataclass(frozen=True, slots=True)
class VisitProtocol:
    """A visit's welcome protocol as the officer left it.

    `people` is everyone of the welcome (the welcome session's presenters as host officials,
    the leader and participants as the delegation, and people added by hand, ref "extra:…"),
    with what the officer confirmed. `rundown` None: the office's template."""

    visit: str
    people: tuple[ProtocolPerson, ...] = ()
    head_size: int = 2
    moves: tuple[Move, ...] = ()
    rundown: tuple[RundownItem, ...] | None = None
    version: int = 0


def person_to_dict(person: ProtocolPerson) -> dict:
    return {"ref": person.ref, "side": person.side.value, "name": person.name, "position": person.position,
            "honorific": person.honorific, "rank": person.rank, "represents": person.represents,
            "spouse_of": person.spouse_of, "present": person.present}


def person_from_dict(data: dict) -> ProtocolPerson:
    return ProtocolPerson(str(data["ref"]), Side(data["side"]), str(data["name"]), str(data.get("position") or ""),
                          str(data.get("honorific") or ""), data.get("rank") or None, data.get("represents") or None,
                          data.get("spouse_of") or None, bool(data.get("present", True)))


def protocol_to_dict(protocol: VisitProtocol) -> dict:
    return {"people": [person_to_dict(p) for p in protocol.people], "head_size": protocol.head_size,
            "moves": [{"ref": m.ref, "seat": m.seat.code()} for m in protocol.moves],
            "rundown": None if protocol.rundown is None else rundown_to_list(protocol.rundown)}


def protocol_from_dict(visit: str, data: dict, version: int = 0) -> VisitProtocol:
    """A stored protocol; raises ValueError naming what cannot be read."""
    try:
        people = tuple(person_from_dict(d) for d in data.get("people", ()))
        moves = tuple(Move(str(d["ref"]), Seat.parse(str(d["seat"]))) for d in data.get("moves", ()))
        head_size = int(data.get("head_size", 2))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"protocol of {visit}: {error}") from None
    rundown = rundown_from_list(data["rundown"]) if data.get("rundown") is not None else None
    return VisitProtocol(visit, people, head_size, moves, rundown, version)


def merge_people(derived: list[ProtocolPerson], stored: tuple[ProtocolPerson, ...]) -> tuple[ProtocolPerson, ...]:
    """The people of the welcome now: those the visit gives, with what the officer stored for
    them (by ref), then the people added by hand. Stored entries of people the visit no longer
    has are dropped."""
    kept = {p.ref: p for p in stored}
    people = []
    for person in derived:
        mine = kept.get(person.ref)
        people.append(person if mine is None else replace(
            mine, side=person.side, name=person.name, position=mine.position or person.position))
    people += [p for p in stored if p.ref.startswith("extra:")]
    return tuple(people)


# --- one visit's welcome -------------------------------------------------------------------

def welcome_session(visit: Visit) -> Session | None:
    """The welcome: the first session of kind reception, else the first session."""
    ordered = sorted(visit.sessions, key=lambda s: (s.starts_at, s.key))
    return next((s for s in ordered if s.kind is SessionKind.RECEPTION), ordered[0] if ordered else None)


def derived_people(visit: Visit, presenters: dict[str, Presenter]) -> list[ProtocolPerson]:
    """The welcome's people as the visit gives them (before the officer's changes)."""
    people: list[ProtocolPerson] = []
    welcome = welcome_session(visit)
    for key in (welcome.presenters if welcome else ()):
        presenter = presenters.get(key)
        people.append(ProtocolPerson(f"host:{key}", Side.HOST, presenter.name if presenter else key,
                                       (presenter.position or "") if presenter else ""))
    seen: set[str] = set()

    def add_guest(name: str, position: str | None, institution: str | None = None) -> None:
        folded = " ".join(name.split()).casefold()
        if not folded or folded in seen:
            return
        seen.add(folded)
        people.append(ProtocolPerson(f"guest:{' '.join(name.split())}", Side.GUEST, " ".join(name.split()),
                                     full_position(position, institution)))

    if visit.leader is not None:
        leader = next((x for x in visit.participants if " ".join(x.name.split()).casefold()
                       == " ".join(visit.leader.name.split()).casefold()), None)
        add_guest(visit.leader.name, visit.leader.position or (leader.position if leader else None),
                  leader.institution if leader else None)
    ordered = sorted(visit.participants, key=lambda x: 0 if x.role is ParticipantRole.LEADER else 1)
    for participant in ordered:
        add_guest(participant.name, participant.position, participant.institution)
    return people


_GENERAL_INSTITUTIONS = re.compile(r"^(pemerintah|pemkot|pemkab|pemprov|sekretariat daerah|setda|bagian)\b", re.IGNORECASE)


def full_position(position: str | None, institution: str | None) -> str:
    """A participant's position with the unit it heads: 'Kepala Dinas' of 'DPMPTSP Kota Balikpapan'
    is 'Kepala Dinas DPMPTSP Kota Balikpapan'; a general institution (Pemerintah …, Sekretariat
    Daerah, Bagian …) or one the position already names is not repeated."""
    text = " ".join((position or "").split())
    unit = " ".join((institution or "").split())
    if not text or not unit or _GENERAL_INSTITUTIONS.match(unit) or unit.casefold() in text.casefold():
        return text
    return f"{text} {unit}"


@dataclass(frozen=True)
class WelcomeProtocol:
    """Everything the protocol tab and the three reports show of one visit."""

    host: Host
    visit: Visit
    institution: Institution
    welcome: Session | None
    site: Site | None
    office: OfficeProtocol
    protocol: VisitProtocol
    presenters: dict[str, Presenter] = field(default_factory=dict)

    @property
    def table(self) -> PrecedenceTable:
        return self.office.table

    def ranked(self) -> list[Ranked]:
        return rank_people(self.protocol.people, self.table)

    def plan(self) -> SeatingPlan:
        return seat_plan(self.ranked(), self.protocol.head_size, self.protocol.moves)

    def breaches(self) -> list[Breach]:
        ranked = self.ranked()
        computed = seat_plan(ranked, self.protocol.head_size)
        return check_plan(self.plan(), ranked, computed)

    def rundown_items(self) -> tuple[RundownItem, ...]:
        return self.protocol.rundown if self.protocol.rundown is not None else self.office.rundown

    def rundown(self) -> Rundown | None:
        if self.welcome is None:
            return None
        names = tuple(self.presenters[k].name if k in self.presenters else k for k in self.welcome.presenters)
        presenting = tuple(n for n in names if n)
        return build_rundown(self.rundown_items(), self.welcome.starts_at, self.welcome.ends_at, self.ranked(),
                               presenting)
