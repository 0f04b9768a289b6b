"""A lesson's indikator (revision 0010), end to end: typed in the real lesson dialog, stored, shown
in the summary's rencana tindak lanjut table (the PDF's text), carried by the exchange file (version
2) and read back; a version 1 file has no indicator and is still read."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from studitiru.db.schema import open_database
from studitiru.services import exchange, summary_report, visits
from studitiru.services.exchange_export import export_bytes
from studitiru.ui.visit_editor.lesson_dialog import LessonDialog
from tests.reports.pdf_helpers import pages_text, squash
from tests.ui.modal import when_modal
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures

INDICATOR = "SOP rawat jalan ditetapkan direktur; IKM ≥ 85"


def _type_lesson(dialog: LessonDialog) -> None:
    dialog.observation.setText("Evaluasi triwulanan pelayanan rawat jalan")
    dialog.recommendation.setText("Adakan evaluasi triwulanan")
    dialog.owner.setText("Kabag Organisasi")
    dialog.indicator.setText(INDICATOR)  # setText: keyClicks with non-ASCII kills the process
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_an_indicator_typed_in_the_dialog_reaches_the_summary_and_the_exchange_file(qtbot, editor, context, visit_key, tmp_path):
    tab = editor.lessons
    answered = when_modal(qtbot, LessonDialog, _type_lesson)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert answered
    stored = visits.get_visit(context.db, visit_key).lessons
    assert [(l.observation, l.indicator) for l in stored] == [("Evaluasi triwulanan pelayanan rawat jalan", INDICATOR)]

    # The dialog shows it again when the lesson is edited.
    shown = LessonDialog(None, context, visits.get_visit(context.db, visit_key), tab._lookups, stored[0])
    assert shown.indicator.text() == INDICATOR and shown.value().indicator == INDICATOR
    shown.deleteLater()

    text = squash("\n".join(pages_text(summary_report.summary_pdf(context.db, visit_key, "id"))))
    plan = text[text.find("Rencana tindak lanjut"):]
    assert "Indikator" in plan and squash(INDICATOR) in plan and "Kabag Organisasi" in plan

    first = export_bytes(context.db)
    document = json.loads(first)
    [lesson] = [l for v in document["visits"] if v["key"] == visit_key for l in v.get("lessons", ())]
    assert lesson["indicator"] == INDICATOR
    assert export_bytes(context.db) == first  # deterministic
    path = tmp_path / "pertukaran.json"
    path.write_bytes(first)
    other = open_database(tmp_path / "lain.sqlite3")
    try:
        exchange.import_file(other, path)
        assert visits.get_visit(other, visit_key).lessons[0].indicator == INDICATOR
        assert export_bytes(other) == first
    finally:
        other.dispose()
