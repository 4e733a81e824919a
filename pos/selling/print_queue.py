"""The print jobs a committed sale, return or void needs, written in its own transaction.

DESIGN 2: a sale and everything it records are one transaction, before anything prints. Its
print jobs belong to that transaction too (issue 10): a power cut after the commit cannot
leave a sale with no job, so it is in `pos print queue` and offered at start-up.

The rows say *what* to print, not how: a ``receipt`` job names the receipt number (a sale's
receipt, a return's credit note or return receipt, a void slip: pos/printing renders each
from the stored sale when it prints), and a ``drawer`` job kicks the cash drawer for cash
taken or a cash refund. The printer is the outlet's (``printer_uri``) at print time. This
module is domain code: it imports nothing from pos/printing or Qt.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from pos import clock
from pos.db.connection import transaction
from pos.db.selling import print_q
from pos.outlet import config
from pos.records.ledger import Ledger

DRAWER_EXPIRES = timedelta(minutes=2)  # a drawer must not pop open long after the sale


def drawer_ref(receipt_no: str) -> str:
    return f"cash {receipt_no}"


def printer_set_up(ledger: Ledger) -> bool:
    """Whether the outlet has a printer (a stored ``printer_uri``, checked when it was saved):
    the one answer the CLI, the print queue and the counter all use."""
    return bool(config.get(ledger, "printer_uri"))


def queue_drawer(ledger: Ledger, reason: str, moment: datetime) -> int:
    """A cash-drawer kick that expires unsent two minutes after ``moment``."""
    expires = clock.to_iso(moment + DRAWER_EXPIRES)
    with transaction(ledger.db):
        return print_q.insert_job(
            ledger.db, kind="drawer", ref=reason, duplicate=False,
            payload=json.dumps({"expires_at": expires}), printer_uri=None,
            at=clock.to_iso(moment),
        )  # fmt: skip


def queue_for_receipt(
    ledger: Ledger, receipt_no: str, *, cash: bool, moment: datetime
) -> list[int]:
    """The drawer kick (when ``cash`` moved) and the receipt for a committed sale or return:
    their job ids, drawer first. Call it inside the sale's transaction. Idempotent: a receipt
    that already has its jobs gets no second original."""
    db = ledger.db
    with transaction(db):
        existing = print_q.original_jobs(db, receipt_no, drawer_ref(receipt_no))
        if existing:
            return [row["id"] for row in existing]
        ids = [queue_drawer(ledger, drawer_ref(receipt_no), moment)] if cash else []
        receipt = print_q.insert_job(
            db, kind="receipt", ref=receipt_no, duplicate=False, payload="{}",
            printer_uri=None, at=clock.to_iso(moment),
        )  # fmt: skip
        ids.append(receipt)
    return ids


def queue_if_printer(ledger: Ledger, receipt_no: str, *, cash: bool, moment: datetime) -> list[int]:
    """``queue_for_receipt`` when the outlet has a printer set up (else nothing: a till with
    no printer would otherwise list every sale as unprinted)."""
    if not printer_set_up(ledger):
        return []
    return queue_for_receipt(ledger, receipt_no, cash=cash, moment=moment)
