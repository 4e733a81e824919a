"""Sales, returns and voids on a real ledger file: rules, approvals and exact figures."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.db.connection import query_one
from pos.errors import ApprovalRequired, InvalidInput, NotAllowed, NotFound
from pos.products import catalog
from pos.records.verify import verify_ledger
from pos.selling import sales


def ring(outlet, *items, tenders=None, **line_kwargs):
    ledger = outlet.ledger
    lines = [
        sales.price_line(
            catalog.find_item(ledger, code),
            qty,
            doc_mode=ledger.outlet.doc_mode,
            actor=outlet.cashier,
            **line_kwargs,
        )
        for code, qty in items
    ]
    total = sales.make_bill(lines).total_paise
    return sales.complete_sale(
        ledger, lines, tenders or [sales.Tender("cash", total)], outlet.cashier
    )


def counts(ledger):
    return {
        t: query_one(ledger.db, f"SELECT count(*) AS n FROM {t}")["n"]
        for t in ("sales", "sale_lines", "payments", "events", "stock_moves")
    }


def test_a_split_tender_sale_stores_lines_taxes_payments_and_one_event(outlet) -> None:
    sale = ring(
        outlet,
        ("MSK-GRN", 3),
        ("SOAP-NEEM", 1),
        tenders=[sales.Tender("upi", 2000, "UTR778"), sales.Tender("cash", 5000)],
    )
    # 3 × ₹10 + ₹35.50 = ₹65.50 -> rounds to ₹66 (+50 paise)
    assert (sale.gross_paise, sale.round_off_paise, sale.total_paise) == (6550, 50, 6600)
    assert sale.receipt_no.startswith("G01A-") and len(sale.receipt_no) == 16
    cash = next(p for p in sale.payments if p.method == "cash")
    assert (cash.tendered_paise, cash.change_paise, cash.amount_paise) == (5000, 400, 4600)
    upi = next(p for p in sale.payments if p.method == "upi")
    assert upi.reference == "UTR778"
    mask = sale.lines[0]
    assert (mask["taxable_paise"], mask["cgst_paise"], mask["sgst_paise"]) == (2857, 71, 72)
    assert sale.taxable_paise + sale.cgst_paise + sale.sgst_paise == sale.gross_paise
    assert verify_ledger(outlet.ledger).ok


def test_receipt_numbers_are_consecutive_and_returns_have_their_own_series(outlet) -> None:
    first = ring(outlet, ("MSK-GRN", 1))
    second = ring(outlet, ("MSK-GRN", 1))
    assert int(second.receipt_no[-6:]) == int(first.receipt_no[-6:]) + 1
    ret = sales.return_sale(
        outlet.ledger, first.receipt_no, None, cashier=outlet.cashier, approver=outlet.manager
    )
    assert ret.receipt_no.startswith("G01A-R") and ret.receipt_no.endswith("00001")
    assert len(ret.receipt_no) <= 16 and ret.original_receipt_no == first.receipt_no


def test_a_barcode_finds_its_product_and_an_unknown_one_is_refused(outlet) -> None:
    assert catalog.find_item(outlet.ledger, "8900000000029").sku == "SOAP-NEEM"
    with pytest.raises(NotFound, match="no product"):
        catalog.find_item(outlet.ledger, "1234567890123")


@pytest.mark.parametrize("qty", [0, -1, 10**7])
def test_zero_negative_or_absurd_quantities_are_refused(outlet, qty) -> None:
    with pytest.raises(InvalidInput, match="quantity"):
        ring(outlet, ("MSK-GRN", qty))


def test_a_tender_below_the_total_is_refused_and_nothing_is_written(outlet) -> None:
    before = counts(outlet.ledger)
    with pytest.raises(InvalidInput, match="below the total"):
        ring(outlet, ("SOAP-NEEM", 2), tenders=[sales.Tender("cash", 7000)])
    assert counts(outlet.ledger) == before


def test_card_or_upi_above_the_total_is_refused(outlet) -> None:
    with pytest.raises(InvalidInput, match="only cash gives change"):
        ring(outlet, ("MSK-GRN", 1), tenders=[sales.Tender("card", 2000, "REF1")])


def test_selling_above_mrp_is_refused_and_below_needs_a_manager(outlet) -> None:
    item = catalog.find_item(outlet.ledger, "SAN-100")
    with pytest.raises(NotAllowed, match="above the MRP"):
        sales.price_line(
            item, 1, doc_mode="tax_invoice", unit_price_paise=5000, actor=outlet.manager
        )
    with pytest.raises(ApprovalRequired):
        sales.price_line(
            item, 1, doc_mode="tax_invoice", unit_price_paise=4500, actor=outlet.cashier
        )
    line = sales.price_line(
        item,
        1,
        doc_mode="tax_invoice",
        unit_price_paise=4500,
        actor=outlet.cashier,
        approver=outlet.manager,
    )
    assert line.approver_id == outlet.manager.id and line.gross_paise == 4500


def test_a_discount_needs_a_manager_and_is_recorded_with_the_line(outlet) -> None:
    with pytest.raises(ApprovalRequired):
        ring(outlet, ("SAN-100", 2), discount_paise=500)
    sale = ring(outlet, ("SAN-100", 2), discount_paise=500, approver=outlet.manager)
    assert sale.lines[0]["override_approver_id"] == outlet.manager.id
    assert sale.discount_paise == 500 and sale.gross_paise == 9300


def test_a_return_needs_a_manager_and_never_exceeds_what_was_sold(outlet) -> None:
    sale = ring(outlet, ("MSK-GRN", 3))
    with pytest.raises(ApprovalRequired):
        sales.return_sale(
            outlet.ledger,
            sale.receipt_no,
            [sales.ReturnLine(1, 1)],
            cashier=outlet.cashier,
            approver=None,
        )
    sales.return_sale(
        outlet.ledger,
        sale.receipt_no,
        [sales.ReturnLine(1, 2)],
        cashier=outlet.cashier,
        approver=outlet.manager,
    )
    before = counts(outlet.ledger)
    with pytest.raises(NotAllowed, match="only 1 of 3"):
        sales.return_sale(
            outlet.ledger,
            sale.receipt_no,
            [sales.ReturnLine(1, 2)],
            cashier=outlet.cashier,
            approver=outlet.manager,
        )
    assert counts(outlet.ledger) == before


def test_voiding_a_sale_is_a_full_return_with_approval_and_a_reason(outlet) -> None:
    sale = ring(outlet, ("MSK-GRN", 2), ("SAN-100", 1))
    with pytest.raises(InvalidInput, match="reason"):
        sales.void_sale(
            outlet.ledger,
            sale.receipt_no,
            cashier=outlet.cashier,
            approver=outlet.manager,
            reason=" ",
        )
    void = sales.void_sale(
        outlet.ledger,
        sale.receipt_no,
        cashier=outlet.cashier,
        approver=outlet.manager,
        reason="customer changed mind",
    )
    assert void.is_void and void.total_paise == sale.total_paise
    assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 0, 2: 0}
    with pytest.raises(NotAllowed, match="already returned"):
        sales.void_sale(
            outlet.ledger,
            sale.receipt_no,
            cashier=outlet.cashier,
            approver=outlet.manager,
            reason="again",
        )


def test_a_removed_line_is_recorded_with_its_value(outlet) -> None:
    item = catalog.find_item(outlet.ledger, "SOAP-NEEM")
    sales.record_removed_line(outlet.ledger, "cart-1", item, 2, item.mrp_paise, outlet.cashier)
    row = query_one(outlet.ledger.db, "SELECT * FROM removed_lines")
    assert (row["qty"], row["value_paise"], row["shift_id"]) == (2, 7100, 1)
    assert (
        query_one(outlet.ledger.db, "SELECT kind FROM events ORDER BY seq DESC")["kind"]
        == "line_removed"
    )


def test_in_cash_memo_mode_no_tax_lines_are_charged(tmp_path) -> None:
    from tests.conftest import make_outlet

    memo = make_outlet(tmp_path / "memo", doc_mode="cash_memo")
    sale = ring(memo, ("SOAP-NEEM", 1))
    assert (sale.cgst_paise, sale.sgst_paise, sale.taxable_paise) == (0, 0, 3550)
    memo.ledger.close()


def test_business_records_cannot_be_updated_or_deleted(outlet) -> None:
    import sqlite3

    ring(outlet, ("MSK-GRN", 1))
    for statement in (
        "UPDATE sales SET total_paise = 0",
        "DELETE FROM sale_lines",
        "DELETE FROM events",
        "UPDATE payments SET amount_paise = 1",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            outlet.ledger.db.execute(statement)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    basket=st.lists(
        st.tuples(
            st.sampled_from(["MSK-GRN", "SOAP-NEEM", "SAN-100"]),
            st.integers(1, 40),
            st.integers(0, 300),
        ),
        min_size=1,
        max_size=5,
    ),
    split=st.integers(1, 4),
)
def test_a_full_return_in_parts_brings_every_figure_back_to_zero(outlet, basket, split) -> None:
    ledger = outlet.ledger
    lines = []
    for code, qty, discount in basket:
        item = catalog.find_item(ledger, code)
        discount = min(discount, item.mrp_paise * qty - 1)
        lines.append(
            sales.price_line(
                item, qty, doc_mode="tax_invoice", discount_paise=discount, actor=outlet.manager
            )
        )
    bill = sales.make_bill(lines)
    assert bill.gross_paise == sum(line.gross_paise for line in lines)
    assert bill.total_paise == bill.gross_paise + bill.round_off_paise
    sale = sales.complete_sale(
        ledger, lines, [sales.Tender("cash", bill.total_paise)], outlet.cashier
    )
    refunded = {k: 0 for k in ("gross", "taxable", "cgst", "sgst", "discount")}
    for part in range(split):
        left = sales.returnable(ledger, sale.receipt_no)
        wanted = [
            sales.ReturnLine(no, q if part == split - 1 else max(1, q // 2))
            for no, q in left.items()
            if q
        ]
        if not wanted:
            break
        ret = sales.return_sale(
            ledger, sale.receipt_no, wanted, cashier=outlet.cashier, approver=outlet.manager
        )
        for key in refunded:
            refunded[key] += getattr(ret, f"{key}_paise")
    assert refunded == {
        "gross": sale.gross_paise,
        "taxable": sale.taxable_paise,
        "cgst": sale.cgst_paise,
        "sgst": sale.sgst_paise,
        "discount": sale.discount_paise,
    }
    assert all(q == 0 for q in sales.returnable(ledger, sale.receipt_no).values())
    assert verify_ledger(ledger).ok
