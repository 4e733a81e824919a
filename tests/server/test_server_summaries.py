"""The summaries kept at ingest agree with the sales the district stores, on SQLite and
PostgreSQL, through repeats, returns and a rebuild."""

from __future__ import annotations

from pathlib import Path

from pos import sales, stock
from pos.server import reports, summaries
from pos.sync import service
from tests.server.test_server_api import _post, _sell, _wire
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def _figures(store) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    first, last = "2000-01-01", "2100-01-01"
    shg = [(f.shg_code, f.lots, f.lot_qty, f.sold_qty - f.returned_qty, f.sales_paise)
           for f in summaries.shg_figures(store, first, last)]  # fmt: skip
    return summaries.sales_by_day(store, first, last), shg


def test_summaries_kept_at_ingest_match_the_stored_sales_and_a_rebuild(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    district.publish_small_catalog()
    one = fresh_outlet(tmp_path / "one", district)
    stock.receive_lot(one.ledger, "SHG-LAX", "MSK-GRN", 40, user=one.manager)
    stock.receive_lot(one.ledger, "SHG-DUR", "SOAP-NEEM", 10, user=one.manager)
    first = _sell(one, qty=3)
    _sell(one, "SOAP-NEEM", qty=2)
    sales.return_sale(one.ledger, first.receipt_no, None, cashier=one.cashier,
                      approver=one.manager)  # fmt: skip
    service.sync_once(one.ledger)
    assert _post(district, one, _wire(one)).ok  # the whole history again: all duplicates
    kept = _figures(district.store)
    by_day, by_shg = kept
    assert all(row["other_paise"] == 0 for row in by_day)  # cash only here
    known = [{k: v for k, v in row.items() if k != "other_paise"} for row in by_day]
    assert known == reports.sales_report(district.store, "2000-01-01", "2100-01-01")
    raw = reports.shg_report(district.store, "2000-01-01", "2100-01-01")
    assert by_shg == [(r["shg_code"], r["lots"], r["lot_qty"], r["sold_qty"], r["sales_paise"])
                      for r in raw]  # fmt: skip
    assert by_day[0]["bills"] == 2 and by_day[0]["returns"] == 1
    assert by_day[0]["net_paise"] == 7100 and by_day[0]["cash_paise"] == 7100
    tax = summaries.tax_summary(district.store, "G01", "2000-01-01", "2100-01-01")
    assert [(r.hsn, r.rate_bp, r.qty, r.gross_paise) for r in tax] == [
        ("3401", 1800, 2, 7100),
        ("6307", 500, 0, 0),
    ]
    whole = summaries.shg_figures(district.store, "2000-01-01", "2099-12-31")  # monthly table
    assert whole == summaries.shg_figures(district.store, "2000-01-01", "2100-01-01")
    summaries.rebuild(district.store)
    assert _figures(district.store) == kept
    one.ledger.close()
