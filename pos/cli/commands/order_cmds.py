"""`pos orders list|accept|reject|pack|dispatch|deliver|fail`: home-delivery orders.

Orders arrive with `pos sync` (and the counter's background sync). ORDER is the order id, its
first characters (8 are shown) or the app's order id.
"""

from __future__ import annotations

import argparse

from pos.amounts.money import format_rupees
from pos.cli.common import Context, add_json
from pos.selling import orders


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("orders", help="home-delivery orders from the district")
    orders_sub = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    listing = orders_sub.add_parser("list", help="orders at this outlet")
    listing.add_argument(
        "--status", action="append", help="only this status (repeatable): new, accepted, …"
    )
    add_json(listing)
    listing.set_defaults(handler=cmd_list)

    def step(name: str, help_: str, handler: object) -> argparse.ArgumentParser:
        cmd: argparse.ArgumentParser = orders_sub.add_parser(name, help=help_)
        cmd.add_argument("order", help="order id (or its first characters) or the app's id")
        cmd.add_argument("--user", help="acting user (default: the shift's cashier)")
        add_json(cmd)
        cmd.set_defaults(handler=handler)
        return cmd

    step("accept", "accept a new order (claimed at the district with the next sync)", cmd_accept)
    reject = step("reject", "reject a new order with a reason", cmd_reject)
    reject.add_argument("--reason", required=True, help="why (the customer sees it)")
    pack = step(
        "pack", "draw the order's goods from stock (first in, first out), hold them", cmd_pack
    )
    pack.add_argument("--slip-pdf", help="also write the packing slip to this PDF file")
    dispatch = step("dispatch", "hand the packed order to a delivery person", cmd_dispatch)
    dispatch.add_argument("--by", required=True, help="the delivery person's name")
    deliver = step("deliver", "delivered and paid: completes the sale", cmd_deliver)
    deliver.add_argument(
        "--pay",
        choices=("cash", "upi"),
        default="cash",
        help="cash (handed over at the counter) or upi",
    )
    deliver.add_argument("--utr", help="the UPI reference (with --pay upi)")
    fail = step("fail", "not delivered: the goods go back to stock", cmd_fail)
    fail.add_argument("--reason", required=True, help="why it was not delivered")


def _text(order: orders.Order) -> str:
    items = ", ".join(f"{line.qty} x {line.name_en}" for line in order.lines)
    extra = f"; receipt {order.receipt_no}" if order.receipt_no else ""
    why = f" ({order.reason})" if order.reason else ""
    collect = (
        "prepaid"
        if order.payment == "prepaid_upi"
        else f"collect {format_rupees(order.amount_paise)}"
    )
    return (
        f"{order.short_id} {order.status}{why}: {order.customer_name}, {order.area}; "
        f"{items}; {collect} ({order.payment}){extra}"
    )


def _emit(ctx: Context, order: orders.Order) -> int:
    ctx.emit({"order": order.to_json()}, _text(order))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    found = orders.list_orders(ctx.ledger(), tuple(args.status) if args.status else None)
    ctx.emit(
        {"orders": [o.to_json() for o in found]},
        "\n".join(_text(o) for o in found) or "no orders",
    )
    return 0


def cmd_accept(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    return _emit(ctx, orders.accept(ledger, args.order, ctx.acting_user(args.user)))


def cmd_reject(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    return _emit(ctx, orders.reject(ledger, args.order, ctx.acting_user(args.user), args.reason))


def cmd_pack(ctx: Context, args: argparse.Namespace) -> int:
    """Pack, then print the slip (with a printer set up) and write it as a PDF if asked."""
    from pathlib import Path

    from pos.printing.documents.packing_slip import queue_slip, slip_for

    ledger = ctx.ledger()
    order = orders.pack(ledger, args.order, ctx.acting_user(args.user))
    queue_slip(ledger, order)
    if args.slip_pdf:
        from pos.printing.render.pdf import render_pdf

        render_pdf(slip_for(ledger, order), Path(args.slip_pdf))
    return _emit(ctx, order)


def cmd_dispatch(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    return _emit(ctx, orders.dispatch(ledger, args.order, ctx.acting_user(args.user), args.by))


def cmd_deliver(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    user = ctx.acting_user(args.user)
    sale = orders.deliver(ledger, args.order, user, args.pay, args.utr)
    order = orders.get_order(ledger, args.order)
    ctx.emit(
        {"order": order.to_json(), "receipt_no": sale.receipt_no, "total_paise": sale.total_paise},
        f"{_text(order)}\nreceipt {sale.receipt_no}: {format_rupees(sale.total_paise)} paid",
    )
    return 0


def cmd_fail(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    return _emit(ctx, orders.fail(ledger, args.order, ctx.acting_user(args.user), args.reason))
