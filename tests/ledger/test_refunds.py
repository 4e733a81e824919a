"""Returns in parts add up to what was paid; refunds the drawer cannot pay are refused; a line
named twice is refused. Real ledger files, the real `pos` CLI."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.amounts.money import round_bill, taxes_for
from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.products import catalog
from pos.records.verify import verify_ledger
from pos.selling import refunds, sales, shifts
from tests.conftest import run_pos

# Products at the other GST rates, and a price that halves into paise (₹7.25).
MORE_PRODUCTS = {
    "shgs": [],
    "products": [
        {"sku": "TEA-250", "name_en": "Tea 250 g", "category": "Food", "unit": "pc",
         "hsn": "0902", "gst_rate": "12", "mrp": "7.25", "shg_code": "SHG-LAX"},
        {"sku": "RICE-1K", "name_en": "Rice 1 kg", "category": "Food", "unit": "pc",
         "hsn": "1006", "gst_rate": "0", "mrp": "53.33", "shg_code": "SHG-DUR"},
        {"sku": "BAG-JUTE", "name_en": "Jute bag", "category": "Bags", "unit": "pc",
         "hsn": "4202", "gst_rate": "28", "mrp": "99.99", "shg_code": "SHG-LAX"},
    ],
}  # fmt: skip
SKUS = ("MSK-GRN", "SOAP-NEEM", "SAN-100", "TEA-250", "RICE-1K", "BAG-JUTE")


def add_products(outlet) -> None:
    try:
        catalog.find_item(outlet.ledger, "TEA-250")
    except NotFound:
        catalog.import_catalog(outlet.ledger, catalog.parse_catalog_json(json.dumps(MORE_PRODUCTS)))


def sell(outlet, *lines, method: str = "cash"):
    """lines: (sku, qty, discount_paise, unit_price_paise or None)."""
    ledger = outlet.ledger
    priced = [
        sales.price_line(
            catalog.find_item(ledger, sku),
            qty,
            doc_mode=ledger.outlet.doc_mode,
            discount_paise=discount,
            unit_price_paise=unit,
            actor=outlet.cashier,
            approver=outlet.manager,
        )
        for sku, qty, discount, unit in lines
    ]
    total = sales.make_bill(priced).total_paise
    return sales.complete_sale(ledger, priced, [sales.Tender(method, total)], outlet.cashier)


def give_back(outlet, receipt_no, parts, *, method: str = "cash"):
    return sales.return_sale(
        outlet.ledger, receipt_no, [sales.ReturnLine(n, q) for n, q in parts],
        cashier=outlet.cashier, approver=outlet.manager, refund_method=method,
        reference="UTR1" if method == "upi" else None,
    )  # fmt: skip


def test_three_ten_rupee_masks_with_a_rupee_off_returned_one_at_a_time_refund_the_29_paid(
    outlet,
) -> None:
    sale = sell(outlet, ("MSK-GRN", 3, 100, None))
    assert sale.total_paise == 2900
    refunds_paid = [give_back(outlet, sale.receipt_no, [(1, 1)]).total_paise for _ in range(3)]
    assert refunds_paid == [1000, 900, 1000]  # ₹9.67, ₹19.33, ₹29.00 returned so far, rounded
    assert sum(refunds_paid) == 2900
    assert verify_ledger(outlet.ledger).ok


def test_two_items_at_7_25_returned_one_at_a_time_refund_the_15_paid(outlet) -> None:
    add_products(outlet)
    sale = sell(outlet, ("TEA-250", 2, 0, None))
    assert (sale.gross_paise, sale.total_paise) == (1450, 1500)
    refunds_paid = [give_back(outlet, sale.receipt_no, [(1, 1)]).total_paise for _ in range(2)]
    assert refunds_paid == [700, 800]  # ₹7.25 -> ₹7; ₹14.50 -> ₹15, less the ₹7 paid back
    assert verify_ledger(outlet.ledger).ok


def test_a_quoted_return_shows_the_refund_it_will_pay_and_writes_nothing(outlet) -> None:
    sale = sell(outlet, ("MSK-GRN", 3, 100, None))
    give_back(outlet, sale.receipt_no, [(1, 1)])
    events = outlet.ledger.db["events"].count
    quote = sales.quote_return(outlet.ledger, sale.receipt_no, [sales.ReturnLine(1, 1)])
    assert (quote.gross_paise, quote.total_paise) == (966, 900)
    assert outlet.ledger.db["events"].count == events
    assert give_back(outlet, sale.receipt_no, [(1, 1)]).total_paise == quote.total_paise


def test_a_void_refunds_exactly_the_total_and_every_tax(outlet) -> None:
    add_products(outlet)
    sale = sell(outlet, ("TEA-250", 3, 7, None), ("BAG-JUTE", 1, 0, None))
    void = sales.void_sale(
        outlet.ledger, sale.receipt_no, cashier=outlet.cashier, approver=outlet.manager,
        reason="wrong items",
    )  # fmt: skip
    assert (void.total_paise, void.cgst_paise, void.sgst_paise, void.taxable_paise) == (
        sale.total_paise, sale.cgst_paise, sale.sgst_paise, sale.taxable_paise,
    )  # fmt: skip


def test_the_return_that_completes_a_line_takes_its_leftover_tax() -> None:
    # 3 masks at ₹10, 5 %: ₹30.00 = taxable ₹28.57 + CGST ₹0.71 + SGST ₹0.72.
    line = {"qty": 3, "gross_paise": 3000, "taxable_paise": 2857, "cgst_paise": 71,
            "sgst_paise": 72, "discount_paise": 0, "unit_price_paise": 1000, "rate_bp": 500}  # fmt: skip
    first = refunds.plan_refund({1: line}, {}, {1: 1}, returned_gross_paise=0,
                                refunded_paise=0, doc_mode="tax_invoice")  # fmt: skip
    # one mask: ₹10.00 = ₹9.52 + CGST ₹0.24 + SGST ₹0.24
    assert (first.taxable_paise, first.cgst_paise, first.sgst_paise) == (952, 24, 24)
    part = first.lines[0][1]
    second = refunds.plan_refund({1: line}, {1: part}, {1: 2}, returned_gross_paise=1000,
                                 refunded_paise=1000, doc_mode="tax_invoice")  # fmt: skip
    # the rest: what the line charged less what the first return took
    assert (second.taxable_paise, second.cgst_paise, second.sgst_paise) == (1905, 47, 48)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    basket=st.lists(
        st.tuples(st.sampled_from(SKUS), st.integers(1, 12), st.integers(0, 999)),
        min_size=1,
        max_size=5,
    ),
    data=st.data(),
)
def test_any_sequence_of_partial_returns_refunds_the_total_and_every_tax_per_rate(
    outlet, basket, data
) -> None:
    add_products(outlet)
    ledger = outlet.ledger
    lines = []
    for sku, qty, discount in basket:
        mrp = catalog.find_item(ledger, sku).mrp_paise
        lines.append((sku, qty, min(discount, mrp * qty - 1), None))
    sale = sell(outlet, *lines)
    charged: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in sale.lines:
        for i, key in enumerate(("taxable_paise", "cgst_paise", "sgst_paise")):
            charged[line["rate_bp"]][i] += line[key]
    returned: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    refunded = 0
    while left := {n: q for n, q in sales.returnable(ledger, sale.receipt_no).items() if q}:
        chosen = data.draw(st.lists(st.sampled_from(sorted(left)), min_size=1, unique=True))
        parts = [(n, data.draw(st.integers(1, left[n]))) for n in chosen]
        method = data.draw(st.sampled_from(["cash", "upi"]))
        ret = give_back(outlet, sale.receipt_no, parts, method=method)
        assert 0 <= ret.total_paise <= sale.total_paise - refunded
        refunded += ret.total_paise
        for line in ret.lines:
            for i, key in enumerate(("taxable_paise", "cgst_paise", "sgst_paise")):
                returned[line["rate_bp"]][i] += line[key]
    assert refunded == sale.total_paise
    assert dict(returned) == dict(charged)
    assert verify_ledger(ledger).ok


def test_a_cash_refund_larger_than_the_drawer_is_refused_and_upi_is_offered(outlet) -> None:
    sale = sell(outlet, ("SAN-100", 30, 0, None), method="upi")  # ₹1,470 by UPI
    in_drawer = shifts.cash_figures(outlet.ledger, shifts.current_shift(outlet.ledger))
    assert in_drawer.expected_paise == 100_000  # the ₹1,000 float
    with pytest.raises(NotAllowed) as refused:
        sales.void_sale(outlet.ledger, sale.receipt_no, cashier=outlet.cashier,
                        approver=outlet.manager, reason="wrong size")  # fmt: skip
    assert refused.value.message == (
        "a cash refund of ₹1,470.00 is more than the drawer holds (₹1,000.00): "
        "refund by UPI instead"
    )
    assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 30}
    void = sales.void_sale(outlet.ledger, sale.receipt_no, cashier=outlet.cashier,
                           approver=outlet.manager, reason="wrong size", refund_method="upi",
                           reference="UTR9")  # fmt: skip
    assert void.payments[0].method == "upi" and void.total_paise == 147_000


def test_a_cash_refund_the_drawer_can_pay_goes_through(outlet) -> None:
    sale = sell(outlet, ("SAN-100", 20, 0, None), method="upi")  # ₹980
    ret = give_back(outlet, sale.receipt_no, [(1, 20)])
    assert ret.payments[0].method == "cash" and ret.total_paise == 98_000
    drawer = shifts.cash_figures(outlet.ledger, shifts.current_shift(outlet.ledger))
    assert drawer.expected_paise == 2_000


def test_the_cli_refuses_a_cash_refund_larger_than_the_drawer_with_what_it_holds(
    outlet,
) -> None:
    sale = sell(outlet, ("SAN-100", 30, 0, None), method="upi")
    result = run_pos(outlet.data_dir, "return", sale.receipt_no, "--approver", "Meena")
    assert result.code == 1
    assert "the drawer holds (₹1,000.00): refund by UPI instead" in result.stderr
    result = run_pos(
        outlet.data_dir, "return", sale.receipt_no, "--refund", "upi:UTR5", "--approver", "Meena"
    )
    assert result.code == 0, result.stderr


def test_a_line_named_twice_in_a_return_is_refused(outlet) -> None:
    sale = sell(outlet, ("MSK-GRN", 3, 0, None))
    with pytest.raises(InvalidInput, match="line 1 is named twice"):
        give_back(outlet, sale.receipt_no, [(1, 1), (1, 1)])
    assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 3}


@pytest.mark.parametrize("qty", ["2", "1"])
def test_the_cli_refuses_a_line_given_twice_and_returns_nothing(outlet, qty) -> None:
    sale = sell(outlet, ("MSK-GRN", 3, 0, None))
    result = run_pos(
        outlet.data_dir, "return", sale.receipt_no, "--line", f"1={qty}", "--line", f"1={qty}",
        "--approver", "Meena",
    )  # fmt: skip
    assert result.code == 1 and "line 1 is given twice: give it once" in result.stderr
    assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 3}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--item", "MSK-GRN", "--discount", "1=1", "--discount", "1=2", "--pay", "cash=10"],
         "the discount of line 1 is given twice"),
        (["--item", "MSK-GRN", "--price", "1=9", "--price", "1=8", "--pay", "cash=10"],
         "the price of line 1 is given twice"),
        (["--item", "MSK-GRN", "--pay", "cash=5", "--pay", "cash=5"],
         "--pay cash is given twice"),
        (["--item", "MSK-GRN", "--pay", "upi=5:U1", "--pay", "upi=5:U1"],
         "--pay upi with reference U1 is given twice"),
        (["--item", "MSK-GRN", "--pay", "cash=10", "--user", "Ravi", "--user", "Meena"],
         "--user is given twice"),
    ],
)  # fmt: skip
def test_the_cli_refuses_a_sale_option_that_cannot_repeat(outlet, args, message) -> None:
    result = run_pos(outlet.data_dir, "sale", *args, "--approver", "Meena")
    assert result.code == 1 and message in result.stderr, result.stderr


def test_upi_may_be_given_twice_with_two_references(outlet) -> None:
    result = run_pos(outlet.data_dir, "sale", "--item", "MSK-GRNx2", "--pay", "upi=10:U1",
                     "--pay", "upi=10:U2", "--json")  # fmt: skip
    assert result.code == 0, result.stderr
    assert [p["reference"] for p in result.json()["payments"]] == ["U1", "U2"]


def test_the_cli_refuses_a_return_refund_given_twice(outlet) -> None:
    sale = sell(outlet, ("MSK-GRN", 1, 0, None))
    result = run_pos(outlet.data_dir, "return", sale.receipt_no, "--refund", "cash",
                     "--refund", "upi:U1", "--approver", "Meena")  # fmt: skip
    assert result.code == 1 and "--refund is given twice" in result.stderr


def test_a_denomination_counted_twice_at_close_is_refused(outlet) -> None:
    result = run_pos(outlet.data_dir, "shift", "close", "--count", "500=2", "--count", "500=2")
    assert result.code == 1 and "₹500 is counted twice" in result.stderr
    assert shifts.current_shift(outlet.ledger) is not None


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(
        st.tuples(st.integers(1, 50), st.integers(1, 20_000), st.sampled_from([0, 500, 1200,
                  1800, 2800]), st.integers(0, 10_000)),
        min_size=1, max_size=6,
    ),
    doc_mode=st.sampled_from(["tax_invoice", "bill_of_supply", "cash_memo"]),
    data=st.data(),
)  # fmt: skip
def test_the_refund_rule_alone_never_overpays_and_ends_at_the_total(lines, doc_mode, data) -> None:
    rows = {}
    for n, (qty, unit, rate, discount) in enumerate(lines, 1):
        discount = min(discount, unit * qty - 1)
        gross = unit * qty - discount
        taxable, cgst, sgst = taxes_for(gross, rate, doc_mode)
        rows[n] = {"qty": qty, "gross_paise": gross, "rate_bp": rate, "taxable_paise": taxable,
                   "cgst_paise": cgst, "sgst_paise": sgst, "discount_paise": discount,
                   "unit_price_paise": unit}  # fmt: skip
    total = round_bill(sum(r["gross_paise"] for r in rows.values())).total
    returned: dict[int, refunds.Share] = {}
    gross_back = refunded = 0
    while True:
        left = {n: r["qty"] - returned.get(n, refunds.NOTHING).qty for n, r in rows.items()}
        left = {n: q for n, q in left.items() if q}
        if not left:
            break
        chosen = data.draw(st.lists(st.sampled_from(sorted(left)), min_size=1, unique=True))
        wanted = {n: data.draw(st.integers(1, left[n])) for n in chosen}
        refund = refunds.plan_refund(rows, returned, wanted, returned_gross_paise=gross_back,
                                     refunded_paise=refunded, doc_mode=doc_mode)  # fmt: skip
        assert 0 <= refund.total_paise <= total - refunded
        assert refund.total_paise % 100 == 0
        for n, part in refund.lines:
            assert min(part.qty, part.gross_paise, part.cgst_paise, part.sgst_paise) >= 0
            before = returned.get(n, refunds.NOTHING)
            returned[n] = refunds.Share(*(a + b for a, b in zip(
                (before.qty, before.gross_paise, before.taxable_paise, before.cgst_paise,
                 before.sgst_paise, before.discount_paise),
                (part.qty, part.gross_paise, part.taxable_paise, part.cgst_paise,
                 part.sgst_paise, part.discount_paise), strict=True)))  # fmt: skip
        gross_back += refund.gross_paise
        refunded += refund.total_paise
    assert refunded == total
    for n, r in rows.items():
        back = returned[n]
        assert (back.gross_paise, back.taxable_paise, back.cgst_paise, back.sgst_paise,
                back.discount_paise) == (r["gross_paise"], r["taxable_paise"], r["cgst_paise"],
                                         r["sgst_paise"], r["discount_paise"])  # fmt: skip


def test_pos_server_refuses_an_option_given_twice(tmp_path) -> None:
    import subprocess
    import sys

    db = tmp_path / "district.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "pos.server.cli", "--db", str(db), "init", "--district", "Gaya",
         "--district", "Patna"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "--district is given twice: give it once" in done.stderr
    assert not db.exists()
