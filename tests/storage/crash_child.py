"""Child for the crash test: rings sales in a loop and prints each receipt number after commit."""

from __future__ import annotations

import sys

from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.settings import resolve_settings


def main() -> None:
    ledger = open_ledger(resolve_settings(sys.argv[1]))
    cashier = users.get_user(ledger, "Ravi")
    items = [catalog.find_item(ledger, code) for code in ("MSK-GRN", "SOAP-NEEM", "SAN-100")]
    n = 0
    while True:
        n += 1
        lines = [
            sales.price_line(item, 1 + (n + i) % 4, doc_mode="tax_invoice")
            for i, item in enumerate(items)
        ]
        total = sales.make_bill(lines).total_paise
        tenders = [sales.Tender("upi", total // 2, f"UTR{n}"), sales.Tender("cash", total)]
        sale = sales.complete_sale(ledger, lines, tenders, cashier)
        print(sale.receipt_no, flush=True)


if __name__ == "__main__":
    main()
