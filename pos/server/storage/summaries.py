"""Summaries kept at ingest: per outlet and business day (bills, net, tenders), per HSN and
GST rate, per SHG (sold, returned, lots received, payouts), so the office's pages over a year
of a big district read a few thousand rows instead of every sale line.

Ingest adds each accepted batch's figures in its own transaction with ``INSERT … ON CONFLICT
DO UPDATE SET x = x + excluded.x`` (SQLite and PostgreSQL alike), keys sorted so two pushes
from one outlet's tills cannot deadlock. Quantities are kept per product unit (pc, g, ml: the
``unit`` key of the HSN and SHG summaries, from the line's product in the district catalog;
"pc" for a product the district does not know), never added across units. Signs follow
pos.server.storage.reports: a return counts negative. ``rebuild`` recomputes everything from
the stored sales and events (a database from before the summaries, or a check that they
agree).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from pos.amounts.quantity import UQC, PerUnit
from pos.server.storage import schema as t
from pos.server.storage.store import Store
from pos.sync.protocol import SETTLEMENT_PAID, STOCK_RECEIVED

TENDERS = ("cash", "upi", "card")
SUMMARY_TABLES = (t.summary_sales, t.summary_tax, t.summary_shg, t.summary_shg_month)
Key = tuple[Any, ...]
MARKER = "summaries_built_v3"  # v3: the HSN and SHG summaries are kept per unit


def _upsert(
    conn: Connection, table: Table, keys: tuple[str, ...], rows: dict[Key, dict[str, int]]
) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    values = [dict(zip(keys, key, strict=True)) | rows[key] for key in sorted(rows)]
    columns = sorted({c for row in rows.values() for c in row})
    stmt = dialect.insert(table)  # one statement, compiled once and cached: executemany
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in keys],
        set_={c: table.c[c] + stmt.excluded[c] for c in columns},
    )
    conn.execute(stmt, values)


def _bump(bucket: dict[str, int], **amounts: int) -> None:
    for name, amount in amounts.items():
        bucket[name] = bucket.get(name, 0) + amount


def _full(columns: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(columns, 0)


SALES_COLUMNS = ("bills", "returns", "net_paise", "gst_paise", *(f"{x}_paise" for x in TENDERS),
                 "other_paise")  # fmt: skip
TAX_COLUMNS = ("qty", "gross_paise", "taxable_paise", "cgst_paise", "sgst_paise")
SHG_COLUMNS = ("sold_qty", "returned_qty", "sales_paise", "lots", "lot_qty", "payouts",
               "paid_paise")  # fmt: skip


def add_batch(
    conn: Connection,
    outlet_code: str,
    sales: list[dict[str, Any]],
    payments: list[dict[str, Any]],
    allocations: list[dict[str, Any]],
    tax_lines: list[dict[str, Any]],
    events: list[dict[str, Any]],
) -> None:
    """Add one ingested batch's normalised rows (as ingest writes them) to the summaries."""
    by_event = {s["event_id"]: s for s in sales}
    stock = [(e, json.loads(e["body"]).get("data", {})) for e in events
             if e["kind"] in (STOCK_RECEIVED, SETTLEMENT_PAID)]  # fmt: skip
    units = units_of(conn, {line["sku"] for line in tax_lines}
                     | {str(d.get("sku")) for _e, d in stock if d.get("sku")})  # fmt: skip
    line_unit = {(line["event_id"], line["line_no"]): line.get("unit") or units.get(line["sku"])
                 or "pc" for line in tax_lines}  # fmt: skip
    day_rows: dict[Key, dict[str, int]] = {}
    tax_rows: dict[Key, dict[str, int]] = {}
    shg_rows: dict[Key, dict[str, int]] = {}
    for s in sales:
        row = day_rows.setdefault((outlet_code, s["business_date"]), _full(SALES_COLUMNS))
        sign = s["sign"]
        _bump(row, bills=int(sign > 0), returns=int(sign < 0), net_paise=s["total_paise"] * sign,
              gst_paise=(s["cgst_paise"] + s["sgst_paise"]) * sign)  # fmt: skip
    for p in payments:
        sale = by_event[p["event_id"]]
        column = f"{p['method']}_paise" if p["method"] in TENDERS else "other_paise"
        _bump(day_rows[(outlet_code, sale["business_date"])],
              **{column: p["amount_paise"] * sale["sign"]})  # fmt: skip
    for line in tax_lines:
        sale = by_event[line["event_id"]]
        unit = line_unit[(line["event_id"], line["line_no"])]
        key = (outlet_code, sale["business_date"], line["hsn"], line["rate_bp"], unit)
        sign = sale["sign"]
        bucket = tax_rows.setdefault(key, _full(TAX_COLUMNS))
        _bump(bucket, **{column: line[column] * sign for column in TAX_COLUMNS})
    for a in allocations:
        sale = by_event[a["event_id"]]
        unit = line_unit.get((a["event_id"], a["line_no"]), "pc")
        row = shg_rows.setdefault((outlet_code, sale["business_date"], a["shg_code"], unit),
                                  _full(SHG_COLUMNS))  # fmt: skip
        if sale["sign"] > 0:
            _bump(row, sold_qty=a["qty"], sales_paise=a["value_paise"])
        else:
            _bump(row, returned_qty=a["qty"], sales_paise=-a["value_paise"])
    for event, data in stock:
        code = data.get("shg_code")
        if not isinstance(code, str):
            continue
        # a payout is money only: it sits on the "pc" row (its quantities stay zero)
        unit = units.get(str(data.get("sku")), "pc") if event["kind"] == STOCK_RECEIVED else "pc"
        row = shg_rows.setdefault((outlet_code, event["business_date"], code[:32], unit),
                                  _full(SHG_COLUMNS))  # fmt: skip
        if event["kind"] == STOCK_RECEIVED:
            _bump(row, lots=1, lot_qty=_int(data.get("qty_received")))
        else:
            _bump(row, payouts=1, paid_paise=_int(data.get("amount_paise")))
    _upsert(conn, t.summary_sales, ("outlet_code", "business_date"), day_rows)
    _upsert(conn, t.summary_tax, ("outlet_code", "business_date", "hsn", "rate_bp", "unit"),
            tax_rows)  # fmt: skip
    _upsert(conn, t.summary_shg, ("outlet_code", "business_date", "shg_code", "unit"), shg_rows)
    month_rows: dict[Key, dict[str, int]] = {}
    for (_outlet, day, code, unit), figures in shg_rows.items():
        _bump(month_rows.setdefault((day[:7], code, unit), _full(SHG_COLUMNS)), **figures)
    _upsert(conn, t.summary_shg_month, ("month", "shg_code", "unit"), month_rows)


def units_of(conn: Connection, skus: set[str]) -> dict[str, str]:
    """{sku: unit} of the district catalog's products among ``skus`` (pc, g or ml)."""
    found: dict[str, str] = {}
    wanted = sorted(skus)
    for start in range(0, len(wanted), 500):
        query = select(t.cat_products.c.sku, t.cat_products.c.data)
        for r in conn.execute(query.where(t.cat_products.c.sku.in_(wanted[start : start + 500]))):
            unit = json.loads(r.data).get("unit")
            found[r.sku] = unit if unit in ("pc", "g", "ml") else "pc"
    return found


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def tax_lines_of(event_id: str, lines: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tax-relevant part of a sale payload's lines (line number, SKU, the unit when the
    till sent one, hsn, rate, qty, taxable, CGST, SGST)."""
    return [
        {"event_id": event_id, "line_no": _int(line.get("line_no")),
         "sku": str(line.get("sku") or "")[:32],
         "unit": line.get("unit") if line.get("unit") in ("pc", "g", "ml") else None,
         "hsn": str(line.get("hsn") or "")[:8],
         "rate_bp": _int(line.get("rate_bp")), "qty": _int(line.get("qty")),
         "gross_paise": _int(line.get("gross_paise")),
         "taxable_paise": _int(line.get("taxable_paise")),
         "cgst_paise": _int(line.get("cgst_paise")), "sgst_paise": _int(line.get("sgst_paise"))}
        for line in lines
    ]  # fmt: skip


def ensure(store: Store) -> None:
    """Create the summary tables and, once per database, fill them from the stored sales
    (a database from before the summaries). The first app server to insert the marker row
    does it; the others see the marker and skip."""
    t.metadata.create_all(store.engine, tables=list(SUMMARY_TABLES))
    with store.engine.connect() as conn:
        done = conn.execute(select(t.meta.c.value).where(t.meta.c.key == MARKER)).first()
    if done is not None:
        return
    try:
        with store.tx() as conn:
            conn.execute(insert(t.meta).values(key=MARKER, value="1"))
            _rebuild(conn)
    except IntegrityError:
        return  # another server built them


def rebuild(store: Store) -> None:
    """Recompute every summary from the stored sales and events, in one transaction."""
    with store.tx() as conn:
        _rebuild(conn)


def _rebuild(conn: Connection) -> None:
    for table in SUMMARY_TABLES:
        conn.execute(delete(table))
    devices = {r.device_id: r.outlet_code for r in conn.execute(select(t.devices))}
    for outlet in sorted(set(devices.values())):
        _rebuild_outlet(conn, outlet, [d for d, o in devices.items() if o == outlet])


def _rebuild_outlet(conn: Connection, outlet: str, device_ids: list[str]) -> None:
    sales = [dict(r._mapping) for r in conn.execute(
        select(t.sales).where(t.sales.c.device_id.in_(device_ids)))]  # fmt: skip
    if sales:
        ids = [s["event_id"] for s in sales]
        payments, allocations, tax = [], [], []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            payments += [dict(r._mapping) for r in conn.execute(
                select(t.sale_payments).where(t.sale_payments.c.event_id.in_(chunk)))]  # fmt: skip
            a = t.sale_allocations
            allocations += [dict(r._mapping) for r in conn.execute(
                select(a).where(a.c.event_id.in_(chunk)))]  # fmt: skip
            for r in conn.execute(
                select(t.events.c.event_id, t.events.c.body).where(t.events.c.event_id.in_(chunk))
            ):
                tax += tax_lines_of(r.event_id, json.loads(r.body)["data"].get("lines", []))
    else:
        payments, allocations, tax = [], [], []
    events = [dict(r._mapping) for r in conn.execute(
        select(t.events.c.kind, t.events.c.body, t.events.c.business_date).where(
            t.events.c.device_id.in_(device_ids),
            t.events.c.kind.in_((STOCK_RECEIVED, SETTLEMENT_PAID))))]  # fmt: skip
    add_batch(conn, outlet, sales, payments, allocations, tax, events)


# ------------------------------------------------------------------ reads


def sales_by_day(
    store: Store, first: str, last: str, outlet: str | None = None
) -> list[dict[str, Any]]:
    """Per business day and outlet, the shape of pos.server.storage.reports.sales_report, with any
    tender other than cash, UPI and card summed in ``other_paise``."""
    s = t.summary_sales
    query = select(s).where(s.c.business_date.between(first, last))
    if outlet:
        query = query.where(s.c.outlet_code == outlet)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(s.c.business_date, s.c.outlet_code)).all()
    return [
        {"business_date": r.business_date, "outlet": r.outlet_code, "bills": int(r.bills),
         "returns": int(r.returns), "net_paise": int(r.net_paise), "gst_paise": int(r.gst_paise),
         "cash_paise": int(r.cash_paise), "upi_paise": int(r.upi_paise),
         "card_paise": int(r.card_paise), "other_paise": int(r.other_paise)}
        for r in rows
    ]  # fmt: skip


def sales_totals(store: Store, first: str, last: str, by: str = "outlet") -> list[dict[str, Any]]:
    """The rows of ``sales_by_day`` over first..last summed in the database per outlet
    (``by="outlet"``: keys outlet, bills, returns and the paise columns) or per business day
    (``by="business_date"``: the same with business_date instead of outlet): the Today page
    reads 100 rows instead of two months of outlet-days."""
    s = t.summary_sales
    key = s.c.outlet_code if by == "outlet" else s.c.business_date
    columns = list(SALES_COLUMNS)
    query = (
        select(key, *(func.sum(s.c[c]).label(c) for c in columns))
        .where(s.c.business_date.between(first, last))
        .group_by(key)
        .order_by(key)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [{by: r[0], **{c: int(v or 0) for c, v in zip(columns, r[1:], strict=True)}}
            for r in rows]  # fmt: skip


@dataclass(frozen=True)
class ShgFigures:
    """An SHG's figures over a period; quantities per unit (never pieces plus millilitres)."""

    shg_code: str
    outlet_code: str  # "" for the district total
    lots: int
    lot_qty: PerUnit
    sold_qty: PerUnit
    returned_qty: PerUnit
    sales_paise: int
    payouts: int
    paid_paise: int

    @property
    def owed_paise(self) -> int:
        """Sales value not yet paid out (before any commission the outlet keeps)."""
        return self.sales_paise - self.paid_paise


def whole_months(first: str, last: str) -> tuple[str, str] | None:
    """("YYYY-MM", "YYYY-MM") when first..last is a run of whole calendar months, else None."""
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None
    if start.day != 1 or (end + timedelta(days=1)).day != 1 or end < start:
        return None
    return first[:7], last[:7]


def shg_figures(
    store: Store, first: str, last: str, shg_code: str | None = None, by_outlet: bool = False
) -> list[ShgFigures]:
    """Per SHG (and per outlet when ``by_outlet``) over a period; whole months of district
    totals come from the monthly summary."""
    months = None if by_outlet else whole_months(first, last)
    if months is not None:
        g = t.summary_shg_month
        keys = [g.c.shg_code]
        where = g.c.month.between(*months)
    else:
        g = t.summary_shg
        keys = [g.c.shg_code, g.c.outlet_code] if by_outlet else [g.c.shg_code]
        where = g.c.business_date.between(first, last)
    query = select(*keys, g.c.unit, *(func.sum(g.c[c]).label(c) for c in SHG_COLUMNS))
    query = query.where(where)
    if shg_code is not None:
        query = query.where(g.c.shg_code == shg_code)
    with store.engine.connect() as conn:
        rows = conn.execute(query.group_by(*keys, g.c.unit).order_by(*keys)).all()
    # (money: lots, sales, payouts, paid; quantities: {unit: qty} received, sold, returned);
    # rows unpacked as tuples: a Row's attribute lookups cost more than the SQL here
    sums: dict[tuple[str, str], tuple[list[int], tuple[dict[str, int], ...]]] = {}
    for row in rows:
        code, outlet = row[0], row[1] if by_outlet else ""
        unit, sold, returned, sales, lots, lot_qty, payouts, paid = row[len(keys) :]
        found = sums.get((code, outlet))
        if found is None:
            found = sums[(code, outlet)] = ([0, 0, 0, 0], ({}, {}, {}))
        money, units = found
        money[0] += lots or 0
        money[1] += sales or 0
        money[2] += payouts or 0
        money[3] += paid or 0
        units[0][unit] = int(lot_qty or 0)
        units[1][unit] = int(sold or 0)
        units[2][unit] = int(returned or 0)
    return [
        ShgFigures(code, outlet, int(money[0]), PerUnit.of(units[0]), PerUnit.of(units[1]),
                   PerUnit.of(units[2]), int(money[1]), int(money[2]), int(money[3]))
        for (code, outlet), (money, units) in sums.items()
    ]  # fmt: skip


@dataclass(frozen=True)
class TaxRow:
    """One row of an HSN-wise summary: an HSN, rate and product unit (pc, g, ml; "" in the
    per-rate B2C totals, which carry no quantity) with its quantity in that unit."""

    hsn: str
    rate_bp: int
    unit: str
    qty: int
    gross_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int

    @property
    def uqc(self) -> str:
        """The GST return's unit quantity code: PCS, GMS or MLT (the quantity stays whole)."""
        return UQC.get(self.unit, "")


def tax_summary(store: Store, outlet: str, first: str, last: str) -> list[TaxRow]:
    """HSN-wise summary of one outlet over a period (a GST return's HSN table): one row per
    HSN, rate and unit."""
    x = t.summary_tax
    keys = (x.c.hsn, x.c.rate_bp, x.c.unit)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(*keys, *(func.sum(x.c[c]).label(c) for c in TAX_COLUMNS))
            .where(x.c.outlet_code == outlet, x.c.business_date.between(first, last))
            .group_by(*keys)
            .order_by(*keys)
        ).all()
    return [
        TaxRow(r.hsn, int(r.rate_bp), r.unit, *(int(getattr(r, c) or 0) for c in TAX_COLUMNS))
        for r in rows
    ]
