"""The welcome's three protocol prints: tata tempat (`build_seating`), name cards
(`build_namecards`) and susunan acara for the master of ceremonies (`build_rundown`).

Records in (`domain.protocol.WelcomeProtocol`), PDF bytes out. The seating plan and the name cards
are drawn on a canvas (landscape); every user string goes through `text.plain` (canvas) or
`text.para` (Paragraph). Names are never cut: a name that does not fit shrinks, then wraps.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from studitiru.domain import protocol as p
from studitiru.domain.dates import format_date, format_time, format_time_range
from studitiru.reports.fonts import BOLD, REGULAR, register_fonts
from studitiru.reports.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    P,
    build_pdf,
    content_width,
    data_tables,
    page_size,
    styles,
    title_block,
)
from studitiru.reports.text import para, plain

LIGHT = colors.HexColor("#eef2f6")
#: The lowest seat on a side before the side takes a second row of chairs (legible names).
SIDE_BOX_MIN = 9 * mm
GUEST_FILL = colors.HexColor("#e8f0e3")
HOST_FILL = colors.HexColor("#e6eef8")


def _t(lang: str, id_text: str, en_text: str) -> str:
    return en_text if lang == "en" else id_text


# --- fitting text ---------------------------------------------------------------------------

def fit_lines(text: str, font: str, width: float, largest: float, smallest: float,
              max_lines: int = 2) -> tuple[float, list[str]]:
    """The largest size (down to `smallest`) at which `text` fits `width` in one line, else in up
    to `max_lines` lines broken at spaces (else between letters); below `smallest` it keeps
    shrinking rather than cut. Every character of `text` is in the lines, in order."""
    words = plain(text)
    if not words:
        return largest, [""]
    size = largest
    while size > smallest and stringWidth(words, font, size) > width:
        size -= 0.5
    if stringWidth(words, font, size) <= width or max_lines == 1:
        while stringWidth(words, font, size) > width and size > 1:
            size -= 0.25
        return size, [words]
    size = largest
    while True:
        lines = _wrap(words, font, size, width)
        if len(lines) <= max_lines or size <= 1:
            return size, lines
        size -= 0.5


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while stringWidth(current, font, size) > width and len(current) > 1:  # a word longer than the line
            cut = len(current)
            while cut > 1 and stringWidth(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _draw_lines(canvas: Canvas, lines: list[str], font: str, size: float, centre_x: float, top: float,
                leading: float = 1.15) -> float:
    """Centred lines from `top` down; returns the y below the last."""
    y = top - size
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawCentredString(centre_x, y, line)
        y -= size * leading
    return y + size * leading - size * 0.3


def _canvas(buffer: io.BytesIO, size: tuple[float, float], title: str, lang: str) -> Canvas:
    register_fonts()
    canvas = Canvas(buffer, pagesize=size, invariant=1, lang="en" if lang == "en" else "id",
                    initialFontName=REGULAR, initialFontSize=10)  # else each page opens in Helvetica, not embedded
    canvas.setTitle(plain(title))
    canvas.setCreator("Studi Tiru")
    canvas.setProducer("Studi Tiru")
    return canvas


def _when_where(data: p.WelcomeProtocol, lang: str) -> str:
    welcome = data.welcome
    if welcome is None:
        return ""
    parts = [format_date(welcome.starts_at.date(), lang),
             format_time_range(welcome.starts_at, welcome.ends_at, lang, data.host.timezone)]
    if data.site is not None:
        parts.append(data.site.name)
    return ", ".join(parts)


def _rank_short(item: p.Ranked, lang: str) -> str:
    if item.rank is None:
        return _t(lang, "peringkat belum dipastikan", "rank not confirmed")
    code = item.rank.code
    return code if item.confirmed else f"{code} ({_t(lang, 'usulan', 'suggested')})"


def _who_line(item: p.Ranked) -> str:
    position = item.person.own_position
    return f"{item.person.name} — {position}" if position else item.person.name


# --- tata tempat ----------------------------------------------------------------------------

def build_seating(data: p.WelcomeProtocol, lang: str = "id", paper: str = "A4") -> bytes:
    """Tata tempat of the welcome: the head table and the two sides drawn as the audience sees
    them, each seat with its number, name and position; the order of precedence, people whose
    rank is still to be confirmed and the rules the officer's moves break are listed below."""
    size = landscape(page_size(paper))
    width, height = size
    buffer = io.BytesIO()
    title = _t(lang, "Tata Tempat Penerimaan Kunjungan", "Seating plan of the welcome")
    canvas = _canvas(buffer, size, f"{title} — {data.visit.title}", lang)
    ranked = data.ranked()
    plan = data.plan()
    margin = 12 * mm
    # heading
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 14)
    canvas.drawCentredString(width / 2, height - margin - 4 * mm, plain(title.upper()))
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 9.5)
    sub = " · ".join(x for x in (plain(data.visit.title), plain(data.institution.name), plain(_when_where(data, lang))) if x)
    size_sub, lines_sub = fit_lines(sub, REGULAR, width - 2 * margin, 9.5, 7, max_lines=2)
    _draw_lines(canvas, lines_sub, REGULAR, size_sub, width / 2, height - margin - 7 * mm)
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(MUTED)
    canvas.drawString(margin, height - margin - 18 * mm,
                      plain(_t(lang, "Dilihat dari arah hadirin", "Seen from the audience")))
    notes = _seating_notes(data, ranked, plan, lang)
    notes_height = min(len(notes), 12) * 10 + (14 if notes else 0)
    top = height - margin - 24 * mm
    bottom = margin + 14 * mm + notes_height
    _draw_plan(canvas, plan, lang, margin, bottom, width - 2 * margin, top - bottom)
    # audience
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(width / 2, bottom - 9 * mm, plain(_t(lang, "▲  HADIRIN  ▲", "▲  AUDIENCE  ▲")))
    # notes
    y = margin + notes_height - 4
    canvas.setFillColor(INK)
    if notes:
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(margin, y, plain(_t(lang, "Catatan", "Notes")))
        y -= 11
        for note in notes[:12]:
            note_size, note_lines = fit_lines(note, REGULAR, width - 2 * margin, 8, 5, max_lines=1)
            canvas.setFont(REGULAR, note_size)
            canvas.drawString(margin, y, note_lines[0])
            y -= 10
    canvas.showPage()
    _precedence_page(canvas, data, ranked, plan, lang, size)
    canvas.save()
    return buffer.getvalue()


def _seating_notes(data: p.WelcomeProtocol, ranked: list[p.Ranked], plan: p.SeatingPlan, lang: str) -> list[str]:
    notes = []
    for item in p.unranked(ranked):
        notes.append(_t(lang, f"Peringkat belum dipastikan (jabatan tidak dikenali): {_who_line(item)}. Tetapkan di tab Protokol.",
                        f"Rank not confirmed (position not recognised): {_who_line(item)}. Set it on the Protocol tab."))
    for breach in data.breaches():
        notes.append(_t(lang, "Pemindahan: ", "Moved: ") + breach.message(lang))
    if data.welcome is None:
        notes.append(_t(lang, "Kunjungan ini belum punya acara penerimaan.", "This visit has no welcome session yet."))
    return notes


def _draw_plan(canvas: Canvas, plan: p.SeatingPlan, lang: str, x: float, y: float, w: float, h: float) -> None:
    """The head table across the top, the delegation's side down the left, the host's down the right."""
    head = plan.head
    count = max(1, len(head))
    seat_w = min(58 * mm, (w * 0.8) / count)
    seat_h = 20 * mm
    head_y = y + h - seat_h
    head_x = x + (w - seat_w * count) / 2
    canvas.setStrokeColor(RULE)
    canvas.setFillColor(LIGHT)
    canvas.rect(head_x - 3 * mm, head_y - 5 * mm, seat_w * count + 6 * mm, 4 * mm, stroke=1, fill=1)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(x + w / 2, head_y - 4 * mm, plain(_t(lang, "MEJA UTAMA", "HEAD TABLE")))
    for index, item in enumerate(head):
        _seat_box(canvas, item, plan.head_numbers[index] if index < len(plan.head_numbers) else index + 1,
                  head_x + index * seat_w, head_y, seat_w - 2 * mm, seat_h - 1 * mm)
    side_top = head_y - 9 * mm
    height = side_top - 3 * mm - y
    # a long side sits in rows of chairs: the front row at its table, the next rows behind it (outwards)
    per_column = max(1, int(height // SIDE_BOX_MIN))
    for row, label_id, label_en, fill, outward in (
            (plan.guest_side, "SISI ROMBONGAN TAMU", "THE DELEGATION'S SIDE", GUEST_FILL, -1),
            (plan.host_side, "SISI TUAN RUMAH", "THE HOST'S SIDE", HOST_FILL, 1)):
        columns = max(1, -(-len(row) // per_column))
        side_w = min(70 * mm, (w * 0.42 - 8 * mm) / columns)
        rows = max(1, min(len(row), per_column))
        box_h = min(16 * mm, height / rows)
        inner_left = x + 8 * mm if outward < 0 else x + w - 8 * mm - side_w
        if outward < 0:
            inner_left = x + (columns - 1) * (side_w + 2 * mm) + 8 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 7.5)
        label_x = (x + (columns * (side_w + 2 * mm) + 8 * mm) / 2) if outward < 0 else (x + w - (columns * (side_w + 2 * mm) + 8 * mm) / 2)
        canvas.drawCentredString(label_x, side_top, plain(_t(lang, label_id, label_en)))
        for index, item in enumerate(row):
            column, place = divmod(index, per_column)
            left = inner_left + outward * column * (side_w + 2 * mm)
            top = side_top - 2 * mm - place * box_h
            _seat_box(canvas, item, None, left, top - box_h + 1, side_w, box_h - 1.5, fill=fill, number_text=str(index + 1))
        if not row:
            continue
        # the table of each side, in front of the front row
        table_x = inner_left + side_w + 2 * mm if outward < 0 else inner_left - 6 * mm
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(RULE)
        canvas.rect(table_x, side_top - 2 * mm - rows * box_h, 4 * mm, rows * box_h, stroke=1, fill=1)


def _seat_box(canvas: Canvas, item: p.Ranked | None, number: int | None, x: float, y: float, w: float, h: float,
              fill=colors.white, number_text: str | None = None) -> None:  # noqa: ANN001 - a reportlab colour
    canvas.setStrokeColor(ACCENT if number == 1 else RULE)
    canvas.setLineWidth(1.2 if number == 1 else 0.6)
    canvas.setFillColor(fill)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    label = str(number) if number is not None else (number_text or "")
    pad = 1.5 * mm
    canvas.setFillColor(ACCENT)
    tag_size = min(8, h * 0.3)
    canvas.setFont(BOLD, tag_size)
    canvas.drawString(x + pad, y + h - pad - tag_size * 0.8, label)
    if item is None:
        return
    inner = w - 2 * pad - stringWidth(label, BOLD, tag_size) - 1 * mm
    centre = x + pad + stringWidth(label, BOLD, tag_size) + 1 * mm + inner / 2
    position = item.person.own_position
    if item.person.represented:
        position = f"{position} (mewakili {item.person.represented})" if position else f"mewakili {item.person.represented}"
    scale = 1.0
    while True:  # both shrink together until the name and the position fit the box's height too
        name_size, name_lines = fit_lines(item.person.name, BOLD, inner, min(9.5, h * 0.34) * scale, 5 * scale, max_lines=2)
        pos_size, pos_lines = fit_lines(position, REGULAR, inner, min(7.5, h * 0.24) * scale, 4.5 * scale, max_lines=2)
        block = len(name_lines) * name_size * 1.15 + (len(pos_lines) * pos_size * 1.15 + 1 if position else 0)
        if block <= h - 2 or scale < 0.3:
            break
        scale *= 0.9
    top = y + h / 2 + block / 2
    canvas.setFillColor(INK)
    below = _draw_lines(canvas, name_lines, BOLD, name_size, centre, top)
    if position:
        canvas.setFillColor(MUTED)
        _draw_lines(canvas, pos_lines, REGULAR, pos_size, centre, below - 1)


def _precedence_page(canvas: Canvas, data: p.WelcomeProtocol, ranked: list[p.Ranked], plan: p.SeatingPlan,
                     lang: str, size: tuple[float, float]) -> None:
    """Page 2: everyone by precedence with the rank that applies and where they sit."""
    width, height = size
    margin = 12 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 12)
    canvas.drawString(margin, height - margin - 4 * mm,
                      plain(_t(lang, "Urutan preseden (UU 9/2010)", "Order of precedence (Law 9/2010)")))
    y = height - margin - 12 * mm
    columns = (margin, margin + 10 * mm, margin + 95 * mm, margin + 185 * mm, width - margin - 45 * mm)
    canvas.setFont(BOLD, 8)
    canvas.setFillColor(INK)
    for x, head in zip(columns, (_t(lang, "No.", "No."), _t(lang, "Nama", "Name"), _t(lang, "Jabatan", "Position"),
                                 _t(lang, "Peringkat", "Rank"), _t(lang, "Kursi", "Seat"))):
        canvas.drawString(x, y, plain(head))
    y -= 4
    canvas.setStrokeColor(RULE)
    canvas.line(margin, y, width - margin, y)
    y -= 10
    seat_names = {"head": _t(lang, "meja utama", "head table"), "guest": _t(lang, "sisi tamu", "guest side"),
                  "host": _t(lang, "sisi tuan rumah", "host side")}
    for number, item in enumerate(ranked, 1):
        if y < margin + 10:
            canvas.showPage()
            y = height - margin - 10 * mm
        seat = plan.seat_of(item.person.ref)
        if seat is None:
            where = "-"
        elif seat.row is p.Row.HEAD:
            where = f"{seat_names['head']} {plan.head_numbers[seat.index]}"
        else:
            where = f"{seat_names[seat.row.value]} {seat.index + 1}"
        position = item.person.own_position
        if item.person.represented:
            position += f" (mewakili {item.person.represented})"
        if item.via_spouse:
            position += _t(lang, " (pendamping)", " (spouse)")
        rank = _rank_short(item, lang)
        cells = (str(number), item.person.name, position, rank, where)
        limits = (columns[1] - columns[0], columns[2] - columns[1], columns[3] - columns[2], columns[4] - columns[3],
                  width - margin - columns[4])
        for x, cell, room in zip(columns, cells, limits):
            cell_size, cell_lines = fit_lines(cell, REGULAR, room - 3, 8, 4, max_lines=1)
            canvas.setFont(REGULAR, cell_size)
            canvas.drawString(x, y, cell_lines[0])
        y -= 11
    y -= 6
    canvas.setFont(REGULAR, 7)
    canvas.setFillColor(MUTED)
    for line in (_t(lang, "Peringkat: kode huruf UU 9/2010 (K = Pasal 11 ayat (1), P = Pasal 10 ayat (1), N = Pasal 9); "
                          "'usulan' = disarankan dari jabatan, belum dipastikan petugas.",
                    "Rank: letter of Law 9/2010 (K = Article 11(1), P = Article 10(1), N = Article 9); "
                    "'suggested' = from the position, not yet confirmed by the officer."),
                 _t(lang, "Kursi meja utama bernomor menurut rumus tengah-kanan-kiri; tuan rumah duduk di samping tamu "
                          "tertinggi (Pasal 13).",
                    "Head-table seats are numbered by the centre-right-left formula; the host sits beside the highest "
                    "guest (Article 13).")):
        if y < margin:
            break
        canvas.drawString(margin, y, plain(line))
        y -= 9
    canvas.showPage()


# --- name cards -----------------------------------------------------------------------------

CARD_WIDTH = 250 * mm
FACE_HEIGHT = 85 * mm
CARD_PAD = 10 * mm
NAME_LARGEST = 44
NAME_SMALLEST = 18


def card_text(item: p.Ranked) -> tuple[str, str]:
    """The name and the position printed on a person's card."""
    return item.person.name, item.person.own_position


def card_layout(name: str, position: str) -> tuple[tuple[float, list[str]], tuple[float, list[str]]]:
    """The sizes and lines of a card's name and position: both always fit the card."""
    inner = CARD_WIDTH - 2 * CARD_PAD
    name_fit = fit_lines(name, BOLD, inner, NAME_LARGEST, NAME_SMALLEST, max_lines=2)
    position_fit = fit_lines(position, REGULAR, inner, 20, 10, max_lines=2)
    return name_fit, position_fit


def build_namecards(data: p.WelcomeProtocol, lang: str = "id", paper: str = "A4") -> bytes:
    """One tent card per seated person (head table, then each side), on its own landscape page:
    the name large and the position below, printed on both faces (the upper one upside down),
    with a dashed fold line and corner cut marks."""
    size = landscape(page_size(paper))
    buffer = io.BytesIO()
    canvas = _canvas(buffer, size, _t(lang, f"Papan nama — {data.visit.title}", f"Name cards — {data.visit.title}"), lang)
    seated = data.plan().seated()
    if not seated:
        canvas.setFont(REGULAR, 12)
        canvas.drawCentredString(size[0] / 2, size[1] / 2, plain(_t(
            lang, "Belum ada orang yang duduk pada penerimaan ini.", "No one is seated at this welcome yet.")))
        canvas.showPage()
    for _, item in seated:
        _card_page(canvas, item, size)
    canvas.save()
    return buffer.getvalue()


def _card_page(canvas: Canvas, item: p.Ranked, size: tuple[float, float]) -> None:
    width, height = size
    left = (width - CARD_WIDTH) / 2
    bottom = height / 2 - FACE_HEIGHT
    top = height / 2 + FACE_HEIGHT
    fold = height / 2
    # cut marks at the four corners (outside the card) and the fold marks at its ends
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.4)
    mark = 6 * mm
    gap = 2 * mm
    for cx in (left, left + CARD_WIDTH):
        for cy in (bottom, top):
            direction = -1 if cx == left else 1
            canvas.line(cx + direction * gap, cy, cx + direction * (gap + mark), cy)
            vertical = -1 if cy == bottom else 1
            canvas.line(cx, cy + vertical * gap, cx, cy + vertical * (gap + mark))
    canvas.setDash(4, 3)
    canvas.setStrokeColor(MUTED)
    canvas.line(left, fold, left + CARD_WIDTH, fold)
    canvas.setDash()
    canvas.line(left - gap - mark, fold, left - gap, fold)
    canvas.line(left + CARD_WIDTH + gap, fold, left + CARD_WIDTH + gap + mark, fold)
    canvas.setStrokeColor(RULE)
    canvas.rect(left, bottom, CARD_WIDTH, 2 * FACE_HEIGHT, stroke=1, fill=0)
    name, position = card_text(item)
    # the lower face upright, the upper face turned half round (it reads from the other side)
    _card_face(canvas, name, position, left, bottom)
    canvas.saveState()
    canvas.translate(left + CARD_WIDTH, top)
    canvas.rotate(180)
    _card_face(canvas, name, position, 0, 0)
    canvas.restoreState()
    canvas.showPage()


def _card_face(canvas: Canvas, name: str, position: str, left: float, bottom: float) -> None:
    (name_size, name_lines), (pos_size, pos_lines) = card_layout(name, position)
    block = len(name_lines) * name_size * 1.15 + (len(pos_lines) * pos_size * 1.2 + 3 * mm if position else 0)
    centre_x = left + CARD_WIDTH / 2
    top = bottom + FACE_HEIGHT / 2 + block / 2
    canvas.setFillColor(INK)
    below = _draw_lines(canvas, name_lines, BOLD, name_size, centre_x, top)
    if position:
        canvas.setFillColor(MUTED)
        _draw_lines(canvas, pos_lines, REGULAR, pos_size, centre_x, below - 3 * mm, leading=1.2)


# --- susunan acara --------------------------------------------------------------------------

def _speaker_words(speaker: p.Ranked | p.ProtocolPerson | str) -> str:
    if isinstance(speaker, p.Ranked):
        return p.salutation(speaker)
    if isinstance(speaker, p.ProtocolPerson):
        return speaker.name
    return str(speaker)


def _read_out(line: p.RundownLine, lang: str) -> str:
    """What the master of ceremonies says to open an item."""
    item = line.item
    if item.code == "pembukaan" or (not line.speakers and item.speaker is p.Speaker.NONE):
        return ""
    if not line.speakers:
        return _t(lang, f"{item.title_id}. (Petugas belum ditetapkan.)", f"{item.title_en}. (No one named yet.)")
    names = "; ".join(_speaker_words(s) for s in line.speakers).rstrip(". ")
    return _t(lang, f"{item.title_id}, yang akan disampaikan oleh {names}. Kepada beliau, waktu dan tempat kami persilakan.",
              f"{item.title_en}, by {names}. The floor is yours.")


def build_rundown(data: p.WelcomeProtocol, lang: str = "id", paper: str = "A4") -> bytes:
    """The sheet for the master of ceremonies: the order of the welcome with times, who speaks,
    and the words to read out (the greeting by precedence, then each speaker's name and title)."""
    st = styles()
    width = content_width(paper)
    title = _t(lang, "Susunan Acara Penerimaan Kunjungan", "Order of events of the welcome")
    story = list(title_block(para(title.upper()), para(f"{data.visit.title} — {data.institution.name}")))
    where = _when_where(data, lang)
    if where:
        story.append(P(para(where), st.body))
    rundown = data.rundown()
    ranked = data.ranked()
    if rundown is None:
        story.append(P(para(_t(lang, "Kunjungan ini belum punya acara penerimaan: susunan acara belum dapat diberi waktu.",
                                "This visit has no welcome session yet: the order of events cannot be timed.")), st.body))
    else:
        rows = []
        for number, line in enumerate(rundown.lines, 1):
            who = "; ".join(_speaker_words(s) for s in line.speakers)
            rows.append(tuple(para(cell) for cell in (
                str(number), f"{format_time(line.starts_at, lang)}–{format_time(line.ends_at, lang)}",
                line.item.title_en if lang == "en" else line.item.title_id, who or "-")))
        header = (_t(lang, "No.", "No."), _t(lang, "Waktu", "Time"), _t(lang, "Acara", "Item"),
                  _t(lang, "Petugas / pembicara", "Who"))
        story += data_tables([para(h) for h in header], rows,
                             [10 * mm, 24 * mm, (width - 34 * mm) * 0.42, (width - 34 * mm) * 0.58], paper)
        if rundown.overrun:
            story.append(P(para(_t(lang, f"Perhatian: susunan acara melewati akhir acara penerimaan {rundown.overrun} menit. "
                                         "Perpendek acara atau ubah waktunya.",
                                   f"Note: the order of events runs {rundown.overrun} minutes past the end of the welcome. "
                                   "Shorten an item or change the session's time.")), st.body))
        elif rundown.spare:
            story.append(P(para(_t(lang, f"Sisa waktu {rundown.spare} menit sebelum akhir acara penerimaan.",
                                   f"{rundown.spare} minutes are left before the end of the welcome.")), st.small))
    unknown = p.unranked(ranked)
    if unknown:
        story.append(Spacer(1, 2 * mm))
        story.append(P(para(_t(lang, "Peringkat belum dipastikan (tidak disapa dalam salam pembuka): ",
                                "Rank not confirmed (left out of the greeting): ")
                            + ", ".join(_who_line(u) for u in unknown)), st.small))
    story.append(Spacer(1, 4 * mm))
    story.append(P(para(_t(lang, "Naskah pembawa acara", "The master of ceremonies' script")), st.h1))
    story.append(P(para(_t(lang, "Salam pembuka (urutan menurut tata tempat):", "Opening greeting (in order of precedence):")), st.h2))
    story.append(P(para(p.greeting(ranked)), st.body))
    if rundown is not None:
        for number, line in enumerate(rundown.lines, 1):
            words = _read_out(line, lang)
            heading = f"{number}. {format_time(line.starts_at, lang)} — {line.item.title_en if lang == 'en' else line.item.title_id}"
            story.append(P(para(heading), st.h2))
            if words:
                story.append(P(para(words), st.body))
    return build_pdf(story, lang=lang, paper=paper, title=f"{title} — {data.visit.title}",
                     running=f"{data.host.name} · {title}")

