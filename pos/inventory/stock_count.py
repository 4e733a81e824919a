"""A stock count, scanned shelf by shelf: what was counted per product against what the ledger
says is on hand, shown before anything is posted; posting writes count adjustments to the
product's lots in one transaction (``stock.count_adjust``, one ``stock_moved`` event each).

A shortfall comes out of the lots a sale would draw on first (earliest expiry, then
received); a surplus goes into the lot received last. Products not counted are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos.db.connection import transaction
from pos.errors import InvalidInput
from pos.inventory import stock
from pos.inventory.stock import StockMove
from pos.outlet.users import User
from pos.products import catalog
from pos.records.ledger import Ledger


@dataclass(frozen=True)
class CountLine:
    sku: str
    name_en: str
    counted: int
    on_hand: int
    name_hi: str = ""  # the product's Hindi name ("" when it has none)
    unit: str = "pc"  # pos.products.catalog.UNITS

    @property
    def difference(self) -> int:
        return self.counted - self.on_hand


def count_sheet(ledger: Ledger, counted: dict[str, int]) -> list[CountLine]:
    """The counted products (by SKU) beside their on-hand, in SKU order. Raises NotFound."""
    items = {sku: catalog.find_item(ledger, sku) for sku in counted}
    on_hand = stock.on_hand(ledger, [i.product_id for i in items.values()])
    return [
        CountLine(
            sku,
            items[sku].name_en,
            qty,
            on_hand.get(items[sku].product_id, 0),
            items[sku].name_hi,
            items[sku].unit,
        )
        for sku, qty in sorted(counted.items())
    ]


def post_count(
    ledger: Ledger,
    counted: dict[str, int],
    reason: str,
    *,
    user: User,
    moment: datetime | None = None,
) -> list[StockMove]:
    """Post a count: the lots of every product whose count differs are adjusted, all in one
    transaction. Raises InvalidInput (no reason, a negative count, a surplus of a product that
    has no lot to put it in), NotFound (an unknown product)."""
    if not reason.strip():
        raise InvalidInput("a stock count needs a reason (for example: monthly count)")
    if any(qty < 0 for qty in counted.values()):
        raise InvalidInput("a counted quantity cannot be negative")
    moves: list[StockMove] = []
    with transaction(ledger.db):
        for line in count_sheet(ledger, counted):
            if line.difference:
                moves += _adjust(ledger, line, reason.strip(), user, moment)
    return moves


def _adjust(
    ledger: Ledger, line: CountLine, reason: str, user: User, moment: datetime | None
) -> list[StockMove]:
    lots = stock.lots_of(ledger, line.sku)
    if line.difference > 0:
        if not lots:
            raise InvalidInput(f"{line.sku} has no lot to count {line.difference} more into:"
                               " receive it from its SHG first")  # fmt: skip
        last = max(lots, key=lambda lot: (lot.received_on, lot.id))
        return [stock.count_adjust(ledger, last.id, last.on_hand + line.difference, reason,
                                   user=user, moment=moment)]  # fmt: skip
    short, moves = -line.difference, []
    for lot in (lot for lot in lots if lot.on_hand > 0):
        take = min(short, lot.on_hand)
        moves.append(stock.count_adjust(ledger, lot.id, lot.on_hand - take, reason, user=user,
                                        moment=moment))  # fmt: skip
        short -= take
        if not short:
            break
    return moves
