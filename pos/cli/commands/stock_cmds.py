"""`pos stock intake|adjust|return-to-shg|reorder|levels`."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from pos.amounts.money import format_rupees, parse_amount
from pos.cli.common import Context, add_json
from pos.errors import InvalidInput
from pos.inventory import reorder, stock


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("stock", help="SHG stock lots: intake, adjustments, levels")
    stock_sub = parser.add_subparsers(dest="stock_command", metavar="ACTION", required=True)

    intake = stock_sub.add_parser("intake", help="receive a lot from an SHG")
    intake.add_argument("--shg", required=True, help="SHG code, e.g. SHG-LAX")
    intake.add_argument("--item", required=True, help="product SKU or barcode")
    intake.add_argument("--qty", required=True, type=int, help="units received")
    intake.add_argument("--received", help="date received, YYYY-MM-DD (default today)")
    intake.add_argument("--expiry", help="expiry date, YYYY-MM-DD, if the goods expire")
    intake.add_argument("--shg-price", help="agreed price per unit owed to the SHG, in rupees")
    intake.add_argument("--user", help="acting user (default: the shift's cashier)")
    add_json(intake)
    intake.set_defaults(handler=cmd_intake)

    adjust = stock_sub.add_parser("adjust", help="damage, expiry or a count adjustment of a lot")
    adjust.add_argument("--lot", required=True, type=int, help="lot number (see stock levels)")
    adjust.add_argument(
        "--kind",
        required=True,
        choices=("damage", "expiry", "count"),
        help="damage or expiry: --qty units out; count: --qty is the quantity counted",
    )
    adjust.add_argument("--qty", required=True, type=int, help="units (see --kind)")
    adjust.add_argument("--reason", required=True, help="why (required)")
    adjust.add_argument("--user", help="acting user (default: the shift's cashier)")
    add_json(adjust)
    adjust.set_defaults(handler=cmd_adjust)

    back = stock_sub.add_parser("return-to-shg", help="give units of a lot back to its SHG")
    back.add_argument("--lot", required=True, type=int, help="lot number")
    back.add_argument("--qty", required=True, type=int, help="units returned")
    back.add_argument("--reason", required=True, help="why (required)")
    back.add_argument("--user", help="acting user (default: the shift's cashier)")
    add_json(back)
    back.set_defaults(handler=cmd_return)

    level = stock_sub.add_parser(
        "reorder", help="set a product's reorder level (a manager's; at or below it is low)"
    )
    level.add_argument("--item", required=True, help="product SKU")
    level.add_argument("--level", required=True, help="units at or below which it is low")
    level.add_argument("--user", help="acting manager (default: the shift's cashier)")
    add_json(level)
    level.set_defaults(handler=cmd_reorder)

    levels = stock_sub.add_parser("levels", help="on hand per product, or per lot of one item")
    levels.add_argument("--item", help="show the lots of this SKU or barcode")
    add_json(levels)
    levels.set_defaults(handler=cmd_levels)


def _lot_text(lot: stock.Lot) -> str:
    price = f", SHG price {format_rupees(lot.shg_price_paise)}" if lot.shg_price_paise else ""
    expiry = f", expires {lot.expiry}" if lot.expiry else ""
    return (
        f"lot #{lot.id}: {lot.sku} from {lot.shg_code}, received {lot.qty_received} on "
        f"{lot.received_on}{expiry}{price}; on hand {lot.on_hand}"
    )


def cmd_intake(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    price = None if args.shg_price is None else parse_amount(args.shg_price)
    user = ctx.acting_user(args.user)
    lot = stock.receive_lot(
        ledger,
        args.shg,
        args.item,
        args.qty,
        user=user,
        received_on=args.received,
        expiry=args.expiry,
        shg_price_paise=price,
    )
    ctx.emit({"lot": asdict(lot)}, _lot_text(lot))
    return 0


def cmd_adjust(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    user = ctx.acting_user(args.user)
    if args.kind == "count":
        move = stock.count_adjust(ledger, args.lot, args.qty, args.reason, user=user)
    else:
        move = stock.write_off(ledger, args.lot, args.kind, args.qty, args.reason, user=user)
    ctx.emit(
        {"move": asdict(move)},
        f"lot #{move.lot_id}: {move.kind} {move.qty:+d}, on hand now {move.on_hand_after}",
    )
    return 0


def cmd_return(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    user = ctx.acting_user(args.user)
    move = stock.return_to_shg(ledger, args.lot, args.qty, args.reason, user=user)
    ctx.emit(
        {"move": asdict(move)},
        f"lot #{move.lot_id}: {-move.qty} returned to the SHG, on hand now {move.on_hand_after}",
    )
    return 0


def cmd_reorder(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    user = ctx.acting_user(args.user)
    level = reorder.set_reorder_level(ledger, args.item, reorder.parse_level(args.level),
                                      user=user)  # fmt: skip
    ctx.emit({"sku": args.item, "reorder_level": level},
             f"{args.item}: reorder level {level}")  # fmt: skip
    return 0


def cmd_levels(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    if args.item:
        lots = stock.lots_of(ledger, args.item)
        if not lots:
            raise InvalidInput(f"no lots of {args.item} were ever received")
        ctx.emit(
            {"lots": [asdict(lot) for lot in lots]},
            "\n".join(_lot_text(lot) for lot in lots),
        )
        return 0
    levels = stock.stock_levels(ledger)
    lines = []
    for level in levels:
        beyond = level.sold_beyond_stock
        flag = f"  (sold beyond stock: {beyond})" if beyond else ""
        if level.low:
            flag += f"  (low: reorder level {level.reorder_level})"
        lines.append(f"{level.sku:<16} {level.on_hand:>8} {level.unit:<3} {level.name_en}{flag}")
    ctx.emit({"levels": [{**level._asdict(), "low": level.low} for level in levels]},
             "\n".join(lines) or "no products")  # fmt: skip
    return 0
