from pos import catalog, sales


def test_a_cash_sale_of_three_masks_rounds_and_gives_change(outlet):
    item = catalog.find_item(outlet.ledger, "8900000000017")
    line = sales.price_line(item, 3, doc_mode="tax_invoice")
    sale = sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 5000)], outlet.cashier)
    assert sale.total_paise == 3000
    assert sale.payments[0].change_paise == 2000
    assert sale.taxable_paise + sale.cgst_paise + sale.sgst_paise == 3000
