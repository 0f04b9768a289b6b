"""The PostgreSQL server stopped (`pg_ctl stop -m immediate`) while an officer edits in the real
window (issue 14; tests/test_server_stop.py does it at the service level): the window says in
one plain sentence that the server cannot be reached, shows no traceback and changes nothing,
and carries on, the same window and database object, once the server is started again.

Runs its own cluster with the server's durable defaults, not the shared test cluster, which it
would stop, and whose settings trade durability for speed."""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QMessageBox

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.services import host, registers
from studitiru.ui.context import AppContext
from studitiru.ui.main_window import MainWindow
from studitiru.ui.registers.travel_times_editor import TravelTimesModel
from tests.ui.modal import when_modal
from tests.ui.shell_support import language

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]


@pytest.fixture
def server():
    """A durable cluster of its own (as tests/test_server_stop.py): the shared test cluster's
    settings lose commits on an immediate stop."""
    from tests.pg_server import running  # noqa: PLC0415

    with running(durable=True) as server:
        yield server

def _answer(texts: list[str]):
    def fill(box) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    return fill


def test_the_settings_page_says_the_server_is_down_and_carries_on_when_it_is_back(qtbot, server):
    context = AppContext(db=open_database(url=server.new_database()), lang="id")
    try:
        host.update_host(context.db, r.Host(name="Pemerintah Kota Pontianak"))
        for key, name in (("balai-kota", "Balai Kota Pontianak"), ("rsud-ssma", "RSUD SSMA")):
            registers.create_record(context.db, r.Site(key=key, name=name))
        with language("id"):
            window = MainWindow(context, remember_state=False)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            page = window.show_page("settings")
            assert page.name_edit.text() == "Pemerintah Kota Pontianak"

            server.stop("immediate")
            texts: list[str] = []
            answered = when_modal(qtbot, QMessageBox, _answer(texts))
            page.name_edit.setText("Pemerintah Kabupaten Kubu Raya")
            page.name_edit.editingFinished.emit()
            qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
            assert "server" in texts[0] and "tidak dapat dihubungi" in texts[0], texts[0]
            assert "\n" not in texts[0] and "Traceback" not in texts[0]
            assert context.undo_stack.count() == 0
            assert page.name_edit.text() == "Pemerintah Kota Pontianak"  # the field shows what is stored again

            server.start()
            window.show_page("visits")
            assert window.show_page("settings") is page  # shown again: read again, the server back
            assert page.name_edit.text() == "Pemerintah Kota Pontianak" and host.get_host(context.db).name == \
                "Pemerintah Kota Pontianak"  # nothing was written
            page.name_edit.setText("Pemerintah Kabupaten Kubu Raya")
            page.name_edit.editingFinished.emit()
            assert host.get_host(context.db).name == "Pemerintah Kabupaten Kubu Raya"
            assert context.undo_stack.count() == 1

            server.stop("immediate")  # the undo of that edit while the server is down: said, not done
            texts.clear()
            answered = when_modal(qtbot, QMessageBox, _answer(texts))
            context.undo_stack.undo()
            qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
            assert "tidak dapat dihubungi" in texts[0] and "\n" not in texts[0]
            server.start()
            assert host.get_host(context.db).name == "Pemerintah Kabupaten Kubu Raya"
            page.name_edit.setText("Pemerintah Kota Pontianak")
            page.name_edit.editingFinished.emit()
            assert host.get_host(context.db).name == "Pemerintah Kota Pontianak"

            # The Sites page's travel-time editor, the same way.
            sites = window.show_page("sites")
            assert sites.select_key("balai-kota")
            model = sites._travel_editor.model
            server.stop("immediate")
            texts.clear()
            answered = when_modal(qtbot, QMessageBox, _answer(texts))
            assert model.setData(model.index(0, TravelTimesModel.THERE), "20")
            qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
            assert "tidak dapat dihubungi" in texts[0] and model.index(0, TravelTimesModel.THERE).data() == ""
            server.start()
            assert registers.list_travel_times(context.db) == []
            assert model.setData(model.index(0, TravelTimesModel.THERE), "20")
            qtbot.waitUntil(lambda: [t.minutes for t in registers.list_travel_times(context.db)] == [20])
            window.close()
    finally:
        context.db.dispose()
