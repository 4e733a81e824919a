"""SQL for `pos ledger verify`: reading everything back in bulk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from pos.db.connection import query_all


def event_rows(db: sqlite_utils.Database) -> Iterator[tuple[int, str, str, str, str, str]]:
    cursor = db.execute(
        "SELECT seq, event_id, kind, body, hash, prev_hash FROM events ORDER BY seq"
    )
    yield from cursor


def sales_rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT s.*, o.receipt_no AS original_receipt_no FROM sales s"
        " LEFT JOIN sales o ON o.id = s.original_sale_id ORDER BY s.id",
    )


def lines_by_sale(db: sqlite_utils.Database) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    rows = query_all(
        db,
        "SELECT l.*, o.line_no AS original_line_no FROM sale_lines l"
        " LEFT JOIN sale_lines o ON o.id = l.original_line_id ORDER BY l.sale_id, l.line_no",
    )
    for row in rows:
        out.setdefault(row["sale_id"], []).append(row)
    return out


def allocations_by_line(db: sqlite_utils.Database) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    rows = query_all(
        db,
        "SELECT a.*, s.code AS shg_code FROM line_allocations a JOIN shg s ON s.id = a.shg_id"
        " ORDER BY a.id",
    )
    for row in rows:
        out.setdefault(row["sale_line_id"], []).append(row)
    return out


def payments_by_sale(db: sqlite_utils.Database) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in query_all(db, "SELECT * FROM payments ORDER BY id"):
        out.setdefault(row["sale_id"], []).append(row)
    return out


def lot_balance_mismatches(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT b.lot_id, b.on_hand, coalesce(m.total, 0) AS moved FROM lot_balance b"
        " LEFT JOIN (SELECT lot_id, sum(qty) AS total FROM stock_moves"
        "  WHERE lot_id IS NOT NULL GROUP BY lot_id) m ON m.lot_id = b.lot_id"
        " WHERE b.on_hand != coalesce(m.total, 0)",
    )


def outbox_gaps(db: sqlite_utils.Database) -> int:
    row = db.execute(
        "SELECT count(*) FROM events e LEFT JOIN outbox o ON o.seq = e.seq WHERE o.seq IS NULL"
    ).fetchone()
    return int(row[0])


_SALES_DAY = (
    "SELECT m.business_date, m.shg_id, m.kind, sum(m.qty), sum(m.qty * l.mrp_paise),"
    " sum(m.qty * coalesce(t.shg_price_paise, l.mrp_paise)),"
    " sum(CASE WHEN m.lot_id IS NULL THEN m.qty ELSE 0 END)"
    " FROM stock_moves m JOIN sale_lines l ON l.id = m.sale_line_id"
    " LEFT JOIN lots t ON t.id = m.lot_id WHERE m.kind IN ('sale', 'return') GROUP BY 1, 2, 3"
)
_LOTS_DAY = (
    "SELECT kind, business_date, shg_id, product_id, sum(qty) FROM stock_moves"
    " WHERE lot_id IS NOT NULL GROUP BY 1, 2, 3, 4"
)
_GST_DAY = (
    "SELECT s.business_date, l.hsn, l.rate_bp, s.kind, p.unit, count(*), sum(l.qty),"
    " sum(l.gross_paise), sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)"
    " FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id"
    " GROUP BY 1, 2, 3, 4, 5"
)
_STOCK_DAY = (
    "SELECT m.shg_id, m.business_date, sum(m.qty), sum(m.qty * coalesce(p.mrp_paise, 0))"
    " FROM stock_moves m LEFT JOIN (SELECT product_id, mrp_paise FROM (SELECT product_id,"
    "  mrp_paise, row_number() OVER (PARTITION BY product_id ORDER BY effective_from DESC)"
    "  AS rn FROM prices) WHERE rn = 1) p ON p.product_id = m.product_id"
    " WHERE m.lot_id IS NOT NULL GROUP BY 1, 2"
)
# Each per-day summary, the query that recomputes it, and what it is recomputed from.
SUMMARIES = (
    ("shg_sales_day", _SALES_DAY, "the stock moves"),
    ("lot_moves_day", _LOTS_DAY, "the stock moves"),
    ("gst_hsn_day", _GST_DAY, "the sale lines"),
    ("shg_stock_day", _STOCK_DAY, "the stock moves at the latest MRP"),
)


def summary_mismatches(db: sqlite_utils.Database) -> list[tuple[str, str, tuple[Any, ...]]]:
    """Rows of the per-day summaries (settlement, GST) that their source does not reproduce:
    (table name, its source in words, the row as stored or as recomputed)."""
    out: list[tuple[str, str, tuple[Any, ...]]] = []
    for table, sql, source in SUMMARIES:
        stored = {tuple(r) for r in db.execute(f"SELECT * FROM {table}").fetchall()}
        computed = {tuple(r) for r in db.execute(sql).fetchall()}
        out += [(table, source, row) for row in sorted(stored ^ computed, key=repr)]
    return out
