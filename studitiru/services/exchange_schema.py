"""The exchange file's schema: a fast check for large files, and plain-words errors.

`jsonschema` (Draft 2020-12, with format checking) is the authority, but it takes about
25 seconds on a ten-year file. So the schema (`studitiru/spec/exchange.schema.json`) is
compiled here into plain Python closures that give the same verdict in about a second
(the compiler knows exactly the keywords the schema uses and refuses any other, so a
changed schema fails loudly). When the fast check finds a problem, `jsonschema` validates
the record that holds it and its error is turned into one line in Indonesian and English
that names the file, the record and the JSON path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from studitiru.errors import ExchangeFileError

Path_ = tuple[str | int, ...]
Check = Callable[[Any], Path_ | None]

#: Lists of records in the file: (Indonesian, English) names of one record.
COLLECTIONS: dict[str, tuple[str, str]] = {
    "topics": ("topik", "topic"),
    "institutions": ("instansi", "institution"),
    "sites": ("lokasi", "site"),
    "travel_times": ("waktu tempuh", "travel time"),
    "presenters": ("narasumber", "presenter"),
    "visits": ("kunjungan", "visit"),
    "sessions": ("acara", "session"),
    "participants": ("peserta", "participant"),
    "lessons": ("pembelajaran", "lesson"),
    "opening_hours": ("jam buka", "opening hours"),
    "unavailable": ("masa berhalangan", "unavailable period"),
}

#: Fields as the user reads them: (Indonesian, English).
FIELDS: dict[str, tuple[str, str]] = {
    "key": ("kode", "key"), "name": ("nama", "name"), "title": ("judul", "title"),
    "institution": ("instansi", "institution"), "starts_on": ("tanggal mulai", "start date"),
    "ends_on": ("tanggal selesai", "end date"), "starts_at": ("waktu mulai", "start time"),
    "ends_at": ("waktu selesai", "end time"), "headcount": ("jumlah orang", "headcount"),
    "capacity": ("kapasitas", "capacity"), "observation": ("pengamatan", "observation"),
    "minutes": ("menit", "minutes"), "weekday": ("hari", "weekday"), "opens": ("jam buka", "opening time"),
    "closes": ("jam tutup", "closing time"), "site": ("lokasi", "site"), "presenters": ("narasumber", "presenters"),
    "topics": ("topik", "topics"), "topic": ("topik", "topic"), "session": ("acara", "session"),
    "from": ("lokasi asal", "from site"), "to": ("lokasi tujuan", "to site"), "status": ("status", "status"),
    "kind": ("jenis", "kind"), "role": ("peran", "role"), "exclusive": ("eksklusif", "exclusive"),
    "timezone": ("zona waktu", "time zone"), "follow_up_on": ("tanggal tindak lanjut", "follow-up date"),
    "indicator": ("indikator", "indicator"), "overview": ("umum", "overview"),
    "conclusions": ("simpulan dan saran", "conclusions and suggestions"), "obstacles": ("hambatan", "obstacles"),
    "date": ("tanggal", "date"), "number": ("nomor", "number"), "format": ("format", "format"),
    "version": ("versi", "version"), "leader": ("ketua rombongan", "leader"), "liaison": ("pendamping", "liaison"),
}


def field_label(name: str | int | None) -> tuple[str, str]:
    if not isinstance(name, str):
        return ("nilai", "value")
    return FIELDS.get(name, (name.replace("_", " "), name.replace("_", " ")))


def json_path(path: Path_) -> str:
    """`visits[3].sessions[0].ends_at`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def record_place(document: Any, path: Path_) -> tuple[str, str]:
    """'kunjungan ST-2025-014, acara ST-2025-014-2' for a path into the document."""
    parts_id: list[str] = []
    parts_en: list[str] = []
    node = document
    previous: str | int | None = None
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and isinstance(previous, str) and previous in COLLECTIONS:
            kind_id, kind_en = COLLECTIONS[previous]
            name = _record_name(node, previous)
            if name is None:
                parts_id.append(f"{kind_id} ke-{part + 1}")
                parts_en.append(f"{kind_en} no. {part + 1}")
            else:
                parts_id.append(f"{kind_id} {name}")
                parts_en.append(f"{kind_en} {name}")
        previous = part
    return ", ".join(parts_id), ", ".join(parts_en)


def _record_name(node: Any, collection: str) -> str | None:
    if not isinstance(node, dict):
        return None
    if collection == "travel_times" and isinstance(node.get("from"), str) and isinstance(node.get("to"), str):
        return f"{node['from']}→{node['to']}"
    for name in ("key", "name") if collection == "participants" else ("key",):
        value = node.get(name)
        if isinstance(value, str) and value:
            return value[:70]
    return None


def refusal(source: str, document: Any, path: Path_, problem_id: str, problem_en: str) -> ExchangeFileError:
    """One line: '<file>: <record> (<json path>): <problem>'."""
    where_id, where_en = record_place(document, path)
    location = json_path(path)
    if where_id and location:
        head_id, head_en = f"{source}: {where_id} ({location})", f"{source}: {where_en} ({location})"
    elif location:
        head_id = head_en = f"{source} ({location})"
    else:
        head_id = head_en = source
    return ExchangeFileError(f"{head_id}: {problem_id}", f"{head_en}: {problem_en}")


#: The exchange file versions this program reads, with their schema files; it writes the last.
SCHEMA_FILES = {1: "spec/exchange.schema.json", 2: "spec/exchange.schema.v2.json"}
CURRENT_VERSION = 2


@cache
def schema(version: int = 1) -> dict:
    text = resources.files("studitiru").joinpath(SCHEMA_FILES[version]).read_text(encoding="utf-8")
    return _ecma_patterns(json.loads(text))


def _version(document: Any) -> int:
    """The version of a document whose format and version were checked (else 1)."""
    version = document.get("version") if isinstance(document, dict) else None
    return int(version) if version in SCHEMA_FILES and not isinstance(version, bool) else 1


def _ecma_patterns(node: Any) -> Any:
    r"""JSON Schema patterns are ECMA-262 regexes, where `$` is the very end; Python's `$` also
    matches before a final newline ("zi\n" would pass). `\Z` keeps to the schema's meaning."""
    if isinstance(node, dict):
        return {
            name: (re.sub(r"\$$", r"\\Z", value) if name == "pattern" and isinstance(value, str) else _ecma_patterns(value))
            for name, value in node.items()
        }
    if isinstance(node, list):
        return [_ecma_patterns(item) for item in node]
    return node


@cache
def _validator(definition: str | None, version: int = 1) -> Draft202012Validator:
    """jsonschema's validator for the whole file, or for one `$defs` entry."""
    whole = schema(version)
    target = whole if definition is None else {
        "$schema": whole["$schema"], "$defs": whole["$defs"], "$ref": f"#/$defs/{definition}",
    }
    return Draft202012Validator(target, format_checker=Draft202012Validator.FORMAT_CHECKER)


#: The `$defs` entry of the items of each top-level list.
_ITEM_DEFINITIONS = {
    "topics": "topic", "institutions": "institution", "sites": "site", "travel_times": "travel_time",
    "presenters": "presenter", "visits": "visit", "letters": "registered_letter",
    "agenda_revisions": "agenda_revision",
}


def check_schema(document: Any, source: str) -> None:
    """Refuse a document that does not match the schema, with one plain line."""
    if isinstance(document, dict):
        _check_format_and_version(document, source)
    version = _version(document)
    failure = fast_check(version)(document)
    if failure is None:
        return
    # jsonschema explains the failure: on the top-level record that holds it, or on the file.
    if len(failure) >= 2 and failure[0] in _ITEM_DEFINITIONS and isinstance(failure[1], int):
        prefix: Path_ = failure[:2]
        instance = document[failure[0]][failure[1]]
        errors = list(_validator(_ITEM_DEFINITIONS[failure[0]], version).iter_errors(instance))
    else:  # a problem outside the records: look at the file without its (long) lists first
        prefix = ()
        shallow = {name: ([] if isinstance(value, list) else value) for name, value in document.items()} \
            if isinstance(document, dict) else document
        errors = list(_validator(None, version).iter_errors(shallow))
    if not errors:
        prefix = ()
        errors = list(_validator(None, version).iter_errors(document))
    if not errors:  # the fast check disagrees with jsonschema: jsonschema is the authority
        return
    error = min(errors, key=lambda e: (_document_order(instance if prefix else document, e.absolute_path), e.message))
    raise _explain(error, source, document, prefix)


def _document_order(instance: Any, path: Any) -> tuple:
    """Where a path lies in the document: earlier records first."""
    order = []
    node = instance
    for part in path:
        if isinstance(node, dict):
            order.append(list(node).index(part) if part in node else len(node))
        else:
            order.append(part)
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return tuple(order)


def _check_format_and_version(document: dict, source: str) -> None:
    if document.get("format") != "studitiru":
        raise ExchangeFileError(
            f"{source}: bukan berkas pertukaran Studi Tiru (\"format\" harus \"studitiru\").",
            f"{source}: not a Studi Tiru exchange file (\"format\" must be \"studitiru\").",
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, (int, float)) or version not in SCHEMA_FILES:
        shown = json.dumps(version, ensure_ascii=False) if "version" in document else "(tidak ada / missing)"
        raise ExchangeFileError(
            f"{source}: versi berkas {shown} tidak dikenal; program ini membaca berkas versi 1 dan 2.",
            f"{source}: file version {shown} is unknown; this program reads version 1 and 2 files.",
        )


_PATTERN_PROBLEMS = {
    "key": ("kode '{v}' tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 64",
            "the key '{v}' is not valid: use letters, digits, dots, underscores or hyphens, at most 64"),
    "date": ("tanggal '{v}' tidak sah (tulis TTTT-BB-HH)", "the date '{v}' is not valid (write YYYY-MM-DD)"),
    "local_datetime": ("waktu '{v}' tidak sah (tulis TTTT-BB-HHTjj:mm)", "the time '{v}' is not valid (write YYYY-MM-DDThh:mm)"),
    "hhmm": ("jam '{v}' tidak sah (tulis jj:mm, 00:00 sampai 23:59)", "the time of day '{v}' is not valid (write hh:mm, 00:00 to 23:59)"),
}
_TYPES = {
    "object": ("harus berupa objek JSON", "must be a JSON object"),
    "array": ("harus berupa daftar", "must be a list"),
    "string": ("harus berupa teks", "must be text"),
    "integer": ("harus bilangan bulat", "must be a whole number"),
    "boolean": ("harus true atau false", "must be true or false"),
}


def _explain(error: Any, source: str, document: Any, prefix: Path_) -> ExchangeFileError:
    path: Path_ = prefix + tuple(error.absolute_path)
    field = next((p for p in reversed(path) if isinstance(p, str)), None)
    label_id, label_en = field_label(field)
    value = error.instance
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    kind = error.validator
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in value)
        missing_id, missing_en = field_label(missing)
        problem = (f"{missing_id} ('{missing}') wajib ada", f"{missing_en} ('{missing}') is required")
    elif kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = next(name for name in value if name not in known)
        path = path + (extra,)
        problem = (f"kolom '{extra}' tidak dikenal", f"unknown field '{extra}'")
    elif kind == "type":
        problem = _TYPES.get(error.validator_value, (f"harus bertipe {error.validator_value}", f"must be of type {error.validator_value}"))
        problem = (f"{label_id} {problem[0]}", f"{label_en} {problem[1]}")
    elif kind == "enum":
        choices = ", ".join(error.validator_value)
        problem = (f"{label_id} '{shown}' tidak dikenal; pilihan: {choices}", f"{label_en} '{shown}' is not one of: {choices}")
    elif kind == "pattern":
        definition = next((name for name, d in schema()["$defs"].items() if d.get("pattern") == error.validator_value), None)
        template_id, template_en = _PATTERN_PROBLEMS.get(definition or "", (
            "'{v}' tidak sesuai bentuk yang diminta", "'{v}' does not have the required form"))
        problem = (template_id.format(v=shown), template_en.format(v=shown))
    elif kind == "format":
        problem = (f"tanggal '{shown}' tidak ada di kalender", f"the date '{shown}' does not exist")
    elif kind == "minimum":
        problem = (f"{label_id} harus paling sedikit {error.validator_value}", f"{label_en} must be at least {error.validator_value}")
    elif kind == "maximum":
        problem = (f"{label_id} harus paling banyak {error.validator_value}", f"{label_en} must be at most {error.validator_value}")
    elif kind == "maxLength":
        problem = (f"{label_id} terlalu panjang ({len(value)} karakter; paling banyak {error.validator_value})",
                   f"{label_en} is too long ({len(value)} characters; at most {error.validator_value})")
    elif kind == "const":
        problem = (f"{label_id} harus {json.dumps(error.validator_value)}", f"{label_en} must be {json.dumps(error.validator_value)}")
    else:
        problem = (f"{label_id} tidak sesuai skema: {error.message}", f"{label_en} does not match the schema: {error.message}")
    return refusal(source, document, path, *problem)


# --- the fast check --------------------------------------------------------------------

_IGNORED = {"$schema", "$id", "title", "description", "default", "$defs"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


@cache
def fast_check(version: int = 1) -> Check:
    """The schema as closures: `check(document)` gives the path of a failure, or None."""
    whole = schema(version)
    compiled: dict[str, Check] = {}

    def compile_node(node: dict) -> Check:
        unknown = set(node) - _IGNORED - {
            "$ref", "type", "required", "additionalProperties", "properties", "items", "const", "enum",
            "pattern", "format", "maxLength", "minimum", "maximum",
        }
        if unknown:
            raise NotImplementedError(f"exchange schema keyword(s) not compiled: {sorted(unknown)}")
        if "$ref" in node:
            name = node["$ref"].removeprefix("#/$defs/")
            if set(node) - _IGNORED - {"$ref"}:
                raise NotImplementedError("$ref with siblings")
            if name not in compiled:
                compiled[name] = None  # type: ignore[assignment]  # placeholder while compiling
                compiled[name] = compile_node(whole["$defs"][name])
            return compiled[name]
        checks: list[Check] = []
        kind = node.get("type")
        if kind is not None:
            checks.append(_type_check(kind))
        if "const" in node:
            checks.append(_enum_check([node["const"]]))
        if "enum" in node:
            checks.append(_enum_check(node["enum"]))
        if "pattern" in node:
            search = re.compile(node["pattern"]).search  # already ECMA-262's meaning (see schema())
            checks.append(lambda v: None if not isinstance(v, str) or search(v) else ())
        if node.get("format") == "date":
            checks.append(_date_check)
        if "maxLength" in node:
            most = node["maxLength"]
            checks.append(lambda v: None if not isinstance(v, str) or len(v) <= most else ())
        if "minimum" in node or "maximum" in node:
            low, high = node.get("minimum"), node.get("maximum")
            checks.append(lambda v: None if not _is_number(v) or ((low is None or v >= low) and (high is None or v <= high)) else ())
        if "properties" in node or "required" in node or "additionalProperties" in node:
            checks.append(_object_check(node, compile_node))
        if "items" in node:
            item = compile_node(node["items"])
            checks.append(lambda v: None if not isinstance(v, list) else _items(v, item))
        if len(checks) == 1:
            return checks[0]
        return lambda v: next((failure for check in checks if (failure := check(v)) is not None), None)

    return compile_node(whole)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _type_check(kind: str) -> Check:
    if kind == "object":
        return lambda v: None if isinstance(v, dict) else ()
    if kind == "array":
        return lambda v: None if isinstance(v, list) else ()
    if kind == "string":
        return lambda v: None if isinstance(v, str) else ()
    if kind == "boolean":
        return lambda v: None if isinstance(v, bool) else ()
    if kind == "integer":
        return lambda v: None if (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()) else ()
    raise NotImplementedError(f"type {kind}")


def _enum_check(choices: list) -> Check:
    def check(value: Any) -> Path_ | None:
        for choice in choices:
            if isinstance(choice, bool) or isinstance(value, bool):
                if value is choice:
                    return None
            elif type(choice) is str or type(value) is str:
                if value == choice:
                    return None
            elif value == choice and not isinstance(value, (list, dict)):
                return None
        return ()
    return check


def _date_check(value: Any) -> Path_ | None:
    if not isinstance(value, str):
        return None
    if not _DATE.fullmatch(value):
        return ()
    try:
        date.fromisoformat(value)
    except ValueError:
        return ()
    return None


def _items(values: list, item: Check) -> Path_ | None:
    for index, value in enumerate(values):
        failure = item(value)
        if failure is not None:
            return (index, *failure)
    return None


def _object_check(node: dict, compile_node: Callable[[dict], Check]) -> Check:
    properties = {name: compile_node(sub) for name, sub in node.get("properties", {}).items()}
    required = tuple(node.get("required", ()))
    closed = node.get("additionalProperties", True) is False
    if node.get("additionalProperties", True) not in (True, False):
        raise NotImplementedError("additionalProperties schema")

    def check(value: Any) -> Path_ | None:
        if not isinstance(value, dict):
            return None
        for name in required:
            if name not in value:
                return ()
        for name, item in value.items():
            sub = properties.get(name)
            if sub is None:
                if closed:
                    return ()
                continue
            failure = sub(item)
            if failure is not None:
                return (name, *failure)
        return None

    return check
