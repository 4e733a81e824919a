"""The one way a manager approves at the counter: their name and PIN, typed in the dialog of
the protected action itself, every time (settings, discounts, returns, voids, no-sale, paid
out, a cash difference, a restore, unlocking a user).

A manager who is logged in still types the PIN: the screen may have been left open. The PIN
is checked on the task runner (``users.approve``): a wrong one counts against that manager.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from pos.errors import ApprovalRequired
from pos.outlet.users import User
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations

# The actions the counter always asks a manager's PIN for, in the words of the refusal.
PROTECTED = frozenset({
    N_("changing the settings"), N_("a discount"), N_("a return"), N_("voiding a sale"),
    N_("opening the drawer"), N_("a paid out"), N_("a restore"), N_("unlocking a user"),
})  # fmt: skip


class ApprovalFields(QWidget):
    """Which manager approves, and their PIN (a dialog's keypad types into it)."""

    def __init__(self, ops: Operations, parent: QWidget, *, current: User | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.manager = QComboBox(self)
        self.manager.setObjectName("approver")
        self.manager.setMinimumHeight(44)
        for user in ops.list_users():
            if user.can_approve:
                self.manager.addItem(user.name, user.name)
        if current is not None and current.can_approve:  # the manager at the counter
            self.manager.setCurrentIndex(max(0, self.manager.findData(current.name)))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMinimumHeight(44)
        self.pin.setObjectName("approver_pin")
        self.pin.setPlaceholderText(tr("PIN"))
        form.addRow(tr("Manager"), self.manager)
        form.addRow(tr("Manager PIN"), self.pin)

    def choose(self, name: str, pin: str) -> None:
        self.manager.setCurrentIndex(max(0, self.manager.findData(name)))
        self.pin.setText(pin)

    def approve(
        self,
        what: str,
        then: Callable[[User | None], None],
        fail: Callable[[BaseException], None],
        *,
        required: bool = True,
    ) -> None:
        """Check the chosen manager's PIN on the task runner, then ``then(manager)``.

        Not required and no PIN typed: ``then(None)`` and the domain decides whether approval
        was needed. The PIN box is emptied either way, so it is asked again next time.
        """
        name, pin = self.manager.currentData(), self.pin.text()
        self.pin.clear()
        if not pin and not required:
            then(None)
            return
        if not name or not pin:
            fail(
                ApprovalRequired(
                    tr("{what} needs a manager's approval: type the manager's PIN").format(
                        what=tr(what)
                    )
                )
            )
            self.pin.setFocus()
            return
        self.ops.approve(name, pin, what, then, fail)


def with_approval(
    ops: Operations,
    fields: ApprovalFields | None,
    what: str,
    then: Callable[[User | None], None],
    fail: Callable[[BaseException], None],
    *,
    required: bool | None = None,
) -> None:
    """Approve through ``fields`` (required for the PROTECTED actions), then go on."""
    if fields is None:
        then(None)
        return
    fields.approve(what, then, fail, required=what in PROTECTED if required is None else required)
