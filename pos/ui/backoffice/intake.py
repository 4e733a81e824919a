"""Stock intake: a delivery from one SHG as one document. Choose the SHG and the date, then
scan or type each product with its quantity, agreed SHG price and expiry; "Receive" takes the
whole delivery in one transaction (one journal event per lot) and the intake slip (PDF) is
ready for the SHG to sign. A wrong line is a message at its field and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from pos import clock
from pos.amounts.money import parse_amount
from pos.errors import InvalidInput, PosError
from pos.inventory.intake import IntakeLine, IntakeLineRefused, IntakeSlip
from pos.inventory.stock import parse_date
from pos.outlet.users import User
from pos.products.catalog import Item
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


@dataclass(frozen=True)
class DraftLine:
    """A line of the delivery on screen (the product as found, the line as it will go)."""

    item: Item
    line: IntakeLine


COLUMNS = (
    Column(N_("SKU"), lambda r: r.item.sku),
    Column(N_("Product"), lambda r: r.item.name_en),
    Column(N_("Quantity"), lambda r: r.line.qty),
    Column(N_("SHG price"), lambda r: r.line.shg_price_paise or 0, money=True),
    Column(N_("MRP"), lambda r: r.item.mrp_paise, money=True),
    Column(N_("Expiry"), lambda r: r.line.expiry or ""),
)


class IntakePage(AreaPage):
    title = N_("Stock intake")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.form = Form()
        self.shg = QComboBox(self)
        self.shg.setObjectName("shg")
        self.form.field(N_("SHG"), self.shg)
        self.received = self.form.field(N_("Received on"), DateField("", self))
        self.code = self.form.field(N_("Barcode or SKU"), QLineEdit(self))
        self.code.setObjectName("intake_code")
        self.qty = QSpinBox(self)
        self.qty.setRange(0, 1_000_000)
        self.qty.setObjectName("intake_qty")
        self.form.field(N_("Quantity"), self.qty)
        self.price = self.form.field(N_("Agreed SHG price (₹ each)"), QLineEdit(self))
        self.expiry = self.form.field(N_("Expiry (optional)"), DateField("", self))
        for field in (self.code, self.price, self.expiry):
            field.returnPressed.connect(self.add_line)
        self.add_form(self.form)
        self.receive_button = ActionButton(N_("Receive the delivery"), "F10", self.receive, self)
        self.slip_button = ActionButton(N_("Intake slip (PDF)"), "Ctrl+S", self.save_slip, self)
        self.slip_button.setEnabled(False)
        self.labels_button = ActionButton(N_("Labels"), "F8", self.print_labels, self)
        self.labels_button.setEnabled(False)
        buttons = QGridLayout()  # two rows of three: the row fits 1024 px in Hindi too
        for n, button in enumerate((
            ActionButton(N_("Add line"), "Ctrl+Return", self.add_line, self),
            ActionButton(N_("Remove line"), "Ctrl+Del", self.remove_line, self),
            self.labels_button, self.receive_button, self.slip_button,
        )):  # fmt: skip
            buttons.addWidget(button, n // 3, n % 3)
        self.outer.addLayout(buttons)
        self.model = RowsModel(COLUMNS, self)
        self.view = table_view(self.model, self)
        self.view.setObjectName("intake_lines")
        self.outer.addWidget(self.view, 1)
        self.finish_layout()
        self.slip: IntakeSlip | None = None
        self.unlabelled: list[Any] = []

    def refresh(self) -> None:
        if self.shg.count() == 0:
            for code, name in self.ops.shg_codes():
                self.shg.addItem(f"{code} {name}", code)
        if not self.received.text():
            self.received.setText(clock.business_date(clock.now_utc()))

    def add_line(self) -> None:
        """Check the line where it is typed; add it to the delivery (nothing written yet)."""
        self.form.clear_errors()
        try:
            item = self.ops.find_item(self.code.text())
        except PosError as exc:
            self.form.error(self.code, exc.message)
            return
        if self.qty.value() <= 0:
            self.form.error(self.qty, tr("An intake quantity must be more than zero"))
            return
        try:
            price = parse_amount(self.price.text()) if self.price.text().strip() else None
        except InvalidInput as exc:
            self.form.error(self.price, exc.message)
            return
        if price is not None and price > item.mrp_paise:
            self.form.error(self.price, tr("The SHG price is above the MRP"))
            return
        expiry = self.expiry.text().strip() or None
        if expiry is not None:
            try:
                expiry = parse_date(expiry, "the expiry date")
                received = parse_date(self.received.text(), "the received date")
            except InvalidInput as exc:
                self.form.error(self.expiry, exc.message)
                return
            if expiry < received:
                self.form.error(self.expiry, tr("The expiry is before the received date"))
                return
        line = IntakeLine(item.sku, self.qty.value(), price, expiry)
        self.model.set_rows([*self.model.rows, DraftLine(item, line)])
        for field in (self.code, self.price, self.expiry):
            field.clear()
        self.qty.setValue(0)
        self.code.setFocus()

    def remove_line(self) -> None:
        draft = selected(self.view)
        if draft is not None:
            self.model.set_rows([r for r in self.model.rows if r is not draft])

    def receive(self) -> None:
        self.form.clear_errors()
        if not self.model.rows:
            self.form.error(self.code, tr("Add the delivery's lines first"))
            return
        lines = [r.line for r in self.model.rows]
        self.busy_bar.show()
        self.receive_button.setEnabled(False)
        self.ops.receive_intake(self.shg.currentData() or "", self.received.text(), lines,
                                self.manager, self._received, self._refused)  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        self.receive_button.setEnabled(True)
        if isinstance(error, IntakeLineRefused):
            self.busy_bar.hide()
            self.view.selectRow(error.line)
            self.message.show_text(error.message, "error")
            return
        if isinstance(error, InvalidInput) and "received date" in error.message:
            self.busy_bar.hide()
            self.form.error(self.received, error.message)
            return
        self.fail(error)

    def _received(self, slip: IntakeSlip) -> None:
        self.busy_bar.hide()
        self.receive_button.setEnabled(True)
        self.slip = slip
        self.slip_button.setEnabled(True)
        self.model.set_rows([])
        self.unlabelled = self.ops.lots_needing_labels(slip)
        self.labels_button.setEnabled(bool(self.unlabelled))
        text = counted(
            len(slip.lots), N_("Delivery received: 1 lot"), N_("Delivery received: {n} lots")
        )
        if self.unlabelled:
            text += " · " + tr("{n} need barcode labels (F8)").format(n=len(self.unlabelled))
        self.say(text)

    def print_labels(self) -> None:
        """In-store barcode labels for the lots whose product has none, one per unit."""
        hooks = getattr(self.window(), "hooks", None)
        hook = getattr(hooks, "print_labels", None)
        if hook is None:
            self.message.show_text(tr("Printing is not set up"), "error")
            return
        for lot in self.unlabelled:
            copies = max(1, min(lot.qty_received, 200))
            self.ops.run_hook(lambda sku=lot.sku, n=copies: hook(sku, n), None, self.fail)
        self.say(tr("Labels sent"))

    def save_slip(self, path: Path | None = None) -> None:
        if self.slip is None:
            return
        target = path or self.ask_save_path(
            f"intake-{self.slip.shg_code}-{self.slip.received_on}.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        from pos.printing.documents.backoffice_docs import intake_slip_document

        document = intake_slip_document(self.ops.reader.outlet, self.slip)
        self.long(lambda done, fail: self.ops.write_pdf(document, target, done, fail),
                  lambda _p: self.say(tr("PDF written") + f": {target}"))  # fmt: skip
