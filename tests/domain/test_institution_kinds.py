"""What the new-institution dialog proposes from the typed name."""

from __future__ import annotations

import pytest

from studitiru.domain.institution_kinds import PROVINCES, guess_kind, guess_province
from studitiru.domain.records import InstitutionKind as K


@pytest.mark.parametrize(("name", "kind", "province"), [
    ("Pemerintah Kabupaten Kubu Raya", K.REGENCY, None),
    ("Pemkab Sintang", K.REGENCY, None),
    ("Pemerintah Kota Balikpapan", K.CITY, None),  # not Bali
    ("Pemerintah Provinsi Kalimantan Tengah", K.PROVINCE, "Kalimantan Tengah"),
    ("Dinas Kesehatan Provinsi Kalimantan Tengah", K.AGENCY, "Kalimantan Tengah"),
    ("RSUD dr. Soedarso", K.HOSPITAL, None),
    ("Kementerian PANRB", K.MINISTRY, None),
    ("Pemprov Papua Barat Daya", K.PROVINCE, "Papua Barat Daya"),
    ("Universitas Tanjungpura", None, None),
])
def test_guesses(name, kind, province):
    assert guess_kind(name) is kind
    assert guess_province(name) == province


def test_the_38_provinces():
    assert len(PROVINCES) == len(set(PROVINCES)) == 38
