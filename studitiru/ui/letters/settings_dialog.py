"""The letter settings (Pengaturan surat): the number pattern and its parts, the city, the
signatory and the deputy, and per kind the classification code, the nature (Sifat), who signs,
the copies (Tembusan) and an optional Word template. Saved in one step, undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain.letters import KindSettings, LetterKind, LetterSettings, Signatory
from studitiru.errors import UserError
from studitiru.services import letters
from studitiru.ui import messages
from studitiru.ui.context import HOST, AppContext
from studitiru.ui.letters.model import kind_label
from studitiru.ui.undo import run_edit
from studitiru.ui.screen_fit import resize_to_fit


class _SignatoryBox(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.on_behalf = QPlainTextEdit(self)
        self.on_behalf.setMaximumHeight(60)
        self.on_behalf.setPlaceholderText(self.tr("e.g. a.n. Wali Kota Pontianak"))
        self.position = QLineEdit(self)
        self.name = QLineEdit(self)
        self.rank = QLineEdit(self)
        self.rank.setPlaceholderText(self.tr("e.g. Pembina Utama Muda (IV/c)"))
        self.nip = QLineEdit(self)
        form.addRow(self.tr("a.n./u.b. lines"), self.on_behalf)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("NIP"), self.nip)

    def show_value(self, value: Signatory) -> None:
        self.on_behalf.setPlainText(value.on_behalf or "")
        self.position.setText(value.position)
        self.name.setText(value.name)
        self.rank.setText(value.rank or "")
        self.nip.setText(value.nip or "")

    def value(self) -> Signatory:
        return Signatory(self.position.text(), self.name.text(), self.rank.text() or None, self.nip.text() or None,
                         self.on_behalf.toPlainText() or None)


class _KindBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.code = QLineEdit(self)
        self.nature = QComboBox(self)
        self.nature.setEditable(True)
        self.nature.addItems(["Biasa", "Penting", "Segera", "Rahasia"])
        self.signer = QComboBox(self)
        self.signer.addItem(self.tr("The signatory"), "signatory")
        self.signer.addItem(self.tr("The deputy"), "deputy")
        self.copies = QPlainTextEdit(self)
        self.copies.setMaximumHeight(80)
        self.copies.setPlaceholderText(self.tr("One copy (Tembusan) per line"))
        self.template = QLineEdit(self)
        self.template.setPlaceholderText(self.tr("Built-in layout"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Classification code"), self.code)
        form.addRow(self.tr("Nature (Sifat)"), self.nature)
        form.addRow(self.tr("Signed by"), self.signer)
        form.addRow(self.tr("Copies"), self.copies)
        form.addRow(self.tr("Word template"), row)

    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), self.template.text(),
                                                self.tr("Word files (*.docx)"))
        if chosen:
            self.template.setText(chosen)

    def show_value(self, value: KindSettings) -> None:
        self.code.setText(value.code)
        self.nature.setCurrentText(value.nature)
        self.signer.setCurrentIndex(max(0, self.signer.findData(value.signer)))
        self.copies.setPlainText("\n".join(value.copies))
        self.template.setText(value.template or "")

    def value(self) -> KindSettings:
        copies = tuple(line.strip() for line in self.copies.toPlainText().splitlines() if line.strip())
        return KindSettings(self.code.text(), copies, str(self.signer.currentData()), self.nature.currentText(),
                            self.template.text().strip() or None)


class LetterSettingsDialog(QDialog):
    def __init__(self, settings: LetterSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter settings"))
        self._settings = settings
        self.pattern = QLineEdit(self)
        self.pattern.setToolTip(self.tr("Tokens: {code} {number} {unit} {year} {month_roman}"))
        self.unit = QLineEdit(self)
        self.digits = QSpinBox(self)
        self.digits.setRange(1, 8)
        self.city = QLineEdit(self)
        self.city.setPlaceholderText(self.tr("e.g. Pontianak"))
        self.signatory = _SignatoryBox(self.tr("Signatory"), self)
        self.deputy = _SignatoryBox(self.tr("Deputy"), self)
        self.kinds = {kind: _KindBox(self) for kind in LetterKind}
        tabs = QTabWidget(self)
        for kind, box in self.kinds.items():
            tabs.addTab(box, kind_label(kind))
        form = QFormLayout()
        form.addRow(self.tr("Number pattern"), self.pattern)
        form.addRow("", QLabel(self.tr("Tokens: {code} {number} {unit} {year} {month_roman}"), self))
        form.addRow(self.tr("Unit abbreviation"), self.unit)
        form.addRow(self.tr("Digits of the number"), self.digits)
        form.addRow(self.tr("City (place of the date)"), self.city)
        people = QHBoxLayout()
        people.addWidget(self.signatory)
        people.addWidget(self.deputy)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addLayout(people)
        column.addWidget(tabs)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 860, 720)  # the form scrolls: the dialog fits a 1366 × 768 screen
        self._show(settings)

    def _show(self, settings: LetterSettings) -> None:
        self.pattern.setText(settings.pattern)
        self.unit.setText(settings.unit)
        self.digits.setValue(settings.digits)
        self.city.setText(settings.city)
        self.signatory.show_value(settings.signatory)
        self.deputy.show_value(settings.deputy)
        for kind, box in self.kinds.items():
            box.show_value(settings.kind(kind))

    def value(self) -> LetterSettings:
        return replace(
            self._settings, pattern=self.pattern.text(), unit=self.unit.text(), digits=self.digits.value(),
            city=self.city.text(), signatory=self.signatory.value(), deputy=self.deputy.value(),
            reply=self.kinds[LetterKind.REPLY].value(), presenter_request=self.kinds[LetterKind.PRESENTER_REQUEST].value(),
            assignment=self.kinds[LetterKind.ASSIGNMENT].value(), invitation=self.kinds[LetterKind.INVITATION].value(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, settings: LetterSettings) -> LetterSettings | None:
        dialog = cls(settings, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_letter_settings(parent: QWidget | None, context: AppContext) -> LetterSettings | None:
    """Ask for the letter settings and save them (undoable); the saved settings, or None.
    A refused value (a pattern without {number}…) is named, and the dialog opens again as filled."""
    db = context.db
    original = letters.get_settings(db)
    shown = original
    while True:
        chosen = LetterSettingsDialog.ask(parent, shown)
        if chosen is None:
            return None
        try:
            letters.validate_settings(chosen)
        except UserError as error:
            messages.show_error(parent, error, context)
            shown = chosen
            continue
        break
    held = {"version": original.version}

    def do() -> LetterSettings:
        saved = letters.update_settings(db, replace(chosen, version=held["version"]))
        held["version"] = saved.version
        return saved

    def undo() -> LetterSettings:
        restored = letters.update_settings(db, replace(original, version=held["version"]))
        held["version"] = restored.version
        return restored

    text = QCoreApplication.translate("LetterSettingsDialog", "edit the letter settings")
    result, error = run_edit(context, text, do, undo, {HOST}, ())
    if error is not None:
        messages.show_error(parent, error, context)
        return None
    return result
