"""Start-up check cost: opening the ledger with SQLite's quick_check (what `pos app` does)
against a plain open (the baseline, same run) and the full integrity_check (what backups and
restores run), on a bulk ledger.

    python bench/bench_startup.py --lines 1000000     # a year of a busy outlet
    python bench/bench_startup.py --smoke             # CI: 20,000 lines
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bulk_ledger import generate_ledger  # noqa: E402
from common import machine, ms, timed  # noqa: E402

from pos.db import connection  # noqa: E402
from pos.ledger import open_ledger  # noqa: E402
from pos.settings import resolve_settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", "--size", type=int, default=200_000, help="sale lines")
    parser.add_argument("--smoke", action="store_true", help="20,000 lines")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    if args.smoke:
        args.lines = 20_000
    with tempfile.TemporaryDirectory(prefix="sarv-bench-startup-") as tmp:
        data = Path(tmp) / "outlet"
        made = generate_ledger(data, lines=args.lines, products=2_000, days=60)
        settings = resolve_settings(data)

        def plain() -> None:
            open_ledger(settings).close()

        def checked() -> None:
            open_ledger(settings, check=True).close()

        def full() -> None:
            if connection.integrity_problems(settings.ledger_path):
                raise SystemExit("the bulk ledger fails its integrity check")

        plain()  # warm the page cache for every variant alike
        base = min(timed(plain) for _ in range(args.repeat))
        quick = min(timed(checked) for _ in range(args.repeat))
        whole = min(timed(full) for _ in range(args.repeat))
        size = settings.ledger_path.stat().st_size / 2**20
        print(f"workload: ledger of {made.lines:,} sale lines, {made.events:,} events, "
              f"{size:.0f} MiB (warm page cache, best of {args.repeat})")  # fmt: skip
        print(f"open (baseline):           {ms(base)}")
        print(f"open + quick_check (app):  {ms(quick)}  ({quick / base:.1f}x the baseline)")
        print(f"integrity_check (backups): {ms(whole)}  ({whole / base:.1f}x the baseline)")
        print(f"machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
