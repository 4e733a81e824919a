"""The SHG statement's line per product: what one SHG's goods did over a period, product by
product (received, sold, customer returns, returned to the SHG, damaged or expired, count
adjustments, on hand at the end), from the same per-day lot summaries as
``settlement.shg_statement``, so the lines add up to its goods figures."""

from __future__ import annotations

from dataclasses import dataclass

from pos.db.backoffice import catalog_q, settlement_q
from pos.errors import NotFound
from pos.records.ledger import Ledger
from pos.reporting.reports import check_period


@dataclass(frozen=True)
class StatementLine:
    sku: str
    name_en: str
    name_hi: str
    received: int
    sold: int
    customer_returns: int
    returned_to_shg: int
    damaged: int
    adjusted: int
    on_hand: int


def statement_lines(
    ledger: Ledger, shg_code: str, period_from: str, period_to: str
) -> list[StatementLine]:
    """Per product, by SKU, for one SHG. Raises InvalidInput (period), NotFound (SHG)."""
    start, end = check_period(period_from, period_to)
    shg = catalog_q.shg_by_code(ledger.db, shg_code.strip().upper())
    if shg is None:
        raise NotFound(f"no SHG with code {shg_code!r}")
    figures: dict[int, dict[str, int]] = {}
    for product_id, kind, qty in settlement_q.product_moves_of_shg(ledger.db, shg["id"], start,
                                                                   end):  # fmt: skip
        f = figures.setdefault(int(product_id), {})
        f[kind] = f.get(kind, 0) + int(qty)
    on_hand = settlement_q.on_hand_of_shg_at(ledger.db, shg["id"], end)
    products = sorted(set(figures) | {p for p, q in on_hand.items() if q})
    names = settlement_q.product_names(ledger.db, products)
    lines = []
    for product_id in products:
        f = figures.get(product_id, {})
        sku, name_en, name_hi = names.get(product_id, (str(product_id), "", ""))
        lines.append(StatementLine(
            sku=sku, name_en=name_en, name_hi=name_hi, received=f.get("intake", 0),
            sold=-f.get("sale", 0), customer_returns=f.get("return", 0),
            returned_to_shg=-f.get("return_to_shg", 0),
            damaged=-(f.get("damage", 0) + f.get("expiry", 0)), adjusted=f.get("adjust", 0),
            on_hand=on_hand.get(product_id, 0),
        ))  # fmt: skip
    return sorted(lines, key=lambda line: line.sku)
