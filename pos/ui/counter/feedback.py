"""Honest feedback on the sale screen: the change in large type until the next scan, and a
printer that cannot print as a banner saying what to do.

Texts are the cashier's words (translated with ``tr``); the remedies say what to do with the
hands, not what went wrong inside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pos.amounts.money import Paise, format_rupees
from pos.ui.language.i18n import N_, tr
from pos.ui.shell.indicators import ERROR, IndicatorState

REMEDIES = {  # the printer service's state -> what the cashier does about it
    "off": N_("The printer is off or unplugged: switch it on and check its cable. "
              "Receipts wait and print when it is back."),
    "timeout": N_("The printer is not answering: check that it is on and its cable or "
                  "network. Receipts wait and print when it answers."),
    "dropped": N_("The printer's connection was lost: check its cable or network. "
                  "Receipts wait and print when it is back."),
    "paper": N_("The printer is out of paper: open it and load a new roll. "
                "The waiting receipts then print."),
    "error": N_("The printer has a problem: press Printer below (Ctrl+Shift+P) to see it "
                "and retry."),
}  # fmt: skip


class PrinterBanner(QLabel):
    """A red band across the sale screen while the printer cannot print."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("printer_banner")
        self.setWordWrap(True)
        self.setMinimumWidth(1)
        self.code = ""
        self.hide()

    def show_state(self, state: IndicatorState) -> None:
        self.code = state.code if state.level == ERROR else ""
        if not self.code:
            self.hide()
            return
        self.setText(tr(REMEDIES.get(self.code, REMEDIES["error"])))
        self.show()

    def retranslate(self) -> None:
        if self.code:
            self.setText(tr(REMEDIES.get(self.code, REMEDIES["error"])))


class ChangeBanner(QWidget):
    """After a sale: "Change ₹50.00" in large type where the cart was, until the next scan."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("change_panel")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.amount = QLabel(self)
        self.amount.setObjectName("change_banner")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self)
        self.detail.setObjectName("change_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        layout.addWidget(self.amount)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.change_paise: Paise | None = None
        self.receipt = ""

    def show_change(self, change_paise: Paise, receipt: str = "") -> None:
        self.change_paise, self.receipt = change_paise, receipt
        self.retranslate()

    def clear(self) -> None:
        """No sale to tell about (a new login or shift)."""
        self.change_paise, self.receipt = None, ""
        self.amount.clear()
        self.detail.clear()

    def retranslate(self) -> None:
        if self.change_paise is None:
            return
        self.amount.setText(tr("Change") + f": {format_rupees(self.change_paise)}")
        self.detail.setText(
            (tr("Sale complete") + f": {self.receipt}" if self.receipt else tr("Saving the sale…"))
            + "\n"
            + tr("Scan the next item to start a new bill")
        )
