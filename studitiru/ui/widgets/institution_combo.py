"""Pick an institution by typing part of its name; a name not in the register can be added
on the spot, its kind and province asked in a small dialog (one undoable edit of the register)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from studitiru.domain import records as r
from studitiru.services import registers
from studitiru.ui import messages
from studitiru.ui.context import REGISTERS, AppContext
from studitiru.ui.undo import run_edit
from studitiru.ui.widgets.new_institution_dialog import NewInstitutionDialog

_KEY_ROLE = Qt.ItemDataRole.UserRole


class InstitutionCombo(QComboBox):
    """An editable combo of institutions with completion on any part of the name.
    `committed` fires when the user picks one or leaves the field."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._on_self_activated)
        self.lineEdit().editingFinished.connect(self.committed)
        self._provinces: set[str] = set()

    def set_institutions(self, institutions: Sequence[r.Institution]) -> None:
        text = self.currentText()
        self._provinces = {item.province for item in institutions if item.province}
        self.blockSignals(True)
        self.clear()
        for item in institutions:
            self.addItem(item.name, item.key)
            self.setItemData(self.count() - 1, item.key, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentText(text)
        self.blockSignals(False)

    def set_key(self, key: str | None) -> None:
        index = self.findData(key, _KEY_ROLE) if key else -1
        self.blockSignals(True)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(False)

    def typed_name(self) -> str:
        return " ".join(self.currentText().split())

    def key(self) -> str | None:
        """The key of the institution whose name is typed (ignoring case), or None."""
        name = self.typed_name().casefold()
        for index in range(self.count()):
            if self.itemText(index).casefold() == name:
                return self.itemData(index, _KEY_ROLE)
        return None

    def resolve(self, context: AppContext) -> str | None:
        """The typed institution's key; a new name is offered for the register first, with its
        kind and province asked in a small dialog. None when nothing is typed, the user
        cancels, or the register refuses."""
        key = self.key()
        name = self.typed_name()
        if key is not None or not name:
            return key
        asked = NewInstitutionDialog.ask(self, name, self._provinces)
        if asked is None:
            return None
        name = asked.name
        db = context.db
        held: dict[str, r.Institution] = {}

        def do() -> r.Institution:  # a redo puts back what the undo removed, at its version
            created = registers.restore_record(db, held.pop("removed")) if "removed" in held else \
                registers.create_record(db, replace(asked, key=""))
            held["created"] = created
            return created

        def undo() -> None:  # refused if another officer changed the new institution since
            held["removed"] = registers.delete_record(db, r.Institution, held["created"].key, held["created"].version)

        text = self.tr("add institution '%1'").replace("%1", name)
        created, error = run_edit(context, text, do, undo, {REGISTERS}, ())
        if error is not None:
            messages.show_error(self, error, context)
            return None
        self.addItem(created.name, created.key)
        self.set_key(created.key)
        return created.key

    def _on_self_activated(self, _index: int) -> None:
        self.committed.emit()
