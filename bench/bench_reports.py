"""Report timings on a big ledger: the Z of one shift, a month's SHG settlement for all SHGs,
stock levels for all products, each against a bare `SELECT count(*)` over sale_lines in the
same run.

    .venv/bin/python bench/bench_reports.py                      # generates a 1,000,000-line ledger
    .venv/bin/python bench/bench_reports.py --data-dir /tmp/big  # reuses (or generates) that ledger
    .venv/bin/python bench/bench_reports.py --smoke              # 20,000 lines, for CI

Targets (issue 3): Z <= 100 ms, month settlement <= 500 ms, stock levels <= 100 ms.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bulk_ledger  # noqa: E402
from common import first_and_median, machine  # noqa: E402

from pos.db.connection import LEDGER_FILE  # noqa: E402
from pos.inventory import stock  # noqa: E402
from pos.records.ledger import open_ledger  # noqa: E402
from pos.reporting import reports, settlement  # noqa: E402
from pos.settings import resolve_settings  # noqa: E402

TARGETS_MS = {"z_one_shift": 100.0, "settlement_month_all_shgs": 500.0, "stock_levels_all": 100.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="ledger folder (generated there if empty)")
    parser.add_argument("--lines", "--size", type=int, default=1_000_000, help="sale lines")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs after a first one")
    parser.add_argument("--smoke", action="store_true", help="20,000 lines, 2,000 products")
    args = parser.parse_args(argv)
    if args.smoke:
        args.lines, args.products = 20_000, 2_000
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="sarv-bench-"))
    try:
        return _run(args, folder)
    finally:
        if not args.data_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> int:
    if not (folder / LEDGER_FILE).exists():
        days = 60 if args.smoke else 365
        made = bulk_ledger.generate_ledger(
            folder, lines=args.lines, products=args.products, days=days, progress=True
        )
        print(f"generated {made.lines:,} lines in {made.seconds:.1f} s")
    with open_ledger(resolve_settings(folder), readonly=True) as led:
        db = led.db
        size = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("sale_lines", "sales", "shifts", "products", "lots", "shg", "events")
        }
        shift_ids = [
            r[0]
            for r in db.execute("SELECT id FROM shifts WHERE closed_at IS NOT NULL ORDER BY id")
        ]
        shift_id = shift_ids[len(shift_ids) // 2]
        shift_lines = db.execute(
            "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
            " WHERE s.shift_id = ?",
            [shift_id],
        ).fetchone()[0]
        last_day = date.fromisoformat(
            db.execute("SELECT max(business_date) FROM sales").fetchone()[0]
        )
        month_end = last_day.replace(day=1) - timedelta(days=1)
        month_start = month_end.replace(day=1)
        first_day = db.execute("SELECT min(business_date) FROM sales").fetchone()[0]
        if month_start.isoformat() < first_day:  # a short (smoke) history: its first month
            month_start = date.fromisoformat(first_day)
            month_end = min(last_day, month_start + timedelta(days=30))
        month_lines = db.execute(
            "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
            " WHERE s.business_date BETWEEN ? AND ?",
            [month_start.isoformat(), month_end.isoformat()],
        ).fetchone()[0]

        count_first, count, _ = first_and_median(
            lambda: db.execute("SELECT count(*) FROM sale_lines").fetchone(), args.repeat
        )
        # The ratio baseline: one pass over every sale line (a bare count only walks the
        # smallest index).
        base_first, base, _ = first_and_median(
            lambda: db.execute("SELECT sum(gross_paise) FROM sale_lines").fetchone(), args.repeat
        )
        results = {
            "z_one_shift": first_and_median(
                lambda: reports.z_report(led, shift_id=shift_id), args.repeat
            ),
            "settlement_month_all_shgs": first_and_median(
                lambda: settlement.shg_statement(
                    led, month_start.isoformat(), month_end.isoformat()
                ),
                args.repeat,
            ),
            "stock_levels_all": first_and_median(lambda: stock.stock_levels(led), args.repeat),
        }
        print(
            f"workload: {size['sale_lines']:,} sale lines, {size['sales']:,} sales/returns, "
            f"{size['shifts']:,} shifts, {size['products']:,} products, {size['lots']:,} lots, "
            f"{size['shg']} SHGs, {size['events']:,} events; Z of shift #{shift_id} "
            f"({shift_lines:,} lines); settlement {month_start}..{month_end} "
            f"({month_lines:,} lines)"
        )
        print(f"machine: {machine()}")
        print(f"SELECT count(*) FROM sale_lines: {count:.1f} ms (first {count_first:.1f} ms)")
        print(
            f"baseline SELECT sum(gross_paise) FROM sale_lines: {base:.1f} ms "
            f"(first {base_first:.1f} ms)"
        )
        for name, (first, median, result) in results.items():
            target = TARGETS_MS[name]
            verdict = "ok" if median <= target else "OVER TARGET"
            rows = len(result) if isinstance(result, list) else 1
            print(
                f"{name}: {median:.1f} ms median of {args.repeat} (first {first:.1f} ms), "
                f"{median / base:.2f}x baseline, target {target:.0f} ms: {verdict} [{rows} rows]"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
