"""SQL for the X and Z figures of a shift, the GST summary and the sales summary."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all


def shift_totals(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    """Per kind (sale, return): counts and sums of the bill figures, voids apart."""
    return query_all(
        db,
        "SELECT kind, count(*) AS n, sum(gross_paise) AS gross, sum(discount_paise) AS discount,"
        " sum(taxable_paise) AS taxable, sum(cgst_paise) AS cgst, sum(sgst_paise) AS sgst,"
        " sum(round_off_paise) AS round_off, sum(total_paise) AS total,"
        " sum(is_void) AS voids, sum(CASE WHEN is_void = 1 THEN total_paise ELSE 0 END)"
        " AS void_total FROM sales WHERE shift_id = ? GROUP BY kind",
        [shift_id],
    )


def shift_tenders(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT s.kind, p.method, count(*) AS n, sum(p.amount_paise) AS amount,"
        " sum(p.tendered_paise) AS tendered, sum(p.change_paise) AS change"
        " FROM sales s JOIN payments p ON p.sale_id = s.id WHERE s.shift_id = ?"
        " GROUP BY s.kind, p.method",
        [shift_id],
    )


def shift_categories(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT s.kind, l.category, p.unit, sum(l.qty) AS qty, sum(l.gross_paise) AS gross"
        " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
        " JOIN products p ON p.id = l.product_id WHERE s.shift_id = ?"
        " GROUP BY s.kind, l.category, p.unit",
        [shift_id],
    )


def shift_rates(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT s.kind, l.rate_bp, sum(l.gross_paise) AS gross, sum(l.taxable_paise) AS taxable,"
        " sum(l.cgst_paise) AS cgst, sum(l.sgst_paise) AS sgst"
        " FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.shift_id = ?"
        " GROUP BY s.kind, l.rate_bp",
        [shift_id],
    )


# A line's charged amount split over its lot allocations exactly (cumulative integer shares,
# so the parts add up to the line to the paisa).
_SHG_SHARES = """
SELECT kind, shg_id, unit, qty, beyond_stock,
       (gross * cum) / line_qty - (gross * (cum - qty)) / line_qty AS value
FROM (
    SELECT s.kind, a.shg_id, p.unit, a.qty, a.beyond_stock, l.gross_paise AS gross,
           l.qty AS line_qty, sum(a.qty) OVER (PARTITION BY a.sale_line_id ORDER BY a.id) AS cum
    FROM sales s JOIN sale_lines l ON l.sale_id = s.id
    JOIN products p ON p.id = l.product_id
    JOIN line_allocations a ON a.sale_line_id = l.id
    WHERE s.shift_id = ?
)
"""


def shift_shgs(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT x.kind, g.code AS shg_code, g.name_en, x.unit, sum(x.qty) AS qty,"
        " sum(x.value) AS value, sum(CASE WHEN x.beyond_stock = 1 THEN x.qty ELSE 0 END) AS beyond"
        f" FROM ({_SHG_SHARES}) x JOIN shg g ON g.id = x.shg_id GROUP BY x.kind, g.code, x.unit",
        [shift_id],
    )


def shift_removed_lines(db: sqlite_utils.Database, shift_id: int) -> tuple[int, int]:
    row = db.execute(
        "SELECT count(*), coalesce(sum(value_paise), 0) FROM removed_lines WHERE shift_id = ?",
        [shift_id],
    ).fetchone()
    return int(row[0]), int(row[1])


def user_name(db: sqlite_utils.Database, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    row = db.execute("SELECT name FROM users WHERE id = ?", [user_id]).fetchone()
    return None if row is None else str(row[0])


def gst_by_hsn(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[dict[str, Any]]:
    """Per HSN, rate, kind ('sale' or 'return') and product unit (pc, g, ml) over a period of
    whole business dates: the quantity in that unit, and the lines' gross, taxable, CGST and
    SGST in paise (as stored, positive). From the per-day summary gst_hsn_day that each sale
    line's insert keeps (migrations 0011, 0013)."""
    return query_all(
        db,
        "SELECT hsn, rate_bp, kind, unit, sum(qty) AS qty, sum(gross_paise) AS gross,"
        " sum(taxable_paise) AS taxable, sum(cgst_paise) AS cgst, sum(sgst_paise) AS sgst"
        " FROM gst_hsn_day WHERE business_date BETWEEN ? AND ?"
        " GROUP BY hsn, rate_bp, kind, unit ORDER BY hsn, rate_bp, unit",
        [date_from, date_to],
    )


def period_totals(db: sqlite_utils.Database, date_from: str, date_to: str) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT kind, count(*) AS n, sum(total_paise) AS total, sum(discount_paise) AS discount,"
        " sum(round_off_paise) AS round_off, sum(is_void) AS voids,"
        " sum(CASE WHEN is_void = 1 THEN total_paise ELSE 0 END) AS void_total"
        " FROM sales WHERE business_date BETWEEN ? AND ? GROUP BY kind",
        [date_from, date_to],
    )
