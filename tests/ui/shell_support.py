"""Helpers for the shell's tests: the window's language installed for one test, then removed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from studitiru.ui import translations


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Install our translators (and Qt's default locale) for `lang`; put everything back after."""
    before = QLocale()
    translations.install(lang)
    try:
        yield
    finally:
        translations.uninstall()
        QLocale.setDefault(before)
