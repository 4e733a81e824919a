"""The settings dialog (a manager's PIN in the dialog approves every save and restore, so a
manager can step in during a cashier's shift): the outlet's details (name, document mode, GSTIN,
UPI ID) and every setting declared in ``pos.config.SETTINGS``, with its help; and the way to
restore the ledger from a backup file. Saving runs on the task runner (``pos.setup``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from pos import config
from pos.ledger import DOC_MODES
from pos.ui.approval import ApprovalFields
from pos.ui.dialogs import FormDialog
from pos.ui.first_run import DOC_MODE_NAMES
from pos.ui.i18n import N_, tr
from pos.ui.keypad import FieldKeypad
from pos.ui.operations import Operations
from pos.ui.setting_words import SETTING_LABELS, ChoiceField, choices
from pos.ui.widgets import ActionButton
from pos.users import User


class SettingsDialog(FormDialog):
    ok_text = "Save"

    def __init__(
        self,
        ops: Operations,
        user: User,
        on_saved: Callable[[list[str]], None],
        on_restore: Callable[[Path, User], None],
        parent: QWidget,
    ) -> None:
        super().__init__("Settings", parent)
        self.ops, self.user, self.on_saved, self.on_restore = ops, user, on_saved, on_restore
        outlet = ops.reader.outlet
        inner = QWidget(self)
        form = QFormLayout(inner)
        self.name_en = QLineEdit(outlet.name_en, inner)
        self.name_hi = QLineEdit(outlet.name_hi, inner)
        self.doc_mode = QComboBox(inner)
        for mode in DOC_MODES:
            self.doc_mode.addItem(tr(DOC_MODE_NAMES[mode]), mode)
        self.doc_mode.setCurrentIndex(DOC_MODES.index(outlet.doc_mode))
        self.gstin = QLineEdit(outlet.gstin or "", inner)
        self.upi_vpa = QLineEdit(outlet.upi_vpa or "", inner)
        form.addRow(tr("Outlet name (English)"), self.name_en)
        form.addRow(tr("Outlet name (Hindi)"), self.name_hi)
        form.addRow(tr("Document"), self.doc_mode)
        form.addRow(tr("GSTIN"), self.gstin)
        form.addRow(tr("UPI ID"), self.upi_vpa)
        device = ops.reader.device
        self.server_url = QLineEdit(device.server_url or "", inner)
        self.server_url.setObjectName("server_url")
        self.server_url.setEnabled(device.enrolled)
        self.server_url.setPlaceholderText(tr("not enrolled with a district"))
        form.addRow(tr("District server"), self.server_url)
        values = ops.setting_values()
        self.fields: dict[str, QLineEdit | ChoiceField] = {}
        for spec in config.SETTINGS:
            if spec.secret:
                continue
            value, words = values.get(spec.key, spec.default), choices(spec.pattern)
            box: QLineEdit | ChoiceField
            if words:
                box = ChoiceField(words, value, inner)
            else:
                box = QLineEdit(value, inner)
                box.setPlaceholderText(spec.default)
            box.setObjectName(spec.key)
            box.setToolTip(f"{spec.key}: {spec.help}")
            self.fields[spec.key] = box
            label = SETTING_LABELS.get(spec.key)
            form.addRow(tr(label) if label else spec.key, box)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.body.addWidget(scroll)
        self.restore_button = ActionButton(N_("Restore from a backup…"), None, self.pick_backup,
                                           self)  # fmt: skip
        self.body.addWidget(self.restore_button)
        self.approval = ApprovalFields(ops, self, current=user)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self))
        self.setMinimumSize(900, 600)

    def submit(self) -> None:
        outlet: dict[str, str | None] = {
            "name_en": self.name_en.text(), "name_hi": self.name_hi.text(),
            "doc_mode": self.doc_mode.currentData(), "gstin": self.gstin.text() or None,
            "upi_vpa": self.upi_vpa.text() or None,
        }  # fmt: skip
        values = {key: box.text() for key, box in self.fields.items()}
        self.busy()
        server = self.server_url.text() if self.server_url.isEnabled() else None
        self.approval.approve(
            N_("changing the settings"),
            lambda who: self.ops.save_settings(who, outlet, values, self._saved, self.fail,
                                               server),
            self.fail,
        )  # fmt: skip

    def _saved(self, changed: Any) -> None:
        self.accept()
        self.on_saved(list(changed))

    def pick_backup(self) -> None:
        """Choose the backup file, then the manager's PIN typed in this dialog approves."""
        folder = str(self.ops.settings.backup_dir)
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a backup"), folder, "SQLite (*.sqlite *.db);;* (*)"
        )
        if not name:
            return
        self.busy()

        def approved(who: User | None) -> None:
            assert who is not None  # required: approve() fails without a manager
            self.accept()
            self.on_restore(Path(name), who)

        self.approval.approve(N_("a restore"), approved, self.fail)
