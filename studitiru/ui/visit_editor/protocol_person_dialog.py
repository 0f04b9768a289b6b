"""Adding a person to the welcome by hand: a host official who does not present (the Ketua DPRD,
say), a member of the delegation not on the list, or a spouse who takes the official's rank
(Pasal 14). `PersonDialog.ask(...)` gives the person (ref `extra:<n>`) or None."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from studitiru.domain import protocol as p


class PersonDialog(QDialog):
    def __init__(self, people: tuple[p.ProtocolPerson, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person to the welcome"))
        self._people = people
        self.name = QLineEdit(self)
        self.side = QComboBox(self)
        self.side.addItem(self.tr("Host"), p.Side.HOST.value)
        self.side.addItem(self.tr("Delegation"), p.Side.GUEST.value)
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("e.g. Ketua DPRD Kota Pontianak"))
        self.honorific = QComboBox(self)
        self.honorific.addItem(self.tr("Bapak/Ibu (not set)"), "")
        self.honorific.addItem("Bapak", "Bapak")
        self.honorific.addItem("Ibu", "Ibu")
        self.spouse_of = QComboBox(self)
        self.spouse_of.addItem(self.tr("— nobody —"), None)
        for person in people:
            self.spouse_of.addItem(person.name, person.ref)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a33")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Address as"), self.honorific)
        form.addRow(self.tr("Spouse of (takes their rank, Pasal 14)"), self.spouse_of)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.spouse_of.currentIndexChanged.connect(self._on_spouse_of_changed)

    def _on_spouse_of_changed(self) -> None:
        official = next((x for x in self._people if x.ref == self.spouse_of.currentData()), None)
        if official is not None:  # a spouse sits with the official's side
            self.side.setCurrentIndex(self.side.findData(official.side.value))

    def _on_buttons_accepted(self) -> None:
        if not " ".join(self.name.text().split()):
            self.problem.setText(self.tr("Type the person's name."))
            self.name.setFocus()
            return
        self.accept()

    def person(self) -> p.ProtocolPerson:
        taken = {x.ref for x in self._people}
        number = 1
        while f"extra:{number}" in taken:
            number += 1
        return p.ProtocolPerson(
            f"extra:{number}", p.Side(self.side.currentData()), " ".join(self.name.text().split()),
            " ".join(self.position.text().split()), str(self.honorific.currentData() or ""),
            spouse_of=self.spouse_of.currentData() or None)

    @classmethod
    def ask(cls, parent: QWidget, people: tuple[p.ProtocolPerson, ...]) -> p.ProtocolPerson | None:
        dialog = cls(people, parent)
        return dialog.person() if dialog.exec() == QDialog.DialogCode.Accepted else None
