"""A throwaway PostgreSQL cluster for the test suite (`STUDITIRU_TEST_POSTGRES=1`).

`PostgresServer.start()` runs the distribution's `initdb` into a temporary folder and starts
`postgres` on 127.0.0.1 at a random free port (its socket in the same folder), with fsync off:
the cluster lives for one test session and is deleted at the end. PostgreSQL refuses to run
as root, so under root the cluster belongs to the `postgres` system user that the Debian
package creates (or to a `studitiru-pg` user made with `useradd`), and the programs run
through `runuser`.

Each test gets its own database, copied from a template that is migrated once
(`CREATE DATABASE test_<n> TEMPLATE studitiru_template`): a fresh, fully migrated database
in a few milliseconds instead of a migration per test.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_USER = "postgres"
FALLBACK_USER = "studitiru-pg"
SUPERUSER = "studitiru"
TEMPLATE = "studitiru_template"


def find_bin() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: Debian keeps them out of PATH, under /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> str | None:
    """The user to run the server as when we are root (created if need be), else None."""
    if os.geteuid() != 0:
        return None
    for name in (SERVER_USER, FALLBACK_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", FALLBACK_USER],
                   check=True, capture_output=True)
    return FALLBACK_USER


class PostgresServer:
    """`durable=True`: the server's own safe defaults (fsync and synchronous commit on), for the
    tests that stop it at once: the shared cluster's fast settings lose commits on such a stop."""

    def __init__(self, durable: bool = False) -> None:
        self.durable = durable
        bin_dir = find_bin()
        if bin_dir is None:
            raise RuntimeError("STUDITIRU_TEST_POSTGRES=1 but PostgreSQL is not installed (no initdb): "
                               "apt-get install postgresql")
        self.bin = bin_dir
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="studitiru-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self._counter = 0
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o755)

    def _cmd(self, *args: str) -> list[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *command] if self.user is not None else command

    def init(self) -> None:
        subprocess.run(
            self._cmd("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync"),
            check=True, capture_output=True, cwd=self.root,
        )

    def start(self) -> None:
        if not self.data.exists():
            self.init()
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        subprocess.run(self._cmd("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log),
                                 "-o", options),
                       check=True, capture_output=True, cwd=self.root)

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(self._cmd("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data)),
                       capture_output=True, cwd=self.root)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str) -> None:
        """Statements outside a transaction (CREATE/DROP DATABASE), on the maintenance database."""
        import psycopg  # noqa: PLC0415 - only under STUDITIRU_TEST_POSTGRES

        for attempt in range(50):
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                                     autocommit=True) as connection:
                    for statement in statements:
                        connection.execute(statement)
                return
            except psycopg.errors.ObjectInUse:  # the template still has a connection closing
                time.sleep(0.1 if attempt < 49 else 0)
        raise RuntimeError(f"cannot run {statements}")

    def prepare_template(self) -> None:
        """A migrated empty database that every test's database is copied from."""
        from studitiru.db.schema import open_database  # noqa: PLC0415

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        database = open_database(url=self.url(TEMPLATE))
        database.dispose()

    def new_database(self, migrated: bool = True) -> str:
        """A fresh database's URL: migrated (copied from the template), or empty."""
        self._counter += 1
        name = f"test_{self._counter}"
        self.admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if migrated else ""))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def running(durable: bool = False) -> Iterator[PostgresServer]:
    """A started cluster with its migrated template, destroyed afterwards (a fixture's body)."""
    server = PostgresServer(durable=durable)
    try:
        server.start()
        server.prepare_template()
        yield server
    finally:
        server.destroy()
