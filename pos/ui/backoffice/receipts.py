"""Receipts: find a sale by number, dates, amount, product or tender; see it as printed;
reprint it (DUPLICATE); start a return or void from it. F2: the shift's last 50."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos.amounts.money import parse_amount
from pos.errors import InvalidInput
from pos.outlet.users import User
from pos.selling.receipts import ReceiptRow
from pos.selling.sales import SaleRecord
from pos.ui.backoffice.common import (
    AreaPage,
    Column,
    DateField,
    Form,
    RowsModel,
    counted,
    selected,
    table_view,
)
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

KINDS = {"sale": N_("Sale"), "return": N_("Return")}
COLUMNS = (
    Column(N_("Receipt"), lambda r: r.receipt_no),
    Column(N_("Date"), lambda r: r.business_date),
    Column(N_("Kind"), lambda r: tr("Void") if r.void else tr(KINDS[r.kind])),
    Column(N_("Total"), lambda r: r.total_paise, money=True),
    Column(
        N_("Paid by"),
        lambda r: ", ".join(tr(t.upper() if t == "upi" else t.capitalize()) for t in r.tenders),
    ),
    Column(N_("Cashier"), lambda r: r.cashier),
)


class ReceiptsPage(AreaPage):
    title = N_("Receipts")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        # Two columns of filters, so the list keeps most of a 768 px screen.
        self.form, self.form2 = Form(), Form()
        self.receipt = self.form.field(N_("Receipt number"), QLineEdit(self))
        self.amount = self.form.field(N_("Amount"), QLineEdit(self))
        self.product = self.form.field(N_("Product"), QLineEdit(self))
        self.date_from = self.form2.field(N_("From date"), DateField("", self))
        self.date_to = self.form2.field(N_("To date"), DateField("", self))
        self.tender = QComboBox(self)
        for text, data in ((N_("Any"), ""), (N_("Cash"), "cash"), (N_("UPI"), "upi"),
                           (N_("Card"), "card")):  # fmt: skip
            self.tender.addItem(tr(text), data)
        self.form2.field(N_("Paid by"), self.tender)
        for field in (self.receipt, self.date_from, self.date_to, self.amount, self.product):
            field.returnPressed.connect(self.search)
        filters = QHBoxLayout()
        filters.addLayout(self.form, 1)
        filters.addLayout(self.form2, 1)
        # two columns of filters fill 1024 px; touch picks from the list below
        self.add_form(filters, keypad=False)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Search"), "Ctrl+F", self.search, self))
        buttons.addWidget(ActionButton(N_("Last 50 of the shift"), "F2", self.last_of_shift,
                                       self))  # fmt: skip
        self.reprint_button = ActionButton(N_("Reprint (DUPLICATE)"), "Ctrl+P", self.reprint,
                                           self)  # fmt: skip
        self.return_button = ActionButton(N_("Return / void"), "F9", self.start_return, self)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.return_button)
        self.outer.addLayout(buttons)
        split = QSplitter(self)
        self.model = RowsModel(COLUMNS, self)
        self.view = table_view(self.model, split)
        self.view.setObjectName("receipts")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_receipt())
        self.preview = QWidget(split)
        QVBoxLayout(self.preview)
        split.addWidget(self.view)
        split.addWidget(self.preview)
        split.setSizes([600, 380])
        self.outer.addWidget(split, 1)
        self.finish_layout()

    def refresh(self) -> None:
        if not self.model.rows:
            self.last_of_shift()

    def filters(self) -> dict[str, Any] | None:
        """The filters typed, or None after showing a refusal at the field."""
        self.form.clear_errors()
        self.form2.clear_errors()
        amount = None
        if self.amount.text().strip():
            try:
                amount = parse_amount(self.amount.text(), allow_zero=False)
            except InvalidInput as exc:
                self.form.error(self.amount, exc.message)
                return None
        return {
            "receipt": self.receipt.text(), "date_from": self.date_from.text(),
            "date_to": self.date_to.text(), "total_paise": amount,
            "product": self.product.text(), "tender": self.tender.currentData(),
        }  # fmt: skip

    def search(self) -> None:
        filters = self.filters()
        if filters is None:
            return

        def refused(error: BaseException) -> None:
            self.busy_bar.hide()
            words = ("day", "date", "period")
            if isinstance(error, InvalidInput) and any(w in error.message for w in words):
                self.form2.error(self.date_from, str(error))
                return
            self.fail(error)

        self.busy_bar.show()
        self.ops.find_receipts(self._found, refused, **filters)

    def last_of_shift(self) -> None:
        self.long(self.ops.last_receipts_of_shift, self._found)

    def _found(self, rows: list[ReceiptRow]) -> None:
        self.busy_bar.hide()
        self.model.set_rows(rows)
        self.say(
            counted(len(rows), N_("1 receipt"), N_("{n} receipts"))
            if rows
            else tr("No receipt matches")
        )
        if rows:
            self.view.selectRow(0)
        else:  # not a receipt the search did not find
            self.drop_document()

    def current(self) -> ReceiptRow | None:
        row = selected(self.view)
        return row if isinstance(row, ReceiptRow) else None

    def show_receipt(self) -> None:
        row = self.current()
        if row is None:
            return
        self.put_document(self.preview, self.ops.receipt_document(row.receipt_no),
                          "receipt_preview")  # fmt: skip

    def reprint(self) -> None:
        row = self.current()
        if row is None:
            self.say(tr("Choose a receipt first"))
            return
        hook = getattr(self.window(), "reprint_duplicate", None)
        if (
            hook is None
            or getattr(self.window(), "hooks", None) is None
            or (
                self.window().hooks.reprint is None  # type: ignore[attr-defined]
            )
        ):
            self.message.show_text(tr("Printing is not set up"), "error")
            return
        hook(row.receipt_no)
        self.say(tr("Reprint sent") + f": {row.receipt_no}")

    def start_return(self) -> None:
        row = self.current()
        if row is None or row.kind != "sale" or row.void:
            self.say(tr("Choose a sale first"))
            return
        from pos.ui.counter.returns import ReturnDialog

        def done(record: SaleRecord) -> None:
            self.say((tr("Void") if record.is_void else tr("Return")) + f": {record.receipt_no}")
            self.search()

        dialog = ReturnDialog(self.ops, self.manager, done, self)
        dialog.receipt.setText(row.receipt_no)
        dialog.load()
        dialog.open()
