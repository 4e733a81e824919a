"""The catalog as the back office edits it on a standalone outlet: one product at a time
(through the same checks and transaction as a file import) and a file import previewed
before anything is written. An enrolled outlet's catalog comes only from the district: both
are refused there (``catalog.import_catalog`` says so)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos import clock
from pos.amounts.money import Paise
from pos.db.backoffice import catalog_q
from pos.errors import CatalogImportError, InvalidInput
from pos.outlet import setup
from pos.products import catalog
from pos.products.catalog import CatalogData, ImportResult, ProductRow
from pos.records.ledger import Ledger


@dataclass(frozen=True)
class CatalogProduct:
    sku: str
    barcodes: str  # "|"-separated, as in a catalog file
    name_en: str
    name_hi: str
    category: str
    category_hi: str
    unit: str
    hsn: str
    rate_bp: int
    mrp_paise: Paise
    shg_code: str
    active: bool
    category_colour: str = ""  # #rrggbb of the category's tile; "" = by its place


@dataclass(frozen=True)
class ImportPreview:
    """What a catalog file would change; nothing is written until it is imported."""

    data: CatalogData
    new: tuple[str, ...]  # SKUs not in the catalog yet
    changed: tuple[str, ...]  # "SKU: what changes"
    unchanged: int
    new_shgs: tuple[str, ...]


def _product(r: dict[str, Any]) -> CatalogProduct:
    return CatalogProduct(
        r["sku"], "|".join(r["barcodes"]), r["name_en"], r["name_hi"], r["category"],
        r["category_hi"] or "", r["unit"], r["hsn"], r["rate_bp"] or 0, r["mrp_paise"] or 0,
        r["shg_code"], bool(r["active"]), r["category_colour"] or "",
    )  # fmt: skip


def catalog_products(ledger: Ledger) -> list[CatalogProduct]:
    """Every product with its price and GST rate now, by SKU."""
    at = clock.local_minute(clock.now_utc())
    return [_product(r) for r in catalog_q.export_products(ledger.db, at)]


def _differences(old: CatalogProduct, new: ProductRow) -> list[str]:
    pairs = (
        ("name", old.name_en, new.name_en), ("Hindi name", old.name_hi, new.name_hi),
        ("category", old.category, new.category), ("unit", old.unit, new.unit),
        ("HSN", old.hsn, new.hsn), ("GST", old.rate_bp, new.rate_bp),
        ("MRP", old.mrp_paise, new.mrp_paise), ("SHG", old.shg_code, new.shg_code),
        ("barcodes", old.barcodes, "|".join(new.barcodes)), ("active", old.active, new.active),
        ("colour", old.category_colour, new.category_colour),
    )  # fmt: skip
    return [what for what, before, after in pairs if before != after]


def preview_import(ledger: Ledger, path: Path) -> ImportPreview:
    """Read and check a CSV or JSON catalog file, also against the ledger (unknown SHG, another
    product's barcode). Raises CatalogImportError listing every bad row (nothing is written
    either way), InvalidInput for an unreadable file."""
    try:
        data = catalog.parse_catalog_file(path)
    except CatalogImportError as exc:  # the good rows' problems with the ledger too, at once
        if not isinstance(exc.partial, catalog.CatalogData):
            raise
        try:
            catalog.check_against_ledger(ledger, exc.partial, clock.now_utc())
        except CatalogImportError as more:
            raise CatalogImportError(sorted(set(exc.problems) | set(more.problems))) from None
        raise
    catalog.check_against_ledger(ledger, data, clock.now_utc())  # every bad row, up front
    current = {p.sku: p for p in catalog_products(ledger)}
    known_shgs = set(catalog_q.shg_ids_by_code(ledger.db))
    new, changed, unchanged = [], [], 0
    for product in data.products:
        old = current.get(product.sku)
        if old is None:
            new.append(product.sku)
            continue
        what = _differences(old, product)
        if what:
            changed.append(f"{product.sku}: {', '.join(what)}")
        else:
            unchanged += 1
    new_shgs = tuple(s.code for s in data.shgs if s.code not in known_shgs)
    return ImportPreview(data, tuple(new), tuple(changed), unchanged, new_shgs)


def import_previewed(ledger: Ledger, preview: ImportPreview) -> ImportResult:
    """Write a previewed file (its checks against the ledger run again, in the transaction)."""
    return catalog.import_catalog(ledger, preview.data)


def save_product(ledger: Ledger, fields: dict[str, str]) -> ImportResult:
    """Add or change one product (by SKU): keys as in a catalog file (sku, barcodes, name_en,
    name_hi, category, category_hi, category_colour, unit, hsn, gst_rate, mrp, shg_code,
    effective_from for a price change at a later date-time). Raises CatalogImportError naming
    each wrong field, NotAllowed on an enrolled outlet."""
    raw = {key: value for key, value in fields.items() if key in catalog.PRODUCT_FIELDS}
    data = catalog.parse_catalog_json(json.dumps({"products": [raw]}))
    return catalog.import_catalog(ledger, data)


def catalog_page(
    ledger: Ledger, text: str = "", after_sku: str = "", limit: int = 200
) -> list[CatalogProduct]:
    """``catalog_products`` a page at a time: products after ``after_sku`` by SKU whose SKU or
    name contains ``text`` (all when blank), at most ``limit``."""
    at = clock.local_minute(clock.now_utc())
    like = f"%{text.strip()}%" if text.strip() else ""
    return [_product(r) for r in catalog_q.products_page(ledger.db, at, like, after_sku, limit)]


_IFSC = re.compile(r"[A-Z]{4}0[A-Z0-9]{6}")
_ACCOUNT = re.compile(r"\d{9,18}")


def shg_rows(ledger: Ledger) -> list[catalog.ShgRow]:
    """Every SHG with its bank and UPI details, by code."""
    return [catalog.ShgRow(**{k: r[k] or "" for k in catalog.SHG_FIELDS})
            for r in catalog_q.all_shgs(ledger.db)]  # fmt: skip


def save_shg(ledger: Ledger, fields: dict[str, str]) -> ImportResult:
    """Add or change one SHG (by code): keys as in a catalog file (code, name_en, name_hi,
    village, block, contact, bank_account, ifsc, upi_vpa). Raises InvalidInput (a bank account
    that is not 9 to 18 digits, an IFSC not like SBIN0001234, a bad UPI ID),
    CatalogImportError (code, name), NotAllowed on an enrolled outlet."""
    raw = check_shg_payout(
        {key: value.strip() for key, value in fields.items() if key in catalog.SHG_FIELDS}
    )
    data = catalog.parse_catalog_json(json.dumps({"shgs": [raw]}))
    return catalog.import_catalog(ledger, data)


def check_shg_payout(raw: dict[str, str]) -> dict[str, str]:
    """``raw`` with its IFSC in capitals, once its payout details are checked (the till's back
    office and the district office alike): raises InvalidInput for a bank account that is not
    9 to 18 digits, an IFSC not like SBIN0001234 or a bad UPI ID; blank ones pass."""
    raw = {**raw, "ifsc": raw.get("ifsc", "").upper()}
    if raw.get("bank_account") and not _ACCOUNT.fullmatch(raw["bank_account"]):
        raise InvalidInput(f"a bank account is 9 to 18 digits, not {raw['bank_account']!r}")
    if raw.get("ifsc") and not _IFSC.fullmatch(raw["ifsc"]):
        raise InvalidInput(f"an IFSC is like SBIN0001234, not {raw['ifsc']!r}")
    setup.validate_vpa(raw.get("upi_vpa") or None)
    return raw
