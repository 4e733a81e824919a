"""The year's HSN-wise GST summary reads the per-day totals that each sale line's insert keeps
(gst_hsn_day, migration 0011), and gives exactly the figures a straight pass over sale_lines
gives: sales less partial returns and voids, per HSN and rate, by the sale's local business
date (Asia/Kolkata), also on a ledger migrated from before the summary existed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils
from conftest import SMALL_CATALOG, make_outlet

from pos import clock
from pos.db import connection
from pos.products import catalog
from pos.records.ledger import Ledger, open_ledger
from pos.reporting import reports
from pos.selling import sales

# Sales less returns per HSN and rate over business dates, straight from the lines.
STRAIGHT = (
    "SELECT l.hsn, l.rate_bp,"
    " sum(CASE s.kind WHEN 'sale' THEN 1 ELSE -1 END * l.qty),"
    " sum(CASE s.kind WHEN 'sale' THEN 1 ELSE -1 END * l.gross_paise),"
    " sum(CASE s.kind WHEN 'sale' THEN 1 ELSE -1 END * l.taxable_paise),"
    " sum(CASE s.kind WHEN 'sale' THEN 1 ELSE -1 END * l.cgst_paise),"
    " sum(CASE s.kind WHEN 'sale' THEN 1 ELSE -1 END * l.sgst_paise)"
    " FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
    " WHERE s.business_date BETWEEN ? AND ? GROUP BY l.hsn, l.rate_bp ORDER BY l.hsn, l.rate_bp"
)
RECOMPUTED = (
    "SELECT s.business_date, l.hsn, l.rate_bp, s.kind, count(*), sum(l.qty), sum(l.gross_paise),"
    " sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)"
    " FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2, 3, 4"
)
HONEY = {
    "sku": "HONEY-250",
    "barcodes": "8900000000043",
    "name_en": "Forest honey 250 g",
    "name_hi": "जंगल शहद 250 ग्राम",
    "category": "Food",
    "category_hi": "खाद्य",
    "unit": "pc",
    "hsn": "0409",
    "gst_rate": "12",
    "mrp": "180",
    "shg_code": "SHG-LAX",
}


def unapply_0011(db: sqlite_utils.Database) -> None:
    """Back to the ledger as 0010 left it: the 0011 tables, triggers and indexes dropped."""
    with db.atomic():
        for kind, name in db.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index')"
            " AND (tbl_name IN ('gst_hsn_day', 'shg_stock_day') OR name IN"
            " ('sale_lines_gst_hsn_day', 'stock_moves_shg_stock_day',"
            "  'prices_shg_stock_day_insert', 'prices_shg_stock_day_update',"
            "  'prices_effective', 'lots_shg', 'sales_total'))"
        ).fetchall():
            db.execute(f"DROP {kind} IF EXISTS {name}")
        db.execute("DROP TABLE gst_hsn_day")
        db.execute("DROP TABLE shg_stock_day")
        db.execute("DELETE FROM _migrations WHERE name = '0011_day_summaries'")


def straight_lines(led: Ledger, start: str, end: str) -> list[reports.HsnLine]:
    rows = led.db.execute(STRAIGHT, [start, end]).fetchall()
    return [reports.HsnLine(*row) for row in rows]


def local_midnight(days_ahead: int) -> datetime:
    """Local midnight ``days_ahead`` days after today (the shift was opened now)."""
    today = clock.local(clock.now_utc()).date() + timedelta(days=days_ahead)
    return datetime(today.year, today.month, today.day, tzinfo=clock.LOCAL_TZ)


def ring_up_days(outlet) -> list[str]:  # type: ignore[no-untyped-def]
    """Sales on either side of three local midnights across four HSN codes at 5, 12 and 18 %,
    a partial return and a second partial return of one sale (another day), and a void.
    Returns the business dates touched, oldest first."""
    led, ravi, meena = outlet.ledger, outlet.cashier, outlet.manager
    with_honey = {**SMALL_CATALOG, "products": [*SMALL_CATALOG["products"], HONEY]}
    catalog.import_catalog(led, catalog.parse_catalog_json(json.dumps(with_honey)))
    first = local_midnight(2)
    days: list[str] = []

    def sell(at: datetime, *skus_qty: tuple[str, int]) -> str:
        days.append(clock.business_date(at))
        lines = [
            sales.price_line(catalog.find_item(led, sku, at), qty, doc_mode="tax_invoice")
            for sku, qty in skus_qty
        ]
        bill = sales.make_bill(lines)
        paid = [sales.Tender("upi", bill.total_paise)]
        return sales.complete_sale(led, lines, paid, ravi, moment=at).receipt_no

    a = sell(first - timedelta(minutes=1), ("MSK-GRN", 7), ("SOAP-NEEM", 3), ("HONEY-250", 1))
    b = sell(first + timedelta(minutes=1), ("SAN-100", 2), ("MSK-GRN", 1), ("HONEY-250", 2))
    c = sell(first + timedelta(hours=9), ("SOAP-NEEM", 5), ("SAN-100", 1))
    second = first + timedelta(days=1)
    sales.return_sale(
        led, a, [sales.ReturnLine(1, 2), sales.ReturnLine(3, 1)], cashier=ravi, approver=meena,
        refund_method="upi", moment=second - timedelta(seconds=30),
    )  # fmt: skip
    sales.void_sale(
        led, c, cashier=ravi, approver=meena, reason="wrong bill", refund_method="upi",
        moment=second + timedelta(seconds=30),
    )  # fmt: skip
    sell(second + timedelta(hours=2), ("HONEY-250", 3), ("MSK-GRN", 4))
    third = second + timedelta(days=1)
    sales.return_sale(
        led, a, [sales.ReturnLine(1, 3)], cashier=ravi, approver=meena, refund_method="upi",
        moment=third + timedelta(minutes=5),
    )  # fmt: skip
    sales.return_sale(
        led, b, [sales.ReturnLine(1, 1)], cashier=ravi, approver=meena, refund_method="upi",
        moment=third + timedelta(minutes=6),
    )  # fmt: skip
    sell(third + timedelta(hours=23, minutes=59), ("SOAP-NEEM", 1), ("SAN-100", 1))
    return sorted(set(days) | {clock.business_date(third + timedelta(minutes=5))})


def periods(days: list[str]) -> list[tuple[str, str]]:
    """Every single day, every run of days, and a year around them all."""
    out = [(x, y) for i, x in enumerate(days) for y in days[i:]]
    return [*out, ((datetime.fromisoformat(days[0]) - timedelta(days=300)).date().isoformat(),
                   days[-1])]  # fmt: skip


def test_the_gst_summary_from_the_day_totals_equals_a_pass_over_the_sale_lines(outlet) -> None:  # type: ignore[no-untyped-def]
    days = ring_up_days(outlet)
    led = outlet.ledger
    assert len(days) == 4  # the sales straddle three local midnights
    for start, end in periods(days):
        summary = reports.gst_summary(led, start, end)
        assert list(summary.lines) == straight_lines(led, start, end), (start, end)
        assert summary.taxable_paise == sum(line.taxable_paise for line in summary.lines)
    year = reports.gst_summary(led, *periods(days)[-1])
    assert {(line.hsn, line.rate_bp) for line in year.lines} == {
        ("0409", 1200), ("3401", 1800), ("3808", 1800), ("6307", 500),
    }  # fmt: skip
    # The void cancels sale c on its own day's totals but counts on the next day: a day's
    # summary reads only that local day.
    first_day = reports.gst_summary(led, days[0], days[0])
    assert [(line.hsn, line.qty) for line in first_day.lines] == [
        ("0409", 1), ("3401", 3), ("6307", 7),
    ]  # fmt: skip


def test_the_day_totals_equal_a_recomputation_after_sales_returns_and_voids(outlet) -> None:  # type: ignore[no-untyped-def]
    ring_up_days(outlet)
    db = outlet.ledger.db
    stored = sorted(db.execute("SELECT * FROM gst_hsn_day").fetchall())
    assert stored == sorted(db.execute(RECOMPUTED).fetchall())
    assert {row[3] for row in stored} == {"sale", "return"}


def test_migrating_a_ledger_from_before_the_day_totals_fills_them_from_its_lines(
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "outlet")
    days = ring_up_days(outlet)
    expected = {p: straight_lines(outlet.ledger, *p) for p in periods(days)}
    db = outlet.ledger.db
    unapply_0011(db)
    outlet.ledger.close()
    with open_ledger(outlet.settings) as led:
        assert "0011_day_summaries" in connection.applied_migrations(led.db)
        stored = sorted(led.db.execute("SELECT * FROM gst_hsn_day").fetchall())
        assert len(stored) > 10
        assert stored == sorted(led.db.execute(RECOMPUTED).fetchall())
        for (start, end), lines in expected.items():
            assert list(reports.gst_summary(led, start, end).lines) == lines
