"""SQL for finding receipts in the back office (newest first, a page at a time)."""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from pos.db.connection import query_all

FULL_NUMBER = re.compile(r"[A-Z0-9]{2,5}-R?\d{4}-\d{5,6}")  # G01A-2526-000123, G01A-R2526-00012


def find_sales(
    db: sqlite_utils.Database,
    *,
    receipt_like: str | None,
    date_from: str | None,
    date_to: str | None,
    total_paise: int | None,
    product_like: str | None,
    tender: str | None,
    shift_id: int | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Sales and returns matching every given filter, newest first, with their tenders."""
    where: list[str] = []
    params: list[Any] = []
    if receipt_like and FULL_NUMBER.fullmatch(receipt_like):  # typed or scanned whole: index
        where.append("s.receipt_no = ?")
        params.append(receipt_like)
    elif receipt_like:
        where.append("s.receipt_no LIKE ?")
        params.append(f"%{receipt_like}%")
    if date_from:
        where.append("s.business_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.business_date <= ?")
        params.append(date_to)
    if total_paise is not None:
        where.append("s.total_paise IN (?, ?)")  # either sign, by the index sales_total
        params += [abs(total_paise), -abs(total_paise)]
    if shift_id is not None:
        where.append("s.shift_id = ?")
        params.append(shift_id)
    if tender:
        where.append("EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id AND p.method = ?)")
        params.append(tender)
    if product_like:
        where.append(
            "EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id AND "
            "(l.sku LIKE ? OR l.name_en LIKE ? OR l.name_hi LIKE ?))"
        )
        params += [f"%{product_like}%"] * 3
    sql = (
        "SELECT s.receipt_no, s.kind, s.is_void, s.created_at, s.business_date, s.total_paise,"
        " s.shift_id, u.name AS cashier,"
        " (SELECT group_concat(DISTINCT p.method) FROM payments p WHERE p.sale_id = s.id)"
        " AS tenders,"
        " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS lines"
        " FROM sales s JOIN users u ON u.id = s.cashier_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY s.id DESC LIMIT ?"
    )
    return query_all(db, sql, [*params, limit])
