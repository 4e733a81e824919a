"""Reconciliation benchmark: the whole history by monthly digests against the day-by-day ways.

    .venv/bin/python bench/bench_reconcile.py            # 2 years, 100 sales a day (73,000 sales)
    .venv/bin/python bench/bench_reconcile.py --smoke    # 60 days, 10 a day, for CI

An outlet's history is pushed to `pos-server run` (SQLite, a child process). Then, each timed
end to end on the outlet (ask the district, compute its own figures, compare), nothing
differing:

1. the whole history by months (the nightly pass now): one request for every month's digest;
2. baseline, same run: the last 35 days day by day (the nightly pass before);
3. the whole history day by day (what covering it without month digests would cost);
4. the whole history by months when one day, 41 days back, was lost at the district: months,
   then that month's days, then the lost day pushed again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_sync import Server, new_outlet, new_store  # noqa: E402
from common import machine  # noqa: E402
from sqlalchemy import delete, select  # noqa: E402

from pos import clock  # noqa: E402
from pos.server.storage import schema as t  # noqa: E402
from pos.sync import reconciliation, service, synthetic  # noqa: E402


def _time(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="60 days, 10 sales a day")
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--per-day", type=int, default=100)
    args = parser.parse_args()
    days, per_day = (60, 10) if args.smoke else (args.days, args.per_day)
    runs = 3
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = str(work / "district.sqlite")
        store = new_store(db)
        code = store.add_outlet("G01", "Gwalior")
        server = Server(db, work)
        try:
            ledger = new_outlet(work / "outlet", 200)
            service.enroll(ledger, server.url, code)
            synthetic.add_sales(ledger, days * per_day, days=days)
            service.sync_once(ledger, do_pull=False)
            events = ledger.db.execute("SELECT count(*) FROM events").fetchone()[0]
            client = service.client_for(ledger)
            today = clock.business_date(clock.now_utc())
            first = "2000-01-01"

            months = service.SyncResult()
            by_months = _time(lambda: reconciliation.reconcile(ledger, client, months), runs)
            window = service.SyncResult()
            by_window = _time(lambda: reconciliation.reconcile_window(ledger, client, window), runs)
            every_day = _time(
                lambda: reconciliation._differing_days(ledger, client, first, "9999-12-31"), runs
            )
            assert months.days_differing == [] and window.days_differing == []

            lost_day = months_back(today, 41)
            with store.tx() as conn:
                gone = [r[0] for r in conn.execute(
                    select(t.events.c.event_id).where(t.events.c.business_date == lost_day))]  # fmt: skip
                for table in (t.sale_payments, t.sale_allocations, t.sale_lines, t.sales, t.events):
                    conn.execute(delete(table).where(table.c.event_id.in_(gone)))
            started = time.perf_counter()
            found = service.sync_once(ledger, do_push=False, do_pull=False, do_reconcile=True)
            repair = time.perf_counter() - started
            assert found.days_differing == [lost_day] and found.accepted == len(gone)
            client.close()
        finally:
            server.stop()
            store.close()
    print(f"machine: {machine()}")
    print(f"workload: {days} days, {per_day} sales a day, {events:,} events held by the district")
    print(
        f"whole history by months: {by_months * 1000:.0f} ms "
        f"({months.months_checked} months, {months.days_checked} days covered)"
    )
    print(
        f"baseline, last 35 days day by day: {by_window * 1000:.0f} ms ({window.days_checked} days)"
    )
    print(f"whole history day by day: {every_day * 1000:.0f} ms")
    print(
        f"a day lost 41 days back found and pushed again ({len(gone)} events): {repair * 1000:.0f} ms"
    )
    print(
        f"months / 35-day window: {by_months / by_window:.2f}x; "
        f"months / every day: {by_months / every_day:.2f}x"
    )


def months_back(today: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(today) - timedelta(days=days)).isoformat()


if __name__ == "__main__":
    main()
