"""The summaries kept at ingest agree with the sales the district stores, on SQLite and
PostgreSQL, through repeats, returns and a rebuild."""

from __future__ import annotations

from pathlib import Path

from pos.inventory import stock
from pos.selling import sales
from pos.server.storage import reports, summaries
from pos.sync import service
from tests.server.test_server_api import _post, _sell, _wire
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def _figures(store) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    first, last = "2000-01-01", "2100-01-01"
    shg = [(f.shg_code, f.lots, f.lot_qty.get("pc"), f.sold_qty.get("pc") - f.returned_qty.get("pc"),
            f.sales_paise) for f in summaries.shg_figures(store, first, last)]  # fmt: skip
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
    assert by_shg == [(r["shg_code"], r["lots"], r["lot_pcs"], r["sold_pcs"], r["sales_paise"])
                      for r in raw]  # fmt: skip
    assert by_day[0]["bills"] == 2 and by_day[0]["returns"] == 1
    assert by_day[0]["net_paise"] == 7100 and by_day[0]["cash_paise"] == 7100
    tax = summaries.tax_summary(district.store, "G01", "2000-01-01", "2100-01-01")
    assert [(r.hsn, r.rate_bp, r.uqc, r.qty, r.gross_paise) for r in tax] == [
        ("3401", 1800, "PCS", 2, 7100),
        ("6307", 500, "PCS", 0, 0),
    ]
    whole = summaries.shg_figures(district.store, "2000-01-01", "2099-12-31")  # monthly table
    assert whole == summaries.shg_figures(district.store, "2000-01-01", "2100-01-01")
    summaries.rebuild(district.store)
    assert _figures(district.store) == kept
    one.ledger.close()


def test_the_today_pages_sums_per_outlet_and_per_day_agree_with_the_day_rows(
    server_db: str,  # noqa: F811
) -> None:
    from pos.server.storage import schema as t
    from pos.server.storage.store import Store

    store = Store(server_db)
    store.initialise("Gaya")
    days = ("2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03")
    rows = [
        {"outlet_code": o, "business_date": d, "bills": n + 2, "returns": n % 2,
         "net_paise": 1000 * n - 300, "gst_paise": 50 * n, "cash_paise": 700 * n,
         "upi_paise": 300 * n - 300, "card_paise": n, "other_paise": 0 if n % 3 else -n}
        for n, (o, d) in enumerate((o, d) for o in ("G01", "G02", "G10") for d in days)
    ]  # fmt: skip
    with store.tx() as conn:
        conn.execute(t.summary_sales.insert(), rows)
    first, last = "2026-11-01", "2026-11-03"
    by_day = summaries.sales_by_day(store, first, last)
    for key in ("outlet", "business_date"):
        expected: dict[str, dict[str, object]] = {}
        for row in by_day:
            total = expected.setdefault(row[key], {key: row[key]})
            for column in summaries.SALES_COLUMNS:
                total[column] = int(total.get(column, 0)) + row[column]  # type: ignore[call-overload]
        assert summaries.sales_totals(store, first, last, by=key) == [
            expected[k] for k in sorted(expected)
        ]
    assert [r["outlet"] for r in summaries.sales_totals(store, "2026-11-03", "2026-11-03")] == [
        "G01", "G02", "G10"
    ]  # fmt: skip
    store.close()
