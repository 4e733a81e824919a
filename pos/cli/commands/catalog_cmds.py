"""`pos catalog import|export|search`."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.amounts.money import format_rupees
from pos.cli.common import Context, add_json
from pos.products import catalog


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cat = sub.add_parser("catalog", help="the outlet's catalog (SHGs, products, prices, GST)")
    cat_sub = cat.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    p = cat_sub.add_parser("import", help="import a CSV or JSON catalog (all rows or none)")
    p.add_argument("file", help="catalog file: .json (shgs + products) or .csv")
    add_json(p)
    p.set_defaults(handler=cmd_import)
    p = cat_sub.add_parser("export", help="export the catalog (.json: SHGs and products; .csv)")
    p.add_argument("file", help="where to write")
    add_json(p)
    p.set_defaults(handler=cmd_export)
    p = cat_sub.add_parser("search", help="find products by name (English/Hindi), SKU, barcode")
    p.add_argument("text", help="what to look for")
    p.add_argument("--limit", type=int, default=20, help="at most this many results")
    add_json(p)
    p.set_defaults(handler=cmd_search)


def cmd_import(ctx: Context, args: argparse.Namespace) -> None:
    data = catalog.parse_catalog_file(Path(args.file))
    result = catalog.import_catalog(ctx.ledger(), data)
    ctx.emit(
        result.__dict__,
        f"imported {result.shgs} SHG(s) and {result.products} product(s);"
        f" {result.prices_added} price(s) and {result.rates_added} GST rate(s) added",
    )


def cmd_export(ctx: Context, args: argparse.Namespace) -> None:
    count = catalog.export_catalog(ctx.ledger(), Path(args.file))
    ctx.emit({"products": count, "file": args.file}, f"exported {count} product(s) to {args.file}")


def cmd_search(ctx: Context, args: argparse.Namespace) -> None:
    items = catalog.search(ctx.ledger(), args.text, args.limit)
    ctx.emit(
        {
            "items": [
                {"sku": i.sku, "name_en": i.name_en, "name_hi": i.name_hi, "mrp_paise": i.mrp_paise}
                for i in items
            ]
        },
        "\n".join(
            f"{i.sku:14} {format_rupees(i.mrp_paise):>10}  {i.name_en} / {i.name_hi}" for i in items
        )
        or "nothing found",
    )
