"""`pos`: the outlet's command line. Thin: parse arguments, call the domain, print, exit.

Exit codes: 0 done, 1 refused (the message says why), 2 usage, 3 internal error.
Command groups live in ``pos/cli/*_cmds.py``; each has ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback

from pos.cli.common import Context
from pos.errors import PosError
from pos.logs import setup_logging
from pos.settings import resolve_settings

COMMAND_MODULES = (
    "pos.cli.outlet_cmds",
    "pos.cli.catalog_cmds",
    "pos.cli.sale_cmds",
    "pos.cli.ledger_cmds",
    "pos.cli.shift_cmds",
    "pos.cli.stock_cmds",
    "pos.cli.report_cmds",
    "pos.cli.print_cmds",
    "pos.cli.sync_cmds",
    "pos.cli.order_cmds",
    "pos.cli.app_cmds",
)

log = logging.getLogger("pos")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos",
        description="Sarv POS: the point of sale for self-help-group marketing centres.",
    )
    parser.add_argument(
        "--data-dir",
        help="the outlet's data folder (default: $POS_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (ledger, sale, receipt, PDF, translations, window); exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command group not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from pos.ui.selftest import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        app = getattr(sys.modules.get("pos.cli.app_cmds"), "run_app", None)
        if args.command is None and app is not None:
            handler = app
        else:
            parser.print_help()
            return 2
    setup_logging()
    ctx = Context(settings=resolve_settings(args.data_dir), json=getattr(args, "json", False))
    try:
        result = handler(ctx, args)
        return int(result or 0)
    except PosError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # the reader went away (`pos report x | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1
    except Exception:
        log.exception("internal error in `pos %s`", args.command)
        traceback.print_exc()
        print(
            "internal error: this is a bug in Sarv POS; the log above says where", file=sys.stderr
        )
        return 3
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
