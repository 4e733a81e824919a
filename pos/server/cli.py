"""`pos-server`: the district server's admin command line.

The database: --db (a file path for SQLite, or a postgresql:// URL), else $POS_SERVER_DB,
else district.sqlite in the user data folder. Exit codes as `pos`: 0 done, 1 refused,
2 usage, 3 internal error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from pos import clock
from pos.amounts.money import format_paise, parse_amount
from pos.cli.args import PosArgumentParser
from pos.errors import PosError
from pos.products.catalog import parse_catalog_file, parse_rate
from pos.server.storage import reports
from pos.server.storage.store import Store, database_url
from pos.server.tills import catalog, devices

DB_ENV = "POS_SERVER_DB"
PASSWORD_ENV = "POS_SERVER_PASSWORD"  # a staff password for `user add` (never an argument)


def default_db() -> str:
    return os.environ.get(DB_ENV) or str(
        Path(platformdirs.user_data_dir("sarv-pos-server")) / "district.sqlite"
    )


def unreachable_database(target: str, exc: BaseException) -> str:
    """The refusal for a district database that cannot be opened: which one (password
    hidden), the database's own reason, and what to do."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    reason = reason.split("FATAL:", 1)[-1].strip()
    url = make_url(target if "://" in target else database_url(target))
    where = url.render_as_string(hide_password=True)
    if where.startswith("sqlite"):
        return f"the district database {where} cannot be opened: {reason}"
    return (
        f"the district database {where} cannot be reached: {reason}. Create the database and "
        'its user first (README, "Setting up a district": createuser and createdb), check the '
        "URL's host, port, user and password, then run `pos-server init`"
    )


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
    else:
        print(text)


def _table(rows: list[dict[str, Any]], fmt: str) -> str:
    if not rows:
        return "(nothing in this period)" if fmt == "text" else ""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    shown = [
        {
            k: (format_paise(v) if k.endswith("_paise") else "" if v is None else str(v))
            for k, v in r.items()
        }
        for r in rows
    ]
    heads = [k.removesuffix("_paise") for k in rows[0]]
    widths = [max(len(h), *(len(r[k]) for r in shown)) for h, k in zip(heads, rows[0], strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))]
    for r in shown:
        lines.append("  ".join(r[k].ljust(w) for k, w in zip(rows[0], widths, strict=True)))
    return "\n".join(lines)


def cmd_init(store: Store, args: argparse.Namespace) -> int:
    if store.backend == "sqlite":
        Path(store.engine.url.database or ".").parent.mkdir(parents=True, exist_ok=True)
    store.initialise(args.district)
    _emit(
        args,
        {"district": args.district, "db": store.target},
        f"district database ready: {store.target}",
    )
    return 0


def cmd_run(store: Store, args: argparse.Namespace) -> int:
    from pos.server.app import create_app
    from pos.server.runner import serve

    app = create_app(store)
    if args.webhook_seconds > 0:
        _start_webhooks(store, args.webhook_seconds)
    ssl = {"certfile": args.certfile, "keyfile": args.keyfile} if args.certfile else None
    print(f"serving the district on {args.host}:{args.port}", file=sys.stderr)
    serve(
        app,
        args.host,
        args.port,
        port_file=Path(args.port_file) if args.port_file else None,
        ssl=ssl,
        workers=args.workers,
        after_fork=lambda: store.engine.dispose(close=False),
    )
    return 0


def _start_webhooks(store: Store, every_s: float) -> None:
    """Post due webhooks from the outbox every few seconds, in the serving process."""
    import threading

    from pos.server.delivery import webhooks

    def loop() -> None:
        stop = threading.Event()
        while not stop.wait(every_s):
            try:
                webhooks.deliver_due(store)
            except Exception as exc:  # keep serving; say why (no personal data in a webhook)
                print(f"webhooks: {exc.__class__.__name__}: {exc}", file=sys.stderr)

    threading.Thread(target=loop, name="webhooks", daemon=True).start()


def cmd_app_add(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    store.check_ready()
    key = orders.add_app(store, args.name, args.webhook)
    _emit(
        args,
        {"app": args.name, "key": key},
        f"app {args.name}: key {key}\n(shown once: the district keeps only its hash; "
        "webhooks are signed with HMAC-SHA256 keyed by the key's SHA-256 hex)",
    )
    return 0


def cmd_app_revoke(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    orders.revoke_app(store, args.name)
    _emit(args, {"revoked": args.name}, f"app {args.name}: key revoked")
    return 0


def cmd_app_list(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    rows = orders.list_apps(store)
    _emit(args, {"apps": rows}, _table(rows, "text"))
    return 0


def cmd_area_set(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    areas = orders.set_areas(store, args.outlet, args.areas)
    _emit(
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
    _emit(args, {"retention_days": days}, f"customers' details are erased {days} days after"
          " an order is finished")  # fmt: skip
    return 0


def cmd_orders_erase(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    erased = orders.erase_expired(store)
    _emit(args, {"erased": erased}, f"customers' details erased from {erased} finished orders")
    return 0


def cmd_orders_unrouted(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    rows = orders.unrouted(store)
    _emit(args, {"orders": rows}, _table(rows, "text"))
    return 0


def cmd_orders_reassign(store: Store, args: argparse.Namespace) -> int:
    from pos.server.delivery import orders

    view = orders.reassign(store, args.order_id, args.outlet)
    _emit(args, view.model_dump(), f"order {view.order_id} goes to outlet {view.outlet_code}")
    return 0


def _audited(store: Store) -> Any:
    """The audit writer, its table made on an older database (the shell's changes are
    audited like the office's, as actor pos-server)."""
    from pos.server.web import accounts

    store.check_ready()
    store.upgrade()
    accounts.ensure_tables(store)
    return accounts.audit


def cmd_outlet_add(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    outlet = args.code.strip().upper()
    with store.tx() as conn:  # the outlet, its code and the audit row together
        code = store.add_outlet(args.code, args.name or "", args.gstin)
        after = {"name": (args.name or "").strip(), **({"gstin": args.gstin} if args.gstin else {})}
        audit(conn, "pos-server", "outlet.code", outlet, None, after)
    _emit(
        args,
        {"outlet": args.code.upper(), "enrolment_code": code},
        f"outlet {args.code.upper()}: one-time enrolment code {code}\n"
        f"on the till: pos enroll --server URL --code {code}",
    )
    return 0


def cmd_outlet_revoke(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    with store.tx() as conn:
        ids = devices.revoke(store, args.who)
        audit(conn, "pos-server", "till.revoke", args.who.strip(), None, {"revoked": ids})
    _emit(args, {"revoked": ids}, "revoked: " + ", ".join(ids))
    return 0


def cmd_user_add(store: Store, args: argparse.Namespace) -> int:
    from pos.server.web import accounts

    store.check_ready()
    accounts.ensure_tables(store)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        import getpass

        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise PosError("the two passwords differ; nothing was changed")
    user = accounts.add_staff(store, args.name, args.role, password, actor="pos-server")
    _emit(
        args,
        {"user": user.name, "role": user.role},
        f"user {user.name} ({user.role}) added; sign in at /office/login",
    )
    return 0


def cmd_outlet_code(store: Store, args: argparse.Namespace) -> int:
    store.check_ready()
    code = devices.fresh_code(store, args.code)
    _emit(
        args,
        {"outlet": args.code.upper(), "enrolment_code": code},
        f"outlet {args.code.upper()}: one-time enrolment code {code}\n"
        f"on a new till: pos enroll --server URL --code {code}\n"
        "a revoked till that may come back enrols again with it (keeps its letter and history)",
    )
    return 0


def cmd_device_list(store: Store, args: argparse.Namespace) -> int:
    found = devices.list_devices(store, args.outlet)
    rows = [dict(d.__dict__) for d in found]
    text = _table(
        [
            {
                "short_code": d.short_code,
                "device_id": d.device_id,
                "held_seq": d.contiguous_seq,
                "pending": "" if d.pending_reported is None else d.pending_reported,
                "version": d.app_version or "",
                "enrolled_at": d.enrolled_at[:19],
                "last_seen_at": (d.last_seen_at or "")[:19],
                "revoked": (d.revoked_at or "")[:19],
            }
            for d in found
        ],
        "text",
    )
    _emit(args, {"devices": rows}, text)
    return 0


def cmd_device_replace(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    with store.tx() as conn:
        code, device = devices.replacement_code(store, args.who)
        audit(conn, "pos-server", "till.replace", f"{device.short_code} {device.device_id}",
              None, {"replacement_code": "issued"})  # fmt: skip
    _emit(
        args,
        {"device_id": device.device_id, "short_code": device.short_code, "replacement_code": code},
        f"till {device.short_code} ({device.device_id}): one-time replacement code {code}\n"
        f"on the new machine: pos enroll --server URL --code {code} --replacement"
        " (an empty data folder, or a restored backup of that till)\n"
        "the old machine's key stops working when the new one enrols",
    )
    return 0


def cmd_catalog_import(store: Store, args: argparse.Namespace) -> int:
    store.check_ready()
    data = parse_catalog_file(Path(args.file))
    first, last = catalog.import_catalog(store, data, clock.local_minute(clock.now_utc()))
    count = last - first + 1 if last else 0
    _emit(
        args,
        {"changes": count, "first_version": first, "last_version": last},
        f"published {count} change(s)" + (f" (versions {first}-{last})" if count else ""),
    )
    return 0


def cmd_price_set(store: Store, args: argparse.Namespace) -> int:
    mrp = parse_amount(args.mrp, allow_zero=False)
    version = catalog.set_price(store, args.sku, mrp, args.effective_from)
    _emit(
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
    _emit(
        args,
        {
            "hsn": args.hsn,
            "rate_bp": rate,
            "effective_from": args.effective_from,
            "version": version,
        },
        f"HSN {args.hsn}: GST {rate / 100:g}% from {args.effective_from} (version {version})",
    )
    return 0


def cmd_report(store: Store, args: argparse.Namespace) -> int:
    store.check_ready()
    first, last = reports.default_range()
    first, last = args.date_from or first, args.date_to or last
    rows: list[dict[str, Any]]
    if args.report == "sales":
        rows = reports.sales_report(store, first, last, args.outlet)
    elif args.report == "shg":
        rows = reports.shg_report(store, first, last)
    else:
        rows = reports.outlets_report(store)
    fmt = "json" if args.json else args.format
    if fmt == "json":
        print(
            json.dumps(
                {"report": args.report, "from": first, "to": last, "rows": rows}, ensure_ascii=False
            )
        )
    else:
        print(_table(rows, fmt))
    return 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    target = Path(args.to)
    if store.backend == "sqlite":
        import sqlite3

        source = sqlite3.connect(str(store.engine.url.database))
        partial = target.with_suffix(target.suffix + ".partial")
        try:
            dest = sqlite3.connect(str(partial))
            source.backup(dest)
            dest.close()
        finally:
            source.close()
        partial.replace(target)
    else:
        if shutil.which("pg_dump") is None:
            raise PosError("pg_dump is not installed: install the PostgreSQL client tools")
        url = store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with target.open("wb") as out:
            done = subprocess.run(["pg_dump", "--format=custom", url], stdout=out, check=False)
        if done.returncode != 0:
            raise PosError("pg_dump failed; nothing was backed up")
    _emit(args, {"backup": str(target)}, f"backed up to {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = PosArgumentParser(prog="pos-server", description="Sarv POS district server")
    parser.add_argument(
        "--db", help=f"SQLite file or postgresql:// URL (default: ${DB_ENV} or the data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(parent: Any, name: str, handler: Any, help_: str) -> argparse.ArgumentParser:
        cmd: argparse.ArgumentParser = parent.add_parser(name, help=help_)
        cmd.add_argument("--json", action="store_true", help="print one JSON object")
        cmd.set_defaults(handler=handler)
        return cmd

    init = add(sub, "init", cmd_init, "create the district database")
    init.add_argument("--district", required=True, help="the district's name, e.g. Gwalior")
    run = add(sub, "run", cmd_run, "serve the district API")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8700)
    run.add_argument("--port-file", help="write the port listened on to this file")
    run.add_argument("--certfile", help="TLS certificate (PEM) to serve HTTPS")
    run.add_argument("--keyfile", help="TLS private key (PEM)")
    run.add_argument(
        "--workers", type=int, default=1, help="worker processes on one socket (POSIX; default 1)"
    )
    run.add_argument(
        "--webhook-seconds", type=float, default=2.0,
        help="post due order webhooks this often (0: not from this process)",
    )  # fmt: skip
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
    outlet = sub.add_parser("outlet", help="register outlets and revoke devices")
    outlet_sub = outlet.add_subparsers(dest="outlet_command", metavar="ACTION")
    add_outlet = add(
        outlet_sub, "add", cmd_outlet_add, "register an outlet, print an enrolment code"
    )
    add_outlet.add_argument("code", help="outlet code, e.g. G01")
    add_outlet.add_argument("--name", help="the outlet's name (needed the first time)")
    add_outlet.add_argument(
        "--gstin",
        help="the outlet's GSTIN (checked like the till's; the district's copy is the one the"
        " GST page uses; given again for an existing outlet it replaces it)",
    )
    revoke = add(
        outlet_sub, "revoke", cmd_outlet_revoke, "revoke a device or every device of an outlet"
    )
    revoke.add_argument("who", help="device id, device short code (G01A) or outlet code (G01)")
    fresh = add(
        outlet_sub, "code", cmd_outlet_code, "a fresh one-time enrolment code for an outlet"
    )
    fresh.add_argument("code", help="outlet code, e.g. G01")
    device = sub.add_parser("device", help="the tills: list, replace a dead one, revoke")
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION")
    listing = add(device_sub, "list", cmd_device_list, "every till with its letter and state")
    listing.add_argument("--outlet", help="only this outlet's tills")
    replace = add(
        device_sub, "replace", cmd_device_replace,
        "a one-time code that moves a dead till to a new machine",
    )  # fmt: skip
    replace.add_argument("who", help="the dead till: device id or short code (G01A)")
    revoke_dev = add(device_sub, "revoke", cmd_outlet_revoke, "revoke a till (or an outlet's)")
    revoke_dev.add_argument("who", help="device id, device short code (G01A) or outlet code (G01)")
    user = sub.add_parser("user", help="district office staff accounts")
    user_add = add(
        user.add_subparsers(dest="user_command", metavar="ACTION"),
        "add",
        cmd_user_add,
        f"add a staff account (password from ${PASSWORD_ENV} or a prompt)",
    )
    user_add.add_argument("name")
    user_add.add_argument("--role", choices=("admin", "officer", "viewer"), required=True)
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
    report = add(sub, "report", cmd_report, "district reports")
    report.add_argument("report", choices=("sales", "shg", "outlets"))
    report.add_argument(
        "--from", dest="date_from", help="first business date (default 30 days ago)"
    )
    report.add_argument("--to", dest="date_to", help="last business date (default tomorrow)")
    report.add_argument("--outlet", help="only this outlet (sales)")
    report.add_argument("--format", choices=("text", "csv", "json"), default="text")
    backup = add(sub, "backup", cmd_backup, "back up the district database")
    backup.add_argument("--to", required=True, help="the backup file to write")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    store = Store(args.db or default_db())
    try:
        return int(handler(store, args) or 0)
    except PosError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 1
    except (OperationalError, InterfaceError) as exc:
        print(f"error: {unreachable_database(args.db or default_db(), exc)}", file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        print(
            "internal error: this is a bug in Sarv POS; the log above says where", file=sys.stderr
        )
        return 3
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
