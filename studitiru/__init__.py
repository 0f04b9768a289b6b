"""Studi Tiru: plan, run and report study visits for the protocol office of an Indonesian local government."""

from __future__ import annotations


def version() -> str:
    """The program's version, from one place: the package metadata (pyproject.toml's `version`).

    A wheel, an editable install and the one-folder bundle (which copies the metadata) all have it;
    a bare checkout that was never installed says so instead of guessing."""
    from importlib.metadata import PackageNotFoundError, version as metadata_version

    try:
        return metadata_version("studitiru")
    except PackageNotFoundError:
        return "0+unknown (not installed)"
