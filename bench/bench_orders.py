"""Home-delivery benchmarks: an order placed to the order showing on a till, and the server's
order intake rate.

    python bench/bench_orders.py            # 20 orders at a 5 s pull interval; 2,000 orders in
    python bench/bench_orders.py --smoke    # small sizes, for CI
    python bench/bench_orders.py --postgres # the intake on PostgreSQL as well

1. Latency: `pos-server run` in a child process, a real till enrolled with it running the
   counter's sync scheduler with the orders pull every 5 s (setting orders_pull_seconds).
   Orders are placed through the shop API at random moments; the figure is the time from
   the placing request's answer to the scheduler reporting the order new on the till (what
   raises the counter's alert). Baseline in the same run: the pull interval itself (an order
   placed just after a pull waits that long) and one sync pass on its own.
2. Intake: N orders posted by 4 client threads to /v1/shop/orders (each a fresh app order id,
   two items); orders per second. Baseline in the same run: GET /v1/health at the same
   concurrency (the HTTP floor of this machine).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from bench_sync import Server  # noqa: E402
from common import machine  # noqa: E402

from pos.inventory import stock  # noqa: E402
from pos.server.delivery import orders  # noqa: E402
from pos.server.storage.store import Store  # noqa: E402
from pos.server.tills.catalog import import_catalog  # noqa: E402
from pos.sync import service  # noqa: E402
from pos.sync.scheduler import SchedulerConfig, SyncScheduler  # noqa: E402
from tests.conftest import SMALL_CATALOG, make_outlet  # noqa: E402
from tests.support.delivery_fakes import order_body  # noqa: E402


def _district(folder: Path, db: str | None = None) -> tuple[Store, str]:
    import json

    from pos.products.catalog import parse_catalog_json

    folder.mkdir(parents=True, exist_ok=True)
    db = db or str(folder / "district.sqlite")
    store = Store(db)
    store.initialise("Gaya")
    import_catalog(store, parse_catalog_json(json.dumps(SMALL_CATALOG)), "2020-01-01T00:00")
    store.add_outlet("G01", "Gaya")
    orders.set_areas(store, "G01", ["823001"])
    return store, db


def latency(folder: Path, count: int, interval_s: float) -> tuple[list[float], float]:
    store, db = _district(folder)
    server = Server(db, folder)
    try:
        till = make_outlet(folder / "till")
        service.enroll(till.ledger, server.url, store.add_outlet("G01", ""))
        stock.receive_lot(till.ledger, "SHG-LAX", "MSK-GRN", 10_000, user=till.manager)
        key = orders.add_app(store, "bench")
        pass_s = _one_pass(till.ledger)
        seen: dict[str, float] = {}
        arrived = threading.Condition()

        def on_new(ids: list[str]) -> None:
            with arrived:
                for order_id in ids:
                    seen[order_id] = time.monotonic()
                arrived.notify_all()

        scheduler = SyncScheduler(
            till.settings,
            SchedulerConfig(orders_every_s=interval_s, pull_every_s=3600, push_delay_s=3600),
            on_new_orders=on_new,
        )
        scheduler.start()
        waits: list[float] = []
        rng = random.Random(5)
        try:
            time.sleep(interval_s)  # the first pass is over
            for n in range(count):
                time.sleep(rng.uniform(0, interval_s))
                response = requests.post(
                    server.url + "/v1/shop/orders", json=order_body(f"L-{n}"),
                    headers={"Authorization": f"Bearer {key}"}, timeout=30,
                )  # fmt: skip
                placed = time.monotonic()
                order_id = response.json()["order"]["order_id"]
                with arrived:
                    arrived.wait_for(lambda o=order_id: o in seen, timeout=interval_s * 4 + 30)
                waits.append(seen[order_id] - placed)
        finally:
            scheduler.stop()
            till.ledger.close()
        return waits, pass_s
    finally:
        server.stop()
        store.close()


def _one_pass(ledger: object) -> float:
    start = time.perf_counter()
    service.sync_once(ledger, do_push=False, do_pull=False, do_orders=True)  # type: ignore[arg-type]
    return time.perf_counter() - start


def intake(
    folder: Path, count: int, threads: int = 4, db: str | None = None
) -> tuple[float, float]:
    store, db = _district(folder, db)
    server = Server(db, folder)
    try:
        key = orders.add_app(store, "bench")
        session = threading.local()

        def http() -> requests.Session:
            if not hasattr(session, "s"):
                session.s = requests.Session()
                session.s.headers["Authorization"] = f"Bearer {key}"
            return session.s  # type: ignore[no-any-return]

        def place(n: int) -> None:
            response = http().post(server.url + "/v1/shop/orders", json=order_body(f"I-{n}"),
                                   timeout=60)  # fmt: skip
            assert response.status_code == 201, response.text

        def health(_n: int) -> None:
            http().get(server.url + "/v1/health", timeout=60).raise_for_status()

        rates = []
        for fn in (health, place):
            start = time.perf_counter()
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(fn, range(count)))
            rates.append(count / (time.perf_counter() - start))
        assert store.count("shop_orders") == count
        return rates[1], rates[0]
    finally:
        server.stop()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="small sizes, for CI")
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--intake", type=int, default=2000)
    parser.add_argument("--postgres", action="store_true", help="intake on PostgreSQL too")
    args = parser.parse_args()
    if args.smoke:
        args.orders, args.interval, args.intake = 2, 1.0, 50
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        waits, pass_s = latency(Path(folder) / "latency", args.orders, args.interval)
        print(f"workload: {args.orders} orders placed at random moments; till pulls orders"
              f" every {args.interval:g} s")  # fmt: skip
        print(f"order placed -> showing on the till: median {statistics.median(waits):.2f} s,"
              f" max {max(waits):.2f} s (baseline: the pull interval {args.interval:g} s;"
              f" one orders pass alone {pass_s * 1000:.0f} ms)")  # fmt: skip
        rate, floor = intake(Path(folder) / "intake", args.intake)
        print(f"workload: {args.intake} orders of 2 items, 4 client threads, SQLite district")
        print(f"order intake: {rate:.0f} orders/s (baseline: GET /v1/health {floor:.0f}/s)")
        if args.postgres:
            from pos.server.storage import pgtemp

            cluster, why = pgtemp.start()
            if cluster is None:
                print(f"PostgreSQL skipped: {why}")
            else:
                try:
                    rate, floor = intake(
                        Path(folder) / "pg", args.intake, db=cluster.new_database()
                    )
                    print(f"order intake, PostgreSQL district: {rate:.0f} orders/s (baseline: GET"
                          f" /v1/health {floor:.0f}/s)")  # fmt: skip
                finally:
                    cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
