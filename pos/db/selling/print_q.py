"""SQL for print jobs (operational state: a job's status changes) and in-store barcodes."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one


def insert_job(
    db: sqlite_utils.Database,
    *,
    kind: str,
    ref: str,
    duplicate: bool,
    payload: str,
    printer_uri: str | None,
    at: str,
) -> int:
    cursor = db.execute(
        "INSERT INTO print_jobs (kind, ref, duplicate, status, attempts, payload, printer_uri,"
        " next_attempt_at, created_at, updated_at)"
        " VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)",
        [kind, ref, int(duplicate), payload, printer_uri, at, at, at],
    )
    return int(cursor.lastrowid or 0)


def original_jobs(
    db: sqlite_utils.Database, receipt_no: str, drawer_ref: str
) -> list[dict[str, Any]]:
    """The first jobs queued for a receipt: its drawer kick and its (not duplicate) receipt."""
    return query_all(
        db,
        "SELECT * FROM print_jobs WHERE duplicate = 0 AND ((kind = 'receipt' AND ref = ?)"
        " OR (kind = 'drawer' AND ref = ?)) ORDER BY kind = 'drawer' DESC, id",
        [receipt_no, drawer_ref],
    )


def original_sent(db: sqlite_utils.Database, kind: str, ref: str, job_id: int) -> bool:
    """Whether another unmarked job for the same receipt already sent all its bytes."""
    row = query_one(
        db,
        "SELECT COUNT(*) AS n FROM print_jobs WHERE kind = ? AND ref = ? AND id != ?"
        " AND duplicate = 0 AND (delivered = 1 OR status IN ('done', 'unconfirmed'))",
        [kind, ref, job_id],
    )
    return row is not None and int(row["n"]) > 0


def get_job(db: sqlite_utils.Database, job_id: int) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM print_jobs WHERE id = ?", [job_id])


def due_jobs(
    db: sqlite_utils.Database, now: str, stale_before: str, limit: int = 20
) -> list[dict[str, Any]]:
    """Queued jobs whose backoff has passed (and jobs left 'printing' by a crash, once stale):
    drawer kicks first, then oldest first."""
    return query_all(
        db,
        "SELECT * FROM print_jobs WHERE (status = 'queued' AND next_attempt_at <= ?)"
        " OR (status = 'printing' AND updated_at < ?)"
        " ORDER BY kind = 'drawer' DESC, id LIMIT ?",
        [now, stale_before, limit],
    )


def next_attempt(db: sqlite_utils.Database) -> str | None:
    row = query_one(db, "SELECT MIN(next_attempt_at) AS at FROM print_jobs WHERE status = 'queued'")
    return None if row is None else row["at"]


def claim(db: sqlite_utils.Database, job_id: int, at: str, stale_before: str) -> bool:
    """Take a job for printing; False when another process took it first."""
    cursor = db.execute(
        "UPDATE print_jobs SET status = 'printing', attempts = attempts + 1, updated_at = ?"
        " WHERE id = ? AND (status = 'queued' OR (status = 'printing' AND updated_at < ?))",
        [at, job_id, stale_before],
    )
    return cursor.rowcount == 1


def mark_done(db: sqlite_utils.Database, job_id: int, at: str) -> None:
    db.execute(
        "UPDATE print_jobs SET status = 'done', last_error = NULL, printed_at = ?, updated_at = ?"
        " WHERE id = ?",
        [at, at, job_id],
    )


def mark_delivered(db: sqlite_utils.Database, job_id: int, at: str) -> None:
    """Every byte of an attempt reached the printer: any resend must say DUPLICATE."""
    db.execute("UPDATE print_jobs SET delivered = 1, updated_at = ? WHERE id = ?", [at, job_id])


def mark_unconfirmed(db: sqlite_utils.Database, job_id: int, error: str | None, at: str) -> None:
    """Sent, but the printer never confirmed it printed: not retried, offered for reprint."""
    db.execute(
        "UPDATE print_jobs SET status = 'unconfirmed', delivered = 1, last_error = ?,"
        " printed_at = ?, updated_at = ? WHERE id = ?",
        [error, at, at, job_id],
    )


def mark_retry(db: sqlite_utils.Database, job_id: int, error: str, next_at: str, at: str) -> None:
    db.execute(
        "UPDATE print_jobs SET status = 'queued', last_error = ?, next_attempt_at = ?,"
        " updated_at = ? WHERE id = ?",
        [error, next_at, at, job_id],
    )


def mark_failed(db: sqlite_utils.Database, job_id: int, error: str, at: str) -> None:
    db.execute(
        "UPDATE print_jobs SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
        [error, at, job_id],
    )


def retry_all_now(db: sqlite_utils.Database, at: str) -> int:
    """Make every queued job due now (the cashier pressed Retry or the printer came back)."""
    cursor = db.execute(
        "UPDATE print_jobs SET next_attempt_at = ?, updated_at = ? WHERE status = 'queued'",
        [at, at],
    )
    return cursor.rowcount


def queue_depth(db: sqlite_utils.Database) -> int:
    row = query_one(
        db, "SELECT COUNT(*) AS n FROM print_jobs WHERE status IN ('queued', 'printing')"
    )
    return 0 if row is None else int(row["n"])


def recent_jobs(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM print_jobs ORDER BY id DESC LIMIT ?", [limit])


def failed_jobs(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    return query_all(
        db,
        "SELECT * FROM print_jobs WHERE status IN ('failed', 'unconfirmed')"
        " OR (status = 'queued' AND attempts > 0)"
        " ORDER BY id DESC LIMIT ?",
        [limit],
    )


def barcode_owner(db: sqlite_utils.Database, barcode: str) -> int | None:
    row = query_one(db, "SELECT product_id FROM barcodes WHERE barcode = ?", [barcode])
    return None if row is None else int(row["product_id"])


def add_barcode(db: sqlite_utils.Database, barcode: str, product_id: int) -> None:
    db.execute("INSERT INTO barcodes (barcode, product_id) VALUES (?, ?)", [barcode, product_id])
