"""SQL for the journal (events) and its outbox."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_one

ZERO_HASH = "0" * 64


def last_event(db: sqlite_utils.Database) -> dict[str, Any] | None:
    return query_one(db, "SELECT seq, hash, created_at FROM events ORDER BY seq DESC LIMIT 1")


def insert_event(
    db: sqlite_utils.Database,
    *,
    seq: int,
    event_id: str,
    kind: str,
    created_at: str,
    business_date: str,
    body: str,
    hash_: str,
    prev_hash: str,
) -> None:
    db.execute(
        "INSERT INTO events (seq, event_id, kind, created_at, business_date, body, hash, prev_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, event_id, kind, created_at, business_date, body, hash_, prev_hash],
    )
    db.execute("INSERT INTO outbox (seq) VALUES (?)", [seq])


def iter_events(db: sqlite_utils.Database, after_seq: int = 0) -> Any:
    return db.query(
        "SELECT seq, event_id, kind, created_at, business_date, body, hash, prev_hash"
        " FROM events WHERE seq > ? ORDER BY seq",
        [after_seq],
    )
