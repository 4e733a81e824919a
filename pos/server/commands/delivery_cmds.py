"""`pos-server app|area|orders`: the apps that place home-delivery orders, the areas each
outlet delivers to, and the orders no outlet serves or whose customers' details expire."""

from __future__ import annotations

import argparse
from typing import Any

from pos.server.commands.common import add, emit, table
from pos.server.storage.store import Store


def cmd_app_add(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    store.check_ready()
    key = orders.add_app(store, args.name, args.webhook)
    emit(
        args,
        {"app": args.name, "key": key},
        f"app {args.name}: key {key}\n(shown once: the district keeps only its hash; "
        "webhooks are signed with HMAC-SHA256 keyed by the key's SHA-256 hex)",
    )
    return 0


def cmd_app_revoke(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    orders.revoke_app(store, args.name)
    emit(args, {"revoked": args.name}, f"app {args.name}: key revoked")
    return 0


def cmd_app_list(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    rows = orders.list_apps(store)
    emit(args, {"apps": rows}, table(rows, "text"))
    return 0


def cmd_area_set(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    areas = orders.set_areas(store, args.outlet, args.areas)
    emit(
        args,
        {"outlet": args.outlet.upper(), "areas": areas},
        f"outlet {args.outlet.upper()} serves: {', '.join(areas) or '(nothing)'}",
    )
    return 0


def cmd_orders_retention(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    if args.days is not None:
        orders.set_retention_days(store, args.days)
    days = orders.retention_days(store)
    emit(args, {"retention_days": days}, f"customers' details are erased {days} days after"
          " an order is finished")  # fmt: skip
    return 0


def cmd_orders_erase(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    erased = orders.erase_expired(store)
    emit(args, {"erased": erased}, f"customers' details erased from {erased} finished orders")
    return 0


def cmd_orders_unrouted(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    rows = orders.unrouted(store)
    emit(args, {"orders": rows}, table(rows, "text"))
    return 0


def cmd_orders_reassign(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    view = orders.reassign(store, args.order_id, args.outlet)
    emit(args, view.model_dump(), f"order {view.order_id} goes to outlet {view.outlet_code}")
    return 0


def register(sub: Any) -> None:
    """Add this area's commands to the `pos-server` subparsers ``sub``."""
    apps = sub.add_parser("app", help="apps that place home-delivery orders (the city's app)")
    apps_sub = apps.add_subparsers(dest="app_command", metavar="ACTION")
    app_add = add(apps_sub, "add", cmd_app_add, "register an app and print its key (once)")
    app_add.add_argument("name")
    app_add.add_argument("--webhook", help="URL that receives signed order status changes")
    app_revoke = add(apps_sub, "revoke", cmd_app_revoke, "revoke an app's key")
    app_revoke.add_argument("name")
    add(apps_sub, "list", cmd_app_list, "list the apps (never their keys)")
    area = sub.add_parser("area", help="the PIN codes or wards each outlet delivers to")
    area_set = add(
        area.add_subparsers(dest="area_command", metavar="ACTION"),
        "set",
        cmd_area_set,
        "set the areas an outlet serves (replacing its list)",
    )
    area_set.add_argument("outlet")
    area_set.add_argument("areas", nargs="*", help="PIN codes (824231) or wards (W-12)")
    ords = sub.add_parser("orders", help="home-delivery orders")
    ords_sub = ords.add_subparsers(dest="orders_command", metavar="ACTION")
    retention = add(
        ords_sub, "retention", cmd_orders_retention, "show or set the customer-data retention"
    )
    retention.add_argument("--days", type=int, help="erase customers' details after DAYS")
    add(ords_sub, "erase", cmd_orders_erase, "erase customers' details past the retention")
    add(ords_sub, "unrouted", cmd_orders_unrouted, "orders no outlet serves yet")
    reassign = add(ords_sub, "reassign", cmd_orders_reassign, "send an order to an outlet")
    reassign.add_argument("order_id")
    reassign.add_argument("outlet")
