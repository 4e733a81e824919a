"""The back office's first pages and searches on a big ledger, against one bare
`SELECT sum(taxable_paise) FROM sale_lines` pass in the same run.

    python bench/bench_backoffice.py --data-dir /tmp/big  # reuses (or generates) that ledger
    python bench/bench_backoffice.py --smoke              # 20,000 lines, for CI

Targets (issue 12): each screen's first page <= 200 ms; a receipt search <= 100 ms; the SHG
statement for all SHGs for a month <= 1 s (also with the first SHG's statement built as the
screen shows it); a year's HSN-wise GST summary <= 1 bare pass (it reads the per-day HSN
totals of migration 0011, as the SHG statement reads the per-day stock summaries).
Each figure is the domain call the screen makes (the Qt model only wraps its rows).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bulk_ledger  # noqa: E402
from common import first_and_median, machine  # noqa: E402

from pos.db.connection import LEDGER_FILE  # noqa: E402
from pos.inventory import stock  # noqa: E402
from pos.outlet import users  # noqa: E402
from pos.printing.documents import backoffice_docs  # noqa: E402
from pos.products import catalog_edit  # noqa: E402
from pos.records.ledger import open_ledger  # noqa: E402
from pos.reporting import reports, settlement  # noqa: E402
from pos.selling import receipts  # noqa: E402
from pos.settings import resolve_settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="ledger folder (generated there if empty)")
    parser.add_argument("--lines", type=int, default=1_000_000, help="sale lines")
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after a first one")
    parser.add_argument("--smoke", action="store_true", help="20,000 lines, 2,000 products")
    args = parser.parse_args(argv)
    if args.smoke:
        args.lines, args.products, args.repeat = 20_000, 2_000, 2
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="sarv-bench-"))
    try:
        return _run(args, folder)
    finally:
        if not args.data_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> int:
    if not (folder / LEDGER_FILE).exists():
        made = bulk_ledger.generate_ledger(folder, lines=args.lines, products=args.products,
                                           days=60 if args.smoke else 365, progress=True)  # fmt: skip
        print(f"generated {made.lines:,} lines in {made.seconds:.1f} s")
    with open_ledger(resolve_settings(folder), readonly=True) as led:
        db = led.db
        lines = db.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
        products = db.execute("SELECT count(*) FROM products").fetchone()[0]
        last = date.fromisoformat(db.execute("SELECT max(business_date) FROM sales").fetchone()[0])
        first_day = db.execute("SELECT min(business_date) FROM sales").fetchone()[0]
        month_end = last.replace(day=1) - timedelta(days=1)
        month_start = max(month_end.replace(day=1).isoformat(), first_day)
        year_start = max((last - timedelta(days=364)).isoformat(), first_day)
        middle = db.execute("SELECT receipt_no, total_paise, business_date FROM sales"
                            " WHERE kind = 'sale' ORDER BY id LIMIT 1 OFFSET"
                            " (SELECT count(*) / 2 FROM sales)").fetchone()  # fmt: skip
        product = db.execute("SELECT name_en FROM products LIMIT 1 OFFSET 77").fetchone()[0]
        base = first_and_median(lambda: db.execute("SELECT sum(taxable_paise) FROM sale_lines").fetchone(),
                     args.repeat)  # fmt: skip
        r = args.repeat
        rows: list[tuple[str, tuple[float, float, Any], str]] = [
            ("receipt by number", first_and_median(lambda: receipts.find_receipts(
                led, receipt=middle[0]), r), "<= 100 ms"),
            ("receipts by the end of a number", first_and_median(lambda: receipts.find_receipts(
                led, receipt=middle[0][-5:]), r), "<= 100 ms"),
            ("receipts of one day", first_and_median(lambda: receipts.find_receipts(
                led, date_from=middle[2], date_to=middle[2]), r), "<= 100 ms"),
            ("receipts by amount", first_and_median(lambda: receipts.find_receipts(
                led, total_paise=middle[1]), r), "<= 100 ms"),
            ("receipts by product", first_and_median(lambda: receipts.find_receipts(
                led, product=product.split()[0]), r), "<= 100 ms"),
            ("receipts page (latest 200)", first_and_median(lambda: receipts.find_receipts(led), r),
             "<= 200 ms"),
            ("stock, first page", first_and_median(lambda: stock.levels_page(led), r), "<= 200 ms"),
            ("stock, filtered first page", first_and_median(lambda: stock.levels_page(
                led, product.split()[0]), r), "<= 200 ms"),
            ("catalog, first page", first_and_median(lambda: catalog_edit.catalog_page(led), r),
             "<= 200 ms"),
            ("catalog, filtered first page", first_and_median(lambda: catalog_edit.catalog_page(
                led, product.split()[0]), r), "<= 200 ms"),
            ("stock levels, all products (not a screen's load)", first_and_median(
                lambda: stock.stock_levels(led), r), "-"),
            ("people", first_and_median(lambda: users.user_rows(led), r), "<= 200 ms"),
            ("SHG statement, all SHGs, a month", first_and_median(lambda: settlement.shg_statement(
                led, month_start, month_end.isoformat()), r), "<= 1000 ms"),
            ("SHG screen: all SHGs, a month, and the first one's statement as shown",
             first_and_median(lambda: _shg_screen(led, month_start, month_end.isoformat()), r),
             "<= 1000 ms"),
            ("GST summary by HSN, a year", first_and_median(lambda: reports.gst_summary(
                led, year_start, last.isoformat()), r), f"<= {base[1]:.0f} ms (1 pass)"),
        ]  # fmt: skip
        print(f"workload: {lines:,} sale lines, {products:,} products; month {month_start}.."
              f"{month_end}; year {year_start}..{last}; receipt {middle[0]}")  # fmt: skip
        print(f"machine: {machine()}")
        print(f"baseline SELECT sum(taxable_paise) FROM sale_lines: {base[1]:.1f} ms "
              f"(first {base[0]:.1f} ms)")  # fmt: skip
        for name, (first, median, result), target in rows:
            count = len(result) if isinstance(result, list) else len(result.lines)
            print(f"{name}: median {median:.1f} ms (first {first:.1f} ms, "
                  f"{median / base[1]:.2f}x baseline), {count:,} rows; target {target}")  # fmt: skip
    return 0


def _shg_screen(led: Any, start: str, end: str) -> list[Any]:
    """What the SHG screen does on Show: every SHG's figures, then the first SHG's statement
    (its line per product) built as the document shown below the table."""
    rows = settlement.shg_statement(led, start, end)
    backoffice_docs.statement_document(led, rows[:1], start, end)
    return rows


if __name__ == "__main__":
    sys.exit(main())
