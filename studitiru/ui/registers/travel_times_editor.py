"""Travel times between one site and each other site, edited in place: minutes going (from
this site to the other) and back (from the other site to this one), the headers naming the site."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from studitiru.domain import records as r
from studitiru.ui.registers.record_model import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class TravelTimesModel(QAbstractTableModel):
    """One row per other site. `minutes_edited(from, to, minutes or None)` asks for a change;
    the model shows it once the page reloads."""

    SITE, THERE, BACK = range(3)
    minutes_edited = Signal(str, str, object)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._site: str | None = None
        self._site_name: str | None = None
        self._others: list[r.Site] = []
        self._minutes: dict[tuple[str, str], int] = {}
        self._versions: dict[tuple[str, str], int] = {}

    def set_data(self, site: str | None, sites: list[r.Site], travel: list[r.TravelTime]) -> None:
        self.beginResetModel()
        self._site = site
        self._site_name = next((other.short_name or other.name for other in sites if other.key == site), None)
        self._others = [other for other in sites if other.key != site] if site else []
        self._minutes = {(t.from_site, t.to_site): t.minutes for t in travel}
        self._versions = {(t.from_site, t.to_site): t.version for t in travel}
        self.endResetModel()

    def minutes(self, from_site: str, to_site: str) -> int | None:
        return self._minutes.get((from_site, to_site))

    def version(self, from_site: str, to_site: str) -> int:
        """The row version of the travel time shown (`r.NO_TRAVEL_TIME`: none shown), for the edit's check."""
        return self._versions.get((from_site, to_site), r.NO_TRAVEL_TIME)

    def pair(self, row: int, column: int) -> tuple[str, str]:
        other = self._others[row].key
        return (self._site, other) if column == self.THERE else (other, self._site)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._others)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._others):
            return None
        other, column = self._others[index.row()], index.column()
        if role == ROW_ROLE:
            return other
        if column == self.SITE:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return other.name
            return None
        minutes = self.minutes(*self.pair(index.row(), column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if minutes is None else str(minutes)
        if role == SORT_ROLE:
            return -1 if minutes is None else minutes
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            here, there = self.here_name(), other.short_name or other.name
            start, end = (here, there) if column == self.THERE else (there, here)
            return self.tr("Minutes of travel from %1 to %2; leave empty for no travel time.").replace(
                "%1", start).replace("%2", end)
        return None

    def here_name(self) -> str:
        """The shown site's short name (else its name), for the headers and tooltips."""
        return self._site_name or self.tr("this site")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != self.SITE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() == self.SITE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value if value is not None else "").strip()
        if text and not text.isdigit():
            return False
        minutes = int(text) if text else None
        from_site, to_site = self.pair(index.row(), index.column())
        if minutes != self.minutes(from_site, to_site):
            self.minutes_edited.emit(from_site, to_site, minutes)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        here = self.here_name()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Other site"), self.tr("Minutes going:\n%1 → other site"),
                    self.tr("Minutes back:\nother site → %1"))[section].replace("%1", here)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The other sites of the host."),
                    self.tr("Minutes of travel from %1 to the site on the row."),
                    self.tr("Minutes of travel from the site on the row back to %1."))[section].replace("%1", here)
        return None


class TravelTimesEditor(QWidget):
    """The table of travel times of one site; `minutes_edited` is queued so the page may reload."""

    minutes_edited = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TravelTimesModel(self)
        self.model.minutes_edited.connect(self.minutes_edited, Qt.ConnectionType.QueuedConnection)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TravelTimesModel.SITE, QHeaderView.ResizeMode.Stretch)
        for column in (TravelTimesModel.THERE, TravelTimesModel.BACK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_data(self, site: str | None, sites: list[r.Site], travel: list[r.TravelTime]) -> None:
        self.model.set_data(site, sites, travel)
