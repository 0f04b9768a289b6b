"""PostgreSQL only (STUDITIRU_TEST_POSTGRES=1): the same data gives the same export bytes on
both engines, the command works on `--database-url`, and a lost server connection is a plain
message with nothing half-written, after which the next call reconnects (pool_pre_ping)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studitiru import cli
from studitiru.db.schema import open_database
from studitiru.errors import DatabaseError
from studitiru.services import checks, exchange, visits
from studitiru.services.demo import demo_document
from studitiru.services.exchange_export import export_bytes

pytestmark = pytest.mark.postgres_only

EXAMPLE = Path(__file__).parent / "data" / "example.json"
TODAY = date(2026, 11, 23)


def _fill(database) -> None:  # noqa: ANN001
    exchange.import_document(database, demo_document(TODAY), "demo")
    exchange.import_file(database, EXAMPLE)


def test_export_is_byte_identical_on_sqlite_and_postgresql(pg_server, tmp_path):
    sqlite = open_database(tmp_path / "office.sqlite3")
    url = pg_server.new_database(migrated=False)  # migrated here, from nothing
    postgres = open_database(url=url)
    try:
        _fill(sqlite)
        _fill(postgres)
        on_sqlite, on_postgres = export_bytes(sqlite), export_bytes(postgres)
        assert on_sqlite == on_postgres
        assert b"row_version" not in on_postgres and on_postgres.count(b'"version"') == 1  # the format's only
        keys = ["ST-2025-014"]
        assert export_bytes(sqlite, keys) == export_bytes(postgres, keys)
        assert checks.check_database(sqlite) == checks.check_database(postgres)
        # Round trip on the server: export, import into another server database, same bytes.
        copy = open_database(url=pg_server.new_database())
        exchange.import_document(copy, json.loads(on_postgres), "all.json")
        assert export_bytes(copy) == on_postgres
        copy.dispose()
    finally:
        sqlite.dispose()
        postgres.dispose()
        pg_server.drop_database(url)


def test_the_command_moves_a_sqlite_file_onto_the_server(pg_server, tmp_path, capsys):
    office = tmp_path / "office.sqlite3"
    url = pg_server.new_database(migrated=False)
    try:
        assert cli.main(["--db", str(office), "import", str(EXAMPLE)]) == 0
        assert cli.main(["--db", str(office), "export", "--out", str(tmp_path / "all.json")]) == 0
        assert cli.main(["--database-url", url, "import", str(tmp_path / "all.json")]) == 0
        assert cli.main(["--database-url", url, "export", "--out", str(tmp_path / "again.json")]) == 0
        assert (tmp_path / "again.json").read_bytes() == (tmp_path / "all.json").read_bytes()
        capsys.readouterr()
        assert cli.main(["--database-url", url.replace(str(pg_server.port), "1"), "check"]) == 2
        error = capsys.readouterr().err
        assert "tidak dapat dihubungi" in error or "cannot be reached" in error
        assert "Traceback" not in error
    finally:
        pg_server.drop_database(url)


def test_connection_loss_is_a_plain_message_then_the_next_call_reconnects(pg_server, db):
    exchange.import_file(db, EXAMPLE)
    seen = visits.get_visit(db, "ST-2025-014")
    pg_server.stop("fast")
    try:
        with pytest.raises(DatabaseError) as lost:
            visits.update_visit(db, replace(seen, title="Tidak tersimpan"))
        assert "tidak dapat dihubungi" in lost.value.message("id")
        assert "cannot be reached" in lost.value.message("en")
        with pytest.raises(DatabaseError):
            exchange.import_document(db, demo_document(TODAY), "demo")
    finally:
        pg_server.start()
    now = visits.get_visit(db, "ST-2025-014")  # the pool pings and reconnects
    assert now.title == seen.title and now.version == seen.version  # nothing half-written
    assert [row.key for row in visits.list_visits(db)] == ["ST-2025-014"]  # the demo import left nothing
    assert visits.update_visit(db, replace(now, title="Tersimpan")).title == "Tersimpan"
