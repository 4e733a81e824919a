"""`pos app` (and `pos` with no subcommand): open the counter app on the outlet's ledger.

Before any window opens: SQLite's quick_check of the ledger (a damaged file is refused with
the newest sound backup and the `pos restore` command named), the refusal of a ledger from a
newer Sarv POS (pos.db.connection.migrate), and the daily automatic backup when the last one
is older than 24 h. The unfinished cart comes back inside the app (pos.selling.cart, the `carts`
table).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from pos.cli.common import Context

log = logging.getLogger("pos")


def register(sub: Any) -> None:
    parser = sub.add_parser("app", help="open the counter app (the default when no command)")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen (a till)")
    parser.set_defaults(handler=run_app)


def start_checks(ctx: Context) -> None:
    """The start-up safety checks; raises PosError (exit 1, the message says what to do)."""
    from pos.errors import LedgerCorrupt
    from pos.records import backup
    from pos.records.ledger import LedgerDamaged, open_ledger

    try:
        ledger = open_ledger(ctx.settings, check=True)
    except LedgerDamaged as exc:
        raise LedgerCorrupt(backup.damaged_ledger_message(ctx.settings, exc)) from exc
    try:
        try:
            made = backup.backup_if_due(ledger, ctx.settings)
        except LedgerCorrupt:
            raise
        except Exception as exc:  # a missing USB stick must not keep the counter shut
            message = getattr(exc, "message", str(exc))
            log.warning("daily backup failed: %s", message)
            print(f"warning: the daily backup could not be written: {message}", file=sys.stderr)
        else:
            if made is not None:
                print(f"daily backup written: {made}", file=sys.stderr)
    finally:
        ledger.close()


def run_app(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.settings.ledger_path.exists():  # a missing one is a first run: the set-up wizard
        start_checks(ctx)  # a broken ledger is a message, not a window
    from pos.ui.shell.app import run_app as start

    return start(ctx.settings, fullscreen=getattr(args, "fullscreen", False))
