"""row versions on travel times and the host office's settings

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

A `row_version` integer (1 for every existing row) on `travel_times` and `host_settings`, as
0004 gave the other records an officer edits: the ORM bumps it on every update and updates
with `WHERE row_version = <the version read>`; the services refuse a travel-time or
host-settings edit (and its undo) made on a version the officer no longer sees. Adding a
column needs no rebuild (SQLite's ALTER TABLE ADD COLUMN), so no table is recreated and no
child row is at risk (foreign keys stay off around the migration all the same,
`db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("travel_times", "host_settings")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
