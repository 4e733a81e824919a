"""The office pages' reads: health of the outlets, receipts, one receipt as the customer got it.

Totals per outlet and day come from pos.server.storage.reports (and its summaries); this module
holds the few row-level reads the pages drill down to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from pos.amounts.money import format_rate, format_rupees
from pos.server.storage import schema as t
from pos.server.storage.store import Store
from pos.server.web import i18n

SKEW_LIMIT = timedelta(minutes=5)


@dataclass(frozen=True)
class Outlet:
    code: str
    name: str
    created_at: str
    gstin: str | None = None  # set by the district (pos-server outlet add --gstin, Outlets)


def outlets(store: Store) -> list[Outlet]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.outlets).order_by(t.outlets.c.code)).all()
    return [Outlet(r.code, r.name, r.created_at, r.gstin) for r in rows]


def outlet_names(store: Store) -> dict[str, str]:
    return {o.code: o.name for o in outlets(store)}


@dataclass(frozen=True)
class Attention:
    device_id: str
    short_code: str
    outlet_code: str
    what: str
    detail: str
    at: str


def flags(store: Store, kinds: tuple[str, ...], limit: int = 50) -> list[Attention]:
    """The latest flags of these kinds (chain_break, old_price, …) with their device."""
    f, d = t.flags, t.devices
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(f.c.kind, f.c.detail, f.c.created_at, d.c.device_id, d.c.short_code,
                   d.c.outlet_code)
            .join(d, d.c.device_id == f.c.device_id)
            .where(f.c.kind.in_(kinds))
            .order_by(f.c.id.desc())
            .limit(limit)
        ).all()  # fmt: skip
    return [
        Attention(r.device_id, r.short_code, r.outlet_code, r.kind, r.detail, r.created_at)
        for r in rows
    ]


def in_attention(store: Store, limit: int = 50) -> list[Attention]:
    """Events the district could not accept as they came: dead letters and conflicts."""
    d = t.devices
    found: list[Attention] = []
    with store.engine.connect() as conn:
        for table, what in ((t.dead_letters, "invalid"), (t.event_conflicts, "conflict")):
            rows = conn.execute(
                select(table.c.seq, table.c.reason, table.c.received_at, d.c.device_id,
                       d.c.short_code, d.c.outlet_code)
                .join(d, d.c.device_id == table.c.device_id)
                .order_by(table.c.id.desc())
                .limit(limit)
            ).all()  # fmt: skip
            found.extend(
                Attention(r.device_id, r.short_code, r.outlet_code, what,
                          f"seq {r.seq}: {r.reason}", r.received_at)
                for r in rows
            )  # fmt: skip
    return sorted(found, key=lambda a: a.at, reverse=True)[:limit]


def clock_ahead(store: Store) -> list[Attention]:
    """Devices whose latest event was stamped more than five minutes after the district
    received it: the till's clock runs ahead. (A clock behind cannot be told from an offline
    delay, so the till's own skew check covers that.)"""
    d, e = t.devices, t.events

    def newest(column: Any) -> Any:  # the device's latest event: an index lookup on (device, seq)
        return (
            select(column).where(e.c.device_id == d.c.device_id).order_by(e.c.seq.desc())
            .limit(1).scalar_subquery()
        )  # fmt: skip

    with store.engine.connect() as conn:  # one round trip for every device
        rows = conn.execute(
            select(d.c.device_id, d.c.short_code, d.c.outlet_code,
                   newest(e.c.created_at).label("created_at"),
                   newest(e.c.received_at).label("received_at"))
            .where(d.c.revoked_at.is_(None))
            .order_by(d.c.outlet_code, d.c.short_code)
        ).all()  # fmt: skip
    found = []
    for r in rows:
        if r.created_at is None:
            continue
        skew = _parse(r.created_at) - _parse(r.received_at)
        if skew > SKEW_LIMIT:
            found.append(
                Attention(r.device_id, r.short_code, r.outlet_code, "clock",
                          f"{int(skew.total_seconds() // 60)} min", r.received_at)
            )  # fmt: skip
    return found


def _parse(stamp: str) -> datetime:
    return datetime.strptime(stamp[:26], "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)


@dataclass(frozen=True)
class ReceiptRow:
    event_id: str
    receipt_no: str
    kind: str
    is_void: bool
    created_at: str
    total_paise: int
    short_code: str
    tenders: str


def receipts_of_day(store: Store, outlet: str, day: str) -> list[ReceiptRow]:
    s, d, p = t.sales, t.devices, t.sale_payments
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(s, d.c.short_code)
            .join(d, d.c.device_id == s.c.device_id)
            .where(s.c.outlet_code == outlet, s.c.business_date == day)
            .order_by(s.c.created_at)
        ).all()
        pays: dict[str, list[str]] = {}
        for r in conn.execute(
            select(p.c.event_id, p.c.method)
            .join(s, s.c.event_id == p.c.event_id)
            .where(s.c.outlet_code == outlet, s.c.business_date == day)
        ):
            pays.setdefault(r.event_id, []).append(r.method)
    return [
        ReceiptRow(r.event_id, r.receipt_no, r.kind, bool(r.is_void), r.created_at,
                   int(r.total_paise) * int(r.sign), r.short_code,
                   "+".join(sorted(set(pays.get(r.event_id, [])))))
        for r in rows
    ]  # fmt: skip


def receipt(store: Store, event_id: str) -> dict[str, Any] | None:
    """One receipt as pushed (the event's own payload) with its outlet, business day (for the
    link back to that day's receipts) and till."""
    e, s, d = t.events, t.sales, t.devices
    with store.engine.connect() as conn:
        row = conn.execute(
            select(e.c.body, s.c.outlet_code, s.c.business_date, d.c.short_code)
            .join(s, s.c.event_id == e.c.event_id)
            .join(d, d.c.device_id == e.c.device_id)
            .where(e.c.event_id == event_id)
        ).first()
        if row is None:
            return None
        envelope = json.loads(row.body)
        skus = sorted({str(line.get("sku")) for line in envelope["data"].get("lines", [])})
        names = {
            r.sku: json.loads(r.data)
            for r in conn.execute(select(t.cat_products).where(t.cat_products.c.sku.in_(skus)))
        }
    return {
        "envelope": envelope,
        "data": envelope["data"],
        "outlet": row.outlet_code,
        "day": row.business_date,
        "till": row.short_code,
        "products": names,
    }


def device_counts(store: Store) -> dict[str, int]:
    """Enrolled, revoked and silent-for-a-day device counts for the header of Today."""
    d = t.devices
    cutoff = (datetime.now(UTC) - timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(d)).scalar_one()
        revoked = conn.execute(
            select(func.count()).select_from(d).where(d.c.revoked_at.is_not(None))
        ).scalar_one()
        silent = conn.execute(
            select(func.count())
            .select_from(d)
            .where(d.c.revoked_at.is_(None))
            .where((d.c.last_seen_at.is_(None)) | (d.c.last_seen_at < cutoff))
        ).scalar_one()
    return {"total": int(total), "revoked": int(revoked), "silent": int(silent)}


def shgs(store: Store) -> list[dict[str, Any]]:
    """The district's SHG register (the published current state), by code."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.cat_shgs).order_by(t.cat_shgs.c.code)).all()
    return [json.loads(r.data) for r in rows]


def shg(store: Store, code: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(t.cat_shgs.c.data).where(t.cat_shgs.c.code == code)).first()
    return None if row is None else dict(json.loads(row.data))


def district_name(store: Store) -> str:
    with store.engine.connect() as conn:
        value = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "district")).scalar()
    return str(value or "")


@dataclass(frozen=True)
class ProductRow:
    sku: str
    data: dict[str, Any]
    mrp_paise: int | None  # in effect now
    rate_bp: int | None
    next_mrp: tuple[str, int] | None  # (effective_from, paise) of a published future price


def products(store: Store, now_minute: str, limit: int = 500, search: str = "") -> list[ProductRow]:
    """Products with the MRP and GST rate in effect at ``now_minute`` and any price to come."""
    prices: dict[str, list[tuple[str, int]]] = {}
    rates: dict[str, list[tuple[str, int]]] = {}
    query = select(t.cat_products).order_by(t.cat_products.c.sku).limit(limit)
    if search:
        query = query.where(t.cat_products.c.data.contains(search))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        skus = [r.sku for r in rows]
        for p in conn.execute(select(t.cat_prices).where(t.cat_prices.c.sku.in_(skus))):
            prices.setdefault(p.sku, []).append((p.effective_from, int(p.mrp_paise)))
        for r in conn.execute(select(t.cat_rates)):
            rates.setdefault(r.hsn, []).append((r.effective_from, int(r.rate_bp)))
    out = []
    for row in rows:
        data = json.loads(row.data)
        history = sorted(prices.get(row.sku, []))
        now = [v for at, v in history if at <= now_minute]
        later = [(at, v) for at, v in history if at > now_minute]
        rate_now = [v for at, v in sorted(rates.get(data.get("hsn", ""), [])) if at <= now_minute]
        out.append(
            ProductRow(
                row.sku,
                data,
                now[-1] if now else None,
                rate_now[-1] if rate_now else None,
                later[0] if later else None,
            )
        )
    return out


def in_effect(store: Store, kind: str, key: str, at: str) -> int | None:
    """The MRP (kind "price", key sku) or GST rate (kind "tax_rate", key HSN) in effect at a
    local minute, or None."""
    table, column, value = (
        (t.cat_prices, t.cat_prices.c.sku, t.cat_prices.c.mrp_paise)
        if kind == "price"
        else (t.cat_rates, t.cat_rates.c.hsn, t.cat_rates.c.rate_bp)
    )
    with store.engine.connect() as conn:
        found = conn.execute(
            select(value)
            .where(column == key, table.c.effective_from <= at)
            .order_by(table.c.effective_from.desc())
            .limit(1)
        ).scalar()
    return None if found is None else int(found)


@dataclass(frozen=True)
class Version:
    version: int
    kind: str
    key: str
    data: str
    published_at: str

    def summary(self, lang: str = "en") -> str:
        """The change in a few words in the page's language: "MRP ₹12.50 · 2026-12-01 09:00",
        "GST 5% · …", or the product's or SHG's name (its Hindi name on a Hindi page)."""
        data = json.loads(self.data)
        word = i18n.translator(lang)
        when = str(data.get("effective_from", "")).replace("T", " ")
        if self.kind == "price":
            return f"{word('MRP')} {format_rupees(data['mrp_paise'])} · {when}"
        if self.kind == "tax_rate":
            return f"{word('GST')} {format_rate(data['rate_bp'])} · {when}"
        name = data.get("name_hi") if lang == "hi" and data.get("name_hi") else data.get("name_en")
        return str(name or "")


def catalog_history(store: Store, limit: int = 50) -> tuple[int, list[Version]]:
    """The current catalog version and the latest published changes, newest first."""
    c = t.catalog_changes
    with store.engine.connect() as conn:
        current = conn.execute(
            select(t.counters.c.value).where(t.counters.c.name == "catalog")
        ).scalar()
        rows = conn.execute(select(c).order_by(c.c.version.desc()).limit(limit)).all()
    return int(current or 0), [Version(r.version, r.kind, r.key, r.data, r.published_at)
                               for r in rows]  # fmt: skip


def active_tills(store: Store) -> tuple[int, int]:
    """(outlets with an active till, active tills): who pulls a published change."""
    d = t.devices
    with store.engine.connect() as conn:
        rows = conn.execute(select(d.c.outlet_code).where(d.c.revoked_at.is_(None))).all()
    return len({r.outlet_code for r in rows}), len(rows)


def product_data(store: Store, skus: list[str]) -> dict[str, dict[str, Any]]:
    """The published data of these products (a catalog preview's "before"), by SKU; a SKU the
    district does not have is left out."""
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(skus), 400):
            chunk = skus[start : start + 400]
            query = select(t.cat_products).where(t.cat_products.c.sku.in_(chunk))
            found.update({r.sku: json.loads(r.data) for r in conn.execute(query)})
    return found
