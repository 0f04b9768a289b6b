"""check constraints: what the services refuse, the database refuses too

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

SQLite cannot add a CHECK constraint to a table in place, so each table is rebuilt in
batch mode. `visits` is the parent of participants, sessions and lessons: rebuilding it
with foreign keys on would cascade-delete them all. `studitiru.db.schema.upgrade` runs
this with foreign keys off and `foreign_key_check` before the commit;
tests/test_migrations.py proves nothing is lost. Other engines (PostgreSQL) add the
constraints in place (`recreate="auto"`): rebuilding there would trip over the foreign keys
that depend on the primary key.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHECKS = {
    "visits": (
        ("ends_on_not_before_starts_on", "ends_on >= starts_on"),
        ("status_known", "status IN ('requested', 'confirmed', 'completed', 'reported', 'cancelled')"),
        ("headcount_positive", "headcount IS NULL OR headcount >= 1"),
    ),
    "sessions": (
        ("ends_after_starts", "ends_at > starts_at"),
        ("headcount_positive", "headcount IS NULL OR headcount >= 1"),
    ),
    "lessons": (("status_known", "status IN ('noted', 'planned', 'in_progress', 'adopted', 'dropped')"),),
    "sites": (("capacity_positive", "capacity IS NULL OR capacity >= 1"),),
}


def _recreate() -> str:
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, recreate=_recreate()) as batch:
            for name, condition in checks:
                batch.create_check_constraint(name, condition)


def downgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, recreate=_recreate()) as batch:
            for name, _ in checks:
                batch.drop_constraint(f"ck_{table}_{name}", type_="check")
