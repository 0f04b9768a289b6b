"""A small dialog for an institution added on the spot: its name, kind and province, with
"Add" as the default button (Enter adds, Esc cancels)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain import records as r
from studitiru.domain.institution_kinds import PROVINCES, guess_kind, guess_province
from studitiru.ui import labels


class NewInstitutionDialog(QDialog):
    """Asks for the name (as typed), the kind (guessed from the name) and the province."""

    def __init__(self, parent: QWidget | None, name: str, provinces: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New institution"))
        intro = QLabel(self.tr("This institution is not in the register yet. It is added with:"), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.kind = QComboBox(self)
        self.kind.addItem("—", "")
        for kind in r.InstitutionKind:
            self.kind.addItem(labels.institution_kind(kind), kind.value)
        guessed = guess_kind(name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(guessed.value if guessed else "")))
        choices = sorted({*PROVINCES, *(p for p in provinces if p)}, key=str.casefold)
        self.province = QComboBox(self)
        self.province.setEditable(True)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province.addItems(choices)
        completer = QCompleter(choices, self.province)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.province.setCompleter(completer)
        self.province.setEditText(guess_province(name) or "")
        self.province.lineEdit().setPlaceholderText(self.tr("e.g. Kalimantan Barat"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d32f2f")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.setDefault(True)
        self.add_button.setAutoDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Province"), self.province)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        (self.kind if guessed is None else self.province).setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> r.Institution:
        """The institution to add (its key made by the register)."""
        kind = self.kind.currentData()
        province = " ".join(self.province.currentText().split())
        return r.Institution(key="", name=" ".join(self.name.text().split()),
                             kind=r.InstitutionKind(kind) if kind else None, province=province or None)

    def _on_buttons_accepted(self) -> None:
        if not self.value().name:
            self.error.setText(self.tr("Give the institution a name."))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, provinces: Iterable[str] = ()) -> r.Institution | None:
        dialog = cls(parent, name, provinces)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
