"""The money conventions written in the README ("Money and tax"), one test each, asserting
exactly the worked example the README gives. Real ledger files."""

from __future__ import annotations

from pos.inventory import stock
from pos.products import catalog
from pos.reporting import reports, settlement
from pos.selling import sales


def masks_with_a_rupee_off(outlet) -> sales.SaleRecord:
    """3 green masks at ₹10 (GST 5 %) with ₹1 off the line: ₹29 paid."""
    line = sales.price_line(catalog.find_item(outlet.ledger, "MSK-GRN"), 3, doc_mode="tax_invoice",
                            discount_paise=100, actor=outlet.cashier, approver=outlet.manager)  # fmt: skip
    return sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 2900)], outlet.cashier)


def give_back(outlet, receipt_no: str, qty: int) -> sales.SaleRecord:
    return sales.return_sale(outlet.ledger, receipt_no, [sales.ReturnLine(1, qty)],
                             cashier=outlet.cashier, approver=outlet.manager)  # fmt: skip


def test_convention_1_a_partial_return_of_a_discounted_line_is_valued_on_the_cumulative_quantity(
    outlet,
) -> None:
    sale = masks_with_a_rupee_off(outlet)
    notes = [give_back(outlet, sale.receipt_no, 1) for _ in range(3)]
    # returned so far: ₹9.67, ₹19.33, ₹29.00 -> rounded ₹10, ₹19, ₹29
    assert [n.gross_paise for n in notes] == [967, 966, 967]
    assert [n.discount_paise for n in notes] == [33, 34, 33]
    assert [n.total_paise for n in notes] == [1000, 900, 1000]
    assert [n.round_off_paise for n in notes] == [33, -66, 33]


def test_convention_2_the_return_that_completes_a_line_takes_its_leftover_tax(outlet) -> None:
    line = sales.price_line(catalog.find_item(outlet.ledger, "MSK-GRN"), 3, doc_mode="tax_invoice")
    sale = sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 3000)], outlet.cashier)
    assert (sale.taxable_paise, sale.cgst_paise, sale.sgst_paise) == (2857, 71, 72)
    first = give_back(outlet, sale.receipt_no, 1)
    assert (first.taxable_paise, first.cgst_paise, first.sgst_paise) == (952, 24, 24)
    rest = give_back(outlet, sale.receipt_no, 2)
    assert (rest.taxable_paise, rest.cgst_paise, rest.sgst_paise) == (1905, 47, 48)
    assert rest.total_paise == 2000


def test_convention_3_a_lines_money_is_split_over_the_shgs_of_its_lots_in_allocation_order(
    outlet,
) -> None:
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 2, user=outlet.manager)
    stock.receive_lot(outlet.ledger, "SHG-DUR", "MSK-GRN", 5, user=outlet.manager)
    masks_with_a_rupee_off(outlet)  # 2 from Laxmi's lot, then 1 from Durga's
    shares = {g.shg_code: (g.qty_sold.get("pc"), g.sales_paise)
              for g in reports.x_report(outlet.ledger).shgs}  # fmt: skip
    assert shares == {"SHG-LAX": (2, 1933), "SHG-DUR": (1, 967)}


def test_convention_4_shgs_are_settled_at_mrp_and_the_centre_bears_the_discount(outlet) -> None:
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 2, user=outlet.manager)
    stock.receive_lot(outlet.ledger, "SHG-DUR", "MSK-GRN", 5, user=outlet.manager)
    masks_with_a_rupee_off(outlet)
    statement = {
        s.shg_code: (s.net_sales_paise, s.commission_paise, s.net_payable_paise)
        for s in settlement.shg_statement(outlet.ledger, "2000-01-01", "2099-12-31")
    }
    # commission pct:1000 (10 %, the default) of sales at MRP
    assert statement == {"SHG-LAX": (2000, 200, 1800), "SHG-DUR": (1000, 100, 900)}
    # the centre took ₹29 and owes ₹27: it keeps its ₹3 commission less the ₹1 discount
    assert 2900 - sum(payable for _, _, payable in statement.values()) == 300 - 100
