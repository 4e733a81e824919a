"""Shift close: a blind count by denomination, then the variance with reason and approval,
then the Z report on screen: the same report the printer and the PDF get."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pos.amounts.money import format_rupees
from pos.outlet.users import User
from pos.reporting.reports import ShiftReport
from pos.selling.shifts import Shift
from pos.ui.counter.report_view import DocumentView
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.dialogs import ApprovalFields, FormDialog, with_approval
from pos.ui.shared.keypad import FieldKeypad, ReasonButtons
from pos.ui.shared.theme import px
from pos.ui.shared.widgets import ActionButton
from pos.ui.shell.indicators import Hooks

VARIANCE_REASONS = (N_("Change given wrongly"), N_("Counting mistake"),
                    N_("Payment not recorded"))  # fmt: skip


class CloseShiftDialog(FormDialog):
    ok_text = "Count done"

    def __init__(
        self, ops: Operations, cashier: User, on_closed: Callable[[Any, Any], None], parent: QWidget
    ) -> None:
        super().__init__("Close the shift", parent)
        self.ops, self.cashier, self.on_closed = ops, cashier, on_closed
        self.figures: Any = None
        self.body.addWidget(QLabel(tr("Count the drawer: how many of each note and coin?"), self))
        grid = QGridLayout()
        self.counts: dict[int, QSpinBox] = {}
        for n, paise in enumerate(ops.denominations()):
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setObjectName(f"count_{paise}")
            spin.setMinimumHeight(px(40))
            self.counts[paise] = spin
            grid.addWidget(
                QLabel(format_rupees(paise).replace(".00", "") + " ×", self), n // 3, (n % 3) * 2
            )
            grid.addWidget(spin, n // 3, (n % 3) * 2 + 1)
        self.body.addLayout(grid)
        self.result = QLabel(self)
        self.result.setStyleSheet(f"font-size: {px(20)}px; font-weight: bold;")
        self.result.hide()
        self.body.addWidget(self.result)
        self.second = QWidget(self)
        form = QFormLayout(self.second)
        self.reason = QLineEdit(self.second)
        self.reason.setObjectName("reason")
        form.addRow(tr("Reason for the difference"), self.reason)
        form.addRow(ReasonButtons(self.reason, VARIANCE_REASONS, self.second))
        self.approval = ApprovalFields(ops, self.second)
        form.addRow(self.approval)
        self.second.hide()
        self.body.addWidget(self.second)
        self.setMinimumWidth(px(640))
        self.add_side_keypad(FieldKeypad(self))  # counts and the PIN by touch

    def counted(self) -> dict[int, int]:
        return {paise: spin.value() for paise, spin in self.counts.items() if spin.value()}

    def submit(self) -> None:
        self.busy()
        if self.figures is None:
            self.ops.count_variance(self.counted(), self._counted, self.fail)
            return
        with_approval(
            self.ops, self.approval, N_("a cash difference at close"),
            lambda who: self.ops.close_shift(
                self.counted(), user=self.cashier, approver=who, reason=self.reason.text(),
                on_done=self._closed, on_error=self.fail,
            ),
            self.fail, required=self._needs_manager(),
        )  # fmt: skip

    def _needs_manager(self) -> bool:
        """A difference over the outlet's threshold: a manager's PIN, even a manager's own."""
        threshold = int(self.ops.setting("variance_threshold_paise") or 0)
        return abs(self.figures.variance_paise) > threshold

    def _counted(self, figures: Any) -> None:
        self.figures = figures
        for spin in self.counts.values():
            spin.setEnabled(False)  # the count is final once the expected figure is shown
        self.result.setText(
            f"{tr('Expected')}: {format_rupees(figures.expected_paise)}\n"
            f"{tr('Counted')}: {format_rupees(figures.counted_paise)}\n"
            f"{tr('Difference')}: {format_rupees(figures.variance_paise)}"
        )
        self.result.show()
        self.second.setVisible(bool(figures.variance_paise))
        self.ok_button.set_source_text("Close shift")
        self.ok_button.setEnabled(True)

    def _closed(self, result: tuple[Any, Any]) -> None:
        self.accept()
        self.on_closed(*result)


class ZReportDialog(FormDialog):
    """The Z of the shift just closed, laid out as the printer and the PDF get it, with Print
    and PDF (each disabled, saying so, on a counter started without that service)."""

    ok_text = "Done"

    def __init__(
        self, ops: Operations, shift: Shift, report: ShiftReport, hooks: Hooks, parent: QWidget
    ) -> None:
        super().__init__("Z report", parent)
        self.ops, self.report, self.hooks = ops, report, hooks
        self.heading = QLabel(f"{tr('Shift closed')} — Z {shift.z_number}", self)
        self.heading.setObjectName("title")
        self.body.addWidget(self.heading)
        # the same Document the printer and the PDF get, laid out for people
        self.view = DocumentView(ops.shift_document(report), self)
        self.view.setObjectName("z_view")
        self.body.addWidget(self.view, 1)
        printer, pdf = hooks.print_report, hooks.report_pdf
        self.print_button = ActionButton(
            N_("Print") if printer else N_("Print (not set up)"), "Ctrl+P", self.print_report, self
        )
        self.pdf_button = ActionButton(
            N_("PDF") if pdf else N_("PDF (not set up)"), "Ctrl+S", self.save_pdf, self
        )
        self.print_button.setEnabled(printer is not None)
        self.pdf_button.setEnabled(pdf is not None)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        self.body.addLayout(row)
        self.cancel_button.hide()
        self.resize(px(760), px(700))

    def _run(self, fn: Callable[[], Any], done_text: str) -> None:
        self.ops.run_hook(
            fn, lambda r: self.message.show_text(f"{tr(done_text)} {r or ''}"), self.fail
        )

    def print_report(self) -> None:
        hook = self.hooks.print_report
        if hook is not None:
            self._run(lambda: hook(self.report), N_("Queued for the printer"))

    def save_pdf(self) -> None:
        hook = self.hooks.report_pdf
        if hook is not None:
            self._run(lambda: hook(self.report), N_("PDF saved:"))
