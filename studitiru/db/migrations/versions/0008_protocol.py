"""protocol: the office's order of precedence and rundown template, each visit's welcome protocol

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

- `protocol_settings`: one row (id 1) of the office's protocol settings as JSON
  (`services.protocol`): its order of precedence (UU 9/2010 Pasal 11(1) and 10(1) as shipped,
  as its Perbup edits them) and its template of the welcome's order (susunan acara), with a
  row version.
- `visit_protocol`: one row per visit, gone with it: the welcome's people with their confirmed
  ranks, honorifics, substitutes and spouses, the head table's size, the officer's seat moves
  and the visit's rundown, as JSON, with a row version.

New tables only: nothing is rebuilt, no child row is at risk (foreign keys stay off around
the migration all the same, `db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "protocol_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_protocol_settings"),
    )
    op.create_table(
        "visit_protocol",
        sa.Column("visit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_visit_protocol_visit_id_visits", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_protocol"),
    )


def downgrade() -> None:
    op.drop_table("visit_protocol")
    op.drop_table("protocol_settings")
