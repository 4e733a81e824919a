"""`pos-server`: the district server's admin command line.

The database: --db (a file path for SQLite, or a postgresql:// URL), else $POS_SERVER_DB,
else district.sqlite in the user data folder. Exit codes as `pos`: 0 done, 1 refused,
2 usage, 3 internal error.
"""

from __future__ import annotations

import argparse
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

from pos.cli.args import PosArgumentParser
from pos.errors import PosError
from pos.server.commands import catalog_cmds, delivery_cmds, tills_cmds
from pos.server.commands.common import add, emit, table
from pos.server.storage import reports
from pos.server.storage.store import Store, database_url

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


def cmd_init(store: Store, args: argparse.Namespace) -> int:
    if store.backend == "sqlite":
        Path(store.engine.url.database or ".").parent.mkdir(parents=True, exist_ok=True)
    store.initialise(args.district)
    emit(
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
    emit(
        args,
        {"user": user.name, "role": user.role},
        f"user {user.name} ({user.role}) added; sign in at /office/login",
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
        print(table(rows, fmt))
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
    emit(args, {"backup": str(target)}, f"backed up to {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = PosArgumentParser(prog="pos-server", description="Sarv POS district server")
    parser.add_argument(
        "--db", help=f"SQLite file or postgresql:// URL (default: ${DB_ENV} or the data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    delivery_cmds.register(sub)
    tills_cmds.register(sub)
    user = sub.add_parser("user", help="district office staff accounts")
    user_add = add(
        user.add_subparsers(dest="user_command", metavar="ACTION"),
        "add",
        cmd_user_add,
        f"add a staff account (password from ${PASSWORD_ENV} or a prompt)",
    )
    user_add.add_argument("name")
    user_add.add_argument("--role", choices=("admin", "officer", "viewer"), required=True)
    catalog_cmds.register(sub)
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
