"""Print jobs in the ledger: a sale's are queued in its own transaction (pos.selling.print_queue),
reports, labels and reprints here; all are printed later.

Each function writes one job row on the caller's ledger connection and returns its id; the
print service's worker (its own connection) prints it. A reprint is a new job marked
duplicate, and its receipt says DUPLICATE; so does any resend of a job whose bytes all
reached the printer (at most one unmarked original per receipt).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import clock
from pos.db.connection import transaction
from pos.db.selling import print_q
from pos.errors import InvalidInput, NotFound
from pos.printing.documents.document import Document, document_to_json
from pos.printing.printers.transport import parse_printer_uri
from pos.records.ledger import Ledger
from pos.selling import print_queue
from pos.selling.sales import SaleRecord, get_sale

KINDS = ("receipt", "drawer", "labels", "document")
DRAWER_EXPIRES = print_queue.DRAWER_EXPIRES
# What a job's status means, in the words `pos print queue` and the counter use.
STATUS_WORDS = {
    "queued": "waiting", "printing": "printing", "done": "printed", "failed": "failed",
    "unconfirmed": "sent, not confirmed",
}  # fmt: skip


@dataclass(frozen=True)
class PrintJob:
    id: int
    kind: str
    ref: str
    duplicate: bool
    status: str  # queued | printing | done | failed | unconfirmed (sent, not confirmed)
    attempts: int
    last_error: str | None
    printer_uri: str | None
    created_at: str
    printed_at: str | None
    payload: dict[str, Any]
    delivered: bool = False  # every byte of an attempt reached the printer

    @property
    def reprintable(self) -> str | None:
        """The receipt a one-key reprint (marked DUPLICATE) would print, for a receipt sent
        but not confirmed or failed; None for anything else."""
        if self.kind == "receipt" and self.status in ("unconfirmed", "failed"):
            return self.ref
        return None


def job_from_row(row: dict[str, Any]) -> PrintJob:
    return PrintJob(
        id=row["id"], kind=row["kind"], ref=row["ref"], duplicate=bool(row["duplicate"]),
        status=row["status"], attempts=row["attempts"], last_error=row["last_error"],
        printer_uri=row["printer_uri"], created_at=row["created_at"],
        printed_at=row["printed_at"], payload=json.loads(row["payload"] or "{}"),
        delivered=bool(row.get("delivered", 0)),
    )  # fmt: skip


def _queue(
    ledger: Ledger,
    kind: str,
    ref: str,
    *,
    duplicate: bool = False,
    payload: dict[str, Any] | None = None,
    printer_uri: str | None = None,
    moment: datetime | None = None,
) -> int:
    if printer_uri:
        parse_printer_uri(printer_uri)
    at = clock.to_iso(moment or clock.now_utc())
    with transaction(ledger.db):
        return print_q.insert_job(
            ledger.db, kind=kind, ref=ref, duplicate=duplicate,
            payload=json.dumps(payload or {}, ensure_ascii=False), printer_uri=printer_uri,
            at=at,
        )  # fmt: skip


def queue_receipt(
    ledger: Ledger, receipt_no: str, *, duplicate: bool = False, printer_uri: str | None = None
) -> int:
    """Queue a receipt (or a DUPLICATE reprint). Raises NotFound for an unknown receipt."""
    sale = get_sale(ledger, receipt_no)
    return _queue(ledger, "receipt", sale.receipt_no, duplicate=duplicate,
                  printer_uri=printer_uri)  # fmt: skip


def queue_drawer(ledger: Ledger, reason: str, *, moment: datetime | None = None) -> int:
    """Queue a cash-drawer kick; it expires unsent after two minutes."""
    return print_queue.queue_drawer(ledger, reason, moment or clock.now_utc())


def queue_labels(
    ledger: Ledger, sku: str, copies: int = 1, *, printer_uri: str | None = None
) -> tuple[int, str]:
    """Register the product's in-store barcode and queue ``copies`` labels: (job id, code)."""
    from pos.printing.documents.labels import label_code

    if not 1 <= copies <= 200:
        raise InvalidInput("print between 1 and 200 labels at a time")
    item, code = label_code(ledger, sku)
    job = _queue(ledger, "labels", item.sku, payload={"copies": copies, "code": code},
                 printer_uri=printer_uri)  # fmt: skip
    return job, code


def queue_document(
    ledger: Ledger, document: Document, *, ref: str = "", printer_uri: str | None = None
) -> int:
    """Queue any layout document (a report, the test page) for the thermal printer."""
    return _queue(ledger, "document", ref or document.title,
                  payload={"document": json.loads(document_to_json(document))},
                  printer_uri=printer_uri)  # fmt: skip


def queue_after_sale(ledger: Ledger, sale: SaleRecord) -> list[int]:
    """The jobs a completed sale or return needs: the drawer for cash, then the receipt.

    With a printer set up they were queued in the sale's own transaction and their ids are
    returned; otherwise (a printer set up afterwards) they are queued now."""
    cash = any(p.method == "cash" for p in sale.payments) and sale.total_paise > 0
    return print_queue.queue_for_receipt(ledger, sale.receipt_no, cash=cash,
                                         moment=clock.now_utc())  # fmt: skip


def queued_for(ledger: Ledger, receipt_no: str) -> list[PrintJob]:
    """A receipt's first jobs (drawer kick first) that are still waiting to print."""
    rows = print_q.original_jobs(ledger.db, receipt_no, print_queue.drawer_ref(receipt_no))
    return [job_from_row(row) for row in rows if row["status"] == "queued"]


def get_job(ledger: Ledger, job_id: int) -> PrintJob:
    row = print_q.get_job(ledger.db, job_id)
    if row is None:
        raise NotFound(f"no print job {job_id}")
    return job_from_row(row)


def list_jobs(ledger: Ledger, limit: int = 50) -> list[PrintJob]:
    return [job_from_row(row) for row in print_q.recent_jobs(ledger.db, limit)]


def problem_jobs(ledger: Ledger, limit: int = 50) -> list[PrintJob]:
    """Jobs that failed or are waiting after a failed attempt, newest first."""
    return [job_from_row(row) for row in print_q.failed_jobs(ledger.db, limit)]
