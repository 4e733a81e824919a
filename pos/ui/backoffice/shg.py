"""SHG statement and payout: per SHG for a period, on screen and as the PDF an officer signs,
with the payout recorded from the statement (a period is paid once, only after it ends)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos import clock
from pos.amounts.money import format_paise, format_rupees, parse_amount
from pos.amounts.quantity import format_per_unit
from pos.errors import InvalidInput, PosError
from pos.outlet.users import User
from pos.reporting.settlement import PAY_METHODS, ShgSettlement
from pos.ui.backoffice.common import (
    BAD,
    AreaPage,
    Column,
    DateField,
    Form,
    RowsModel,
    counted,
    selected,
    table_view,
)
from pos.ui.language.i18n import N_, current_language, names_label, tr
from pos.ui.operations import Operations
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.keypad import FieldKeypad
from pos.ui.shared.widgets import ActionButton

COLUMNS = (
    Column(N_("SHG"), lambda s: f"{s.shg_code} {names_label(s.name_en, s.name_hi)}"),
    # quantities per unit ("3 pcs · 1.5 L"; Hindi "3 नग · 1.5 लीटर"), never summed across units
    Column(N_("Received"), lambda s: format_per_unit(s.units.received, current_language())),
    Column(N_("Sold"), lambda s: format_per_unit(s.units.sold, current_language())),
    Column(N_("On hand"), lambda s: format_per_unit(s.units.on_hand, current_language())),
    Column(N_("Gross sales"), lambda s: s.gross_sales_paise, money=True),
    Column(N_("Net payable"), lambda s: s.net_payable_paise, money=True),
    Column(N_("Balance"), lambda s: s.balance_paise, money=True),
)  # every other figure is in the statement shown below the list, as it prints


METHOD_NAMES = {"bank": N_("Bank"), "upi": N_("UPI"), "cash": N_("Cash"), "cheque": N_("Cheque")}


def month_start(today: str) -> str:
    return today[:8] + "01"


class PayoutDialog(FormDialog):
    """Record the payout of one SHG's statement: the amount is the net payable."""

    ok_text = "Record payout"

    def __init__(self, page: ShgPage, statement: ShgSettlement) -> None:
        super().__init__("SHG payout", page)
        self.page, self.statement = page, statement
        heading = QLabel(  # whom and what is paid, before the amount is typed
            f"{statement.shg_code} {names_label(statement.name_en, statement.name_hi)}\n"
            f"{tr('Period')}: {statement.period_from} – {statement.period_to} · "
            f"{tr('Net payable')} {format_rupees(statement.net_payable_paise)} · "
            f"{tr('Balance')} {format_rupees(statement.balance_paise)}",
            self,
        )
        heading.setObjectName("payout_whom")
        heading.setWordWrap(True)
        self.body.addWidget(heading)
        self.form = Form()
        self.amount = self.form.field(N_("Amount (₹)"), QLineEdit(self))
        self.amount.setObjectName("payout_amount")
        self.amount.setText(format_paise(statement.balance_paise))
        self.method = QComboBox(self)
        for method in PAY_METHODS:
            self.method.addItem(tr(METHOD_NAMES.get(method, method)), method)
        self.form.field(N_("Paid by"), self.method)
        self.reference = self.form.field(N_("Reference (UTR, cheque)"), QLineEdit(self))
        self.reference.setObjectName("payout_reference")
        self.paid_on = self.form.field(N_("Paid on"), DateField("", self))
        self.paid_on.setText(clock.business_date(clock.now_utc()))
        self.body.addLayout(self.form)
        self.add_side_keypad(FieldKeypad(self))

    def submit(self) -> None:
        self.form.clear_errors()
        try:
            amount = parse_amount(self.amount.text(), allow_zero=False)
        except InvalidInput as exc:
            self.form.error(self.amount, exc.message)
            return
        if not self.reference.text().strip():
            self.form.error(self.reference, tr("A payout needs its reference"))
            return
        self.busy()
        s = self.statement
        self.page.ops.pay_settlement(
            s.shg_code, s.period_from, s.period_to, amount, self.method.currentData(),
            self.reference.text(), self.paid_on.text(), self.page.manager, self._done,
            self._refused,
        )  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        field = self.paid_on if "payment date" in error.message else self.amount
        self.form.error(field, error.message)

    def _done(self, paid: ShgSettlement) -> None:
        self.accept()
        self.page.say(tr("Payout recorded") + f": {paid.shg_code} {format_rupees(paid.paid_paise)}")
        self.page.refresh()


class ShgPage(AreaPage):
    title = N_("SHG statement")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.form = Form()
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        today = clock.business_date(clock.now_utc())
        self.date_from, self.date_to = DateField(month_start(today), self), DateField(today, self)
        line.addWidget(self.date_from)
        line.addWidget(self.date_to)
        self.form.field(N_("From / to date"), row)
        self.form.errors[self.date_from] = self.form.errors[row]
        for field in (self.date_from, self.date_to):
            field.returnPressed.connect(self.refresh)
        self.outer.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Show"), "F5", self.refresh, self))
        buttons.addWidget(ActionButton(N_("Statement (PDF)"), "Ctrl+S", self.save_pdf, self))
        buttons.addWidget(ActionButton(N_("Record payout"), "F10", self.pay, self))
        self.outer.addLayout(buttons)
        self.model = RowsModel(COLUMNS, self, lambda s: BAD if s.sold_beyond_stock_qty else None)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.view = table_view(self.model, split)
        self.view.setObjectName("statements")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_statement())
        self.detail = QWidget(split)
        QVBoxLayout(self.detail).setContentsMargins(0, 0, 0, 0)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([150, 400])
        self.outer.addWidget(split, 1)
        self.finish_layout()

    def refresh(self) -> None:
        self.form.clear_errors()

        def refused(error: BaseException) -> None:
            self.busy_bar.hide()
            if isinstance(error, InvalidInput):
                self.form.error(self.date_from, error.message)
            else:
                self.fail(error)

        self.busy_bar.show()
        self.ops.shg_statement(self.date_from.text(), self.date_to.text(), self._shown, refused)

    def _shown(self, rows: list[ShgSettlement]) -> None:
        self.busy_bar.hide()
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        else:  # not the statement of the period shown before
            self.drop_document()
        ended = self.date_to.text().strip() < clock.business_date(clock.now_utc())
        self.say(
            counted(len(rows), N_("1 SHG"), N_("{n} SHGs"))
            + ("" if ended else " · " + tr("provisional"))
        )

    def show_statement(self) -> None:
        """The selected SHG's statement as it prints (the PDF's page)."""
        statement = selected(self.view)
        if statement is None:
            return
        document = self.ops.statement_document([statement], statement.period_from,
                                               statement.period_to)  # fmt: skip
        self.put_document(self.detail, document, "statement_document")

    def save_pdf(self, path: Path | None = None) -> None:
        """The selected SHG's statement (the one shown, to hand to that SHG), else every
        SHG's of the period."""
        chosen = selected(self.view)
        code = chosen.shg_code if isinstance(chosen, ShgSettlement) else None
        target = path or self.ask_save_path(
            f"{code or 'shg'}-{self.date_from.text()}-{self.date_to.text()}.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return

        def built(result: object) -> None:
            document = result.document  # type: ignore[attr-defined]
            self.ops.write_pdf(document, target, written, self.fail)

        def written(_p: object) -> None:
            self.busy_bar.hide()
            self.say(tr("PDF written") + f": {target}")

        self.busy_bar.show()
        self.ops.report_document("shg", built, self.fail, date_from=self.date_from.text(),
                                 date_to=self.date_to.text(), shg_code=code)  # fmt: skip

    def pay(self) -> None:
        statement = selected(self.view)
        if statement is None:
            self.message.show_text(tr("Choose an SHG first"), "error")
            return
        PayoutDialog(self, statement).open()
