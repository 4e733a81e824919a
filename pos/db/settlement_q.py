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


def other_moves_by_shg(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[Any]:
    """Per SHG, kind and product: the signed quantity of intake, write-offs, counts, returns
    to the SHG over business dates."""
    return db.execute(
        "SELECT shg_id, kind, product_id, sum(qty) FROM lot_moves_day"
        " WHERE kind IN ('intake', 'damage', 'expiry', 'adjust', 'return_to_shg')"
        " AND business_date BETWEEN ? AND ? GROUP BY shg_id, kind, product_id",
        [date_from, date_to],
    ).fetchall()


def on_hand_now_by_shg(db: sqlite_utils.Database) -> list[Any]:
    return db.execute(
        "SELECT l.shg_id, b.product_id, sum(b.on_hand) FROM lot_balance b"
        " JOIN lots l ON l.id = b.lot_id WHERE b.on_hand != 0 GROUP BY l.shg_id, b.product_id"
    ).fetchall()


def lot_moves_after(db: sqlite_utils.Database, after_date: str) -> list[Any]:
    """Per SHG and product: the signed quantity of lot moves dated after a day."""
    return db.execute(
        "SELECT shg_id, product_id, sum(qty) FROM lot_moves_day"
        f" WHERE kind IN {_LOT_KINDS} AND business_date > ? GROUP BY shg_id, product_id",
        [after_date],
    ).fetchall()


def mrp_at(db: sqlite_utils.Database, at: str) -> dict[int, int]:
    """product_id -> MRP in force at a local date-time."""
    rows = db.execute(
        "SELECT product_id, mrp_paise FROM (SELECT product_id, mrp_paise, row_number() OVER"
        " (PARTITION BY product_id ORDER BY effective_from DESC) AS rn FROM prices"
        " WHERE effective_from <= ?) WHERE rn = 1",
        [at],
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def shgs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(db, "SELECT id, code, name_en, active FROM shg ORDER BY code")


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
