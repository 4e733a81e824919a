"""A large, realistic-looking catalog for benchmarks (English and Hindi names, barcodes)."""

from __future__ import annotations

import random

from pos.products.catalog import CatalogData, ProductRow, ShgRow

COLOURS = [("green", "हरा"), ("blue", "नीला"), ("red", "लाल"), ("yellow", "पीला"),
           ("pink", "गुलाबी"), ("white", "सफ़ेद"), ("black", "काला"), ("orange", "नारंगी"),
           ("purple", "बैंगनी"), ("brown", "भूरा")]  # fmt: skip
KINDS = [("Cotton mask", "सूती मास्क", "Masks", "6307", 500),
         ("Head-cover mask", "सिर ढकने वाला मास्क", "Head-cover masks", "6307", 500),
         ("Neem soap", "नीम साबुन", "Soap", "3401", 1800),
         ("Handwash", "हैंडवॉश", "Handwash", "3401", 1800),
         ("Hand sanitizer", "हैंड सैनिटाइज़र", "Sanitizer", "3808", 1800),
         ("Phenyl", "फिनाइल", "Household", "3808", 1800),
         ("Agarbatti", "अगरबत्ती", "Household", "3307", 500),
         ("Jute bag", "जूट का थैला", "Household", "4202", 1200),
         ("Honey", "शहद", "Food", "0409", 500),
         ("Makhana", "मखाना", "Food", "0802", 500)]  # fmt: skip
SIZES = ["50 ml", "100 ml", "200 ml", "500 ml", "1 litre", "75 g", "100 g", "250 g", "small",
         "large"]  # fmt: skip


def ean13(number: int) -> str:
    body = f"2{number:011d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def big_catalog(products: int, shgs: int = 60, seed: int = 7) -> CatalogData:
    rng = random.Random(seed)
    shg_rows = tuple(
        ShgRow(code=f"SHG-{i:04d}", name_en=f"Mahila SHG {i}", name_hi=f"महिला समूह {i}",
               village=f"Village {i % 40}", block=f"Block {i % 12}")
        for i in range(shgs)
    )  # fmt: skip
    rows = []
    for i in range(products):
        colour_en, colour_hi = COLOURS[i % len(COLOURS)]
        kind_en, kind_hi, category, hsn, rate = KINDS[(i // len(COLOURS)) % len(KINDS)]
        size = SIZES[(i // 100) % len(SIZES)]
        rows.append(
            ProductRow(
                sku=f"P{i:06d}",
                barcodes=(ean13(i),),
                name_en=f"{kind_en} {colour_en} {size} batch {i // 1000}",
                name_hi=f"{kind_hi} {colour_hi} {size} बैच {i // 1000}",
                category=category,
                unit="pc",
                hsn=hsn,
                rate_bp=rate,
                mrp_paise=rng.randrange(5, 500) * 100,
                shg_code=shg_rows[i % shgs].code,
                effective_from="2026-04-01T00:00",
                active=True,
            )
        )
    return CatalogData(shgs=shg_rows, products=tuple(rows))
