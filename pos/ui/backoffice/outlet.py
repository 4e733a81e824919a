"""Outlet: name, address and phone in both languages, the receipt footer, GSTIN and document
mode, UPI ID, saved together and checked at their fields; backups (the last one, one made
now, a restore) and the diagnostics zip for the district's help desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pos.errors import PosError
from pos.outlet.outlet_edit import BackupState
from pos.outlet.users import User
from pos.records.ledger import DOC_MODES
from pos.ui.backoffice.common import AreaPage, Form, form_scroll
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton
from pos.ui.shell.first_run import DOC_MODE_NAMES

TEXT_FIELDS = (("name_en", N_("Outlet name (English)")), ("name_hi", N_("Outlet name (Hindi)")),
               ("address_en", N_("Address (English)")), ("address_hi", N_("Address (Hindi)")),
               ("phone", N_("Phone")), ("gstin", N_("GSTIN")), ("upi_vpa", N_("UPI ID")),
               ("footer_en", N_("Receipt footer (English)")),
               ("footer_hi", N_("Receipt footer (Hindi)")))  # fmt: skip
# which field a refusal is about (its message names it)
FIELD_WORDS = (("GSTIN", "gstin"), ("UPI", "upi_vpa"), ("phone", "phone"),
               ("footer", "footer_en"), ("name", "name_en"), ("bill of supply", "doc_mode"),
               ("tax-invoice", "gstin"), ("document mode", "doc_mode"))  # fmt: skip


class OutletPage(AreaPage):
    title = N_("Outlet")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        scroll, inner = form_scroll(self)
        self.form = Form(inner)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        for key, label in TEXT_FIELDS:
            self.fields[key] = self.form.field(label, QLineEdit(inner))
            self.fields[key].setObjectName(key)
        self.doc_mode = QComboBox(inner)
        for mode in DOC_MODES:
            self.doc_mode.addItem(tr(DOC_MODE_NAMES[mode]), mode)
        self.form.field(N_("Document"), self.doc_mode)
        self.fields["doc_mode"] = self.doc_mode
        scroll.setWidget(inner)
        self.outer.addWidget(scroll, 1)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("last_backup")
        self.backup_label.setWordWrap(True)
        self.outer.addWidget(self.backup_label)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Save"), "F10", self.save, self))
        buttons.addWidget(ActionButton(N_("Back up now"), "F5", self.back_up, self))
        buttons.addWidget(ActionButton(N_("Restore from a backup…"), "F6", self.restore, self))
        buttons.addWidget(ActionButton(N_("Diagnostics (zip)"), "F7", self.diagnostics, self))
        self.outer.addLayout(buttons)
        self.finish_layout()

    def refresh(self) -> None:
        outlet = self.ops.reader.outlet
        for key, _label in TEXT_FIELDS:
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.setText(str(getattr(outlet, key) or ""))
        self.doc_mode.setCurrentIndex(max(0, self.doc_mode.findData(outlet.doc_mode)))
        self.form.clear_errors()
        self.show_backups(self.ops.backup_state())

    def show_backups(self, state: BackupState) -> None:
        if state.newest is None:
            text = tr("No backup yet in {folder}").format(folder=state.folder)
        else:
            hours = (state.age_s or 0) / 3600
            text = tr("Last backup {hours:.1f} hours ago: {file}")
            text = text.format(hours=hours, file=state.newest)
        self.backup_label.setText(text)

    def values(self) -> dict[str, str]:
        out = {k: f.text() for k, f in self.fields.items() if isinstance(f, QLineEdit)}
        out["doc_mode"] = self.doc_mode.currentData()
        return out

    def save(self) -> None:
        self.form.clear_errors()
        self.ops.save_outlet(self.values(), self.manager, self._saved, self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, PosError):
            raise error
        key = next((k for word, k in FIELD_WORDS if word in error.message), "name_en")
        self.form.error(self.fields[key], error.message)

    def _saved(self, _result: object) -> None:
        self.say(tr("Outlet saved"))
        update_title = getattr(self.window(), "update_title", None)
        if update_title is not None:
            update_title()  # the window's title carries the outlet's name

    def back_up(self) -> None:
        self.long(self.ops.backup_now, lambda path: (
            self.say(tr("Backup written") + f": {path}"),
            self.show_backups(self.ops.backup_state())))  # fmt: skip

    def restore(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, tr("Choose a backup"),
                                                  str(self.ops.backup_state().folder),
                                                  "SQLite (*.sqlite *.db);;* (*)")  # fmt: skip
            if not name:
                return
            path = Path(name)
        restore = getattr(self.window(), "restore_backup", None)
        back = getattr(self.window(), "close_back_office", None)
        if restore is None or back is None:
            return
        back()  # the counter reopens on the restored ledger
        restore(path, self.manager)

    def diagnostics(self, path: Path | None = None) -> None:
        target = path or self.ask_save_path("sarv-diagnostics.zip", "Zip (*.zip)")
        if target is not None:
            self.long(lambda done, fail: self.ops.write_diagnostics(target, done, fail),
                      lambda p: self.say(tr("Diagnostics written") + f": {p}"))  # fmt: skip
