"""Confirm the clock: offered at the counter when a write is refused because the device clock
is behind the ledger's last event (pos.records.journal.check_clock). The screen shows the
clock's time now and the refusal (which names the last event's time); a manager checks the
date and time, then confirms with their name and PIN (pos.outlet.users.confirm_clock, the
screen's `pos clock confirm`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from pos import clock
from pos.errors import ClockBehind
from pos.outlet.users import User
from pos.ui.language.i18n import N_, tr, tr_error
from pos.ui.operations import Operations
from pos.ui.shared.approval import ApprovalFields
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.keypad import FieldKeypad

WHAT = N_("confirming the clock")


class ClockDialog(FormDialog):
    """The clock's time now, why the till refused, and the manager who confirms it."""

    ok_text = "Confirm the clock"

    def __init__(
        self,
        ops: Operations,
        refusal: ClockBehind,
        parent: QWidget,
        on_confirmed: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__("Confirm the clock", parent)
        self.setObjectName("clock_dialog")
        self.ops, self.on_confirmed = ops, on_confirmed
        why = QLabel(tr_error(refusal.message), self)
        why.setWordWrap(True)
        self.body.addWidget(why)
        now = clock.local(clock.now_utc()).strftime("%d-%m-%Y %H:%M")
        self.now_label = QLabel(tr("This till's date and time now") + f": {now}", self)
        self.now_label.setObjectName("clock_now")
        self.body.addWidget(self.now_label)
        check = QLabel(
            tr("If this is wrong, set the computer's date and time first. If it is "
               "right, a manager confirms it and the till records again."),
            self,
        )  # fmt: skip
        check.setWordWrap(True)
        self.body.addWidget(check)
        self.approval = ApprovalFields(ops, self)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self))

    def submit(self) -> None:
        self.busy()
        self.approval.approve(WHAT, self._approved, self.fail, required=True)

    def _approved(self, manager: User | None) -> None:
        if manager is not None:
            self.ops.confirm_clock(manager, self._done, self.fail)

    def _done(self, event: Any) -> None:
        self.accept()
        if self.on_confirmed is not None:
            self.on_confirmed(event)
