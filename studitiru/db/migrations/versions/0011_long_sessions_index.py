"""an index of the sessions that last more than a day (SQLite)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

The timetable asks for the sessions that overlap the days it shows (`starts_at < end AND
ends_at > start`). SQLite answers such an interval question with one range of one index: the
(starts_at, ends_at) index ranged on `starts_at < end` walks every session before the day shown,
so today's timetable of a ten-year office read 50,000 index entries to find none (12 ms, and
growing with every year). `agenda.sessions_between` now asks two narrow questions instead: the
sessions that start between a day before the window and its end (a range of the existing index),
and the few that last more than a day and end after the window starts (this partial index).

PostgreSQL plans the single question well with its statistics and gets no index here.
A new index on an existing table needs no rebuild and puts no row at risk.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

LONG = "julianday(ends_at) - julianday(starts_at) > 1"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_sessions_long ON sessions (ends_at) WHERE {LONG}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_sessions_long")
