"""What the search box receives: scanner codes (whatever they end with, whatever prefix the
scanner adds) and typed quantities; and the quantity dialog for a line or loose goods."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos.amounts.quantity import format_quantity, parse_quantity
from pos.errors import InvalidInput, PosError
from pos.products.catalog import Item
from pos.ui.language.i18n import N_, current_language, item_names, tr
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.keypad import FieldKeypad

# An AIM symbology identifier (]E0 for EAN-13, ]C1 for GS1-128 …) that scanners may send first.
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
UNIT_HINTS = {
    "pc": N_("How many pieces?"),
    "g": N_("Weight: in kg (1.5) or in g (250 g)"),
    "ml": N_("Volume: in litres (1.5) or in ml (250 ml)"),
}


def clean_scan(text: str) -> str:
    """The code a scanner meant: no control characters (STX/ETX, CR, LF, Tab), no AIM prefix."""
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return _AIM.sub("", text).strip()


class QuantityDialog(FormDialog):
    """How many (pieces), or how much (kg/g, l/ml), of one item, with the keypad."""

    ok_text = "Set quantity"

    def __init__(
        self, item: Item, current: int | None, on_qty: Callable[[int], None], parent: QWidget
    ) -> None:
        super().__init__("Quantity", parent)
        self.item, self.on_qty = item, on_qty
        primary, _ = item_names(item.name_en, item.name_hi, current_language())
        self.body.addWidget(QLabel(primary, self))
        self.hint = QLabel(tr(UNIT_HINTS.get(item.unit, UNIT_HINTS["pc"])), self)
        self.body.addWidget(self.hint)
        shown = "" if current is None else format_quantity(current, item.unit)
        self.amount = QLineEdit(shown.replace(" ", ""), self)
        self.amount.setObjectName("quantity")
        self.amount.setMinimumHeight(44)
        self.body.addWidget(self.amount)
        self.body.addWidget(FieldKeypad(self))

    def submit(self) -> None:
        try:
            qty = parse_quantity(self.amount.text(), self.item.unit)
        except InvalidInput as exc:
            self.fail(exc)
            return
        self.accept()
        try:
            self.on_qty(qty)
        except PosError as exc:  # e.g. over the largest quantity: said on the sale screen
            self.fail(exc)
