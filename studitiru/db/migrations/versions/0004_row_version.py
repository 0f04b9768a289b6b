"""row versions: several officers at once (optimistic locking)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

A `row_version` integer (1 for every existing row) on the records an officer edits: visits,
sessions, lessons, topics, institutions, sites, presenters. The ORM bumps it on every update
and updates with `WHERE row_version = <the version read>` (`version_id_col`); a service
that gets the version the user saw refuses the edit when it no longer matches. Batch mode,
but adding a column needs no rebuild (SQLite's ALTER TABLE ADD COLUMN), so no table is
recreated and no child row is at risk.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("visits", "sessions", "lessons", "topics", "institutions", "sites", "presenters")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
