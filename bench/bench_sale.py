"""Completing a 3-line sale vs a bare sqlite3 transaction writing the same rows.

Both write to real files with the same pragmas (WAL, synchronous=FULL, foreign keys) and the
same schema; the baseline inserts precomputed rows (sale, 3 lines, 3 allocations, 3 stock
moves, a payment, an event and its outbox row) in one transaction. Targets (issue 2): at most
3x the bare time and at least 200 sales/s.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import machine, ms

from pos.outlet import users
from pos.outlet.demo import create_demo_outlet
from pos.printing.printers.config import put_printer_settings
from pos.products import catalog
from pos.selling import sales, shifts
from pos.settings import resolve_settings


def bench_domain(folder: Path, n: int, printer: bool = False) -> tuple[list[float], str]:
    _created, ledger = create_demo_outlet(resolve_settings(folder))
    if printer:  # the receipt and drawer jobs are then queued in each sale's transaction
        put_printer_settings(ledger, {"printer_uri": "tcp://192.0.2.1:9100"})  # never contacted
    cashier = users.get_user(ledger, "Ravi")
    shifts.open_shift(ledger, cashier, 100_000)
    codes = ("MSK-GRN", "SOAP-NEEM", "SAN-100")
    samples = []
    for i in range(n):
        # ringing up happens while the customer waits at the scanner; completion is timed
        lines = [
            sales.price_line(
                catalog.find_item(ledger, code), 1 + (i + k) % 3, doc_mode="tax_invoice"
            )
            for k, code in enumerate(codes)
        ]
        total = sales.make_bill(lines).total_paise
        start = time.perf_counter()
        sales.complete_sale(ledger, lines, [sales.Tender("cash", total + 1000)], cashier)
        samples.append(time.perf_counter() - start)
    path = str(ledger.path)
    ledger.close()
    return samples, path


def bench_bare(template: str, folder: Path, n: int) -> list[float]:
    """Copy the schema, then write the same rows by hand with plain sqlite3."""
    src = sqlite3.connect(template)
    sale = dict(src.execute("SELECT * FROM sales LIMIT 1").fetchone() and _row(src, "sales"))
    lines = _rows(src, "sale_lines", "sale_id = 1")
    allocations = _rows(src, "line_allocations", "sale_line_id IN (1, 2, 3)")
    moves = _rows(src, "stock_moves", "sale_line_id IN (1, 2, 3)")
    payment = _row(src, "payments")
    event = _row(src, "events", "kind = 'sale_completed'")
    schema = [
        r[0]
        for r in src.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type = 'table'"
            " AND name NOT LIKE 'product_search%' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    ref_rows = {t: _rows(src, t, "1") for t in ("shg", "products", "users", "shifts", "prices")}
    src.close()
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    for statement in schema:
        conn.execute(statement)
    for table, rows in ref_rows.items():
        for row in rows:
            _insert(conn, table, row)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        seq = i + 1
        sale_row = {**sale, "id": None, "uuid": f"u{i}", "receipt_no": f"B-{i}",
                    "receipt_seq": i + 1, "event_seq": seq}  # fmt: skip
        sale_id = _insert(conn, "sales", sale_row)
        for line, alloc, move in zip(lines, allocations, moves, strict=True):
            line_id = _insert(conn, "sale_lines", {**line, "id": None, "sale_id": sale_id})
            _insert(
                conn,
                "line_allocations",
                {**alloc, "id": None, "sale_line_id": line_id, "lot_id": None},
            )
            _insert(
                conn,
                "stock_moves",
                {**move, "id": None, "sale_line_id": line_id, "lot_id": None, "event_seq": seq},
            )
        _insert(conn, "payments", {**payment, "id": None, "sale_id": sale_id})
        _insert(conn, "events", {**event, "seq": seq, "event_id": f"e{i}"})
        conn.execute("INSERT INTO outbox (seq) VALUES (?)", [seq])
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def _rows(conn: sqlite3.Connection, table: str, where: str) -> list[dict]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _row(conn: sqlite3.Connection, table: str, where: str = "1") -> dict:
    return _rows(conn, table, where)[0]


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=2000, help="sales to complete")
    parser.add_argument("--smoke", action="store_true", help="CI size (200 sales)")
    args = parser.parse_args()
    n = 200 if args.smoke else args.sales
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        domain, template = bench_domain(folder / "outlet", n)
        bare = bench_bare(template, folder, n)
        printing, _path = bench_domain(folder / "printing", n, printer=True)
    d, b = statistics.median(domain), statistics.median(bare)
    p = statistics.median(printing)
    result = {
        "workload": f"{n} three-line cash sales, demo catalog (42 products), fresh ledger",
        "machine": machine(),
        "sale_median": ms(d),
        "bare_median": ms(b),
        "ratio": round(d / b, 2),
        "sales_per_second": round(1 / d),
        "with_printer_median": ms(p),  # + its receipt and drawer jobs in the same transaction
        "with_printer_ratio": round(p / b, 2),
    }
    print("bench_sale:", json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
