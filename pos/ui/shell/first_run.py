"""First run on an empty data dir: enrol with the district server, set up a standalone outlet,
or start the demo outlet. The work (creating the ledger, enrolling, the first catalog pull)
runs on a task runner, never on the GUI thread; the rules live in ``pos.outlet.setup``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.outlet.gstin import default_doc_mode
from pos.outlet.setup import OutletDetails, SetupResult, set_up_outlet
from pos.records.ledger import DOC_MODES
from pos.settings import Settings
from pos.ui.language.i18n import N_, tr
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shell.tasks import TaskRunner

DOC_MODE_NAMES = {"tax_invoice": N_("Tax invoice (GST registered)"),
                  "bill_of_supply": N_("Bill of supply"), "cash_memo": N_("Cash memo")}  # fmt: skip


class FirstRunWizard(FormDialog):
    """Choose how this outlet starts, fill in its details and the manager's PIN, set it up."""

    ok_text = "Set up"

    def __init__(
        self,
        settings: Settings,
        on_done: Callable[[SetupResult], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Set up Sarv POS", parent)  # type: ignore[arg-type]
        self.settings, self.on_done = settings, on_done
        self.kind = ""
        self.result_: SetupResult | None = None
        self.runner = TaskRunner(self)
        self.pages = QStackedWidget(self)
        self.body.addWidget(self.pages)
        self._choose_page()
        self._details_page()
        self.cancel_button.set_source_text(N_("Back"))
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(lambda _c=False: self.back())
        self.show_choices()
        self.setMinimumWidth(640)

    # ------------------------------------------------------------ pages

    def _choose_page(self) -> None:
        page = QWidget(self)
        column = QVBoxLayout(page)
        title = QLabel(tr("Welcome. How does this outlet start?"), page)
        title.setObjectName("title")
        column.addWidget(title)
        self.district_button = QPushButton(tr("Join the district (enrolment code)"), page)
        self.standalone_button = QPushButton(tr("A standalone outlet (no district server)"), page)
        self.demo_button = QPushButton(tr("Try the demo outlet"), page)
        choices = ((self.district_button, "district"), (self.standalone_button, "standalone"),
                   (self.demo_button, "demo"))  # fmt: skip
        for button, kind in choices:
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            column.addWidget(button)
        column.addStretch(1)
        self.pages.addWidget(page)

    def _details_page(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        self.form = form
        self.server = QLineEdit(page)
        self.server.setPlaceholderText("https://district.example.in")
        self.code = QLineEdit(page)
        self.ca_file = QLineEdit(page)
        self.ca_file.setPlaceholderText(tr("only if the district gave you one"))
        browse = QPushButton(tr("Choose…"), page)
        browse.clicked.connect(lambda _c=False: self.choose_ca_file())
        self.ca_row = QWidget(page)
        ca_row = QHBoxLayout(self.ca_row)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        form.addRow(tr("Server address"), self.server)
        form.addRow(tr("Enrolment code"), self.code)
        form.addRow(tr("CA file"), self.ca_row)
        self.outlet_code = QLineEdit("G01", page)
        self.name_en = QLineEdit(page)
        self.name_hi = QLineEdit(page)
        self.doc_mode = QComboBox(page)
        for mode in DOC_MODES:
            self.doc_mode.addItem(tr(DOC_MODE_NAMES[mode]), mode)
        self.doc_mode.setCurrentIndex(DOC_MODES.index(default_doc_mode(None)))
        self.gstin = QLineEdit(page)
        self.gstin.textChanged.connect(self.follow_gstin)
        self.upi_vpa = QLineEdit(page)
        self.manager = QLineEdit(page)
        self.pin = QLineEdit(page)
        self.pin2 = QLineEdit(page)
        for box in (self.pin, self.pin2):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Outlet code"), self.outlet_code)
        # a standalone till's own letter; an enrolled till gets its letter from the district
        self.device_letter = QLineEdit("A", page)
        self.device_letter.setMaxLength(1)
        self.device_letter.setToolTip(tr("A second counter of this outlet needs another letter"))
        form.addRow(tr("Counter letter"), self.device_letter)
        form.addRow(tr("Outlet name (English)"), self.name_en)
        form.addRow(tr("Outlet name (Hindi)"), self.name_hi)
        form.addRow(tr("Document"), self.doc_mode)
        form.addRow(tr("GSTIN"), self.gstin)
        form.addRow(tr("UPI ID"), self.upi_vpa)
        # the address (both languages) and phone on one row, so the wizard fits 768 px
        self.address_en, self.address_hi, self.phone = (QLineEdit(page) for _ in range(3))
        contact = QHBoxLayout()
        hints = ((self.address_en, N_("Address (English)")),
                 (self.address_hi, N_("Address (Hindi)")), (self.phone, N_("Phone")))  # fmt: skip
        for box, hint in hints:
            box.setPlaceholderText(tr(hint))
            contact.addWidget(box, 1 if box is self.phone else 2)
        form.addRow(tr("Address and phone"), contact)
        form.addRow(tr("Manager's name"), self.manager)
        form.addRow(tr("Manager's PIN"), self.pin)
        form.addRow(tr("PIN again"), self.pin2)
        self.pages.addWidget(page)

    def follow_gstin(self, text: str) -> None:
        """The document follows the GSTIN: a tax invoice once one is typed, a cash memo when
        it is cleared (an unregistered outlet); a bill of supply chosen by hand stays."""
        mode = self.doc_mode.currentData()
        if text.strip() and mode == "cash_memo":
            self.doc_mode.setCurrentIndex(DOC_MODES.index(default_doc_mode(text)))
        elif not text.strip() and mode != "cash_memo":
            self.doc_mode.setCurrentIndex(DOC_MODES.index(default_doc_mode(None)))

    def show_choices(self) -> None:
        self.pages.setCurrentIndex(0)
        self.ok_button.hide()
        self.cancel_button.hide()
        self.message.clear_text()

    def choose(self, kind: str) -> None:
        self.kind = kind
        if kind == "demo":
            self.run()
            return
        for row in (self.server, self.code, self.ca_row):  # the district's rows
            self.form.setRowVisible(row, kind == "district")
        self.form.setRowVisible(self.device_letter, kind == "standalone")
        self.pages.setCurrentIndex(1)
        self.ok_button.show()
        self.cancel_button.show()
        (self.server if kind == "district" else self.name_en).setFocus()

    def back(self) -> None:
        if self.pages.currentIndex() == 1 and self.ok_button.isEnabled():
            self.show_choices()

    def choose_ca_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, tr("CA file"), "", "PEM (*.pem *.crt)")
        if name:
            self.ca_file.setText(name)

    # ------------------------------------------------------------ set up

    def submit(self) -> None:
        if self.pin.text() != self.pin2.text():
            self.message.show_text(tr("The two PINs differ"), "error")
            return
        self.run()

    def run(self) -> None:
        kind, settings = self.kind, self.settings
        details = OutletDetails(
            code=self.outlet_code.text(), name_en=self.name_en.text(),
            name_hi=self.name_hi.text(), doc_mode=self.doc_mode.currentData(),
            gstin=self.gstin.text() or None, upi_vpa=self.upi_vpa.text() or None,
            device_letter=self.device_letter.text() or "A", address_en=self.address_en.text(),
            address_hi=self.address_hi.text(), phone=self.phone.text(),
        )  # fmt: skip
        extra: dict[str, Any] = {"manager_name": self.manager.text(),
                                 "manager_pin": self.pin.text()}  # fmt: skip
        if kind == "district":
            ca_file = Path(self.ca_file.text()) if self.ca_file.text() else None
            extra.update(server_url=self.server.text(), enrolment_code=self.code.text(),
                         ca_file=ca_file)  # fmt: skip
        self.busy()
        for button in (self.district_button, self.standalone_button, self.demo_button):
            button.setEnabled(False)
        self.message.show_text(tr("Setting up…") if kind != "district"
                               else tr("Enrolling and pulling the catalog…"))  # fmt: skip
        self.runner.run(lambda: set_up_outlet(settings, kind, details, **extra),
                        self._done, self._failed)  # fmt: skip

    def _done(self, result: SetupResult) -> None:
        self.result_ = result
        self.message.show_text(result.message)
        self.accept()
        if self.on_done is not None:
            self.on_done(result)

    def _failed(self, error: BaseException) -> None:
        for button in (self.district_button, self.standalone_button, self.demo_button):
            button.setEnabled(True)
        self.fail(error)
