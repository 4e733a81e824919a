"""Status indicators the counter always shows (printer, sync) behind a small interface, so
the printing and sync issues can plug theirs in without touching the screens.

A provider's ``state()`` runs on the task runner (it may touch the disk or the network);
it returns a plain-language ``IndicatorState``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

OK, WARN, ERROR, OFF = "ok", "warn", "error", "off"


@dataclass(frozen=True)
class IndicatorState:
    level: str  # ok | warn | error | off
    text: str  # one short plain-language line, already in the user's words
    code: str = ""  # the provider's own state ("off", "paper"…): the screen picks a remedy


@dataclass(frozen=True)
class PrintProblem:
    """One line of the print problems list; ``reprint``: the receipt its one-key reprint
    prints again, marked DUPLICATE (a receipt sent but not confirmed, or failed)."""

    text: str
    reprint: str | None = None

    def __str__(self) -> str:
        return self.text


class Indicator(Protocol):
    name: str  # "printer" or "sync"

    def state(self) -> IndicatorState: ...


@dataclass(frozen=True)
class NotSetUp:
    """The indicator until its issue lands: reads "not set up"."""

    name: str

    def state(self) -> IndicatorState:
        return IndicatorState(OFF, "not set up")


# Printing hooks run on the task runner, never on the GUI thread. None = not set up: the
# matching button reads "not set up" and is disabled.
ReceiptPrinter = Callable[[str], None]  # receipt_no -> queue the receipt
Reprinter = Callable[[str], None]  # receipt_no -> queue a copy marked DUPLICATE
ReportPrinter = Callable[[Any], None]  # a ShiftReport -> queue it
ReportPdf = Callable[[Any], Path]  # a ShiftReport -> the PDF written


@dataclass
class Hooks:
    """What the printing and sync issues plug into the counter (``run_app(..., hooks=)``)."""

    printer: Indicator
    sync: Indicator
    print_receipt: ReceiptPrinter | None = None  # after each completed sale or return
    reprint: Reprinter | None = None
    print_report: ReportPrinter | None = None
    report_pdf: ReportPdf | None = None
    open_drawer: Callable[[str], None] | None = None  # reason -> kick the cash drawer
    print_problems: Callable[[], list[PrintProblem]] | None = None  # failures, one line each
    retry_printing: Callable[[], None] | None = None  # try every waiting job again now
    unprinted: Callable[[], list[str]] | None = None  # receipts sold but not printed
    sync_now: Callable[[], None] | None = None  # None = not enrolled (standalone)
    print_labels: Callable[[str, int], str] | None = None  # (sku, copies) -> the label's code

    @classmethod
    def not_set_up(cls) -> Hooks:
        return cls(printer=NotSetUp("printer"), sync=NotSetUp("sync"))
