"""Product search over a large catalog: English/Hindi name prefix and substring, SKU, barcode.

Targets (issue 2): median at most 5 ms and p99 at most 20 ms over 100,000 products. The
baseline in the same run is a bare `LIKE '%...%'` scan over the same table (what the index
replaces). Also reports how long importing the catalog took.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from catalog_gen import big_catalog, ean13
from common import machine, ms, percentile

from pos.products import catalog
from pos.records.ledger import create_ledger
from pos.settings import resolve_settings

QUERIES = ["mask", "sanit", "neem", "green", "हरा", "साबुन", "मास्क", "शहद", "co", "हैं",
           "batch 42", "jute bag blue", "ल", "P00", "phenyl white"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--smoke", action="store_true", help="CI size (5,000 products)")
    args = parser.parse_args()
    n = 5_000 if args.smoke else args.products
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = create_ledger(resolve_settings(Path(tmp)), code="B01", name_en="Bench")
        start = time.perf_counter()
        catalog.import_catalog(ledger, big_catalog(n))
        import_s = time.perf_counter() - start
        work = []
        for i in range(args.queries):
            kind = i % 4
            if kind == 0:
                work.append(rng.choice(QUERIES))
            elif kind == 1:
                work.append(f"P{rng.randrange(n):06d}")
            elif kind == 2:
                work.append(ean13(rng.randrange(n)))
            else:
                word = rng.choice(QUERIES)
                work.append(word[: max(1, len(word) - 1)])
        found = 0
        samples = []
        for text in work:
            start = time.perf_counter()
            found += len(catalog.search(ledger, text, limit=30))
            samples.append(time.perf_counter() - start)
        baseline = []
        for text in work[:60]:
            start = time.perf_counter()
            ledger.db.execute(
                "SELECT id FROM products WHERE name_en LIKE ? OR name_hi LIKE ? OR sku LIKE ?"
                " LIMIT 30",
                [f"%{text}%"] * 3,
            ).fetchall()
            ledger.db.execute(
                "SELECT count(*) FROM products WHERE name_en LIKE ?", [f"%{text}%"]
            ).fetchall()
            baseline.append(time.perf_counter() - start)
        ledger.close()
    result = {
        "workload": f"{n} products, {len(work)} mixed queries (names en/hi, prefixes, SKUs, barcodes)",
        "machine": machine(),
        "search_median": ms(statistics.median(samples)),
        "search_p99": ms(percentile(samples, 99)),
        "like_scan_median": ms(statistics.median(baseline)),
        "import_seconds": round(import_s, 1),
        "results_found": found,
    }
    print("bench_search:", json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
