"""SQL for shifts and cash movements."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def open_shift_row(db: sqlite_utils.Database) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM shifts WHERE closed_at IS NULL")


def shift_by_id(db: sqlite_utils.Database, shift_id: int) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM shifts WHERE id = ?", [shift_id])


def last_closed_shift(db: sqlite_utils.Database) -> dict[str, Any] | None:
    return query_one(
        db, "SELECT * FROM shifts WHERE closed_at IS NOT NULL ORDER BY z_number DESC LIMIT 1"
    )


def insert_shift(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO shifts ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def shift_by_z(db: sqlite_utils.Database, z_number: int) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM shifts WHERE z_number = ?", [z_number])


def next_z_number(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT coalesce(max(z_number), 0) + 1 FROM shifts").fetchone()
    return int(row[0])


def close_shift_row(db: sqlite_utils.Database, shift_id: int, changes: dict[str, Any]) -> int:
    """Close an open shift; returns the number of rows changed (0: it was not open)."""
    assignments = ", ".join(f"{key} = ?" for key in changes)
    cursor = db.execute(
        f"UPDATE shifts SET {assignments} WHERE id = ? AND closed_at IS NULL",
        [*changes.values(), shift_id],
    )
    return int(cursor.rowcount)


def insert_cash_movement(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(
        f"INSERT INTO cash_movements ({columns}) VALUES ({marks})", list(row.values())
    )
    return int(cursor.lastrowid or 0)


def cash_movements_of(db: sqlite_utils.Database, shift_id: int) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT m.*, u.name AS user_name, a.name AS approver_name FROM cash_movements m"
        " JOIN users u ON u.id = m.user_id LEFT JOIN users a ON a.id = m.approver_id"
        " WHERE m.shift_id = ? ORDER BY m.id",
        [shift_id],
    )


def cash_movement_totals(db: sqlite_utils.Database, shift_id: int) -> dict[str, int]:
    rows = db.execute(
        "SELECT kind, sum(amount_paise) FROM cash_movements WHERE shift_id = ? GROUP BY kind",
        [shift_id],
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def cash_tender_totals(db: sqlite_utils.Database, shift_id: int) -> dict[str, int]:
    """Cash taken for sales (net of change) and paid out for refunds in a shift."""
    rows = db.execute(
        "SELECT s.kind, sum(p.amount_paise) FROM sales s JOIN payments p ON p.sale_id = s.id"
        " WHERE s.shift_id = ? AND p.method = 'cash' GROUP BY s.kind",
        [shift_id],
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}
