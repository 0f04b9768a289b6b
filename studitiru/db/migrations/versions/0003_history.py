"""history: every change, when, by which OS user, before and after

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

A new table only (no rebuild of an existing one). No foreign keys: the history of a deleted
visit stays. `visit_key` with `changed_at` is indexed for the visit editor's history view.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_key", sa.Text(), nullable=True),
        sa.Column("visit_key", sa.String(length=64), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    op.create_index("ix_history_visit_key_changed_at", "history", ["visit_key", "changed_at"])
    op.create_index("ix_history_changed_at", "history", ["changed_at"])


def downgrade() -> None:
    op.drop_index("ix_history_changed_at", table_name="history")
    op.drop_index("ix_history_visit_key_changed_at", table_name="history")
    op.drop_table("history")
