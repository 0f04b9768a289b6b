"""photos: a visit's documentation photos and the free parts of the host's activity report

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

- `photos`: one row per documentation photo of a visit (optionally of one of its sessions):
  its key (`<visit>-F<n>`), its place in the visit's order, caption, date taken (EXIF), the
  original file's name, and the stored copy (JPEG, at most 1600 px on the long side, EXIF
  orientation applied) with its size and a small JPEG thumbnail. The photo goes with its
  visit; a deleted session leaves its photos to the visit.
- `visit_report_notes`: the parts of the activity report (laporan kegiatan) the officer writes:
  umum, simpulan dan saran, hambatan; one row per visit, gone with it.

New tables only: nothing is rebuilt, no child row is at risk (foreign keys stay off around
the migration all the same, `db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("width >= 1 AND height >= 1", name="ck_photos_size_positive"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_photos_visit_id_visits", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], name="fk_photos_session_id_sessions", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
        sa.UniqueConstraint("key", name="uq_photos_key"),
    )
    op.create_index("ix_photos_visit_id_ordinal", "photos", ["visit_id", "ordinal"])
    op.create_index("ix_photos_session_id", "photos", ["session_id"])
    op.create_table(
        "visit_report_notes",
        sa.Column("visit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("overview", sa.Text(), nullable=True),
        sa.Column("conclusions", sa.Text(), nullable=True),
        sa.Column("obstacles", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_visit_report_notes_visit_id_visits", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_report_notes"),
    )


def downgrade() -> None:
    op.drop_table("visit_report_notes")
    op.drop_index("ix_photos_session_id", table_name="photos")
    op.drop_index("ix_photos_visit_id_ordinal", table_name="photos")
    op.drop_table("photos")
