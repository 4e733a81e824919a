"""Home delivery at the outlet: orders pulled from the district, accepted, packed, dispatched,
delivered and paid (or not delivered).

The life of an order here: ``new`` → ``accepted`` (claimed at the district by this till; the
first claim wins, a loser shows ``taken``) or ``rejected`` → ``packed`` (the goods drawn from
the lots first-in first-out, as a counter sale draws them, and held for the order at the
prices it was placed at) → ``dispatched`` (with the delivery person's name) → ``delivered``
(the payment collected: the held goods become an ordinary sale with its receipt number and
journal event, in one transaction) or ``failed`` (the goods go back). The customer may cancel
before dispatch (``cancelled``; packed goods go back).

Each step is journalled (``order_*`` events, pushed with the sales, carrying the order id and
never the customer's details). Rules from the issue "Home delivery" and DESIGN.md section 8.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pos import clock
from pos.amounts.money import taxes_for
from pos.db.connection import transaction
from pos.db.selling import orders_q, sales_q
from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.outlet import config
from pos.outlet.users import User
from pos.products.catalog import Item, find_item
from pos.records import journal
from pos.records.ledger import Ledger
from pos.selling.sales import CartLine, SaleRecord, Tender, complete_sale, make_bill
from pos.sync import orders_protocol as op

FINAL = ("rejected", "delivered", "failed", "cancelled", "taken")


@dataclass(frozen=True)
class OrderLine:
    line_no: int
    sku: str
    name_en: str
    name_hi: str
    qty: int
    unit_price_paise: int


@dataclass(frozen=True)
class Order:
    """An order as the outlet holds it. ``amount_paise`` is what to collect (lines at the
    order's prices plus the delivery charge, rounded as a bill is); 0 when prepaid."""

    order_id: str
    app_order_id: str
    status: str
    district_status: str
    claim: str
    customer_name: str
    phone: str
    address: str
    area: str
    payment: str
    prepaid_ref: str | None
    placed_at: str
    reason: str | None
    delivery_person: str | None
    receipt_no: str | None
    lines: tuple[OrderLine, ...]
    bill_total_paise: int
    amount_paise: int

    @property
    def short_id(self) -> str:
        return self.order_id[:8]

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "lines"}
        data["lines"] = [line.__dict__ for line in self.lines]
        return data


# ---------------------------------------------------------------- reading


def _order(ledger: Ledger, row: dict[str, Any]) -> Order:
    lines = tuple(
        OrderLine(
            r["line_no"], r["sku"], r["name_en"], r["name_hi"], r["qty"], r["unit_price_paise"]
        )
        for r in orders_q.lines(ledger.db, row["order_id"])
    )
    receipt = None
    if row["sale_id"] is not None:
        receipt = orders_q.receipt_no_of(ledger.db, row["sale_id"])
    try:
        total = make_bill(cart_lines(ledger, lines)).total_paise
    except (NotFound, NotAllowed):
        total = sum(line.qty * line.unit_price_paise for line in lines)
    return Order(
        row["order_id"],
        row["app_order_id"],
        row["status"],
        row["district_status"],
        row["claim"],
        row["customer_name"],
        row["phone"],
        row["address"],
        row["area"],
        row["payment"],
        row["prepaid_ref"],
        row["placed_at"],
        row["reason"],
        row["delivery_person"],
        receipt,
        lines,
        total,
        0 if row["payment"] == "prepaid_upi" else total,
    )


def get_order(ledger: Ledger, ref: str) -> Order:
    """An order by its id, the first characters of it (8 are shown), or the app's order id.

    Raises NotFound, InvalidInput (a prefix that fits two orders)."""
    ref = ref.strip()
    if len(ref) < 4:
        raise InvalidInput("give at least the first 4 characters of the order id")
    found = orders_q.find(ledger.db, ref)
    if not found:
        raise NotFound(f"no order {ref!r} at this outlet")
    if len(found) > 1:
        raise InvalidInput(f"{ref!r} fits more than one order: give more of its id")
    return _order(ledger, found[0])


def list_orders(ledger: Ledger, statuses: tuple[str, ...] | None = None) -> list[Order]:
    return [_order(ledger, r) for r in orders_q.listing(ledger.db, statuses)]


def cart_lines(ledger: Ledger, lines: tuple[OrderLine, ...]) -> list[CartLine]:
    """The order's lines priced at the order's prices (never above today's MRP), plus the
    outlet's delivery charge as its own line with its own tax, if one is set."""
    doc_mode = ledger.outlet.doc_mode
    out = []
    for line in lines:
        item = find_item(ledger, line.sku)
        out.append(_priced(item, line.qty, min(line.unit_price_paise, item.mrp_paise), doc_mode))
    charge_sku = config.get(ledger, "delivery_charge_sku").strip()
    if charge_sku:
        item = find_item(ledger, charge_sku)
        out.append(_priced(item, 1, item.mrp_paise, doc_mode))
    return out


def _priced(item: Item, qty: int, unit: int, doc_mode: str) -> CartLine:
    """A line at the price the order was placed at: agreed with the district, so no manager
    is asked for a price below today's MRP."""
    gross = unit * qty
    taxable, cgst, sgst = taxes_for(gross, item.rate_bp, doc_mode)
    return CartLine(item, qty, unit, 0, gross, taxable, cgst, sgst, None)


# ---------------------------------------------------------------- the orders lane


def receive(ledger: Ledger, orders: list[op.OutletOrder], own_device: str) -> list[str]:
    """Store orders pulled from the district (one transaction); returns the ids of orders
    that are new here (the counter alerts on them). Never shows an order twice."""
    now = clock.to_iso(clock.now_utc())
    new: list[str] = []
    with transaction(ledger.db):
        for o in orders:
            old = orders_q.get(ledger.db, o.order_id)
            row = {
                "order_id": o.order_id,
                "app_order_id": o.app_order_id,
                "status": "new",
                "district_status": o.status,
                "version": o.version,
                "claim": "none",
                "customer_name": o.customer_name,
                "phone": o.phone,
                "address": o.address,
                "area": o.area,
                "payment": o.payment,
                "prepaid_ref": o.prepaid_ref,
                "placed_at": o.placed_at,
                "received_at": now,
                "updated_at": now,
            }
            lines = [{"order_id": o.order_id, **line.model_dump()} for line in o.lines]
            orders_q.upsert_from_district(ledger.db, row, lines)
            if old is None:
                new.append(o.order_id)
            _follow_district(ledger, o, own_device, now)
    return new


def _follow_district(ledger: Ledger, o: op.OutletOrder, own_device: str, now: str) -> None:
    """What the district says that changes the order here: another till took it, the
    customer cancelled it (packed goods go back, journalled)."""
    local = orders_q.get(ledger.db, o.order_id)
    assert local is not None
    if o.claimed_by and o.claimed_by != own_device and local["status"] == "new":
        orders_q.update(
            ledger.db,
            o.order_id,
            {"status": "taken", "claim": "lost", "finished_at": now, "updated_at": now},
        )
    if o.status == "cancelled" and local["status"] in ("new", "accepted", "packed"):
        if local["status"] == "packed":
            orders_q.release_holds(ledger.db, o.order_id, now)
            journal.append(
                ledger.db,
                ledger.device.id,
                op.ORDER_FAILED,
                {"order_id": o.order_id, "reason": "cancelled by the customer"},
            )
        orders_q.update(
            ledger.db,
            o.order_id,
            {
                "status": "cancelled",
                "finished_at": now,
                "updated_at": now,
                "reason": "cancelled by the customer",
            },
        )


def pending_claims(ledger: Ledger) -> list[str]:
    return [r["order_id"] for r in orders_q.pending_claims(ledger.db)]


def record_claim(ledger: Ledger, order_id: str, *, won: bool, why: str = "") -> None:
    """The district's answer to a claim. A lost claim on an order already packed here puts
    its goods back and leaves it for the manager to see (``taken``, with the reason)."""
    now = clock.to_iso(clock.now_utc())
    with transaction(ledger.db):
        row = orders_q.get(ledger.db, order_id)
        if row is None or row["claim"] != "pending":
            return
        if won:
            orders_q.update(ledger.db, order_id, {"claim": "won", "updated_at": now})
            return
        if row["status"] == "packed":
            orders_q.release_holds(ledger.db, order_id, now)
            journal.append(
                ledger.db,
                ledger.device.id,
                op.ORDER_FAILED,
                {"order_id": order_id, "reason": f"claim refused: {why}"},
            )
        orders_q.update(
            ledger.db,
            order_id,
            {
                "claim": "lost",
                "status": "taken",
                "finished_at": now,
                "updated_at": now,
                "reason": f"taken at the district: {why}" if why else "taken by another till",
            },
        )


def stock_report(ledger: Ledger) -> dict[str, int]:
    return orders_q.stock_by_sku(ledger.db)


def erase_expired(ledger: Ledger, now: datetime | None = None) -> int:
    """Blank the customers' details of orders finished longer ago than the outlet keeps them."""
    days = config.get_int(ledger, "orders_keep_customer_days")
    cutoff = clock.to_iso((now or clock.now_utc()) - timedelta(days=days))
    with transaction(ledger.db):
        return orders_q.erase_finished_before(ledger.db, cutoff)


# ---------------------------------------------------------------- the steps


def _step(ledger: Ledger, ref: str, allowed: tuple[str, ...], what: str) -> Order:
    order = get_order(ledger, ref)
    if order.status not in allowed:
        raise NotAllowed(f"order {order.short_id} is {order.status}: it cannot be {what}")
    if order.district_status == "cancelled" and what not in ("marked not delivered",):
        raise NotAllowed(f"order {order.short_id} was cancelled by the customer")
    return order


def _event(ledger: Ledger, kind: str, data: dict[str, Any], moment: datetime) -> None:
    journal.append(ledger.db, ledger.device.id, kind, data, moment=moment)


def accept(ledger: Ledger, ref: str, user: User) -> Order:
    """Accept a new order: the claim goes to the district with the next sync (the first
    claim wins there)."""
    order = _step(ledger, ref, ("new",), "accepted")
    moment = clock.now_utc()
    with transaction(ledger.db):
        _event(ledger, op.ORDER_ACCEPTED, {"order_id": order.order_id, "user_id": user.id}, moment)
        orders_q.update(
            ledger.db,
            order.order_id,
            {"status": "accepted", "claim": "pending", "updated_at": clock.to_iso(moment)},
        )
    return get_order(ledger, order.order_id)


def reject(ledger: Ledger, ref: str, user: User, reason: str) -> Order:
    """Reject a new or accepted (not yet packed) order with a reason (it goes back to the
    district and the app)."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("say why the order is rejected (the customer sees it)")
    order = _step(ledger, ref, ("new", "accepted"), "rejected")
    moment = clock.now_utc()
    with transaction(ledger.db):
        _event(
            ledger,
            op.ORDER_REJECTED,
            {"order_id": order.order_id, "reason": reason[:200], "user_id": user.id},
            moment,
        )
        orders_q.update(
            ledger.db,
            order.order_id,
            {
                "status": "rejected",
                "reason": reason[:200],
                "updated_at": clock.to_iso(moment),
                "finished_at": clock.to_iso(moment),
            },
        )
    return get_order(ledger, order.order_id)


def pack(ledger: Ledger, ref: str, user: User) -> Order:
    """Draw the order's goods from the lots, first-in first-out, and hold them for it.

    Raises NotAllowed when a product is short (the message names it and what is on hand:
    the manager may reject the order), or is no longer sold here.
    """
    order = _step(ledger, ref, ("accepted",), "packed")
    moment = clock.now_utc()
    with transaction(ledger.db):
        holds: list[dict[str, Any]] = []
        for line in order.lines:
            item = find_item(ledger, line.sku)
            left = line.qty
            for lot_id, shg_id, free in sales_q.lots_for_sale(ledger.db, item.product_id):
                take = min(left, free)
                holds.append(
                    {
                        "order_id": order.order_id,
                        "line_no": line.line_no,
                        "product_id": item.product_id,
                        "lot_id": lot_id,
                        "shg_id": shg_id,
                        "qty": take,
                        "unit_price_paise": line.unit_price_paise,
                    }
                )
                left -= take
                if left == 0:
                    break
            if left:
                have = line.qty - left
                raise NotAllowed(
                    f"{line.name_en}: only {have} on hand for this order of "
                    f"{line.qty}; receive stock or reject the order"
                )
        orders_q.insert_holds(ledger.db, holds)
        _event(
            ledger,
            op.ORDER_PACKED,
            {
                "order_id": order.order_id,
                "user_id": user.id,
                "holds": [{k: h[k] for k in ("line_no", "lot_id", "qty")} for h in holds],
                "amount_paise": order.amount_paise,
            },
            moment,
        )
        orders_q.update(
            ledger.db, order.order_id, {"status": "packed", "updated_at": clock.to_iso(moment)}
        )
    return get_order(ledger, order.order_id)


def dispatch(ledger: Ledger, ref: str, user: User, delivery_person: str) -> Order:
    person = " ".join(delivery_person.split())
    if not person:
        raise InvalidInput("name the delivery person")
    order = _step(ledger, ref, ("packed",), "dispatched")
    moment = clock.now_utc()
    with transaction(ledger.db):
        _event(
            ledger,
            op.ORDER_DISPATCHED,
            {"order_id": order.order_id, "user_id": user.id, "delivery_person": person[:80]},
            moment,
        )
        orders_q.update(
            ledger.db,
            order.order_id,
            {
                "status": "dispatched",
                "delivery_person": person[:80],
                "updated_at": clock.to_iso(moment),
            },
        )
    return get_order(ledger, order.order_id)


def deliver(
    ledger: Ledger, ref: str, user: User, method: str, utr: str | None = None
) -> SaleRecord:
    """Delivered and paid: the held goods become a sale (its receipt number, lines,
    allocations, payment and event) in one transaction with the ``order_delivered`` event.

    ``method`` is cash (handed over at the counter: it counts into this shift's drawer) or
    upi (with its UTR); a prepaid order takes no money. Raises NotAllowed, InvalidInput.
    """
    order = get_order(ledger, ref)
    if order.status != "dispatched":
        raise NotAllowed(
            f"order {order.short_id} is {order.status}: only a dispatched order is delivered"
        )
    if method not in ("cash", "upi"):
        raise InvalidInput("a delivery is paid in cash or by UPI")
    moment = clock.now_utc()
    with transaction(ledger.db):
        holds = orders_q.open_holds(ledger.db, order.order_id)
        lines = cart_lines(ledger, order.lines)
        drawn: dict[int, list[tuple[int | None, int, int]]] = {}
        for hold in holds:
            drawn.setdefault(hold["line_no"], []).append(
                (hold["lot_id"], hold["shg_id"], hold["qty"])
            )
        orders_q.release_holds(ledger.db, order.order_id, clock.to_iso(moment))
        total = make_bill(lines).total_paise
        if order.payment == "prepaid_upi":
            tender = Tender("upi", total, order.prepaid_ref)
        elif method == "upi":
            if not (utr or "").strip():
                raise InvalidInput("a UPI payment needs its UTR (the 12-digit reference)")
            tender = Tender("upi", total, utr)
        else:
            tender = Tender("cash", total)
        sale = complete_sale(ledger, lines, [tender], user, moment=moment, drawn_lots=drawn)
        _event(
            ledger,
            op.ORDER_DELIVERED,
            {
                "order_id": order.order_id,
                "user_id": user.id,
                "receipt_no": sale.receipt_no,
                "sale_uuid": sale.uuid,
                "total_paise": sale.total_paise,
                "method": tender.method,
            },
            moment,
        )
        orders_q.update(
            ledger.db,
            order.order_id,
            {
                "status": "delivered",
                "sale_id": sale.id,
                "updated_at": clock.to_iso(moment),
                "finished_at": clock.to_iso(moment),
            },
        )
    return sale


def fail(ledger: Ledger, ref: str, user: User, reason: str) -> Order:
    """Not delivered (or cancelled after packing): the held goods go back to their lots."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("say why the order was not delivered")
    order = _step(ledger, ref, ("packed", "dispatched"), "marked not delivered")
    moment = clock.now_utc()
    with transaction(ledger.db):
        orders_q.release_holds(ledger.db, order.order_id, clock.to_iso(moment))
        _event(
            ledger,
            op.ORDER_FAILED,
            {"order_id": order.order_id, "user_id": user.id, "reason": reason[:200]},
            moment,
        )
        orders_q.update(
            ledger.db,
            order.order_id,
            {
                "status": "failed",
                "reason": reason[:200],
                "updated_at": clock.to_iso(moment),
                "finished_at": clock.to_iso(moment),
            },
        )
    return get_order(ledger, order.order_id)


def upi_link(ledger: Ledger, order: Order) -> str | None:
    """The UPI payment link for the amount to collect (None when prepaid or no VPA)."""
    from pos.printing.documents.receipt import upi_link as link

    vpa = ledger.outlet.upi_vpa
    if not vpa or order.amount_paise <= 0:
        return None
    return link(vpa, ledger.outlet.name_en, order.amount_paise, f"ORDER-{order.short_id}")
