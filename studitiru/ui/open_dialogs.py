"""The questions asked while opening a database, before any window exists.

- `LockedDialog`: another window holds the file's lock; says who, and offers to open it
  read-only, to open another file, or to cancel; when the holder is on another computer (whose
  crash leaves the lock behind for ever), also to open it anyway, after `OpenAnywayDialog`.
- `FailureDialog`: the file cannot be used; offers another file, a restore from a backup, or quit.
- `RestoreDialog`: the list of backups (`BackupsPanel`) to restore one from.

Each offers `ask(...)`, so that a test replaces one call instead of a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from studitiru.ui.backups_panel import BackupsPanel

READ_ONLY, OTHER_FILE, RESTORE, OPEN_ANYWAY = "read-only", "other-file", "restore", "open-anyway"


class LockedDialog(QMessageBox):
    """'The database is already open in …': Open read-only / Open another file… / Cancel, and
    Open anyway… when `can_force` (the holder is on another computer)."""

    def __init__(self, message: str, parent: QWidget | None = None, can_force: bool = False) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("The database is already open"))
        self.setText(message)
        if can_force:
            self.setInformativeText(self.tr(
                "Read-only: you can look at everything and print, but not change anything. If that computer "
                "crashed or was switched off without closing the program, the file stays marked as open: "
                "you can then open it anyway."))
        else:
            self.setInformativeText(self.tr("Read-only: you can look at everything and print, but not change "
                                            "anything. Close the other window to edit this file."))
        self.read_only_button = self.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        self.other_button = self.addButton(self.tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
        self.force_button = None
        if can_force:
            self.force_button = self.addButton(self.tr("Open anyway…"), QMessageBox.ButtonRole.ActionRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return READ_ONLY
        if clicked is self.other_button:
            return OTHER_FILE
        if clicked is not None and clicked is self.force_button:
            return OPEN_ANYWAY
        return None

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, can_force: bool = False) -> str | None:
        """READ_ONLY, OTHER_FILE, OPEN_ANYWAY (only offered when `can_force`), or None (cancel)."""
        box = cls(message, parent, can_force)
        box.exec()
        return box.choice()


class OpenAnywayDialog(QMessageBox):
    """'Open the database anyway?': only if that computer no longer has the file open. Open anyway / Cancel."""

    def __init__(self, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Open the database anyway?"))
        self.setText(self.tr("The file is marked as open in %1.").replace("%1", holder))
        self.setInformativeText(self.tr(
            "Open it anyway only if you are sure that computer no longer has the file open (it crashed or "
            "was switched off). If two computers write to the same file at the same time, data can be lost."))
        self.open_button = self.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.open_button

    @classmethod
    def ask(cls, parent: QWidget | None, holder: str) -> bool:
        """True when the user confirms that the lock is stale."""
        box = cls(holder, parent)
        box.exec()
        return box.confirmed()


class FailureDialog(QMessageBox):
    """'The database cannot be opened': Open another file… / Restore from a backup… / Quit."""

    def __init__(self, message: str, can_restore: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setText(message)
        self.setInformativeText(self.tr("You can open another database file, restore this one from a backup, "
                                        "or quit. The file has not been changed.") if can_restore else
                                self.tr("You can open another database file, or quit."))
        self.other_button = self.addButton(self.tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_button = None
        if can_restore:
            self.restore_button = self.addButton(self.tr("Restore from a backup…"), QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.other_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.other_button:
            return OTHER_FILE
        if clicked is not None and clicked is self.restore_button:
            return RESTORE
        return None

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, can_restore: bool) -> str | None:
        """OTHER_FILE, RESTORE, or None (quit)."""
        box = cls(message, can_restore, parent)
        box.exec()
        return box.choice()


class RestoreDialog(QDialog):
    """The backups of a folder; choosing one (the panel asks once) closes with that backup."""

    def __init__(self, folder: Path, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        note = QLabel(self.tr("Choose the backup to restore. What the file holds now is kept beside it as a copy."))
        note.setWordWrap(True)
        self.panel = BackupsPanel(folder, self, database=database)
        self.panel.restore_requested.connect(self._on_panel_restore_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _on_panel_restore_requested(self, path: Path) -> None:
        self.chosen = Path(path)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, database: Path | None = None) -> Path | None:
        dialog = cls(folder, database, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
