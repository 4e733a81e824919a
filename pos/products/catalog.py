"""The catalog: SHGs, products, barcodes, prices and GST rates, with import, export and search.

A catalog file (CSV or JSON) is validated whole: any bad row means nothing is imported and
every bad row is reported with its line number and why. Once the outlet is enrolled with a
district, the district is the only source and a local import is refused.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pos import clock
from pos.amounts.money import format_paise, parse_amount, rate_number
from pos.db.backoffice import catalog_q
from pos.db.connection import transaction
from pos.errors import CatalogImportError, InvalidInput, NotAllowed, NotFound, StorageError
from pos.outlet import config
from pos.products import barcodes as gtin
from pos.products import fuzzy
from pos.products.colours import COLOUR_PATTERN
from pos.records import journal
from pos.records.ledger import Ledger

UNITS = ("pc", "g", "ml")
GST_RATES_BP = (0, 25, 300, 500, 1200, 1800, 2800, 4000)
PRODUCT_FIELDS = (
    "sku", "barcodes", "name_en", "name_hi", "category", "category_hi", "unit", "hsn", "gst_rate",
    "mrp", "shg_code", "effective_from", "active", "category_colour",
)  # fmt: skip
SHG_FIELDS = (
    "code", "name_en", "name_hi", "village", "block", "contact", "bank_account", "ifsc",
    "upi_vpa",
)  # fmt: skip
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_HSN = re.compile(r"^\d{4}(\d{2}){0,2}$")
_SHG_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$")
_COLOUR = re.compile(COLOUR_PATTERN)


@dataclass(frozen=True)
class Item:
    """A product as the counter sells it now: current MRP and GST rate."""

    product_id: int
    sku: str
    name_en: str
    name_hi: str
    category: str
    unit: str
    hsn: str
    default_shg_id: int
    mrp_paise: int
    price_id: int
    rate_bp: int


@dataclass(frozen=True)
class ShgRow:
    code: str
    name_en: str
    name_hi: str = ""
    village: str = ""
    block: str = ""
    contact: str = ""
    bank_account: str = ""
    ifsc: str = ""
    upi_vpa: str = ""


@dataclass(frozen=True)
class ProductRow:
    sku: str
    barcodes: tuple[str, ...]
    name_en: str
    name_hi: str
    category: str
    unit: str
    hsn: str
    rate_bp: int
    mrp_paise: int
    shg_code: str
    effective_from: str | None
    active: bool
    category_hi: str = ""  # the category's Hindi name (tiles), optional in the file
    category_colour: str = ""  # the category's tile colour, #rrggbb; "" = by the tile's place
    line: int = field(default=0, compare=False)  # its line in the file read (0: not a file's)


@dataclass(frozen=True)
class CatalogData:
    shgs: tuple[ShgRow, ...] = ()
    products: tuple[ProductRow, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    shgs: int
    products: int
    prices_added: int
    rates_added: int


@dataclass
class _Problems:
    rows: list[tuple[int, str]] = field(default_factory=list)

    def add(self, line: int, why: str) -> None:
        self.rows.append((line, why))


# ---------------------------------------------------------------- parsing


def parse_rate(text: str) -> int:
    """GST rate in percent ("5", "12%", "2.5") to basis points, one of the GST slabs."""
    cleaned = str(text).strip().rstrip("%").strip()
    if not re.fullmatch(r"\d{1,2}(\.\d{1,2})?", cleaned):
        raise InvalidInput(f"GST rate {text!r} is not a percentage such as 5 or 12")
    whole, _, frac = cleaned.partition(".")
    rate_bp = int(whole) * 100 + int(frac.ljust(2, "0") or 0)
    if rate_bp not in GST_RATES_BP:
        slabs = ", ".join(rate_number(r) for r in GST_RATES_BP)
        raise InvalidInput(f"GST rate {text}% is not a GST slab ({slabs})")
    return rate_bp


def parse_effective(text: str) -> str:
    """ "2026-04-01" or "2026-04-01T09:00" to the stored local minute form."""
    cleaned = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m-%dT%H:%M")
        except ValueError:
            continue
    raise InvalidInput(f"effective date {text!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM")


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    return str(value).strip()


def _shg_row(raw: dict[str, Any], line: int, problems: _Problems) -> ShgRow | None:
    unknown = set(raw) - set(SHG_FIELDS)
    if unknown:
        problems.add(line, f"unknown column(s) {', '.join(sorted(unknown))}")
        return None
    code, name = _text(raw, "code"), _text(raw, "name_en")
    before = len(problems.rows)
    if not _SHG_CODE.fullmatch(code):
        problems.add(line, f"SHG code {code!r} must be letters, digits, - or _ (up to 24)")
    if not name:
        problems.add(line, "SHG name_en is empty")
    if len(problems.rows) > before:
        return None
    return ShgRow(**{k: _text(raw, k) for k in SHG_FIELDS})


def _product_row(raw: dict[str, Any], line: int, problems: _Problems) -> ProductRow | None:
    unknown = set(raw) - set(PRODUCT_FIELDS)
    if unknown:
        problems.add(line, f"unknown column(s) {', '.join(sorted(unknown))}")
        return None
    before = len(problems.rows)
    sku = _text(raw, "sku")
    if not _SKU.fullmatch(sku):
        problems.add(line, f"SKU {sku!r} must be 1-32 letters, digits, '-', '_' or '.'")
    raw_codes = raw.get("barcodes") or ""
    codes = raw_codes if isinstance(raw_codes, list) else str(raw_codes).split("|")
    barcodes = tuple(str(c).strip() for c in codes if str(c).strip())
    for code in barcodes:
        why = gtin.gtin_problem(code)
        if why:
            problems.add(line, why)
    name_en = _text(raw, "name_en")
    if not name_en:
        problems.add(line, "name_en is empty")
    category = _text(raw, "category")
    if not category:
        problems.add(line, "category is empty")
    unit = _text(raw, "unit") or "pc"
    if unit not in UNITS:
        problems.add(line, f"unit {unit!r} must be one of {', '.join(UNITS)}")
    hsn = _text(raw, "hsn")
    if not _HSN.fullmatch(hsn):
        problems.add(line, f"HSN {hsn!r} must be 4, 6 or 8 digits")
    rate_bp = 0
    try:
        rate_bp = parse_rate(_text(raw, "gst_rate"))
    except InvalidInput as exc:
        problems.add(line, str(exc))
    mrp = 0
    try:
        mrp = parse_amount(_text(raw, "mrp"), allow_zero=False)
    except InvalidInput as exc:
        problems.add(line, f"MRP: {exc}")
    shg_code = _text(raw, "shg_code")
    if not shg_code:
        problems.add(line, "shg_code is empty (every product needs a default SHG)")
    effective: str | None = None
    if _text(raw, "effective_from"):
        try:
            effective = parse_effective(_text(raw, "effective_from"))
        except InvalidInput as exc:
            problems.add(line, str(exc))
    colour = _text(raw, "category_colour").lower()
    if not _COLOUR.fullmatch(colour):
        problems.add(line, f"category_colour {colour!r} must be like #2e7d32 (or empty)")
    active_text = _text(raw, "active").lower() or "1"
    if active_text not in ("1", "0", "true", "false", "yes", "no"):
        problems.add(line, f"active {active_text!r} must be 1 or 0")
    if len(problems.rows) > before:
        return None
    return ProductRow(
        sku=sku,
        barcodes=barcodes,
        name_en=name_en,
        name_hi=_text(raw, "name_hi"),
        category=category,
        unit=unit,
        hsn=hsn,
        rate_bp=rate_bp,
        mrp_paise=mrp,
        shg_code=shg_code,
        effective_from=effective,
        active=active_text in ("1", "true", "yes"),
        category_hi=_text(raw, "category_hi"),
        category_colour=colour,
        line=line,
    )


def parse_catalog_file(path: Path) -> CatalogData:
    """Read a catalog from CSV (products or SHGs, told apart by the header) or JSON.

    Raises CatalogImportError listing every bad row, or InvalidInput for an unreadable file.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise NotFound(f"catalog file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path} is not UTF-8 text: {exc}") from exc
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from exc
    if path.suffix.lower() == ".json":
        return parse_catalog_json(text)
    return parse_catalog_csv(text)


def parse_catalog_json(text: str) -> CatalogData:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's own reason (exc.msg) is English only: the place is what a manager acts on
        raise CatalogImportError([(exc.lineno, f"not valid JSON at column {exc.colno}")]) from exc
    if not isinstance(doc, dict) or not set(doc) <= {"shgs", "products", "format"}:
        raise CatalogImportError([(1, 'expected an object with "shgs" and/or "products" lists')])
    problems = _Problems()
    lines = _json_item_lines(text)
    shgs: list[ShgRow] = []
    products: list[ProductRow] = []
    outputs: dict[str, list[Any]] = {"shgs": shgs, "products": products}
    parsers: dict[str, Any] = {"shgs": _shg_row, "products": _product_row}
    for key in ("shgs", "products"):
        parse, out = parsers[key], outputs[key]
        items = doc.get(key, [])
        if not isinstance(items, list):
            problems.add(1, f'"{key}" must be a list')
            continue
        for index, raw in enumerate(items):
            line = lines.get((key, index), index + 1)
            if not isinstance(raw, dict):
                problems.add(line, f"{key}[{index}] is not an object")
                continue
            row = parse(raw, line, problems)
            if row is not None:
                out.append(row)
    return _check_whole(CatalogData(tuple(shgs), tuple(products)), problems)


def _json_item_lines(text: str) -> dict[tuple[str, int], int]:
    """Best-effort line numbers of each object in the "shgs"/"products" lists."""
    found: dict[tuple[str, int], int] = {}
    section: str | None = None
    depth = 0
    index = -1
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        for key in ("shgs", "products"):
            if stripped.startswith(f'"{key}"'):
                section, index, depth = key, -1, 0
        if section is None:
            continue
        for char in stripped:
            if char == "{":
                depth += 1
                if depth == 1:
                    index += 1
                    found[(section, index)] = number
            elif char == "}":
                depth -= 1
    return found


def parse_catalog_csv(text: str) -> CatalogData:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise CatalogImportError([(1, "the file is empty (no header row)")])
    reader.fieldnames = header
    problems = _Problems()
    is_products = "sku" in header
    required: tuple[str, ...] = ("sku", "name_en", "category", "hsn", "gst_rate", "mrp", "shg_code")
    if not is_products:
        required = ("code", "name_en")
    missing = [c for c in required if c not in header]
    if missing:
        raise CatalogImportError([(1, f"header lacks column(s): {', '.join(missing)}")])
    shgs: list[ShgRow] = []
    products: list[ProductRow] = []
    for raw in reader:
        line = reader.line_num
        if None in raw:
            problems.add(line, "more fields than the header has")
            continue
        if all(not (v or "").strip() for v in raw.values()):
            continue
        if is_products:
            product = _product_row(raw, line, problems)
            if product:
                products.append(product)
        else:
            shg = _shg_row(raw, line, problems)
            if shg:
                shgs.append(shg)
    return _check_whole(CatalogData(tuple(shgs), tuple(products)), problems)


def _check_whole(data: CatalogData, problems: _Problems) -> CatalogData:
    seen_codes: set[str] = set()
    for i, shg in enumerate(data.shgs):
        if shg.code in seen_codes:
            problems.add(i + 2, f"SHG code {shg.code} appears twice")
        seen_codes.add(shg.code)
    seen_skus: set[str] = set()
    seen_barcodes: dict[str, str] = {}
    for product in data.products:
        if product.sku in seen_skus:
            problems.add(product.line, f"SKU {product.sku} appears twice")
        seen_skus.add(product.sku)
        for code in product.barcodes:
            key = gtin.gtin_key(code)  # one GTIN, however many leading zeros
            if key in seen_barcodes and seen_barcodes[key] != product.sku:
                other = seen_barcodes[key]
                problems.add(product.line, f"barcode {code} is on both {other} and {product.sku}")
            seen_barcodes[key] = product.sku
    if problems.rows:  # with the rows that were good, for the checks against the ledger
        raise CatalogImportError(sorted(problems.rows), partial=data)
    return data


# ---------------------------------------------------------------- import and export


def check_against_ledger(
    ledger: Ledger, data: CatalogData, moment: datetime
) -> dict[tuple[str, str], int]:
    """The checks a parsed file needs against what the ledger holds (SHG codes, barcodes of
    other products, HSN rates that disagree within the file): the GST rate per (HSN,
    effective minute), or CatalogImportError listing every problem (row = the product's line in
    its file, else its number)."""
    now_minute = clock.local_minute(moment)
    db = ledger.db
    problems = _Problems()
    known_shgs = set(catalog_q.shg_ids_by_code(db)) | {s.code for s in data.shgs}
    owners = {gtin.gtin_key(code): sku for code, sku in catalog_q.barcode_owners(db).items()}
    rates: dict[tuple[str, str], int] = {}
    for number, product in enumerate(data.products, start=1):
        n = product.line or number
        if product.shg_code not in known_shgs:
            problems.add(n, f"{product.sku}: unknown SHG code {product.shg_code}")
        for code in product.barcodes:
            owner = owners.get(gtin.gtin_key(code))
            if owner is not None and owner != product.sku:
                problems.add(n, f"{product.sku}: barcode {code} already belongs to {owner}")
        key = (product.hsn, product.effective_from or now_minute)
        if key in rates and rates[key] != product.rate_bp:
            problems.add(n, f"{product.sku}: HSN {product.hsn} has two different GST rates")
        rates[key] = product.rate_bp
    if problems.rows:
        raise CatalogImportError(problems.rows)
    return rates


def import_catalog(
    ledger: Ledger, data: CatalogData, *, source: str = "local", moment: datetime | None = None
) -> ImportResult:
    """Write a validated catalog in one transaction; refuse a local import once enrolled.

    Checks against what the ledger already holds (SHG codes, barcodes of other products, HSN
    rates that disagree within the file) and raises CatalogImportError listing every problem.
    """
    if source == "local" and ledger.device.enrolled:
        raise NotAllowed(
            "this outlet is enrolled with the district: catalog, prices and rates come only "
            "from the district server (pos sync)"
        )
    moment = moment or clock.now_utc()
    rates = check_against_ledger(ledger, data, moment)
    now_minute = clock.local_minute(moment)
    db = ledger.db

    prices_added = rates_added = 0
    with transaction(db):
        for shg in data.shgs:
            catalog_q.upsert_shg(db, shg.__dict__)
        shg_ids = catalog_q.shg_ids_by_code(db)
        for (hsn, effective), rate_bp in rates.items():
            if catalog_q.current_rate(db, hsn, effective) != rate_bp:
                catalog_q.insert_rate(db, hsn, rate_bp, effective)
                rates_added += 1
        for product in data.products:
            product_id = catalog_q.upsert_product(
                db,
                {
                    "sku": product.sku,
                    "name_en": product.name_en,
                    "name_hi": product.name_hi,
                    "category": product.category,
                    "category_hi": product.category_hi,
                    "category_colour": product.category_colour,
                    "unit": product.unit,
                    "hsn": product.hsn,
                    "default_shg_id": shg_ids[product.shg_code],
                    "active": int(product.active),
                },
            )
            catalog_q.replace_barcodes(db, product_id, list(product.barcodes))
            effective = product.effective_from or now_minute
            if catalog_q.current_mrp(db, product_id, effective) != product.mrp_paise:
                catalog_q.insert_price(
                    db, product_id, product.mrp_paise, effective, clock.to_iso(moment)
                )
                prices_added += 1
        journal.append(
            db,
            ledger.device.id,
            "catalog_imported",
            {
                "source": source,
                "shgs": len(data.shgs),
                "products": len(data.products),
                "prices_added": prices_added,
                "rates_added": rates_added,
            },
            moment=moment,
        )
    ledger.reload()
    return ImportResult(len(data.shgs), len(data.products), prices_added, rates_added)


def export_catalog(ledger: Ledger, path: Path) -> int:
    """Write the current catalog as JSON (SHGs and products) or CSV (products only); the
    number of products written. Raises StorageError when the file cannot be written."""
    at = clock.local_minute(clock.now_utc())
    rows = catalog_q.export_products(ledger.db, at)
    products = [
        {
            "sku": r["sku"],
            "barcodes": "|".join(r["barcodes"]),
            "name_en": r["name_en"],
            "name_hi": r["name_hi"],
            "category": r["category"],
            "category_hi": r["category_hi"],
            "unit": r["unit"],
            "hsn": r["hsn"],
            "gst_rate": rate_number(r["rate_bp"] or 0),
            "mrp": format_paise(r["mrp_paise"] or 0),
            "shg_code": r["shg_code"],
            "effective_from": "",
            "active": str(r["active"]),
            "category_colour": r["category_colour"],
        }
        for r in rows
    ]
    try:
        if path.suffix.lower() == ".json":
            shgs = [{k: s[k] for k in SHG_FIELDS} for s in catalog_q.all_shgs(ledger.db)]
            for product in products:
                product.pop("effective_from")
            path.write_text(
                json.dumps({"shgs": shgs, "products": products}, ensure_ascii=False, indent=1),
                encoding="utf-8",
            )
        else:
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=PRODUCT_FIELDS)
                writer.writeheader()
                writer.writerows(products)
    except OSError as exc:  # a missing folder, a read-only stick: said, not a crash
        raise StorageError(f"cannot write the catalog file {path}: {exc.strerror}") from exc
    return len(products)


# ---------------------------------------------------------------- lookup and search


def _item(row: dict[str, Any] | None, code: str) -> Item:
    if row is None:
        raise NotFound(f"no product with SKU or barcode {code!r}")
    if not row["active"]:
        raise NotAllowed(f"{row['sku']} ({row['name_en']}) is not on sale any more")
    if row["mrp_paise"] is None:
        raise NotAllowed(f"{row['sku']} ({row['name_en']}) has no price yet")
    if row["rate_bp"] is None:
        raise NotAllowed(f"{row['sku']} ({row['name_en']}) has no GST rate for HSN {row['hsn']}")
    return Item(
        product_id=row["product_id"],
        sku=row["sku"],
        name_en=row["name_en"],
        name_hi=row["name_hi"],
        category=row["category"],
        unit=row["unit"],
        hsn=row["hsn"],
        default_shg_id=row["default_shg_id"],
        mrp_paise=row["mrp_paise"],
        price_id=row["price_id"],
        rate_bp=row["rate_bp"],
    )


def find_item(ledger: Ledger, code: str, moment: datetime | None = None) -> Item:
    """The product for a barcode or SKU, priced at ``moment`` (now by default).

    Raises NotFound for an unknown code, NotAllowed for an inactive or unpriced product.
    """
    code = code.strip()
    if not code:
        raise InvalidInput("scan or type a barcode or SKU")
    at = clock.local_minute(moment or clock.now_utc())
    row = _row_by_barcode(ledger, code, at) if code.isdigit() else None
    if row is None:
        row = catalog_q.item_by_sku(ledger.db, code, at)
    if row is None and not code.isdigit():
        row = catalog_q.item_by_sku(ledger.db, code.upper(), at)
    return _item(row, code)


def _row_by_barcode(ledger: Ledger, code: str, at: str) -> dict[str, Any] | None:
    for form in gtin.equivalent_codes(code):  # UPC-A, EAN-13 and GTIN-14 spellings
        row = catalog_q.item_by_barcode(ledger.db, form, at)
        if row is not None:
            return row
    return None


@dataclass(frozen=True)
class Scanned:
    """What a scan or a typed code found: the item and, for a scale label, the quantity
    (grams or millilitres for a weight; the price over the unit price for a price label)."""

    item: Item
    qty: int | None = None


def read_code(ledger: Ledger, code: str, moment: datetime | None = None) -> Scanned:
    """A scanned or typed code: a barcode (any GTIN spelling), a SKU, or a weighing-scale
    label read by the ``scale_barcode`` setting. Raises as ``find_item`` does."""
    code = code.strip()
    try:
        return Scanned(find_item(ledger, code, moment))
    except NotFound:
        reading = gtin.read_scale(code, config.get(ledger, "scale_barcode"))
        if reading is None:
            raise
    try:
        item = item_by_id(ledger, reading.product_number, moment)
    except NotFound:
        raise NotFound(f"scale label {code}: no product number {reading.product_number}") from None
    if reading.weight is not None:
        if item.unit == "pc":
            raise InvalidInput(f"{item.name_en} is sold by the piece, not by weight")
        return Scanned(item, reading.weight)
    qty = max(1, round((reading.price_paise or 0) / item.mrp_paise))
    return Scanned(item, qty)


def item_by_id(ledger: Ledger, product_id: int, moment: datetime | None = None) -> Item:
    at = clock.local_minute(moment or clock.now_utc())
    return _item(catalog_q.item_by_id(ledger.db, product_id, at), f"#{product_id}")


_WORD_INDEXES: dict[int, tuple[tuple[int, int], float, fuzzy.WordIndex]] = {}
WORD_INDEX_SECONDS = 300.0  # names edited in place show in near matches within this long


def _word_index(ledger: Ledger) -> fuzzy.WordIndex:
    """The near-match index of this ledger's names: rebuilt when products are added or
    removed, and every few minutes (a renamed product)."""
    key = catalog_q.products_fingerprint(ledger.db)
    now = time.monotonic()
    cached = _WORD_INDEXES.get(id(ledger.db))
    if cached is None or cached[0] != key or now - cached[1] > WORD_INDEX_SECONDS:
        cached = (key, now, fuzzy.WordIndex(catalog_q.active_names(ledger.db)))
        _WORD_INDEXES.clear()  # one ledger at a time on a till
        _WORD_INDEXES[id(ledger.db)] = cached
    return cached[2]


def search(ledger: Ledger, text: str, limit: int = 30) -> list[Item]:
    """Products matching an English or Hindi name, SKU (substring) or barcode (exact); when
    nothing matches as typed, names that nearly match (``pos.products.fuzzy``)."""
    query = " ".join(text.split())
    if not query:
        return []
    ids: list[int] = []
    if query.isdigit():
        for form in gtin.equivalent_codes(query):
            found = catalog_q.product_for_barcode(ledger.db, form)
            if found is not None:
                ids.append(found)
                break
    words = [w for w in query.split() if len(w) >= 3]
    if words:
        terms = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        ids += [i for i in catalog_q.search_fts(ledger.db, terms, limit) if i not in ids]
        if not ids and any(ch.isalpha() for ch in query):  # "साबून" finds "साबुन"
            ids = fuzzy.near_matches(query, _word_index(ledger), limit)
    else:
        ids += [i for i in catalog_q.search_prefix(ledger.db, query, limit) if i not in ids]
    at = clock.local_minute(clock.now_utc())
    rows = {r["product_id"]: r for r in catalog_q.items_by_ids(ledger.db, ids[:limit], at)}
    items = []
    for product_id in ids[:limit]:
        row = rows.get(product_id)
        if row and row["active"] and row["mrp_paise"] is not None and row["rate_bp"] is not None:
            items.append(_item(row, str(product_id)))
    return items
