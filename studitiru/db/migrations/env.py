"""Alembic environment: run by `studitiru.db.schema.upgrade` on a connection it hands over.

Batch mode always (SQLite cannot ALTER most things); the connection arrives with foreign
keys off and inside a transaction, and the caller runs `foreign_key_check` before commit.
"""

from alembic import context

from studitiru.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line gets here
    raise RuntimeError("Run migrations through studitiru.db.schema, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
