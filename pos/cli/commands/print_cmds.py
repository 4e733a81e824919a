"""`pos print`: test page, receipts (reprints say DUPLICATE), labels, the queue, settings.

Every print is a job in the ledger; these commands queue it and try it once at once. A
printer that is off leaves the job queued (exit 1 with the reason); `pos print retry` or the
running counter prints it when the printer is back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.cli.common import Context, add_json
from pos.errors import ApprovalRequired
from pos.outlet import config
from pos.printing.documents.document import Document
from pos.printing.documents.labels import label_code, label_document
from pos.printing.documents.receipt import ReceiptOptions, receipt_for
from pos.printing.printers import jobs
from pos.printing.printers.config import (
    PrinterConfig,
    current_settings,
    printer_config,
    put_printer_settings,
)
from pos.records.ledger import Ledger

_OPTION_KEYS = {
    "uri": "printer_uri", "width": "printer_width_dots", "cutter": "printer_cutter",
    "drawer_pin": "printer_drawer_pin", "upi_qr": "print_upi_qr",
    "status_check": "printer_status_check", "timeout": "printer_timeout_s",
}  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = sub.add_parser("print", help="print test pages, receipts, labels; the print queue")
    cmds = group.add_subparsers(dest="print_command", metavar="WHAT", required=True)

    test = cmds.add_parser("test", help="print a test page in both scripts")
    _common(test)
    test.set_defaults(handler=cmd_test)

    receipt = cmds.add_parser("receipt", help="print a receipt again (marked DUPLICATE)")
    receipt.add_argument("receipt_no", metavar="RECEIPT_NO")
    receipt.add_argument(
        "--duplicate",
        action="store_true",
        help="mark it DUPLICATE (a reprint); default for `pos print receipt`",
    )
    receipt.add_argument(
        "--original",
        action="store_true",
        help="print without the DUPLICATE mark (first print that failed)",
    )
    _common(receipt)
    receipt.set_defaults(handler=cmd_receipt)  # fmt: skip

    labels = cmds.add_parser("labels", help="print barcode labels for a product")
    labels.add_argument("sku", metavar="SKU")
    labels.add_argument("--copies", type=int, default=1, help="how many labels (default 1)")
    _common(labels)
    labels.set_defaults(handler=cmd_labels)

    queue = cmds.add_parser("queue", help="list recent print jobs and their state")
    queue.add_argument("--limit", type=int, default=20, help="how many jobs (default 20)")
    add_json(queue)
    queue.set_defaults(handler=cmd_queue)

    retry = cmds.add_parser("retry", help="try every queued print job again now")
    add_json(retry)
    retry.set_defaults(handler=cmd_retry)

    setup = cmds.add_parser("setup", help="show or change the printer settings")
    setup.add_argument(
        "--uri",
        help="printer: tcp://HOST:9100, usb://VID:PID, "
        "serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://NAME",
    )
    setup.add_argument("--width", choices=("384", "576"), help="paper: 384 (58 mm), 576 (80 mm)")
    setup.add_argument("--cutter", choices=("yes", "no"), help="the printer has a cutter")
    setup.add_argument("--drawer-pin", choices=("2", "5", "none"), help="cash drawer pin")
    setup.add_argument(
        "--upi-qr",
        choices=("upi", "always", "never"),
        help="UPI QR on receipts: when paid by UPI, always, never",
    )
    setup.add_argument(
        "--status-check",
        choices=("auto", "on", "off"),
        help="ask the printer for paper status (auto: network printers)",
    )
    setup.add_argument("--timeout", help="seconds to wait for the printer (1-30)")
    setup.add_argument("--approver", help="manager approving a change (POS_APPROVER_PIN)")
    add_json(setup)
    setup.set_defaults(handler=cmd_setup)  # fmt: skip


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--printer", metavar="URI", help="this printer instead of the set one")
    parser.add_argument("--png", metavar="FILE",
                        help="write what would print as a PNG instead of printing")  # fmt: skip
    add_json(parser)


def run_job(ctx: Context, ledger: Ledger, job_id: int, what: str) -> int:
    """Try a queued job once now and say what happened (exit 1 when it stays queued)."""
    from pos.printing.printers.service import (  # Qt and python-escpos: only here
        job_summary,
        print_now,
    )

    printed, row, status = print_now(ledger, job_id)
    data = {"job": job_summary(row), "printed": printed, "printer": status.printer}
    if printed and row.status == "unconfirmed":
        why = row.last_error or "the status check is off"
        ctx.emit(data, f"sent {what} (job {job_id}) to the {status.printer}; not confirmed ({why})")
        return 0
    if printed:
        ctx.emit(data, f"printed {what} (job {job_id}) on the {status.printer}")
        return 0
    reason = row.last_error or status.message
    stays = "stays queued; `pos print retry` prints it" if row.status == "queued" else "failed"
    ctx.emit(data, f"not printed: {reason}. Job {job_id} {stays}.")
    return 1


def _write_png(ctx: Context, document: Document, config: PrinterConfig, target: str) -> int:
    """Render what would print, through the real ESC/POS bytes, as a PNG (no job, no printer)."""
    from pos.printing.render.decode import paper_image, tokenize
    from pos.printing.render.escpos_render import PaperSpec, render_escpos

    payload = render_escpos(document, PaperSpec(config.width_dots, config.cutter))
    paper_image(tokenize(payload), config.width_dots).save(Path(target))
    ctx.emit({"png": target, "bytes": len(payload)}, f"wrote {target}")
    return 0


def cmd_test(ctx: Context, args: argparse.Namespace) -> int:
    from pos.printing.documents.testpage import test_page

    ledger = ctx.ledger()
    config = printer_config(ledger, args.printer)
    document = test_page(ledger.outlet.name_en, config)
    if args.png:
        return _write_png(ctx, document, config, args.png)
    job_id = jobs.queue_document(ledger, document, ref="test page", printer_uri=args.printer)
    return run_job(ctx, ledger, job_id, "the test page")


def cmd_receipt(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    duplicate = not args.original
    if args.png:
        config = printer_config(ledger, args.printer)
        options = ReceiptOptions(duplicate=duplicate, upi_qr=config.upi_qr)
        document = receipt_for(ledger, args.receipt_no, options)
        return _write_png(ctx, document, config, args.png)
    job_id = jobs.queue_receipt(
        ledger, args.receipt_no, duplicate=duplicate, printer_uri=args.printer
    )
    return run_job(ctx, ledger, job_id, f"receipt {args.receipt_no.upper()}")


def cmd_labels(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    if args.png:
        item, code = label_code(ledger, args.sku)
        document = label_document(item, code, args.copies)
        return _write_png(ctx, document, printer_config(ledger, args.printer), args.png)
    job_id, code = jobs.queue_labels(ledger, args.sku, args.copies, printer_uri=args.printer)
    return run_job(ctx, ledger, job_id, f"{args.copies} label(s) {code}")


def cmd_queue(ctx: Context, args: argparse.Namespace) -> int:
    from pos.printing.printers.service import job_summary

    listed = jobs.list_jobs(ctx.ledger(), args.limit)
    lines = [
        f"{j.id:>5} {j.kind:<8} {j.ref:<18} {'DUP ' if j.duplicate else ''}"
        f"{jobs.STATUS_WORDS.get(j.status, j.status):<8} tries {j.attempts}"
        f"{'  ' + j.last_error if j.last_error else ''}"
        + (f"  (reprint, marked DUPLICATE: pos print receipt {j.reprintable})"
           if j.reprintable else "")
        for j in listed
    ]  # fmt: skip
    ctx.emit({"jobs": [job_summary(j) for j in listed]}, "\n".join(lines) or "no print jobs")
    return 0


def cmd_retry(ctx: Context, args: argparse.Namespace) -> int:
    from pos.printing.printers.service import PrintQueue

    queue = PrintQueue(ctx.ledger())
    queue.retry_now()
    printed = queue.process_due()
    left = queue.depth()
    ctx.emit(
        {"printed": printed, "queued": left, "status": queue.status.state},
        f"printed {printed} job(s); {left} still queued"
        + (f" ({queue.status.message})" if left else ""),
    )
    return 0 if left == 0 else 1


def cmd_setup(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    changes = {
        key: getattr(args, option) for option, key in _OPTION_KEYS.items()
        if getattr(args, option) is not None
    }  # fmt: skip
    if changes:
        if ctx.approver(args.approver, "changing the printer settings") is None:
            raise ApprovalRequired("changing the printer settings needs a manager's approval")
        put_printer_settings(ledger, changes)
    values = current_settings(ledger)
    helps = {key: config.setting(key).help for key in values}
    text = "\n".join(f"{key} = {value or '(not set)'}    # {helps[key]}"
                     for key, value in values.items())  # fmt: skip
    ctx.emit({"settings": values}, text)
    return 0
