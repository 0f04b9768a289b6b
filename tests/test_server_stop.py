"""The PostgreSQL server stopped hard (`pg_ctl stop -m immediate`: every server process killed)
in the middle of an import and of an edit, then started again (issue 14; README "Fault
injection"). Nothing is half-written: the import's visits are all there or none; the edit is
whole or absent. The interrupted call says, in one sentence, that the server cannot be reached;
the same `Database` object (the window) carries on once the server is back.

Runs its own cluster with the server's durable defaults (fsync and synchronous commit on), not
the shared test cluster, which it would stop, and whose settings trade durability for speed."""

from __future__ import annotations

import copy
import json
import random
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import DatabaseError
from studitiru.services import exchange, visits

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISITS = 300


@pytest.fixture(scope="module")
def durable_server():
    from tests.pg_server import running  # noqa: PLC0415

    with running(durable=True) as server:
        yield server

def _big_document() -> dict:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = document["visits"][0]
    document["visits"] = []
    for number in range(VISITS):
        visit = copy.deepcopy(template)
        key = f"ST-2030-{number:03d}"
        visit["key"] = key
        visit["participants"] = [{"name": f"Peserta {n}", "role": "member"} for n in range(10)]
        for index, item in enumerate(visit["sessions"], start=1):
            item["key"] = f"{key}-{index}"
        for lesson in visit["lessons"]:
            lesson["key"], lesson["session"] = f"{key}-L1", f"{key}-2"
        document["visits"].append(visit)
    return document


def _count(db, prefix: str) -> int:
    return sum(1 for row in visits.list_visits(db) if row.key.startswith(prefix))


def _stopped_during(server, work, delay: float) -> BaseException | None:
    """Run `work` in a thread, stop the server hard after `delay` seconds, start it again;
    the exception `work` raised, or None."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # noqa: BLE001 - returned to the test
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(delay)
    server.stop("immediate")
    thread.join(timeout=120)
    assert not thread.is_alive(), "the call hung on a stopped server"
    server.start()
    return raised[0] if raised else None


def test_an_import_is_whole_or_absent_when_the_server_stops(durable_server):
    url = durable_server.new_database()
    rng = random.Random(14)
    db = open_database(url=url)
    try:
        exchange.import_file(db, EXAMPLE)
        document = _big_document()
        started = time.perf_counter()
        exchange.import_document(db, document, "big.json")
        uncut = time.perf_counter() - started
        outcomes = []
        for _ in range(4):
            with db.write() as session:
                session.execute(text("DELETE FROM visits WHERE key LIKE 'ST-2030-%'"))
            error = _stopped_during(durable_server, lambda: exchange.import_document(db, document, "big.json"),
                                    rng.uniform(0.05, uncut))
            if error is not None:
                assert isinstance(error, DatabaseError), repr(error)
                assert "cannot be reached" in error.message("en") and "\n" not in error.message("en")
            count = _count(db, "ST-2030-")  # the same Database object carries on with the server back
            assert count in (0, VISITS)
            assert error is not None or count == VISITS
            outcomes.append(count)
        assert visits.get_visit(db, "ST-2025-014").title  # the rest is as it was
    finally:
        db.dispose()


def test_an_edit_when_the_server_is_down_is_refused_and_the_window_carries_on(durable_server):
    url = durable_server.new_database()
    db = open_database(url=url)
    try:
        exchange.import_file(db, EXAMPLE)
        people = tuple(r.Participant(f"Peserta {n}", "Staf") for n in range(2000))
        started = time.perf_counter()
        visits.set_participants(db, "ST-2025-014", people)
        uncut = time.perf_counter() - started
        fewer = people[:500]
        error = _stopped_during(durable_server, lambda: visits.set_participants(db, "ST-2025-014", fewer), uncut / 2)
        count = len(visits.get_visit(db, "ST-2025-014").participants)
        assert count in (len(people), len(fewer))  # the old list or the new one, never a mix
        if error is not None:
            assert isinstance(error, DatabaseError) and "cannot be reached" in error.message("en")
        durable_server.stop("immediate")
        with pytest.raises(DatabaseError) as refused:
            visits.set_participants(db, "ST-2025-014", people[:10])
        assert refused.value.message("en").startswith("The database server ") and "cannot be reached" in \
            refused.value.message("en")
        durable_server.start()
        assert len(visits.set_participants(db, "ST-2025-014", people[:10]).participants) == 10
    finally:
        db.dispose()
