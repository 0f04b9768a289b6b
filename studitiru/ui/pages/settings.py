"""Pengaturan: the host office's letterhead, the interface language and the open database.

The host's fields are saved as each is finished, one undo step each (`services.host`). The
language is a per-user preference (QSettings), used from the next start or at once with
"Apply now", which reopens the window. "Open another database file…" asks the shell to reopen
the window on the chosen file (`open_database_requested`).

Backups: the automatic backups of this database file with their dates and sizes
(`BackupsPanel`), "Back up now" (`backup_now_requested`: the shell runs it in the background)
and Restore (the panel asks once; `restore_requested(path)`: the shell closes the window, and
`app.run` restores the backup and reopens on it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain import records as r
from studitiru.domain.dates import zone_abbreviation
from studitiru.errors import DatabaseError
from studitiru.services import host as host_service
from studitiru.services.host import INDONESIAN_ZONES
from studitiru.ui.paths import default_backup_folder
from studitiru.ui import file_actions, messages, preferences
from studitiru.ui.backups_panel import BackupsPanel
from studitiru.ui.server_dialog import ask_server_url
from studitiru.ui.pages.reloading import ReloadsWhenShown
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.context import HOST, AppContext
from studitiru.ui.widgets.text_edit import CommitTextEdit
from studitiru.ui.undo import run_edit

LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(ReloadsWhenShown, QWidget):
    open_database_requested = Signal(object)
    backup_now_requested = Signal()
    restore_requested = Signal(object)

    shown_kinds = frozenset({HOST})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self._filling = False
        self._host = r.Host()
        self._captions: list[QLabel] = []
        self._build()
        context.changes.changed.connect(self._on_changes_changed)

    def page_title(self) -> str:
        return self.tr("Settings")

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 18, 24, 24)
        column.setSpacing(16)
        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        column.addWidget(heading)
        column.addWidget(self._build_host_group())
        column.addWidget(self._build_letters_group())
        column.addWidget(self._build_language_group())
        column.addWidget(self._build_database_group())
        column.addWidget(self._build_backups_group())
        self._align_labels()
        column.addStretch(1)
        content.setMaximumWidth(900)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(content, 1)
        centre.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _form_group(self, title: str, note: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.setSpacing(10)
        explanation = QLabel(note)
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(explanation)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(form)
        return group, form

    def _add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget | None = None) -> None:
        """A form row whose label lines up with those of the other groups (see `_align_labels`)."""
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if buddy is not None or isinstance(field, QWidget):
            caption.setBuddy(buddy or field)
        self._captions.append(caption)
        form.addRow(caption, field)

    def _align_labels(self) -> None:
        width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)

    def _build_host_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Host office"), self.tr(
            "The letterhead of itineraries, summaries and letters. Each field is saved when you leave it."))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Pemerintah Kota Pontianak"))
        self.office_edit = QLineEdit()
        self.office_edit.setPlaceholderText(self.tr("e.g. Bagian Protokol dan Komunikasi Pimpinan"))
        self.address_edit = CommitTextEdit()
        self.address_edit.setMaximumHeight(72)
        self.timezone_combo = QComboBox()
        for zone, abbreviation in INDONESIAN_ZONES:
            self.timezone_combo.addItem(f"{abbreviation} — {zone}", zone)
        self._add_row(form, self.tr("&Name:"), self.name_edit)
        self._add_row(form, self.tr("&Office:"), self.office_edit)
        self._add_row(form, self.tr("&Address:"), self.address_edit)
        self._add_row(form, self.tr("&Time zone:"), self.timezone_combo)
        for edit in (self.name_edit, self.office_edit, self.address_edit):
            edit.editingFinished.connect(self._on_host_field_finished)
        self.timezone_combo.activated.connect(self._on_host_field_finished)
        return group

    def _build_letters_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Letters"), self.tr(
            "The number pattern of the register of outgoing letters, the city, the signatory and the deputy, "
            "and per kind of letter the classification code, the copies and an optional Word template."))
        self.letter_settings_button = QPushButton(self.tr("Letter settings…"))
        self.letter_settings_button.clicked.connect(self._on_letter_settings_button_clicked)
        form.addRow(self.letter_settings_button)
        self.protocol_settings_button = QPushButton(self.tr("Protocol settings (precedence, order of events)…"))
        self.protocol_settings_button.clicked.connect(self._on_protocol_settings_button_clicked)
        form.addRow(self.protocol_settings_button)
        return group

    def _on_protocol_settings_button_clicked(self) -> None:
        from studitiru.ui.protocol_settings_dialog import edit_protocol_settings  # noqa: PLC0415

        edit_protocol_settings(self, self._context)

    def _on_letter_settings_button_clicked(self) -> None:
        from studitiru.ui.letters.settings_dialog import edit_letter_settings  # noqa: PLC0415

        edit_letter_settings(self, self._context)

    def _build_language_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Interface language"), self.tr(
            "The language of menus, pages and reports for this user of this computer."))
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.apply_language_button = QPushButton(self.tr("Apply &now"))
        self.apply_language_button.setToolTip(self.tr("Reopen the window in the chosen language."))
        row = QHBoxLayout()
        row.addWidget(self.language_combo, 1)
        row.addWidget(self.apply_language_button)
        self._add_row(form, self.tr("&Language:"), row, buddy=self.language_combo)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self._add_row(form, "", self.language_note)
        self._language_form = form
        self.language_combo.activated.connect(self._on_language_combo_activated)
        self.apply_language_button.clicked.connect(self._on_apply_language_button_clicked)
        return group

    def _build_database_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Database"), self.tr(
            "Every edit is saved in this file at once."))
        self.location_label = QLabel(self._context.db.location)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add_row(form, self.tr("Location:"), self.location_label)
        if self._context.read_only:
            warning = QLabel(self.tr("This file is read-only: changes cannot be saved."))
            warning.setStyleSheet("color: #b00020; font-weight: bold;")
            self._add_row(form, "", warning)
        self.open_button = QPushButton(self.tr("Open another database &file…"))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        self.server_button = QPushButton(self.tr("Connect to a &server…"))  # a shared PostgreSQL database
        row.addWidget(self.server_button)
        self.server_button.clicked.connect(lambda: (url := ask_server_url(self)) and self.open_database_requested.emit(url))
        row.addStretch(1)
        self._add_row(form, "", row)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        return group

    def _build_backups_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Backups"), self.tr(
            "A copy of this database is made in the background when it is opened and every 30 minutes while it "
            "changes. Older copies are thinned out: all of today and yesterday, then one a day for two weeks, "
            "one a week for three months and one a month for a year."))
        self.backups_panel: BackupsPanel | None = None
        self.backup_now_button: QPushButton | None = None
        path = self._context.db.path
        if path is None:
            note = QLabel(self.tr("This database is on a server: back it up with the server's own tools."))
            note.setWordWrap(True)
            self._add_row(form, "", note)
            return group
        folder = default_backup_folder()
        self.backup_folder_label = QLabel(str(folder))
        self.backup_folder_label.setWordWrap(True)
        self.backup_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add_row(form, self.tr("Folder:"), self.backup_folder_label)
        self.backups_panel = BackupsPanel(folder, database=path)
        self.backups_panel.layout().setContentsMargins(0, 0, 0, 0)
        self.backups_panel.table.setMinimumHeight(150)
        self.backups_panel.table.setMaximumHeight(230)
        self.backups_panel.restore_requested.connect(self._on_backups_panel_restore_requested)
        self.backup_now_button = QPushButton(self.tr("&Back up now"))
        self.backup_now_button.setToolTip(self.tr("Make a backup of this database now, in the background."))
        self.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self.backups_panel.layout().itemAt(self.backups_panel.layout().count() - 1).layout().insertWidget(
            0, self.backup_now_button)  # beside Restore, on the left
        if self._context.read_only:
            self.backups_panel.restore_button.hide()
            warning = QLabel(self.tr("A database opened read-only cannot be restored from here."))
            warning.setWordWrap(True)
            self._add_row(form, "", warning)
        self._add_row(form, self.tr("Copies:"), self.backups_panel)
        return group

    def refresh_backups(self) -> None:
        """List the backups again (the shell calls this after a backup was made)."""
        if self.backups_panel is not None:
            self.backups_panel.refresh()

    def _on_backup_now_button_clicked(self) -> None:
        self.backup_now_requested.emit()

    def _on_backups_panel_restore_requested(self, backup: Path) -> None:
        self.restore_requested.emit(Path(backup))

    # Loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self._host = host_service.get_host(self._context.db)
        self._show_host()

    def _show_host(self) -> None:
        """Fill the fields from the host settings last read (`self._host`)."""
        self._filling = True
        try:
            for edit, text in ((self.name_edit, self._host.name), (self.office_edit, self._host.office),
                               (self.address_edit, self._host.address)):
                if edit.text() != (text or ""):
                    edit.setText(text or "")
            index = self.timezone_combo.findData(self._host.timezone)
            if index < 0:
                abbreviation = zone_abbreviation(self._host.timezone)
                self.timezone_combo.addItem(f"{abbreviation} — {self._host.timezone}", self._host.timezone)
                index = self.timezone_combo.count() - 1
            self.timezone_combo.setCurrentIndex(index)
            chosen = preferences.language() or self._context.lang
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
            self._show_language_note()
            self.refresh_backups()
        finally:
            self._filling = False


    # Editing -------------------------------------------------------------------------------
    def _form_host(self) -> r.Host:
        address = self.address_edit.text().strip() or None
        return replace(self._host, name=self.name_edit.text().strip(), office=self.office_edit.text().strip() or None,
                       address=address, timezone=self.timezone_combo.currentData())

    def _edit_text(self, old: r.Host, new: r.Host) -> str:
        changed = [name for name in ("name", "office", "address", "timezone") if getattr(old, name) != getattr(new, name)]
        texts = {
            "name": self.tr("change the host's name to '%1'").replace("%1", new.name),
            "office": self.tr("change the host's office"),
            "address": self.tr("change the host's address"),
            "timezone": self.tr("change the time zone to %1").replace("%1", new.timezone),
        }
        return texts[changed[0]] if len(changed) == 1 else self.tr("change the host's settings")

    def _on_host_field_finished(self, *_args: object) -> None:
        if self._filling:
            return
        old, new = self._host, self._form_host()
        if new == old:
            return
        db = self._context.db
        do, undo = checked_pair(old.version, lambda seen: host_service.update_host(db, replace(new, version=seen)),
                                lambda seen: host_service.update_host(db, replace(old, version=seen)))
        _, error = run_edit(self._context, self._edit_text(old, new), do, undo, {HOST})
        if error is not None:
            messages.show_error(self, error, self._context)
            if isinstance(error, DatabaseError):  # the server cannot be reached: nothing was written,
                self._stale = True  # the fields show what was read last; reread when shown again
                self._show_host()
            else:
                self.refresh()  # show what is stored again

    def _on_language_combo_activated(self, _index: int) -> None:
        preferences.set_language(self.language_combo.currentData())
        self._show_language_note()

    def _show_language_note(self) -> None:
        chosen = self.language_combo.currentData()
        pending = chosen != self._context.lang
        self.language_note.setText(self.tr("The new language is used from the next start, or now with "
                                           "“Apply now” (the undo history is then cleared).") if pending else "")
        self._language_form.setRowVisible(self.language_note, pending)
        self.apply_language_button.setEnabled(pending and self._context.db.path is not None)

    def _on_apply_language_button_clicked(self) -> None:
        if self._context.db.path is not None:
            self.open_database_requested.emit(self._context.db.path)

    def _on_open_button_clicked(self) -> None:
        chosen = file_actions.ask_database_file(self, self._context.db.path)
        if chosen is not None:
            self.open_database_requested.emit(chosen)
