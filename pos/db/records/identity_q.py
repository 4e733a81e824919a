"""SQL for the till's identity: journal ranges imported from the district, adopted receipt
counters, the restored-and-not-caught-up mark."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all


def insert_imported_event(db: sqlite_utils.Database, row: dict[str, Any], at: str) -> None:
    """One event copied from the district: it is held there already, so its outbox entry
    starts acked."""
    db.execute(
        "INSERT INTO events (seq, event_id, kind, created_at, business_date, body, hash,"
        " prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row["seq"], row["event_id"], row["kind"], row["created_at"], row["business_date"],
         row["body"], row["hash"], row["prev_hash"]],
    )  # fmt: skip
    db.execute(
        "INSERT INTO outbox (seq, state, updated_at) VALUES (?, 'acked', ?)", [row["seq"], at]
    )


def record_import(
    db: sqlite_utils.Database, first_seq: int, last_seq: int, at: str, reason: str
) -> None:
    db.execute(
        "INSERT INTO journal_imports (first_seq, last_seq, imported_at, reason)"
        " VALUES (?, ?, ?, ?)",
        [first_seq, last_seq, at, reason],
    )


# Appended to journal_imports.reason when catch-up wrote the rows of the imported events
# (pos.sync.restore.rebuild); a range without it has its rows only at the district.
ROWS_REBUILT = " (rows rebuilt)"


def ranges_without_rows(db: sqlite_utils.Database) -> list[tuple[int, int]]:
    """(first_seq, last_seq) of the imported ranges whose rows live at the district alone
    (catch-up did not rebuild them here), by first_seq."""
    rows = query_all(
        db, "SELECT first_seq, last_seq, reason FROM journal_imports ORDER BY first_seq"
    )
    return [
        (int(r["first_seq"]), int(r["last_seq"]))
        for r in rows
        if not r["reason"].endswith(ROWS_REBUILT)
    ]


def raise_receipt_floor(db: sqlite_utils.Database, series: str, fy: str, last: int) -> None:
    db.execute(
        "INSERT INTO receipt_floors (series, fy, last_seq) VALUES (?, ?, ?)"
        " ON CONFLICT(series, fy) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
        [series, fy, last],
    )


def receipt_floors(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    rows = query_all(db, "SELECT series, fy, last_seq FROM receipt_floors")
    return {(r["series"], r["fy"]): int(r["last_seq"]) for r in rows}


def set_restored(db: sqlite_utils.Database, at: str | None) -> None:
    db.execute("UPDATE sync_state SET restored_at = ? WHERE id = 1", [at])


def restored_at(db: sqlite_utils.Database) -> str | None:
    """When this enrolled till was restored from a backup and has not caught up since."""
    row = db.execute("SELECT restored_at FROM sync_state WHERE id = 1").fetchone()
    return None if row is None else row[0]


def imported_return_of(db: sqlite_utils.Database, receipt_no: str) -> bool:
    """A return of this receipt is among the events imported from the district whose rows
    were not rebuilt here."""
    row = db.execute(
        "SELECT 1 FROM events e JOIN journal_imports j ON e.seq BETWEEN j.first_seq AND"
        " j.last_seq WHERE e.kind = 'return_issued' AND instr(e.body, ?) > 0"
        " AND substr(j.reason, -length(?)) != ? LIMIT 1",
        [f'"original_receipt_no":"{receipt_no}"', ROWS_REBUILT, ROWS_REBUILT],
    ).fetchone()
    return row is not None


def product_sku(db: sqlite_utils.Database, product_id: int) -> str | None:
    """The SKU of the product with this id, None when this ledger has none."""
    row = db.execute("SELECT sku FROM products WHERE id = ?", [product_id]).fetchone()
    return None if row is None else str(row[0])


def price_of(db: sqlite_utils.Database, price_id: int) -> tuple[int, int] | None:
    """(product_id, mrp_paise) of a price row, None when there is none."""
    row = db.execute("SELECT product_id, mrp_paise FROM prices WHERE id = ?", [price_id]).fetchone()
    return None if row is None else (int(row[0]), int(row[1]))
