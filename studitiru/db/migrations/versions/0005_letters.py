"""letters: the register of outgoing letters, its settings and counter; contacts, NIP and rank

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

- `letters`: the register (agenda surat keluar). One row per number ever given: its year and
  running sequence (unique together), the formatted number, date, kind, the visit's key as
  text (no foreign key: a letter outlives its visit, it was sent), what it is to (a
  presenter's key for a nota dinas), addressee, subject, language, status issued/void and
  the letter it replaces. A partial unique index allows one issued letter per (visit, kind,
  target).
- `letter_counters`: the last sequence given per year (locked row by row while a number is
  taken, so that two officers on one server never share a number).
- `letter_settings`: one row (id 1) of the office's letter settings as JSON, with a row version.
- `visit_officers`: the host officers assigned to a visit (for the surat tugas).
- `visits`: the phone and e-mail of the leader and the liaison officer, the liaison's NIP and
  rank, the dress for the welcome.

New tables and added columns only: no table is rebuilt, no child row is at risk (foreign
keys stay off around the migration all the same, `db.schema.upgrade`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VISIT_COLUMNS = ("leader_phone", "leader_email", "liaison_phone", "liaison_email", "liaison_nip", "liaison_rank", "dress")


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        for name in VISIT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))
    op.create_table(
        "visit_officers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("rank", sa.Text(), nullable=True),
        sa.Column("nip", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_visit_officers_visit_id_visits", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_visit_officers"),
    )
    op.create_index("ix_visit_officers_visit_id_ordinal", "visit_officers", ["visit_id", "ordinal"])
    op.create_table(
        "letter_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_letter_settings"),
    )
    op.create_table(
        "letter_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_letter_counters"),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("visit_key", sa.String(64), nullable=True),
        sa.Column("target", sa.String(64), nullable=False, server_default=""),
        sa.Column("addressee", sa.Text(), nullable=False, server_default=""),
        sa.Column("subject", sa.Text(), nullable=False, server_default=""),
        sa.Column("lang", sa.String(2), nullable=False, server_default="id"),
        sa.Column("status", sa.String(8), nullable=False, server_default="issued"),
        sa.Column("voided_on", sa.Date(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint("status IN ('issued', 'void')", name="ck_letters_status_known"),
        sa.CheckConstraint("sequence >= 1", name="ck_letters_sequence_positive"),
        sa.ForeignKeyConstraint(["replaces_id"], ["letters.id"], name="fk_letters_replaces_id_letters", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_letters"),
        sa.UniqueConstraint("year", "sequence", name="uq_letters_year_sequence"),
    )
    op.create_index("ix_letters_visit_key", "letters", ["visit_key"])
    op.create_index(
        "uq_letters_one_issued", "letters", ["visit_key", "kind", "target"], unique=True,
        sqlite_where=sa.text("status = 'issued'"), postgresql_where=sa.text("status = 'issued'"),
    )


def downgrade() -> None:
    op.drop_index("uq_letters_one_issued", table_name="letters")
    op.drop_index("ix_letters_visit_key", table_name="letters")
    op.drop_table("letters")
    op.drop_table("letter_counters")
    op.drop_table("letter_settings")
    op.drop_index("ix_visit_officers_visit_id_ordinal", table_name="visit_officers")
    op.drop_table("visit_officers")
    with op.batch_alter_table("visits") as batch:
        for name in VISIT_COLUMNS:
            batch.drop_column(name)
