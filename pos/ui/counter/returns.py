"""The return dialog as the cashier needs it before confirming: each line's price and the
refund total for the quantities chosen, and a void that asks "are you sure" with the amount.

The figures follow the domain's rule (``pos.selling.sales.return_sale``): a line's refund is its
charged gross in proportion to the quantity (half-up), the last of a line takes what is
left, and the refund is rounded to the rupee like any bill.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox, QTableWidgetItem

from pos.amounts.money import Paise, div_half_up, format_rupees, round_bill
from pos.selling.sales import SaleRecord
from pos.ui.language.i18n import tr
from pos.ui.shared import dialogs, fit


def line_refund(line: dict[str, Any], left: int, qty: int) -> Paise:
    """What returning ``qty`` of a sold line refunds (before the bill's rounding)."""
    if qty <= 0:
        return 0
    if qty == left == line["qty"]:
        return int(line["gross_paise"])
    return div_half_up(int(line["gross_paise"]) * qty, int(line["qty"]))


def refund_total(lines: Sequence[dict[str, Any]], left: dict[int, int],
                 chosen: dict[int, int]) -> Paise:  # fmt: skip
    """The refund for ``chosen`` {line_no: qty}, rounded to the rupee as the return will be."""
    gross = sum(
        line_refund(line, left.get(line["line_no"], 0), chosen.get(line["line_no"], 0))
        for line in lines
    )
    return round_bill(gross).total if gross else 0


class ReturnDialog(dialogs.ReturnDialog):
    """Return some lines (prices and the refund shown as they are chosen), or void the sale
    after an "are you sure" that names the receipt and the amount."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.left: dict[int, int] = {}
        self.refund_label = QLabel(self)
        self.refund_label.setObjectName("refund_total")
        self.refund_label.setStyleSheet("font-weight: bold;")
        self.body.insertWidget(2, self.refund_label)
        self.confirm: QMessageBox | None = None
        self.void_button.clicked.disconnect()
        self.void_button.clicked.connect(lambda _c=False: self.ask_void())

    def load(self) -> None:
        super().load()
        sale = self.sale
        if sale is None:
            return
        self.left = self.ops.returnable(sale.receipt_no)
        self.lines.setColumnCount(4)
        self.lines.setHorizontalHeaderLabels([tr("Item"), tr("Sold"), tr("Return"), tr("Price")])
        for row, line in enumerate(sale.lines):
            each = div_half_up(int(line["gross_paise"]), int(line["qty"]))
            cell = QTableWidgetItem(format_rupees(each))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, 3, cell)
            spin = self.lines.cellWidget(row, 2)
            if isinstance(spin, QSpinBox):
                spin.valueChanged.connect(lambda _v: self.show_refund())
        self.show_refund()

    def chosen(self) -> dict[int, int]:
        if self.sale is None:
            return {}
        out = {}
        for row, line in enumerate(self.sale.lines):
            spin = self.lines.cellWidget(row, 2)
            if isinstance(spin, QSpinBox) and spin.value():
                out[line["line_no"]] = spin.value()
        return out

    def show_refund(self) -> None:
        if self.sale is None:
            self.refund_label.clear()
            return
        refund = refund_total(self.sale.lines, self.left, self.chosen())
        self.refund_label.setText(tr("Refund for the lines chosen") + f": {format_rupees(refund)}")

    def void_amount(self, sale: SaleRecord) -> Paise:
        return refund_total(sale.lines, self.left, self.left)

    def ask_void(self) -> None:
        """Are you sure? — with the receipt and the amount; Yes voids, No changes nothing."""
        if self.sale is None or self.sale.receipt_no != self.receipt.text().strip().upper():
            self.load()
            if self.sale is None:
                return
        amount = self.void_amount(self.sale)
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Void the whole sale?"),
            tr("Void the whole sale {receipt}? The customer gets a refund of {amount}.")
            .replace("{receipt}", self.sale.receipt_no).replace("{amount}", format_rupees(amount)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setObjectName("void_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Yes, void it"))
        box.button(QMessageBox.StandardButton.No).setText(tr("No, keep the sale"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm = box
        fit.watch(box)
        box.finished.connect(self._void_answered)
        box.open()

    def _void_answered(self, answer: int) -> None:
        box, self.confirm = self.confirm, None
        if box is not None:
            box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self.submit(void=True)
