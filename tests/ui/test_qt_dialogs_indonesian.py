"""Qt's own dialogs speak Indonesian with the rest of the window: the file dialog's labels and
buttons, the file list's headers and a message box's details button (issue 12: "Look in",
"File name", "Save" beside "Batal")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QTreeView

from tests.ui.shell_support import language


def _file_dialog(qtbot, tmp_path) -> QFileDialog:
    dialog = QFileDialog(None, "Simpan sebagai PDF", str(tmp_path / "jadwal.pdf"), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the dialog Qt draws itself
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_save_dialog_is_in_indonesian(qtbot, tmp_path):
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4\n")
    with language("id"):
        dialog = _file_dialog(qtbot, tmp_path)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
        assert not labels & {"&Look in:", "File &name:", "Files of &type:"}
        buttons = dialog.findChild(QDialogButtonBox).buttons()
        assert sorted(button.text() for button in buttons) == ["&Simpan", "Batal"]
        header = dialog.findChild(QTreeView, "treeView").model()
        names = [header.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
        assert names == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
        dialog.close()


def test_the_save_dialog_stays_english_in_english(qtbot, tmp_path):
    with language("en"):
        dialog = _file_dialog(qtbot, tmp_path)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Look in:", "File &name:"} <= labels
        dialog.close()


def test_a_message_box_details_button_is_in_indonesian(qtbot):
    with language("id"):
        box = QMessageBox(QMessageBox.Icon.Warning, "Galat", "Sesuatu gagal.")
        box.setDetailedText("rincian")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        texts = {button.text() for button in box.findChildren(QPushButton)}
        assert "Tampilkan rincian..." in texts and "Show Details..." not in texts
        box.close()


def test_the_print_dialog_and_preview_are_in_indonesian(qtbot):
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QGroupBox

    with language("id"):
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert "Pencetak" in {box.title() for box in dialog.findChildren(QGroupBox)}
        assert {"&Nama:", "&Berkas keluaran:"} <= {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Cetak", "Batal"} <= {button.text() for button in dialog.findChildren(QPushButton)}
        dialog.close()
        preview = QPrintPreviewDialog(printer)
        qtbot.addWidget(preview)
        texts = {action.text() for action in preview.findChildren(QAction)}
        assert {"Cetak", "Perbesar", "Perkecil", "Halaman berikutnya"} <= texts
