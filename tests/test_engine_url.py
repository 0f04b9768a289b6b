"""A database URL that cannot be used is named in the message, never with its password."""

from __future__ import annotations

import pytest

from studitiru.db.engine import DatabaseError, create_url_engine


def test_an_unreadable_url_hides_its_password():
    url = "postgresql+psycopg://bob:hunter2@host:notaport/db"
    with pytest.raises(DatabaseError) as caught:
        create_url_engine(url)
    for lang in ("id", "en"):
        text = caught.value.message(lang)
        assert "hunter2" not in text and "bob:***@host" in text
