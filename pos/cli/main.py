"""`pos`: the outlet's command line. Thin: parse arguments, call the domain, print, exit.

Exit codes: 0 done, 1 refused (the message says why), 2 usage, 3 internal error.
Command groups live in ``pos/cli/commands/*_cmds.py``; each has ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from pos.cli.args import PosArgumentParser
from pos.cli.common import Context
from pos.errors import PosError
from pos.logs import setup_logging
from pos.settings import resolve_settings

COMMAND_MODULES = (
    "pos.cli.commands.outlet_cmds",
    "pos.cli.commands.catalog_cmds",
    "pos.cli.commands.sale_cmds",
    "pos.cli.commands.ledger_cmds",
    "pos.cli.commands.shift_cmds",
    "pos.cli.commands.stock_cmds",
    "pos.cli.commands.report_cmds",
    "pos.cli.commands.print_cmds",
    "pos.cli.commands.sync_cmds",
    "pos.cli.commands.order_cmds",
    "pos.cli.commands.app_cmds",
)
# The top-level command each module registers, so `pos shift status` imports only the module
# it runs (and what that imports): a `pos` call from a script or cron job must not pay for the
# printing and sync stacks it never uses. A word not listed builds the whole parser (slower,
# still right); tests/cli_docs/test_cli_startup.py checks this table against the modules.
COMMANDS = {
    **dict.fromkeys(
        ("init", "demo", "users", "clock", "backup", "diagnostics", "settings", "restore"),
        "pos.cli.commands.outlet_cmds",
    ),
    "catalog": "pos.cli.commands.catalog_cmds",
    **dict.fromkeys(("sale", "return", "void"), "pos.cli.commands.sale_cmds"),
    "ledger": "pos.cli.commands.ledger_cmds",
    **dict.fromkeys(("shift", "cash"), "pos.cli.commands.shift_cmds"),
    "stock": "pos.cli.commands.stock_cmds",
    **dict.fromkeys(("report", "settlement"), "pos.cli.commands.report_cmds"),
    "print": "pos.cli.commands.print_cmds",
    "orders": "pos.cli.commands.order_cmds",
    **dict.fromkeys(("enroll", "sync"), "pos.cli.commands.sync_cmds"),
    "app": "pos.cli.commands.app_cmds",
}

log = logging.getLogger("pos")


def command_word(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (after the global options), or None."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif word.startswith("--data-dir="):
            continue
        elif word.startswith("-"):
            return None  # --help, --self-test or a mistake: the whole parser answers
        else:
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The `pos` parser: every command, or (given ``argv``) only the module of its command."""
    parser = PosArgumentParser(
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
    word = command_word(argv) if argv is not None else None
    modules = (COMMANDS[word],) if word in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.self_test:
        from pos.ui.shell.selftest import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        if args.command is not None:  # a group without its subcommand (`pos shift`)
            parser.print_help()
            return 2
        from pos.cli.commands.app_cmds import run_app

        handler = run_app  # `pos` alone opens the app
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
        import traceback

        traceback.print_exc()
        print(
            "internal error: this is a bug in Sarv POS; the log above says where", file=sys.stderr
        )
        return 3
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
