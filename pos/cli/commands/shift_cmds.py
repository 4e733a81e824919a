"""`pos shift open|close|status` and `pos cash in|out|drop|nosale`."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from pos.amounts.money import format_rupees, parse_amount
from pos.cli.common import Context, add_json
from pos.errors import InvalidInput
from pos.selling import shifts


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    shift = sub.add_parser("shift", help="open and close the cashier's shift")
    shift_sub = shift.add_subparsers(dest="shift_command", metavar="ACTION", required=True)

    opening = shift_sub.add_parser("open", help="open a shift with a cash float")
    opening.add_argument(
        "--float",
        dest="float_amount",
        help="opening float in rupees (default: cash left at the last close)",
    )
    opening.add_argument("--user", help="the cashier opening the shift (PIN from POS_PIN)")
    add_json(opening)
    opening.set_defaults(handler=cmd_open)

    closing = shift_sub.add_parser(
        "close", help="close the open shift with a blind cash count (prints the Z figures)"
    )
    closing.add_argument(
        "--count",
        action="append",
        default=[],
        metavar="DENOMINATION=PIECES",
        help="notes and coins counted, e.g. --count 500=3 --count 10=7 (₹500 … ₹1); repeat",
    )
    closing.add_argument("--reason", default="", help="why the count differs from expected")
    closing.add_argument("--approver", help="manager approving a variance above the threshold")
    closing.add_argument("--user", help="who closes (default: the shift's cashier)")
    add_json(closing)
    closing.set_defaults(handler=cmd_close)

    status = shift_sub.add_parser("status", help="the open shift, if any (no cash figures)")
    add_json(status)
    status.set_defaults(handler=cmd_status)

    cash = sub.add_parser("cash", help="cash paid in, paid out, dropped, or a no-sale opening")
    cash_sub = cash.add_subparsers(dest="cash_command", metavar="ACTION", required=True)
    for name, kind, text, approval in (
        ("in", "paid_in", "cash paid into the drawer", "manager approving, if any"),
        (
            "out",
            "paid_out",
            "cash paid out of the drawer",
            "manager approving (required for a cashier)",
        ),
        ("drop", "drop", "cash taken from the drawer to the safe", "manager approving, if any"),
    ):
        p = cash_sub.add_parser(name, help=text)
        p.add_argument("amount", help="amount in rupees, e.g. 250 or 99.50")
        p.add_argument("--reason", required=True, help="why (required)")
        p.add_argument("--approver", help=approval)
        p.add_argument("--user", help="acting user (default: the shift's cashier)")
        add_json(p)
        p.set_defaults(handler=cmd_cash, kind=kind)
    nosale = cash_sub.add_parser("nosale", help="open the drawer without a sale (manager)")
    nosale.add_argument("--reason", required=True, help="why the drawer is opened (required)")
    nosale.add_argument("--approver", help="manager approving (required for a cashier)")
    nosale.add_argument("--user", help="acting user (default: the shift's cashier)")
    add_json(nosale)
    nosale.set_defaults(handler=cmd_cash, kind="no_sale", amount=None)


def parse_counts(items: list[str]) -> dict[int, int]:
    """["500=3", "1=12"] -> {50000: 3, 100: 12}. Raises InvalidInput."""
    counted: dict[int, int] = {}
    for item in items:
        denomination, sep, pieces = item.partition("=")
        if not sep:
            raise InvalidInput(f"a count is DENOMINATION=PIECES like 500=3, not {item!r}")
        value = parse_amount(denomination.strip(), allow_zero=False)
        text = pieces.strip()
        if not text.lstrip("-").isdigit():
            raise InvalidInput(f"the count of ₹{denomination} must be a whole number: {item!r}")
        if value in counted:
            raise InvalidInput(
                f"₹{denomination.strip()} is counted twice: give each denomination once "
                "(notes and coins of it together)"
            )
        counted[value] = int(text)
    return counted


def cmd_open(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    user = ctx.acting_user(args.user)
    if args.float_amount is None:
        opening = shifts.suggested_float(ledger)
    else:
        opening = parse_amount(args.float_amount)
    shift = shifts.open_shift(ledger, user, opening)
    ctx.emit(
        {"shift": asdict(shift)},
        f"shift #{shift.id} opened by {user.name} with a float of "
        f"{format_rupees(shift.opening_float_paise)}",
    )
    return 0


def cmd_close(ctx: Context, args: argparse.Namespace) -> int:
    from pos.cli.commands.report_cmds import shift_report_text
    from pos.reporting.reports import z_report

    if not args.count:
        raise InvalidInput("give the cash counted: --count 500=3 --count 10=7 ... (0 if empty)")
    counted = parse_counts(args.count)
    ledger = ctx.ledger()
    shifts.require_shift_to_close(ledger)
    user = ctx.acting_user(args.user)
    approver = ctx.approver(args.approver, "a cash variance")
    shift = shifts.close_shift(ledger, counted, user=user, approver=approver, reason=args.reason)
    report = z_report(ledger, shift_id=shift.id)
    from pos.records import backup  # only a close backs up: `pos shift status` stays quick

    saved, problem = backup.after_shift_close(ledger, ctx.settings)
    note = f"\nbackup: {saved}" if saved else f"\nwarning: no backup written: {problem}"
    ctx.emit(
        {"shift": asdict(shift), "z": asdict(report), "backup": str(saved) if saved else None},
        shift_report_text(report) + note,
    )
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    shift = shifts.current_shift(ctx.ledger())
    if shift is None:
        ctx.emit({"shift": None}, "no shift is open")
    else:
        ctx.emit(
            {"shift": asdict(shift)},
            f"shift #{shift.id} open since {shift.opened_at} "
            f"(float {format_rupees(shift.opening_float_paise)})",
        )
    return 0


def cmd_cash(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    amount = 0 if args.amount is None else parse_amount(args.amount, allow_zero=False)
    user = ctx.acting_user(args.user)
    approver = ctx.approver(args.approver, "a cash movement")
    movement = shifts.cash_movement(
        ledger, args.kind, amount, args.reason, user=user, approver=approver
    )
    label = movement.kind.replace("_", " ")
    ctx.emit(
        {"cash_movement": asdict(movement)},
        f"{label} {format_rupees(movement.amount_paise)} recorded ({movement.reason})",
    )
    return 0
