"""SQL for stock lots, their cached balances and stock levels."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one

_LOT = """
SELECT l.id, l.shg_id, s.code AS shg_code, l.product_id, p.sku, p.name_en, p.unit, l.qty_received,
       l.received_on, l.expiry, l.shg_price_paise, l.created_at, coalesce(b.on_hand, 0) AS on_hand,
       coalesce(p.name_hi, '') AS name_hi, s.name_en AS shg_name_en,
       coalesce(s.name_hi, '') AS shg_name_hi
FROM lots l JOIN shg s ON s.id = l.shg_id JOIN products p ON p.id = l.product_id
LEFT JOIN lot_balance b ON b.lot_id = l.id
"""


def insert_lot(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO lots ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def insert_lot_balance(db: sqlite_utils.Database, lot_id: int, product_id: int, qty: int) -> None:
    db.execute(
        "INSERT INTO lot_balance (lot_id, product_id, on_hand) VALUES (?, ?, ?)",
        [lot_id, product_id, qty],
    )


def lot_by_id(db: sqlite_utils.Database, lot_id: int) -> dict[str, Any] | None:
    return query_one(db, _LOT + " WHERE l.id = ?", [lot_id])


def lots_of_product(
    db: sqlite_utils.Database, product_id: int, *, with_stock_only: bool
) -> list[dict[str, Any]]:
    where = " WHERE l.product_id = ?" + (" AND b.on_hand > 0" if with_stock_only else "")
    return query_all(
        db,
        _LOT + where + " ORDER BY l.expiry IS NULL, l.expiry, l.received_on, l.id",
        [product_id],
    )


LevelRow = tuple[int, str, str, str, int, int, int, int, str]
# a product's reorder level: its latest entry (0 when never set)
_REORDER = ("coalesce((SELECT r.level FROM reorder_levels r WHERE r.product_id = {id}"
            " ORDER BY r.id DESC LIMIT 1), 0)")  # fmt: skip


def levels_all(db: sqlite_utils.Database) -> list[LevelRow]:
    """(id, sku, name_en, unit, on hand, lots with stock, sold beyond stock, reorder level,
    name_hi) of every product by SKU, in one statement (the per-product sums come from the
    cached lot balances)."""
    rows: list[LevelRow] = db.execute(
        "SELECT p.id, p.sku, p.name_en, p.unit, coalesce(b.on_hand, 0), coalesce(b.lots, 0),"
        f" coalesce(x.beyond, 0), {_REORDER.format(id='p.id')}, coalesce(p.name_hi, '')"
        " FROM products p"
        " LEFT JOIN (SELECT product_id, sum(on_hand) AS on_hand, sum(on_hand > 0) AS lots"
        "  FROM lot_balance GROUP BY product_id) b ON b.product_id = p.id"
        " LEFT JOIN (SELECT product_id, -sum(qty) AS beyond FROM stock_moves"
        "  WHERE lot_id IS NULL GROUP BY product_id) x ON x.product_id = p.id"
        " ORDER BY p.sku"
    ).fetchall()
    return rows


def insert_reorder_level(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """A new entry (the table is append-only; the latest per product is the level)."""
    cursor = db.execute(
        "INSERT INTO reorder_levels (product_id, level, user_id, set_at, event_seq)"
        " VALUES (:product_id, :level, :user_id, :set_at, :event_seq)",
        row,
    )
    return int(cursor.lastrowid or 0)


def reorder_level(db: sqlite_utils.Database, product_id: int) -> int:
    """The product's reorder level in its unit: its latest entry, 0 when never set."""
    row = db.execute(f"SELECT {_REORDER.format(id='?')}", [product_id]).fetchone()
    return int(row[0])


def moves_of_lot(db: sqlite_utils.Database, lot_id: int) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM stock_moves WHERE lot_id = ? ORDER BY id", [lot_id])


def all_balances(db: sqlite_utils.Database) -> dict[int, int]:
    rows = db.execute("SELECT lot_id, on_hand FROM lot_balance").fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def on_hand_by_product(db: sqlite_utils.Database, product_ids: list[int]) -> dict[int, int]:
    """Units on hand in the lots of each product (products without lots are left out)."""
    if not product_ids:
        return {}
    marks = ",".join("?" for _ in product_ids)
    rows = db.execute(
        f"SELECT product_id, sum(on_hand) FROM lot_balance WHERE product_id IN ({marks})"
        " GROUP BY product_id",
        list(product_ids),
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def levels_page(db: sqlite_utils.Database, like: str, after_sku: str, limit: int) -> list[LevelRow]:
    """``levels_all`` a page at a time: products by SKU after ``after_sku``, matching the LIKE
    pattern ``like`` on SKU or name when given (the sums are taken for that page only)."""
    where = "p.sku > ?" + (" AND (p.sku LIKE ? OR p.name_en LIKE ? OR p.name_hi LIKE ?)"
                           if like else "")  # fmt: skip
    params: list[Any] = [after_sku, *([like] * 3 if like else []), limit]
    rows: list[LevelRow] = db.execute(
        "WITH page AS (SELECT p.id, p.sku, p.name_en, p.unit, p.name_hi FROM products p"
        f" WHERE {where} ORDER BY p.sku LIMIT ?)"
        " SELECT page.id, page.sku, page.name_en, page.unit,"
        " coalesce((SELECT sum(b.on_hand) FROM lot_balance b WHERE b.product_id = page.id), 0),"
        " coalesce((SELECT sum(b.on_hand > 0) FROM lot_balance b"
        "  WHERE b.product_id = page.id), 0),"
        " coalesce((SELECT -sum(m.qty) FROM stock_moves m WHERE m.product_id = page.id"
        "  AND m.lot_id IS NULL), 0),"
        f" {_REORDER.format(id='page.id')}, coalesce(page.name_hi, '')"
        " FROM page ORDER BY page.sku",
        params,
    ).fetchall()
    return rows
