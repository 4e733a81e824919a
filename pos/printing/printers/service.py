"""The print queue worker and the print service the counter runs in the background.

``PrintQueue`` prints the jobs that are due, one attempt each, on its own ledger connection;
a printer that is off, silent, out of paper or drops the connection leaves the job queued
with its error and a backoff (2, 4, 8 ... 60 s). A job is 'done' only when the printer
confirmed it (its closing status answer); sent without that (the status check off, or the
answer never came after every byte went out) it is 'unconfirmed', "sent, not confirmed",
and is not resent by itself. Any resend of bytes that all went out says DUPLICATE.

``PrintService`` runs a PrintQueue in a worker thread, wakes it when a job is queued, and
reports a ``PrinterStatus`` through a callback (called on the worker thread: a Qt UI
re-emits it as a signal) or ``status()``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pos import clock
from pos.db import connection
from pos.db.connection import transaction
from pos.db.selling import print_q
from pos.errors import PosError
from pos.printing.documents.document import document_from_json
from pos.printing.documents.labels import label_document
from pos.printing.documents.receipt import ReceiptOptions, receipt_for
from pos.printing.printers import transport
from pos.printing.printers.config import PrinterConfig, printer_config
from pos.printing.printers.jobs import STATUS_WORDS, PrintJob, job_from_row
from pos.printing.render.escpos_render import PaperSpec, drawer_kick, render_escpos
from pos.products.catalog import find_item
from pos.records.ledger import Ledger

log = logging.getLogger("pos.printing")
BACKOFF_S = (2, 4, 8, 15, 30, 60)
PRINTED, PRINTER_DOWN, JOB_FAILED, SKIPPED = "printed", "printer_down", "job_failed", "skipped"
UNCONFIRMED = "unconfirmed"  # every byte went out; the printer never said it printed
STALE_PRINTING = timedelta(minutes=2)
Sender = Callable[..., Any]
STATE_WORDS = {
    "ok": "Printer ready",
    "idle": "Printer not used yet",
    "not_set": "No printer set up",
    "off": "Printer off or not connected",
    "timeout": "Printer not answering",
    "paper": "Printer out of paper",
    "dropped": "Printer connection lost",
    "error": "Printer problem",
}


@dataclass(frozen=True)
class PrinterStatus:
    state: str  # ok | idle | not_set | off | timeout | paper | dropped | error
    message: str  # plain words for the status bar
    queue_depth: int
    last_error: str | None = None
    last_printed_at: str | None = None
    printer: str = ""


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_S[min(attempts, len(BACKOFF_S)) - 1])


class PrintQueue:
    """Prints due jobs from one ledger connection. Not thread-safe: one thread owns it."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        now: Callable[[], datetime] = clock.now_utc,
        sender: Sender = transport.send,
    ) -> None:
        self.ledger = ledger
        self.now = now
        self.sender = sender
        self.status = PrinterStatus("idle", STATE_WORDS["idle"], self.depth())

    def depth(self) -> int:
        return print_q.queue_depth(self.ledger.db)

    def probe(self, prober: Sender = transport.probe) -> PrinterStatus:
        """Check the set network printer without printing, so the counter shows 'off' or
        'out of paper' before a sale needs it. Other kinds of printer are not probed."""
        config = printer_config(self.ledger)
        target = config.target
        if target is None:
            self._set_status("not_set", STATE_WORDS["not_set"], config)
        elif target.kind == "tcp":
            try:
                prober(target, timeout=config.timeout_s, check_status=config.checks_status(target))
            except transport.PrinterError as exc:
                self._set_status(exc.state, exc.message, config)
            else:
                self._set_status("ok", STATE_WORDS["ok"], config)
        return self.status

    def retry_now(self) -> int:
        with transaction(self.ledger.db):
            return print_q.retry_all_now(self.ledger.db, clock.to_iso(self.now()))

    def next_due(self) -> datetime | None:
        at = print_q.next_attempt(self.ledger.db)
        return clock.from_iso(at) if at else None

    def process_due(self) -> int:
        """One attempt at every due job; stops at the first printer failure. Returns printed."""
        moment = self.now()
        stale = clock.to_iso(moment - STALE_PRINTING)
        printed = 0
        failed_uris: set[str] = set()
        for row in print_q.due_jobs(self.ledger.db, clock.to_iso(moment), stale):
            config = printer_config(self.ledger, row["printer_uri"])
            if config.uri in failed_uris:
                continue
            outcome = self.print_job(job_from_row(row), config, stale)
            if outcome in (PRINTED, UNCONFIRMED):
                printed += 1
            elif outcome == PRINTER_DOWN:
                failed_uris.add(config.uri)  # that printer is down: leave its other jobs be
        self.status = replace(self.status, queue_depth=self.depth())
        return printed

    def print_now(self, job_id: int) -> bool:
        """One attempt at one job, now, whatever its backoff (the CLI, a Reprint button)."""
        row = print_q.get_job(self.ledger.db, job_id)
        if row is None or row["status"] not in ("queued", "printing"):
            return False
        stale = clock.to_iso(self.now() - STALE_PRINTING)
        config = printer_config(self.ledger, row["printer_uri"])
        return self.print_job(job_from_row(row), config, stale) in (PRINTED, UNCONFIRMED)

    def print_job(self, job: PrintJob, config: PrinterConfig, stale: str) -> str:
        """One attempt: PRINTED, UNCONFIRMED (sent, the printer never confirmed it: with the
        status check off, or its closing status answer never came), PRINTER_DOWN (the job
        stays queued), JOB_FAILED or SKIPPED."""
        db = self.ledger.db
        at = clock.to_iso(self.now())
        with transaction(db):
            if not print_q.claim(db, job.id, at, stale):
                return SKIPPED
        attempts = job.attempts + 1
        try:
            if job.kind == "drawer" and at > job.payload.get("expires_at", at):
                raise _Permanent("expired: the drawer was not opened; use the drawer key")
            target = config.target
            if target is None:
                raise transport.PrinterError(
                    "no printer set up: pos print setup --uri tcp://HOST:9100", "not_set"
                )
            payload = self.render(job, config)
            confirmed = self.sender(target, payload, timeout=config.timeout_s,
                                    check_status=config.checks_status(target))  # fmt: skip
        except _Permanent as exc:
            self._finish(job, failed=exc.message)
            return JOB_FAILED
        except transport.PrinterError as exc:
            now = clock.to_iso(self.now())
            if exc.delivered and exc.state == "timeout":
                # All of it went out and the printer is still there but never answered the
                # closing check: most likely on paper. Not resent by itself (a printer that
                # never answers would get copy after copy); the cashier reprints, DUPLICATE.
                with transaction(db):
                    print_q.mark_unconfirmed(db, job.id, exc.message, now)
                self._set_status(exc.state, exc.message, config)
                return UNCONFIRMED
            next_at = clock.to_iso(self.now() + backoff(attempts))
            with transaction(db):
                if exc.delivered:  # a printer that reset after taking it all: resend marked
                    print_q.mark_delivered(db, job.id, now)
                print_q.mark_retry(db, job.id, exc.message, next_at, now)
            self._set_status(exc.state, exc.message, config)
            return PRINTER_DOWN
        except PosError as exc:  # the receipt or product is gone: printing can never work
            self._finish(job, failed=exc.message)
            return JOB_FAILED
        except Exception as exc:
            log.exception("print job %s failed", job.id)
            self._finish(job, failed=f"internal error: {exc}")
            self._set_status("error", f"internal error printing job {job.id}: {exc}", config)
            return JOB_FAILED
        if confirmed is False:  # the status check is off: sent, never confirmed
            with transaction(db):
                print_q.mark_unconfirmed(db, job.id, None, clock.to_iso(self.now()))
            self._set_status("ok", STATE_WORDS["ok"], config, printed=True)
            return UNCONFIRMED
        self._finish(job, failed=None)
        self._set_status("ok", STATE_WORDS["ok"], config, printed=True)
        return PRINTED

    def _finish(self, job: PrintJob, failed: str | None) -> None:
        db = self.ledger.db
        at = clock.to_iso(self.now())
        with transaction(db):
            if failed is None:
                print_q.mark_done(db, job.id, at)
            else:
                print_q.mark_failed(db, job.id, failed, at)

    def _set_status(
        self, state: str, error: str, config: PrinterConfig, printed: bool = False
    ) -> None:
        target = config.target if config.uri else None
        self.status = PrinterStatus(
            state=state,
            message=STATE_WORDS.get(state, "Printer problem") if state == "ok" else error,
            queue_depth=self.depth(),
            last_error=None if state == "ok" else error,
            last_printed_at=clock.to_iso(self.now()) if printed else self.status.last_printed_at,
            printer=target.describe() if target else "",
        )

    def must_say_duplicate(self, job: PrintJob) -> bool:
        """At most one unmarked original per receipt (issue 10): a reprint, a resend of a job
        whose bytes all went out, a job taken over after a crash mid-print (status still
        'printing') and any job after another original went out all say DUPLICATE."""
        return (
            job.duplicate
            or job.delivered
            or job.status == "printing"
            or print_q.original_sent(self.ledger.db, job.kind, job.ref, job.id)
        )

    def render(self, job: PrintJob, config: PrinterConfig) -> bytes:
        """The ESC/POS bytes for a job, rendered now (the stored sale is the source)."""
        paper = PaperSpec(config.width_dots, config.cutter)
        if job.kind == "drawer":
            if config.drawer_pin is None:
                raise _Permanent("no cash drawer set up (printer_drawer_pin is none)")
            return drawer_kick(config.drawer_pin)
        if job.kind == "receipt":
            options = ReceiptOptions(duplicate=self.must_say_duplicate(job), upi_qr=config.upi_qr)
            return render_escpos(receipt_for(self.ledger, job.ref, options), paper)
        if job.kind == "labels":
            item = find_item(self.ledger, job.payload.get("code") or job.ref)
            document = label_document(item, job.payload["code"], int(job.payload["copies"]))
            return render_escpos(document, paper)
        if job.kind == "document":
            document = document_from_json(json.dumps(job.payload["document"]))
            return render_escpos(document, paper)
        raise _Permanent(f"unknown print job kind {job.kind!r}")


class _Permanent(PosError):
    """A job that can never print (expired drawer kick, no drawer, unknown kind)."""


class PrintService:
    """A PrintQueue in a worker thread with its own connection to the ledger file.

    ``start()`` from the main thread (it makes sure Qt is up for text rendering); ``wake()``
    after queueing jobs; ``stop()`` on exit. ``on_status`` is called from the worker thread
    whenever the status changes.
    """

    IDLE_POLL_S = 30.0

    def __init__(
        self,
        ledger_path: Path,
        *,
        on_status: Callable[[PrinterStatus], None] | None = None,
        sender: Sender = transport.send,
    ) -> None:
        self.ledger_path = ledger_path
        self.on_status = on_status
        self.sender = sender
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = PrinterStatus("idle", STATE_WORDS["idle"], 0)
        self._retry = threading.Event()
        self.rounds = 0  # completed worker rounds, for tests that wait on a condition
        self._round_done = threading.Condition()

    def start(self) -> None:
        from pos.printing.render.raster import ensure_qt

        ensure_qt()
        self._thread = threading.Thread(target=self._run, name="sarv-print", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def retry_now(self) -> None:
        """Try every queued job again now (the cashier pressed Retry)."""
        self._retry.set()
        self._wake.set()

    def status(self) -> PrinterStatus:
        return self._status

    def wait_for(self, predicate: Callable[[PrinterStatus], bool], timeout: float) -> bool:
        """Block until a worker round ends with ``predicate(status)`` true (tests, CLI)."""
        deadline = clock.now_utc() + timedelta(seconds=timeout)
        with self._round_done:
            while not predicate(self._status):
                left = (deadline - clock.now_utc()).total_seconds()
                if left <= 0:
                    return False
                self._round_done.wait(left)
        return True

    def _run(self) -> None:
        db = connection.connect(self.ledger_path)
        ledger = Ledger(db, self.ledger_path)
        queue = PrintQueue(ledger, sender=self.sender)
        try:
            while not self._stop.is_set():
                if self._retry.is_set():
                    self._retry.clear()
                    queue.retry_now()
                try:
                    if queue.process_due() == 0 and queue.depth() == 0:
                        queue.probe()
                    status = queue.status
                except PosError as exc:  # the ledger itself is busy or broken: say so, go on
                    status = replace(queue.status, state="error", message=exc.message)
                self._publish(status)
                wait = self.IDLE_POLL_S
                due = queue.next_due()
                if due is not None:
                    wait = max(0.05, min(wait, (due - clock.now_utc()).total_seconds()))
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            ledger.close()

    def _publish(self, status: PrinterStatus) -> None:
        changed = status != self._status
        with self._round_done:
            self._status = status
            self.rounds += 1
            self._round_done.notify_all()
        if changed and self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:
                log.exception("printer status callback failed")


def job_summary(job: PrintJob) -> dict[str, Any]:
    return {
        "id": job.id, "kind": job.kind, "ref": job.ref, "duplicate": job.duplicate,
        "status": job.status, "attempts": job.attempts, "last_error": job.last_error,
        "created_at": job.created_at, "printed_at": job.printed_at,
        "status_words": STATUS_WORDS.get(job.status, job.status), "reprint": job.reprintable,
    }  # fmt: skip


def print_now(
    ledger: Ledger, job_id: int, *, sender: Sender = transport.send
) -> tuple[bool, PrintJob, PrinterStatus]:
    """Try one queued job at once on the caller's thread (CLI commands, a Reprint button's
    worker): (printed, the job as it is now, the printer status). A failure leaves the job
    queued for the service or `pos print retry`."""
    from pos.printing.printers.jobs import get_job

    queue = PrintQueue(ledger, sender=sender)
    printed = queue.print_now(job_id)
    return printed, get_job(ledger, job_id), queue.status
