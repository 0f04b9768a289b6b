"""Hubungkan ke server: open a shared office database on a PostgreSQL server.

The dialog asks for host, port, database and user (remembered in the per-user QSettings) and
the password. The password is never written to a settings file: it is kept in the system's
credential store through the `keyring` library when a real backend is there (Windows
Credential Manager, macOS Keychain, Secret Service), else not kept at all and asked again
next time. `ServerDialog.url()` is the SQLAlchemy URL (`postgresql+psycopg://…`) with the
password in it, for opening only; what is remembered is `url(with_password=False)`.

`PasswordDialog` asks for the password alone when a server is opened again (at start-up) and
none is kept, or when the server refuses the one given; `with_password(url, password)` puts
it into the URL in memory, and `remember_password(url, password)` into the credential store.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studitiru.services.server_urls import DRIVER, server_account, server_url, with_password  # noqa: F401 - re-exported
from studitiru.services import server_urls
from studitiru.ui import preferences

KEYRING_SERVICE = "studitiru"
SERVER_KEYS = {"host": "server/host", "port": "server/port", "database": "server/database", "user": "server/user"}


def _keyring():  # noqa: ANN202 - the keyring module, or None when no usable backend is there
    try:
        import keyring  # noqa: PLC0415
        from keyring.backends import fail  # noqa: PLC0415
    except Exception:  # noqa: BLE001 - not installed, or broken: no credential store
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def credential_store_available() -> bool:
    return _keyring() is not None


def _account(user: str, host: str, port: int, database: str) -> str:
    return f"{user}@{host}:{port}/{database}"


def stored_password(user: str, host: str, port: int, database: str) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, _account(user, host, port, database))
    except Exception:  # noqa: BLE001 - a locked or failing store: ask instead
        return None


def store_password(user: str, host: str, port: int, database: str, password: str) -> bool:
    store = _keyring()
    if store is None or not password:
        return False
    try:
        store.set_password(KEYRING_SERVICE, _account(user, host, port, database), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def with_stored_password(url: str) -> str:
    """`url` with the password kept in the credential store for its user, server and database
    when it names a PostgreSQL user but no password (a server remembered for the next start);
    else `url` unchanged (and then the server may refuse: the window says so and asks)."""
    account = server_account(url)  # None for anything but a PostgreSQL URL with a user and a host
    if account is None or server_urls.has_password(url):
        return url
    password = stored_password(*account)
    return with_password(url, password) if password else url


def server_name(url: str) -> str:
    """user@host:port/database: how the password dialog names a server (never with its password)."""
    account = server_account(url)
    return _account(*account) if account is not None else server_urls.shown(url)


def remember_password(url: str, password: str) -> bool:
    """Keep `password` in the credential store for the server of `url` (when there is a store)."""
    account = server_account(url)
    return account is not None and store_password(*account, password)


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.setObjectName("serverDialog")
        store = preferences.qsettings()
        self.host_edit = QLineEdit(str(store.value(SERVER_KEYS["host"], "") or ""))
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server.protokol.local"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(store.value(SERVER_KEYS["port"], 5432) or 5432))
        self.database_edit = QLineEdit(str(store.value(SERVER_KEYS["database"], "studitiru") or "studitiru"))
        self.user_edit = QLineEdit(str(store.value(SERVER_KEYS["user"], "") or ""))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Keep the password in this computer's credential store"))
        self.remember_check.setEnabled(credential_store_available())
        self.remember_check.setChecked(credential_store_available())
        if not credential_store_available():
            self.remember_check.setToolTip(self.tr("No credential store is available: the password is asked each time."))
        known = stored_password(self.user(), self.host(), self.port(), self.database())
        if known:
            self.password_edit.setText(known)

        note = QLabel(self.tr(
            "A shared office database on a PostgreSQL server: every officer's window sees the same data. "
            "The password is never written to a settings file."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()

    def host(self) -> str:
        return self.host_edit.text().strip()

    def port(self) -> int:
        return self.port_spin.value()

    def database(self) -> str:
        return self.database_edit.text().strip()

    def user(self) -> str:
        return self.user_edit.text().strip()

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.host() and self.database() and self.user()))

    def url(self, with_password: bool = True) -> str:
        password = self.password_edit.text() if with_password else None
        return server_url(self.host(), self.port(), self.database(), self.user(), password)

    def accept(self) -> None:
        """Remember the server (never the password in settings); the password goes to the store if asked."""
        store = preferences.qsettings()
        for name, value in (("host", self.host()), ("port", self.port()), ("database", self.database()),
                            ("user", self.user())):
            store.setValue(SERVER_KEYS[name], value)
        store.sync()
        if self.remember_check.isChecked():
            store_password(self.user(), self.host(), self.port(), self.database(), self.password_edit.text())
        super().accept()


def ask_server_url(parent: QWidget | None = None) -> str | None:
    """The dialog; the URL to open (password included, in memory only), or None when cancelled."""
    dialog = ServerDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url()


class PasswordDialog(QDialog):
    """The password of one server (user@host:port/database): a password field, "keep it in the
    credential store" (only when there is one), OK / Cancel; after a refusal, one sentence says so."""

    def __init__(self, url: str, refused: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password"))
        self.setObjectName("passwordDialog")
        self.server = server_name(url)
        self.note = QLabel(self.tr("Enter the password to connect to the database server %1.").replace("%1", self.server))
        self.note.setWordWrap(True)
        self.refused_label = QLabel(self.tr("The server refused this password. Check it and enter it again."))
        self.refused_label.setWordWrap(True)
        self.refused_label.setObjectName("passwordRefused")
        self.refused_label.setStyleSheet("color: #b00020;")
        self.refused_label.setVisible(refused)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Keep the password in this computer's credential store"))
        self.remember_check.setChecked(True)
        self.remember_check.setVisible(credential_store_available())
        form = QFormLayout()
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.refused_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_edit.setFocus()
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        """Whether to keep the password: the box is shown (there is a store) and ticked."""
        return not self.remember_check.isHidden() and self.remember_check.isChecked()

    @classmethod
    def ask(cls, parent: QWidget | None, url: str, refused: bool = False) -> tuple[str, bool] | None:
        """(the password, whether to keep it in the credential store), or None when cancelled."""
        dialog = cls(url, refused, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password(), dialog.remember()
