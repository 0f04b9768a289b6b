"""The first start of a new installation, and the demo kept apart from an office's own data.

When the program starts with no database named (no `--db`, no `$STUDITIRU_DB`), the default
database does not exist yet and this was never asked, `FirstStartDialog` asks once:

- **Coba program demo** (try the demo): the demo programme (`services.demo`) in its own file,
  `studitiru-demo.sqlite3` beside the default database. Every window on it says "Demo" in its
  title bar, and the main window in its status bar (`DemoMarker`).
- **Mulai dengan kantor saya** (start with my own office): the name of the government, the unit,
  the address, the city written in letters, the time zone (WIB, WITA, WIT) and an optional logo
  go into the default database (`apply_office`), which is marked as an office's own: it never
  receives the demo (`services.demo.load_demo` refuses it), so its annual recap holds only the
  office's own visits.

The answer is kept in the preferences (`first_start/choice`): after "demo" the demo opens again
(even if its file was deleted: it is made again) until the office starts its own; after "office"
the office's database opens (were it deleted, the question comes again rather than an empty,
unmarked database). An installation that already has its database (an upgrade) is never asked. `File → Buka
program demo` opens the demo at any time; on the demo, `File → Mulai dengan kantor sendiri…`
asks the office's part of the question. `gui --selftest` never asks: on a new installation it
shows the demo.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studitiru.ui import preferences
from studitiru.ui.paths import default_database_path

DEMO_FILE = "studitiru-demo.sqlite3"
CHOICE = "first_start/choice"  # "demo" or "office", once answered
DEMO, OFFICE = "demo", "office"
#: The time zones offered (the three of Indonesia; Jakarta's for WIB).
ZONES = (("WIB", "Asia/Jakarta"), ("WITA", "Asia/Makassar"), ("WIT", "Asia/Jayapura"))


def demo_database_path() -> Path:
    """The demo's own file, beside the default database in the per-user data folder."""
    return default_database_path().parent / DEMO_FILE


def is_demo_database(target: Path | str | None) -> bool:
    if not isinstance(target, Path):
        return False
    return target.expanduser().absolute() == demo_database_path().expanduser().absolute()


def recorded_choice() -> str | None:
    value = preferences.qsettings().value(CHOICE)
    return value if value in (DEMO, OFFICE) else None


def record_choice(choice: str) -> None:
    store = preferences.qsettings()
    store.setValue(CHOICE, choice)
    store.sync()


def is_new_installation(target: Path | str) -> bool:
    """Whether starting on `target` finds no database of the user's: the default database (no
    `--db`, no `$STUDITIRU_DB`) does not exist. Then the question is asked, unless it was answered
    "demo" before (the demo opens again) or this is a selftest (the demo, never a question)."""
    if not isinstance(target, Path) or "STUDITIRU_DB" in os.environ:
        return False
    if target.expanduser().absolute() != default_database_path().expanduser().absolute():
        return False
    return not target.exists()


@dataclass(frozen=True)
class OfficeSetup:
    """What the office's part of the first start asks."""

    name: str
    office: str = ""
    address: str = ""
    city: str = ""
    timezone: str = "Asia/Jakarta"
    logo: Path | None = None


def apply_office(db, setup: OfficeSetup) -> None:  # noqa: ANN001 - a Database
    """Write the office's settings into its (new) database and mark it as an office's own."""
    from dataclasses import replace

    from studitiru.domain import records as r
    from studitiru.services import host
    from studitiru.services.demo import mark_office_database
    from studitiru.services.report_data import LOGO_SETTING

    host.update_host(db, r.Host(name=setup.name, office=setup.office or None, address=setup.address or None,
                                timezone=setup.timezone))
    if setup.city:
        from studitiru.services import letters

        letters.update_settings(db, replace(letters.get_settings(db), city=setup.city))
    if setup.logo is not None:
        host.set_setting(db, LOGO_SETTING, str(setup.logo))
    mark_office_database(db)


def create_office_database(path: Path, setup: OfficeSetup) -> None:
    """Create the office's database at `path` (migrated) with its settings; refused if it exists."""
    from studitiru.services.databases import open_file

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_file(path)
    try:
        apply_office(db, setup)
    finally:
        db.dispose()


class FirstStartDialog(QDialog):
    """Try the demo, or start with your own office. `ask` returns DEMO, an OfficeSetup, or None."""

    def __init__(self, parent: QWidget | None = None, office_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Studi Tiru"))
        from studitiru.ui.about_dialog import application_icon

        self.setWindowIcon(application_icon())
        self._logo: Path | None = None

        intro = QLabel(self.tr(
            "<h3>Welcome to Studi Tiru</h3><p>How do you want to begin? You can change your mind "
            "later: the demo stays available in the File menu.</p>"), self)
        intro.setWordWrap(True)
        self.demo_choice = QRadioButton(self.tr("&Try the demo programme"), self)
        demo_note = QLabel(self.tr(
            "Sample visits of the City of Pontianak, in a file of their own: your office's data is "
            "never mixed with them. Every window on the demo says \"Demo\"."), self)
        self.office_choice = QRadioButton(self.tr("&Start with my own office"), self)
        for note in (demo_note,):
            note.setWordWrap(True)
            note.setIndent(24)
        group = QButtonGroup(self)
        group.addButton(self.demo_choice)
        group.addButton(self.office_choice)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Pemerintah Kabupaten Sambas"))
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setPlaceholderText(self.tr("e.g. Bagian Protokol dan Komunikasi Pimpinan"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("e.g. Jalan Pembangunan No. 1, Sambas"))
        self.city_edit = QLineEdit(self)
        self.city_edit.setPlaceholderText(self.tr("e.g. Sambas"))
        self.timezone_combo = QComboBox(self)
        for abbreviation, zone in ZONES:
            self.timezone_combo.addItem(f"{abbreviation} — {zone}", zone)
        self.logo_label = QLabel(self.tr("(none)"), self)
        self.logo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logo_button = QPushButton(self.tr("Choose image…"), self)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)

        self.office_form = QWidget(self)
        form = QFormLayout(self.office_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("&Government:"), self.name_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&City in letters:"), self.city_edit)
        form.addRow(self.tr("Time &zone:"), self.timezone_combo)
        form.addRow(self.tr("Logo (optional):"), logo_row)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("&Begin"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit") if not office_only else self.tr("Cancel"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if office_only:
            intro.setText(self.tr("<h3>Start with your own office</h3><p>Your office's visits go into a "
                                  "database of its own; the demo stays in its file.</p>"))
            self.demo_choice.hide()
            demo_note.hide()
            self.office_choice.hide()
        layout.addWidget(self.demo_choice)
        layout.addWidget(demo_note)
        layout.addSpacing(6)
        layout.addWidget(self.office_choice)
        layout.addWidget(self.office_form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.office_choice.toggled.connect(self._on_choice_toggled)
        (self.office_choice if office_only else self.demo_choice).setChecked(True)
        self._on_choice_toggled()
        self.setMinimumWidth(560)

    def _on_choice_toggled(self, _checked: bool = False) -> None:
        self.office_form.setEnabled(self.office_choice.isChecked())
        self.error_label.hide()

    def _on_logo_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the letterhead logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path | None) -> None:
        self._logo = path
        self.logo_label.setText(str(path) if path is not None else self.tr("(none)"))

    def _on_accepted(self) -> None:
        if self.office_choice.isChecked() and not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Fill in the name of the government, e.g. Pemerintah Kabupaten Sambas."))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        self.accept()

    def answer(self) -> str | OfficeSetup:
        if not self.office_choice.isChecked():
            return DEMO
        return OfficeSetup(name=self.name_edit.text().strip(), office=self.unit_edit.text().strip(),
                           address=self.address_edit.text().strip(), city=self.city_edit.text().strip(),
                           timezone=str(self.timezone_combo.currentData()), logo=self._logo)

    @classmethod
    def ask(cls, parent: QWidget | None = None, office_only: bool = False) -> str | OfficeSetup | None:
        dialog = cls(parent, office_only)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def first_start(target: Path) -> Path | None:
    """Ask the first-start question; returns the database to open (None: the user quit).
    The office's database is created here, with its settings, before the window opens on it."""
    from studitiru.errors import UserError
    from studitiru.ui import messages

    while True:
        answer = FirstStartDialog.ask(None)
        if answer is None:
            return None
        if answer == DEMO:
            record_choice(DEMO)
            return demo_database_path()
        try:
            create_office_database(target, answer)
        except UserError as error:
            messages.show_error(None, error)
            target.unlink(missing_ok=True)
            continue
        record_choice(OFFICE)
        return target


def start_own_office(parent: QWidget | None = None) -> Path | None:
    """From the demo: ask the office's part and create its database (the default one) if it does
    not exist yet; returns the database to open, or None (cancelled)."""
    from studitiru.errors import UserError
    from studitiru.ui import messages

    target = default_database_path()
    if target.exists():
        return target
    while True:
        answer = FirstStartDialog.ask(parent, office_only=True)
        if not isinstance(answer, OfficeSetup):
            return None
        try:
            create_office_database(target, answer)
        except UserError as error:
            messages.show_error(parent, error)
            target.unlink(missing_ok=True)
            continue
        record_choice(OFFICE)
        return target


class DemoMarker(QObject):
    """On the demo: every top-level window's title says "Demo" (kept when a window changes its title)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.suffix = " — " + self.tr("Demo")
        self.label = QLabel(self.tr("DEMO: sample data, not your office's"), window)
        self.label.setObjectName("demoLabel")
        self.label.setStyleSheet("QLabel { background: #f5a623; color: #1a1a1a; font-weight: bold;"
                                 " padding: 1px 8px; border-radius: 3px; }")
        window.statusBar().addPermanentWidget(self.label)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.mark(window)

    def mark(self, widget: QWidget) -> None:
        title = widget.windowTitle()
        if "Demo" not in title:
            widget.setWindowTitle((title or "Studi Tiru") + self.suffix)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close:
            # The demo's window is closing (the program may reopen on another database at once,
            # before this window is deleted): from now on, no window is marked by it.
            QApplication.instance().removeEventFilter(self)
            return False
        if event.type() in (QEvent.Type.WindowTitleChange, QEvent.Type.Show) and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog) \
                and "Demo" not in watched.windowTitle():
            self.mark(watched)
        return False
