"""agenda revisions: what was sent to the visitors

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

- `agenda_revisions`: one row per released revision of a visit's agenda (1, 2, … per visit,
  unique together): when and by whom (the OS user, as the history records it), the note, and
  the frozen snapshot of the agenda as JSON (each session's key, times, title, kind, site key
  and name, presenters' keys and names, topics, and the visit's header as printed). The visit
  is named by its key as text, with no foreign key: a revision was sent, it outlives edits,
  deletes and an import that replaces the visit. `produced_at`/`produced_as`: when an
  itinerary or a calendar was first printed or saved from the revision (its release can then
  no longer be undone).

A new table only: nothing is rebuilt, no child row is at risk (foreign keys stay off around
the migration all the same, `db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_key", sa.String(64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("produced_at", sa.DateTime(), nullable=True),
        sa.Column("produced_as", sa.String(16), nullable=True),
        sa.CheckConstraint("number >= 1", name="ck_agenda_revisions_number_positive"),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_revisions"),
        sa.UniqueConstraint("visit_key", "number", name="uq_agenda_revisions_visit_key"),
    )


def downgrade() -> None:
    op.drop_table("agenda_revisions")
