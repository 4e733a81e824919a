"""SQL for the outlet's sync: the outbox lanes, the sync state, district catalog apply."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one

STATE_COLUMNS = (
    "catalog_version", "last_attempt_at", "last_success_at", "last_push_at", "last_pull_at",
    "last_reconcile_at", "last_nightly_date", "last_error", "last_error_at", "failures",
    "clock_skew_ms", "district_flags", "server_contiguous_seq", "orders_version",
)  # fmt: skip


def pending_events(db: sqlite_utils.Database, limit: int) -> list[dict[str, Any]]:
    """The oldest pending events, in seq order."""
    return query_all(
        db,
        "SELECT e.seq, e.event_id, e.kind, e.hash, e.body FROM outbox o"
        " JOIN events e ON e.seq = o.seq WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?",
        [limit],
    )


def mark_acked(db: sqlite_utils.Database, seqs: list[int], at: str) -> None:
    db.conn.executemany(
        "UPDATE outbox SET state = 'acked', attempts = attempts + 1, last_error = NULL,"
        " updated_at = ? WHERE seq = ? AND state = 'pending'",
        [(at, seq) for seq in seqs],
    )


def mark_attention(db: sqlite_utils.Database, items: list[tuple[int, str]], at: str) -> None:
    db.conn.executemany(
        "UPDATE outbox SET state = 'attention', attempts = attempts + 1, last_error = ?,"
        " updated_at = ? WHERE seq = ? AND state = 'pending'",
        [(reason, at, seq) for seq, reason in items],
    )


def repend(db: sqlite_utils.Database, seqs: Iterable[int], at: str) -> int:
    """Acked events the district turns out not to hold go back to pending."""
    cursor = db.conn.executemany(
        "UPDATE outbox SET state = 'pending', updated_at = ? WHERE seq = ? AND state = 'acked'",
        [(at, seq) for seq in seqs],
    )
    return int(cursor.rowcount or 0)


def acked_seqs_between(db: sqlite_utils.Database, first: int, last: int) -> list[int]:
    rows = db.execute(
        "SELECT seq FROM outbox WHERE state = 'acked' AND seq BETWEEN ? AND ? ORDER BY seq",
        [first, last],
    ).fetchall()
    return [int(r[0]) for r in rows]


def seqs_of_day(db: sqlite_utils.Database, business_date: str) -> list[int]:
    rows = db.execute(
        "SELECT seq FROM events WHERE business_date = ? ORDER BY seq", [business_date]
    ).fetchall()
    return [int(r[0]) for r in rows]


def outbox_summary(db: sqlite_utils.Database) -> dict[str, Any]:
    row = query_one(
        db,
        "SELECT"
        " (SELECT count(*) FROM outbox WHERE state = 'pending') AS pending,"
        " (SELECT count(*) FROM outbox WHERE state = 'attention') AS attention,"
        " (SELECT e.created_at FROM outbox o JOIN events e ON e.seq = o.seq"
        "   WHERE o.state = 'pending' ORDER BY o.seq LIMIT 1) AS oldest_pending_at",
    )
    return row or {"pending": 0, "attention": 0, "oldest_pending_at": None}


def attention_events(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT o.seq, e.event_id, e.kind, o.last_error FROM outbox o JOIN events e"
        " ON e.seq = o.seq WHERE o.state = 'attention' ORDER BY o.seq LIMIT ?",
        [limit],
    )


def acked_events_between_dates(
    db: sqlite_utils.Database, first: str, last: str
) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT e.business_date, e.seq, e.kind, e.hash, e.body FROM events e"
        " JOIN outbox o ON o.seq = e.seq WHERE o.state = 'acked'"
        " AND e.business_date BETWEEN ? AND ? ORDER BY e.seq",
        [first, last],
    )


def iter_acked_hashes(db: sqlite_utils.Database) -> Iterator[tuple[str, str, str]]:
    """(business_date, kind, hash) of every acked event, in seq order (the whole history)."""
    yield from db.execute(
        "SELECT e.business_date, e.kind, e.hash FROM events e"
        " JOIN outbox o ON o.seq = e.seq WHERE o.state = 'acked' ORDER BY e.seq"
    )


def get_state(db: sqlite_utils.Database) -> dict[str, Any]:
    row = query_one(db, "SELECT * FROM sync_state WHERE id = 1")
    return row or {}


def update_state(db: sqlite_utils.Database, changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(STATE_COLUMNS)
    if unknown:
        raise KeyError(f"unknown sync state column(s): {sorted(unknown)}")
    assignments = ", ".join(f"{key} = ?" for key in changes)
    db.execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", list(changes.values()))


def product_ids_by_sku(db: sqlite_utils.Database) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in db.execute("SELECT sku, id FROM products").fetchall()}


def insert_events_bulk(db: sqlite_utils.Database, rows: list[tuple[Any, ...]]) -> None:
    """Synthetic ledgers only (tests, benchmarks): (seq, event_id, kind, created_at,
    business_date, body, hash, prev_hash) rows plus their pending outbox entries."""
    db.conn.executemany(
        "INSERT INTO events (seq, event_id, kind, created_at, business_date, body, hash,"
        " prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.conn.executemany("INSERT INTO outbox (seq) VALUES (?)", [(r[0],) for r in rows])


# ---------------------------------------------------------------- district catalog, in bulk
# The same upserts as catalog_q, row for row, but with executemany: a first pull of a
# district catalog is tens of thousands of rows and must apply in seconds.


def upsert_shgs(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "code")
    db.conn.executemany(
        f"INSERT INTO shg ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        f" ON CONFLICT(code) DO UPDATE SET {updates}",
        [[row[c] for c in columns] for row in rows],
    )


def upsert_products(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "sku")
    db.conn.executemany(
        f"INSERT INTO products ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        f" ON CONFLICT(sku) DO UPDATE SET {updates}",
        [[row[c] for c in columns] for row in rows],
    )


def replace_barcodes_bulk(db: sqlite_utils.Database, barcodes: dict[int, list[str]]) -> None:
    """Each product's barcodes become exactly these; a barcode moved from another follows."""
    db.conn.executemany("DELETE FROM barcodes WHERE product_id = ?", [(p,) for p in barcodes])
    pairs = [(code, product) for product, codes in barcodes.items() for code in codes]
    db.conn.executemany("DELETE FROM barcodes WHERE barcode = ?", [(c,) for c, _ in pairs])
    db.conn.executemany("INSERT INTO barcodes (barcode, product_id) VALUES (?, ?)", pairs)


def upsert_prices(db: sqlite_utils.Database, rows: list[tuple[int, int, str, str]]) -> None:
    """(product_id, mrp_paise, effective_from, created_at) rows."""
    db.conn.executemany(
        "INSERT INTO prices (product_id, mrp_paise, effective_from, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(product_id, effective_from)"
        " DO UPDATE SET mrp_paise = excluded.mrp_paise",
        rows,
    )


def upsert_rates(db: sqlite_utils.Database, rows: list[tuple[str, int, str]]) -> None:
    """(hsn, rate_bp, effective_from) rows."""
    db.conn.executemany(
        "INSERT INTO tax_rates (hsn, rate_bp, effective_from) VALUES (?, ?, ?)"
        " ON CONFLICT(hsn, effective_from) DO UPDATE SET rate_bp = excluded.rate_bp",
        rows,
    )


def price_keys(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(sku, effective_from) of every price row the outlet holds."""
    rows = db.execute(
        "SELECT p.sku, pr.effective_from FROM prices pr JOIN products p ON p.id = pr.product_id"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def rate_keys(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    rows = db.execute("SELECT hsn, effective_from FROM tax_rates").fetchall()
    return [(r[0], r[1]) for r in rows]
