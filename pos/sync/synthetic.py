"""Synthetic but valid ledgers for sync tests and benchmarks.

Writes chained ``sale_completed`` events straight into the journal and outbox (the payload
built by pos.selling.sales.sale_payload from rows priced as the counter would), so tens of thousands
of pending sales take seconds rather than hours of CLI calls. Only the journal is written:
the sales tables are not, so `pos ledger verify` on such a file reports them missing.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from pos import clock
from pos.amounts.money import round_bill, taxes_for
from pos.db.backoffice import catalog_q
from pos.db.connection import transaction
from pos.db.records import sync_q
from pos.products.catalog import find_item
from pos.records import journal
from pos.records.ledger import Ledger
from pos.selling.sales import SALE_EVENT, sale_payload

CHUNK = 5000


def add_sales(
    ledger: Ledger,
    count: int,
    *,
    days: int = 1,
    end: datetime | None = None,
    seed: int = 7,
) -> int:
    """Append ``count`` pending sale events spread evenly over ``days`` up to ``end``."""
    rng = random.Random(seed)
    end = end or clock.now_utc() - timedelta(minutes=1)
    start = end - timedelta(days=days) + timedelta(minutes=1)
    step = (end - start) / max(1, count)
    skus = [
        r["sku"] for r in catalog_q.export_products(ledger.db, clock.local_minute(clock.now_utc()))
    ]
    items = [find_item(ledger, sku) for sku in skus if sku]  # priced now: synthetic
    shg_codes = {r["id"]: r["code"] for r in catalog_q.all_shgs(ledger.db)}
    doc_mode = ledger.outlet.doc_mode
    head = journal.head(ledger.db)
    seq, prev = head.seq, head.hash
    written = 0
    prefix = ledger.device.short_code
    rows: list[tuple[Any, ...]] = []
    for n in range(count):
        moment = start + step * n
        seq += 1
        data = _sale(rng, items, shg_codes, doc_mode, moment, f"{prefix}-S{seq:07d}", seq)
        event_id = journal.new_uuid()
        created = clock.to_iso(moment)
        day = clock.business_date(moment)
        body = journal.canonical_json(
            {
                "schema": journal.SCHEMA_VERSION,
                "event_id": event_id,
                "seq": seq,
                "device_id": ledger.device.id,
                "kind": SALE_EVENT,
                "created_at": created,
                "business_date": day,
                "prev_hash": prev,
                "data": data,
            }
        )
        digest = journal.body_hash(body)
        rows.append((seq, event_id, SALE_EVENT, created, day, body, digest, prev))
        prev = digest
        if len(rows) >= CHUNK:
            written += _flush(ledger, rows)
    written += _flush(ledger, rows)
    return written


def _flush(ledger: Ledger, rows: list[tuple[Any, ...]]) -> int:
    if not rows:
        return 0
    with transaction(ledger.db):
        sync_q.insert_events_bulk(ledger.db, rows)
    done = len(rows)
    rows.clear()
    return done


def _sale(
    rng: random.Random,
    items: list[Any],
    shg_codes: dict[int, str],
    doc_mode: str,
    moment: datetime,
    receipt_no: str,
    seq: int,
) -> dict[str, Any]:
    line_rows = []
    totals = {"gross_paise": 0, "taxable_paise": 0, "cgst_paise": 0, "sgst_paise": 0}
    for line_no in range(1, rng.randint(1, 3) + 1):
        item = rng.choice(items)
        qty = rng.randint(1, 4)
        gross = qty * item.mrp_paise
        taxable, cgst, sgst = taxes_for(gross, item.rate_bp, doc_mode)
        line = {
            "line_no": line_no, "product_id": item.product_id, "sku": item.sku,
            "name_en": item.name_en, "name_hi": item.name_hi, "category": item.category,
            "hsn": item.hsn, "qty": qty, "mrp_paise": item.mrp_paise,
            "unit_price_paise": item.mrp_paise, "price_id": item.price_id, "discount_paise": 0,
            "gross_paise": gross, "rate_bp": item.rate_bp, "taxable_paise": taxable,
            "cgst_paise": cgst, "sgst_paise": sgst, "override_approver_id": None,
        }  # fmt: skip
        allocation = {
            "lot_id": None,
            "shg_code": shg_codes.get(item.default_shg_id, "?"),
            "qty": qty,
            "beyond_stock": 1,
        }
        line_rows.append((line, [allocation]))
        for key in totals:
            totals[key] += line[key]
    rounded = round_bill(totals["gross_paise"])
    sale_row = {
        "uuid": journal.new_uuid(), "receipt_no": receipt_no, "series": "S", "fy": "0000",
        "receipt_seq": seq, "kind": "sale", "is_void": 0, "shift_id": 1, "cashier_id": 1,
        "approver_id": None, "reason": None, "doc_mode": doc_mode,
        "created_at": clock.to_iso(moment), "business_date": clock.business_date(moment),
        "discount_paise": 0, "round_off_paise": rounded.round_off,
        "total_paise": rounded.total, **totals,
    }  # fmt: skip
    method = "cash" if seq % 3 else "upi"
    payment = {
        "method": method,
        "amount_paise": rounded.total,
        "tendered_paise": rounded.total if method == "cash" else None,
        "change_paise": 0 if method == "cash" else None,
        "reference": None if method == "cash" else f"UTR{seq:09d}",
    }
    return sale_payload(sale_row, None, line_rows, [payment])
