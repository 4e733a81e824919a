"""`pos app` (and `pos` with no subcommand): open the counter app on the outlet's ledger."""

from __future__ import annotations

import argparse
from typing import Any

from pos.cli.common import Context


def register(sub: Any) -> None:
    parser = sub.add_parser("app", help="open the counter app (the default when no command)")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen (a till)")
    parser.set_defaults(handler=run_app)


def run_app(ctx: Context, args: argparse.Namespace) -> int:
    from pos.ledger import open_ledger

    if ctx.settings.ledger_path.exists():  # a missing one is a first run: the set-up wizard
        open_ledger(ctx.settings).close()  # a broken ledger is a message, not a window
    from pos.ui.app import run_app as start

    return start(ctx.settings, fullscreen=getattr(args, "fullscreen", False))
