"""row versions on photos; a lesson's indicator

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

- `photos.row_version` (1 for every existing photo), as 0004 gave the other records an officer
  edits: the ORM bumps it on every update and updates with `WHERE row_version = <the version
  read>`; the services refuse a caption edit, a reorder, a delete (and their undos) made on a
  version the officer no longer sees.
- `lessons.indicator`: the indikator of a lesson's follow-up (the summary's rencana tindak
  lanjut table), optional text, empty for every existing lesson.

Adding a column needs no rebuild (SQLite's ALTER TABLE ADD COLUMN), so no table is recreated
and no child row is at risk (foreign keys stay off around the migration all the same,
`db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("lessons") as batch:
        batch.add_column(sa.Column("indicator", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("lessons") as batch:
        batch.drop_column("indicator")
    with op.batch_alter_table("photos") as batch:
        batch.drop_column("row_version")
