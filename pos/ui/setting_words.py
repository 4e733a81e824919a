"""What each outlet setting is called on screen (the settings dialog shows these, translated,
with the setting's own key and help in the tooltip). A setting without a label here shows its
key; tests/test_ui_hindi.py fails when one is missing."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QWidget

from pos.ui.i18n import N_, tr

SETTING_LABELS = {
    "variance_threshold_paise": N_("Cash difference a manager approves (paise)"),
    "commission": N_("Centre's commission"),
    "printer_uri": N_("Receipt printer address"),
    "printer_width_dots": N_("Paper width (dots)"),
    "printer_cutter": N_("Printer has a cutter"),
    "printer_drawer_pin": N_("Cash drawer pin"),
    "print_upi_qr": N_("UPI QR on receipts"),
    "printer_status_check": N_("Ask the printer its status"),
    "printer_timeout_s": N_("Printer wait (seconds)"),
    "display_language": N_("Login screen language"),
    "customer_display": N_("Customer display"),
    "idle_lock_minutes": N_("Lock after idle (minutes)"),
    "sync_nightly_hour": N_("Nightly sync hour"),
    "sync_pull_minutes": N_("Sync every (minutes)"),
    "sync_push_delay_seconds": N_("Send sales after (seconds)"),
    "sync_request_deadline_seconds": N_("Sync request time limit (seconds)"),
    "backup_folder": N_("Backup folder"),
    "backup_keep": N_("Backups to keep"),
    "scale_barcode": N_("Weighing scale label layout"),
    "orders_pull_seconds": N_("Look for delivery orders every (seconds)"),
    "delivery_charge_sku": N_("Delivery charge product (SKU)"),
    "orders_keep_customer_days": N_("Keep delivery customers' details (days)"),
}

VALUE_WORDS = {  # a setting's value words, as the dialog names them
    "yes": N_("yes"), "no": N_("no"), "on": N_("on"), "off": N_("off"), "auto": N_("auto"),
    "always": N_("always"), "never": N_("never"), "upi": N_("UPI"), "en": N_("English"),
    "hi": N_("Hindi"),
}  # fmt: skip


def choices(pattern: str) -> list[str] | None:
    """The values of a setting whose pattern is a plain list of words (``yes|no``), else None."""
    if re.fullmatch(r"[a-z]+(\|[a-z]+)+", pattern):
        return pattern.split("|")
    return None


class ChoiceField(QComboBox):
    """A setting with a few word values, shown in the user's language; ``text()`` and
    ``setText()`` work on the stored value, as a line edit's do."""

    def __init__(self, values: list[str], value: str, parent: QWidget) -> None:
        super().__init__(parent)
        for word in values:
            self.addItem(tr(VALUE_WORDS.get(word, word)), word)
        self.setText(value)

    def text(self) -> str:
        return str(self.currentData())

    def setText(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a stored value the pattern does not know: kept, so saving refuses it
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)
