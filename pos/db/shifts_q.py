"""SQL for shifts and cash movements."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_one


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
