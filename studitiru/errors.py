"""Errors a user can fix, each with a message in plain words in Indonesian and English.

Anything that is not a `UserError` is a bug and shows as one. Every `UserError` names what
is wrong and where (the file, the record key, the field).
"""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can act on. `str(error)` is the Indonesian message."""

    def __init__(self, message_id: str, message_en: str | None = None) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.message_en = message_en if message_en is not None else message_id

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


class ValidationError(UserError):
    """A field of a record has a value that cannot be stored."""


class NotFoundError(UserError):
    """A key names no record."""


class InUseError(UserError):
    """A record cannot be deleted because others refer to it."""


class ConflictError(UserError):
    """A key is already taken, or the record changed under the user."""


class ChangedByOtherError(ConflictError):
    """The record was changed by another officer since it was shown: reload, then try again."""


class ExchangeFileError(UserError):
    """An exchange (or spreadsheet) file cannot be read or does not match the schema."""


class DatabaseError(UserError):
    """The database cannot be used: unreadable, corrupt, locked, or from a newer program."""
