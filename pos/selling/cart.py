"""Carts at the counter: the cart in progress and held carts, kept in the ledger's ``carts``
table so a cart survives an app restart, plus the lookups the counter's tiles need.

A cart is operational state (it changes and goes away); the sale it becomes is a business
record. The cart id doubles as the sale's uuid, and the sale and the cart's removal commit in
one transaction, so a crash can neither lose a confirmed sale nor ring it up twice.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from pos import clock
from pos.db.connection import transaction
from pos.db.selling import carts_q
from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.outlet import users
from pos.products import catalog
from pos.products.catalog import Item
from pos.records.ledger import Ledger
from pos.selling import sales
from pos.selling.sales import CartLine, SaleRecord, Tender

CART_SCHEMA = 1
STATES = ("open", "held")


@dataclass(frozen=True)
class SavedCart:
    id: str
    state: str
    cashier_id: int | None
    label: str
    lines: tuple[CartLine, ...]
    updated_at: str
    dropped: int = 0  # lines whose product can no longer be sold

    @property
    def total_paise(self) -> int:
        return sales.make_bill(self.lines).total_paise if self.lines else 0


def new_cart_id() -> str:
    return str(uuid.uuid4())


def _body(lines: tuple[CartLine, ...] | list[CartLine]) -> str:
    return json.dumps(
        {
            "schema": CART_SCHEMA,
            "lines": [
                {
                    "product_id": line.item.product_id,
                    "sku": line.item.sku,
                    "qty": line.qty,
                    "mrp_paise": line.item.mrp_paise,
                    "unit_price_paise": line.unit_price_paise,
                    "discount_paise": line.discount_paise,
                    "approver_id": line.approver_id,
                }
                for line in lines
            ],
        },
        sort_keys=True,
    )


def save_cart(
    ledger: Ledger,
    cart_id: str,
    lines: tuple[CartLine, ...] | list[CartLine],
    *,
    cashier_id: int | None,
    state: str = "open",
    label: str = "",
) -> None:
    """Keep a cart (``open``: the one on screen; ``held``: parked). An empty open cart is
    removed instead, so a restart does not bring back nothing."""
    if state not in STATES:
        raise InvalidInput(f"a cart is open or held, not {state!r}")
    with transaction(ledger.db):
        if not lines and state == "open":
            carts_q.delete_cart(ledger.db, cart_id)
            return
        carts_q.upsert_cart(
            ledger.db,
            {
                "id": cart_id,
                "state": state,
                "cashier_id": cashier_id,
                "label": label,
                "body": _body(lines),
                "updated_at": clock.to_iso(clock.now_utc()),
            },
        )


def drop_cart(ledger: Ledger, cart_id: str) -> None:
    with transaction(ledger.db):
        carts_q.delete_cart(ledger.db, cart_id)


def _restore_line(ledger: Ledger, raw: dict[str, Any]) -> CartLine:
    item = catalog.item_by_id(ledger, int(raw["product_id"]))
    unit = int(raw["unit_price_paise"])
    if unit == int(raw.get("mrp_paise", unit)) or unit > item.mrp_paise:
        unit = item.mrp_paise  # an un-overridden line follows today's MRP
    approver = None
    if raw.get("approver_id") is not None:
        approver = users.user_by_id(ledger, int(raw["approver_id"]))
    return sales.price_line(
        item,
        int(raw["qty"]),
        doc_mode=ledger.outlet.doc_mode,
        discount_paise=int(raw["discount_paise"]),
        unit_price_paise=unit,
        actor=approver,
        approver=approver,
    )


def _saved(ledger: Ledger, row: dict[str, Any]) -> SavedCart:
    body = json.loads(row["body"])
    lines: list[CartLine] = []
    dropped = 0
    for raw in body.get("lines", []):
        try:
            lines.append(_restore_line(ledger, raw))
        except (NotFound, NotAllowed, InvalidInput):
            dropped += 1
    return SavedCart(
        id=row["id"],
        state=row["state"],
        cashier_id=row["cashier_id"],
        label=row["label"],
        lines=tuple(lines),
        updated_at=row["updated_at"],
        dropped=dropped,
    )


def load_cart(ledger: Ledger, cart_id: str) -> SavedCart:
    row = carts_q.cart_by_id(ledger.db, cart_id)
    if row is None:
        raise NotFound("that cart is no longer there (recalled or completed on another screen)")
    return _saved(ledger, row)


def carts(ledger: Ledger, state: str) -> list[SavedCart]:
    """Carts in a state, newest first, skipping any whose sale already committed (read-only:
    the counter reads carts on its reader connection)."""
    return [
        _saved(ledger, row)
        for row in carts_q.carts_in_state(ledger.db, state)
        if not carts_q.sale_uuid_exists(ledger.db, row["id"])
    ]


def complete_cart(
    ledger: Ledger,
    cart_id: str,
    lines: tuple[CartLine, ...] | list[CartLine],
    tenders: list[Tender],
    cashier: users.User,
) -> SaleRecord:
    """Commit the cart as a sale (its id becomes the sale's uuid) and remove the cart, in one
    transaction. Raises what ``sales.complete_sale`` raises; then nothing is written."""
    with transaction(ledger.db):
        record = sales.complete_sale(ledger, lines, tenders, cashier, sale_uuid=cart_id)
        carts_q.delete_cart(ledger.db, cart_id)
    return record


# ---------------------------------------------------------------- counter lookups


def categories(ledger: Ledger, limit: int = 24) -> list[str]:
    """Categories with products on sale, by name (the counter's tiles)."""
    return carts_q.categories(ledger.db, limit)


def category_names(ledger: Ledger, limit: int = 24) -> list[tuple[str, str]]:
    """(English, Hindi) names of the categories on sale, by English name; Hindi may be ""."""
    names = carts_q.categories(ledger.db, limit)
    hindi = carts_q.category_hindi_names(ledger.db, names)
    return [(name, hindi.get(name, "")) for name in names]


def category_colours(ledger: Ledger, names: list[str]) -> dict[str, str]:
    """{category: #rrggbb} for those of ``names`` the catalog gives a colour (the tiles)."""
    return carts_q.category_colours(ledger.db, names)


def items_in_category(ledger: Ledger, category: str, limit: int = 60) -> list[Item]:
    items = []
    for product_id in carts_q.product_ids_in_category(ledger.db, category, limit):
        try:
            items.append(catalog.item_by_id(ledger, product_id))
        except (NotFound, NotAllowed):
            continue
    return items


def next_receipt_hint(ledger: Ledger) -> str:
    """The receipt number the next sale will most likely get (for the UPI note before the
    sale commits; the committed number is allocated in the sale's transaction)."""
    last = sales.last_receipt_no(ledger)
    fy = clock.financial_year(clock.local(clock.now_utc()).date())
    if last:
        match = re.fullmatch(r"(.*-)(\d{4})-(\d+)", last)
        if match and match.group(2) == fy:
            digits = match.group(3)
            return f"{match.group(1)}{fy}-{int(digits) + 1:0{len(digits)}d}"
    prefix = f"{ledger.device.short_code}-{fy}-"
    return f"{prefix}{1:0{16 - len(prefix)}d}"
