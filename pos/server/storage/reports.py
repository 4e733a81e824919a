"""Reconciliation per device and day, and the district's reports (sales, SHG, outlets)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select

from pos.server.storage import schema as t
from pos.server.storage import summaries
from pos.server.storage.store import Store
from pos.sync import protocol
from pos.sync.protocol import (
    MonthlyReconciliation,
    Reconciliation,
    ReconciliationDay,
    ReconciliationMonth,
    day_digest,
    month_digest,
    month_of,
)

SILENT_AFTER = timedelta(days=2)
# The outlet's own tenders, in the order the reports show them; any other tender a till
# stored (a newer till's voucher, say) follows by name, so no stored takings go unreported.
KNOWN_TENDERS = ("cash", "upi", "card")
LOT_KINDS = (protocol.STOCK_RECEIVED,)
PAYOUT_KINDS = (protocol.SETTLEMENT_PAID,)


def reconciliation(store: Store, device_id: str, first: str, last: str) -> Reconciliation:
    """Per business day: events held, sales, returns, net tenders and the digest of hashes."""
    days: dict[str, dict[str, Any]] = {}
    hashes: dict[str, list[str]] = {}

    def day(date: str) -> dict[str, Any]:
        return days.setdefault(date, {"events": 0, "sales": 0, "returns": 0, "tenders": {}})

    with store.engine.connect() as conn:
        ev = t.events
        for r1 in conn.execute(
            select(ev.c.business_date, ev.c.hash)
            .where(ev.c.device_id == device_id, ev.c.business_date.between(first, last))
            .order_by(ev.c.seq)
        ):
            day(r1.business_date)["events"] += 1
            hashes.setdefault(r1.business_date, []).append(r1.hash)
        s = t.sales
        for r2 in conn.execute(
            select(s.c.business_date, s.c.kind, func.count())
            .where(s.c.device_id == device_id, s.c.business_date.between(first, last))
            .group_by(s.c.business_date, s.c.kind)
        ):
            day(r2[0])["sales" if r2[1] == "sale" else "returns"] += int(r2[2])
        p = t.sale_payments
        for r3 in conn.execute(
            select(s.c.business_date, p.c.method, func.sum(p.c.amount_paise * s.c.sign))
            .join(s, s.c.event_id == p.c.event_id)
            .where(s.c.device_id == device_id, s.c.business_date.between(first, last))
            .group_by(s.c.business_date, p.c.method)
        ):
            day(r3[0])["tenders"][r3[1]] = int(r3[2] or 0)
    return Reconciliation(
        device_id=device_id,
        days=[
            ReconciliationDay(business_date=date, digest=day_digest(hashes.get(date, [])), **v)
            for date, v in sorted(days.items())
        ],
    )


def monthly_reconciliation(store: Store, device_id: str) -> MonthlyReconciliation:
    """The device's whole history per month: days, events, sales, returns and the digest.

    One pass over the device's event hashes (seq order) and one grouped count of its sales.
    """
    months: dict[str, dict[str, Any]] = {}
    hashes: dict[str, list[str]] = {}
    dates: dict[str, set[str]] = {}

    def month(date: str) -> dict[str, Any]:
        return months.setdefault(month_of(date), {"events": 0, "sales": 0, "returns": 0})

    with store.engine.connect() as conn:
        ev = t.events
        for r1 in conn.execute(
            select(ev.c.business_date, ev.c.hash)
            .where(ev.c.device_id == device_id)
            .order_by(ev.c.seq)
        ):
            month(r1.business_date)["events"] += 1
            hashes.setdefault(month_of(r1.business_date), []).append(r1.hash)
            dates.setdefault(month_of(r1.business_date), set()).add(r1.business_date)
        s = t.sales
        for r2 in conn.execute(
            select(s.c.business_date, s.c.kind, func.count())
            .where(s.c.device_id == device_id)
            .group_by(s.c.business_date, s.c.kind)
        ):
            month(r2[0])["sales" if r2[1] == "sale" else "returns"] += int(r2[2])
            dates.setdefault(month_of(r2[0]), set()).add(r2[0])
    return MonthlyReconciliation(
        device_id=device_id,
        months=[
            ReconciliationMonth(
                month=key,
                days=len(dates.get(key, ())),
                digest=month_digest(hashes.get(key, [])),
                **v,
            )
            for key, v in sorted(months.items())
        ],
    )


def sales_report(
    store: Store, first: str, last: str, outlet: str | None = None
) -> list[dict[str, Any]]:
    """Per business day and outlet: bills, returns, net total and net takings per tender.

    Every row has the same columns: ``cash_paise``, ``upi_paise``, ``card_paise``, then one
    ``<method>_paise`` for each other tender stored in the period (0 where a row has none).
    """
    s, p = t.sales, t.sale_payments
    where: list[ColumnElement[bool]] = [s.c.business_date.between(first, last)]
    if outlet:
        where.append(s.c.outlet_code == outlet.upper())
    out: dict[tuple[str, str], dict[str, Any]] = {}
    takings: dict[tuple[str, str], dict[str, int]] = {}
    with store.engine.connect() as conn:
        for r4 in conn.execute(
            select(
                s.c.business_date,
                s.c.outlet_code,
                func.sum(case((s.c.sign > 0, 1), else_=0)),
                func.sum(case((s.c.sign < 0, 1), else_=0)),
                func.sum(s.c.total_paise * s.c.sign),
                func.sum(s.c.cgst_paise * s.c.sign + s.c.sgst_paise * s.c.sign),
            )
            .where(*where)
            .group_by(s.c.business_date, s.c.outlet_code)
        ):
            out[(r4[0], r4[1])] = {
                "business_date": r4[0],
                "outlet": r4[1],
                "bills": int(r4[2] or 0),
                "returns": int(r4[3] or 0),
                "net_paise": int(r4[4] or 0),
                "gst_paise": int(r4[5] or 0),
            }
        for r5 in conn.execute(
            select(
                s.c.business_date,
                s.c.outlet_code,
                p.c.method,
                func.sum(p.c.amount_paise * s.c.sign),
            )
            .join(s, s.c.event_id == p.c.event_id)
            .where(*where)
            .group_by(s.c.business_date, s.c.outlet_code, p.c.method)
        ):
            takings.setdefault((r5[0], r5[1]), {})[str(r5[2])] = int(r5[3] or 0)
    others = sorted({m for day in takings.values() for m in day} - set(KNOWN_TENDERS))
    for key, row in out.items():
        day = takings.get(key, {})
        for method in (*KNOWN_TENDERS, *others):
            row[f"{method}_paise"] = day.get(method, 0)
    return [out[k] for k in sorted(out)]


# column suffix per product unit in the SHG report
UNIT_WORDS = {"pc": "pcs", "g": "g", "ml": "ml"}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def shg_report(store: Store, first: str, last: str) -> list[dict[str, Any]]:
    """Per SHG across every outlet: lots received, quantity and value sold, payouts made.
    Quantities are per product unit (``lot_pcs``, ``lot_g``, ``lot_ml``, ``sold_pcs`` …:
    pieces, grams, millilitres; the unit from the district catalog, "pc" when unknown),
    never added across units."""
    a, s, ln = t.sale_allocations, t.sales, t.sale_lines
    out: dict[str, dict[str, Any]] = {}

    def shg(code: str) -> dict[str, Any]:
        return out.setdefault(
            code,
            {"shg_code": code, "lots": 0, **{f"lot_{w}": 0 for w in UNIT_WORDS.values()},
             **{f"sold_{w}": 0 for w in UNIT_WORDS.values()}, "sales_paise": 0,
             "payouts": 0, "payout_paise": 0},
        )  # fmt: skip

    with store.engine.connect() as conn:
        sold = conn.execute(
            select(a.c.shg_code, ln.c.sku, func.sum(a.c.qty * s.c.sign),
                   func.sum(a.c.value_paise * s.c.sign))
            .join(s, s.c.event_id == a.c.event_id)
            .join(ln, and_(ln.c.event_id == a.c.event_id, ln.c.line_no == a.c.line_no))
            .where(s.c.business_date.between(first, last))
            .group_by(a.c.shg_code, ln.c.sku)
        ).all()  # fmt: skip
        ev = t.events
        moves = [
            (r7.kind, json.loads(r7.body).get("data", {}))
            for r7 in conn.execute(
                select(ev.c.kind, ev.c.body).where(
                    and_(
                        ev.c.kind.in_(LOT_KINDS + PAYOUT_KINDS),
                        ev.c.business_date.between(first, last),
                    )
                )
            )
        ]
        units = summaries.units_of(
            conn, {r[1] for r in sold} | {str(d.get("sku")) for _k, d in moves if d.get("sku")}
        )
    for code, sku, qty, value in sold:
        row = shg(code)
        row[f"sold_{UNIT_WORDS[units.get(sku, 'pc')]}"] += int(qty or 0)
        row["sales_paise"] += int(value or 0)
    for kind, data in moves:
        code = data.get("shg_code")
        if not isinstance(code, str):
            continue
        row = shg(code)
        if kind in LOT_KINDS:
            row["lots"] += 1
            unit = units.get(str(data.get("sku")), "pc")
            row[f"lot_{UNIT_WORDS[unit]}"] += _int(data.get("qty_received"))
        else:
            row["payouts"] += 1
            row["payout_paise"] += _int(data.get("amount_paise"))
    return [out[k] for k in sorted(out)]


def outlets_report(store: Store, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every device: outlet, last sync, contiguous seq, flags, what it reported on its latest
    push (events still queued, app version; None from a till that does not report them);
    silent when over two days."""
    now = now or datetime.now(UTC)
    cutoff = (now - SILENT_AFTER).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    d, f = t.devices, t.flags
    with store.engine.connect() as conn:
        flag_counts = {
            r[0]: int(r[1])
            for r in conn.execute(select(f.c.device_id, func.count()).group_by(f.c.device_id))
        }
        rows = conn.execute(select(d).order_by(d.c.outlet_code, d.c.short_code)).all()
    report = []
    for r in rows:
        last = r.last_seen_at
        report.append(
            {
                "outlet": r.outlet_code,
                "device_id": r.device_id,
                "short_code": r.short_code,
                "enrolled_at": r.enrolled_at,
                "revoked": r.revoked_at is not None,
                "last_sync_at": last,
                "last_push_at": r.last_push_at,
                "contiguous_seq": int(r.contiguous_seq or 0),
                "pending_reported": r.pending_reported,  # None: the till never said
                "app_version": r.app_version,
                "flags": flag_counts.get(r.device_id, 0),
                "silent": r.revoked_at is None and (last is None or last < cutoff),
            }
        )
    return report


def default_range(days: int = 30) -> tuple[str, str]:
    today = datetime.now(UTC).date()
    return (today - timedelta(days=days)).isoformat(), (today + timedelta(days=1)).isoformat()
