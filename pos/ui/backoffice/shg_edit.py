"""An SHG added or changed from the catalog area (standalone outlets): code, names, village,
contact, and the bank account, IFSC and UPI ID its payouts go to; each checked at its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pos.errors import CatalogImportError, PosError
from pos.ui.backoffice.common import Form
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.dialogs import FormDialog

FIELDS = (("code", N_("SHG code")), ("name_en", N_("Name (English)")),
          ("name_hi", N_("Name (Hindi)")), ("village", N_("Village")),
          ("contact", N_("Contact")), ("bank_account", N_("Bank account")),
          ("ifsc", N_("IFSC")), ("upi_vpa", N_("UPI ID")))  # fmt: skip
FIELD_WORDS = (("bank account", "bank_account"), ("IFSC", "ifsc"), ("UPI", "upi_vpa"),
               ("code", "code"), ("name", "name_en"))  # fmt: skip


class ShgDialog(FormDialog):
    ok_text = "Save SHG"

    def __init__(self, ops: Operations, on_saved: Callable[[str], None], parent: QWidget) -> None:
        super().__init__("Self-help group", parent)
        self.ops, self.on_saved = ops, on_saved
        self.form = Form()
        self.existing = QComboBox(self)
        self.existing.addItem(tr("New SHG"), None)
        self.shgs = {row.code: row for row in ops.shg_rows()}
        for code, row in self.shgs.items():
            self.existing.addItem(f"{code} {row.name_en}", code)
        self.existing.currentIndexChanged.connect(lambda _i: self.load())
        self.form.field(N_("SHG"), self.existing)
        self.fields = {key: self.form.field(label, QLineEdit(self)) for key, label in FIELDS}
        self.body.addLayout(self.form)

    def load(self) -> None:
        row = self.shgs.get(self.existing.currentData() or "")
        for key, field in self.fields.items():
            field.setText(getattr(row, key) if row is not None else "")

    def submit(self) -> None:
        self.form.clear_errors()
        self.busy()
        values = {key: field.text() for key, field in self.fields.items()}
        self.ops.save_shg(values, lambda _r: self._saved(values["code"]), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        whys = [why for _n, why in error.problems] if isinstance(
            error, CatalogImportError) else [error.message]  # fmt: skip
        for why in whys:
            key = next((k for word, k in FIELD_WORDS if word in why), "code")
            self.form.error(self.fields[key], why)

    def _saved(self, code: str) -> None:
        self.accept()
        self.on_saved(code)
