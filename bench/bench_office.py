"""District office benchmarks: page times on a big district, and ingest with the summaries.

    python bench/bench_office.py                 # 100 outlets, 2,000,000 sales over a year
    python bench/bench_office.py --smoke         # small sizes, for CI
    python bench/bench_office.py --sales 500000 --no-postgres

1. A district of O outlets (one till each) with S sales over 365 days, SHG allocations to
   2,400 SHGs, four HSN codes: the sale rows and the summaries ingest would have kept are
   bulk-written (a year of pushes through ingest would take hours here). Then, signed in over
   HTTP to the app on 127.0.0.1: the Today page and a month's SHG report (the /office/shgs
   page for the month: all 2,400 SHGs on one page, the first page of 100, the CSV), medians
   of repeated requests (an empty /v1/health round trip is printed: what HTTP itself adds). Baseline in the same run: the same
   month's figures computed from the sale rows (pos.server.storage.reports.sales_report and
   shg_report, what a page without summaries would run).
2. Ingest rate with the summaries maintained against the same ingest with them switched off
   (today's rate), on SQLite and PostgreSQL, pos.server.tills.ingest called directly (no HTTP),
   interleaved, best of three; and the share of the ingest's time spent in
   summaries.add_batch (steadier than the ratio of two rates on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_sync import bodies_of, new_outlet  # noqa: E402
from common import machine  # noqa: E402

from pos.server.app import create_app  # noqa: E402
from pos.server.runner import ServerThread  # noqa: E402
from pos.server.storage import pgtemp, reports, summaries  # noqa: E402
from pos.server.storage import schema as t  # noqa: E402
from pos.server.storage.store import Store  # noqa: E402
from pos.server.tills import ingest  # noqa: E402
from pos.sync import synthetic  # noqa: E402
from tests.support.office_client import Office, add_staff  # noqa: E402

HSNS = (("6307", 500), ("3401", 1800), ("3808", 1800), ("4202", 1200))
TENDERS = ("cash", "upi", "card")


def _insert(store: Store, table: Any, rows: list[dict[str, Any]]) -> None:
    with store.tx() as conn:
        for start in range(0, len(rows), 20_000):
            conn.execute(table.insert(), rows[start : start + 20_000])


def build_district(store: Store, outlets: int, sales: int, shgs: int = 2400) -> str:
    """Bulk-write a year of sales and their summaries; returns the last business day."""
    rng = random.Random(7)
    last_day = date.today()
    days = [(last_day - timedelta(days=n)).isoformat() for n in range(364, -1, -1)]
    per_outlet_day = max(1, sales // (outlets * len(days)))
    now = "2026-01-01T00:00:00.000000Z"
    with store.tx() as conn:
        conn.execute(t.outlets.insert(), [
            {"code": f"O{n:02d}", "name": f"Outlet {n}", "created_at": now} for n in range(outlets)
        ])  # fmt: skip
        conn.execute(t.devices.insert(), [
            {"device_id": f"00000000-0000-4000-8000-{n:012d}", "outlet_code": f"O{n:02d}",
             "short_code": f"O{n:02d}A", "secret_hash": f"{n:064d}", "enrolled_at": now,
             "last_seen_at": now, "contiguous_seq": 0}
            for n in range(outlets)
        ])  # fmt: skip
        conn.execute(t.cat_shgs.insert(), [
            {"code": f"SHG-{n:04d}", "data": json.dumps(
                {"code": f"SHG-{n:04d}", "name_en": f"Group {n}", "name_hi": f"समूह {n}",
                 "village": f"Village {n % 300}", "block": f"Block {n % 12}"})}
            for n in range(shgs)
        ])  # fmt: skip
    made = 0
    month_sum: dict[tuple[str, str], dict[str, int]] = {}
    for o in range(outlets):
        outlet, device = f"O{o:02d}", f"00000000-0000-4000-8000-{o:012d}"
        sale_rows, pay_rows, alloc_rows = [], [], []
        day_sum: dict[str, dict[str, Any]] = {}
        tax_sum: dict[tuple[str, str, int], dict[str, Any]] = {}
        shg_sum: dict[tuple[str, str], dict[str, Any]] = {}
        for day in days:
            for _ in range(per_outlet_day):
                made += 1
                event_id = f"{made:032x}"
                total = rng.randrange(1000, 50000, 100)
                hsn, rate = HSNS[made % 4]
                taxable = total * 10000 // (10000 + rate)
                cgst = (total - taxable) // 2
                sgst = total - taxable - cgst
                tender = TENDERS[made % 3]
                shg = f"SHG-{rng.randrange(shgs):04d}"
                sale_rows.append({
                    "event_id": event_id, "device_id": device, "outlet_code": outlet,
                    "receipt_no": f"{outlet}A-{made}", "kind": "sale", "sign": 1, "is_void": 0,
                    "business_date": day, "created_at": now, "gross_paise": total,
                    "discount_paise": 0, "taxable_paise": taxable, "cgst_paise": cgst,
                    "sgst_paise": sgst, "round_off_paise": 0, "total_paise": total,
                })  # fmt: skip
                pay_rows.append({"event_id": event_id, "method": tender, "amount_paise": total})
                alloc_rows.append({"event_id": event_id, "line_no": 1, "shg_code": shg,
                                   "qty": 1, "value_paise": total})  # fmt: skip
                d = day_sum.setdefault(day, {k: 0 for k in summaries.SALES_COLUMNS})
                d["bills"] += 1
                d["net_paise"] += total
                d["gst_paise"] += cgst + sgst
                d[f"{tender}_paise"] += total
                x = tax_sum.setdefault((day, hsn, rate), {k: 0 for k in summaries.TAX_COLUMNS})
                x["qty"] += 1
                x["gross_paise"] += total
                x["taxable_paise"] += taxable
                x["cgst_paise"] += cgst
                x["sgst_paise"] += sgst
                g = shg_sum.setdefault((day, shg), {k: 0 for k in summaries.SHG_COLUMNS})
                g["sold_qty"] += 1
                g["sales_paise"] += total
        _insert(store, t.sales, sale_rows)
        _insert(store, t.sale_payments, pay_rows)
        _insert(store, t.sale_allocations, alloc_rows)
        _insert(
            store,
            t.summary_sales,
            [{"outlet_code": outlet, "business_date": k, **v} for k, v in day_sum.items()],
        )
        _insert(
            store,
            t.summary_tax,
            [
                {
                    "outlet_code": outlet,
                    "business_date": k[0],
                    "hsn": k[1],
                    "rate_bp": k[2],
                    "unit": "pc",
                    **v,
                }
                for k, v in tax_sum.items()
            ],
        )
        _insert(store, t.summary_shg, [
            {"outlet_code": outlet, "business_date": k[0], "shg_code": k[1], "unit": "pc", **v}
            for k, v in shg_sum.items()])  # fmt: skip
        for (day, shg), v in shg_sum.items():
            m = month_sum.setdefault((day[:7], shg), {k: 0 for k in summaries.SHG_COLUMNS})
            for k, value in v.items():
                m[k] += value
    _insert(store, t.summary_shg_month, [
        {"month": k[0], "shg_code": k[1], "unit": "pc", **v} for k, v in month_sum.items()])  # fmt: skip
    with store.tx() as conn:  # the summaries are built: no rebuild when the app starts
        conn.execute(t.meta.insert().values(key=summaries.MARKER, value="1"))
    if store.backend == "postgresql":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("COMMIT")
            conn.exec_driver_sql("ANALYZE")
    return last_day.isoformat()


def _median_ms(fn: Any, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def bench_pages(name: str, target: str, outlets: int, sales: int, runs: int) -> None:
    store = Store(target)
    store.initialise("Gaya")
    started = time.perf_counter()
    last = build_district(store, outlets, sales)
    print(f"  {name}: {store.count('sales'):,} sales, {store.count('summary_shg'):,} SHG-day "
          f"summary rows, built in {time.perf_counter() - started:.0f} s")  # fmt: skip
    add_staff(store, "bench", "viewer")
    month_first = last[:8] + "01"
    month_last = (date.fromisoformat(month_first) + timedelta(days=32)).replace(day=1) - timedelta(
        days=1
    )
    with ServerThread(create_app(store)) as server:
        office = Office(server.url)
        office.sign_in("bench")

        def page(path: str) -> None:
            answer = office.get(path)
            assert answer.status_code == 200 and "</main>" in answer.text, answer.status_code

        health = _median_ms(lambda: office.get("/v1/health"), runs)
        month = f"/office/shgs?from={month_first}&to={month_last}"
        every = office.get(month + "&page=all")
        assert every.text.count('<tr><td><a href="/office/shgs/') == 2400, "not all 2,400 SHGs"
        today = _median_ms(lambda: page("/office/"), runs)
        shg_all = _median_ms(lambda: page(month + "&page=all"), runs)
        shg = _median_ms(lambda: page(month), runs)
        shg_csv = _median_ms(lambda: office.get(month + "&format=csv"), runs)
    raw_today = _median_ms(
        lambda: reports.sales_report(store, month_first, last), max(3, runs // 4)
    )
    raw_shg = _median_ms(lambda: reports.shg_report(store, month_first, last), max(3, runs // 4))
    print(f"    Today page            median {today:8.1f} ms   (from sale rows: month's sales "
          f"report alone {raw_today:8.1f} ms)")  # fmt: skip
    print(f"    month's SHG report, all 2,400 SHGs on one page ({len(every.content):,} bytes, "
          f"{int(every.headers.get('content-length', 0)):,} sent gzipped) median {shg_all:8.1f} ms   "
          f"(from sale rows: {raw_shg:8.1f} ms)")  # fmt: skip
    print(
        f"    the same, first page of 100 SHGs  median {shg:8.1f} ms; as CSV median {shg_csv:8.1f} ms"
    )
    print(f"    (an HTTP round trip to /v1/health on the same connection: {health:.1f} ms)")
    store.close()


def bench_ingest(work: Path, size: int, targets: list[tuple[str, Callable[[], str]]]) -> None:
    ledger = new_outlet(work / "ingest-outlet", 200)
    synthetic.add_sales(ledger, size, days=30)
    _, batches = bodies_of(ledger)
    events = sum(len(b) for b in batches)
    print(f"ingest: {events:,} events ({size:,} sales) in {len(batches)} batches, "
          "pos.server.tills.ingest called directly (no HTTP)")  # fmt: skip
    keep = summaries.add_batch
    inside = [0.0]

    def timed(*args: Any) -> None:
        started = time.perf_counter()
        keep(*args)
        inside[0] += time.perf_counter() - started

    try:
        for name, make_target in targets:
            rates: dict[str, float] = {"with summaries": 0.0, "without summaries": 0.0}
            shares = []
            for label in ("without summaries", "with summaries") * 3:  # interleaved, best of 3
                summaries.add_batch = timed if label == "with summaries" else _no_summaries  # type: ignore[assignment]
                store = Store(make_target())
                store.initialise("Gaya")
                store.enroll(store.add_outlet("G01", "Gaya"), ledger.device.id, "G01A", "G01")
                inside[0] = 0.0
                started = time.perf_counter()
                for batch in batches:
                    ingest.ingest(store, ledger.device.id, "G01", batch)
                took = time.perf_counter() - started
                rates[label] = max(rates[label], events / took)
                if label == "with summaries":
                    shares.append(inside[0] / took)
                store.close()
            print(f"  {name:<11} with summaries {rates['with summaries']:8,.0f} events/s; "
                  f"without {rates['without summaries']:8,.0f} events/s "
                  f"({rates['with summaries'] / rates['without summaries']:.2f}x); "
                  f"time inside summaries.add_batch: {statistics.median(shares):.0%} of "
                  "ingest")  # fmt: skip
    finally:
        summaries.add_batch = keep  # type: ignore[assignment]
        ledger.close()


def _no_summaries(*_args: Any) -> None:
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outlets", type=int, default=100)
    parser.add_argument("--sales", type=int, default=2_000_000, help="sales over the year")
    parser.add_argument("--ingest", type=int, default=20_000, help="sales pushed for the rate")
    parser.add_argument("--runs", type=int, default=20, help="requests per page")
    parser.add_argument("--smoke", action="store_true", help="small sizes (CI)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    if args.smoke:
        args.outlets, args.sales, args.ingest, args.runs = 5, 20_000, 500, 5
    print(f"machine: {machine()}")
    cluster = None
    if not args.no_postgres:
        cluster, why = pgtemp.start()
        if cluster is None:
            print(f"PostgreSQL skipped: {why}")
    try:
        with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
            work = Path(tmp)
            if not args.skip_pages:
                print(f"pages: {args.outlets} outlets, {args.sales:,} sales over 365 days, "
                      f"2,400 SHGs; {args.runs} requests each over HTTP on 127.0.0.1")  # fmt: skip
                bench_pages("SQLite", str(work / "pages.sqlite"), args.outlets, args.sales,
                            args.runs)  # fmt: skip
                if cluster is not None:
                    bench_pages("PostgreSQL", cluster.new_database(), args.outlets, args.sales,
                                args.runs)  # fmt: skip
            if not args.skip_ingest:
                files = iter(range(100))
                targets: list[tuple[str, Callable[[], str]]] = [
                    ("SQLite", lambda: str(work / f"ingest-{next(files)}.sqlite"))
                ]
                if cluster is not None:
                    targets.append(("PostgreSQL", cluster.new_database))
                bench_ingest(work, args.ingest, targets)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
