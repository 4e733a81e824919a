"""Shift close: a blind count by denomination, then the variance with reason and approval,
then the Z report on screen (print and PDF buttons are wired by the printing issue)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from pos.money import format_rupees
from pos.ui.dialogs import ApprovalFields, FormDialog, with_approval
from pos.ui.i18n import N_, tr
from pos.ui.keypad import FieldKeypad, ReasonButtons
from pos.ui.operations import Operations
from pos.ui.widgets import ActionButton
from pos.users import User

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
            spin.setMinimumHeight(40)
            self.counts[paise] = spin
            grid.addWidget(
                QLabel(format_rupees(paise).replace(".00", "") + " ×", self), n // 3, (n % 3) * 2
            )
            grid.addWidget(spin, n // 3, (n % 3) * 2 + 1)
        self.body.addLayout(grid)
        self.result = QLabel(self)
        self.result.setStyleSheet("font-size: 22px; font-weight: bold;")
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
        self.setMinimumWidth(640)
        self.add_side_keypad(FieldKeypad(self))  # counts and the PIN by touch

    def counted(self) -> dict[int, int]:
        return {paise: spin.value() for paise, spin in self.counts.items() if spin.value()}

    def submit(self) -> None:
        self.busy()
        if self.figures is None:
            self.ops.count_variance(self.counted(), self._counted, self.fail)
            return
        with_approval(
            self.ops, self.approval, "a cash difference at close",
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


def _value(name: str, value: Any) -> str:
    if value == ():
        return "—"
    if isinstance(value, bool) or value is None:
        return "—" if value is None else (tr("yes") if value else tr("no"))
    if isinstance(value, int) and name.endswith("_paise"):
        return format_rupees(value)
    if isinstance(value, int) and name.endswith("_bp"):
        return f"{value / 100:g}%"
    return str(value)


def _label(name: str) -> str:
    return name.removesuffix("_paise").removesuffix("_bp").replace("_", " ")


def report_text(report: Any) -> str:
    """A report dataclass as text: the domain's own rendering when it has one, else every
    field, nested figures as indented rows (money as rupees, rates as percent)."""
    if report is None:
        return tr("The Z report is not available yet.")
    if not dataclasses.is_dataclass(report):
        return str(report)
    lines: list[str] = []
    for field in dataclasses.fields(report):
        value = getattr(report, field.name)
        if dataclasses.is_dataclass(value):
            lines.append(f"{_label(field.name)}:")
            lines += [f"    {line}" for line in report_text(value).splitlines()]
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            lines.append(f"{_label(field.name)}:")
            for row in value:
                cells = [
                    f"{_label(f.name)} {_value(f.name, getattr(row, f.name))}"
                    for f in dataclasses.fields(row)
                ]
                lines.append("    " + ", ".join(cells))
        elif field.name == "counted" and isinstance(value, tuple):
            notes = [f"{format_rupees(d).replace('.00', '')} × {n}" for d, n in value]
            lines.append(f"{_label(field.name)}: {', '.join(notes) or '—'}")
        else:
            lines.append(f"{_label(field.name)}: {_value(field.name, value)}")
    return "\n".join(lines)


class ZReportDialog(FormDialog):
    ok_text = "Done"

    def __init__(self, shift: Any, report: Any, parent: QWidget, hooks: Any = None) -> None:
        super().__init__("Z report", parent)
        self.report, self.hooks = report, hooks
        number = getattr(shift, "z_number", None)
        self.heading = QLabel(tr("Shift closed") + (f" — Z {number}" if number else ""), self)
        self.heading.setObjectName("title")
        self.body.addWidget(self.heading)
        self.text = QPlainTextEdit(report_text(report), self)
        self.text.setReadOnly(True)
        self.text.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 14px;")
        self.text.setObjectName("z_text")
        self.body.addWidget(self.text)
        printer = getattr(hooks, "print_report", None)
        pdf = getattr(hooks, "report_pdf", None)
        self.print_button = ActionButton(
            N_("Print") if printer else N_("Print (not set up)"), "Ctrl+P", self.print_report, self
        )
        self.pdf_button = ActionButton(
            N_("PDF") if pdf else N_("PDF (not set up)"), "Ctrl+S", self.save_pdf, self
        )
        self.print_button.setEnabled(bool(printer and report is not None))
        self.pdf_button.setEnabled(bool(pdf and report is not None))
        self.body.addWidget(self.print_button)
        self.body.addWidget(self.pdf_button)
        self.cancel_button.hide()
        self.setMinimumSize(760, 660)

    def _run(self, fn: Callable[[], Any], done_text: str) -> None:
        ops = self.parent().ops  # type: ignore[union-attr]
        ops.run_hook(fn, lambda r: self.message.show_text(f"{tr(done_text)} {r or ''}"), self.fail)

    def print_report(self) -> None:
        hook = self.hooks.print_report
        self._run(lambda: hook(self.report), N_("Sent to the printer"))

    def save_pdf(self) -> None:
        hook = self.hooks.report_pdf
        self._run(lambda: hook(self.report), N_("PDF saved:"))
