"""SQL for sales, returns, their lines, allocations, payments and removed lines."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def insert_sale(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "sales", row)


def insert_line(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "sale_lines", row)


def insert_allocation(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "line_allocations", row)


def insert_payment(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "payments", row)


def insert_removed_line(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "removed_lines", row)


def insert_stock_move(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    return _insert(db, "stock_moves", row)


def adjust_lot_balance(db: sqlite_utils.Database, lot_id: int, delta: int) -> None:
    db.execute("UPDATE lot_balance SET on_hand = on_hand + ? WHERE lot_id = ?", [delta, lot_id])


def lots_for_sale(db: sqlite_utils.Database, product_id: int) -> list[tuple[int, int, int]]:
    """(lot_id, shg_id, on_hand) of lots with stock, first out first: earliest expiry, then
    earliest received."""
    # Goods packed for a home-delivery order (order_holds) are not for the counter.
    rows = db.execute(
        "SELECT l.id, l.shg_id, b.on_hand - coalesce((SELECT sum(h.qty) FROM order_holds h"
        "  WHERE h.lot_id = l.id AND h.released_at IS NULL), 0)"
        " FROM lot_balance b JOIN lots l ON l.id = b.lot_id"
        " WHERE b.product_id = ? AND b.on_hand > 0"
        " ORDER BY l.expiry IS NULL, l.expiry, l.received_on, l.id",
        [product_id],
    ).fetchall()
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows if int(r[2]) > 0]


def next_receipt_seq(db: sqlite_utils.Database, series: str, fy: str) -> int:
    """One past the highest number of the series held here or adopted from the district
    (receipt_floors: numbers this device issued that live only at the district)."""
    row = db.execute(
        "SELECT max(coalesce((SELECT max(receipt_seq) FROM sales WHERE series = ? AND fy = ?),"
        " 0), coalesce((SELECT last_seq FROM receipt_floors WHERE series = ? AND fy = ?), 0))"
        " + 1",
        [series, fy, series, fy],
    ).fetchone()
    return int(row[0])


def open_shift_id(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT id FROM shifts WHERE closed_at IS NULL").fetchone()
    return None if row is None else int(row[0])


def sale_by_receipt(db: sqlite_utils.Database, receipt_no: str) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM sales WHERE receipt_no = ?", [receipt_no])


def lines_of(db: sqlite_utils.Database, sale_id: int) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", [sale_id])


def allocations_of(db: sqlite_utils.Database, sale_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT a.*, s.code AS shg_code FROM line_allocations a"
        " JOIN sale_lines l ON l.id = a.sale_line_id JOIN shg s ON s.id = a.shg_id"
        " WHERE l.sale_id = ? ORDER BY a.id",
        [sale_id],
    )


def payments_of(db: sqlite_utils.Database, sale_id: int) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM payments WHERE sale_id = ? ORDER BY id", [sale_id])


def returned_qty_by_line(db: sqlite_utils.Database, sale_id: int) -> dict[int, dict[str, int]]:
    """Per original line id: quantity, gross, taxable, CGST and SGST already returned."""
    rows = query_all(
        db,
        "SELECT r.original_line_id AS line_id, sum(r.qty) AS qty, sum(r.gross_paise) AS gross,"
        " sum(r.taxable_paise) AS taxable, sum(r.cgst_paise) AS cgst,"
        " sum(r.sgst_paise) AS sgst, sum(r.discount_paise) AS discount"
        " FROM sale_lines r JOIN sale_lines o ON o.id = r.original_line_id"
        " WHERE o.sale_id = ? GROUP BY r.original_line_id",
        [sale_id],
    )
    return {r.pop("line_id"): r for r in rows}


def returned_by_lot(db: sqlite_utils.Database, original_line_id: int) -> dict[int | None, int]:
    rows = db.execute(
        "SELECT a.lot_id, sum(a.qty) FROM line_allocations a"
        " JOIN sale_lines r ON r.id = a.sale_line_id WHERE r.original_line_id = ?"
        " GROUP BY a.lot_id",
        [original_line_id],
    ).fetchall()
    return {r[0]: int(r[1]) for r in rows}


def allocations_of_line(db: sqlite_utils.Database, line_id: int) -> list[dict[str, Any]]:
    return query_all(
        db, "SELECT * FROM line_allocations WHERE sale_line_id = ? ORDER BY id", [line_id]
    )


def receipt_of(db: sqlite_utils.Database, sale_id: int | None) -> str | None:
    if sale_id is None:
        return None
    row = db.execute("SELECT receipt_no FROM sales WHERE id = ?", [sale_id]).fetchone()
    return None if row is None else str(row[0])


def line_no_of(db: sqlite_utils.Database, line_id: int | None) -> int | None:
    if line_id is None:
        return None
    row = db.execute("SELECT line_no FROM sale_lines WHERE id = ?", [line_id]).fetchone()
    return None if row is None else int(row[0])


def last_sale_receipt(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT receipt_no FROM sales ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def payment_totals_between(
    db: sqlite_utils.Database, date_from: str, date_to: str
) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT s.kind, p.method, sum(p.amount_paise) AS amount, count(*) AS n"
        " FROM payments p JOIN sales s ON s.id = p.sale_id"
        " WHERE s.business_date BETWEEN ? AND ? GROUP BY s.kind, p.method",
        [date_from, date_to],
    )


def returned_totals(db: sqlite_utils.Database, sale_id: int) -> tuple[int, int]:
    """(gross, refunded total) of all returns of a sale so far, in paise."""
    row = db.execute(
        "SELECT coalesce(sum(gross_paise), 0), coalesce(sum(total_paise), 0) FROM sales"
        " WHERE original_sale_id = ? AND kind = 'return'",
        [sale_id],
    ).fetchone()
    return int(row[0]), int(row[1])
