"""SQL for SHG settlement: a period's stock moves per SHG, on hand, and payouts."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all


def sale_moves_by_shg(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[Any]:
    """Per SHG and kind (sale, return) over business dates: quantity (signed as stored), value
    at the MRP on the line, value at the agreed SHG price (the MRP where none was agreed) and
    the quantity without a lot (sold beyond stock)."""
    return db.execute(
        "SELECT m.shg_id, m.kind, sum(m.qty), sum(m.qty * l.mrp_paise),"
        " sum(m.qty * coalesce(t.shg_price_paise, l.mrp_paise)),"
        " sum(CASE WHEN m.lot_id IS NULL THEN m.qty ELSE 0 END)"
        " FROM stock_moves m JOIN sale_lines l ON l.id = m.sale_line_id"
        " LEFT JOIN lots t ON t.id = m.lot_id"
        " WHERE m.business_date BETWEEN ? AND ? AND m.kind IN ('sale', 'return')"
        " GROUP BY m.shg_id, m.kind",
        [date_from, date_to],
    ).fetchall()


def other_moves_by_shg(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[Any]:
    """Per SHG, kind and product: the signed quantity of intake, write-offs, counts, returns
    to the SHG over business dates."""
    return db.execute(
        "SELECT shg_id, kind, product_id, sum(qty) FROM stock_moves"
        " WHERE business_date BETWEEN ? AND ? AND kind NOT IN ('sale', 'return')"
        " GROUP BY shg_id, kind, product_id",
        [date_from, date_to],
    ).fetchall()


def on_hand_now_by_shg(db: sqlite_utils.Database) -> list[Any]:
    return db.execute(
        "SELECT l.shg_id, b.product_id, sum(b.on_hand) FROM lot_balance b"
        " JOIN lots l ON l.id = b.lot_id GROUP BY l.shg_id, b.product_id"
    ).fetchall()


def lot_moves_after(db: sqlite_utils.Database, after_date: str) -> list[Any]:
    """Per SHG and product: the signed quantity of lot moves dated after a day."""
    return db.execute(
        "SELECT shg_id, product_id, sum(qty) FROM stock_moves"
        " WHERE business_date > ? AND lot_id IS NOT NULL GROUP BY shg_id, product_id",
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
