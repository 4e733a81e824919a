"""`pos ledger verify`."""

from __future__ import annotations

import argparse

from pos.cli.common import Context, add_json
from pos.records.verify import verify_ledger


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    led = sub.add_parser("ledger", help="the outlet ledger itself")
    led_sub = led.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    p = led_sub.add_parser("verify", help="check the hash chain, sequence, rows and sums")
    add_json(p)
    p.set_defaults(handler=cmd_verify)


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    report = verify_ledger(ctx.ledger())
    head = f"{report.events} events, {report.sales} sales and returns, head {report.head_hash[:16]}"
    text = (
        f"ledger OK: {head}"
        if report.ok
        else f"ledger FAILED verification ({len(report.problems)} problem(s)):\n"
        + "\n".join(f"  - {p}" for p in report.problems)
    )
    ctx.emit(
        {
            "ok": report.ok,
            "events": report.events,
            "sales": report.sales,
            "head_hash": report.head_hash,
            "problems": report.problems,
        },
        text,
    )
    return 0 if report.ok else 1
