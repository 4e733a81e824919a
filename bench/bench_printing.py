"""Benchmark: build + render a bilingual 80 mm receipt to ESC/POS bytes, and a multi-page
Z report PDF. Baselines in the same run: the same receipt in English only (no Qt raster
lines) and the same PDF with English-only text (no Devanagari shaping).

    .venv/bin/python bench/bench_printing.py            # 30 receipt lines, 10+ page PDF
    .venv/bin/python bench/bench_printing.py --size 60  # 60 lines, a longer PDF
    .venv/bin/python bench/bench_printing.py --smoke    # a quick run for CI
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pos.amounts.money import split_gst
from pos.printing.documents import report_docs, samples
from pos.printing.documents.receipt import ReceiptOptions, build_receipt
from pos.printing.render.escpos_render import PaperSpec, render_escpos
from pos.printing.render.pdf import render_pdf
from pos.printing.render.raster import ensure_qt
from pos.records.ledger import Outlet
from pos.selling.sales import Payment, SaleRecord


def sale(lines: int, hindi: bool) -> SaleRecord:
    rows = []
    for n in range(lines):
        sku, name_en, name_hi = samples.PRODUCTS[n % len(samples.PRODUCTS)]
        gross = (n % 5 + 1) * 4_950
        rate = 500 if n % 2 else 1800
        tax = split_gst(gross, rate)
        rows.append({
            "sku": sku, "name_en": f"{name_en} {n}", "name_hi": name_hi if hindi else "",
            "hsn": "6307", "qty": n % 5 + 1, "unit_price_paise": 4_950, "mrp_paise": 4_950,
            "discount_paise": 0, "gross_paise": gross, "rate_bp": rate,
            "taxable_paise": tax.taxable, "cgst_paise": tax.cgst, "sgst_paise": tax.sgst,
        })  # fmt: skip
    gross = sum(r["gross_paise"] for r in rows)
    total = (gross + 50) // 100 * 100
    return SaleRecord(
        id=1, uuid="u", receipt_no="G01A-2526-000123", kind="sale", is_void=False,
        original_receipt_no=None, shift_id=1, cashier_id=1, approver_id=None, reason=None,
        doc_mode="tax_invoice", created_at="2026-11-25T05:30:00.000000Z",
        business_date="2026-11-25", gross_paise=gross, discount_paise=0,
        taxable_paise=sum(r["taxable_paise"] for r in rows),
        cgst_paise=sum(r["cgst_paise"] for r in rows),
        sgst_paise=sum(r["sgst_paise"] for r in rows), round_off_paise=total - gross,
        total_paise=total, lines=tuple(rows),
        payments=(Payment("upi", total, total, 0, "412345678901"),), event_seq=1,
    )  # fmt: skip


def outlet(hindi: bool) -> Outlet:
    return Outlet(
        code="G01", name_en=samples.OUTLET_EN, name_hi=samples.OUTLET_HI if hindi else "",
        address_en="Station Road, Gwalior", address_hi="स्टेशन रोड, ग्वालियर" if hindi else "",
        gstin="23AAALZ0423G1ZB", doc_mode="tax_invoice", upi_vpa="sarvgwalior@upi",
        phone="0751-2440000", footer_en="Thank you", footer_hi="धन्यवाद" if hindi else "",
    )  # fmt: skip


def time_receipt(lines: int, hindi: bool, repeats: int) -> tuple[float, int]:
    record, shop = sale(lines, hindi), outlet(hindi)
    options = ReceiptOptions(upi_qr="upi" if hindi else "never")
    times = []
    size = 0
    for _ in range(repeats):
        start = time.perf_counter()
        payload = render_escpos(build_receipt(shop, record, "Ravi", options), PaperSpec(576))
        times.append(time.perf_counter() - start)
        size = len(payload)
    return statistics.median(times) * 1000, size


def english_only(figures: dict) -> dict:  # type: ignore[type-arg]
    for key in ("outlet_hi",):
        figures[key] = ""
    for group in ("categories", "shgs"):
        for row in figures.get(group, []):
            row["name_hi"] = ""
    return figures


def time_pdf(shgs: int, hindi: bool, repeats: int) -> tuple[float, int]:
    figures = samples.z_report_figures(categories=shgs // 2, shgs=shgs)
    if not hindi:
        figures = english_only(figures)
    document = report_docs.shift_report(figures)
    times = []
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(repeats):
            path = Path(tmp) / f"z{n}.pdf"
            start = time.perf_counter()
            render_pdf(document, path)
            times.append(time.perf_counter() - start)
            pages = path.read_bytes().count(b"/Type /Page\n") or path.read_bytes().count(
                b"/Type /Page"
            ) - path.read_bytes().count(b"/Type /Pages")
    return statistics.median(times), pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=30, help="receipt lines (default 30)")
    parser.add_argument("--smoke", action="store_true", help="few repeats, for CI")
    args = parser.parse_args()
    repeats = 5 if args.smoke else 41
    pdf_repeats = 2 if args.smoke else 5
    ensure_qt()
    time_receipt(3, True, 3)  # warm up Qt's font cache and python-escpos's import
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")  # fmt: skip
    hi_ms, hi_bytes = time_receipt(args.size, True, repeats)
    en_ms, en_bytes = time_receipt(args.size, False, repeats)
    print(f"receipt, {args.size} lines, 80 mm, bilingual: median {hi_ms:.1f} ms "
          f"({hi_bytes} bytes) [target <= 30 ms]")  # fmt: skip
    print(f"  baseline, same receipt English only (printer text): median {en_ms:.1f} ms "
          f"({en_bytes} bytes); bilingual costs {hi_ms / en_ms:.1f}x")  # fmt: skip
    shgs = max(4, args.size * 8)
    render_pdf(report_docs.shift_report(samples.z_report_figures(2, 2)),
               Path(tempfile.gettempdir()) / "sarv-bench-warm.pdf")  # fmt: skip
    hi_s, hi_pages = time_pdf(shgs, True, pdf_repeats)
    en_s, en_pages = time_pdf(shgs, False, pdf_repeats)
    print(f"Z report PDF, {shgs} SHGs + {shgs // 2} categories, {hi_pages} pages, bilingual: "
          f"median {hi_s:.3f} s [target <= 1 s for 10 pages]")  # fmt: skip
    print(f"  baseline, same PDF English only: {en_pages} pages, median {en_s:.3f} s; "
          f"bilingual costs {hi_s / en_s:.1f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
