"""The district's catalog: publishing changes under one lock, paging them out by version.

Versions are allocated while the ``catalog`` counter row is locked and committed in the same
transaction, so version order is commit order even with several app servers on one database.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, delete, insert, select, tuple_, update

from pos.amounts.money import format_rate
from pos.errors import CatalogImportError, InvalidInput, NotFound
from pos.products.catalog import GST_RATES_BP, CatalogData, parse_effective
from pos.server.storage import schema as t
from pos.server.storage.store import Store, utc_now
from pos.sync.protocol import CHANGE_DATA

Change = tuple[str, str, dict[str, Any]]  # kind, key, data
PAGE_LIMIT = 5000


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def publish(store: Store, changes: list[Change]) -> tuple[int, int]:
    """Store changes with consecutive versions; returns (first, last) version (0, 0 if none)."""
    if not changes:
        return 0, 0
    with store.tx() as conn:
        return _publish(conn, changes)


def _publish(conn: Connection, changes: list[Change]) -> tuple[int, int]:
    current = conn.execute(
        select(t.counters.c.value).where(t.counters.c.name == "catalog").with_for_update()
    ).scalar_one()
    first = int(current) + 1
    now = utc_now()
    rows = []
    for kind, _key, data in changes:
        try:
            CHANGE_DATA[kind].model_validate(data)
        except (KeyError, ValidationError) as exc:
            raise InvalidInput(f"a {kind} change is not valid: {exc}") from exc
    latest: dict[tuple[str, tuple[str, ...]], tuple[dict[str, Any], int]] = {}
    for offset, (kind, key, data) in enumerate(changes):
        version = first + offset
        rows.append(
            {"version": version, "kind": kind, "key": key, "data": _dump(data), "published_at": now}
        )
        latest[(kind, _current_key(kind, key, data))] = (data, version)
    conn.execute(insert(t.catalog_changes), rows)
    _replace_current(conn, latest)
    last = first + len(changes) - 1
    conn.execute(update(t.counters).where(t.counters.c.name == "catalog").values(value=last))
    return first, last


def _current_key(kind: str, key: str, data: dict[str, Any]) -> tuple[str, ...]:
    if kind == "price":
        return (data["sku"], data["effective_from"])
    if kind == "tax_rate":
        return (data["hsn"], data["effective_from"])
    return (key,)


def _replace_current(
    conn: Connection, latest: dict[tuple[str, tuple[str, ...]], tuple[dict[str, Any], int]]
) -> None:
    """Bring the current-state tables up to the published changes (last change per key wins)."""
    tables = {
        "shg": (t.cat_shgs, (t.cat_shgs.c.code,)),
        "product": (t.cat_products, (t.cat_products.c.sku,)),
        "price": (t.cat_prices, (t.cat_prices.c.sku, t.cat_prices.c.effective_from)),
        "tax_rate": (t.cat_rates, (t.cat_rates.c.hsn, t.cat_rates.c.effective_from)),
    }
    for kind, (table, columns) in tables.items():
        keys = [k for (kd, k) in latest if kd == kind]
        if not keys:
            continue
        for start in range(0, len(keys), 400):
            chunk = keys[start : start + 400]
            if len(columns) == 1:
                conn.execute(delete(table).where(columns[0].in_([k[0] for k in chunk])))
            else:
                conn.execute(delete(table).where(tuple_(*columns).in_(chunk)))
        values: list[dict[str, Any]] = []
        for key in keys:
            data, version = latest[(kind, key)]
            if kind == "shg":
                values.append({"code": key[0], "data": _dump(data)})
            elif kind == "product":
                values.append({"sku": key[0], "data": _dump(data)})
            elif kind == "price":
                values.append({"sku": key[0], "effective_from": key[1],
                               "mrp_paise": data["mrp_paise"], "version": version})  # fmt: skip
            else:
                values.append({"hsn": key[0], "effective_from": key[1],
                               "rate_bp": data["rate_bp"], "version": version})  # fmt: skip
        conn.execute(insert(table), values)


def _in_effect(history: list[tuple[str, int]], at: str) -> int | None:
    found = None
    for effective, value in sorted(history):
        if effective <= at:
            found = value
    return found


def import_catalog(store: Store, data: CatalogData, now_minute: str) -> tuple[int, int]:
    """Publish what differs between a catalog file and the district's current catalog."""
    with store.tx() as conn:
        changes = catalog_diff(conn, data, now_minute)
        if not changes:
            return 0, 0
        return _publish(conn, changes)


def preview_import(store: Store, data: CatalogData, now_minute: str) -> list[Change]:
    """The changes importing ``data`` would publish, without publishing them (the office's
    preview). Raises CatalogImportError as import_catalog does."""
    with store.engine.connect() as conn:
        return catalog_diff(conn, data, now_minute)


def catalog_diff(conn: Connection, data: CatalogData, now_minute: str) -> list[Change]:
    """What differs between a catalog file and the district's current catalog. A product's
    data carries its category's Hindi name and, when it has one, its tile colour
    (``category_colour``, #rrggbb; left out when empty, so an uncoloured product stored before
    colours were carried is not republished)."""
    shgs = {r.code: r.data for r in conn.execute(select(t.cat_shgs))}
    products = {r.sku: r.data for r in conn.execute(select(t.cat_products))}
    prices: dict[str, list[tuple[str, int]]] = {}
    for r in conn.execute(select(t.cat_prices)):
        prices.setdefault(r.sku, []).append((r.effective_from, r.mrp_paise))
    rates: dict[str, list[tuple[str, int]]] = {}
    for r in conn.execute(select(t.cat_rates)):
        rates.setdefault(r.hsn, []).append((r.effective_from, r.rate_bp))
    known_shgs = set(shgs) | {s.code for s in data.shgs}
    problems = [
        (n, f"{p.sku}: unknown SHG code {p.shg_code}")
        for n, p in enumerate(data.products, start=1)
        if p.shg_code not in known_shgs
    ]
    if problems:
        raise CatalogImportError(problems)
    changes: list[Change] = []
    for shg in data.shgs:
        row = dict(shg.__dict__)
        if shgs.get(shg.code) != _dump(row):
            changes.append(("shg", shg.code, row))
    new_rates: dict[tuple[str, str], int] = {}
    for product in data.products:
        effective = product.effective_from or now_minute
        key = (product.hsn, effective)
        if key in new_rates and new_rates[key] != product.rate_bp:
            raise CatalogImportError([(0, f"HSN {product.hsn} has two different GST rates")])
        new_rates[key] = product.rate_bp
    for (hsn, effective), rate_bp in sorted(new_rates.items()):
        if _in_effect(rates.get(hsn, []), effective) != rate_bp:
            changes.append(
                ("tax_rate", hsn, {"hsn": hsn, "rate_bp": rate_bp, "effective_from": effective})
            )
    for product in data.products:
        row = {
            "sku": product.sku,
            "barcodes": list(product.barcodes),
            "name_en": product.name_en,
            "name_hi": product.name_hi,
            "category": product.category,
            "category_hi": product.category_hi,
            "unit": product.unit,
            "hsn": product.hsn,
            "shg_code": product.shg_code,
            "active": int(product.active),
        }
        if product.category_colour:  # absent when none: a district's uncoloured products
            row["category_colour"] = product.category_colour  # publish as they did before it
        if products.get(product.sku) != _dump(row):
            changes.append(("product", product.sku, row))
    for product in data.products:
        effective = product.effective_from or now_minute
        if _in_effect(prices.get(product.sku, []), effective) != product.mrp_paise:
            changes.append(
                (
                    "price",
                    product.sku,
                    {
                        "sku": product.sku,
                        "mrp_paise": product.mrp_paise,
                        "effective_from": effective,
                    },
                )
            )
    return changes


def set_price(store: Store, sku: str, mrp_paise: int, effective_from: str) -> int:
    """Publish a new MRP for a product from a local minute; returns the version."""
    if mrp_paise <= 0:
        raise InvalidInput("the MRP must be more than zero")
    effective = parse_effective(effective_from)
    with store.tx() as conn:
        if (
            conn.execute(select(t.cat_products.c.sku).where(t.cat_products.c.sku == sku)).first()
            is None
        ):
            raise NotFound(f"no product {sku!r} in the district catalog")
        data = {"sku": sku, "mrp_paise": mrp_paise, "effective_from": effective}
        return _publish(conn, [("price", sku, data)])[1]


def set_gst(store: Store, hsn: str, rate_bp: int, effective_from: str) -> int:
    """Publish a GST rate for an HSN code from a local minute; returns the version."""
    if rate_bp not in GST_RATES_BP:
        raise InvalidInput(f"{format_rate(rate_bp)} is not a GST slab")
    if not (hsn.isdigit() and len(hsn) in (4, 6, 8)):
        raise InvalidInput(f"HSN {hsn!r} must be 4, 6 or 8 digits")
    effective = parse_effective(effective_from)
    data = {"hsn": hsn, "rate_bp": rate_bp, "effective_from": effective}
    return publish(store, [("tax_rate", hsn, data)])[1]


def changes_page_json(store: Store, since: int, limit: int = PAGE_LIMIT) -> str:
    """One page of changes after ``since`` as the JSON of a CatalogPage (built as text: fast)."""
    limit = max(1, min(limit, PAGE_LIMIT))
    with store.engine.connect() as conn:
        target = int(
            conn.execute(select(t.counters.c.value).where(t.counters.c.name == "catalog")).scalar()
            or 0
        )
        rows = conn.execute(
            select(t.catalog_changes.c.version, t.catalog_changes.c.kind, t.catalog_changes.c.data)
            .where(t.catalog_changes.c.version > since, t.catalog_changes.c.version <= target)
            .order_by(t.catalog_changes.c.version)
            .limit(limit)
        ).all()
    items = ",".join(f'{{"version":{r.version},"kind":"{r.kind}","data":{r.data}}}' for r in rows)
    last = rows[-1].version if rows else since
    next_since = last if rows and last < target else None
    return (
        f'{{"target_version":{target},"changes":[{items}],'
        f'"next_since":{"null" if next_since is None else next_since}}}'
    )
