"""SHG settlement: a month computed by hand for two SHGs, payouts, and periods that are settled."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime

import pytest
from conftest import SMALL_CATALOG

from pos.clock import LOCAL_TZ
from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.db.records import verify_q
from pos.errors import ApprovalRequired, InvalidInput, NotAllowed
from pos.inventory import stock
from pos.products import catalog
from pos.reporting import settlement
from pos.selling import sales, shifts

KEYS = [
    "received_qty",
    "received_paise",
    "sold_qty",
    "gross_sales_paise",
    "customer_returns_qty",
    "customer_returns_paise",
    "net_sales_paise",
    "returned_to_shg_qty",
    "returned_to_shg_paise",
    "damaged_qty",
    "damaged_paise",
    "adjusted_qty",
    "on_hand_qty",
    "on_hand_paise",
    "sold_beyond_stock_qty",
    "commission_paise",
    "net_payable_paise",
    "paid_paise",
    "balance_paise",
    "settled",
]


def day(month: int, d: int, hour: int = 12) -> datetime:
    return datetime(2030, month, d, hour, tzinfo=LOCAL_TZ)


def pick(s: settlement.ShgSettlement) -> dict[str, object]:
    return {k: getattr(s, k) for k in KEYS}


# April 2030, commission 10 % of net sales at MRP (mask ₹10, soap ₹35.50, sanitizer ₹49):
# Laxmi: its lot of 10 masks came in March; all 10 sold on 5 April: 100.00, commission 10.00.
# Durga: received 10 masks and 6 soaps (100 + 213 = 313.00 at MRP); sold 2 masks, 2 soaps and
#   1 sanitizer beyond stock (20 + 71 + 49 = 140.00), 1 soap returned by a customer (35.50):
#   net 104.50, commission 10.45, payable 94.05. 1 mask damaged (10.00), 1 soap back to the
#   SHG (35.50). On hand at 30 April: 7 masks + 4 soaps = 70 + 142 = 212.00 (a mask sold on
#   1 May is not subtracted).
LAX = {
    "received_qty": 0,
    "received_paise": 0,
    "sold_qty": 10,
    "gross_sales_paise": 10000,
    "customer_returns_qty": 0,
    "customer_returns_paise": 0,
    "net_sales_paise": 10000,
    "returned_to_shg_qty": 0,
    "returned_to_shg_paise": 0,
    "damaged_qty": 0,
    "damaged_paise": 0,
    "adjusted_qty": 0,
    "on_hand_qty": 0,
    "on_hand_paise": 0,
    "sold_beyond_stock_qty": 0,
    "commission_paise": 1000,
    "net_payable_paise": 9000,
    "paid_paise": 0,
    "balance_paise": 9000,
    "settled": False,
}
DUR = {
    "received_qty": 16,
    "received_paise": 31300,
    "sold_qty": 5,
    "gross_sales_paise": 14000,
    "customer_returns_qty": 1,
    "customer_returns_paise": 3550,
    "net_sales_paise": 10450,
    "returned_to_shg_qty": 1,
    "returned_to_shg_paise": 3550,
    "damaged_qty": 1,
    "damaged_paise": 1000,
    "adjusted_qty": 0,
    "on_hand_qty": 11,
    "on_hand_paise": 21200,
    "sold_beyond_stock_qty": 1,
    "commission_paise": 1045,
    "net_payable_paise": 9405,
    "paid_paise": 0,
    "balance_paise": 9405,
    "settled": False,
}


@pytest.fixture
def april(outlet):  # type: ignore[no-untyped-def]
    led, ravi, meena = outlet.ledger, outlet.cashier, outlet.manager

    def item(sku: str):  # type: ignore[no-untyped-def]
        return catalog.find_item(led, sku, day(4, 1))

    l1 = stock.receive_lot(
        led, "SHG-LAX", "MSK-GRN", 10, user=meena, shg_price_paise=800, moment=day(3, 31)
    )
    l2 = stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 10, user=meena, moment=day(4, 2))
    l3 = stock.receive_lot(led, "SHG-DUR", "SOAP-NEEM", 6, user=meena, moment=day(4, 2, 13))
    sale = sales.complete_sale(
        led,
        [
            sales.price_line(item("MSK-GRN"), 12, doc_mode="tax_invoice"),
            sales.price_line(item("SOAP-NEEM"), 2, doc_mode="tax_invoice"),
        ],
        [sales.Tender("cash", 20000)],
        ravi,
        moment=day(4, 5),
    )
    sales.return_sale(
        led,
        sale.receipt_no,
        [sales.ReturnLine(2, 1)],
        cashier=ravi,
        approver=meena,
        moment=day(4, 10),
    )
    stock.write_off(led, l2.id, "damage", 1, "torn", user=meena, moment=day(4, 10, 13))
    stock.return_to_shg(led, l3.id, 1, "wrong scent", user=meena, moment=day(4, 10, 14))
    sales.complete_sale(
        led,
        [sales.price_line(item("SAN-100"), 1, doc_mode="tax_invoice")],
        [sales.Tender("upi", 4900)],
        ravi,
        moment=day(4, 20),
    )
    sales.complete_sale(
        led,
        [sales.price_line(item("MSK-GRN"), 1, doc_mode="tax_invoice")],
        [sales.Tender("cash", 1000)],
        ravi,
        moment=day(5, 1),
    )
    return outlet, sale, (l1, l2, l3)


def test_a_month_for_two_shgs_matches_the_figures_computed_by_hand(april) -> None:  # type: ignore[no-untyped-def]
    outlet, _, _ = april
    rows = {
        s.shg_code: s for s in settlement.shg_statement(outlet.ledger, "2030-04-01", "2030-04-30")
    }
    assert set(rows) == {"SHG-LAX", "SHG-DUR"}
    assert pick(rows["SHG-LAX"]) == LAX
    assert pick(rows["SHG-DUR"]) == DUR


def test_the_margin_commission_pays_the_shg_its_agreed_price(april) -> None:  # type: ignore[no-untyped-def]
    outlet, _, _ = april
    with transaction(outlet.ledger.db):
        outlet_q.put_setting(outlet.ledger.db, "commission", "margin")
    lax = settlement.shg_statement(outlet.ledger, "2030-04-01", "2030-04-30", shg_code="SHG-LAX")[0]
    # 10 masks at MRP 10.00 from a lot agreed at 8.00: the centre keeps 2.00 a mask.
    assert (lax.commission_paise, lax.net_payable_paise) == (2000, 8000)


def test_paying_a_month_twice_is_refused_and_its_figures_stay_as_paid(april) -> None:  # type: ignore[no-untyped-def]
    outlet, sale, _ = april
    led, meena, ravi = outlet.ledger, outlet.manager, outlet.cashier
    paid = settlement.pay_settlement(
        led,
        "SHG-LAX",
        "2030-04-01",
        "2030-04-30",
        9000,
        "bank",
        "UTR-LAX-APR",
        "2030-05-02",
        user=meena,
        moment=day(5, 2),
    )
    assert (paid.settled, paid.paid_paise, paid.balance_paise) == (True, 9000, 0)
    with pytest.raises(NotAllowed, match="already paid"):
        settlement.pay_settlement(
            led,
            "SHG-LAX",
            "2030-04-01",
            "2030-04-30",
            9000,
            "bank",
            "UTR-AGAIN",
            "2030-05-02",
            user=meena,
            moment=day(5, 2, 13),
        )
    with pytest.raises(NotAllowed, match="already paid"):  # an overlapping period too
        settlement.pay_settlement(
            led,
            "SHG-LAX",
            "2030-04-15",
            "2030-05-01",
            100,
            "bank",
            "UTR-X",
            "2030-05-02",
            user=meena,
            moment=day(5, 2, 13),
        )
    with pytest.raises(InvalidInput, match=r"owed ₹94\.05"):
        settlement.pay_settlement(
            led,
            "SHG-DUR",
            "2030-04-01",
            "2030-04-30",
            9400,
            "upi",
            "UTR-DUR",
            "2030-05-02",
            user=meena,
            moment=day(5, 2, 14),
        )
    with pytest.raises(ApprovalRequired):
        settlement.pay_settlement(
            led,
            "SHG-DUR",
            "2030-04-01",
            "2030-04-30",
            9405,
            "upi",
            "UTR-DUR",
            "2030-05-02",
            user=ravi,
            moment=day(5, 2, 14),
        )
    settlement.pay_settlement(
        led,
        "SHG-DUR",
        "2030-04-01",
        "2030-04-30",
        9405,
        "upi",
        "UTR-DUR",
        "2030-05-02",
        user=meena,
        moment=day(5, 2, 14),
    )
    assert led.db.execute("SELECT count(*) FROM settlements").fetchone()[0] == 2
    kinds = [r[0] for r in led.db.execute("SELECT kind FROM events WHERE kind = 'settlement_paid'")]
    assert kinds == ["settlement_paid", "settlement_paid"]

    # A late customer return of April's masks: 3 back, the last allocated first (2 into
    # Durga's lot, 1 into Laxmi's). April stays as paid; the return lands in May.
    sales.return_sale(
        led,
        sale.receipt_no,
        [sales.ReturnLine(1, 3)],
        cashier=ravi,
        approver=meena,
        moment=day(5, 3),
    )
    april_rows = {s.shg_code: s for s in settlement.shg_statement(led, "2030-04-01", "2030-04-30")}
    assert pick(april_rows["SHG-LAX"]) == LAX | {
        "settled": True,
        "paid_paise": 9000,
        "balance_paise": 0,
    }
    assert pick(april_rows["SHG-DUR"]) == DUR | {
        "settled": True,
        "paid_paise": 9405,
        "balance_paise": 0,
    }
    assert april_rows["SHG-LAX"].payment_reference == "UTR-LAX-APR"
    may = {s.shg_code: s for s in settlement.shg_statement(led, "2030-05-01", "2030-05-31")}
    assert (may["SHG-LAX"].customer_returns_qty, may["SHG-LAX"].net_sales_paise) == (1, -1000)
    assert (may["SHG-DUR"].sold_qty, may["SHG-DUR"].customer_returns_qty) == (1, 2)


def test_a_statement_shows_payouts_of_overlapping_periods(april) -> None:  # type: ignore[no-untyped-def]
    outlet, _, _ = april
    settlement.pay_settlement(
        outlet.ledger,
        "SHG-LAX",
        "2030-04-01",
        "2030-04-15",
        9000,
        "cash",
        "V-17",
        "2030-05-02",
        user=outlet.manager,
        moment=day(5, 2),
    )
    lax = settlement.shg_statement(outlet.ledger, "2030-04-01", "2030-04-30", shg_code="SHG-LAX")[0]
    assert (lax.settled, lax.paid_paise, lax.balance_paise) == (False, 9000, 0)
    assert asdict(lax)["period_to"] == "2030-04-30"


def test_a_bad_commission_setting_is_named(outlet) -> None:  # type: ignore[no-untyped-def]
    with transaction(outlet.ledger.db):
        outlet_q.put_setting(outlet.ledger.db, "commission", "10%")
    with pytest.raises(InvalidInput, match="pct:1000"):
        settlement.shg_statement(outlet.ledger, "2030-04-01", "2030-04-30")


def test_sales_beyond_stock_go_to_the_default_shg_and_are_flagged(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    item = catalog.find_item(led, "SOAP-NEEM")
    sales.complete_sale(
        led,
        [sales.price_line(item, 2, doc_mode="tax_invoice")],
        [sales.Tender("cash", 7100)],
        outlet.cashier,
    )
    assert shifts.current_shift(led) is not None
    dur = settlement.shg_statement(led, "2020-01-01", "2099-12-31", shg_code="SHG-DUR")[0]
    assert (dur.sold_qty, dur.sold_beyond_stock_qty, dur.gross_sales_paise) == (2, 2, 7100)
    level = {lv.sku: lv for lv in stock.stock_levels(led)}["SOAP-NEEM"]
    assert (level.on_hand, level.sold_beyond_stock) == (0, 2)


def reference_stock_figures(led, start: str, end: str) -> dict[str, tuple[int, ...]]:  # type: ignore[no-untyped-def]
    """Per SHG code, straight from the lots and the moves (the computation before the per-day
    stock summary): (on hand qty, on hand, received, returned to the SHG, damaged) in paise at
    the MRP in force at the end of ``end``."""
    db = led.db
    at = end + "T23:59"
    mrp = dict(db.execute(
        "SELECT product_id, mrp_paise FROM (SELECT product_id, mrp_paise, row_number() OVER"
        " (PARTITION BY product_id ORDER BY effective_from DESC) AS rn FROM prices"
        " WHERE effective_from <= ?) WHERE rn = 1", [at]).fetchall())  # fmt: skip
    held: dict[tuple[int, int], int] = {}
    for shg_id, product_id, qty in db.execute(
        "SELECT l.shg_id, b.product_id, b.on_hand FROM lot_balance b JOIN lots l ON l.id = b.lot_id"
    ).fetchall():
        held[(shg_id, product_id)] = held.get((shg_id, product_id), 0) + qty
    for shg_id, product_id, qty in db.execute(
        "SELECT shg_id, product_id, qty FROM stock_moves WHERE lot_id IS NOT NULL"
        " AND business_date > ?", [end]).fetchall():  # fmt: skip
        held[(shg_id, product_id)] -= qty
    codes = dict(db.execute("SELECT id, code FROM shg").fetchall())
    out = {code: [0, 0, 0, 0, 0] for code in codes.values()}
    for (shg_id, product_id), qty in held.items():
        out[codes[shg_id]][0] += qty
        out[codes[shg_id]][1] += qty * mrp.get(product_id, 0)
    for shg_id, kind, product_id, qty in db.execute(
        "SELECT shg_id, kind, product_id, qty FROM stock_moves WHERE lot_id IS NOT NULL"
        " AND business_date BETWEEN ? AND ?", [start, end]).fetchall():  # fmt: skip
        column = {"intake": 2, "return_to_shg": 3, "damage": 4, "expiry": 4}.get(kind)
        if column:
            out[codes[shg_id]][column] += abs(qty) * mrp.get(product_id, 0)
    return {code: tuple(v) for code, v in out.items()}


def test_stock_is_valued_at_the_mrp_in_force_at_the_end_through_price_changes(april) -> None:  # type: ignore[no-untyped-def]
    outlet, _, _ = april
    led, meena = outlet.ledger, outlet.manager
    products = {p["sku"]: p for p in SMALL_CATALOG["products"]}

    def price(sku: str, mrp: str, effective: str, moment: datetime) -> None:
        row = {**products[sku], "mrp": mrp, "effective_from": effective}
        text = json.dumps({"products": [row]})
        catalog.import_catalog(led, catalog.parse_catalog_json(text), moment=moment)

    price("MSK-GRN", "12", "2030-04-15T00:00", day(5, 2))  # in April: April's end MRP
    price("SOAP-NEEM", "40", "2030-05-10T09:00", day(5, 2, 13))  # after April, future then
    price("SAN-100", "45", "2026-01-01T00:00", day(5, 2, 14))  # backdated: not the latest
    price("MSK-GRN", "11", "2030-04-15T00:00", day(5, 3))  # the same row corrected
    stock.receive_lot(led, "SHG-DUR", "SOAP-NEEM", 3, user=meena, moment=day(5, 11))
    assert verify_q.summary_mismatches(led.db) == []
    for start, end in [("2030-04-01", "2030-04-30"), ("2030-05-01", "2030-05-31"),
                       ("2030-03-01", "2030-05-09"), ("2030-05-10", "2030-05-10")]:  # fmt: skip
        rows = {s.shg_code: s for s in settlement.shg_statement(led, start, end)}
        reference = reference_stock_figures(led, start, end)
        for code, s in rows.items():
            mine = (s.on_hand_qty, s.on_hand_paise, s.received_paise, s.returned_to_shg_paise,
                    s.damaged_paise)  # fmt: skip
            assert mine == reference[code], (start, end, code)
    dur = settlement.shg_statement(led, "2030-04-01", "2030-04-30", shg_code="SHG-DUR")[0]
    # At 30 April a mask's MRP is 11.00 (corrected from 12.00), a soap's still 35.50.
    assert (dur.on_hand_qty, dur.on_hand_paise) == (11, 7 * 1100 + 4 * 3550)
    assert (dur.received_paise, dur.damaged_paise) == (10 * 1100 + 6 * 3550, 1100)
