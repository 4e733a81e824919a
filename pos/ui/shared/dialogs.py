"""The counter's dialogs: shift open, manager approval, line discount, returns and voids,
held carts, cash movements. Each opens window-modal without blocking (``open()``), shows a
refusal in its own message line and stays open, so nothing changes until it succeeds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
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

from pos.amounts.money import format_paise, format_rupees, parse_amount
from pos.errors import ClockBehind, DrawerShort, InvalidInput, PosError
from pos.outlet.users import User
from pos.selling.sales import CartLine, ReturnLine, SaleRecord
from pos.ui.language.i18n import N_, current_language, item_names, tr
from pos.ui.operations import Operations
from pos.ui.shared import fit
from pos.ui.shared.approval import ApprovalFields, with_approval
from pos.ui.shared.keypad import FieldKeypad, ReasonButtons
from pos.ui.shared.widgets import ActionButton, Keypad, Message

__all__ = [
    "ApprovalFields",
    "FormDialog",
    "with_approval",
]  # approval lives in pos.ui.shared.approval


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
        self.ok_button.key = "Enter"  # shown so: Enter in any field does it (keyPressEvent)
        self.ok_button.retranslate()
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        self.layout_.addLayout(row)
        self.setMinimumWidth(460)
        fit.watch(self)  # grows when a refusal appears under a field (also opened by .open())

    def showEvent(self, event: Any) -> None:
        # Enter belongs to the focused field (scan a receipt, type an amount), never to
        # whichever button Qt would make the default; no button takes the focus, so Space
        # (or a scanner's space) never presses Cancel.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        super().showEvent(event)
        if not getattr(self, "_watching", False):  # a refusal goes once the cashier fixes it
            self._watching = True
            for edit in self.findChildren(QLineEdit):
                edit.textEdited.connect(self._edited)
        self.focus_first_field()

    def _edited(self, _text: str) -> None:
        if self.message.property("level") == "error":
            self.message.clear_text()

    def first_field(self) -> QWidget | None:
        """The first enabled, shown input field, in the order the dialog lays them out."""
        for widget in self.findChildren(QWidget):
            if (
                isinstance(widget, (QLineEdit, QAbstractSpinBox))
                and widget.isEnabled()
                and widget.isVisibleTo(self)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not isinstance(widget.parent(), QAbstractSpinBox)
            ):
                return widget
        return None

    def focus_first_field(self) -> None:
        field = self.first_field()
        if field is None:
            return
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()  # a prefilled amount is replaced by what is typed
        elif isinstance(field, QAbstractSpinBox):
            field.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter does the main action (unless the field itself acts on Enter); Esc cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            handled = isinstance(focus, QAbstractItemView) or (  # a list acts on its own Enter
                isinstance(focus, QLineEdit) and focus.receivers(SIGNAL("returnPressed()"))
            )
            if not handled and self.ok_button.isEnabled():
                self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:  # overridden
        self.accept()

    def add_side_keypad(self, keypad: QWidget) -> None:
        """The keypad beside the fields, not under them, so a tall dialog fits 768 px."""
        self.layout_.removeItem(self.body)
        row = QHBoxLayout()
        row.addLayout(self.body, 3)
        column = QVBoxLayout()
        column.addWidget(keypad)
        column.addStretch(1)
        row.addLayout(column, 2)
        self.layout_.insertLayout(0, row)
        self.setMinimumWidth(max(self.minimumWidth(), 760))

    def fail(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.message.show_text(error.message, "error")
        parent = self.parentWidget()
        offer = getattr(parent.window() if parent else None, "offer_clock_confirm", None)
        if isinstance(error, ClockBehind) and offer is not None:
            offer(error, self)  # the counter's window: a manager confirms the clock

    def busy(self) -> None:
        self.ok_button.setEnabled(False)
        self.message.clear_text()


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
        self.approval = ApprovalFields(ops, self, current=cashier)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self))

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


RETURN_REASONS = (N_("Damaged"), N_("Wrong item"), N_("Customer changed mind"),
                  N_("Billed by mistake"))  # fmt: skip


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
        self.receipt = QLineEdit(ops.last_receipt_no() or "", self)
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
        form2.addRow(ReasonButtons(self.reason, RETURN_REASONS, self))
        self.refund = QComboBox(self)
        self.refund.addItem(tr("Cash"), "cash")
        self.refund.addItem(tr("UPI"), "upi")
        form2.addRow(tr("Refund by"), self.refund)
        self.body.addLayout(form2)
        self.approval = ApprovalFields(ops, self, current=cashier)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self, receipt=True))
        self.void_button = ActionButton(
            "Void whole sale", "Ctrl+D", lambda: self.submit(void=True), self
        )
        self.layout_.addWidget(self.void_button)
        self.setMinimumWidth(max(self.minimumWidth(), 620))

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

    def fail(self, error: BaseException) -> None:
        """Show a refusal; a drawer too short for a cash refund switches the refund to UPI,
        so the next press refunds by UPI."""
        super().fail(error)
        if isinstance(error, DrawerShort):
            self.refund.setCurrentIndex(self.refund.findData("upi"))

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


CASH_REASONS = {
    "no_sale": (N_("Change for a customer"), N_("Check the drawer")),
    "paid_in": (N_("Change from the bank"), N_("Float top-up")),
    "paid_out": (N_("Tea and snacks"), N_("Transport"), N_("Cleaning")),
    "drop": (N_("Too much cash in the drawer"), N_("To the safe")),
}  # fmt: skip


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
        self.reasons = QWidget(self)
        self.reasons_row = QVBoxLayout(self.reasons)
        self.reasons_row.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.reasons)
        self.approval = ApprovalFields(ops, self, current=cashier)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.amount.setEnabled(kind != "no_sale")
        while self.reasons_row.count():
            old = self.reasons_row.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.reasons_row.addWidget(ReasonButtons(self.reason, CASH_REASONS[kind], self.reasons))
        if self.isVisible():
            self.focus_first_field()

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
        what = {"no_sale": N_("opening the drawer"), "paid_out": N_("a paid out")}.get(
            kind, N_("a cash movement")
        )
        with_approval(
            self.ops, self.approval, what,
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
        self.body.addWidget(FieldKeypad(self, receipt=True))

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
