"""The `studitiru` command (`spec/CLI.md`): the window's headless twin.

    studitiru [--db PATH | --database-url URL] [COMMAND ...]

Exit codes: 0 done; 1 `check` found an error; 2 bad usage or bad input, with one plain line on
stderr (never a traceback). Subcommands live in the `COMMANDS` table: a new one is a
`Command(name, help, configure, run)` entry whose `run(args, context)` returns the exit code.
Only `studitiru.ui` imports Qt, and only when the window (or the default data folder) is needed.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from studitiru.db.engine import Database
from studitiru.errors import UserError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
LANGUAGES = ("id", "en")


class UsageError(Exception):
    """A command line argparse cannot read (one line, exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            f"{self.prog}: perintah tidak sah / invalid usage: {message} (lihat / see: {self.prog} --help)"
        )


class Context:
    """What a subcommand gets: the parsed arguments, the database (opened on first use), the language."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    def target(self) -> Path | str:
        """The database: a Path for an SQLite file, a str for an SQLAlchemy URL."""
        if self.args.database_url:
            return self.args.database_url
        if self.args.db:
            return Path(self.args.db)
        env = os.environ.get("STUDITIRU_DB")
        if env:
            return env if "://" in env else Path(env)
        from studitiru.ui.paths import default_database_path

        return default_database_path()

    def database(self) -> Database:
        if self._db is None:
            from studitiru.db.schema import open_database

            target = self.target()
            self._db = open_database(url=target) if isinstance(target, str) else open_database(path=target)
        return self._db

    @property
    def lang(self) -> str:
        """`--lang`, else the user's interface language (the window's Settings), else Indonesian."""
        explicit = getattr(self.args, "lang", None)
        if explicit:
            return explicit
        try:
            from studitiru.ui.preferences import language  # QtCore only: the same file the window uses
        except ImportError:  # pragma: no cover - Qt missing: fall back to Indonesian
            return "id"
        return language() or "id"

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help="bahasa / language (default: setting, else id)")


# --- gui ---------------------------------------------------------------------------------

def _configure_gui(parser: argparse.ArgumentParser) -> None:
    _add_lang(parser)
    parser.add_argument("--selftest", action="store_true", help="show every page in turn and quit")
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="with --selftest: save each page as DIR/NN-page.png")
    parser.add_argument("--only", type=_page_names, metavar="PAGE[,PAGE…]",
                        help="with --selftest: show only these pages (home, visits, visit-editor, timetable, …)")


def _page_names(text: str) -> tuple[str, ...]:
    from studitiru.ui.selftest_steps import parse_only

    try:
        return parse_only(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _run_gui(args: argparse.Namespace, context: Context) -> int:
    from studitiru.ui.app import put_away, run

    only = getattr(args, "only", None)
    if only is not None and not args.selftest:
        print("studitiru gui: perintah tidak sah / invalid usage: --only hanya bersama --selftest / "
              "--only needs --selftest (lihat / see: studitiru gui --help)", file=sys.stderr)
        return EXIT_USAGE
    code = int(run(context.target(), getattr(args, "lang", None), bool(getattr(args, "selftest", False)),
                   getattr(args, "screenshots", None), only=only) or 0)
    put_away()  # background jobs finished: the entry point may end the process at once
    return code


# --- demo --------------------------------------------------------------------------------

def _configure_demo(parser: argparse.ArgumentParser) -> None:
    _add_lang(parser)


def _run_demo(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.demo import load_demo

    print(load_demo(context.database(), context.lang))
    return EXIT_OK


# --- import / export ---------------------------------------------------------------------

def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.json", help="an exchange file (exchange.schema.json)")
    _add_lang(parser)


def _run_import(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services import exchange

    document = exchange.read_document(args.file)
    plan = exchange.check_document(document, str(args.file))  # before the database is even opened
    counts = exchange.import_plan(context.database(), plan)
    print(counts.message(context.lang))
    return EXIT_OK


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.json", help="the exchange file to write")
    parser.add_argument("--visit", action="append", metavar="KEY", help="only this visit and what it refers to (repeatable)")
    _add_lang(parser)


def _run_export(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services import exchange

    exchange.export_file(context.database(), args.out, args.visit)
    return EXIT_OK


# --- check -------------------------------------------------------------------------------

def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", action="append", metavar="KEY", help="only findings that involve this visit (repeatable)")
    parser.add_argument("--json", action="store_true", help="print a JSON array of findings")
    _add_lang(parser)


def _run_check(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.checks import check_database, finding_json

    findings = check_database(context.database(), args.visit)
    lang = context.lang
    if args.json:
        print(json.dumps([finding_json(f, lang) for f in findings], ensure_ascii=False, indent=2))
    else:
        print(format_findings(findings, lang))
    return EXIT_FINDINGS if any(f.severity.value == "error" for f in findings) else EXIT_OK


def format_findings(findings: Sequence, lang: str = "id") -> str:
    """A plain table: severity, rule, sessions, message; and a closing count."""
    en = lang == "en"
    if not findings:
        return "No findings." if en else "Tidak ada temuan."
    severity = {"error": "error" if en else "galat", "warning": "warning" if en else "peringatan"}
    header = ("Severity", "Rule", "Sessions", "Message") if en else ("Tingkat", "Aturan", "Acara", "Pesan")
    rows = [(severity[f.severity.value], f.rule, ", ".join(f.sessions), f.message(lang)) for f in findings]
    widths = [max(len(header[i]), *(len(row[i]) for row in rows)) for i in range(3)]
    lines = ["  ".join(text.ljust(widths[i]) if i < 3 else text for i, text in enumerate(row)) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * len(header[3]))
    errors = sum(1 for f in findings if f.severity.value == "error")
    warnings = len(findings) - errors
    lines.append(f"{len(findings)} findings: {errors} errors, {warnings} warnings." if en
                 else f"{len(findings)} temuan: {errors} galat, {warnings} peringatan.")
    return "\n".join(lines)


# --- backup / restore ----------------------------------------------------------------------

def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the backup file to write")
    _add_lang(parser)


def _run_backup(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.backups import backup_to

    target = context.target()
    backup_to(target if isinstance(target, str) else context.database(), args.out)
    return EXIT_OK


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup made by `backup` (or automatically)")
    _add_lang(parser)


def _run_restore(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.backups import database_file, restore_from

    # The current file is not opened: it may be the damaged one the user is restoring over.
    restore_from(database_file(context.target()), args.file)
    return EXIT_OK


# --- report / ics / participants import ----------------------------------------------------

REPORT_KINDS = ("itinerary", "summary", "attendance", "annual", "activity")
#: The reports that can also be written as Word files (`--out FILE.docx`).
DOCX_REPORTS = ("activity", "summary")
#: The welcome's protocol prints (`reports.protocol`).
PROTOCOL_REPORTS = ("rundown", "seating", "namecards")


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=REPORT_KINDS + PROTOCOL_REPORTS, metavar="KIND", help="itinerary, summary, attendance, annual, activity, rundown, seating or namecards")
    parser.add_argument("--visit", metavar="KEY", help="the visit (itinerary, summary, attendance)")
    parser.add_argument("--year", type=int, metavar="YYYY", help="the year (annual)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--paper", type=str.upper, choices=("A4", "F4"), help="kertas / paper (default: the setting, else A4)")
    parser.add_argument("--revision", type=int, metavar="N", help="itinerary: as released in revision N")
    parser.add_argument("--photos", action="store_true", help="summary: the documentation photos as an annex")
    _add_lang(parser)


def _writable_target(path: Path) -> Path:
    """The output file, refused in one line if its folder does not exist (nothing is written then)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Folder {folder} untuk berkas {path.name} tidak ada.",
                        f"The folder {folder} for the file {path.name} does not exist.")
    return path


def build_report(db: Database, kind: str, lang: str, paper: str, visit: str | None = None,
                 year: int | None = None, revision: int | None = None) -> bytes:
    """The PDF bytes of one report (the window uses this too). The itinerary is the current plan
    (marked as a draft while it differs from the last revision), or with `revision` that revision."""
    from studitiru.services import report_data

    if kind == "itinerary":
        from studitiru.reports.itinerary import build_itinerary
        from studitiru.services.revisions import itinerary_data

        return build_itinerary(itinerary_data(db, visit, revision), lang, paper)

    if kind == "annual":
        from studitiru.reports.annual import build_annual

        return build_annual(report_data.annual_report_data(db, int(year)), lang, paper)
    if kind == "activity":
        from studitiru.services.activity_report import activity_report

        return activity_report(db, visit, lang, paper)
    if kind in PROTOCOL_REPORTS:
        from studitiru.reports import protocol as protocol_reports
        from studitiru.services.protocol import welcome_protocol

        return getattr(protocol_reports, f"build_{kind}")(welcome_protocol(db, visit), lang, paper)
    builders = {
        "itinerary": "studitiru.reports.itinerary:build_itinerary",
        "summary": "studitiru.reports.summary:build_summary",
        "attendance": "studitiru.reports.attendance:build_attendance",
    }
    import importlib

    module, name = builders[kind].split(":")
    builder = getattr(importlib.import_module(module), name)
    return builder(report_data.visit_report_data(db, visit), lang, paper)


def build_report_docx(db: Database, kind: str, lang: str, paper: str, visit: str | None, photos: bool = False) -> bytes:
    """A report as a Word file, for those an office edits (`DOCX_REPORTS`)."""
    if kind not in DOCX_REPORTS:
        raise UserError(f"studitiru report {kind}: hanya PDF; berkas .docx untuk {' dan '.join(DOCX_REPORTS)}.",
                        f"studitiru report {kind}: PDF only; a .docx file is for {' and '.join(DOCX_REPORTS)}.")
    if kind == "activity":
        from studitiru.services.activity_report import activity_report

        return activity_report(db, visit, lang, paper, fmt="docx")
    from studitiru.services.summary_report import summary_docx

    return summary_docx(db, visit, lang, paper, with_photos=photos)


def _run_report(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services import report_data

    if args.kind == "annual" and args.year is None:
        raise UserError("studitiru report annual: --year YYYY wajib diisi.", "studitiru report annual: --year YYYY is required.")
    if args.kind != "annual" and not args.visit:
        raise UserError(f"studitiru report {args.kind}: --visit KEY wajib diisi.", f"studitiru report {args.kind}: --visit KEY is required.")
    if args.revision is not None and args.kind != "itinerary":
        raise UserError(f"studitiru report {args.kind}: --revision hanya untuk itinerary.",
                        f"studitiru report {args.kind}: --revision is for the itinerary only.")
    if args.photos and args.kind != "summary":
        raise UserError(f"studitiru report {args.kind}: --photos hanya untuk summary (activity selalu memuat foto).",
                        f"studitiru report {args.kind}: --photos is for the summary only (activity always has the photos).")
    out = _writable_target(args.out)
    db = context.database()
    paper = args.paper or report_data.paper_setting(db)
    if args.out.suffix.lower() == ".docx":
        data = build_report_docx(db, args.kind, context.lang, paper, args.visit, args.photos)
    elif args.photos:
        from studitiru.services.summary_report import summary_pdf

        data = summary_pdf(db, args.visit, context.lang, paper, with_photos=True)
    else:
        data = build_report(db, args.kind, context.lang, paper, args.visit, args.year, args.revision)
    report_data.write_file_atomically(out, data)
    if args.kind == "itinerary":  # revision N, or the plan when it is the last revision: it may be sent now
        from studitiru.services.revisions import mark_plan_produced, mark_produced

        if args.revision is not None:
            mark_produced(db, args.visit, args.revision, "itinerary")
        else:
            mark_plan_produced(db, args.visit, "itinerary")
    return EXIT_OK


def _configure_ics(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.ics", help="the calendar file to write")
    parser.add_argument("--revision", type=int, metavar="N", help="as released in revision N (SEQUENCE, cancelled sessions)")
    _add_lang(parser)


def build_visit_ics(db: Database, visit: str, revision: int | None = None) -> bytes:
    from studitiru.services.revisions import revision_ics

    return revision_ics(db, visit, revision)


def _run_ics(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.report_data import write_file_atomically

    out = _writable_target(args.out)
    db = context.database()
    write_file_atomically(out, build_visit_ics(db, args.visit, args.revision))
    from studitiru.services.revisions import mark_plan_produced, mark_produced

    if args.revision is not None:
        mark_produced(db, args.visit, args.revision, "ics")
    else:
        mark_plan_produced(db, args.visit, "ics")
    return EXIT_OK


def _configure_participants(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    do_import = actions.add_parser("import", help="tambah peserta dari .xlsx/.csv / add participants from .xlsx or .csv")
    do_import.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    do_import.add_argument("file", type=Path, metavar="FILE", help="an .xlsx or .csv file with a header row")
    _add_lang(do_import)


def _run_participants(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.participants_import import import_participants

    result = import_participants(context.database(), args.visit, args.file)
    print(result.message(context.lang))
    return EXIT_OK


# --- photo add --------------------------------------------------------------------------------

def _configure_photo(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    add = actions.add_parser("add", help="tambah foto dokumentasi (JPEG/PNG) / add documentation photos (JPEG or PNG)")
    add.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    add.add_argument("--session", metavar="KEY", help="one of the visit's sessions (optional)")
    add.add_argument("--caption", metavar="TEXT", help="the caption of every photo added")
    add.add_argument("files", type=Path, nargs="+", metavar="FILE", help="JPEG or PNG files")
    _add_lang(add)


def _run_photo(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.photos import add_photos, count_photos

    db = context.database()
    added = add_photos(db, args.visit, args.files, session_key=args.session, caption=args.caption)
    total = count_photos(db, args.visit)
    if context.lang == "en":
        print(f"{len(added)} photo{'s' if len(added) != 1 else ''} added to {args.visit} ({total} in all).")
    else:
        print(f"{len(added)} foto ditambahkan ke {args.visit} (seluruhnya {total} foto).")
    return EXIT_OK


# --- letters ----------------------------------------------------------------------------------

LETTER_KINDS = ("reply", "presenter-request", "assignment", "invitation")


def _configure_letter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=LETTER_KINDS, metavar="KIND",
                        help="reply, presenter-request, assignment or invitation")
    parser.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx", help="the letter to write")
    parser.add_argument("--presenter", metavar="KEY", help="presenter-request: the presenter whose unit is asked")
    _add_lang(parser)


def _run_letter(args: argparse.Namespace, context: Context) -> int:
    from datetime import date

    from studitiru.domain.letters import LetterKind
    from studitiru.services.letter_writer import letter_format, write_letter_file

    out = _writable_target(args.out)
    letter_format(out)  # .pdf or .docx, refused before the database is opened
    entry = write_letter_file(context.database(), LetterKind(args.kind), args.visit, out, today=date.today(),
                              presenter=args.presenter, lang=context.lang)
    print(entry.number)
    return EXIT_OK


def _configure_letters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="YYYY", help="only this year's letters")
    parser.add_argument("--json", action="store_true", help="print a JSON array in number order")
    _add_lang(parser)


def _run_letters(args: argparse.Namespace, context: Context) -> int:
    from studitiru.services.letters import register, register_json, register_table

    entries = register(context.database(), args.year)
    if args.json:
        print(json.dumps([register_json(entry) for entry in entries], ensure_ascii=False, indent=2))
    else:
        print(register_table(entries, context.lang))
    return EXIT_OK


# --- agenda revisions ---------------------------------------------------------------------------

def _configure_release(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    parser.add_argument("--note", metavar="TEXT", help="catatan revisi / the revision's note")
    _add_lang(parser)


def _run_release(args: argparse.Namespace, context: Context) -> int:
    from studitiru.domain.revisions import summary_line
    from studitiru.services.revisions import release

    done = release(context.database(), args.visit, args.note)
    print(summary_line(done.revision.number, done.changes, context.lang))
    return EXIT_OK


def _configure_changes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", required=True, metavar="KEY", help="the visit")
    parser.add_argument("--from", dest="from_n", type=int, metavar="N", help="from revision N (default: the last one)")
    parser.add_argument("--to", dest="to_n", type=int, metavar="N", help="to revision N (default: the current plan)")
    parser.add_argument("--json", action="store_true", help="print JSON: added, cancelled, moved")
    _add_lang(parser)


def _run_changes(args: argparse.Namespace, context: Context) -> int:
    from studitiru.domain.revisions import changes_json
    from studitiru.services.revisions import changes, changes_table

    found = changes(context.database(), args.visit, args.from_n, args.to_n)
    if args.json:
        print(json.dumps(changes_json(found), ensure_ascii=False, indent=2))
    else:
        print(changes_table(context.database(), found, context.lang))
    return EXIT_OK


COMMANDS: list[Command] = [
    Command("gui", "buka jendela / open the main window", _configure_gui, _run_gui),
    Command("demo", "isi program demo / fill in the demo programme", _configure_demo, _run_demo),
    Command("import", "gabungkan berkas pertukaran / merge an exchange file", _configure_import, _run_import),
    Command("export", "tulis berkas pertukaran / write an exchange file", _configure_export, _run_export),
    Command("check", "periksa aturan jadwal / run the scheduling rules", _configure_check, _run_check),
    Command("backup", "salin cadangan basis data / back up the database", _configure_backup, _run_backup),
    Command("restore", "pulihkan dari cadangan / restore the database from a backup", _configure_restore, _run_restore),
    Command("report", "buat laporan PDF / write a PDF report", _configure_report, _run_report),
    Command("ics", "tulis agenda sebagai iCalendar / write the agenda as an iCalendar file", _configure_ics, _run_ics),
    Command("participants", "peserta: import dari .xlsx/.csv / participants: import from .xlsx or .csv",
            _configure_participants, _run_participants),
    Command("photo", "foto dokumentasi kunjungan / a visit's documentation photos", _configure_photo, _run_photo),
    Command("letter", "tulis surat kunjungan / write a letter of a visit", _configure_letter, _run_letter),
    Command("letters", "agenda surat keluar / the register of outgoing letters", _configure_letters, _run_letters),
    Command("release", "terbitkan jadwal sebagai revisi / release the agenda as a revision", _configure_release, _run_release),
    Command("changes", "perubahan jadwal antar-revisi / what changed between revisions", _configure_changes, _run_changes),
]


HELP_EPILOG = """\
Tanpa PERINTAH, atau dengan `gui`, jendela program dibuka; perintah lain tidak membuka jendela.
Without a COMMAND, or with `gui`, the window opens; no other command opens it.

Tanpa --db atau --database-url: $STUDITIRU_DB bila diisi, selain itu studitiru.sqlite3 di folder
data pengguna. Without --db or --database-url: $STUDITIRU_DB if set, else studitiru.sqlite3 in
the per-user data folder (Linux: ~/.local/share/StudiTiru/studitiru/, Windows:
%LOCALAPPDATA%\\StudiTiru\\studitiru\\); the window opens the database it opened last."""


def build_parser() -> argparse.ArgumentParser:
    from studitiru import version

    parser = _Parser(prog="studitiru", description="Studi Tiru: kunjungan studi tiru / study visits.",
                     epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"studitiru {version()}",
                        help="versi program / the program's version")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="an SQLite file (created if it does not exist)")
    where.add_argument("--database-url", metavar="URL", help="any SQLAlchemy URL")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    parser.set_defaults(handler=_run_gui)
    return parser


def _oserror_message(error: OSError, lang: str) -> str:
    name = error.filename or ""
    if error.errno == errno.ENOSPC and name:
        return f"The disk is full: the file {name} cannot be written." if lang == "en" else \
            f"Disk penuh: berkas {name} tidak dapat ditulis."
    reason = error.strerror or str(error)
    if lang == "en":
        return f"The file {name} cannot be used: {reason}." if name else f"A file cannot be used: {reason}."
    return f"Berkas {name} tidak dapat dipakai: {reason}." if name else f"Sebuah berkas tidak dapat dipakai: {reason}."


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except UsageError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as stop:  # --help
        return stop.code if isinstance(stop.code, int) else EXIT_OK
    if args.handler is not _run_gui:  # the window turns the collector on after its first paint
        from studitiru import collector

        collector.end_startup()
    context = Context(args)
    try:
        return args.handler(args, context)
    except UserError as error:
        print(_one_line(error.message(context.lang)), file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(_one_line(_oserror_message(error, context.lang)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
