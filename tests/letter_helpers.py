"""An office ready to write letters: the example visit confirmed, with its request letter, liaison
(phone, e-mail, NIP, rank), officers and dress, and the letter settings with a signatory."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.letters import KindSettings, Signatory
from studitiru.services import exchange, letters, visits

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT = "ST-2025-014"
TODAY = date(2025, 11, 24)
SIGNER = Signatory("Sekretaris Daerah", "Dr. H. Mulyadi, M.Si.", "Pembina Utama Madya (IV/d)",
                   "19680512 199303 1 007", "a.n. Wali Kota Pontianak")
DEPUTY = Signatory("Kepala Bagian Protokol dan Komunikasi Pimpinan", "Rina Andayani, S.Sos., M.AP.",
                   "Pembina (IV/a)", "19790321 200501 2 004", "a.n. Wali Kota Pontianak\nSekretaris Daerah\nu.b.")
LIAISON = r.Person("Yuliani Safitri, S.IP.", "Kepala Subbagian Protokol", "0812-5678-9012", "protokol@pontianak.go.id",
                   "19850714 201001 2 015", "Penata Tk. I (III/d)")
OFFICERS = (r.Officer("Hendra Saputra", "Pengelola Protokol", "Penata Muda (III/a)", "19920101 201503 1 002"),)


def prepare_office(db: Database, status: r.VisitStatus = r.VisitStatus.CONFIRMED) -> r.Visit:
    exchange.import_file(db, EXAMPLE)
    visit = visits.get_visit(db, VISIT)
    visit = visits.update_visit(db, replace(
        visit, liaison=LIAISON, officers=OFFICERS, dress="Pakaian Dinas Harian (PDH)",
        leader=r.Person("Sufrianor", "Pj Sekretaris Daerah Kabupaten Balangan", "0813-1111-2222"),
        request_letter=r.Letter("000.1.5/412/Setda", date(2025, 11, 10)),
    ))
    visits.change_status(db, VISIT, status, force=True)
    settings = letters.get_settings(db)
    letters.update_settings(db, replace(
        settings, city="Pontianak", signatory=SIGNER, deputy=DEPUTY,
        reply=replace(settings.reply, copies=("Wali Kota Pontianak (sebagai laporan)", "Arsip")),
        presenter_request=replace(settings.presenter_request, signer="deputy"),
        assignment=KindSettings("800.1.11.1", copies=("Inspektorat Kota Pontianak", "Arsip")),
    ))
    return visits.get_visit(db, VISIT)
