"""Rebuilding a till's rows from its own journal events (used by ``pos.sync.restore.catchup``).

A till restored from its own older backup imports the district's copies of the events it
wrote after the backup; this module writes the rows each of those events stands for, exactly
as the live write path wrote them (pos.selling.sales, pos.selling.shifts, pos.inventory.stock,
pos.reporting.settlement), so the till's X/Z, stock, SHG statements, receipt search and reprint
include them. The per-day summary tables follow by their triggers on the row tables.

One projection per kind (``PROJECTIONS``):

- ``sale_completed`` / ``return_issued``: the sale row, lines, lot allocations, stock moves and
  lot balances, payments (a return points at its original sale and lines by receipt number and
  line number; the sale row's own id may differ from the original's, nothing refers to it).
- ``shift_opened`` / ``shift_closed``: the shift row under its id, its close (Z number, count).
- ``cash_movement``: the movement under its id.
- ``stock_received``: the lot under its id, its balance and its intake move.
- ``stock_moved`` (write-off, return to SHG, count adjustment): the move under its id.
- ``line_removed``: the removed-line row the Z counts.
- ``settlement_paid``: the settlement under its id.
- ``user_added``: the user under their id with NO usable PIN (``pos.outlet.users.PIN_UNSET``:
  the event never carries the PIN hash, and none is invented): they cannot log in until a
  manager resets the PIN; the People screen and ``pos restore`` name them. Their language is
  English until changed (the event does not name it).
- ``user_deactivated``: the user no longer logs in.

Every other kind (settings, outlet details, catalog changes, delivery orders, approvals, clock
confirmations, reorder levels, re-enrolment marks, PIN resets: a user of the backup keeps the
PIN the backup had) has no rows to rebuild here: it is imported only, as before.

The events name rows by this ledger's ids (shift, lot, user, product, price). They mean the
same rows only in this till's own lineage, so catch-up rebuilds only when the local journal is
non-empty (a restored backup of this till), after bringing the catalog up to date from the
district (so products and prices pulled after the backup are here under the same ids), and
every reference is checked: a product whose SKU differs, a price row of another product or MRP,
a lot of another product, an SHG code not here, a user whose name differs, an id already taken,
a missing user or price (foreign keys) raise ``Unrebuildable`` and catch-up keeps the import
without rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlite_utils

from pos.db.backoffice import catalog_q, settlement_q, stock_q
from pos.db.outlet import users_q
from pos.db.records import identity_q
from pos.db.selling import sales_q, shifts_q
from pos.inventory.stock import MOVE_EVENT
from pos.outlet import users
from pos.records import journal
from pos.selling.sales import LINE_FIELDS, PAYMENT_FIELDS, RETURN_EVENT, SALE_EVENT, SALE_FIELDS


class Unrebuildable(Exception):  # internal: catch-up falls back to import only
    """An event's rows do not fit this ledger (another lineage, a row this backup lacks)."""


# (db, the journal row: seq, kind, created_at, business_date, body; the body's data)
Projection = Callable[[sqlite_utils.Database, dict[str, Any], dict[str, Any]], None]


def rebuild(db: sqlite_utils.Database, event: dict[str, Any]) -> bool:
    """Write the rows of one journal row (seq, kind, business_date, body); False for a kind
    that has none. The caller holds the transaction. Raises Unrebuildable,
    sqlite3.IntegrityError (an id taken, a user or price this ledger lacks)."""
    projection = PROJECTIONS.get(event["kind"])
    if projection is None:
        return False
    data = json.loads(event["body"])["data"]
    projection(db, event, data)
    return True


# ---------------------------------------------------------------- sales and returns


def _sale(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    sale = data["sale"]
    original: dict[str, Any] | None = None
    if sale["kind"] == "return":
        original = sales_q.sale_by_receipt(db, data["original_receipt_no"] or "")
        if original is None:
            raise Unrebuildable(f"the original sale of {sale['receipt_no']} is not here")
    if sales_q.sale_by_receipt(db, sale["receipt_no"]) is not None:
        raise Unrebuildable(f"receipt {sale['receipt_no']} is already here")
    if sale["shift_id"] is not None and shifts_q.shift_by_id(db, sale["shift_id"]) is None:
        raise Unrebuildable(f"shift {sale['shift_id']} of {sale['receipt_no']} is not here")
    row = {key: sale[key] for key in SALE_FIELDS}
    row["original_sale_id"] = original["id"] if original else None
    row["event_seq"] = seq = event["seq"]
    sale_id = sales_q.insert_sale(db, row)
    original_lines = {ln["line_no"]: ln["id"] for ln in sales_q.lines_of(db, original["id"])} if (
        original
    ) else {}  # fmt: skip
    sign = -1 if sale["kind"] == "sale" else 1
    for line in data["lines"]:
        _check_product(db, line["product_id"], line["sku"])
        _check_price(db, line["price_id"], line["product_id"], line["mrp_paise"])
        line_row = {key: line[key] for key in LINE_FIELDS}
        line_row["sale_id"] = sale_id
        line_row["original_line_id"] = None
        if original is not None:
            line_row["original_line_id"] = original_lines.get(line["original_line_no"])
            if line_row["original_line_id"] is None:
                raise Unrebuildable(f"{sale['receipt_no']} returns a line its sale lacks")
        line_id = sales_q.insert_line(db, line_row)
        for allocation in line["allocations"]:
            _allocation(db, line_id, line["product_id"], allocation, sign, sale, seq)
    for payment in data["payments"]:
        sales_q.insert_payment(db, {"sale_id": sale_id, **{k: payment[k] for k in PAYMENT_FIELDS}})


def _allocation(
    db: sqlite_utils.Database,
    line_id: int,
    product_id: int,
    allocation: dict[str, Any],
    sign: int,
    sale: dict[str, Any],
    seq: int,
) -> None:
    """One allocation, its stock move and the lot balance (pos.selling.sales._write_allocation)."""
    shg_id = _shg_id(db, allocation["shg_code"])
    lot_id = allocation["lot_id"]
    if lot_id is not None:
        lot = stock_q.lot_by_id(db, lot_id)
        if lot is None or lot["product_id"] != product_id or lot["shg_id"] != shg_id:
            raise Unrebuildable(f"lot {lot_id} of {sale['receipt_no']} is not that lot here")
    qty = allocation["qty"]
    sales_q.insert_allocation(
        db,
        {"sale_line_id": line_id, "lot_id": lot_id, "shg_id": shg_id, "qty": qty,
         "beyond_stock": allocation["beyond_stock"]},
    )  # fmt: skip
    sales_q.insert_stock_move(
        db,
        {
            "product_id": product_id, "lot_id": lot_id, "shg_id": shg_id, "qty": sign * qty,
            "kind": sale["kind"], "sale_line_id": line_id, "reason": None,
            "created_at": sale["created_at"], "business_date": sale["business_date"],
            "event_seq": seq,
        },
    )  # fmt: skip
    if lot_id is not None:
        sales_q.adjust_lot_balance(db, lot_id, sign * qty)


def _removed_line(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    _check_product(db, data["product_id"], data["sku"])
    row = {k: v for k, v in data.items() if k != "sku"}
    sales_q.insert_removed_line(db, {**row, "event_seq": event["seq"]})


# ---------------------------------------------------------------- shifts and cash


def _shift_opened(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    row = {"id": data["shift_id"], **{k: v for k, v in data.items() if k != "shift_id"}}
    shifts_q.insert_shift(db, row)


def _shift_closed(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    """The close as pos.selling.shifts.close_shift wrote it (the event has the count as a map)."""
    changes = {
        "closed_at": data["closed_at"],
        "counted_json": json.dumps(data["counted"], sort_keys=True),
        **{key: data[key] for key in _CLOSE_KEYS},
    }
    if shifts_q.close_shift_row(db, data["shift_id"], changes) != 1:
        raise Unrebuildable(f"shift {data['shift_id']} is not open here")


_CLOSE_KEYS = ("counted_paise", "expected_paise", "variance_paise", "variance_reason",
               "approver_id", "z_number")  # fmt: skip


def _cash_movement(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    row = {"id": data["movement_id"], **{k: v for k, v in data.items() if k != "movement_id"}}
    shifts_q.insert_cash_movement(db, row)


# ---------------------------------------------------------------- stock and settlements


def _stock_received(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    """The lot, its balance and its intake move (pos.inventory.stock.receive_lot)."""
    _check_product(db, data["product_id"], data["sku"])
    if _shg_id(db, data["shg_code"]) != data["shg_id"]:
        raise Unrebuildable(f"SHG {data['shg_code']} has another id here")
    keys = ("shg_id", "product_id", "qty_received", "received_on", "expiry", "shg_price_paise",
            "created_at")  # fmt: skip
    seq, day = event["seq"], event["business_date"]
    lot_id = stock_q.insert_lot(
        db, {"id": data["lot_id"], **{k: data[k] for k in keys}, "event_seq": seq}
    )
    stock_q.insert_lot_balance(db, lot_id, data["product_id"], data["qty_received"])
    sales_q.insert_stock_move(
        db,
        {
            "product_id": data["product_id"], "lot_id": lot_id, "shg_id": data["shg_id"],
            "qty": data["qty_received"], "kind": "intake", "sale_line_id": None,
            "reason": None, "created_at": data["created_at"],
            "business_date": day, "event_seq": seq,
        },
    )  # fmt: skip


def _stock_moved(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    """A write-off, return to the SHG or count adjustment (pos.inventory.stock._move)."""
    lot = stock_q.lot_by_id(db, data["lot_id"])
    if lot is None or lot["sku"] != data["sku"] or lot["shg_id"] != data["shg_id"]:
        raise Unrebuildable(f"lot {data['lot_id']} is not that lot here")
    keys = ("product_id", "lot_id", "shg_id", "qty", "kind", "sale_line_id", "reason",
            "created_at", "business_date")  # fmt: skip
    sales_q.insert_stock_move(
        db, {"id": data["move_id"], **{k: data[k] for k in keys}, "event_seq": event["seq"]}
    )
    sales_q.adjust_lot_balance(db, data["lot_id"], data["qty"])


def _settlement_paid(
    db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]
) -> None:
    """An SHG payout (pos.reporting.settlement.pay_settlement's row)."""
    if _shg_id(db, data["shg_code"]) != data["shg_id"]:
        raise Unrebuildable(f"SHG {data['shg_code']} has another id here")
    keys = ("shg_id", "period_from", "period_to", "amount_paise", "method", "reference",
            "paid_on", "created_at")  # fmt: skip
    row = {"id": data["settlement_id"], **{k: data[k] for k in keys}}
    row["figures_json"] = json.dumps(data["figures"], sort_keys=True)
    settlement_q.insert_settlement(db, {**row, "event_seq": event["seq"]})


# ---------------------------------------------------------------- users


def _user_added(db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]) -> None:
    """The user under their id with NO usable PIN (pos.outlet.users.PIN_UNSET: the event never
    carries the PIN): they cannot log in until a manager resets it; the language is English
    until changed (the event does not name it)."""
    users_q.insert_user_row(
        db,
        {"id": data["user_id"], "name": data["user"], "role": data["role"],
         "pin_hash": users.PIN_UNSET, "language": "en", "created_at": event["created_at"]},
    )  # fmt: skip


def _user_deactivated(
    db: sqlite_utils.Database, event: dict[str, Any], data: dict[str, Any]
) -> None:
    row = users_q.user_by_id(db, data["user_id"])
    if row is None or row["name"] != data["user"]:
        raise Unrebuildable(f"user {data['user_id']} is not {data['user']} here")
    users_q.set_active(db, data["user_id"], False)


# ---------------------------------------------------------------- references


def _check_product(db: sqlite_utils.Database, product_id: int, sku: str) -> None:
    if identity_q.product_sku(db, product_id) != sku:
        raise Unrebuildable(f"product {product_id} is not {sku} here")


def _check_price(
    db: sqlite_utils.Database, price_id: int | None, product_id: int, mrp: int
) -> None:
    """The line's price row is that product's price at that MRP here too (price ids are this
    ledger's: a catalog pulled in another order would number them otherwise)."""
    if price_id is not None and identity_q.price_of(db, price_id) != (product_id, mrp):
        raise Unrebuildable(f"price {price_id} is not product {product_id}'s {mrp} paise here")


def _shg_id(db: sqlite_utils.Database, code: str) -> int:
    row = catalog_q.shg_by_code(db, code)
    if row is None:
        raise Unrebuildable(f"SHG {code} is not here")
    return int(row["id"])


PROJECTIONS: dict[str, Projection] = {
    SALE_EVENT: _sale,
    RETURN_EVENT: _sale,
    "line_removed": _removed_line,
    "shift_opened": _shift_opened,
    "shift_closed": _shift_closed,
    "cash_movement": _cash_movement,
    journal.STOCK_RECEIVED: _stock_received,
    MOVE_EVENT: _stock_moved,
    journal.SETTLEMENT_PAID: _settlement_paid,
    "user_added": _user_added,
    "user_deactivated": _user_deactivated,
}
