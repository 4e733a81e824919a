"""SQL for SHG settlement: a period's stock moves per SHG, on hand, and payouts."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all


def sale_moves_by_shg(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[Any]:
    """Per SHG and kind (sale, return) over business dates: quantity (signed as stored), value
    at the MRP on the line, value at the agreed SHG price (the MRP where none was agreed) and
    the quantity without a lot (sold beyond stock). From the per-day summary."""
    return db.execute(
        "SELECT shg_id, kind, sum(qty), sum(mrp_value_paise), sum(shg_value_paise),"
        " sum(beyond_qty) FROM shg_sales_day WHERE business_date BETWEEN ? AND ?"
        " GROUP BY shg_id, kind",
        [date_from, date_to],
    ).fetchall()


_LOT_KINDS = "('intake', 'sale', 'return', 'damage', 'expiry', 'adjust', 'return_to_shg')"


_MRP_AT = (
    "coalesce((SELECT p.mrp_paise FROM prices p WHERE p.product_id = {t}.product_id"
    " AND p.effective_from <= :at ORDER BY p.effective_from DESC LIMIT 1), 0)"
)


def other_moves_by_shg(
    db: sqlite_utils.Database, date_from: str, date_to: str, at: str
) -> list[Any]:
    """Per SHG and kind (intake, damage, expiry, adjust, return_to_shg) over business dates:
    the signed quantity, and its value in paise at each product's MRP in force at the local
    date-time ``at`` (0 for a product not priced then)."""
    return db.execute(
        "SELECT shg_id, kind, sum(qty), sum(qty * " + _MRP_AT.format(t="x") + ") FROM"
        " (SELECT shg_id, kind, product_id, sum(qty) AS qty FROM lot_moves_day"
        "  WHERE kind IN ('intake', 'damage', 'expiry', 'adjust', 'return_to_shg')"
        "  AND business_date BETWEEN :date_from AND :date_to GROUP BY shg_id, kind, product_id) x"
        " GROUP BY shg_id, kind",
        {"date_from": date_from, "date_to": date_to, "at": at},
    ).fetchall()


def on_hand_at_end_by_shg(db: sqlite_utils.Database, end: str, at: str) -> list[Any]:
    """Per SHG: the units its lots held at the end of business day ``end``, and their value in
    paise at each product's MRP in force at the local date-time ``at`` (0 where not priced).

    From shg_stock_day (moves valued at the latest MRP, migration 0011), corrected for the
    few products with a price row dated after ``at``: their units at the end times the
    difference between the MRP then and the latest one."""
    return db.execute(
        "WITH later AS (SELECT DISTINCT product_id FROM prices WHERE effective_from > :at),"
        " diff AS (SELECT l.product_id, " + _MRP_AT.format(t="l") + " - coalesce((SELECT"
        "  p.mrp_paise FROM prices p WHERE p.product_id = l.product_id"
        "  ORDER BY p.effective_from DESC LIMIT 1), 0) AS paise FROM later l)"
        " SELECT shg_id, sum(qty), sum(value) FROM ("
        "  SELECT shg_id, qty, mrp_value_paise AS value FROM shg_stock_day"
        "  WHERE business_date <= :end"
        "  UNION ALL SELECT m.shg_id, 0, m.qty * d.paise FROM diff d"
        "  JOIN stock_moves m ON m.product_id = d.product_id"
        "  WHERE m.lot_id IS NOT NULL AND m.business_date <= :end"
        ") GROUP BY shg_id",
        {"end": end, "at": at},
    ).fetchall()


def shgs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT id, code, name_en, coalesce(name_hi, '') AS name_hi, active FROM shg ORDER BY code",
    )


def settlements_overlapping(
    db: sqlite_utils.Database, date_from: str, date_to: str, shg_id: int | None = None
) -> list[dict[str, Any]]:
    sql = (
        "SELECT x.*, g.code AS shg_code FROM settlements x JOIN shg g ON g.id = x.shg_id"
        " WHERE x.period_from <= ? AND x.period_to >= ?"
    )
    params: list[Any] = [date_to, date_from]
    if shg_id is not None:
        sql += " AND x.shg_id = ?"
        params.append(shg_id)
    return query_all(db, sql + " ORDER BY x.id", params)


def insert_settlement(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO settlements ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def product_moves_of_shg(
    db: sqlite_utils.Database, shg_id: int, date_from: str, date_to: str
) -> list[Any]:
    """One SHG's lot moves per product and kind over business dates: (product_id, kind, signed
    quantity), for the statement's line per product."""
    return db.execute(
        "SELECT product_id, kind, sum(qty) FROM lot_moves_day WHERE shg_id = ?"
        " AND business_date BETWEEN ? AND ? GROUP BY product_id, kind",
        [shg_id, date_from, date_to],
    ).fetchall()


def on_hand_of_shg_at(db: sqlite_utils.Database, shg_id: int, end: str) -> dict[int, int]:
    """One SHG's units on hand per product at the end of a business day (now, less the lot
    moves dated after it)."""
    on_hand: dict[int, int] = {}
    for product_id, qty in db.execute(
        "SELECT b.product_id, sum(b.on_hand) FROM lot_balance b JOIN lots l ON l.id = b.lot_id"
        " WHERE l.shg_id = ? GROUP BY b.product_id",
        [shg_id],
    ).fetchall():
        on_hand[int(product_id)] = int(qty)
    for product_id, qty in db.execute(
        f"SELECT product_id, sum(qty) FROM lot_moves_day WHERE shg_id = ? AND kind IN {_LOT_KINDS}"
        " AND business_date > ? GROUP BY product_id",
        [shg_id, end],
    ).fetchall():
        on_hand[int(product_id)] = on_hand.get(int(product_id), 0) - int(qty)
    return on_hand


def product_names(
    db: sqlite_utils.Database, product_ids: list[int]
) -> dict[int, tuple[str, str, str]]:
    """product_id -> (sku, English name, Hindi name)."""
    if not product_ids:
        return {}
    marks = ",".join("?" * len(product_ids))
    rows = db.execute(
        f"SELECT id, sku, name_en, name_hi FROM products WHERE id IN ({marks})", product_ids
    ).fetchall()
    return {int(r[0]): (r[1], r[2], r[3]) for r in rows}


def units_by_shg(db: sqlite_utils.Database) -> dict[int, set[str]]:
    """Per SHG, the units (pc, g, ml) of the products its lots hold or held (lots_shg index):
    an SHG with one unit has its summed quantities in it; one with several needs them per
    product (``unit_moves_of_shg``)."""
    out: dict[int, set[str]] = {}
    for shg_id, unit in db.execute(
        "SELECT DISTINCT l.shg_id, p.unit FROM lots l JOIN products p ON p.id = l.product_id"
    ).fetchall():
        out.setdefault(int(shg_id), set()).add(str(unit))
    return out


def product_units(db: sqlite_utils.Database, product_ids: list[int]) -> dict[int, str]:
    """product_id -> its unit (pc, g or ml)."""
    if not product_ids:
        return {}
    marks = ",".join("?" * len(product_ids))
    rows = db.execute(f"SELECT id, unit FROM products WHERE id IN ({marks})", product_ids)
    return {int(r[0]): str(r[1]) for r in rows.fetchall()}


def beyond_stock_of_shg(
    db: sqlite_utils.Database, shg_id: int, date_from: str, date_to: str
) -> list[Any]:
    """One SHG's units sold or returned with no lot to draw from over business dates:
    (product_id, kind 'sale' or 'return', signed quantity as stored: a sale negative)."""
    return db.execute(
        "SELECT product_id, kind, sum(qty) FROM stock_moves WHERE shg_id = ? AND lot_id IS NULL"
        " AND kind IN ('sale', 'return') AND business_date BETWEEN ? AND ?"
        " GROUP BY product_id, kind",
        [shg_id, date_from, date_to],
    ).fetchall()
