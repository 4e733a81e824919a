"""Reorder levels: the outlet's own per-product level at or below which the Stock screen
shows a product as low (issue 12). It is the outlet's setting, not a catalog field, so an
enrolled outlet (whose catalog the district owns) sets it too. A manager sets it; each change
is a new entry with its journal event (``reorder_level_set``), the current level the latest."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pos import clock
from pos.db.backoffice import catalog_q, stock_q
from pos.db.connection import transaction
from pos.errors import ApprovalRequired, InvalidInput, NotFound
from pos.outlet.users import User
from pos.records import journal
from pos.records.ledger import Ledger

EVENT = "reorder_level_set"
MAX_LEVEL = 10_000_000


def parse_level(text: str) -> int:
    """A level as typed: a whole number of units from 0 up. Raises InvalidInput."""
    cleaned = str(text).strip()
    if not cleaned.isdigit() or not cleaned.isascii():
        raise InvalidInput(f"a reorder level is a whole number of 0 or more, not {cleaned!r}")
    return check_level(int(cleaned))


def check_level(level: int) -> int:
    """``level`` (units of the product) when it is a whole number from 0 to MAX_LEVEL.
    Raises InvalidInput."""
    if isinstance(level, bool) or not isinstance(level, int) or level < 0:
        raise InvalidInput(f"a reorder level is a whole number of 0 or more, not {level!r}")
    if level > MAX_LEVEL:
        raise InvalidInput(f"a reorder level is at most {MAX_LEVEL}")
    return level


def _product(ledger: Ledger, sku: str) -> dict[str, Any]:
    """The product by SKU, priced or not, on sale or not (stock is kept for each)."""
    row = catalog_q.item_by_sku(ledger.db, sku.strip(), clock.local_minute(clock.now_utc()))
    if row is None:
        raise NotFound(f"no product with SKU or barcode {sku!r}")
    return row


def reorder_level(ledger: Ledger, sku: str) -> int:
    """The product's current level (its latest entry; 0 when never set). Raises NotFound."""
    return stock_q.reorder_level(ledger.db, _product(ledger, sku)["product_id"])


def set_reorder_level(
    ledger: Ledger, sku: str, level: int, *, user: User, moment: datetime | None = None
) -> int:
    """Set a product's level (in its unit): a new entry and its event in one transaction.
    Raises ApprovalRequired (not a manager), InvalidInput (negative, not whole), NotFound."""
    if not user.can_approve:
        raise ApprovalRequired("setting a reorder level needs a manager")
    check_level(level)
    item = _product(ledger, sku)
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        head = journal.check_clock(db, moment)
        row = {"product_id": item["product_id"], "level": level, "user_id": user.id,
               "set_at": clock.to_iso(moment), "event_seq": head.seq + 1}  # fmt: skip
        stock_q.insert_reorder_level(db, row)
        journal.append(db, ledger.device.id, EVENT,
                       {"sku": item["sku"], "by": user.name, **{k: v for k, v in row.items()
                                                             if k != "event_seq"}},
                       moment=moment, current=head)  # fmt: skip
    return level
