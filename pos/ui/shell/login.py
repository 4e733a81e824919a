"""Login and the idle lock: pick the user, type the PIN (keyboard or the touch PIN pad).

The lock screen preselects the user who locked it, so their PIN never counts as wrong tries
against somebody else; a user locked out by wrong PINs can be unlocked by another manager.
"""

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

from pos.errors import LockedOut, PosError
from pos.outlet.users import User
from pos.ui.language.i18n import N_, current_language, tr
from pos.ui.operations import Operations
from pos.ui.shared.approval import ApprovalFields
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.widgets import ActionButton, Keypad, Message

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
        self.unlock_button = ActionButton(N_("Unlock with another manager"), None,
                                          self.ask_unlock, self)  # fmt: skip
        self.unlock_button.setObjectName("unlock_user")
        self.unlock_button.hide()
        for widget in (
            self.title,
            self.hint,
            self.users,
            self.pin,
            self.message,
            self.pad,
            self.login_button,
            self.unlock_button,
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
        self.unlock_button.retranslate()

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
        if locked_for is not None:
            self.choose(locked_for.name)  # the user who locked it, not the first manager
        self.unlock_button.hide()
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
        self.unlock_button.setVisible(isinstance(error, LockedOut))
        self.pin.setFocus()

    def chosen_name(self) -> str | None:
        entry = self.users.currentItem()
        return None if entry is None else str(entry.data(Qt.ItemDataRole.UserRole))

    def ask_unlock(self) -> None:
        """Another manager's PIN clears the chosen user's wrong-PIN lock."""
        name = self.chosen_name()
        show = getattr(self.window(), "show_dialog", None)
        if name is None or show is None:
            return

        def unlocked(user: User) -> None:
            self.unlock_button.hide()
            self.message.show_text(tr("Unlocked") + f": {user.name}")
            self.pin.setFocus()

        show(UnlockDialog(self.ops, name, unlocked, self))


class UnlockDialog(FormDialog):
    """A manager other than the locked user types their PIN to unlock that user."""

    ok_text = "Unlock"

    def __init__(
        self, ops: Operations, name: str, on_done: Callable[[User], None], parent: QWidget
    ) -> None:
        super().__init__("Unlock a user", parent)
        self.ops, self.name, self.on_done = ops, name, on_done
        self.body.addWidget(QLabel(tr("Unlock") + f": {name}", self))
        self.approval = ApprovalFields(ops, self)
        found = self.approval.manager.findData(name)
        if found >= 0:  # a manager cannot unlock themselves
            self.approval.manager.removeItem(found)
        self.body.addWidget(self.approval)
        self.body.addWidget(Keypad(self.approval.pin, self, amounts=False))

    def submit(self) -> None:
        self.busy()
        self.approval.approve(
            N_("unlocking a user"),
            lambda who: self.ops.unlock_user(self.name, who, self._done, self.fail),
            self.fail,
        )

    def _done(self, user: User) -> None:
        self.accept()
        self.on_done(user)
