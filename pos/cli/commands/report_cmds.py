"""`pos report x|z|shg|gst|sales` and `pos settlement pay`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pos import clock
from pos.amounts.money import format_rate, format_rupees, parse_amount
from pos.cli.common import Context, add_json
from pos.reporting import reports, settlement
from pos.reporting.reports import ShiftReport


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("report", help="X and Z figures, SHG statement, GST and sales")
    rsub = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    x = rsub.add_parser("x", help="figures of the open shift so far (does not close it)")
    x.add_argument("--shift", type=int, help="shift number (default: the open shift)")
    x.add_argument(
        "--approver",
        metavar="MANAGER",
        help="a manager (PIN from POS_APPROVER_PIN): shows the expected cash before the count",
    )
    _outputs(x)
    add_json(x)
    x.set_defaults(handler=cmd_x)

    z = rsub.add_parser("z", help="the Z of a closed shift (default: the last one)")
    z.add_argument("--z", dest="z_number", type=int, help="Z number")
    z.add_argument("--shift", type=int, help="shift number")
    _outputs(z)
    add_json(z)
    z.set_defaults(handler=cmd_z)

    for name, text, handler in (
        ("shg", "SHG settlement statement for a period", cmd_shg),
        ("gst", "HSN-wise GST summary for a period (for filing)", cmd_gst),
        ("sales", "sales summary for a period: counts, tenders, returns, net", cmd_sales),
    ):
        p = rsub.add_parser(name, help=text)
        p.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
        if name == "shg":
            p.add_argument("--shg", help="only this SHG code")
        if name in ("shg", "sales"):
            _outputs(p)
        add_json(p)
        p.set_defaults(handler=handler)

    sett = sub.add_parser("settlement", help="record a payout to an SHG for a period")
    ssub = sett.add_subparsers(dest="settlement_command", metavar="ACTION", required=True)
    pay = ssub.add_parser("pay", help="record the payout of an ended period (once per period)")
    pay.add_argument("--shg", required=True, help="SHG code")
    pay.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    pay.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    pay.add_argument("--amount", required=True, help="amount paid in rupees (the net payable)")
    pay.add_argument(
        "--method", required=True, choices=settlement.PAY_METHODS, help="how it was paid"
    )
    pay.add_argument("--reference", required=True, help="UTR, cheque or voucher number")
    pay.add_argument("--paid-on", required=True, help="date paid, YYYY-MM-DD")
    pay.add_argument("--user", help="manager recording it (PIN from POS_PIN)")
    pay.add_argument("--approver", help="manager approving, when --user is a cashier")
    add_json(pay)
    pay.set_defaults(handler=cmd_pay)


def _outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", metavar="FILE", help="also write the report as a PDF (A4)")
    parser.add_argument("--print", action="store_true", help="also print it on the receipt printer")
    parser.add_argument("--printer", metavar="URI", help="with --print: this printer instead")


def _output(ctx: Context, args: argparse.Namespace, document: Any, ref: str) -> int:
    """Write the PDF and/or print the document as asked; 1 if printing did not happen."""
    code = 0
    if args.pdf:
        from pos.printing.render.pdf import render_pdf

        render_pdf(document, Path(args.pdf))
        if not ctx.json:
            print(f"PDF written to {args.pdf}")
    if args.print:
        from pos.cli.commands.print_cmds import run_job
        from pos.printing.printers import jobs

        ledger = ctx.ledger()
        job_id = jobs.queue_document(ledger, document, ref=ref, printer_uri=args.printer)
        json_mode, ctx.json = ctx.json, False
        try:
            code = (
                run_job(ctx, ledger, job_id, ref) if not json_mode else _quiet_job(ledger, job_id)
            )
        finally:
            ctx.json = json_mode
    return code


def _quiet_job(ledger: Any, job_id: int) -> int:
    from pos.printing.printers.service import print_now

    printed, _row, _status = print_now(ledger, job_id)
    return 0 if printed else 1


def _local(stamp: str | None) -> str:
    if not stamp:
        return "-"
    return clock.local(clock.from_iso(stamp)).strftime("%d-%m-%Y %H:%M")


def _r(paise: int | None) -> str:
    return "-" if paise is None else format_rupees(paise)


def shift_report_text(r: ShiftReport) -> str:
    title = f"Z {r.z_number}" if r.report == "Z" else "X (shift still open)"
    lines = [
        f"{title}  shift #{r.shift_id}  cashier {r.cashier}",
        f"opened {_local(r.opened_at)}  closed {_local(r.closed_at)}  business date"
        f" {r.business_date}",
        f"sales {r.sales_count}: {_r(r.sales_total_paise)}   returns {r.returns_count}: "
        f"{_r(r.returns_total_paise)}   net {_r(r.net_total_paise)}",
        f"discounts {_r(r.discounts_paise)}  round-off sales {_r(r.sales_round_off_paise)} "
        f"returns {_r(r.returns_round_off_paise)}",
        f"voids {r.voids_count}: {_r(r.voids_paise)}   lines removed before payment "
        f"{r.removed_lines_count}: {_r(r.removed_lines_paise)}",
        "by tender:",
    ]
    for t in r.tenders:
        lines.append(
            f"  {t.method:<5} sales {t.sales_count} {_r(t.sales_paise)} (tendered "
            f"{_r(t.tendered_paise)}, change {_r(t.change_paise)})  refunds {t.refunds_count} "
            f"{_r(t.refunds_paise)}  net {_r(t.net_paise)}"
        )
    lines.append("by category:")
    lines += [
        f"  {c.category:<14} sold {c.qty_sold} {_r(c.sales_paise)}  returned {c.qty_returned} "
        f"{_r(c.returns_paise)}  net {_r(c.net_paise)}"
        for c in r.categories
    ]
    lines.append("by SHG:")
    for g in r.shgs:
        flag = f"  beyond stock {g.sold_beyond_stock}" if g.sold_beyond_stock else ""
        lines.append(
            f"  {g.shg_code:<10} sold {g.qty_sold} {_r(g.sales_paise)}  returned "
            f"{g.qty_returned} {_r(g.returns_paise)}{flag}"
        )
    lines.append("tax per rate (sales less returns):")
    lines += [
        f"  {format_rate(t.rate_bp):>6} taxable {_r(t.taxable_paise)}  CGST {_r(t.cgst_paise)}"
        f"  SGST {_r(t.sgst_paise)}"
        for t in r.tax_rates
    ]
    if r.cash is None:
        lines.append(
            f"cash: float {_r(r.opening_float_paise)}, paid in {_r(r.paid_in_paise)}, paid out "
            f"{_r(r.paid_out_paise)}, drops {_r(r.drops_paise)}  (no-sale openings "
            f"{r.no_sales_count})"
        )
    else:
        lines.append(
            f"cash: float {_r(r.opening_float_paise)} + sales {_r(r.cash.cash_sales_paise)} - "
            f"refunds {_r(r.cash.cash_refunds_paise)} + paid in {_r(r.paid_in_paise)} - paid "
            f"out {_r(r.paid_out_paise)} - drops {_r(r.drops_paise)}  (no-sale openings "
            f"{r.no_sales_count})"
        )
    for m in r.cash_movements:
        lines.append(f"  {m.created_at} {m.kind:<8} {_r(m.amount_paise)}  {m.reason}")
    if r.blind:
        lines.append(
            "blind count: the expected cash and the cash taken are shown after the count, "
            "or to a manager (--approver)"
        )
    else:
        lines.append(
            f"expected {_r(r.expected_paise)}  counted {_r(r.counted_paise)}  variance "
            f"{_r(r.variance_paise)}"
            + (f"  ({r.variance_reason})" if r.variance_reason else "")
            + (f"  approved by {r.approver}" if r.approver else "")
        )
    return "\n".join(lines)


def cmd_x(ctx: Context, args: argparse.Namespace) -> int:
    manager = ctx.approver(args.approver, "seeing the expected cash before the count")
    report = reports.x_report(ctx.ledger(), args.shift, manager=manager)
    ctx.emit(asdict(report), shift_report_text(report))
    return _shift_output(ctx, args, report)


def cmd_z(ctx: Context, args: argparse.Namespace) -> int:
    report = reports.z_report(ctx.ledger(), z_number=args.z_number, shift_id=args.shift)
    ctx.emit(asdict(report), shift_report_text(report))
    return _shift_output(ctx, args, report)


def _shift_output(ctx: Context, args: argparse.Namespace, report: ShiftReport) -> int:
    if not (args.pdf or args.print):
        return 0
    from pos.printing.documents.report_adapters import shift_figures
    from pos.printing.documents.report_docs import shift_report

    document = shift_report(shift_figures(ctx.ledger(), report))
    ref = f"Z {report.z_number}" if report.report == "Z" else f"X shift {report.shift_id}"
    return _output(ctx, args, document, ref)


def cmd_shg(ctx: Context, args: argparse.Namespace) -> int:
    rows = settlement.shg_statement(ctx.ledger(), args.date_from, args.date_to, shg_code=args.shg)
    lines = []
    for s in rows:
        state = f"PAID {s.paid_on} ref {s.payment_reference}" if s.settled else "not settled"
        q = s.units  # quantities per unit: "3 pcs · 1.5 L"
        lines += [
            f"{s.shg_code} {s.name_en}  {s.period_from} to {s.period_to}  [{state}]",
            f"  received {q.received} ({_r(s.received_paise)})  sold {q.sold}  "
            f"customer returns {q.customer_returns}  returned to SHG "
            f"{q.returned_to_shg}  damaged {q.damaged}  adjusted {q.adjusted}  "
            f"on hand {q.on_hand} ({_r(s.on_hand_paise)})",
            f"  gross sales at MRP {_r(s.gross_sales_paise)} - returns "
            f"{_r(s.customer_returns_paise)} = {_r(s.net_sales_paise)}; commission "
            f"({s.commission}) {_r(s.commission_paise)}; net payable {_r(s.net_payable_paise)}; "
            f"paid {_r(s.paid_paise)}; balance {_r(s.balance_paise)}"
            + (f"; sold beyond stock {q.sold_beyond_stock}" if s.sold_beyond_stock_qty else ""),
        ]
    ctx.emit(
        {"date_from": args.date_from, "date_to": args.date_to, "shgs": [asdict(s) for s in rows]},
        "\n".join(lines) or "nothing to settle in that period",
    )
    if not (args.pdf or args.print):
        return 0
    from pos.printing.documents.report_adapters import settlement_figures
    from pos.printing.documents.report_docs import shg_statement

    figures = settlement_figures(ctx.ledger(), rows, args.date_from, args.date_to)
    return _output(ctx, args, shg_statement(figures), f"SHG {args.date_from}..{args.date_to}")


def cmd_gst(ctx: Context, args: argparse.Namespace) -> int:
    summary = reports.gst_summary(ctx.ledger(), args.date_from, args.date_to)
    lines = [f"GST summary {summary.date_from} to {summary.date_to} ({summary.doc_mode})"]
    lines.append(
        f"{'HSN':<10}{'rate':>6} {'UQC':<4}{'qty':>8}{'taxable':>14}{'CGST':>12}{'SGST':>12}"
    )
    for h in summary.lines:
        lines.append(
            f"{h.hsn:<10}{format_rate(h.rate_bp):>6} {h.uqc:<4}{h.qty:>8}{_r(h.taxable_paise):>14}"
            f"{_r(h.cgst_paise):>12}{_r(h.sgst_paise):>12}"
        )
    for t in summary.rates:
        lines.append(
            f"rate {format_rate(t.rate_bp)}: taxable {_r(t.taxable_paise)}  CGST "
            f"{_r(t.cgst_paise)}  SGST {_r(t.sgst_paise)}"
        )
    lines.append(
        f"total taxable {_r(summary.taxable_paise)}  CGST {_r(summary.cgst_paise)}  SGST "
        f"{_r(summary.sgst_paise)}"
    )
    ctx.emit(asdict(summary), "\n".join(lines))
    return 0


def cmd_sales(ctx: Context, args: argparse.Namespace) -> int:
    s = reports.sales_summary(ctx.ledger(), args.date_from, args.date_to)
    lines = [
        f"sales {s.date_from} to {s.date_to}",
        f"  sales {s.sales_count}: {_r(s.sales_paise)}   returns {s.returns_count}: "
        f"{_r(s.returns_paise)} (voids {s.voids_count}: {_r(s.voids_paise)})   net "
        f"{_r(s.net_paise)}",
        f"  discounts {_r(s.discounts_paise)}  round-off {_r(s.round_off_paise)}",
    ]
    lines += [
        f"  {t.method:<5} sales {_r(t.sales_paise)}  refunds {_r(t.refunds_paise)}  net "
        f"{_r(t.net_paise)}"
        for t in s.tenders
    ]
    if s.delivery_count:  # home delivery, its own channel (part of the sales above)
        lines.append(f"  home delivery {s.delivery_count}: {_r(s.delivery_paise)}")
    ctx.emit(asdict(s), "\n".join(lines))
    if not (args.pdf or args.print):
        return 0
    from pos.printing.documents.report_adapters import sales_figures
    from pos.printing.documents.report_docs import sales_report

    figures = sales_figures(ctx.ledger(), args.date_from, args.date_to)
    return _output(ctx, args, sales_report(figures), f"sales {args.date_from}..{args.date_to}")


def cmd_pay(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    amount = parse_amount(args.amount, allow_zero=False)
    user = ctx.acting_user(args.user)
    approver = ctx.approver(args.approver, "recording an SHG payout")
    paid = settlement.pay_settlement(
        ledger,
        args.shg,
        args.date_from,
        args.date_to,
        amount,
        args.method,
        args.reference,
        args.paid_on,
        user=user,
        approver=approver,
    )
    ctx.emit(
        {"settlement": asdict(paid)},
        f"{paid.shg_code} paid {format_rupees(paid.paid_paise)} for {paid.period_from} to "
        f"{paid.period_to} ({args.method} {paid.payment_reference})",
    )
    return 0
