"""Bulk generator of a valid outlet ledger for benchmarks (a million sale lines in minutes).

The ledger is created with the real schema (``create_ledger``) and catalog import, then a
history of days is written straight into the tables with ``executemany``: shifts opened and
closed with their Z figures, SHG lots received and drawn first-in first-out (earliest expiry,
then earliest received; beyond stock to the product's default SHG), sales with their lines,
lot allocations, stock moves and payments, some returns restocking the lots they came from,
and for every one of them the journal event, hash-chained exactly as ``pos.records.journal.append``
builds it, with the sale payloads built by ``pos.selling.sales.sale_payload`` from the very rows
written. The history ends before now, so the ledger can take new sales at the counter; the
last shift is left open.

    .venv/bin/python bench/bulk_ledger.py --data-dir /tmp/big --lines 1000000 --products 10000

Library use: ``generate_ledger(data_dir, lines=..., products=...) -> Generated``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pos import clock  # noqa: E402
from pos.amounts.money import round_bill, taxes_for  # noqa: E402
from pos.outlet import users  # noqa: E402
from pos.products import catalog  # noqa: E402
from pos.products.barcodes import ean13_for  # noqa: E402
from pos.records import journal  # noqa: E402
from pos.records.ledger import Ledger, create_ledger  # noqa: E402
from pos.selling.sales import sale_payload as build_sale_payload  # noqa: E402
from pos.selling.shifts import DENOMINATIONS_PAISE, expected_cash  # noqa: E402
from pos.settings import resolve_settings  # noqa: E402

MANAGER_PIN = "2468"
CASHIER_PIN = "1357"
CATEGORIES = (
    "Masks",
    "Soap",
    "Sanitizer",
    "Pickles",
    "Spices",
    "Handloom",
    "Bamboo",
    "Honey",
    "Papad",
    "Incense",
    "Toys",
    "Bags",
)
HSN_RATES = (
    ("6307", 500),
    ("3401", 1800),
    ("3808", 1800),
    ("2001", 1200),
    ("0910", 500),
    ("5208", 500),
    ("4602", 1200),
    ("0409", 0),
    ("1905", 1800),
    ("3307", 1200),
)
FLOAT_PAISE = 100_000
CHUNK_LINES = 50_000


@dataclass(frozen=True)
class Generated:
    path: Path
    lines: int
    sales: int
    returns: int
    shifts: int
    lots: int
    products: int
    shgs: int
    events: int
    first_day: str
    last_day: str
    seconds: float


class _Writer:
    """Rows waiting for executemany, and the journal chain."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.db = ledger.db
        head = journal.head(self.db)
        self.seq = head.seq
        self.prev_hash = head.hash
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}
        self.next_id: dict[str, int] = {}
        for table in (
            "sales",
            "sale_lines",
            "line_allocations",
            "payments",
            "stock_moves",
            "lots",
            "shifts",
            "cash_movements",
        ):
            row = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
            self.next_id[table] = int(row[0]) + 1

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        if table not in self.columns:
            self.columns[table] = tuple(row)
        self.rows.setdefault(table, []).append(tuple(row[c] for c in self.columns[table]))

    def event(self, kind: str, data: dict[str, Any], moment: datetime) -> int:
        """Append one event exactly as pos.records.journal.append would; returns its seq."""
        self.seq += 1
        created_at = clock.to_iso(moment)
        day = clock.business_date(moment)
        envelope = {
            "schema": journal.SCHEMA_VERSION,
            "event_id": str(uuid.uuid4()),
            "seq": self.seq,
            "device_id": self.ledger.device.id,
            "kind": kind,
            "created_at": created_at,
            "business_date": day,
            "prev_hash": self.prev_hash,
            "data": data,
        }
        body = journal.canonical_json(envelope)
        digest = journal.body_hash(body)
        self.add(
            "events",
            {
                "seq": self.seq,
                "event_id": envelope["event_id"],
                "kind": kind,
                "created_at": created_at,
                "business_date": day,
                "body": body,
                "hash": digest,
                "prev_hash": self.prev_hash,
            },
        )
        self.add("outbox", {"seq": self.seq})
        self.prev_hash = digest
        return self.seq

    def flush(self) -> None:
        # Parents before children (foreign keys are on).
        order = (
            "shifts",
            "lots",
            "sales",
            "sale_lines",
            "line_allocations",
            "payments",
            "stock_moves",
            "cash_movements",
            "events",
            "outbox",
        )
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            for table in order:
                rows = self.rows.get(table)
                if not rows:
                    continue
                cols = self.columns[table]
                self.db.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                    f"({', '.join('?' for _ in cols)})",
                    rows,
                )
            self.db.conn.execute("COMMIT")
        except BaseException:
            self.db.conn.execute("ROLLBACK")
            raise
        self.rows = {}


@contextmanager
def _clock_at(moment: datetime) -> Iterator[None]:
    with mock.patch("pos.clock.now_utc", return_value=moment):
        yield


def _catalog(products: int, shgs: int, rng: random.Random) -> catalog.CatalogData:
    shg_rows = tuple(
        catalog.ShgRow(code=f"SHG-{n:03d}", name_en=f"Self help group {n}", village=f"V{n}")
        for n in range(1, shgs + 1)
    )
    product_rows = []
    for n in range(1, products + 1):
        hsn, rate = HSN_RATES[n % len(HSN_RATES)]
        product_rows.append(
            catalog.ProductRow(
                sku=f"P{n:06d}",
                barcodes=(ean13_for(n),),
                name_en=f"Product {n}",
                name_hi=f"उत्पाद {n}",
                category=CATEGORIES[n % len(CATEGORIES)],
                unit="pc",
                hsn=hsn,
                rate_bp=rate,
                mrp_paise=rng.randrange(10, 500) * 100 + rng.choice((0, 50)),
                shg_code=shg_rows[rng.randrange(shgs)].code,
                effective_from=None,
                active=True,
            )
        )
    return catalog.CatalogData(shgs=shg_rows, products=tuple(product_rows))


def _counts(paise: int) -> dict[str, int]:
    out = {}
    for d in DENOMINATIONS_PAISE:
        n, paise = divmod(paise, d)
        if n:
            out[str(d)] = n
    return out


def generate_ledger(
    data_dir: Path,
    *,
    lines: int = 1_000_000,
    products: int = 10_000,
    shgs: int = 50,
    days: int = 365,
    shifts_per_day: int = 2,
    return_rate: float = 0.01,
    beyond_stock_rate: float = 0.03,
    seed: int = 20260401,
    end: datetime | None = None,
    progress: bool = False,
) -> Generated:
    """Write a ledger of about ``lines`` sale lines (returns come on top) into ``data_dir``."""
    began = time.perf_counter()
    rng = random.Random(seed)
    end = end or (datetime.now(UTC) - timedelta(hours=1))
    first_local = clock.local(end - timedelta(days=days)).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    start = first_local.astimezone(UTC)
    settings = resolve_settings(data_dir)
    with _clock_at(start):
        ledger = create_ledger(
            settings,
            code="B01",
            name_en="Bench District Marketing Centre",
            doc_mode="tax_invoice",
            gstin="23AAALZ0423G1ZB",
            upi_vpa="bench@upi",
        )
        data = _catalog(products, shgs, rng)
        catalog.import_catalog(ledger, data, moment=start)
        manager = users.add_user(ledger, "Meena", "manager", MANAGER_PIN)
        cashier = users.add_user(ledger, "Ravi", "cashier", CASHIER_PIN)
    ledger.db.execute("PRAGMA synchronous = OFF")  # a generator, not a till
    doc_mode = ledger.outlet.doc_mode
    short = ledger.device.short_code
    at = clock.local_minute(start)
    items = {
        r["product_id"]: r
        for r in ledger.db.query(
            "SELECT p.id AS product_id, p.sku, p.name_en, p.name_hi, p.category, p.hsn,"
            " p.default_shg_id, pr.id AS price_id, pr.mrp_paise, t.rate_bp FROM products p"
            " JOIN prices pr ON pr.product_id = p.id JOIN tax_rates t ON t.hsn = p.hsn"
            " WHERE pr.effective_from <= ? AND t.effective_from <= ?",
            [at, at],
        )
    }
    product_ids = sorted(items)
    shg_codes = {r["id"]: r["code"] for r in ledger.db.query("SELECT id, code FROM shg")}
    shg_ids = sorted(shg_codes)
    w = _Writer(ledger)
    # lots with stock per product: [expiry or None, received_on, lot_id, shg_id, on_hand]
    stock: dict[int, list[list[Any]]] = {}
    balances: dict[int, tuple[int, int]] = {}  # lot_id -> (product_id, on_hand) at the end
    receipt_seq: dict[tuple[str, str], int] = {}
    total_shifts = days * shifts_per_day
    lines_per_shift = max(1, lines // total_shifts)
    made_lines = made_sales = made_returns = made_lots = 0
    pending_lines = 0
    z_number = 0

    def receipt(kind: str, moment: datetime) -> tuple[str, str, str, int]:
        fy = clock.financial_year(clock.local(moment).date())
        series = "S" if kind == "sale" else "R"
        seq = receipt_seq.get((series, fy), 0) + 1
        receipt_seq[(series, fy)] = seq
        prefix = f"{short}-{fy}-" if kind == "sale" else f"{short}-R{fy}-"
        return f"{prefix}{seq:0{16 - len(prefix)}d}", series, fy, seq

    def intake(product_id: int, moment: datetime) -> None:
        nonlocal made_lots
        item = items[product_id]
        shg_id = item["default_shg_id"] if rng.random() < 0.7 else rng.choice(shg_ids)
        qty = rng.randrange(20, 200)
        day = clock.business_date(moment)
        expiry = None
        if rng.random() < 0.2:
            expiry = (
                clock.local(moment).date() + timedelta(days=rng.randrange(60, 400))
            ).isoformat()
        price = item["mrp_paise"] * 8 // 10 if rng.random() < 0.5 else None
        lot_id = w.new_id("lots")
        seq = w.seq + 1
        row = {
            "shg_id": shg_id,
            "product_id": product_id,
            "qty_received": qty,
            "received_on": day,
            "expiry": expiry,
            "shg_price_paise": price,
            "created_at": clock.to_iso(moment),
            "event_seq": seq,
        }
        w.add("lots", {"id": lot_id, **row})
        w.add(
            "stock_moves",
            {
                "id": w.new_id("stock_moves"),
                "product_id": product_id,
                "lot_id": lot_id,
                "shg_id": shg_id,
                "qty": qty,
                "kind": "intake",
                "sale_line_id": None,
                "reason": None,
                "created_at": row["created_at"],
                "business_date": day,
                "event_seq": seq,
            },
        )
        w.event(
            "stock_received",
            {
                "lot_id": lot_id,
                "shg_code": shg_codes[shg_id],
                "sku": item["sku"],
                "user_id": manager.id,
                **{k: v for k, v in row.items() if k != "event_seq"},
            },
            moment,
        )
        stock.setdefault(product_id, []).append([expiry, day, lot_id, shg_id, qty])
        balances[lot_id] = (product_id, qty)
        made_lots += 1

    def allocate(product_id: int, qty: int) -> list[tuple[int | None, int, int]]:
        lots = stock.get(product_id, [])
        lots.sort(key=lambda lot: (lot[0] is None, lot[0] or "", lot[1], lot[2]))
        out: list[tuple[int | None, int, int]] = []
        left = qty
        for lot in lots:
            take = min(left, lot[4])
            out.append((lot[2], lot[3], take))
            lot[4] -= take
            balances[lot[2]] = (product_id, lot[4])
            left -= take
            if left == 0:
                break
        stock[product_id] = [lot for lot in lots if lot[4] > 0]
        if left:
            out.append((None, items[product_id]["default_shg_id"], left))
        return out

    def write_sale(
        kind: str,
        moment: datetime,
        shift_id: int,
        plans: list[dict[str, Any]],
        original: dict[str, Any] | None,
        payments: list[dict[str, Any]] | None,
    ) -> tuple[dict[str, Any], list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
        receipt_no, series, fy, seq = receipt(kind, moment)
        gross = sum(p["line"]["gross_paise"] for p in plans)
        rounded = round_bill(gross)
        sale_id = w.new_id("sales")
        event_seq = w.seq + 1
        sale_row = {
            "id": sale_id,
            "uuid": str(uuid.uuid4()),
            "receipt_no": receipt_no,
            "series": series,
            "fy": fy,
            "receipt_seq": seq,
            "kind": kind,
            "original_sale_id": original["id"] if original else None,
            "is_void": 0,
            "shift_id": shift_id,
            "cashier_id": cashier.id,
            "approver_id": manager.id if original else None,
            "reason": "customer changed mind" if original else None,
            "doc_mode": doc_mode,
            "created_at": clock.to_iso(moment),
            "business_date": clock.business_date(moment),
            "gross_paise": gross,
            "discount_paise": sum(p["line"]["discount_paise"] for p in plans),
            "taxable_paise": sum(p["line"]["taxable_paise"] for p in plans),
            "cgst_paise": sum(p["line"]["cgst_paise"] for p in plans),
            "sgst_paise": sum(p["line"]["sgst_paise"] for p in plans),
            "round_off_paise": rounded.round_off,
            "total_paise": rounded.total,
            "event_seq": event_seq,
        }
        w.add("sales", sale_row)
        line_rows = []
        for line_no, plan in enumerate(plans, start=1):
            line = {
                **plan["line"],
                "id": w.new_id("sale_lines"),
                "sale_id": sale_id,
                "line_no": line_no,
            }
            w.add("sale_lines", line)
            allocations = []
            for lot_id, shg_id, qty in plan["allocations"]:
                allocation = {
                    "id": w.new_id("line_allocations"),
                    "sale_line_id": line["id"],
                    "lot_id": lot_id,
                    "shg_id": shg_id,
                    "qty": qty,
                    "beyond_stock": int(lot_id is None),
                }
                w.add("line_allocations", allocation)
                signed = -qty if kind == "sale" else qty
                w.add(
                    "stock_moves",
                    {
                        "id": w.new_id("stock_moves"),
                        "product_id": line["product_id"],
                        "lot_id": lot_id,
                        "shg_id": shg_id,
                        "qty": signed,
                        "kind": kind,
                        "sale_line_id": line["id"],
                        "reason": None,
                        "created_at": sale_row["created_at"],
                        "business_date": sale_row["business_date"],
                        "event_seq": event_seq,
                    },
                )
                allocations.append({**allocation, "shg_code": shg_codes[shg_id]})
            line_rows.append((line, allocations))
        if payments is None:  # a refund in cash
            payments = [
                {
                    "method": "cash",
                    "amount_paise": rounded.total,
                    "tendered_paise": rounded.total,
                    "change_paise": 0,
                    "reference": None,
                }
            ]
        elif not payments:
            payments = _tenders(rounded.total, rng, moment)
        for p in payments:
            w.add("payments", {"id": w.new_id("payments"), "sale_id": sale_id, **p})
        original_line_nos = None
        if original:
            original_line_nos = {1: plans[0]["original_line_no"]}
        data = build_sale_payload(
            sale_row,
            original["receipt_no"] if original else None,
            line_rows,
            payments,
            original_line_nos,
        )
        w.event("sale_completed" if kind == "sale" else "return_issued", data, moment)
        return sale_row | {"payments": payments}, line_rows

    for day_no in range(days):
        day_start = start + timedelta(days=day_no, hours=1)  # 09:00 local
        for shift_no in range(shifts_per_day):
            opened = day_start + timedelta(hours=shift_no * 11 / shifts_per_day)
            length = timedelta(hours=11 / shifts_per_day)
            if opened + length >= end:
                break
            shift_id = w.new_id("shifts")
            shift_row = {
                "cashier_id": cashier.id,
                "opened_at": clock.to_iso(opened),
                "business_date": clock.business_date(opened),
                "opening_float_paise": FLOAT_PAISE,
            }
            w.event("shift_opened", {"shift_id": shift_id, **shift_row}, opened)
            last_shift = day_no == days - 1 and shift_no == shifts_per_day - 1
            target = lines_per_shift if not last_shift else max(0, lines - made_lines)
            if last_shift:
                target = max(0, lines - made_lines)
            cash_in = cash_out = 0
            shift_sales: list[tuple[dict[str, Any], list[Any]]] = []
            shift_lines = 0
            step = length / max(1, target // 3 + 2)
            moment = opened
            while shift_lines < target:
                moment += step
                n_lines = min(target - shift_lines, rng.randrange(1, 6))
                plans = []
                for _ in range(n_lines):
                    pid = product_ids[int(len(product_ids) * rng.random() ** 2)]
                    qty = 1 if rng.random() < 0.7 else rng.randrange(2, 6)
                    have = sum(lot[4] for lot in stock.get(pid, []))
                    if have < qty and rng.random() >= beyond_stock_rate:
                        intake(pid, moment - step / 2)
                    item = items[pid]
                    gross = qty * item["mrp_paise"]
                    taxable, cgst, sgst = taxes_for(gross, item["rate_bp"], doc_mode)
                    line = {
                        "product_id": pid,
                        "sku": item["sku"],
                        "name_en": item["name_en"],
                        "name_hi": item["name_hi"],
                        "category": item["category"],
                        "hsn": item["hsn"],
                        "qty": qty,
                        "mrp_paise": item["mrp_paise"],
                        "unit_price_paise": item["mrp_paise"],
                        "price_id": item["price_id"],
                        "discount_paise": 0,
                        "gross_paise": gross,
                        "rate_bp": item["rate_bp"],
                        "taxable_paise": taxable,
                        "cgst_paise": cgst,
                        "sgst_paise": sgst,
                        "override_approver_id": None,
                        "original_line_id": None,
                    }
                    plans.append({"line": line, "allocations": allocate(pid, qty)})
                sale, sale_lines = write_sale("sale", moment, shift_id, plans, None, [])
                cash_in += sum(p["amount_paise"] for p in sale["payments"] if p["method"] == "cash")
                shift_sales.append((sale, sale_lines))
                shift_lines += n_lines
                made_sales += 1
                if rng.random() < return_rate and len(shift_sales) > 1:
                    orig, orig_lines = shift_sales[rng.randrange(len(shift_sales) - 1)]
                    line, allocations = orig_lines[0]
                    if line.get("returned"):
                        continue
                    line["returned"] = True
                    back = []
                    for a in reversed(allocations):
                        back.append((a["lot_id"], a["shg_id"], a["qty"]))
                        if a["lot_id"] is not None:
                            for lot in stock.setdefault(line["product_id"], []):
                                if lot[2] == a["lot_id"]:
                                    lot[4] += a["qty"]
                                    break
                            else:
                                lot_row = balances[a["lot_id"]]
                                stock[line["product_id"]].append(
                                    _lot_back(w, a["lot_id"], lot_row, a["qty"])
                                )
                            pid, on_hand = balances[a["lot_id"]]
                            balances[a["lot_id"]] = (pid, on_hand + a["qty"])
                    ret_line = {
                        k: line[k]
                        for k in line
                        if k not in ("id", "sale_id", "line_no", "returned")
                    }
                    ret_line["original_line_id"] = line["id"]
                    moment += step / 2
                    refund, _ = write_sale(
                        "return",
                        moment,
                        shift_id,
                        [
                            {
                                "line": ret_line,
                                "allocations": back,
                                "original_line_no": line["line_no"],
                            }
                        ],
                        orig,
                        None,
                    )
                    cash_out += refund["total_paise"]
                    made_returns += 1
            made_lines += shift_lines
            pending_lines += shift_lines
            if not last_shift:
                closed = opened + length
                z_number += 1
                parts = {
                    "opening_float_paise": FLOAT_PAISE,
                    "cash_sales_paise": cash_in,
                    "cash_refunds_paise": cash_out,
                    "paid_in_paise": 0,
                    "paid_out_paise": 0,
                    "drops_paise": 0,
                }
                expected = expected_cash(**parts)
                counts = _counts(expected)
                changes = {
                    "closed_at": clock.to_iso(closed),
                    "counted_json": json.dumps(counts, sort_keys=True),
                    "counted_paise": expected,
                    "expected_paise": expected,
                    "variance_paise": 0,
                    "variance_reason": None,
                    "approver_id": None,
                    "z_number": z_number,
                }
                w.add("shifts", {"id": shift_id, **shift_row, **changes})
                w.event(
                    "shift_closed",
                    {
                        "shift_id": shift_id,
                        "closed_by": cashier.id,
                        **{k: v for k, v in changes.items() if k != "counted_json"},
                        "counted": counts,
                        "cash": {**parts, "expected_paise": expected},
                    },
                    closed,
                )
            else:
                w.add(
                    "shifts",
                    {
                        "id": shift_id,
                        **shift_row,
                        "closed_at": None,
                        "counted_json": None,
                        "counted_paise": None,
                        "expected_paise": None,
                        "variance_paise": None,
                        "variance_reason": None,
                        "approver_id": None,
                        "z_number": None,
                    },
                )
            if pending_lines >= CHUNK_LINES:
                w.flush()
                pending_lines = 0
                if progress:
                    print(
                        f"  {made_lines:,} lines, {w.seq:,} events, "
                        f"{time.perf_counter() - began:.0f} s",
                        file=sys.stderr,
                    )
    w.flush()
    w.db.conn.execute("BEGIN IMMEDIATE")
    w.db.conn.executemany(
        "INSERT INTO lot_balance (lot_id, product_id, on_hand) VALUES (?, ?, ?)",
        [(lot_id, pid, on_hand) for lot_id, (pid, on_hand) in sorted(balances.items())],
    )
    w.db.conn.execute("COMMIT")
    w.db.execute("PRAGMA synchronous = FULL")
    w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    w.db.execute("ANALYZE")
    days_row = w.db.execute("SELECT min(business_date), max(business_date) FROM sales").fetchone()
    shifts_made = w.db.execute("SELECT count(*) FROM shifts").fetchone()[0]
    path = ledger.path
    ledger.close()
    return Generated(
        path=path,
        lines=made_lines,
        sales=made_sales,
        returns=made_returns,
        shifts=shifts_made,
        lots=made_lots,
        products=products,
        shgs=shgs,
        events=w.seq,
        first_day=days_row[0] or "",
        last_day=days_row[1] or "",
        seconds=time.perf_counter() - began,
    )


def _lot_back(w: _Writer, lot_id: int, lot_row: tuple[int, int], qty: int) -> list[Any]:
    """A sold-out lot getting a return back: find its expiry and day to keep FIFO order."""
    for row in w.rows.get("lots", []):
        if row[0] == lot_id:
            cols = w.columns["lots"]
            found = dict(zip(cols, row, strict=True))
            return [found["expiry"], found["received_on"], lot_id, found["shg_id"], qty]
    found = w.db.execute(
        "SELECT expiry, received_on, shg_id FROM lots WHERE id = ?", [lot_id]
    ).fetchone()
    return [found[0], found[1], lot_id, found[2], qty]


def _tenders(total: int, rng: random.Random, moment: datetime) -> list[dict[str, Any]]:
    pick = rng.random()
    if pick < 0.6:
        tendered = -(-total // 10_000) * 10_000 if rng.random() < 0.5 else total
        return [
            {
                "method": "cash",
                "amount_paise": total,
                "tendered_paise": tendered,
                "change_paise": tendered - total,
                "reference": None,
            }
        ]
    method = "upi" if pick < 0.9 else "card"
    ref = f"{moment.strftime('%y%m%d%H%M%S')}{rng.randrange(10**6):06d}"
    return [
        {
            "method": method,
            "amount_paise": total,
            "tendered_paise": total,
            "change_paise": 0,
            "reference": ref,
        }
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir", required=True, help="folder for the new ledger (must not hold one)"
    )
    parser.add_argument(
        "--lines", type=int, default=1_000_000, help="sale lines (default 1,000,000)"
    )
    parser.add_argument("--products", type=int, default=10_000, help="products (default 10,000)")
    parser.add_argument("--shgs", type=int, default=50, help="SHGs (default 50)")
    parser.add_argument("--days", type=int, default=365, help="days of history (default 365)")
    parser.add_argument("--seed", type=int, default=20260401)
    parser.add_argument("--smoke", action="store_true", help="20,000 lines, 2,000 products")
    args = parser.parse_args(argv)
    if args.smoke:
        args.lines, args.products, args.days = 20_000, 2_000, 60
    made = generate_ledger(
        Path(args.data_dir),
        lines=args.lines,
        products=args.products,
        shgs=args.shgs,
        days=args.days,
        seed=args.seed,
        progress=True,
    )
    size = made.path.stat().st_size / 2**20
    print(
        f"ledger {made.path}: {made.lines:,} sale lines in {made.sales:,} sales, "
        f"{made.returns:,} returns, {made.shifts:,} shifts, {made.lots:,} lots, "
        f"{made.products:,} products, {made.shgs} SHGs, {made.events:,} events, "
        f"{made.first_day}..{made.last_day}, {size:.0f} MiB, written in {made.seconds:.1f} s"
    )
    from common import machine  # beside this file

    print(f"machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
