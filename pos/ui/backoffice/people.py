"""People: add a cashier or manager, reset a PIN, unlock a locked user, deactivate a user
(their name stays on every sale they made). Each change is journalled with the manager who
opened the back office as its approver."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from pos.errors import PosError
from pos.outlet.users import User, UserRow
from pos.ui.backoffice.common import LOW, AreaPage, Column, Form, RowsModel, selected, table_view
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

COLUMNS = (
    Column(N_("Name"), lambda u: u.name),
    Column(N_("Role"), lambda u: tr(u.role.capitalize())),
    Column(N_("Language"), lambda u: "हिंदी" if u.language == "hi" else "English"),
    Column(N_("State"), lambda u: _state(u)),
    Column(N_("Locked until"), lambda u: (u.locked_until or "")[:16]),
)


def _state(user: UserRow) -> str:
    if not user.active:
        return tr("Deactivated")
    if user.needs_pin:  # rebuilt by a restore: the PIN is never in the journal
        return tr("Needs a new PIN (Reset PIN)")
    return tr("Active")


class PeoplePage(AreaPage):
    title = N_("People")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.model = RowsModel(
            COLUMNS, self, lambda u: LOW if u.locked_until or (u.active and u.needs_pin) else None
        )
        self.view = table_view(self.model, self)
        self.view.setObjectName("people")
        self.outer.addWidget(self.view, 1)
        self.form = Form()
        self.name = self.form.field(N_("Name"), QLineEdit(self))
        self.name.setObjectName("person_name")
        self.role = QComboBox(self)
        for text, role in ((N_("Cashier"), "cashier"), (N_("Manager"), "manager")):
            self.role.addItem(tr(text), role)
        self.form.field(N_("Role"), self.role)
        self.language = QComboBox(self)
        self.language.addItem("हिंदी", "hi")
        self.language.addItem("English", "en")
        self.form.field(N_("Language"), self.language)
        self.pin = self.form.field(N_("New PIN (4 to 8 digits)"), QLineEdit(self))
        self.pin.setObjectName("person_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.add_form(self.form, pin=True)  # the only field typed by touch is the PIN
        buttons = QHBoxLayout()
        for text, key, slot in ((N_("Add user"), "F5", self.add), (N_("Reset PIN"), "F6",
                                self.reset_pin), (N_("Unlock"), "F7", self.unlock),
                                (N_("Deactivate"), "F8", self.deactivate)):  # fmt: skip
            buttons.addWidget(ActionButton(text, key, slot, self))
        self.outer.addLayout(buttons)
        self.finish_layout()
        self.armed: str | None = None  # whom Deactivate was pressed once for
        self.name.textChanged.connect(self._disarm)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._picked())

    def refresh(self) -> None:
        self.model.set_rows(self.ops.user_rows())

    def _picked(self) -> None:
        row = selected(self.view)
        if isinstance(row, UserRow):  # the person's own role and language, not the last typed
            self.name.setText(row.name)
            self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
            self.language.setCurrentIndex(max(0, self.language.findData(row.language)))

    def _disarm(self, _text: str = "") -> None:
        self.armed = None

    def _check_pin(self) -> bool:
        pin = self.pin.text()
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            self.form.error(self.pin, tr("A PIN is 4 to 8 digits"))
            return False
        return True

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, PosError):
            raise error
        field = self.pin if "PIN" in error.message else self.name
        self.form.error(field, error.message)

    def _done(self, what: str) -> Any:
        def done(_user: object) -> None:
            self.pin.clear()
            self.say(tr(what) + f": {self.name.text()}")
            self.refresh()

        return done

    def add(self) -> None:
        self.form.clear_errors()
        if not self.name.text().strip():
            self.form.error(self.name, tr("Type the person's name"))
            return
        if not self._check_pin():
            return
        self.ops.add_user(self.name.text(), self.role.currentData(), self.pin.text(),
                          self.language.currentData(), self.manager, self._done(N_("Added")),
                          self._refused)  # fmt: skip

    def reset_pin(self) -> None:
        self.form.clear_errors()
        if not self._check_pin():
            return
        self.ops.reset_pin(self.name.text(), self.pin.text(), self.manager,
                           self._done(N_("PIN reset")), self._refused)  # fmt: skip

    def unlock(self) -> None:
        self.form.clear_errors()
        self.ops.unlock_user(self.name.text(), self.manager, self._done(N_("Unlocked")),
                             self._refused)  # fmt: skip

    def deactivate(self) -> None:
        """Asks first: the key pressed once says whom it deactivates, twice does it."""
        self.form.clear_errors()
        name = self.name.text().strip()
        if self.armed != name:
            self.armed = name
            self.message.show_text(tr("Press Deactivate again to deactivate {name}")
                                   .format(name=name), "error")  # fmt: skip
            return
        self.armed = None
        self.ops.deactivate_user(self.name.text(), self.manager, self._done(N_("Deactivated")),
                                 self._refused)  # fmt: skip
