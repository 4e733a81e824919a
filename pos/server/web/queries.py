"""The office pages' reads: health of the outlets, receipts, one receipt as the customer got it.

Totals per outlet and day come from pos.server.reports (and its summaries); this module holds
the few row-level reads the pages drill down to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from pos.server import schema as t
from pos.server.store import Store

SKEW_LIMIT = timedelta(minutes=5)


@dataclass(frozen=True)
class Outlet:
    code: str
    name: str
    created_at: str


def outlets(store: Store) -> list[Outlet]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.outlets).order_by(t.outlets.c.code)).all()
    return [Outlet(r.code, r.name, r.created_at) for r in rows]


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
    found = []
    with store.engine.connect() as conn:
        devices = conn.execute(select(d).where(d.c.revoked_at.is_(None))).all()
        for dev in devices:
            last = conn.execute(
                select(e.c.created_at, e.c.received_at)
                .where(e.c.device_id == dev.device_id)
                .order_by(e.c.seq.desc())
                .limit(1)
            ).first()
            if last is None:
                continue
            skew = _parse(last.created_at) - _parse(last.received_at)
            if skew > SKEW_LIMIT:
                found.append(
                    Attention(dev.device_id, dev.short_code, dev.outlet_code, "clock",
                              f"{int(skew.total_seconds() // 60)} min", last.received_at)
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
    """One receipt as pushed (the event's own payload) with its outlet and till."""
    e, s, d = t.events, t.sales, t.devices
    with store.engine.connect() as conn:
        row = conn.execute(
            select(e.c.body, s.c.outlet_code, d.c.short_code)
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
