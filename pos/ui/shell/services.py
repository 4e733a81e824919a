"""The counter's background services: the print service and, once the outlet is enrolled,
the district sync scheduler, plugged into the screens through ``Hooks``.

Every hook here runs on the task runner's thread (``Operations.run_hook``), where the writer
ledger belongs; the print service and the sync scheduler run in their own threads with their
own connections. Their status callbacks arrive on those threads and are re-emitted as Qt
signals, so the screens only ever change on the GUI thread. No SQL here: only domain calls.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos import clock
from pos.errors import NotAllowed
from pos.printing.printers import jobs
from pos.printing.printers.service import PrinterStatus, PrintService
from pos.records.ledger import Ledger
from pos.selling import print_queue
from pos.sync.scheduler import SyncScheduler
from pos.sync.service import SyncStatus
from pos.ui.language.i18n import N_, tr, tr_error
from pos.ui.operations import Operations
from pos.ui.shell.indicators import ERROR, OFF, OK, WARN, Hooks, IndicatorState, PrintProblem

log = logging.getLogger("pos.ui")

PRINTER_WORDS = {  # PrinterStatus.state -> (level, plain words)
    "ok": (OK, N_("ok")),
    "idle": (OK, N_("ok")),
    "not_set": (OFF, N_("not set up")),
    "off": (ERROR, N_("off")),
    "timeout": (ERROR, N_("not answering")),
    "dropped": (ERROR, N_("connection lost")),
    "paper": (ERROR, N_("out of paper")),
    "error": (ERROR, N_("problem")),
}


class Bridge(QObject):
    """Status callbacks from worker threads, re-emitted to the GUI thread (queued)."""

    printer_changed = Signal(object)
    sync_changed = Signal(object)
    orders_arrived = Signal(list)  # ids of home-delivery orders new at this till


def printer_words(status: PrinterStatus, waiting: int) -> IndicatorState:
    """ok / off / out of paper / N receipts waiting, in the user's language."""
    level, words = PRINTER_WORDS.get(status.state, (ERROR, N_("problem")))
    parts = [] if (level == OK and waiting) else [tr(words)]
    if waiting:
        parts.append(f"{waiting} " + (tr("receipt waiting") if waiting == 1
                                      else tr("receipts waiting")))  # fmt: skip
        level = level if level != OK else WARN
    return IndicatorState(level, " · ".join(parts), status.state)


def sync_words(status: SyncStatus | None) -> IndicatorState:
    """Pending count, last success, last error and a clock over 5 minutes off, in plain words."""
    if status is None or not status.enrolled:
        return IndicatorState(OFF, tr("not enrolled"))
    parts = [f"{status.pending} " + tr("pending")]
    if status.pending and status.oldest_pending_at:
        oldest = clock.local(clock.from_iso(status.oldest_pending_at)).strftime("%d-%m %H:%M")
        parts[0] += f" ({tr('oldest')} {oldest})"
    if status.running:
        parts.append(tr("syncing"))
    if status.last_success_at:
        when = clock.local(clock.from_iso(status.last_success_at)).strftime("%d-%m %H:%M")
        parts.append(tr("last ok") + " " + when)
    else:
        parts.append(tr("never synced"))
    level = OK
    if status.last_error and (status.last_attempt_at or "") >= (status.last_success_at or ""):
        parts.append(tr("error") + ": " + tr_error(status.last_error))
        level = ERROR
    if status.skew_warning:
        minutes = round(abs(status.clock_skew_seconds or 0) / 60)
        way = N_("behind") if (status.clock_skew_seconds or 0) > 0 else N_("ahead")
        parts.append(tr("clock") + f" {minutes} " + tr("min") + " " + tr(way))
        level = ERROR if level == ERROR else WARN
    if status.attention:
        parts.append(f"{status.attention} " + tr("need attention"))
        level = ERROR if level == ERROR else WARN
    return IndicatorState(level, " · ".join(parts))


class PrinterIndicator:
    name = "printer"

    def __init__(self, services: CounterServices) -> None:
        self.services = services

    def state(self) -> IndicatorState:
        return self.services.printer_state()


class SyncIndicator:
    name = "sync"

    def __init__(self, services: CounterServices) -> None:
        self.services = services

    def state(self) -> IndicatorState:
        return sync_words(self.services.sync_status())


class CounterServices:
    """The print service and the sync scheduler for one counter window.

    ``start()`` after the window exists (it needs the QApplication); ``stop()`` on exit.
    """

    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.bridge = Bridge()
        self.printing = PrintService(ops.settings.ledger_path, on_status=self._printer_changed)
        self.sync: SyncScheduler | None = None
        if ops.reader.device.enrolled:
            self.sync = SyncScheduler(
                ops.settings,
                on_change=self.bridge.sync_changed.emit,
                on_new_orders=self.bridge.orders_arrived.emit,
            )

    def _printer_changed(self, status: PrinterStatus) -> None:  # print worker thread
        self.bridge.printer_changed.emit(status)

    def start(self) -> None:
        self.printing.start()
        if self.sync is not None:
            self.sync.start()

    def stop(self) -> None:
        self.printing.stop()
        if self.sync is not None:
            self.sync.stop()

    @property
    def _ledger(self) -> Ledger:
        return self.ops.writer  # only ever used on the task runner's thread

    # ------------------------------------------------------------ hooks (task runner)

    def printer_set_up(self) -> bool:
        return print_queue.printer_set_up(self._ledger)

    def after_sale(self, receipt_no: str) -> None:
        """A sale, return or void committed with its print jobs (queued in its own
        transaction): wake the printer, tell sync."""
        if self.printer_set_up():
            self.printing.wake()
        if self.sync is not None:
            self.sync.notify_sale()

    def require_printer(self) -> None:
        """No "sent to the printer" without a printer: refuse, saying what to do instead."""
        if not self.printer_set_up():
            raise NotAllowed(tr("No printer is set up: a manager sets one up in Settings"))

    def reprint(self, receipt_no: str) -> None:
        self.require_printer()
        jobs.queue_receipt(self._ledger, receipt_no, duplicate=True)
        self.printing.wake()

    def print_labels(self, sku: str, copies: int) -> str:
        """Queue barcode labels for a product (its in-store EAN-13 registered): the code."""
        self.require_printer()
        _job, code = jobs.queue_labels(self._ledger, sku, copies)
        self.printing.wake()
        return code

    def open_drawer(self, reason: str) -> None:
        if self.printer_set_up():
            jobs.queue_drawer(self._ledger, reason)
            self.printing.wake()

    def print_report(self, report: Any) -> str:
        self.require_printer()
        from pos.printing.documents.report_adapters import shift_figures
        from pos.printing.documents.report_docs import shift_report

        document = shift_report(shift_figures(self._ledger, report))
        jobs.queue_document(self._ledger, document, ref=f"Z {report.z_number or ''}".strip())
        self.printing.wake()
        return ""

    def report_pdf(self, report: Any) -> Path:
        from pos.printing.documents.report_adapters import shift_figures
        from pos.printing.documents.report_docs import shift_report
        from pos.printing.render.pdf import render_pdf

        document = shift_report(shift_figures(self._ledger, report))
        name = f"z-{report.z_number}" if report.z_number else f"x-{report.shift_id}"
        folder = self.ops.settings.data_dir / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        return render_pdf(document, folder / f"{name}.pdf")

    def print_problems(self) -> list[PrintProblem]:
        """The print queue's failures, waiting jobs and receipts sent but not confirmed (with
        their one-key DUPLICATE reprint), one plain line each, newest first."""
        status = self.printing.status()
        problems = {j.id: j for j in jobs.problem_jobs(self._ledger)
                    if not (j.kind == "drawer" and j.status == "unconfirmed")}  # fmt: skip
        waiting = [j for j in jobs.list_jobs(self._ledger, 500)
                   if j.status in ("queued", "printing", "failed")]  # fmt: skip
        lines = []
        for job in sorted({**problems, **{j.id: j for j in waiting}}.values(),
                          key=lambda j: -j.id):  # fmt: skip
            what = {"receipt": tr("Receipt"), "drawer": tr("Drawer"), "labels": tr("Labels"),
                    "document": tr("Report")}.get(job.kind, job.kind)  # fmt: skip
            state = {"failed": tr("failed"), "unconfirmed": tr("sent, not confirmed")}.get(
                job.status, tr("waiting")
            )
            ref = "" if job.kind == "drawer" else f" {job.ref}"
            why = tr_error(job.last_error or "")
            if job.status in ("queued", "printing") and not why and status.state != "ok":
                why = tr_error(status.last_error or "")
            if job.reprintable:
                why = (why + " · " if why else "") + tr("F5: reprint marked DUPLICATE")
            lines.append(PrintProblem(f"{what}{ref} — {state}" + (f": {why}" if why else ""),
                                      job.reprintable))  # fmt: skip
        return lines

    def retry_printing(self) -> None:
        self.printing.retry_now()

    def unprinted(self) -> list[str]:
        """Receipts sold but not sent to the printer yet (their job is waiting or failed; a
        receipt sent but not confirmed is in the print problems instead)."""
        found: list[str] = []
        for job in jobs.list_jobs(self._ledger, 500):
            if job.kind == "receipt" and job.status in ("queued", "printing", "failed") \
                    and job.ref not in found:  # fmt: skip
                found.append(job.ref)
        return found

    def printer_state(self) -> IndicatorState:
        if not self.printer_set_up():
            return IndicatorState(OFF, tr("not set up"))
        waiting = len(
            {j.ref for j in jobs.list_jobs(self._ledger, 500)
             if j.kind == "receipt" and j.status in ("queued", "printing")}
        )  # fmt: skip
        return printer_words(self.printing.status(), waiting)

    def sync_status(self) -> SyncStatus | None:
        return None if self.sync is None else self.sync.status()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def hooks(self) -> Hooks:
        return Hooks(
            printer=PrinterIndicator(self),
            sync=SyncIndicator(self),
            print_receipt=self.after_sale,
            reprint=self.reprint,
            print_report=self.print_report,
            report_pdf=self.report_pdf,
            open_drawer=self.open_drawer,
            print_labels=self.print_labels,
            print_problems=self.print_problems,
            retry_printing=self.retry_printing,
            unprinted=self.unprinted,
            sync_now=self.sync_now if self.sync is not None else None,
        )
