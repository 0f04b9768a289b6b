"""A checkable list of register records (topics, presenters): pick several by key."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_KEY_ROLE = Qt.ItemDataRole.UserRole


class KeyListPicker(QListWidget):
    """Items are (key, name); `keys()` gives the ticked keys in list order. `committed`
    fires when the user ticks or unticks one (not when the program sets them)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._on_self_item_changed)

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        ticked = set(self.keys())
        self._loading = True
        self.clear()
        for key, name in choices:
            item = QListWidgetItem(name, self)
            item.setData(_KEY_ROLE, key)
            item.setToolTip(key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        self._loading = False

    def set_keys(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        self._loading = True
        for index in range(self.count()):
            item = self.item(index)
            state = Qt.CheckState.Checked if item.data(_KEY_ROLE) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._loading = False

    def keys(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(_KEY_ROLE) for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def _on_self_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.committed.emit()
