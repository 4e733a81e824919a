"""Applying a complete set of district catalog changes to the outlet's ledger.

The whole set goes in one transaction together with the new catalog version and a
``catalog_synced`` journal event; a bad change means nothing is applied. Prices and GST
rates keep their effective_from, so one published for tomorrow switches at its minute even
while the outlet is offline (pos.products.catalog.find_item picks the price in effect at the sale).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from pos import clock
from pos.db.backoffice import catalog_q
from pos.db.connection import transaction
from pos.db.records import sync_q
from pos.records import journal
from pos.records.ledger import Ledger
from pos.sync import protocol as p
from pos.sync.client import SyncError


def _in_effect(history: list[tuple[str, int]], at: str) -> int | None:
    found = None
    for effective, value in history:
        if effective > at:
            break
        found = value
    return found


def _supersede_local(
    db: Any,
    product_ids: dict[str, int],
    prices: dict[tuple[str, str], p.PriceData],
    rates: dict[tuple[str, str], p.RateData],
    stamp: str,
) -> None:
    """On the first pull, the district's history replaces the outlet's own pre-enrolment
    prices and rates for everything the district knows: a local row dated after the
    district's takes the district's value at that minute (past sales keep what they charged:
    their lines carry the MRP)."""
    price_history: dict[str, list[tuple[str, int]]] = {}
    for (sku, effective), data in sorted(prices.items()):
        price_history.setdefault(sku, []).append((effective, data.mrp_paise))
    fixes = []
    for sku, effective in sync_q.price_keys(db):
        if sku in price_history and (sku, effective) not in prices:
            mrp = _in_effect(price_history[sku], effective)
            if mrp is not None:
                fixes.append((product_ids[sku], mrp, effective, stamp))
    sync_q.upsert_prices(db, fixes)
    rate_history: dict[str, list[tuple[str, int]]] = {}
    for (hsn, effective), rate in sorted(rates.items()):
        rate_history.setdefault(hsn, []).append((effective, rate.rate_bp))
    rate_fixes = []
    for hsn, effective in sync_q.rate_keys(db):
        if hsn in rate_history and (hsn, effective) not in rates:
            rate_bp = _in_effect(rate_history[hsn], effective)
            if rate_bp is not None:
                rate_fixes.append((hsn, rate_bp, effective))
    sync_q.upsert_rates(db, rate_fixes)


def apply_changes(
    ledger: Ledger,
    changes: Sequence[p.CatalogChange],
    target_version: int,
    *,
    moment: datetime | None = None,
) -> dict[str, int]:
    """Apply changes (in version order) up to ``target_version``; returns counts per kind."""
    moment = moment or clock.now_utc()
    stamp = clock.to_iso(moment)
    db = ledger.db
    counts = {"shg": 0, "product": 0, "price": 0, "tax_rate": 0}
    parsed: list[tuple[str, Any]] = []
    for change in sorted(changes, key=lambda c: c.version):
        try:
            parsed.append((change.kind, p.read_change_data(change.kind, change.data)))
        except ValidationError as exc:
            raise SyncError(
                f"the district sent a {change.kind} change (version {change.version}) this "
                f"till cannot read; nothing was applied: {exc.errors()[0]['msg']}"
            ) from exc
    # The whole set is applied as its end state: the last change per key wins.
    shgs: dict[str, p.ShgData] = {}
    products: dict[str, p.ProductData] = {}
    prices: dict[tuple[str, str], p.PriceData] = {}
    rates: dict[tuple[str, str], p.RateData] = {}
    for kind, data in parsed:
        counts[kind] += 1
        if isinstance(data, p.ShgData):
            shgs[data.code] = data
        elif isinstance(data, p.ProductData):
            products[data.sku] = data
        elif isinstance(data, p.PriceData):
            prices[(data.sku, data.effective_from)] = data
        elif isinstance(data, p.RateData):
            rates[(data.hsn, data.effective_from)] = data
    with transaction(db):
        previous = int(sync_q.get_state(db).get("catalog_version") or 0)
        sync_q.upsert_shgs(db, [s.model_dump() for s in shgs.values()])
        shg_ids = catalog_q.shg_ids_by_code(db)
        rows = []
        for product in products.values():
            if product.shg_code not in shg_ids:
                raise SyncError(f"the district's product {product.sku} names an unknown SHG")
            row = product.model_dump(exclude={"barcodes", "shg_code"})
            row["default_shg_id"] = shg_ids[product.shg_code]
            rows.append(row)
        sync_q.upsert_products(db, rows)
        product_ids = sync_q.product_ids_by_sku(db)
        sync_q.replace_barcodes_bulk(
            db, {product_ids[sku]: list(product.barcodes) for sku, product in products.items()}
        )
        missing = sorted({sku for sku, _ in prices if sku not in product_ids})
        if missing:
            raise SyncError(f"the district priced {missing[0]}, a product it never sent")
        sync_q.upsert_prices(
            db,
            [(product_ids[sku], d.mrp_paise, eff, stamp) for (sku, eff), d in prices.items()],
        )
        sync_q.upsert_rates(db, [(d.hsn, d.rate_bp, d.effective_from) for d in rates.values()])
        if previous == 0:
            _supersede_local(db, product_ids, prices, rates, stamp)
        sync_q.update_state(db, {"catalog_version": target_version, "last_pull_at": stamp})
        journal.append(
            db,
            ledger.device.id,
            "catalog_synced",
            {"from_version": previous, "to_version": target_version, **counts},
            moment=moment,
            skip_clock_check=True,
        )
    ledger.reload()
    return counts
