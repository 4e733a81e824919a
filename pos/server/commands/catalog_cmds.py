"""`pos-server catalog|price|gst`: publish a catalog file, a price change or a GST rate
change to the district's tills."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos import clock
from pos.amounts.money import format_paise, format_rate, parse_amount
from pos.products.catalog import parse_catalog_file, parse_rate
from pos.server.commands.common import add, emit
from pos.server.storage.store import Store
from pos.server.tills import catalog


def cmd_catalog_import(store: Store, args: argparse.Namespace) -> int:
    store.check_ready()
    data = parse_catalog_file(Path(args.file))
    first, last = catalog.import_catalog(store, data, clock.local_minute(clock.now_utc()))
    count = last - first + 1 if last else 0
    emit(
        args,
        {"changes": count, "first_version": first, "last_version": last},
        f"published {count} change(s)" + (f" (versions {first}-{last})" if count else ""),
    )
    return 0


def cmd_price_set(store: Store, args: argparse.Namespace) -> int:
    mrp = parse_amount(args.mrp, allow_zero=False)
    version = catalog.set_price(store, args.sku, mrp, args.effective_from)
    emit(
        args,
        {
            "sku": args.sku,
            "mrp_paise": mrp,
            "effective_from": args.effective_from,
            "version": version,
        },
        f"{args.sku}: MRP {format_paise(mrp)} from {args.effective_from} (version {version})",
    )
    return 0


def cmd_gst_set(store: Store, args: argparse.Namespace) -> int:
    rate = parse_rate(args.rate)
    version = catalog.set_gst(store, args.hsn, rate, args.effective_from)
    emit(
        args,
        {
            "hsn": args.hsn,
            "rate_bp": rate,
            "effective_from": args.effective_from,
            "version": version,
        },
        f"HSN {args.hsn}: GST {format_rate(rate)} from {args.effective_from} (version {version})",
    )
    return 0


def register(sub: Any) -> None:
    """Add this area's commands to the `pos-server` subparsers ``sub``."""
    cat = sub.add_parser("catalog", help="publish catalog changes")
    cat_sub = cat.add_subparsers(dest="catalog_command", metavar="ACTION")
    cat_import = add(cat_sub, "import", cmd_catalog_import, "publish a catalog file (CSV or JSON)")
    cat_import.add_argument("file")
    price = sub.add_parser("price", help="publish a price change")
    price_set = add(
        price.add_subparsers(dest="price_command", metavar="ACTION"),
        "set",
        cmd_price_set,
        "set an MRP",
    )
    price_set.add_argument("sku")
    price_set.add_argument("mrp", help="MRP in rupees, e.g. 12.50")
    price_set.add_argument(
        "--from", dest="effective_from", required=True, help="YYYY-MM-DD[THH:MM], local time"
    )
    gst = sub.add_parser("gst", help="publish a GST rate change")
    gst_set = add(
        gst.add_subparsers(dest="gst_command", metavar="ACTION"),
        "set",
        cmd_gst_set,
        "set a GST rate",
    )
    gst_set.add_argument("hsn")
    gst_set.add_argument("rate", help="percent, e.g. 5 or 12")
    gst_set.add_argument(
        "--from", dest="effective_from", required=True, help="YYYY-MM-DD[THH:MM], local time"
    )
