"""SQL for users and their PIN lockout state."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def insert_user(
    db: sqlite_utils.Database, name: str, role: str, pin_hash: str, language: str, at: str
) -> int:
    cursor = db.execute(
        "INSERT INTO users (name, role, pin_hash, language, created_at) VALUES (?, ?, ?, ?, ?)",
        [name, role, pin_hash, language, at],
    )
    return int(cursor.lastrowid or 0)


def insert_user_row(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    """A user under a given id (a restored till rebuilding one from its journal)."""
    columns = ", ".join(row)
    db.execute(
        f"INSERT INTO users ({columns}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
    )


def user_by_name(db: sqlite_utils.Database, name: str) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM users WHERE name = ?", [name])


def user_by_id(db: sqlite_utils.Database, user_id: int) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM users WHERE id = ?", [user_id])


def all_users(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM users ORDER BY name")


def record_failure(db: sqlite_utils.Database, user_id: int, locked_until: str | None) -> None:
    db.execute(
        "UPDATE users SET failed_attempts = failed_attempts + 1,"
        " locked_until = coalesce(?, locked_until) WHERE id = ?",
        [locked_until, user_id],
    )


def reset_failures(db: sqlite_utils.Database, user_id: int) -> None:
    db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [user_id])


def set_language(db: sqlite_utils.Database, user_id: int, language: str) -> None:
    db.execute("UPDATE users SET language = ? WHERE id = ?", [language, user_id])


def set_pin_hash(db: sqlite_utils.Database, user_id: int, pin_hash: str) -> None:
    db.execute(
        "UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
        [pin_hash, user_id],
    )


def set_active(db: sqlite_utils.Database, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), user_id])
