"""The findings of the days shown, as a list: a click selects and shows their sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studitiru.domain import records as r
from studitiru.domain.dates import format_time
from studitiru.ui.visit_editor.models import severity_icon

_FINDING_ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # a Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(self.list)
        self.set_findings([], "id")

    def set_findings(self, findings: list[r.Finding], lang: str) -> None:
        self.list.clear()
        errors = sum(f.severity == r.Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        if findings:
            text = self.tr("Errors: %1 · Warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings))
        else:
            text = self.tr("No findings on the days shown")
        self._heading.setText(f"<b>{text}</b>")
        for finding in findings:
            item = QListWidgetItem(severity_icon(finding.severity), f"{format_time(finding.starts_at, lang)}  {finding.message(lang)}")
            item.setData(_FINDING_ROLE, finding)
            item.setToolTip(finding.message(lang))
            self.list.addItem(item)

    def findings(self) -> list[r.Finding]:
        return [self.list.item(row).data(_FINDING_ROLE) for row in range(self.list.count())]

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.finding_activated.emit(item.data(_FINDING_ROLE))
