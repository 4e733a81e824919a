"""The counter's dialogs: shift open, manager approval, line discount, returns and voids,
held carts, cash movements. Each opens window-modal without blocking (``open()``), shows a
refusal in its own message line and stays open, so nothing changes until it succeeds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.errors import InvalidInput, PosError
from pos.money import format_paise, format_rupees, parse_amount
from pos.sales import CartLine, ReturnLine, SaleRecord
from pos.ui.i18n import N_, current_language, item_names, tr
from pos.ui.operations import Operations
from pos.ui.widgets import ActionButton, Keypad, Message
from pos.users import User


class FormDialog(QDialog):
    """A dialog with a body, a message line and OK/Cancel buttons showing their keys."""

    ok_text = "OK"

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.message = Message(self)
        self.layout_.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel_button = ActionButton("Cancel", "Esc", self.reject, self)
        self.ok_button = ActionButton(self.ok_text, "Ctrl+Return", self.submit, self)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        self.layout_.addLayout(row)
        self.setMinimumWidth(460)

    def showEvent(self, event: Any) -> None:
        # Enter belongs to the focused field (scan a receipt, type an amount), never to
        # whichever button Qt would make the default.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        super().showEvent(event)

    def submit(self) -> None:  # overridden
        self.accept()

    def fail(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.message.show_text(error.message, "error")

    def busy(self) -> None:
        self.ok_button.setEnabled(False)
        self.message.clear_text()


class ApprovalFields(QWidget):
    """A manager's name and PIN, for actions a cashier must not do alone."""

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.manager = QComboBox(self)
        self.manager.addItem(tr("(no approval)"), None)
        for user in ops.list_users():
            if user.can_approve:
                self.manager.addItem(user.name, user.name)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setObjectName("approver_pin")
        form.addRow(tr("Manager"), self.manager)
        form.addRow(tr("Manager PIN"), self.pin)

    def choose(self, name: str, pin: str) -> None:
        self.manager.setCurrentIndex(max(0, self.manager.findData(name)))
        self.pin.setText(pin)


def with_approval(
    ops: Operations,
    fields: ApprovalFields | None,
    what: str,
    then: Callable[[User | None], None],
    fail: Callable[[BaseException], None],
) -> None:
    """Check the manager's PIN (on the task runner) when one is given, then go on; with none,
    the domain decides whether approval was needed (and refuses if so)."""
    name = fields.manager.currentData() if fields is not None else None
    if not name:
        then(None)
        return
    ops.approve(name, fields.pin.text() if fields else "", what, then, fail)


class ShiftOpenDialog(FormDialog):
    ok_text = "Open shift"

    def __init__(
        self, ops: Operations, cashier: User, on_opened: Callable[[Any], None], parent: QWidget
    ) -> None:
        super().__init__("Open the shift", parent)
        self.ops, self.cashier, self.on_opened = ops, cashier, on_opened
        self.body.addWidget(QLabel(tr("Opening cash float (counted in the drawer)"), self))
        self.amount = QLineEdit(format_paise(ops.suggested_float()), self)
        self.amount.setObjectName("float")
        self.amount.selectAll()
        self.amount.returnPressed.connect(self.submit)
        self.body.addWidget(self.amount)
        self.body.addWidget(Keypad(self.amount, self))

    def submit(self) -> None:
        try:
            paise = parse_amount(self.amount.text() or "0")
        except InvalidInput as exc:
            self.fail(exc)
            return
        self.busy()
        self.ops.open_shift(self.cashier, paise, self._done, self.fail)

    def _done(self, shift: Any) -> None:
        self.accept()
        self.on_opened(shift)


class DiscountDialog(FormDialog):
    ok_text = "Apply discount"

    def __init__(
        self,
        ops: Operations,
        cashier: User,
        line: CartLine,
        on_priced: Callable[[CartLine], None],
        parent: QWidget,
    ) -> None:
        super().__init__("Line discount", parent)
        self.ops, self.cashier, self.line, self.on_priced = ops, cashier, line, on_priced
        primary, _ = item_names(line.item.name_en, line.item.name_hi, current_language())
        self.body.addWidget(
            QLabel(
                f"{primary} × {line.qty}  ({format_rupees(line.unit_price_paise * line.qty)})", self
            )
        )
        self.amount = QLineEdit(
            format_paise(line.discount_paise) if line.discount_paise else "", self
        )
        self.amount.setObjectName("discount")
        self.amount.setPlaceholderText(tr("Discount in rupees for the whole line"))
        self.body.addWidget(self.amount)
        self.approval = ApprovalFields(ops, self)
        self.body.addWidget(self.approval)

    def submit(self) -> None:
        try:
            paise = parse_amount(self.amount.text() or "0")
        except InvalidInput as exc:
            self.fail(exc)
            return
        self.busy()
        with_approval(
            self.ops, self.approval, "a discount", lambda who: self._price(paise, who), self.fail
        )

    def _price(self, paise: int, approver: User | None) -> None:
        try:
            priced = self.ops.price_line(
                self.line.item,
                self.line.qty,
                discount_paise=paise,
                unit_price_paise=self.line.unit_price_paise,
                actor=self.cashier,
                approver=approver,
            )
        except PosError as exc:
            self.fail(exc)
            return
        self.accept()
        self.on_priced(priced)


class ReturnDialog(FormDialog):
    """Return some lines of a receipt, or void it whole; a manager approves either."""

    ok_text = "Return selected"

    def __init__(
        self, ops: Operations, cashier: User, on_done: Callable[[SaleRecord], None], parent: QWidget
    ) -> None:
        super().__init__("Return or void a sale", parent)
        self.ops, self.cashier, self.on_done = ops, cashier, on_done
        self.sale: SaleRecord | None = None
        form = QFormLayout()
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("receipt")
        self.receipt.setPlaceholderText(tr("Receipt number, then Enter"))
        self.receipt.returnPressed.connect(self.load)
        form.addRow(tr("Receipt"), self.receipt)
        self.body.addLayout(form)
        self.lines = QTableWidget(0, 3, self)
        self.lines.setHorizontalHeaderLabels([tr("Item"), tr("Sold"), tr("Return")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(0, 300)
        self.body.addWidget(self.lines)
        form2 = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        form2.addRow(tr("Reason"), self.reason)
        self.refund = QComboBox(self)
        self.refund.addItem(tr("Cash"), "cash")
        self.refund.addItem(tr("UPI"), "upi")
        form2.addRow(tr("Refund by"), self.refund)
        self.body.addLayout(form2)
        self.approval = ApprovalFields(ops, self)
        self.body.addWidget(self.approval)
        self.void_button = ActionButton(
            "Void whole sale", "Ctrl+D", lambda: self.submit(void=True), self
        )
        self.layout_.addWidget(self.void_button)
        self.setMinimumWidth(620)

    def load(self) -> None:
        try:
            sale = self.ops.get_sale(self.receipt.text())
            left = self.ops.returnable(sale.receipt_no)
        except PosError as exc:
            self.fail(exc)
            return
        self.sale = sale
        self.message.clear_text()
        self.lines.setRowCount(len(sale.lines))
        language = current_language()
        for row, line in enumerate(sale.lines):
            primary, _ = item_names(line["name_en"], line["name_hi"], language)
            self.lines.setItem(row, 0, QTableWidgetItem(primary))
            self.lines.setItem(row, 1, QTableWidgetItem(str(line["qty"])))
            spin = QSpinBox(self)
            spin.setRange(0, left.get(line["line_no"], 0))
            self.lines.setCellWidget(row, 2, spin)
        self.lines.setFocus()

    def return_qty(self, row: int, qty: int) -> None:
        spin = self.lines.cellWidget(row, 2)
        assert isinstance(spin, QSpinBox)
        spin.setValue(qty)

    def submit(self, void: bool = False) -> None:
        if self.sale is None or self.sale.receipt_no != self.receipt.text().strip().upper():
            self.load()
            if self.sale is None:
                return
        items = []
        for row, line in enumerate(self.sale.lines):
            spin = self.lines.cellWidget(row, 2)
            if isinstance(spin, QSpinBox) and spin.value():
                items.append(ReturnLine(line["line_no"], spin.value()))
        if not void and not items:
            self.fail(InvalidInput(tr("choose how many of which line to return")))
            return
        self.busy()
        what = "voiding a sale" if void else "a return"
        receipt = self.sale.receipt_no
        with_approval(
            self.ops, self.approval, what,
            lambda who: self.ops.return_sale(
                receipt, items, cashier=self.cashier, approver=who,
                refund_method=self.refund.currentData(), reason=self.reason.text(), void=void,
                on_done=self._done, on_error=self.fail,
            ),
            self.fail,
        )  # fmt: skip

    def _done(self, record: SaleRecord) -> None:
        self.accept()
        self.on_done(record)


class HeldCartsDialog(FormDialog):
    ok_text = "Recall"

    def __init__(self, carts: list[Any], on_pick: Callable[[str], None], parent: QWidget) -> None:
        super().__init__("Recall a held cart", parent)
        self.on_pick = on_pick
        self.list = QListWidget(self)
        self.list.setObjectName("held")
        for held in carts:
            text = (
                f"{held.label}   —   {len(held.lines)} "
                + tr("lines")
                + f"   {format_rupees(held.total_paise)}"
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, held.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.submit())
        self.body.addWidget(self.list)

    def submit(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            self.reject()
            return
        self.accept()
        self.on_pick(entry.data(Qt.ItemDataRole.UserRole))


CASH_KINDS = (("no_sale", N_("No sale (open drawer)")), ("paid_in", N_("Paid in")),
              ("paid_out", N_("Paid out")), ("drop", N_("Cash drop")))  # fmt: skip


class CashMovementDialog(FormDialog):
    ok_text = "Record"

    def __init__(
        self,
        ops: Operations,
        cashier: User,
        kind: str,
        on_done: Callable[[Any], None],
        parent: QWidget,
    ) -> None:
        super().__init__("Cash drawer", parent)
        self.ops, self.cashier, self.on_done = ops, cashier, on_done
        form = QFormLayout()
        self.kind = QComboBox(self)
        for key, label in CASH_KINDS:
            self.kind.addItem(tr(label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        form.addRow(tr("What"), self.kind)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Reason"), self.reason)
        self.body.addLayout(form)
        self.approval = ApprovalFields(ops, self)
        self.body.addWidget(self.approval)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.amount.setEnabled(self.kind.currentData() != "no_sale")

    def submit(self) -> None:
        kind = self.kind.currentData()
        try:
            paise = (
                0
                if kind == "no_sale"
                else parse_amount(self.amount.text() or "0", allow_zero=False)
            )
        except InvalidInput as exc:
            self.fail(exc)
            return
        self.busy()
        with_approval(
            self.ops, self.approval, "a cash movement",
            lambda who: self.ops.cash_movement(
                kind, paise, self.reason.text(), user=self.cashier, approver=who,
                on_done=self._done, on_error=self.fail,
            ),
            self.fail,
        )  # fmt: skip

    def _done(self, result: Any) -> None:
        self.accept()
        self.on_done(result)


class ReprintDialog(FormDialog):
    ok_text = "Reprint"

    def __init__(
        self, ops: Operations, last: str, on_chosen: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__("Reprint a receipt", parent)
        self.ops, self.on_chosen = ops, on_chosen
        self.receipt = QLineEdit(last, self)
        self.receipt.setObjectName("receipt")
        self.receipt.selectAll()
        self.receipt.returnPressed.connect(self.submit)
        self.body.addWidget(QLabel(tr("Receipt number (the last one is filled in)"), self))
        self.body.addWidget(self.receipt)

    def submit(self) -> None:
        try:
            sale = self.ops.get_sale(self.receipt.text())
        except PosError as exc:
            self.fail(exc)
            return
        self.accept()
        self.on_chosen(sale.receipt_no)


class PrintProblemsDialog(FormDialog):
    """The print queue's failures in plain words; OK tries every waiting job again now; F5
    reprints the chosen receipt that was sent but not confirmed (or failed), marked DUPLICATE.
    """

    ok_text = "Retry printing"

    def __init__(
        self,
        problems: list[Any],
        on_retry: Callable[[], None],
        parent: QWidget,
        on_reprint: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__("Print problems", parent)
        self.on_retry, self.on_reprint = on_retry, on_reprint
        self.reprints = [getattr(problem, "reprint", None) for problem in problems]
        self.list = QListWidget(self)
        self.list.setObjectName("problems")
        self.list.addItems([str(p) for p in problems] or [tr("Nothing is waiting to print")])
        self.body.addWidget(self.list)
        self.reprint_button = ActionButton("Reprint (DUPLICATE)", "F5", self.reprint, self)
        self.reprint_button.setVisible(on_reprint is not None and any(self.reprints))
        self.body.addWidget(self.reprint_button)
        self.setMinimumWidth(640)

    def reprint(self) -> None:
        """The selected line's receipt, else the newest one that can be reprinted."""
        row = self.list.currentRow()
        chosen = self.reprints[row] if 0 <= row < len(self.reprints) else None
        chosen = chosen or next((r for r in self.reprints if r), None)
        if chosen is None or self.on_reprint is None:
            return
        self.accept()
        self.on_reprint(chosen)

    def submit(self) -> None:
        self.accept()
        self.on_retry()


class UnprintedDialog(PrintProblemsDialog):
    """At start-up: receipts that were sold but have not printed yet."""

    def __init__(self, receipts: list[str], on_retry: Callable[[], None], parent: QWidget) -> None:
        super().__init__(receipts, on_retry, parent)
        self.setWindowTitle(tr("Receipts not printed yet"))
        self.body.insertWidget(
            0, QLabel(tr("These receipts were sold but have not printed yet:"), self)
        )
        self.list.setObjectName("unprinted")


class LabelsDialog(FormDialog):
    """Barcode labels: the product (the selected line's, or any SKU or barcode) and copies."""

    ok_text = "Print labels"

    def __init__(
        self, ops: Operations, sku: str, on_chosen: Callable[[str, int], None], parent: QWidget
    ) -> None:
        super().__init__("Barcode labels", parent)
        self.ops, self.on_chosen = ops, on_chosen
        form = QFormLayout()
        self.product = QLineEdit(sku, self)
        self.product.setObjectName("product")
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 200)
        self.copies.setObjectName("copies")
        form.addRow(tr("Product (SKU or barcode)"), self.product)
        form.addRow(tr("Copies"), self.copies)
        self.body.addLayout(form)

    def submit(self) -> None:
        try:
            item = self.ops.find_item(self.product.text().strip())
        except PosError as exc:
            self.fail(exc)
            return
        self.accept()
        self.on_chosen(item.sku, self.copies.value())
