"""Database server URLs (PostgreSQL), read and written without Qt: what the server dialog and
the remembered server need (the window itself imports no SQLAlchemy; tests/test_layers.py)."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

DRIVER = "postgresql+psycopg"


def server_account(url: str) -> tuple[str, str, int, str] | None:
    """(user, host, port, database) of a PostgreSQL URL naming a user and a host, else None."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - any URL that cannot be read names no account
        return None
    if not parsed.drivername.startswith("postgresql") or not parsed.username or not parsed.host:
        return None
    return parsed.username, parsed.host, parsed.port or 5432, parsed.database or ""


def has_password(url: str) -> bool:
    return bool(make_url(url).password)


def shown(url: str) -> str:
    """The URL with its password as ***."""
    return make_url(url).render_as_string(hide_password=True)


def with_password(url: str, password: str) -> str:
    """`url` with `password` in it (in memory only: for opening, never to be remembered)."""
    return make_url(url).set(password=password or None).render_as_string(hide_password=False)


def server_url(host: str, port: int, database: str, user: str, password: str | None = None) -> str:
    url = URL.create(DRIVER, username=user or None, password=password or None, host=host, port=port, database=database)
    return url.render_as_string(hide_password=False)


def without_password(url: str) -> str | None:
    """A PostgreSQL URL without its password (what may be remembered); None for any other URL."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("postgresql"):
        return None
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query)
    return bare.render_as_string(hide_password=False)
