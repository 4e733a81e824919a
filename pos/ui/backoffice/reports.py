"""Reports: the X (mid-shift), the Z of any past shift, sales for a period and the HSN-wise
GST summary; each shown as it prints, and saved as PDF or CSV or sent to the printer. Built
on the long-work thread: a year's report never freezes the counter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from pos import clock
from pos.errors import InvalidInput, NotFound
from pos.outlet.users import User
from pos.ui.backoffice.common import AreaPage, DateField, Form
from pos.ui.backoffice.shg import month_start
from pos.ui.counter.report_view import DocumentView
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

KINDS = ((N_("X report (this shift so far)"), "x"), (N_("Z report of a closed shift"), "z"),
         (N_("Sales for a period"), "sales"), (N_("GST summary by HSN"), "gst"))  # fmt: skip


class ReportsPage(AreaPage):
    title = N_("Reports")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.form = Form()
        self.kind = QComboBox(self)
        self.kind.setObjectName("report_kind")
        for text, kind in KINDS:
            self.kind.addItem(tr(text), kind)
        self.form.field(N_("Report"), self.kind)
        self.z_number = QSpinBox(self)
        self.z_number.setRange(1, 1_000_000)
        self.form.field(N_("Z number"), self.z_number)
        today = clock.business_date(clock.now_utc())
        self.date_from = self.form.field(N_("From date"), DateField(month_start(today), self))
        self.date_to = self.form.field(N_("To date"), DateField(today, self))
        self.outer.addLayout(self.form)
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.kind_changed()
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Show"), "F5", self.show_report, self))
        self.pdf_button = ActionButton(N_("PDF"), "Ctrl+S", self.save_pdf, self)
        self.csv_button = ActionButton(N_("CSV"), "Ctrl+E", self.save_csv, self)
        self.print_button = ActionButton(N_("Print"), "Ctrl+P", self.print_report, self)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        self.outer.addLayout(buttons)
        self.holder = QWidget(self)
        QVBoxLayout(self.holder).setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.holder, 1)
        self.finish_layout()
        self.built: Any = None
        self.view: DocumentView | None = None

    def refresh(self) -> None:
        last = self.ops.last_z_number()
        if last is not None and self.built is None:
            self.z_number.setValue(last)  # the last Z, the one asked for most

    def kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.form.show_field(self.z_number, kind == "z")
        for field in (self.date_from, self.date_to):
            self.form.show_field(field, kind in ("sales", "gst"))

    def args(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        if kind == "z":
            return {"z_number": self.z_number.value()}
        if kind in ("sales", "gst"):
            return {"date_from": self.date_from.text(), "date_to": self.date_to.text()}
        if kind == "x":  # the back office's manager sees the cash (a cashier's X is blind)
            return {"manager": self.manager}
        return {}

    def show_report(self) -> None:
        self.form.clear_errors()

        def refused(error: BaseException) -> None:
            self.busy_bar.hide()
            if isinstance(error, NotFound) and self.kind.currentData() == "z":
                self.form.error(self.z_number, error.message)
            elif isinstance(error, InvalidInput) and self.kind.currentData() in ("sales", "gst"):
                self.form.error(self.date_from, error.message)
            else:
                self.fail(error)

        self.busy_bar.show()
        self.ops.report_document(self.kind.currentData(), self._built, refused, **self.args())

    def _built(self, built: Any) -> None:
        self.busy_bar.hide()
        self.built = built
        layout = self.holder.layout()
        if self.view is not None:
            layout.removeWidget(self.view)
            self.view.deleteLater()
        self.view = DocumentView(built.document, self.holder)
        self.view.setObjectName("report_document")
        layout.addWidget(self.view)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(True)

    def save_pdf(self, path: Path | None = None) -> None:
        if self.built is None:
            return
        target = path or self.ask_save_path(f"{self.built.ref}.pdf".replace(" ", "-"),
                                            "PDF (*.pdf)")  # fmt: skip
        if target is not None:
            self.long(lambda done, fail: self.ops.write_pdf(self.built.document, target, done,
                                                            fail),
                      lambda _p: self.say(tr("PDF written") + f": {target}"))  # fmt: skip

    def save_csv(self, path: Path | None = None) -> None:
        if self.built is None:
            return
        target = path or self.ask_save_path(f"{self.built.ref}.csv".replace(" ", "-"),
                                            "CSV (*.csv)")  # fmt: skip
        if target is None:
            return
        from pos.printing.documents.backoffice_docs import document_csv

        target.write_text(document_csv(self.built.document), encoding="utf-8")
        self.say(tr("CSV written") + f": {target}")

    def print_report(self) -> None:
        if self.built is None:
            return
        self.ops.print_document(self.built.document, self.built.ref,
                                lambda _job: self.say(tr("Sent to the printer")),
                                self.fail)  # fmt: skip
