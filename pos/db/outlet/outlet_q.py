"""SQL for the outlet, device and settings rows."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def insert_outlet(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO outlet (id, {columns}) VALUES (1, {marks})", list(row.values()))


def update_outlet(db: sqlite_utils.Database, changes: dict[str, Any]) -> None:
    assignments = ", ".join(f"{key} = ?" for key in changes)
    db.execute(f"UPDATE outlet SET {assignments} WHERE id = 1", list(changes.values()))


def get_outlet(db: sqlite_utils.Database) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM outlet WHERE id = 1")


def insert_device(db: sqlite_utils.Database, device_id: str, short_code: str, at: str) -> None:
    db.execute(
        "INSERT INTO device (id, short_code, created_at) VALUES (?, ?, ?)",
        [device_id, short_code, at],
    )


def get_device(db: sqlite_utils.Database) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM device LIMIT 1")


def update_device(db: sqlite_utils.Database, changes: dict[str, Any]) -> None:
    assignments = ", ".join(f"{key} = ?" for key in changes)
    db.execute(f"UPDATE device SET {assignments}", list(changes.values()))


def get_settings(db: sqlite_utils.Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in query_all(db, "SELECT key, value FROM settings")}


def put_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
