"""Login and the idle lock: pick the user, type the PIN (keyboard or the touch PIN pad)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.errors import PosError
from pos.ui.i18n import N_, current_language, tr
from pos.ui.operations import Operations
from pos.ui.widgets import ActionButton, Keypad, Message
from pos.users import User

ROLES = {"cashier": N_("cashier"), "manager": N_("manager"), "admin": N_("admin")}


class PinEdit(QLineEdit):
    """The PIN field; Up and Down move through the user list so the mouse is never needed."""

    def __init__(self, users: QListWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.users = users
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(8)
        self.setObjectName("pin")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.users.count() - 1, self.users.currentRow() + step))
            self.users.setCurrentRow(row)
            return
        super().keyPressEvent(event)


class LoginPage(QWidget):
    def __init__(self, ops: Operations, on_login: Callable[[User], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.on_login = on_login
        self.locked_for: User | None = None
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.users = QListWidget(self)
        self.users.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.users.setMaximumHeight(200)
        self.users.setStyleSheet("QListWidget::item { min-height: 44px; }")
        self.pin = PinEdit(self.users, self)
        self.pin.returnPressed.connect(self.submit)
        self.message = Message(self)
        self.pad = Keypad(self.pin, self, amounts=False)
        self.login_button = ActionButton("Log in", None, self.submit, self)
        for widget in (
            self.title,
            self.hint,
            self.users,
            self.pin,
            self.message,
            self.pad,
            self.login_button,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.locked_for is None:
            self.title.setText(self.ops.outlet_name(current_language()))
            self.hint.setText(tr("Choose your name and type your PIN, then Enter"))
        else:
            self.title.setText(tr("Locked") + " — " + self.locked_for.name)
            self.hint.setText(tr("Type the PIN to unlock; the cart is kept"))
        self.pin.setPlaceholderText(tr("PIN"))
        self.login_button.retranslate()

    def reset(self, locked_for: User | None = None) -> None:
        """Show the login (``locked_for`` None) or the lock screen for that user."""
        self.locked_for = locked_for
        self.users.clear()
        people = self.ops.list_users()
        if locked_for is not None:  # the same cashier, or a manager, unlocks
            people = [u for u in people if u.id == locked_for.id or u.can_approve]
        for user in people:
            entry = QListWidgetItem(f"{user.name}   ({tr(ROLES.get(user.role, user.role))})")
            entry.setData(Qt.ItemDataRole.UserRole, user.name)
            self.users.addItem(entry)
        self.users.setCurrentRow(0)
        self.pin.clear()
        self.message.clear_text()
        self.login_button.setEnabled(True)
        self.retranslate()
        self.pin.setFocus()

    def choose(self, name: str) -> None:
        for row in range(self.users.count()):
            if self.users.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.users.setCurrentRow(row)

    def submit(self) -> None:
        entry = self.users.currentItem()
        if entry is None or not self.login_button.isEnabled():
            return
        name = entry.data(Qt.ItemDataRole.UserRole)
        pin = self.pin.text()
        self.pin.clear()
        self.login_button.setEnabled(False)
        self.ops.login(name, pin, self._done, self._failed)

    def _done(self, user: User) -> None:
        self.login_button.setEnabled(True)
        self.message.clear_text()
        self.on_login(user)

    def _failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.message.show_text(tr(error.message), "error")
        self.pin.setFocus()
