"""SQL for the catalog: SHGs, products, barcodes, prices, tax rates and search."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pos.db.connection import query_all, query_one

_ITEM = """
SELECT p.id AS product_id, p.sku, p.name_en, p.name_hi, p.category, p.category_hi,
       p.category_colour, p.unit, p.hsn,
       p.default_shg_id, p.active,
       pr.id AS price_id, pr.mrp_paise,
       (SELECT t.rate_bp FROM tax_rates t WHERE t.hsn = p.hsn AND t.effective_from <= :at
        ORDER BY t.effective_from DESC LIMIT 1) AS rate_bp
FROM products p
LEFT JOIN prices pr ON pr.id = (
    SELECT x.id FROM prices x WHERE x.product_id = p.id AND x.effective_from <= :at
    ORDER BY x.effective_from DESC LIMIT 1)
"""


def item_by_sku(db: sqlite_utils.Database, sku: str, at: str) -> dict[str, Any] | None:
    return query_one(db, _ITEM + " WHERE p.sku = :sku", {"at": at, "sku": sku})


def item_by_barcode(db: sqlite_utils.Database, barcode: str, at: str) -> dict[str, Any] | None:
    return query_one(
        db,
        _ITEM + " WHERE p.id = (SELECT product_id FROM barcodes WHERE barcode = :code)",
        {"at": at, "code": barcode},
    )


def item_by_id(db: sqlite_utils.Database, product_id: int, at: str) -> dict[str, Any] | None:
    return query_one(db, _ITEM + " WHERE p.id = :id", {"at": at, "id": product_id})


def items_by_ids(db: sqlite_utils.Database, ids: list[int], at: str) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    sql = _ITEM.replace(":at", "?") + f" WHERE p.id IN ({marks})"
    at_params = [at, at]
    return query_all(db, sql, [*at_params, *ids])


def search_fts(db: sqlite_utils.Database, match: str, limit: int) -> list[int]:
    """Trigram full-text match; no ranking, so a common word stops at ``limit`` rows."""
    rows = db.execute(
        "SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT ?", [match, limit]
    ).fetchall()
    return [r[0] for r in rows]


def active_names(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(id, "English name Hindi name") of every active product, for near matches."""
    rows = db.execute(
        "SELECT id, name_en || ' ' || name_hi FROM products WHERE active = 1 ORDER BY id"
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def products_fingerprint(db: sqlite_utils.Database) -> tuple[int, int]:
    """(count, last id) of the products: changes when one is added or removed."""
    row = db.execute("SELECT count(*), coalesce(max(id), 0) FROM products").fetchone()
    return int(row[0]), int(row[1])


def search_prefix(db: sqlite_utils.Database, prefix: str, limit: int) -> list[int]:
    """Short queries (under three characters): name or SKU prefix as index range scans."""
    upper = prefix + "\U0010ffff"
    rows = db.execute(
        "SELECT id FROM (SELECT id FROM products WHERE name_en >= ?1 COLLATE NOCASE"
        "  AND name_en < ?2 COLLATE NOCASE LIMIT ?3)"
        " UNION SELECT id FROM (SELECT id FROM products WHERE name_hi >= ?1 AND name_hi < ?2"
        "  LIMIT ?3)"
        " UNION SELECT id FROM (SELECT id FROM products WHERE sku >= upper(?1)"
        "  AND sku < upper(?1) || ?4 LIMIT ?3)"
        " LIMIT ?3",
        [prefix, upper, limit, "\U0010ffff"],
    ).fetchall()
    return [r[0] for r in rows]


def product_for_barcode(db: sqlite_utils.Database, barcode: str) -> int | None:
    row = db.execute("SELECT product_id FROM barcodes WHERE barcode = ?", [barcode]).fetchone()
    return None if row is None else int(row[0])


def shg_ids_by_code(db: sqlite_utils.Database) -> dict[str, int]:
    return {r["code"]: r["id"] for r in query_all(db, "SELECT id, code FROM shg")}


def all_shgs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return query_all(db, "SELECT * FROM shg ORDER BY code")


def shg_by_code(db: sqlite_utils.Database, code: str) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM shg WHERE code = ?", [code])


def shg_by_id(db: sqlite_utils.Database, shg_id: int) -> dict[str, Any] | None:
    return query_one(db, "SELECT * FROM shg WHERE id = ?", [shg_id])


def upsert_shg(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "code")
    db.execute(
        f"INSERT INTO shg ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        f" ON CONFLICT(code) DO UPDATE SET {updates}",
        list(row.values()),
    )
    found = db.execute("SELECT id FROM shg WHERE code = ?", [row["code"]]).fetchone()
    return int(found[0])


def upsert_product(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "sku")
    db.execute(
        f"INSERT INTO products ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        f" ON CONFLICT(sku) DO UPDATE SET {updates}",
        list(row.values()),
    )
    found = db.execute("SELECT id FROM products WHERE sku = ?", [row["sku"]]).fetchone()
    return int(found[0])


def replace_barcodes(db: sqlite_utils.Database, product_id: int, barcodes: list[str]) -> None:
    db.execute("DELETE FROM barcodes WHERE product_id = ?", [product_id])
    for code in barcodes:
        db.execute("INSERT INTO barcodes (barcode, product_id) VALUES (?, ?)", [code, product_id])


def barcode_owners(db: sqlite_utils.Database) -> dict[str, str]:
    rows = query_all(
        db, "SELECT b.barcode, p.sku FROM barcodes b JOIN products p ON p.id = b.product_id"
    )
    return {r["barcode"]: r["sku"] for r in rows}


def current_mrp(db: sqlite_utils.Database, product_id: int, at: str) -> int | None:
    row = db.execute(
        "SELECT mrp_paise FROM prices WHERE product_id = ? AND effective_from <= ?"
        " ORDER BY effective_from DESC LIMIT 1",
        [product_id, at],
    ).fetchone()
    return None if row is None else int(row[0])


def insert_price(
    db: sqlite_utils.Database, product_id: int, mrp: int, effective_from: str, at: str
) -> None:
    db.execute(
        "INSERT INTO prices (product_id, mrp_paise, effective_from, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(product_id, effective_from)"
        " DO UPDATE SET mrp_paise = excluded.mrp_paise",
        [product_id, mrp, effective_from, at],
    )


def current_rate(db: sqlite_utils.Database, hsn: str, at: str) -> int | None:
    row = db.execute(
        "SELECT rate_bp FROM tax_rates WHERE hsn = ? AND effective_from <= ?"
        " ORDER BY effective_from DESC LIMIT 1",
        [hsn, at],
    ).fetchone()
    return None if row is None else int(row[0])


def insert_rate(db: sqlite_utils.Database, hsn: str, rate_bp: int, effective_from: str) -> None:
    db.execute(
        "INSERT INTO tax_rates (hsn, rate_bp, effective_from) VALUES (?, ?, ?)"
        " ON CONFLICT(hsn, effective_from) DO UPDATE SET rate_bp = excluded.rate_bp",
        [hsn, rate_bp, effective_from],
    )


def export_products(db: sqlite_utils.Database, at: str) -> list[dict[str, Any]]:
    rows = query_all(
        db,
        _ITEM.replace(
            "SELECT p.id AS product_id,", "SELECT s.code AS shg_code, p.id AS product_id,"
        ).replace("FROM products p", "FROM products p JOIN shg s ON s.id = p.default_shg_id")
        + " ORDER BY p.sku",
        {"at": at},
    )
    codes: dict[int, list[str]] = {}
    for r in query_all(db, "SELECT barcode, product_id FROM barcodes ORDER BY barcode"):
        codes.setdefault(r["product_id"], []).append(r["barcode"])
    for row in rows:
        row["barcodes"] = codes.get(row["product_id"], [])
    return rows


def product_count(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT count(*) FROM products").fetchone()
    return int(row[0])


def products_page(
    db: sqlite_utils.Database, at: str, like: str, after_sku: str, limit: int
) -> list[dict[str, Any]]:
    """One page of products by SKU after ``after_sku`` (``like``: a LIKE pattern on the SKU
    and both names, or "" for all), with their SHG code and barcodes: the back office's
    catalog list, a page at a time, so a 100,000-product outlet opens it at once."""
    where = "p.sku > :after" + (
        " AND (p.sku LIKE :like OR p.name_en LIKE :like OR p.name_hi LIKE :like)" if like else ""
    )
    rows = query_all(
        db,
        _ITEM.replace(
            "SELECT p.id AS product_id,", "SELECT s.code AS shg_code, p.id AS product_id,"
        ).replace("FROM products p", "FROM products p JOIN shg s ON s.id = p.default_shg_id")
        + f" WHERE {where} ORDER BY p.sku LIMIT :limit",
        {"at": at, "after": after_sku, "like": like, "limit": limit},
    )
    ids = [r["product_id"] for r in rows]
    codes: dict[int, list[str]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for r in query_all(
            db,
            f"SELECT barcode, product_id FROM barcodes WHERE product_id IN ({marks})"
            " ORDER BY barcode",
            ids,
        ):
            codes.setdefault(r["product_id"], []).append(r["barcode"])
    for row in rows:
        row["barcodes"] = codes.get(row["product_id"], [])
    return rows


def has_barcode(db: sqlite_utils.Database, product_ids: list[int]) -> set[int]:
    """Which of these products carry at least one barcode."""
    if not product_ids:
        return set()
    marks = ",".join("?" * len(product_ids))
    rows = db.execute(
        f"SELECT DISTINCT product_id FROM barcodes WHERE product_id IN ({marks})", product_ids
    ).fetchall()
    return {int(r[0]) for r in rows}
