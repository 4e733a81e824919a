"""SQL for diagnostics: queue depths and table sizes."""

from __future__ import annotations

import sqlite_utils

from pos.db.connection import query_all


def queue_depths(db: sqlite_utils.Database) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for table, column in (("outbox", "state"), ("print_jobs", "status")):
        rows = query_all(db, f"SELECT {column} AS k, count(*) AS n FROM {table} GROUP BY {column}")
        out[table] = {r["k"]: r["n"] for r in rows}
    return out


def table_sizes(db: sqlite_utils.Database) -> dict[str, int]:
    sizes = {}
    for table in ("events", "sales", "sale_lines", "products", "lots", "stock_moves", "shifts"):
        sizes[table] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return sizes
