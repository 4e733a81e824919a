"""SQL for home-delivery orders at the outlet (pos/selling/orders.py)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one

PERSONAL = ("customer_name", "phone", "address")


def get(db: sqlite_utils.Database, order_id: str) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM orders WHERE order_id = ?", [order_id])


def find(db: sqlite_utils.Database, ref: str) -> list[dict[str, Any]]:
    """Orders whose id starts with ``ref``, or whose app order id is ``ref``."""
    return query_all(
        db,
        "SELECT * FROM orders WHERE order_id LIKE ? || '%' OR app_order_id = ? LIMIT 2",
        [ref, ref],
    )


def receipt_no_of(db: sqlite_utils.Database, sale_id: int) -> str | None:
    row = db.execute("SELECT receipt_no FROM sales WHERE id = ?", [sale_id]).fetchone()
    return None if row is None else str(row[0])


def lines(db: sqlite_utils.Database, order_id: str) -> list[dict[str, Any]]:
    return query_all(
        db, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no", [order_id]
    )


def listing(db: sqlite_utils.Database, statuses: tuple[str, ...] | None) -> list[dict[str, Any]]:
    if statuses:
        marks = ",".join("?" for _ in statuses)
        return query_all(
            db,
            f"SELECT * FROM orders WHERE status IN ({marks}) ORDER BY placed_at",
            list(statuses),
        )
    return query_all(db, "SELECT * FROM orders ORDER BY placed_at")


def upsert_from_district(
    db: sqlite_utils.Database, row: dict[str, Any], lines_: list[dict[str, Any]]
) -> None:
    """Insert a new order with its lines, or refresh the district's side of a known one."""
    old = get(db, row["order_id"])
    if old is None:
        db.table("orders").insert(row)
        db.table("order_lines").insert_all(lines_)
        return
    keep = {k: row[k] for k in ("district_status", "version", *PERSONAL)}
    db.table("orders").update(row["order_id"], keep)


def update(db: sqlite_utils.Database, order_id: str, changes: dict[str, Any]) -> None:
    db.table("orders").update(order_id, changes)


def insert_holds(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    db.table("order_holds").insert_all(rows)


def open_holds(db: sqlite_utils.Database, order_id: str) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT * FROM order_holds WHERE order_id = ? AND released_at IS NULL ORDER BY id",
        [order_id],
    )


def release_holds(db: sqlite_utils.Database, order_id: str, at: str) -> None:
    db.execute(
        "UPDATE order_holds SET released_at = ? WHERE order_id = ? AND released_at IS NULL",
        [at, order_id],
    )


def pending_claims(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM orders WHERE claim = 'pending' ORDER BY placed_at")


def erase_finished_before(db: sqlite_utils.Database, cutoff: str) -> int:
    cur = db.execute(
        "UPDATE orders SET customer_name = '', phone = '', address = ''"
        " WHERE finished_at IS NOT NULL AND finished_at < ? AND phone != ''",
        [cutoff],
    )
    return int(cur.rowcount or 0)


def stock_by_sku(db: sqlite_utils.Database) -> dict[str, int]:
    """Free stock per active product (held goods excluded), for the district's shop."""
    rows = db.execute(
        "SELECT p.sku, coalesce(sum(b.on_hand), 0) - coalesce((SELECT sum(h.qty)"
        "  FROM order_holds h WHERE h.product_id = p.id AND h.released_at IS NULL"
        "  AND h.lot_id IS NOT NULL), 0)"
        " FROM products p LEFT JOIN lot_balance b ON b.product_id = p.id"
        " WHERE p.active = 1 GROUP BY p.id"
    ).fetchall()
    return {str(r[0]): max(0, int(r[1])) for r in rows}


def delivery_totals(db: sqlite_utils.Database, first: str, last: str) -> dict[str, int]:
    """Delivery-channel sales between two business dates: bills, total and by tender."""
    row = db.execute(
        "SELECT count(*), coalesce(sum(s.total_paise), 0) FROM orders o"
        " JOIN sales s ON s.id = o.sale_id WHERE s.business_date BETWEEN ? AND ?",
        [first, last],
    ).fetchone()
    out = {"bills": int(row[0]), "total_paise": int(row[1])}
    for method, amount in db.execute(
        "SELECT p.method, coalesce(sum(p.amount_paise), 0) FROM orders o"
        " JOIN sales s ON s.id = o.sale_id JOIN payments p ON p.sale_id = s.id"
        " WHERE s.business_date BETWEEN ? AND ? GROUP BY p.method",
        [first, last],
    ).fetchall():
        out[f"{method}_paise"] = int(amount)
    return out


def shift_delivery_totals(db: sqlite_utils.Database, shift_id: int) -> dict[str, int]:
    row = db.execute(
        "SELECT count(*), coalesce(sum(s.total_paise), 0) FROM orders o"
        " JOIN sales s ON s.id = o.sale_id WHERE s.shift_id = ?",
        [shift_id],
    ).fetchone()
    out = {"bills": int(row[0]), "total_paise": int(row[1])}
    for method, amount in db.execute(
        "SELECT p.method, coalesce(sum(p.amount_paise), 0) FROM orders o"
        " JOIN sales s ON s.id = o.sale_id JOIN payments p ON p.sale_id = s.id"
        " WHERE s.shift_id = ? GROUP BY p.method",
        [shift_id],
    ).fetchall():
        out[f"{method}_paise"] = int(amount)
    return out
