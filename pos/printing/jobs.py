"""Print jobs in the ledger: queued by the counter (after the sale commits), printed later.

Each function writes one job row on the caller's ledger connection and returns its id; the
print service's worker (its own connection) prints it. A reprint is a new job marked
duplicate, and its receipt says DUPLICATE.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pos import clock
from pos.db import print_q
from pos.db.connection import transaction
from pos.errors import InvalidInput, NotFound
from pos.ledger import Ledger
from pos.printing.document import Document, document_to_json
from pos.printing.transport import parse_printer_uri
from pos.sales import SaleRecord, get_sale

KINDS = ("receipt", "drawer", "labels", "document")
DRAWER_EXPIRES = timedelta(minutes=2)  # a drawer must not pop open long after the sale


@dataclass(frozen=True)
class PrintJob:
    id: int
    kind: str
    ref: str
    duplicate: bool
    status: str  # queued | printing | done | failed
    attempts: int
    last_error: str | None
    printer_uri: str | None
    created_at: str
    printed_at: str | None
    payload: dict[str, Any]


def job_from_row(row: dict[str, Any]) -> PrintJob:
    return PrintJob(
        id=row["id"], kind=row["kind"], ref=row["ref"], duplicate=bool(row["duplicate"]),
        status=row["status"], attempts=row["attempts"], last_error=row["last_error"],
        printer_uri=row["printer_uri"], created_at=row["created_at"],
        printed_at=row["printed_at"], payload=json.loads(row["payload"] or "{}"),
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
    moment = moment or clock.now_utc()
    expires = clock.to_iso(moment + DRAWER_EXPIRES)
    return _queue(ledger, "drawer", reason, payload={"expires_at": expires}, moment=moment)


def queue_labels(
    ledger: Ledger, sku: str, copies: int = 1, *, printer_uri: str | None = None
) -> tuple[int, str]:
    """Register the product's in-store barcode and queue ``copies`` labels: (job id, code)."""
    from pos.printing.labels import label_code

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
    """The jobs a completed sale or return needs: the drawer for cash, then the receipt."""
    ids = []
    if any(p.method == "cash" for p in sale.payments):
        ids.append(queue_drawer(ledger, f"cash {sale.receipt_no}"))
    ids.append(queue_receipt(ledger, sale.receipt_no))
    return ids


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
