"""The main window: a thin shell around the pages.

A sidebar lists the pages of `page_registry.PAGES`; each page is created the first time it is
shown and lives in a QStackedWidget. The menus and toolbar act on the shared context (undo,
import, export) or forward to the current page when it offers the action (`focus_filter`,
`print_current` or `print_page`, `new_visit`, `open_visit`). Pages ask the shell for things through signals
the shell looks for when it creates them: `open_visit(str)`, `open_database_requested(object)`,
`backup_now_requested()` and `restore_requested(object)` (a backup file: `app.run` restores it
and reopens). The shell owns the database file's automatic backups (`auto_backup.AutoBackup`,
started by `app.run` with `start_auto_backup`) and says their outcome in the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from studitiru.ui.screen_fit import resize_to_fit
from studitiru.ui import first_start, messages, page_registry, preferences
from studitiru.ui.about_dialog import AboutDialog, application_icon
from studitiru.ui.auto_backup import AutoBackup
from studitiru.ui.change_poll import ChangePoll
from studitiru.ui.context import AppContext
from studitiru.ui.first_start import DemoMarker

#: What a page may offer the Print action, by method name (the first one found is used).
PRINT_METHODS = ("print_current", "print_page")


def _printer_of(page: QWidget | None):  # noqa: ANN202 - a bound method or None
    for name in PRINT_METHODS:
        method = getattr(page, name, None)
        if callable(method):
            return method
    return None

_ICONS = {
    "home": QStyle.StandardPixmap.SP_DirHomeIcon,
    "visits": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "timetable": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "sites": QStyle.StandardPixmap.SP_DriveNetIcon,
    "presenters": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "institutions": QStyle.StandardPixmap.SP_DirIcon,
    "topics": QStyle.StandardPixmap.SP_FileDialogListView,
    "lessons": QStyle.StandardPixmap.SP_DialogApplyButton,
    "reports": QStyle.StandardPixmap.SP_FileIcon,
    "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
}

_SIDEBAR_STYLE = """
QListWidget#sidebar { background: palette(window); border: none; border-right: 1px solid palette(mid);
                      font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 7px 10px; border-radius: 6px; margin: 1px 6px; color: palette(text); }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
"""


@dataclass(frozen=True)
class RestoreRequest:
    """What `reopen_requested` carries when the user chose to restore `backup` over the open database."""

    backup: Path


class MainWindow(QMainWindow):
    """The shell. `reopen_requested(path)` asks `app.run` to reopen the window on another database
    (or, with a `RestoreRequest`, on the same one restored from a backup)."""

    reopen_requested = Signal(object)

    def __init__(self, context: AppContext, remember_state: bool = True, parent: QWidget | None = None,
                 backup_folder: Path | None = None, start_page: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.auto_backup: AutoBackup | None = None
        if context.db.path is not None:
            from studitiru.ui.paths import default_backup_folder

            self.auto_backup = AutoBackup(context.db.path, backup_folder or default_backup_folder(), context.lang, parent=self)
            self.auto_backup.made.connect(self._on_auto_backup_made)
            self.auto_backup.failed.connect(self._on_auto_backup_failed)
        self._remember = remember_state
        self._entries = page_registry.available_pages()
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Studi Tiru"))
        self.setObjectName("mainWindow")
        self._build_body()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setWindowIcon(application_icon())
        self.demo_marker = DemoMarker(self) if first_start.is_demo_database(context.db.path) else None
        self.change_poll = ChangePoll(context, parent=self)  # pages reload when other officers change data
        # An undo or redo that can no longer apply (another officer changed the record) says so,
        # after the undo stack has finished its step.
        context.changes.refused.connect(self._on_changes_refused, Qt.ConnectionType.QueuedConnection)
        resize_to_fit(self, 1280, 800)  # 1280 × 690: fits a 1366 × 768 screen with its taskbar
        start = self._restore_state()
        if start_page is not None:  # `gui --selftest --only PAGE`: no other page is built first
            start = start_page
        self.show_page(start if start in self.page_keys() else self._entries[0].key)

    def _on_changes_refused(self, error: object) -> None:
        messages.show_error(self, error, self.context)  # type: ignore[arg-type]

    # Pages --------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def page(self, key: str) -> QWidget | None:
        """The page widget, created on first use; None if the page is not part of this build."""
        if key not in self._pages:
            entry = next((e for e in self._entries if e.key == key), None)
            if entry is None:
                return None
            widget = page_registry.page_class(entry)(self.context, self._stack)
            widget.setObjectName(f"page-{key}")
            self._connect_page(widget)
            self._stack.addWidget(widget)
            self._pages[key] = widget
        return self._pages[key]

    def current_key(self) -> str:
        current = self._stack.currentWidget()
        return next((key for key, widget in self._pages.items() if widget is current), "")

    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def show_page(self, key: str) -> QWidget | None:
        widget = self.page(key)
        if widget is None:
            return None
        self._stack.setCurrentWidget(widget)
        row = self.page_keys().index(key)
        if self._sidebar.currentRow() != row:
            self._sidebar.setCurrentRow(row)
        self._view_actions[key].setChecked(True)
        title = self._entries[row].title()
        self.setWindowTitle(self.tr("%1 — Studi Tiru").replace("%1", title))
        self._print_action.setEnabled(_printer_of(widget) is not None)
        return widget

    def _connect_page(self, widget: QWidget) -> None:
        for name, slot in (("open_visit", self.open_visit), ("open_database_requested", self.request_database),
                           ("backup_now_requested", self.back_up_now), ("restore_requested", self.request_restore)):
            signal = getattr(widget, name, None)
            if isinstance(signal, SignalInstance):
                signal.connect(slot)

    # What pages and actions ask of the shell -----------------------------------------------
    def open_visit(self, key: str) -> None:
        """Show a visit in the Visits page (if that page can open one)."""
        page = self.show_page("visits")
        opener = getattr(page, "open_visit", None)
        if callable(opener):
            opener(key)

    def request_database(self, path: Path) -> None:
        """Close this window and reopen on another database file (app.run does the opening)."""
        self.reopen_requested.emit(path if isinstance(path, str) else Path(path))  # a str: a server URL
        self.close()

    def request_restore(self, backup: Path) -> None:
        """Close this window; `app.run` restores `backup` over the database and reopens on it."""
        if self.context.read_only or self.context.db.path is None:
            return
        self.reopen_requested.emit(RestoreRequest(Path(backup)))
        self.close()

    # Automatic backups -----------------------------------------------------------------------
    def start_auto_backup(self) -> None:
        """A backup now if the file changed since the last one, then every 30 minutes (not read-only)."""
        if self.auto_backup is not None and not self.context.read_only:
            self.auto_backup.start()

    def stop_auto_backup(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.stop()

    def back_up_now(self) -> None:
        if self.auto_backup is not None:
            self.statusBar().showMessage(self.tr("Backing up…"))
            self.auto_backup.back_up_now()

    def _on_auto_backup_made(self, path: object) -> None:
        if isinstance(path, Path):
            self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", path.name), 10_000)
        elif self.statusBar().currentMessage() == self.tr("Backing up…"):
            self.statusBar().clearMessage()
        refresh = getattr(self._pages.get("settings"), "refresh_backups", None)
        if callable(refresh):
            refresh()

    def _on_auto_backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 60_000)

    def _on_new_visit_triggered(self) -> None:
        page = self.show_page("visits")
        creator = getattr(page, "new_visit", None)
        if callable(creator):
            creator()

    def _on_find_triggered(self) -> None:
        focus = getattr(self.current_page(), "focus_filter", None)
        if callable(focus):
            focus()

    def _on_print_triggered(self) -> None:
        printer = _printer_of(self.current_page())
        if printer is not None:
            printer()

    def _on_open_database_triggered(self) -> None:
        from studitiru.ui import file_actions  # the file actions' dialogs and threads: when first used

        chosen = file_actions.ask_database_file(self, self.context.db.path)
        if chosen is not None:
            self.request_database(chosen)

    def _on_import_triggered(self) -> None:
        from studitiru.ui import file_actions

        file_actions.import_exchange_file(self, self.context)

    def _on_export_triggered(self) -> None:
        from studitiru.ui import file_actions

        file_actions.export_exchange_file(self, self.context)

    def _on_about_triggered(self) -> None:
        from studitiru.ui.paths import default_database_path

        AboutDialog(self.context.db.location, default_database_path().parent, self.demo_marker is not None, self).exec()

    def _on_open_demo_triggered(self) -> None:
        """File → Buka program demo: reopen on the demo's own file (filled on its first opening)."""
        self.request_database(first_start.demo_database_path())

    def _on_own_office_triggered(self) -> None:
        """On the demo, File → Mulai dengan kantor sendiri…: the office's database, created if need be."""
        chosen = first_start.start_own_office(self)
        if chosen is not None:
            self.request_database(chosen)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.show_page(self._entries[row].key)

    # Building ------------------------------------------------------------------------------
    def _build_body(self) -> None:
        self._sidebar = QListWidget()
        self._sidebar.setObjectName("sidebar")
        self._sidebar.setIconSize(QSize(20, 20))
        self._sidebar.setStyleSheet(_SIDEBAR_STYLE)
        self._sidebar.setAccessibleName(self.tr("Pages"))
        style = self.style()
        for entry in self._entries:
            item = QListWidgetItem(style.standardIcon(_ICONS.get(entry.key, QStyle.StandardPixmap.SP_FileIcon)),
                                   entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self._sidebar.addItem(item)
        width = max(self._sidebar.sizeHintForColumn(0), 120) + 36
        self._sidebar.setFixedWidth(width)
        self._sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self._stack = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(body)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self._new_visit_action = self._action(self.tr("&New visit"), self._on_new_visit_triggered,
                                              QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self._new_visit_action.setEnabled("visits" in self.page_keys())
        self._open_action = self._action(self.tr("&Open database…"), self._on_open_database_triggered,
                                         QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self._demo_action = self._action(self.tr("Open the &demo programme"), self._on_open_demo_triggered)
        self._own_office_action = self._action(self.tr("Start with my own &office…"), self._on_own_office_triggered)
        self._import_action = self._action(self.tr("&Import exchange file…"), self._on_import_triggered)
        self._import_action.setEnabled(not self.context.read_only)
        self._export_action = self._action(self.tr("&Export…"), self._on_export_triggered)
        self._print_action = self._action(self.tr("&Print…"), self._on_print_triggered, QKeySequence.StandardKey.Print)
        self._quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self._find_action = self._action(self.tr("&Find"), self._on_find_triggered, QKeySequence.StandardKey.Find,
                                         sp.SP_FileDialogContentsView)
        self._about_action = self._action(self.tr("&About Studi Tiru"), self._on_about_triggered)
        self._view_group = QActionGroup(self)
        self._view_actions: dict[str, QAction] = {}
        for entry in self._entries:
            number = page_registry.PAGES.index(entry) + 1
            action = self._action(entry.title(), lambda _=False, key=entry.key: self.show_page(key),
                                  f"Ctrl+{number % 10}" if number <= 10 else None)
            action.setCheckable(True)
            self._view_group.addAction(action)
            self._view_actions[entry.key] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._new_visit_action)
        file_menu.addSeparator()
        file_menu.addActions([self._open_action, self._demo_action])
        if first_start.is_demo_database(self.context.db.path):
            file_menu.addAction(self._own_office_action)
        file_menu.addActions([self._import_action, self._export_action])
        file_menu.addSeparator()
        file_menu.addAction(self._print_action)
        file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self._find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(list(self._view_actions.values()))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._about_action)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self._new_visit_action)
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self._find_action, self._print_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self.context.db.location))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        if self.context.read_only:
            self.read_only_label = QLabel(self.tr("read-only"))
            self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.statusBar().addPermanentWidget(self.read_only_label)

    # Window state --------------------------------------------------------------------------
    def _restore_state(self) -> str:
        if not self._remember:
            return ""
        store = preferences.qsettings()
        geometry, state = store.value(preferences.GEOMETRY), store.value(preferences.STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        return str(store.value(preferences.PAGE) or "")

    def closeEvent(self, event: QCloseEvent) -> None:  # every edit is already committed: never ask
        self.stop_auto_backup()  # a backup being written is finished first (seconds at most)
        self.change_poll.stop()  # a look still running is dropped: the database is disposed next
        if self._remember:
            store = preferences.qsettings()
            store.setValue(preferences.GEOMETRY, self.saveGeometry())
            store.setValue(preferences.STATE, self.saveState())
            store.setValue(preferences.PAGE, self.current_key())
            store.sync()
        super().closeEvent(event)

