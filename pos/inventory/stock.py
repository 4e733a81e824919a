"""SHG stock: lots received from SHGs, their levels, and every change with a reason.

A lot (not the product) says which SHG made an item. Each change writes a stock move, updates
the lot's cached balance and appends a journal event in one transaction. Sales draw on lots
first-in first-out in pos.selling.sales; this module receives, writes off, counts and returns stock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from pos import clock
from pos.amounts.money import Paise, format_rupees
from pos.db.backoffice import catalog_q, stock_q
from pos.db.connection import transaction
from pos.db.selling import sales_q
from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.outlet.users import User
from pos.products import catalog
from pos.records import journal
from pos.records.ledger import Ledger
from pos.reporting.settlement import outlet_commission
from pos.selling.sales import validate_qty

WRITE_OFF_KINDS = ("damage", "expiry")
INTAKE_EVENT = journal.STOCK_RECEIVED
MOVE_EVENT = "stock_moved"


@dataclass(frozen=True)
class Lot:
    id: int
    shg_id: int
    shg_code: str
    product_id: int
    sku: str
    name_en: str
    qty_received: int
    received_on: str
    expiry: str | None
    shg_price_paise: Paise | None
    on_hand: int
    name_hi: str = ""  # the product's Hindi name ("" when it has none)
    shg_name_en: str = ""
    shg_name_hi: str = ""
    unit: str = "pc"  # the product's: pc, g or ml


@dataclass(frozen=True)
class StockMove:
    id: int
    lot_id: int
    kind: str
    qty: int
    reason: str
    on_hand_after: int


class StockLevel(NamedTuple):
    """One product's stock (a named tuple: all products at once must stay fast).
    ``reorder_level`` is the outlet's own (pos.inventory.reorder; 0 when never set)."""

    product_id: int
    sku: str
    name_en: str
    unit: str
    on_hand: int
    lots_with_stock: int
    sold_beyond_stock: int
    reorder_level: int = 0
    name_hi: str = ""  # the product's Hindi name ("" when it has none)

    @property
    def low(self) -> bool:
        """At or below its reorder level: time to ask the SHG for more."""
        return self.on_hand <= self.reorder_level


def _lot(row: dict[str, Any]) -> Lot:
    return Lot(
        id=row["id"],
        shg_id=row["shg_id"],
        shg_code=row["shg_code"],
        product_id=row["product_id"],
        sku=row["sku"],
        name_en=row["name_en"],
        qty_received=row["qty_received"],
        received_on=row["received_on"],
        expiry=row["expiry"],
        shg_price_paise=row["shg_price_paise"],
        on_hand=row["on_hand"],
        name_hi=row["name_hi"],
        shg_name_en=row["shg_name_en"],
        shg_name_hi=row["shg_name_hi"],
        unit=row.get("unit") or "pc",
    )


def parse_date(text: str, what: str) -> str:
    """A calendar date as YYYY-MM-DD; raises InvalidInput otherwise."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except (ValueError, AttributeError):
        raise InvalidInput(f"{what} must be a date like 2026-04-30, not {text!r}") from None


def get_lot(ledger: Ledger, lot_id: int) -> Lot:
    row = stock_q.lot_by_id(ledger.db, lot_id)
    if row is None:
        raise NotFound(f"no stock lot #{lot_id}")
    return _lot(row)


def receive_lot(
    ledger: Ledger,
    shg_code: str,
    sku: str,
    qty: int,
    *,
    user: User,
    received_on: str | None = None,
    expiry: str | None = None,
    shg_price_paise: Paise | None = None,
    moment: datetime | None = None,
) -> Lot:
    """Take in a lot from an SHG: the lot row, its balance, an intake move and an event.

    ``shg_price_paise`` is the agreed price per unit the SHG is owed (used when the outlet's
    commission is the margin). Raises NotFound (SHG or product), InvalidInput, NotAllowed.
    """
    validate_qty(qty)
    moment = moment or clock.now_utc()
    today = clock.business_date(moment)
    received = parse_date(received_on, "the received date") if received_on else today
    if received > today:
        raise InvalidInput(f"the received date {received} is in the future (today is {today})")
    expires = parse_date(expiry, "the expiry date") if expiry else None
    if expires is not None and expires < received:
        raise InvalidInput(f"the expiry {expires} is before the received date {received}")
    shg = catalog_q.shg_by_code(ledger.db, (shg_code or "").strip().upper())
    if shg is None:
        raise NotFound(f"no SHG with code {shg_code!r}: add it to the catalog first")
    if not shg["active"]:
        raise NotAllowed(f"SHG {shg['code']} is no longer active")
    item = catalog.find_item(ledger, sku, moment)
    if shg_price_paise is not None:
        if isinstance(shg_price_paise, bool) or not isinstance(shg_price_paise, int):
            raise InvalidInput("the agreed SHG price must be whole paise")
        if shg_price_paise < 0:
            raise InvalidInput("the agreed SHG price cannot be negative")
        if shg_price_paise > item.mrp_paise:
            raise InvalidInput(
                f"the agreed SHG price {format_rupees(shg_price_paise)} is above the MRP "
                f"{format_rupees(item.mrp_paise)} of {item.sku}"
            )
    if shg_price_paise is None and outlet_commission(ledger)[1].kind == "margin":
        raise InvalidInput("this outlet pays SHGs the margin: give the agreed SHG price of the lot")
    db = ledger.db
    with transaction(db):
        head = journal.check_clock(db, moment)
        row = {
            "shg_id": shg["id"],
            "product_id": item.product_id,
            "qty_received": qty,
            "received_on": received,
            "expiry": expires,
            "shg_price_paise": shg_price_paise,
            "created_at": clock.to_iso(moment),
            "event_seq": head.seq + 1,
        }
        lot_id = stock_q.insert_lot(db, row)
        stock_q.insert_lot_balance(db, lot_id, item.product_id, qty)
        sales_q.insert_stock_move(
            db,
            {
                "product_id": item.product_id,
                "lot_id": lot_id,
                "shg_id": shg["id"],
                "qty": qty,
                "kind": "intake",
                "sale_line_id": None,
                "reason": None,
                "created_at": row["created_at"],
                "business_date": today,
                "event_seq": head.seq + 1,
            },
        )
        journal.append(
            db,
            ledger.device.id,
            INTAKE_EVENT,
            {
                "lot_id": lot_id,
                "shg_code": shg["code"],
                "sku": item.sku,
                "user_id": user.id,
                **{k: v for k, v in row.items() if k != "event_seq"},
            },
            moment=moment,
            current=head,
        )
    return get_lot(ledger, lot_id)


def _move(
    ledger: Ledger,
    lot_id: int,
    kind: str,
    delta: int,
    reason: str,
    user: User,
    moment: datetime | None,
) -> StockMove:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(f"a stock {kind.replace('_', ' ')} needs a reason")
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        lot = get_lot(ledger, lot_id)
        if lot.on_hand + delta < 0:
            raise NotAllowed(
                f"lot #{lot.id} ({lot.sku} from {lot.shg_code}) has only {lot.on_hand} on hand,"
                f" cannot take out {-delta}"
            )
        head = journal.check_clock(db, moment)
        row = {
            "product_id": lot.product_id,
            "lot_id": lot.id,
            "shg_id": lot.shg_id,
            "qty": delta,
            "kind": kind,
            "sale_line_id": None,
            "reason": reason,
            "created_at": clock.to_iso(moment),
            "business_date": clock.business_date(moment),
            "event_seq": head.seq + 1,
        }
        move_id = sales_q.insert_stock_move(db, row)
        sales_q.adjust_lot_balance(db, lot.id, delta)
        journal.append(
            db,
            ledger.device.id,
            MOVE_EVENT,
            {
                "move_id": move_id,
                "shg_code": lot.shg_code,
                "sku": lot.sku,
                "user_id": user.id,
                **{k: v for k, v in row.items() if k != "event_seq"},
            },
            moment=moment,
            current=head,
        )
    return StockMove(move_id, lot.id, kind, delta, reason, lot.on_hand + delta)


def write_off(
    ledger: Ledger,
    lot_id: int,
    kind: str,
    qty: int,
    reason: str,
    *,
    user: User,
    moment: datetime | None = None,
) -> StockMove:
    """Take damaged or expired units out of a lot. Raises InvalidInput, NotFound, NotAllowed."""
    if kind not in WRITE_OFF_KINDS:
        raise InvalidInput(f"a write-off is {' or '.join(WRITE_OFF_KINDS)}, not {kind!r}")
    validate_qty(qty)
    return _move(ledger, lot_id, kind, -qty, reason, user, moment)


def return_to_shg(
    ledger: Ledger,
    lot_id: int,
    qty: int,
    reason: str,
    *,
    user: User,
    moment: datetime | None = None,
) -> StockMove:
    """Give units of a lot back to the SHG that made them."""
    validate_qty(qty)
    return _move(ledger, lot_id, "return_to_shg", -qty, reason, user, moment)


def count_adjust(
    ledger: Ledger,
    lot_id: int,
    counted: int,
    reason: str,
    *,
    user: User,
    moment: datetime | None = None,
) -> StockMove:
    """Set a lot's on-hand to a physical count (the difference is an 'adjust' move)."""
    if isinstance(counted, bool) or not isinstance(counted, int) or counted < 0:
        raise InvalidInput(f"a counted quantity is a whole number of at least 0, not {counted!r}")
    lot = get_lot(ledger, lot_id)
    if counted == lot.on_hand:
        raise InvalidInput(f"lot #{lot.id} already has {counted} on hand: nothing to adjust")
    return _move(ledger, lot_id, "adjust", counted - lot.on_hand, reason, user, moment)


def lots_of(ledger: Ledger, sku: str, *, with_stock_only: bool = False) -> list[Lot]:
    """A product's lots in the order a sale draws on them (earliest expiry, then received)."""
    item = catalog.find_item(ledger, sku)
    rows = stock_q.lots_of_product(ledger.db, item.product_id, with_stock_only=with_stock_only)
    return [_lot(r) for r in rows]


def stock_levels(ledger: Ledger) -> list[StockLevel]:
    """On hand for every product (by SKU), with units sold beyond stock flagged."""
    return list(map(StockLevel._make, stock_q.levels_all(ledger.db)))


def on_hand(ledger: Ledger, product_ids: list[int]) -> dict[int, int]:
    """Units on hand per product (in its unit), for the counter's search results; a product
    never received is 0."""
    found = stock_q.on_hand_by_product(ledger.db, product_ids)
    return {pid: found.get(pid, 0) for pid in product_ids}


def levels_page(
    ledger: Ledger, text: str = "", after_sku: str = "", limit: int = 200
) -> list[StockLevel]:
    """``stock_levels`` a page at a time: the products after ``after_sku`` by SKU whose SKU or
    name contains ``text`` (all when blank), at most ``limit``."""
    like = f"%{text.strip()}%" if text.strip() else ""
    return list(map(StockLevel._make, stock_q.levels_page(ledger.db, like, after_sku, limit)))
