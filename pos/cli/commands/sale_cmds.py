"""`pos sale`, `pos return`, `pos void`: each prints (receipt or credit note, the drawer for
cash) as it commits, when a printer is set up."""

from __future__ import annotations

import argparse
import re
import sys
import uuid
from typing import Any

from pos.amounts.money import format_rupees, parse_amount
from pos.cli.args import once_each
from pos.cli.common import Context, add_json
from pos.errors import InvalidInput
from pos.products import catalog
from pos.selling import sales

_ITEM = re.compile(r"^(?P<code>.+?)(?:[xX](?P<qty>-?\d+))?$")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sale", help="ring up and complete a sale")
    p.add_argument(
        "--item",
        action="append",
        required=True,
        metavar="CODE[xQTY]",
        help="SKU or barcode, optionally x quantity (e.g. MSK-GRNx3); repeatable",
    )
    p.add_argument(
        "--discount",
        action="append",
        default=[],
        metavar="LINE=AMOUNT",
        help="discount in rupees on line LINE (1-based); needs a manager",
    )
    p.add_argument(
        "--price",
        action="append",
        default=[],
        metavar="LINE=AMOUNT",
        help="unit price below MRP for line LINE; needs a manager",
    )
    p.add_argument(
        "--removed",
        action="append",
        default=[],
        metavar="CODE[xQTY]",
        help="an item scanned and removed before payment (recorded for the Z)",
    )
    p.add_argument(
        "--pay",
        action="append",
        required=True,
        metavar="METHOD=AMOUNT[:REF]",
        help="cash=AMOUNT, upi=AMOUNT[:UTR] or card=AMOUNT[:REF]; repeat to split",
    )
    p.add_argument("--user", help="the acting cashier (default: the open shift's; PIN: POS_PIN)")
    p.add_argument("--approver", help="manager approving discounts/prices (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_sale)

    p = sub.add_parser("return", help="return items of a sale (manager approval)")
    p.add_argument("receipt", help="the original receipt number")
    p.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="LINE=QTY",
        help="return QTY of line LINE; omit to return everything left",
    )
    p.add_argument("--refund", default="cash", metavar="cash|upi[:UTR]", help="how to refund")
    p.add_argument("--reason", default="", help="why the goods came back")
    p.add_argument("--user", help="the acting cashier (PIN: POS_PIN)")
    p.add_argument("--approver", help="manager approving (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_return)

    p = sub.add_parser("void", help="void a completed sale: a full return with approval")
    p.add_argument("receipt", help="the receipt number to void")
    p.add_argument("--reason", required=True, help="why it is voided")
    p.add_argument("--refund", default="cash", metavar="cash|upi[:UTR]", help="how to refund")
    p.add_argument("--user", help="the acting cashier (PIN: POS_PIN)")
    p.add_argument("--approver", help="manager approving (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_void)


def print_after_sale(ledger: Any, sale: sales.SaleRecord) -> None:
    """Try the jobs the sale (or return, or void) queued in its own transaction, once, now:
    the drawer for cash, then the receipt or credit note.

    The sale is already committed with its jobs: a printer that is off only leaves them
    queued (said on stderr); `pos print retry` or the counter prints them later.
    """
    from pos.selling import print_queue

    if not print_queue.printer_set_up(ledger):
        return  # no printer, no jobs queued: and no printing stack to import
    from pos.printing.printers import jobs
    from pos.printing.printers.service import print_now

    for job in jobs.queued_for(ledger, sale.receipt_no):
        printed, row, status = print_now(ledger, job.id)
        if not printed:
            reason = row.last_error or status.message
            print(
                f"warning: {sale.receipt_no} saved but not printed ({reason}); "
                "the job stays queued: pos print retry",
                file=sys.stderr,
            )
            return
        if row.status == "unconfirmed" and row.last_error:
            print(
                f"warning: {sale.receipt_no} sent but the printer did not confirm it"
                f" ({row.last_error}); if it is not on paper: pos print receipt {row.ref}",
                file=sys.stderr,
            )


def parse_item(text: str) -> tuple[str, int]:
    match = _ITEM.match(text.strip())
    if not match or not match["code"]:
        raise InvalidInput(f"not an item: {text!r} (use CODE or CODExQTY)")
    return match["code"], int(match["qty"] or 1)


def parse_tender(text: str) -> sales.Tender:
    method, sep, rest = text.partition("=")
    method = method.strip().lower()
    if not sep or method not in sales.METHODS:
        raise InvalidInput(f"not a payment: {text!r} (use cash=AMOUNT, upi=AMOUNT[:UTR], card=...)")
    amount, _, ref = rest.partition(":")
    if method == "cash" and ref:
        raise InvalidInput("cash takes no reference")
    return sales.Tender(method, parse_amount(amount), ref or None)


def _line_map(values: list[str], what: str, parse: Any) -> dict[int, Any]:
    """["1=2.00", "3=1"] -> {1: parse("2.00"), 3: parse("1")}; a line named twice is refused
    (which of the two was meant?). Raises InvalidInput."""
    pairs = []
    for value in values:
        line, sep, amount = value.partition("=")
        if not sep or not line.strip().isdigit():
            raise InvalidInput(f"not a {what}: {value!r} (use LINE=VALUE, e.g. 1=2.00)")
        pairs.append((int(line), parse(amount)))
    return once_each(pairs, f"the {what} of line" if what != "line" else "line")


def _tenders(values: list[str]) -> list[sales.Tender]:
    """The --pay options: cash at most once (it is one drawer), UPI or card again only with
    a different reference (two payments, each with its own UTR). Raises InvalidInput."""
    tenders = [parse_tender(t) for t in values]
    keys = [(t.method, t.reference if t.method != "cash" else None) for t in tenders]
    for n, key in enumerate(keys):
        if key in keys[:n]:
            method, ref = key
            detail = f" with reference {ref}" if ref else ""
            hint = "" if method == "cash" else " (a second payment needs its own reference)"
            raise InvalidInput(f"--pay {method}{detail} is given twice{hint}: give it once")
    return tenders


def sale_json(sale: sales.SaleRecord) -> dict[str, Any]:
    return {
        "receipt_no": sale.receipt_no,
        "kind": sale.kind,
        "original_receipt_no": sale.original_receipt_no,
        "is_void": sale.is_void,
        "business_date": sale.business_date,
        "gross_paise": sale.gross_paise,
        "discount_paise": sale.discount_paise,
        "taxable_paise": sale.taxable_paise,
        "cgst_paise": sale.cgst_paise,
        "sgst_paise": sale.sgst_paise,
        "round_off_paise": sale.round_off_paise,
        "total_paise": sale.total_paise,
        "change_paise": sale.change_paise,
        "lines": [
            {
                k: line[k]
                for k in (
                    "line_no",
                    "sku",
                    "name_en",
                    "qty",
                    "unit_price_paise",
                    "discount_paise",
                    "gross_paise",
                    "rate_bp",
                    "taxable_paise",
                    "cgst_paise",
                    "sgst_paise",
                )
            }
            for line in sale.lines
        ],
        "payments": [p.__dict__ for p in sale.payments],
    }


def sale_text(sale: sales.SaleRecord) -> str:
    title = "RETURN" if sale.kind == "return" else "SALE"
    if sale.is_void:
        title = "VOID"
    out = [
        f"{title} {sale.receipt_no}"
        + (f" (of {sale.original_receipt_no})" if sale.original_receipt_no else "")
    ]
    for line in sale.lines:
        out.append(
            f"  {line['line_no']:>2} {line['sku']:14} {line['qty']:>5} x "
            f"{format_rupees(line['unit_price_paise']):>9} {format_rupees(line['gross_paise']):>10}"
        )
    if sale.cgst_paise or sale.sgst_paise:
        out.append(
            f"  CGST {format_rupees(sale.cgst_paise)}  SGST {format_rupees(sale.sgst_paise)}"
        )
    out.append(f"  round-off {format_rupees(sale.round_off_paise)}")
    out.append(f"  TOTAL {format_rupees(sale.total_paise)}")
    for p in sale.payments:
        ref = f" ref {p.reference}" if p.reference else ""
        out.append(f"  {p.method} {format_rupees(p.tendered_paise)}{ref}")
    if sale.change_paise:
        out.append(f"  change {format_rupees(sale.change_paise)}")
    return "\n".join(out)


def cmd_sale(ctx: Context, args: argparse.Namespace) -> None:
    ledger = ctx.ledger()
    cashier = ctx.acting_user(args.user)
    discounts = _line_map(args.discount, "discount", parse_amount)
    prices = _line_map(args.price, "price", lambda a: parse_amount(a, allow_zero=False))
    needs_approval = bool(discounts or prices)
    approver = (
        ctx.approver(args.approver, "a discount or price override") if needs_approval else None
    )
    tenders = _tenders(args.pay)
    doc_mode = ledger.outlet.doc_mode
    lines = []
    for n, text in enumerate(args.item, start=1):
        code, qty = parse_item(text)
        item = catalog.find_item(ledger, code)
        lines.append(
            sales.price_line(
                item,
                qty,
                doc_mode=doc_mode,
                discount_paise=discounts.get(n, 0),
                unit_price_paise=prices.get(n),
                actor=cashier,
                approver=approver,
            )
        )
    unknown = set(discounts) | set(prices)
    unknown -= set(range(1, len(lines) + 1))
    if unknown:
        raise InvalidInput(f"no line {min(unknown)} in this sale")
    sales.settle_tenders(sales.make_bill(lines).total_paise, tenders)  # refuse before recording
    cart_id = str(uuid.uuid4())
    for text in args.removed:
        code, qty = parse_item(text)
        item = catalog.find_item(ledger, code)
        sales.record_removed_line(ledger, cart_id, item, qty, item.mrp_paise, cashier)
    sale = sales.complete_sale(ledger, lines, tenders, cashier, sale_uuid=cart_id)
    ctx.emit(sale_json(sale), sale_text(sale))
    print_after_sale(ledger, sale)


def _refund(text: str) -> tuple[str, str | None]:
    method, _, ref = text.partition(":")
    return method.strip().lower(), ref.strip() or None


def cmd_return(ctx: Context, args: argparse.Namespace) -> None:
    ledger = ctx.ledger()
    cashier = ctx.acting_user(args.user)
    approver = ctx.approver(args.approver, "a return")
    items = None
    if args.line:
        items = [
            sales.ReturnLine(line, int(qty) if qty.strip().lstrip("-").isdigit() else _bad(qty))
            for line, qty in _line_map(args.line, "line", str).items()
        ]
    method, ref = _refund(args.refund)
    sale = sales.return_sale(
        ledger,
        args.receipt,
        items,
        cashier=cashier,
        approver=approver,
        refund_method=method,
        reference=ref,
        reason=args.reason,
    )
    ctx.emit(sale_json(sale), sale_text(sale))
    print_after_sale(ledger, sale)


def _bad(qty: str) -> int:
    raise InvalidInput(f"quantity {qty!r} is not a whole number")


def cmd_void(ctx: Context, args: argparse.Namespace) -> None:
    ledger = ctx.ledger()
    cashier = ctx.acting_user(args.user)
    approver = ctx.approver(args.approver, "voiding a sale")
    method, ref = _refund(args.refund)
    sale = sales.void_sale(
        ledger,
        args.receipt,
        cashier=cashier,
        approver=approver,
        reason=args.reason,
        refund_method=method,
        reference=ref,
    )
    ctx.emit(sale_json(sale), sale_text(sale))
    print_after_sale(ledger, sale)
