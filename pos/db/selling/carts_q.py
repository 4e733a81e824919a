"""SQL for carts in progress and held carts (operational state: rows change and go)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def upsert_cart(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO carts (id, state, cashier_id, label, body, updated_at)"
        " VALUES (:id, :state, :cashier_id, :label, :body, :updated_at)"
        " ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
        " cashier_id = excluded.cashier_id, label = excluded.label, body = excluded.body,"
        " updated_at = excluded.updated_at",
        row,
    )


def delete_cart(db: sqlite_utils.Database, cart_id: str) -> None:
    db.execute("DELETE FROM carts WHERE id = ?", [cart_id])


def cart_by_id(db: sqlite_utils.Database, cart_id: str) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM carts WHERE id = ?", [cart_id])


def carts_in_state(db: sqlite_utils.Database, state: str) -> list[dict[str, Any]]:
    return query_all(
        db, "SELECT * FROM carts WHERE state = ? ORDER BY updated_at DESC, id", [state]
    )


def sale_uuid_exists(db: sqlite_utils.Database, sale_uuid: str) -> bool:
    return query_one(db, "SELECT 1 AS found FROM sales WHERE uuid = ?", [sale_uuid]) is not None


def categories(db: sqlite_utils.Database, limit: int) -> list[str]:
    """Categories with a product on sale, by name: one index seek per category (a GROUP BY
    would read every product)."""
    found: list[str] = []
    last = ""
    while len(found) < limit:
        row = db.execute("SELECT min(category) FROM products WHERE category > ?", [last]).fetchone()
        if row is None or row[0] is None:
            break
        last = row[0]
        on_sale = db.execute(
            "SELECT 1 FROM products WHERE category = ? AND active = 1 LIMIT 1", [last]
        ).fetchone()
        if on_sale:
            found.append(last)
    return found


def category_colours(db: sqlite_utils.Database, names: list[str]) -> dict[str, str]:
    """{category: its tile colour} for the categories given (one that has none is left out)."""
    found = {}
    for name in names:
        row = db.execute(
            "SELECT max(category_colour) FROM products WHERE category = ?"
            " AND category_colour != ''",
            [name],
        ).fetchone()
        if row and row[0]:
            found[name] = str(row[0])
    return found


def category_hindi_names(db: sqlite_utils.Database, names: list[str]) -> dict[str, str]:
    """{category: its Hindi name} for the categories given (one that has none is left out)."""
    found = {}
    for name in names:
        row = db.execute(
            "SELECT max(category_hi) FROM products WHERE category = ? AND category_hi != ''",
            [name],
        ).fetchone()
        if row and row[0]:
            found[name] = str(row[0])
    return found


def product_ids_in_category(db: sqlite_utils.Database, category: str, limit: int) -> list[int]:
    rows = db.execute(
        "SELECT id FROM products WHERE category = ? AND active = 1 ORDER BY name_en LIMIT ?",
        [category, limit],
    ).fetchall()
    return [r[0] for r in rows]
