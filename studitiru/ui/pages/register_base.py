"""What the four register pages share: a filterable list beside a form.

A subclass says which record kind it shows (`record_type`), builds the list model and the
form, fills the form from a record and reads a record back from it. The base class does the
rest: loading, keeping the selection across reloads, New and Delete, and saving each field
as it is finished, every save one undo step through `run_edit`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studitiru.errors import UserError
from studitiru.services import registers
from studitiru.ui import messages
from studitiru.ui.pages.reloading import ReloadsWhenShown
from studitiru.ui.context import REGISTERS, AppContext
from studitiru.ui.registers.column_fit import ColumnFitter
from studitiru.ui.registers.fields import CommitTextEdit
from studitiru.ui.registers.record_model import ROW_ROLE, RecordFilterProxy, RecordTableModel
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("RegisterPage", text)


class RegisterPage(ReloadsWhenShown, QWidget):
    """A register: the list on the left, the selected record's form on the right."""

    record_type: type = object
    shown_kinds: frozenset[str] = frozenset({REGISTERS})
    #: How the page's width is shared between the list and the form.
    list_share: tuple[int, int] = (3, 2)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._current: Any = None  # the record the form shows (None: nothing, or a draft)
        self._draft = False
        self._filling = False
        self._stale = True
        self._model = self._make_model()
        self._proxy = RecordFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._build()
        context.changes.changed.connect(self._on_changes_changed)

    # What subclasses say -----------------------------------------------------------------
    def page_title(self) -> str:
        raise NotImplementedError

    def _make_model(self) -> RecordTableModel:
        raise NotImplementedError

    def _build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def _fill_form(self, record: Any) -> None:
        raise NotImplementedError

    def _form_record(self, current: Any) -> Any:
        """The record as the form shows it, built on `current` (the stored or blank record)."""
        raise NotImplementedError

    def _blank_record(self) -> Any:
        return self.record_type(key="", name="")

    def _undo_text(self, action: str, name: str) -> str:
        """'add', 'edit' or 'delete' a record called `name`, as the Edit menu shows it."""
        raise NotImplementedError

    def _load_extras(self) -> None:
        """Load what the form needs besides the list (other registers, travel times)."""

    def _record_shown(self, record: Any) -> None:
        """Called whenever the form shows a record (or None), even the same one again."""

    def _delete_calls(self, record: Any) -> tuple[Any, Any]:
        """The do and undo calls of deleting `record`."""
        db, kind, held = self._context.db, self.record_type, {}

        def delete(seen: int) -> Any:  # the undo puts back what the service deleted, at its version
            held["record"] = registers.delete_record(db, kind, record.key, seen)
            return held["record"]

        return checked_pair(record.version, delete, lambda _seen: registers.restore_record(db, held["record"]))

    # Building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(_t("Filter the list…"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._proxy.setFilterFixedString)
        self._view = QTableView(self)
        self._view.setModel(self._proxy)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setAlternatingRowColors(True)
        self._view.setWordWrap(False)
        self._view.verticalHeader().hide()
        self._view.horizontalHeader().setResizeContentsPrecision(40)  # fit columns to the rows shown and 40 more, not 1,000
        self._columns = ColumnFitter(self._view)
        self._view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self._new_button = QPushButton(_t("New"), self)
        self._new_button.setToolTip(_t("Add a record (Insert)"))
        self._new_button.clicked.connect(self._on_new_clicked)
        self._delete_button = QPushButton(_t("Delete"), self)
        self._delete_button.setToolTip(_t("Delete the selected record (Delete)"))
        self._delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._new_button)
        buttons.addWidget(self._delete_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._filter)
        left_layout.addWidget(self._view, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_form_area())
        list_part, form_part = self.list_share  # the list gets the larger part: names stay whole
        splitter.setStretchFactor(0, list_part)
        splitter.setStretchFactor(1, form_part)
        splitter.setSizes([1080 * list_part // (list_part + form_part), 1080 * form_part // (list_part + form_part)])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self._on_new_clicked,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._view, self._on_delete_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _build_form_area(self) -> QScrollArea:
        self._form_widget = QWidget(self)
        outer = QVBoxLayout(self._form_widget)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._state = QLabel(self._form_widget)
        self._state.setObjectName("registerState")
        self._state.setWordWrap(True)
        form.addRow(self._state)
        self._key_edit = self.add_line(form, _t("Key"), commit=False)
        self._key_edit.setPlaceholderText(_t("made from the name if left empty"))
        self._key_edit.setToolTip(_t("The key names the record in exchange files; it stays once the record exists."))
        self._key_edit.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self._build_form(form)
        self._form_widget.setEnabled(False)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(self._form_widget)
        return area

    # Field helpers for subclasses --------------------------------------------------------
    def add_line(self, form: QFormLayout, label: str, commit: bool = True) -> QLineEdit:
        edit = QLineEdit(self._form_widget)
        if commit:
            edit.editingFinished.connect(self._commit)
        form.addRow(label, edit)
        return edit

    def add_text(self, form: QFormLayout, label: str) -> CommitTextEdit:
        edit = CommitTextEdit(self._form_widget)
        edit.editingFinished.connect(self._commit)
        form.addRow(label, edit)
        return edit

    def add_check(self, form: QFormLayout, text: str) -> QCheckBox:
        box = QCheckBox(text, self._form_widget)
        box.toggled.connect(self._commit)
        form.addRow("", box)
        return box

    def add_combo(self, form: QFormLayout, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self._form_widget)
        for text, data in items:
            combo.addItem(text, data)
        combo.activated.connect(self._commit)
        form.addRow(label, combo)
        return combo

    # The page ----------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def refresh(self) -> None:
        """Reload the list (and what the form needs), keeping the selected record."""
        self._stale = False
        key = None if self._current is None else self._current.key
        self._load_extras()
        self._model.set_records(registers.list_records(self._context.db, self.record_type))
        self._size_columns()
        if self._draft:
            return
        if key is None or not self.select_key(key):
            self._select_first()

    def _size_columns(self) -> None:
        """Each column as wide as its text, the name first; the name column takes the room left."""
        self._columns.fit()

    def select_key(self, key: str) -> bool:
        """Select the record with this key in the list; False if it is not there (or filtered out)."""
        row = self._model.row_of(key)
        index = self._proxy.mapFromSource(self._model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._view.selectionModel().setCurrentIndex(index, flags)
        self._view.scrollTo(index)
        self._show(self._model.record(row))
        return True

    def current_record(self) -> Any:
        return self._current

    def _select_first(self) -> None:
        if self._proxy.rowCount() > 0:
            self.select_key(self._proxy.index(0, 0).data(ROW_ROLE).key)
        else:
            self._view.selectionModel().clearSelection()
            self._show(None)

    def _show(self, record: Any) -> None:
        if record is None or record != self._current or self._draft:
            self._draft = False
            self._current = record
            self._filling = True
            try:
                self._key_edit.setText("" if record is None else record.key)
                self._key_edit.setReadOnly(True)
                self._fill_form(record if record is not None else self._blank_record())
            finally:
                self._filling = False
            self._state.setText("" if record is None else _t("Changes are saved as soon as you leave a field."))
        self._form_widget.setEnabled(record is not None and not self._context.read_only)
        self._delete_button.setEnabled(record is not None and not self._context.read_only)
        self._new_button.setEnabled(not self._context.read_only)
        self._record_shown(record)


    def _on_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        if record is not None:
            self._show(record)

    def _on_new_clicked(self) -> None:
        if self._context.read_only:
            return
        self._show(None)
        self._view.selectionModel().clearSelection()
        self._draft = True
        self._key_edit.setReadOnly(False)
        self._form_widget.setEnabled(True)
        self._delete_button.setEnabled(False)
        self._state.setText(_t("New record: type its name; it is added when you leave the name field."))
        self.name_edit().setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_delete_clicked(self) -> None:
        record = self._current
        if record is None or self._draft or self._context.read_only:
            return
        do, undo = self._delete_calls(record)
        _, error = run_edit(self._context, self._undo_text("delete", record.name), do, undo, {REGISTERS}, {record.key})
        if error is not None:
            messages.show_error(self, error, self._context)

    def name_edit(self) -> QLineEdit:
        """The field that holds the record's name (focused on New)."""
        raise NotImplementedError

    def _commit(self) -> None:
        """Save what the form shows: a create for a draft, else an update (if anything changed)."""
        if self._filling or self._context.read_only:
            return
        if self._draft:
            self._commit_draft()
            return
        if self._current is None:
            return
        try:
            record = self._form_record(self._current)
        except UserError as error:
            self._refused(error)
            return
        previous = self._current
        if record == previous:
            return
        db = self._context.db
        do, undo = checked_pair(previous.version, lambda seen: registers.update_record(db, replace(record, version=seen)),
                                lambda seen: registers.update_record(db, replace(previous, version=seen)))
        _, error = run_edit(self._context, self._undo_text("edit", previous.name), do, undo, {REGISTERS}, {record.key})
        if error is not None:
            self._refused(error)
        else:
            self._state.setText(_t("Saved."))

    def _commit_draft(self) -> None:
        try:
            record = self._form_record(self._blank_record())
        except UserError as error:
            self._refused(error)
            return
        if not (record.name or "").strip():
            return
        record = replace(record, key=self._key_edit.text().strip())
        db, kind, held = self._context.db, self.record_type, {}

        def do() -> Any:  # a redo puts back what the undo removed, at its version
            created = registers.restore_record(db, held.pop("removed")) if "removed" in held else registers.create_record(db, record)
            held["created"] = created
            return created

        def undo() -> None:  # refused if another officer changed the new record since
            held["removed"] = registers.delete_record(db, kind, held["created"].key, held["created"].version)

        created, error = run_edit(self._context, self._undo_text("add", record.name), do, undo, {REGISTERS})
        if error is not None:
            messages.show_error(self, error, self._context)
            return
        self._draft = False
        self._filter.clear()
        self.select_key(created.key)
        self._state.setText(_t("Added and saved."))

    def _refused(self, error: UserError) -> None:
        messages.show_error(self, error, self._context)
        current, self._current = self._current, None
        self._show(current)  # put the stored values back in the form
