"""Child for the print fault tests, killed with SIGKILL by its parent at a chosen point.

``sale DATA_DIR``: ring one cash sale, print its receipt number once it is committed, then
wait (the parent kills it there: after the commit, before anything prints).
``print DATA_DIR JOB_ID``: try one print job (the parent kills it once the printer has every
byte, while the child still waits for the printer's closing status answer).
"""

from __future__ import annotations

import sys

from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.settings import resolve_settings


def main() -> None:
    action, data_dir = sys.argv[1], sys.argv[2]
    ledger = open_ledger(resolve_settings(data_dir))
    if action == "sale":
        cashier = users.get_user(ledger, "Ravi")
        line = sales.price_line(catalog.find_item(ledger, "SOAP-NEEM"), 2, doc_mode="tax_invoice")
        sale = sales.complete_sale(ledger, [line], [sales.Tender("cash", 10000)], cashier)
        print(sale.receipt_no, flush=True)
    else:
        from pos.printing.printers.service import print_now

        print("printing", flush=True)
        print_now(ledger, int(sys.argv[3]))
        print("returned", flush=True)
    sys.stdin.read()  # hold here until killed


if __name__ == "__main__":
    main()
