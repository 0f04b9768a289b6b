"""The Dokumentasi tab: a visit's photos as thumbnails in a grid, and the parts of the activity
report the officer writes (`report_notes_box`). Photos are added through a file dialog (several
files at once) or by dropping files on the grid; reordered by dragging or Ctrl+Up/Down
(Ctrl+Left/Right); a caption is edited in place (F2, a double click or the Caption button);
deleted with Delete. Each is one undoable step (`ui.undo.run_edit`).

Thumbnails are read only when the tab is shown; the model holds the records handed to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.domain.photos import CaptionChange, Photo
from studitiru.services import photos
from studitiru.ui import messages
from studitiru.ui.context import ALL_KINDS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.report_notes_box import ReportNotesBox

#: The kind of data a photo edit announces (`ui.context.ChangeBus`).
PHOTOS = "photos"
KEYS_MIME = "application/x-studitiru-photo-keys"
SUFFIXES = (".jpg", ".jpeg", ".png")


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class PhotoModel(QAbstractListModel):
    """The photos of one visit, in their order. Edits are asked for by signals; the tab runs
    them as undoable steps and hands the model the rows read again."""

    caption_edited = Signal(str, str)  # key, new caption
    move_requested = Signal(str, int)  # key, the row it should take
    files_dropped = Signal(list)  # paths

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[Photo] = []
        self._icons: dict[tuple[str, int], QIcon] = {}

    def set_rows(self, rows: list[Photo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        live = {(p.key, len(p.thumbnail)) for p in rows}
        self._icons = {k: v for k, v in self._icons.items() if k in live}
        self.endResetModel()

    def rows(self) -> list[Photo]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        return next((n for n, p in enumerate(self._rows) if p.key == key), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def _icon(self, photo: Photo) -> QIcon:
        cache = (photo.key, len(photo.thumbnail))
        icon = self._icons.get(cache)
        if icon is None:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail, "JPEG")
            icon = self._icons[cache] = QIcon(pixmap)
        return icon

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        photo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {_short(photo.caption or photo.file_name, 60)}"
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption or ""
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.caption or "", photo.file_name, f"{photo.width} × {photo.height} px"]
            if photo.taken_at is not None:
                when = photo.taken_at
                lines.append(f"{dates.format_date(when.date(), self._lang)} {dates.format_time(when, self._lang)}")
            return "\n".join(line for line in lines if line)
        if role == self.KEY_ROLE:
            return photo.key
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        photo = self._rows[index.row()]
        text = str(value or "").strip()
        if text != (photo.caption or ""):
            self.caption_edited.emit(photo.key, text)
        return False  # the tab reloads the rows once the edit is stored

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [KEYS_MIME, "text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        keys = [self._rows[i.row()].key for i in indexes if i.isValid()]
        data.setData(KEYS_MIME, "\n".join(keys).encode("utf-8"))
        return data

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: ANN001, N802
        return data.hasFormat(KEYS_MIME) or bool(_local_files(data))

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:  # noqa: ANN001, N802
        if data.hasFormat(KEYS_MIME):
            keys = bytes(data.data(KEYS_MIME)).decode("utf-8").split("\n")
            target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
            if len(keys) == 1 and keys[0] in {p.key for p in self._rows}:
                source = self.row_of(keys[0])
                if target > source:
                    target -= 1  # the row leaves its place before it takes the new one
                if target != source:
                    self.move_requested.emit(keys[0], max(0, min(target, len(self._rows) - 1)))
            return False  # nothing for the view to remove: the tab reloads the rows
        files = _local_files(data)
        if files:
            self.files_dropped.emit(files)
            return True
        return False


def _local_files(data: QMimeData) -> list[str]:
    if not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile() and url.toLocalFile()]


class PhotoGrid(QListView):
    """The thumbnails; Ctrl+Up/Left moves the current photo one place earlier, Ctrl+Down/Right
    one later; Delete deletes the selected photos."""

    move_current = Signal(int)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(160, 160))
        self.setGridSize(QSize(184, 200))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
                self.move_current.emit(-1)
                return
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
                self.move_current.emit(1)
                return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class PhotosTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self._stale = True
        self.model = PhotoModel(context.lang, self)
        self.grid = PhotoGrid(self)
        self.grid.setModel(self.model)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.caption_button = QPushButton(self.tr("Caption"), self)
        self.earlier_button = QPushButton(self.tr("Earlier"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.earlier_button.setToolTip(self.tr("Move the photo one place earlier (Ctrl+Up)"))
        self.later_button.setToolTip(self.tr("Move the photo one place later (Ctrl+Down)"))
        self.hint = QLabel(self.tr("Drop JPEG or PNG files here, or use Add photos. F2 edits a caption."), self)
        self.hint.setWordWrap(True)
        self.notes = ReportNotesBox(context, self)
        self._build()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.caption_button.clicked.connect(self._on_caption_button_clicked)
        self.earlier_button.clicked.connect(lambda: self.move_current(-1))
        self.later_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.grid.move_current.connect(self.move_current)
        self.grid.delete_pressed.connect(self.delete_selected)
        self.model.caption_edited.connect(self.set_caption)
        self.model.move_requested.connect(self.move_to)
        self.model.files_dropped.connect(lambda files: self.add_files([Path(f) for f in files]))
        context.changes.changed.connect(self._on_changes_changed)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.caption_button, self.earlier_button, self.later_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.grid, 1)
        column.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading (only while shown) -------------------------------------------------------
    def set_visit(self, visit: r.Visit) -> None:
        changed = self._visit is None or self._visit.key != visit.key
        self._visit = visit
        if changed:
            self.model.set_rows([])
            self._stale = True
        if self.isVisible() and self._stale:
            self.load()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        if self._visit is None:
            return
        self._stale = False
        self.model.set_rows(photos.list_photos(self._context.db, self._visit.key))
        self.notes.set_visit(self._visit.key)

    def _on_changes_changed(self, kinds: frozenset, keys: frozenset) -> None:
        anything = ALL_KINDS <= kinds  # another officer's change seen by the poll, an import: read again
        if self._visit is None or (PHOTOS not in kinds and not anything) or (keys and self._visit.key not in keys):
            return
        self._stale = True
        if self.isVisible():
            self.load()

    # --- edits ----------------------------------------------------------------------------
    def _run(self, text: str, do, undo) -> object:  # noqa: ANN001
        result, error = run_edit(self._context, text, do, undo, {PHOTOS}, {self._visit.key})
        if error is not None:
            messages.show_error(self, error, self._context)
        return result

    def _on_add_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add documentation photos"), "", self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, files: list[Path]) -> None:
        if self._visit is None or not files:
            return
        db, key, held = self._context.db, self._visit.key, {}

        def do() -> list[Photo]:
            if "removed" in held:  # a redo puts back what the undo removed, at its versions
                held["added"] = photos.restore_photos(db, held["removed"])
            else:
                held["added"] = photos.add_photos(db, key, files)
            return held["added"]

        def undo() -> None:  # refused if another officer changed one of the photos since
            added = held["added"]
            held["removed"] = photos.delete_photos(db, [p.key for p in added], {p.key: p.version for p in added})

        text = self.tr("add photos (%1)").replace("%1", str(len(files)))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._run(text, do, undo)
        finally:
            QApplication.restoreOverrideCursor()

    def _selected_keys(self) -> list[str]:
        rows = sorted(index.row() for index in self.grid.selectionModel().selectedIndexes())
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex().row()]
        photos_ = self.model.rows()
        return [photos_[row].key for row in rows if 0 <= row < len(photos_)]

    def _select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row))

    def _on_caption_button_clicked(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.grid.setFocus()
            self.grid.edit(index)

    def set_caption(self, key: str, caption: str) -> None:
        row = self.model.row_of(key)
        seen = self.model.rows()[row].version if row >= 0 else 0
        db, held = self._context.db, {}

        def change(version: int) -> CaptionChange:
            result = photos.set_caption(db, key, caption, version)
            held.setdefault("before", result.before)
            return result

        do, undo = checked_pair(seen, change, lambda version: photos.set_caption(db, key, held["before"], version))
        self._run(self.tr("caption of photo %1").replace("%1", key), do, undo)
        self._select(key)

    def move_current(self, offset: int) -> None:
        keys = self._selected_keys()
        if self._visit is None or len(keys) != 1:
            return
        row = self.model.row_of(keys[0])
        self.move_to(keys[0], max(0, min(self.model.rowCount() - 1, row + offset)))

    def move_to(self, key: str, row: int) -> None:
        order = [p.key for p in self.model.rows()]
        if key not in order or order.index(key) == row:
            return
        after = list(order)
        after.insert(row, after.pop(after.index(key)))
        db, visit_key = self._context.db, self._visit.key
        held = {"versions": {p.key: p.version for p in self.model.rows()}}

        def step(order: list[str] | None) -> None:  # each step checks the versions the last one left
            result = photos.set_order(db, visit_key, order or held["before"], held["versions"])
            held.setdefault("before", result.before)
            held["versions"] = result.versions

        self._run(self.tr("move photo %1").replace("%1", key), lambda: step(after), lambda: step(None))
        self._select(key)
        self.grid.setFocus()

    def delete_selected(self) -> None:
        keys = self._selected_keys()
        if self._visit is None or not keys:
            return
        db = self._context.db
        held = {"versions": {p.key: p.version for p in self.model.rows() if p.key in keys}}

        def do() -> None:  # refused if another officer changed one of the photos since it was shown
            held["removed"] = photos.delete_photos(db, keys, held["versions"])

        def undo() -> None:
            restored = photos.restore_photos(db, held["removed"])
            held["versions"] = {p.key: p.version for p in restored}

        self._run(self.tr("delete photos (%1)").replace("%1", str(len(keys))), do, undo)
