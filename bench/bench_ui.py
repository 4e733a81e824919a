"""Counter app benchmark: scan-to-row-painted, search painted as you type, cold start to a
usable sale screen, and resident memory after many sales in one session.

    .venv/bin/python bench/bench_ui.py                 # 100,000 products, 1,000,000-line ledger, 1,000 sales
    .venv/bin/python bench/bench_ui.py --smoke         # CI: small sizes, same code paths
    .venv/bin/python bench/bench_ui.py --products 20000 --lines 200000 --sales 300

Targets (issue 4): scan median <= 16 ms, search keystroke median <= 50 ms, cold start
<= 1.5 s, RSS <= 250 MB after 1,000 sales. Every figure is printed beside a baseline measured
in the same run on a small outlet (1,000 products, empty ledger), so the ratio shows what the
big catalog and ledger cost on this machine. Runs offscreen (QT_QPA_PLATFORM=offscreen).

The 1,000,000-line ledger is written directly (sales, lines, payments in an earlier financial
year) by ``bulk_sales`` below until bench/bulk_ledger.py lands; the counter reads the
catalog and the newest receipts, and the bulk rows make those tables and indexes big.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import machine  # noqa: E402

from pos.products.barcodes import ean13_for  # noqa: E402

CATEGORIES = ("Masks", "Soap", "Sanitizer", "Pickles", "Spices", "Handloom", "Bamboo", "Honey",
              "Papad", "Incense", "Toys", "Jute bags")  # fmt: skip
WORDS = [("cotton", "सूती"), ("green", "हरा"), ("neem", "नीम"), ("mango", "आम"), ("lemon", "नींबू"),
         ("red", "लाल"), ("spicy", "मसालेदार"), ("small", "छोटा"), ("large", "बड़ा"),
         ("bamboo", "बाँस"), ("jute", "जूट"), ("pure", "शुद्ध"), ("wild", "जंगली"), ("rose", "गुलाब"),
         ("turmeric", "हल्दी"), ("mustard", "सरसों")]  # fmt: skip
PIN = "1357"


def product_rows(count: int) -> list[dict[str, str]]:
    rng = random.Random(7)
    rows = []
    for n in range(count):
        (a_en, a_hi), (b_en, b_hi) = rng.choice(WORDS), rng.choice(WORDS)
        category = CATEGORIES[n % len(CATEGORIES)]
        rows.append({
            "sku": f"P{n:06d}", "barcodes": ean13_for(n),
            "name_en": f"{a_en.title()} {b_en} {category.lower()} {n}",
            "name_hi": f"{a_hi} {b_hi} {n}", "category": category, "unit": "pc",
            "hsn": "6307" if n % 2 else "3401", "gst_rate": "5" if n % 2 else "18",
            "mrp": f"{rng.randint(5, 500)}.{rng.choice(['00', '50'])}", "shg_code": "SHG-A",
        })  # fmt: skip
    return rows


def make_outlet(data_dir: Path, products: int) -> None:
    from pos.outlet import users
    from pos.products import catalog
    from pos.records.ledger import create_ledger
    from pos.selling import shifts
    from pos.settings import resolve_settings

    settings = resolve_settings(data_dir)
    ledger = create_ledger(
        settings,
        code="B01",
        name_en="Bench Outlet",
        name_hi="बेंच केंद्र",
        doc_mode="tax_invoice",
        gstin="23AAALZ0423G1ZB",
        upi_vpa="bench@upi",
    )
    data = {"shgs": [{"code": "SHG-A", "name_en": "Bench SHG"}], "products": product_rows(products)}
    catalog.import_catalog(ledger, catalog.parse_catalog_json(json.dumps(data)))
    users.add_user(ledger, "Meena", "manager", "2468")
    cashier = users.add_user(ledger, "Ravi", "cashier", PIN)
    shifts.open_shift(ledger, cashier, 100_000)
    ledger.close()


def bulk_sales(ledger_path: Path, lines: int, products: int) -> None:
    """Sales of 4 lines each (and their payments) in FY 2324, straight into the tables."""
    rng = random.Random(11)
    conn = sqlite3.connect(ledger_path)
    conn.execute("PRAGMA synchronous = OFF")
    sale_rows, line_rows, pay_rows = [], [], []
    sales = lines // 4
    next_id = (conn.execute("SELECT coalesce(max(id), 0) FROM sales").fetchone()[0]) + 1
    for s in range(sales):
        sale_id = next_id + s
        gross = 0
        for line_no in range(1, 5):
            pid = rng.randint(1, products)
            price = rng.randint(500, 50_000)
            gross += price
            line_rows.append((sale_id, line_no, pid, f"P{pid - 1:06d}", "bulk", "", "Bulk", "6307",
                              1, price, price, price, 500, price - price // 21, price // 42,
                              price // 21 - price // 42))  # fmt: skip
        sale_rows.append((sale_id, f"bulk-{sale_id}", f"B01A-2324-{s + 1:06d}", "S", "2324", s + 1,
                          "sale", 1, 2, "tax_invoice", "2023-06-01T10:00:00.000000Z",
                          "2023-06-01", gross, gross, gross, sale_id))  # fmt: skip
        pay_rows.append((sale_id, "cash", gross, gross, 0))
        if len(sale_rows) >= 20_000 or s == sales - 1:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO sales (id, uuid, receipt_no, series, fy, receipt_seq, kind, shift_id,"
                " cashier_id, doc_mode, created_at, business_date, gross_paise, discount_paise,"
                " taxable_paise, cgst_paise, sgst_paise, round_off_paise, total_paise, event_seq)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,0,0,0,?,?)",
                sale_rows,
            )
            conn.executemany(
                "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_en, name_hi,"
                " category, hsn, qty, mrp_paise, unit_price_paise, gross_paise, rate_bp,"
                " taxable_paise, cgst_paise, sgst_paise) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                line_rows,
            )
            conn.executemany(
                "INSERT INTO payments (sale_id, method, amount_paise, tendered_paise, change_paise)"
                " VALUES (?,?,?,?,?)",
                pay_rows,
            )
            conn.execute("COMMIT")
            sale_rows, line_rows, pay_rows = [], [], []
    conn.close()


def prepare(data_dir: Path, products: int, lines: int) -> float:
    marker = data_dir / "bench-ready.json"
    if marker.exists() and json.loads(marker.read_text()) == {"products": products, "lines": lines}:
        return 0.0
    started = time.perf_counter()
    if data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    make_outlet(data_dir, products)
    if lines:
        from pos.settings import resolve_settings

        bulk_sales(resolve_settings(data_dir).ledger_path, lines, products)
    marker.write_text(json.dumps({"products": products, "lines": lines}))
    return time.perf_counter() - started


# ---------------------------------------------------------------- in the app


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_counter(data_dir: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from pos.settings import resolve_settings
    from pos.ui.shell.app import build_window

    app = QApplication.instance() or QApplication([])
    window, ops = build_window(resolve_settings(data_dir))
    window.resize(1366, 768)
    window.show()
    page = window.login_page
    page.choose("Ravi")
    page.pin.setText(PIN)
    page.submit()
    while window.stack.currentWidget() is not window.sale_page or ops.runner.pending:
        app.processEvents()
    window.sale_page.repaint()
    return app, window, ops


def wait_idle(app, ops) -> None:  # type: ignore[no-untyped-def]
    """What the running event loop does between customers: finish queued work and delete
    closed dialogs (processEvents alone never runs deferred deletes)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    while ops.runner.pending:
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def measure_scans(app, window, ops, products: int, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    page = window.sale_page
    times = []
    for n in range(count):
        code = ean13_for(rng.randrange(products))
        started = time.perf_counter()
        page.search.setText(code)
        page.enter()
        page.cart_view.viewport().repaint()  # the new row, painted
        times.append((time.perf_counter() - started) * 1000)
        if n % 10 == 9:
            wait_idle(app, ops)
            page.ops.drop_cart(page.cart_id)
            page.clear_cart()
            wait_idle(app, ops)
    return times


def measure_search(app, window, ops, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    page = window.sale_page
    times = []
    queries = [f"{rng.choice(WORDS)[0]} {rng.choice(WORDS)[0]}" for _ in range(count)]
    queries += [rng.choice(WORDS)[1] for _ in range(count // 2)]  # Hindi
    for query in queries:
        page.clear_search()
        for char in query:
            started = time.perf_counter()
            page.search.insert(char)
            page._search_timer.stop()
            page.run_search()
            page.results_view.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
    page.clear_search()
    return times


def ring_sales(app, window, ops, products: int, count: int) -> float:  # type: ignore[no-untyped-def]
    from pos.ui.counter.payment import PaymentDialog

    rng = random.Random(9)
    page = window.sale_page
    started = time.perf_counter()
    for _ in range(count):
        for _ in range(3):
            page.search.setText(ean13_for(rng.randrange(products)))
            page.enter()
        page.pay()
        dialog = window.dialog
        assert isinstance(dialog, PaymentDialog)
        dialog.exact()
        dialog.submit()
        app.processEvents()
        wait_idle(app, ops)
    return time.perf_counter() - started


def child_cold_start(data_dir: str) -> None:
    _app, _window, ops = open_counter(Path(data_dir))
    print("READY", flush=True)
    ops.close()


def cold_start(data_dir: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child-cold-start", str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
        )  # fmt: skip
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "READY":
                times.append(time.perf_counter() - started)
                break
        proc.wait(timeout=60)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)] if values else float("nan")


def run_one(
    label: str,
    data_dir: Path,
    products: int,
    lines: int,
    sales: int,
    scans: int,
    queries: int,
    starts: int,
) -> dict[str, float]:
    built = prepare(data_dir, products, lines)
    starts_s = cold_start(data_dir, starts)
    app, window, ops = open_counter(data_dir)
    rss_start = rss_mb()
    scan_ms = measure_scans(app, window, ops, products, scans)
    search_ms = measure_search(app, window, ops, queries)
    sales_s = ring_sales(app, window, ops, products, sales)
    rss_end = rss_mb()
    window.close()
    ops.close()
    figures = {
        "scan_median_ms": median(scan_ms), "scan_p95_ms": p95(scan_ms),
        "search_median_ms": median(search_ms), "search_p95_ms": p95(search_ms),
        "cold_start_median_s": median(starts_s), "rss_start_mb": rss_start,
        "rss_after_sales_mb": rss_end, "sales_per_s": sales / sales_s if sales_s else 0.0,
    }  # fmt: skip
    print(f"[{label}] {products:,} products, {lines:,} ledger lines, {sales:,} sales "
          f"({scans} scans, {len(search_ms)} keystrokes, {starts} cold starts; "
          f"generated in {built:.1f} s)")  # fmt: skip
    for key, value in figures.items():
        print(f"  {key:22s} {value:10.2f}")
    return figures


def run_child(
    label: str,
    data_dir: Path,
    products: int,
    lines: int,
    sales: int,
    scans: int,
    queries: int,
    starts: int,
) -> dict[str, float]:
    spec = {
        "label": label,
        "data_dir": str(data_dir),
        "products": products,
        "lines": lines,
        "sales": sales,
        "scans": scans,
        "queries": queries,
        "starts": starts,
    }
    proc = subprocess.run(
        [sys.executable, __file__, "--child-run", json.dumps(spec)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
        else:
            print(line)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--sales", type=int, default=1_000)
    parser.add_argument("--size", choices=("full", "smoke"), default="full")
    parser.add_argument("--smoke", action="store_true", help="small sizes for CI")
    parser.add_argument("--data-dir", help="where to build (and reuse) the bench outlet")
    parser.add_argument("--child-cold-start", help=argparse.SUPPRESS)
    parser.add_argument("--child-run", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_cold_start:
        child_cold_start(args.child_cold_start)
        return 0
    if args.child_run:  # one size in its own process, so its memory is its own
        spec = json.loads(args.child_run)
        spec["data_dir"] = Path(spec["data_dir"])
        print("RESULT " + json.dumps(run_one(**spec)), flush=True)
        return 0
    smoke = args.smoke or args.size == "smoke"
    if smoke:
        args.products, args.lines, args.sales = 2_000, 20_000, 30
    scans, queries, starts = (50, 10, 2) if smoke else (300, 40, 5)
    base = Path(args.data_dir or tempfile.gettempdir()) / "sarv-bench-ui"
    print(f"machine: {machine()}")
    baseline = run_child("baseline", base / "small-1000-0", 1_000, 0, min(args.sales, 100),
                         scans, queries, starts)  # fmt: skip
    big = run_child("workload", base / f"big-{args.products}-{args.lines}", args.products,
                    args.lines, args.sales, scans, queries, starts)  # fmt: skip
    targets = {"scan_median_ms": 16, "search_median_ms": 50, "cold_start_median_s": 1.5,
               "rss_after_sales_mb": 250}  # fmt: skip
    print("figure                   workload   baseline   ratio   target   ok")
    worst = 0
    for key, target in targets.items():
        ratio = big[key] / baseline[key] if baseline[key] else float("nan")
        ok = big[key] <= target
        worst += not ok
        print(f"{key:22s} {big[key]:10.2f} {baseline[key]:10.2f} {ratio:7.2f} {target:8} "
              f"{'yes' if ok else 'NO'}")  # fmt: skip
    return 0 if smoke or not worst else 1


if __name__ == "__main__":
    sys.exit(main())
