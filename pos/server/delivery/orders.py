"""Home delivery at the district: apps and their keys, routing, orders and their life.

One writer per datum: the district writes an order (placed, routed, claimed, cancelled); the
outlet reports what happens to it as journal events (``order_*``) that ingest applies here.
Every change bumps the order's version (the "orders" counter, allocated under its row lock,
so versions follow commit order) and queues a webhook to the app (pos/server/delivery/webhooks.py).

The customer's name, phone and address are personal data: they go only to the outlet that
serves the order (the orders lane) and to staff whose role needs them; they are never logged,
and ``erase_expired`` blanks them after the district's retention period (the money stays).
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from pos import clock
from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.server.storage import schema as t
from pos.server.storage.store import Store, sha256_hex, utc_now
from pos.sync import orders_protocol as op

RETENTION_KEY = "order_retention_days"
DEFAULT_RETENTION_DAYS = 90
PAGE_LIMIT = 200


class OrderConflict(NotAllowed):
    """A claim lost to another till, or a change the order's state does not allow (409)."""


@dataclass(frozen=True)
class AppRow:
    id: int
    name: str
    webhook_url: str | None
    key_hash: str
    revoked: bool


# ---------------------------------------------------------------- apps and areas


def add_app(store: Store, name: str, webhook_url: str | None = None) -> str:
    """Register an app; returns its key (shown once: only its SHA-256 is kept)."""
    name = name.strip()
    if not name or len(name) > 64:
        raise InvalidInput("an app needs a name of 1 to 64 characters")
    if webhook_url and not webhook_url.startswith(("http://", "https://")):
        raise InvalidInput("the webhook must be an http:// or https:// URL")
    key = "sk_" + secrets.token_urlsafe(32)
    with store.tx() as conn:
        if conn.execute(select(t.shop_apps.c.id).where(t.shop_apps.c.name == name)).first():
            raise InvalidInput(f"an app named {name!r} exists already")
        conn.execute(
            insert(t.shop_apps).values(
                name=name, key_hash=sha256_hex(key), webhook_url=webhook_url, created_at=utc_now()
            )
        )
    return key


def revoke_app(store: Store, name: str) -> None:
    with store.tx() as conn:
        done = conn.execute(
            update(t.shop_apps)
            .where(t.shop_apps.c.name == name.strip(), t.shop_apps.c.revoked_at.is_(None))
            .values(revoked_at=utc_now())
        )
        if done.rowcount == 0:
            raise NotFound(f"no app named {name!r} that is not revoked already")


def list_apps(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.shop_apps).order_by(t.shop_apps.c.id)).all()
    return [
        {"name": r.name, "webhook_url": r.webhook_url, "created_at": r.created_at,
         "revoked_at": r.revoked_at}
        for r in rows
    ]  # fmt: skip


def authenticate_app(store: Store, key: str) -> AppRow | None:
    if not key:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(
            select(t.shop_apps).where(t.shop_apps.c.key_hash == sha256_hex(key))
        ).first()
    if row is None:
        return None
    return AppRow(row.id, row.name, row.webhook_url, row.key_hash, row.revoked_at is not None)


def set_areas(store: Store, outlet_code: str, areas: list[str]) -> list[str]:
    """The PIN codes or wards an outlet serves (replacing its list). An area served by
    another outlet moves to this one. Raises InvalidInput, NotFound."""
    outlet_code = outlet_code.strip().upper()
    try:
        normal = sorted({op.normal_area(a) for a in areas})
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    with store.tx() as conn:
        if not conn.execute(
            select(t.outlets.c.code).where(t.outlets.c.code == outlet_code)
        ).first():
            raise NotFound(f"no outlet {outlet_code!r}")
        conn.execute(
            delete(t.outlet_areas).where(
                or_(t.outlet_areas.c.outlet_code == outlet_code, t.outlet_areas.c.area.in_(normal))
            )
        )
        if normal:
            conn.execute(
                insert(t.outlet_areas), [{"area": a, "outlet_code": outlet_code} for a in normal]
            )
    return normal


def areas_by_outlet(store: Store) -> dict[str, list[str]]:
    """Each outlet's PIN codes and wards, sorted (outlets serving none are absent)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.outlet_areas.c.outlet_code, t.outlet_areas.c.area).order_by(
                t.outlet_areas.c.outlet_code, t.outlet_areas.c.area
            )
        ).all()
    found: dict[str, list[str]] = {}
    for outlet, area in rows:
        found.setdefault(str(outlet), []).append(str(area))
    return found


def outlet_for_area(conn: Connection, area: str) -> str | None:
    found = conn.execute(
        select(t.outlet_areas.c.outlet_code).where(t.outlet_areas.c.area == area)
    ).scalar()
    return str(found) if found else None


# ---------------------------------------------------------------- catalog for the shop


def _now_minute() -> str:
    return clock.local_minute(clock.now_utc())


def _prices(conn: Connection, skus: list[str] | None, at: str) -> dict[str, int]:
    query = select(t.cat_prices).where(t.cat_prices.c.effective_from <= at)
    if skus is not None:
        query = query.where(t.cat_prices.c.sku.in_(skus))
    best: dict[str, tuple[str, int]] = {}
    for r in conn.execute(query):
        if r.sku not in best or r.effective_from > best[r.sku][0]:
            best[r.sku] = (r.effective_from, int(r.mrp_paise))
    return {sku: v[1] for sku, v in best.items()}


def _products(conn: Connection, skus: list[str] | None) -> dict[str, dict[str, Any]]:
    query = select(t.cat_products)
    if skus is not None:
        query = query.where(t.cat_products.c.sku.in_(skus))
    found = {r.sku: json.loads(r.data) for r in conn.execute(query)}
    return {sku: d for sku, d in found.items() if d.get("active", 1)}


def shop_catalog(store: Store, area: str | None) -> op.ShopCatalog:
    """Active products with a price in effect; ``in_stock`` for the outlet serving ``area``."""
    with store.engine.connect() as conn:
        outlet = outlet_for_area(conn, area) if area else None
        products = _products(conn, None)
        prices = _prices(conn, None, _now_minute())
        stock: dict[str, int] = {}
        if outlet:
            stock = {
                r.sku: int(r.qty)
                for r in conn.execute(
                    select(t.outlet_stock).where(t.outlet_stock.c.outlet_code == outlet)
                )
            }
    items = [
        op.CatalogItem(
            sku=sku, name_en=d["name_en"], name_hi=d.get("name_hi", ""),
            category=d["category"], unit=d.get("unit", "pc"), mrp_paise=prices[sku],
            in_stock=stock.get(sku, 0) > 0,
        )
        for sku, d in sorted(products.items(), key=lambda kv: (kv[1]["category"], kv[0]))
        if sku in prices
    ]  # fmt: skip
    return op.ShopCatalog(area=area, outlet_code=outlet, items=items)


def report_stock(store: Store, outlet_code: str, stock: dict[str, int]) -> None:
    """Replace what an outlet has on hand (its till reports it with each orders pull)."""
    now = utc_now()
    with store.tx() as conn:
        conn.execute(delete(t.outlet_stock).where(t.outlet_stock.c.outlet_code == outlet_code))
        rows = [
            {"outlet_code": outlet_code, "sku": sku, "qty": max(0, qty), "updated_at": now}
            for sku, qty in stock.items()
        ]
        if rows:
            conn.execute(insert(t.outlet_stock), rows)


# ---------------------------------------------------------------- versions and webhooks


def _next_version(conn: Connection) -> int:
    current = conn.execute(
        select(t.counters.c.value).where(t.counters.c.name == "orders").with_for_update()
    ).scalar_one()
    version = int(current) + 1
    conn.execute(update(t.counters).where(t.counters.c.name == "orders").values(value=version))
    return version


def _lines(conn: Connection, order_id: str) -> list[op.OrderLine]:
    rows = conn.execute(
        select(t.shop_order_lines)
        .where(t.shop_order_lines.c.order_id == order_id)
        .order_by(t.shop_order_lines.c.line_no)
    )
    return [
        op.OrderLine(line_no=r.line_no, sku=r.sku, name_en=r.name_en, name_hi=r.name_hi,
                     qty=int(r.qty), unit_price_paise=int(r.unit_price_paise))
        for r in rows
    ]  # fmt: skip


def _view(conn: Connection, row: Any) -> op.OrderView:
    return op.OrderView(
        order_id=row.order_id, app_order_id=row.app_order_id, status=row.status,
        outlet_code=row.outlet_code, items_total_paise=int(row.items_total_paise),
        amount_paid_paise=row.amount_paid_paise, receipt_no=row.receipt_no, reason=row.reason,
        version=int(row.version), placed_at=row.placed_at, updated_at=row.updated_at,
        lines=_lines(conn, row.order_id),
    )  # fmt: skip


def _checked_id(order_id: str) -> str:
    """An order id fit for a query (PostgreSQL refuses a NUL in text): NotFound otherwise."""
    if "\x00" in order_id or len(order_id) > 64:
        raise NotFound(f"no order {order_id[:64]!r}")
    return order_id


def _order_row(conn: Connection, order_id: str, *, lock: bool = False) -> Any:
    _checked_id(order_id)
    query = select(t.shop_orders).where(t.shop_orders.c.order_id == order_id)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(f"no order {order_id!r}")
    return row


def _change(conn: Connection, order_id: str, **values: Any) -> Any:
    """Write a change with a new version and queue the app's webhook; returns the new row."""
    now = utc_now()
    values.update(version=_next_version(conn), updated_at=now)
    if values.get("status") in op.FINAL_STATUSES:
        values["finished_at"] = now
    conn.execute(update(t.shop_orders).where(t.shop_orders.c.order_id == order_id).values(**values))
    row = _order_row(conn, order_id)
    _enqueue(conn, row)
    return row


def _enqueue(conn: Connection, row: Any) -> None:
    from pos.server.delivery import webhooks

    app = conn.execute(select(t.shop_apps).where(t.shop_apps.c.id == row.app_id)).first()
    if app is None or not app.webhook_url:
        return
    body = webhooks.body_for(_view(conn, row))
    conn.execute(
        insert(t.webhook_outbox).values(
            app_id=app.id, order_id=row.order_id, body=body, attempts=0, next_at=utc_now(),
            created_at=utc_now(),
        )
    )  # fmt: skip


# ---------------------------------------------------------------- the app's side


def place(store: Store, app: AppRow, order: op.OrderIn) -> op.PlaceAnswer:
    """Place an order, once per (app, app_order_id): a repeat answers the first order.

    Prices are the MRPs in effect now; they stay the order's prices. Raises InvalidInput
    (an unknown or inactive product, a product without a price, a repeated product).
    """
    for _attempt in range(2):
        try:
            with store.tx() as conn:
                return _place(conn, app, order)
        except IntegrityError:
            continue  # the same order posted at the same moment: the other one won; read it
    raise InvalidInput("the order could not be stored; try again")  # pragma: no cover


def _place(conn: Connection, app: AppRow, order: op.OrderIn) -> op.PlaceAnswer:
    version = _next_version(conn)  # also serialises placements (the counter's row lock)
    old = conn.execute(
        select(t.shop_orders).where(
            t.shop_orders.c.app_id == app.id, t.shop_orders.c.app_order_id == order.app_order_id
        )
    ).first()
    if old is not None:
        return op.PlaceAnswer(order=_view(conn, old), duplicate=True)
    skus = [i.sku for i in order.items]
    if len(set(skus)) != len(skus):
        raise InvalidInput("each product may appear once in an order (add up the quantities)")
    products = _products(conn, skus)
    prices = _prices(conn, skus, _now_minute())
    for sku in skus:
        if sku not in products:
            raise InvalidInput(f"product {sku!r} is not in the district's catalog")
        if sku not in prices:
            raise InvalidInput(f"product {sku!r} has no price yet")
    outlet = outlet_for_area(conn, order.area)
    order_id = str(uuid.uuid4())
    now = utc_now()
    total = sum(prices[i.sku] * i.qty for i in order.items)
    conn.execute(
        insert(t.shop_orders).values(
            order_id=order_id, app_id=app.id, app_order_id=order.app_order_id,
            outlet_code=outlet, status="placed" if outlet else "unrouted", version=version,
            customer_name=order.customer_name.strip(), phone=order.phone,
            address=order.address.strip(), area=order.area, payment=order.payment,
            prepaid_ref=order.prepaid_ref, items_total_paise=total, placed_at=now,
            updated_at=now,
        )
    )  # fmt: skip
    conn.execute(
        insert(t.shop_order_lines),
        [
            {"order_id": order_id, "line_no": n, "sku": i.sku,
             "name_en": products[i.sku]["name_en"], "name_hi": products[i.sku].get("name_hi", ""),
             "qty": i.qty, "unit_price_paise": prices[i.sku]}
            for n, i in enumerate(order.items, start=1)
        ],
    )  # fmt: skip
    row = _order_row(conn, order_id)
    _enqueue(conn, row)
    note = None if outlet else f"no outlet serves {order.area} yet: the district will assign one"
    return op.PlaceAnswer(order=_view(conn, row), duplicate=False, note=note)


def find(store: Store, app: AppRow, order_id: str) -> op.OrderView:
    """An app's own order, by the district's order id or the app's own id."""
    _checked_id(order_id)
    with store.engine.connect() as conn:
        row = conn.execute(
            select(t.shop_orders).where(
                t.shop_orders.c.app_id == app.id,
                or_(t.shop_orders.c.order_id == order_id, t.shop_orders.c.app_order_id == order_id),
            )
        ).first()
        if row is None:
            raise NotFound(f"no order {order_id!r} from this app")
        return _view(conn, row)


def cancel(store: Store, app: AppRow, order_id: str, reason: str) -> op.OrderView:
    """Cancel before dispatch (OrderConflict after). Cancelling twice is one cancellation."""
    _checked_id(order_id)
    with store.tx() as conn:
        row = conn.execute(
            select(t.shop_orders)
            .where(
                t.shop_orders.c.app_id == app.id,
                or_(t.shop_orders.c.order_id == order_id, t.shop_orders.c.app_order_id == order_id),
            )
            .with_for_update()
        ).first()
        if row is None:
            raise NotFound(f"no order {order_id!r} from this app")
        if row.status == "cancelled":
            return _view(conn, row)
        if row.status not in op.CANCELLABLE:
            raise OrderConflict(f"the order is {row.status} and can no longer be cancelled")
        return _view(conn, _change(conn, row.order_id, status="cancelled", reason=reason))


# ---------------------------------------------------------------- the outlet's side


def _outlet_order(conn: Connection, row: Any) -> op.OutletOrder:
    return op.OutletOrder(
        order_id=row.order_id, app_order_id=row.app_order_id, status=row.status,
        version=int(row.version), customer_name=row.customer_name, phone=row.phone,
        address=row.address, area=row.area, payment=row.payment, prepaid_ref=row.prepaid_ref,
        claimed_by=row.claimed_by, placed_at=row.placed_at, lines=_lines(conn, row.order_id),
    )  # fmt: skip


def outlet_page(
    store: Store, outlet_code: str, since: int, limit: int = PAGE_LIMIT
) -> op.OrdersPage:
    """The outlet's orders changed after version ``since``, oldest change first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.shop_orders)
            .where(t.shop_orders.c.outlet_code == outlet_code, t.shop_orders.c.version > since)
            .order_by(t.shop_orders.c.version)
            .limit(limit + 1)
        ).all()
        more = len(rows) > limit
        rows = rows[:limit]
        orders = [_outlet_order(conn, r) for r in rows]
    return op.OrdersPage(orders=orders, version=orders[-1].version if orders else since, more=more)


def claim(store: Store, outlet_code: str, device_id: str, order_id: str) -> op.ClaimAnswer:
    """The first till of the order's outlet to claim it wins; a repeat by it is fine.

    Raises NotFound (not this outlet's order), OrderConflict (another till has it, or the
    customer cancelled it).
    """
    with store.tx() as conn:
        row = _order_row(conn, order_id, lock=True)
        if row.outlet_code != outlet_code:
            raise NotFound(f"order {order_id} is not routed to outlet {outlet_code}")
        if row.claimed_by == device_id:
            return op.ClaimAnswer(order_id=order_id, claimed_by=device_id, status=row.status)
        if row.claimed_by is not None:
            raise OrderConflict("another till of this outlet has taken this order")
        if row.status != "placed":
            raise OrderConflict(f"the order is {row.status}; it cannot be taken")
        _change(conn, order_id, claimed_by=device_id, status="accepted")
    return op.ClaimAnswer(order_id=order_id, claimed_by=device_id, status="accepted")


_ORDER = {s: n for n, s in enumerate(
    ("unrouted", "placed", "accepted", "packed", "dispatched", "delivered")
)}  # fmt: skip


def apply_events(
    conn: Connection, outlet_code: str, device_id: str, envs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Apply accepted ``order_*`` journal events (inside ingest's transaction).

    Returns flags (ingest stores them) for events the order's state does not allow: a till
    that was not the claimant, a step after the customer cancelled. Never refuses the event.
    """
    flags: list[dict[str, Any]] = []
    for env in envs:
        status = op.EVENT_STATUS.get(env["kind"])
        if status is None:
            continue
        data = env["data"]
        order_id = str(data.get("order_id", ""))
        row = conn.execute(
            select(t.shop_orders).where(t.shop_orders.c.order_id == order_id).with_for_update()
        ).first()
        why = _refusal(row, outlet_code, device_id, status)
        if why:
            flags.append({
                "device_id": device_id, "event_id": env["event_id"], "kind": "order",
                "detail": f"{env['kind']} for order {order_id}: {why}", "created_at": utc_now(),
            })  # fmt: skip
            continue
        assert row is not None  # _refusal said so
        values: dict[str, Any] = {"status": status}
        if status == "accepted" and row.claimed_by is None:
            values["claimed_by"] = device_id
        if status in ("rejected", "failed"):
            values["reason"] = str(data.get("reason") or "")[:200]
        if status == "dispatched":
            values["delivery_person"] = str(data.get("delivery_person") or "")[:80]
        if status == "delivered":
            values["receipt_no"] = data.get("receipt_no")
            values["amount_paid_paise"] = int(data.get("total_paise") or 0)
        if row.status == status:
            continue  # already there (the claim set "accepted")
        _change(conn, order_id, **values)
    return flags


def _refusal(row: Any, outlet_code: str, device_id: str, status: str) -> str | None:
    if row is None:
        return "no such order at the district"
    if row.outlet_code != outlet_code:
        return f"the order is routed to {row.outlet_code}, not {outlet_code}"
    if row.claimed_by not in (None, device_id):
        return "another till claimed this order first"
    if row.status in op.FINAL_STATUSES and row.status != status:
        return f"the order is {row.status} already"
    if status in _ORDER and row.status in _ORDER and _ORDER[status] < _ORDER[row.status]:
        return f"the order is {row.status} already"
    return None


# ---------------------------------------------------------------- the office


def unrouted(store: Store) -> list[dict[str, Any]]:
    """Orders no outlet serves yet (with the area, never the customer's details)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.shop_orders).where(t.shop_orders.c.status == "unrouted")
            .order_by(t.shop_orders.c.placed_at)
        ).all()  # fmt: skip
    return [
        {"order_id": r.order_id, "area": r.area, "placed_at": r.placed_at,
         "items_total_paise": int(r.items_total_paise)}
        for r in rows
    ]  # fmt: skip


def reassign(store: Store, order_id: str, outlet_code: str) -> op.OrderView:
    """Send an unrouted order, or one not yet taken, to another outlet."""
    outlet_code = outlet_code.strip().upper()
    with store.tx() as conn:
        if not conn.execute(
            select(t.outlets.c.code).where(t.outlets.c.code == outlet_code)
        ).first():
            raise NotFound(f"no outlet {outlet_code!r}")
        row = _order_row(conn, order_id, lock=True)
        if row.status not in ("unrouted", "placed", "rejected"):
            raise OrderConflict(f"the order is {row.status}; only an order not yet taken moves")
        new = _change(
            conn, order_id, outlet_code=outlet_code, status="placed", claimed_by=None, reason=None
        )
        return _view(conn, new)


def retention_days(store: Store) -> int:
    with store.engine.connect() as conn:
        value = conn.execute(select(t.meta.c.value).where(t.meta.c.key == RETENTION_KEY)).scalar()
    return int(value) if value else DEFAULT_RETENTION_DAYS


def set_retention_days(store: Store, days: int) -> None:
    if not 1 <= days <= 3650:
        raise InvalidInput("the retention period is 1 to 3650 days")
    with store.tx() as conn:
        conn.execute(delete(t.meta).where(t.meta.c.key == RETENTION_KEY))
        conn.execute(insert(t.meta).values(key=RETENTION_KEY, value=str(days)))


def erase_expired(store: Store, now: datetime | None = None) -> int:
    """Blank the customer's name, phone and address of orders finished more than the
    retention period ago; the order's money, items and status stay. Returns how many."""
    now = now or datetime.now(UTC)
    cutoff = (now - timedelta(days=retention_days(store))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with store.tx() as conn:
        done = conn.execute(
            update(t.shop_orders)
            .where(
                and_(
                    t.shop_orders.c.finished_at.is_not(None),
                    t.shop_orders.c.finished_at < cutoff,
                    t.shop_orders.c.erased_at.is_(None),
                )
            )
            .values(customer_name="", phone="", address="", erased_at=utc_now())
        )
        # and the webhook bodies waiting for a receiver hold no personal data by design
    return int(done.rowcount or 0)
