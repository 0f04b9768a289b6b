"""What the window proposes for an institution added on the spot: the kind its name suggests
("Pemerintah Kabupaten …" is a regency) and the provinces of Indonesia to choose from."""

from __future__ import annotations

import re

from studitiru.domain.records import InstitutionKind

#: The 38 provinces, as their names are written (the officer may type another).
PROVINCES: tuple[str, ...] = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat",
    "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
    "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya",
    "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
)

# First match wins: a regency's hospital is a hospital, a province's agency an agency.
_HINTS: tuple[tuple[InstitutionKind, tuple[str, ...]], ...] = (
    (InstitutionKind.HOSPITAL, ("rsud", "rumah sakit", "rsup", "hospital")),
    (InstitutionKind.MINISTRY, ("kementerian", "kemen", "ministry")),
    (InstitutionKind.AGENCY, ("badan ", "dinas ", "lembaga ", "agency", "kantor ", "bappeda", "bkpsdm", "bpsdm",
                              "bkd ", "inspektorat", "sekretariat")),
    (InstitutionKind.PROVINCE, ("pemerintah provinsi", "pemprov", "provinsi", "province")),
    (InstitutionKind.REGENCY, ("pemerintah kabupaten", "pemkab", "kabupaten", "regency")),
    (InstitutionKind.CITY, ("pemerintah kota", "pemkot", "kota ", "city")),
)


def guess_kind(name: str) -> InstitutionKind | None:
    """The kind the name suggests ('Pemkab Kubu Raya' → regency), else None."""
    text = " ".join(name.casefold().split()) + " "
    for kind, hints in _HINTS:
        if any(text.startswith(hint) or f" {hint}" in f" {text}" for hint in hints):
            return kind
    return None


def guess_province(name: str) -> str | None:
    """The province the name names as whole words ('… Provinsi Kalimantan Tengah'), else None."""
    words = f" {' '.join(re.split(r'[^0-9a-z]+', name.casefold()))} "
    for province in sorted(PROVINCES, key=len, reverse=True):
        if f" {province.casefold()} " in words:
            return province
    return None
