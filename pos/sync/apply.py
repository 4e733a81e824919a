"""Applying a complete set of district catalog changes to the outlet's ledger.

The whole set goes in one transaction together with the new catalog version and a
``catalog_synced`` journal event; a bad change means nothing is applied. Prices and GST
rates keep their effective_from, so one published for tomorrow switches at its minute even
while the outlet is offline (pos.catalog.find_item picks the price in effect at the sale).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from pos import clock, journal
from pos.db import catalog_q, sync_q
from pos.db.connection import transaction
from pos.ledger import Ledger
from pos.sync import protocol as p
from pos.sync.client import SyncError


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
            parsed.append((change.kind, p.CHANGE_DATA[change.kind].model_validate(change.data)))
        except ValidationError as exc:
            raise SyncError(
                f"the district sent a {change.kind} change (version {change.version}) this "
                f"till cannot read; nothing was applied: {exc.errors()[0]['msg']}"
            ) from exc
    with transaction(db):
        previous = int(sync_q.get_state(db).get("catalog_version") or 0)
        shg_ids = catalog_q.shg_ids_by_code(db)
        product_ids = sync_q.product_ids_by_sku(db)
        for kind, data in parsed:
            counts[kind] += 1
            if isinstance(data, p.ShgData):
                shg_ids[data.code] = catalog_q.upsert_shg(db, data.model_dump())
            elif isinstance(data, p.ProductData):
                if data.shg_code not in shg_ids:
                    raise SyncError(f"the district's product {data.sku} names an unknown SHG")
                row = data.model_dump(exclude={"barcodes", "shg_code"})
                row["default_shg_id"] = shg_ids[data.shg_code]
                product_id = catalog_q.upsert_product(db, row)
                product_ids[data.sku] = product_id
                sync_q.set_barcodes(db, product_id, list(data.barcodes))
            elif isinstance(data, p.PriceData):
                if data.sku not in product_ids:
                    raise SyncError(f"the district priced {data.sku}, a product it never sent")
                catalog_q.insert_price(
                    db, product_ids[data.sku], data.mrp_paise, data.effective_from, stamp
                )
            elif isinstance(data, p.RateData):
                catalog_q.insert_rate(db, data.hsn, data.rate_bp, data.effective_from)
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
