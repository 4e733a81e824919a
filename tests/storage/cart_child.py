"""Child for the cart crash test: puts items in the counter's open cart (pos.selling.cart, as the
counter does on every change), prints the cart id, then waits to be killed."""

from __future__ import annotations

import sys

from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.selling import cart, sales
from pos.settings import resolve_settings


def main() -> None:
    ledger = open_ledger(resolve_settings(sys.argv[1]), check=True)
    cashier = users.get_user(ledger, "Ravi")
    cart_id = cart.new_cart_id()
    lines: list[sales.CartLine] = []
    for code, qty in (("MSK-GRN", 2), ("SOAP-NEEM", 3)):
        lines.append(sales.price_line(catalog.find_item(ledger, code), qty, doc_mode="tax_invoice"))
        cart.save_cart(ledger, cart_id, lines, cashier_id=cashier.id)
    print(cart_id, flush=True)
    sys.stdin.read()  # the parent kills us here (SIGKILL: no clean-up of any kind)


if __name__ == "__main__":
    main()
