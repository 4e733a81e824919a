"""Receipts that never print, or print twice (issue 10), against real processes and a real
misbehaving network printer on 127.0.0.1 (tests/support/print_fakes.LoopbackPrinter): a till killed
right after a sale commits, a printer that takes every byte and never answers, a printer that
resets mid-receipt with the status check off, returns and voids that print."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import timedelta

from conftest import MANAGER_PIN, ROOT, run_pos
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pos import clock
from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.printers.service import PrintQueue
from pos.printing.render.decode import DecodeError, tokenize
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.ui.shared.dialogs import PrintProblemsDialog
from pos.ui.shell.app import build_window
from tests.support.print_fakes import LoopbackPrinter, refused_port
from tests.ui.test_ui_counter import at_sale, finish, open_window, settle


def use_printer(outlet, uri: str, **settings: str) -> None:  # type: ignore[no-untyped-def]
    put_printer_settings(outlet.ledger, {"printer_uri": uri, "printer_timeout_s": "1",
                                         **settings})  # fmt: skip


def cash_sale(outlet) -> sales.SaleRecord:  # type: ignore[no-untyped-def]
    line = sales.price_line(catalog.find_item(outlet.ledger, "SOAP-NEEM"), 2,
                            doc_mode="tax_invoice")  # fmt: skip
    return sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 10000)],
                               outlet.cashier)  # fmt: skip


def texts(printer: LoopbackPrinter) -> list[str]:
    """The printer text of each job it received whole (a job cut short reads as "")."""
    out = []
    for job in printer.jobs():
        try:
            out.append("".join(t.text for t in tokenize(job) if t.name == "text"))
        except DecodeError:
            out.append("")
    return out


def all_closed(printer: LoopbackPrinter) -> None:
    for record in printer.connections:
        assert record.closed.wait(10)


def receipt_jobs(outlet, receipt: str) -> list[jobs.PrintJob]:  # type: ignore[no-untyped-def]
    ledger = open_ledger(outlet.settings, readonly=True)
    try:
        return sorted((j for j in jobs.list_jobs(ledger) if j.kind == "receipt"
                       and j.ref == receipt), key=lambda j: j.id)  # fmt: skip
    finally:
        ledger.close()


def child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.printing.print_kill_child", *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    assert process.wait(10) == -signal.SIGKILL


def later(minutes: int):  # type: ignore[no-untyped-def]
    return lambda: clock.now_utc() + timedelta(minutes=minutes)


# ---------------------------------------------------------------- a sale with no print job


def test_a_till_killed_right_after_a_sale_commits_still_has_its_receipt_queued_and_offers_it_at_start_up(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    use_printer(outlet, f"tcp://127.0.0.1:{refused_port()}")
    outlet.ledger.close()
    till = child("sale", str(outlet.data_dir))
    assert till.stdout is not None
    receipt = till.stdout.readline().strip()
    assert receipt.startswith("G01")  # committed; nothing has tried to print yet
    kill(till)

    listed = run_pos(outlet.data_dir, "print", "queue", "--json").json()["jobs"]
    assert sorted((j["kind"], j["ref"], j["status"], j["duplicate"]) for j in listed) == [
        ("drawer", f"cash {receipt}", "queued", False),
        ("receipt", receipt, "queued", False),
    ]
    window, _ops = build_window(outlet.settings)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: isinstance(window.dialog, PrintProblemsDialog), timeout=10_000)
        offered = [window.dialog.list.item(i).text() for i in range(window.dialog.list.count())]
        assert offered == [receipt]
        assert window.last_label.text().endswith(f": {receipt}")  # not "Last receipt: —"
    finally:
        finish(qtbot, window)


# ---------------------------------------------------------------- at most one unmarked original


def test_a_till_killed_after_the_printer_took_every_byte_has_the_receipt_resent_marked_duplicate(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter(mode="mute")  # takes it all, never answers the closing check
    try:
        use_printer(outlet, printer.uri, printer_timeout_s="30")
        sale = cash_sale(outlet)
        job = receipt_jobs(outlet, sale.receipt_no)[0]
        till = child("print", str(outlet.data_dir), str(job.id))
        assert printer.job_sent.wait(30)  # every byte is at the printer; the till waits on it
        kill(till)
        assert receipt_jobs(outlet, sale.receipt_no)[0].status == "printing"

        printer.mode = "ok"
        queue = PrintQueue(outlet.ledger, now=later(5))  # the job is stale: taken over
        assert queue.process_due() == 1
        all_closed(printer)
    finally:
        printer.close()
    copies = [text for text in texts(printer) if sale.receipt_no in text]
    assert len(copies) == 2
    assert "DUPLICATE" not in copies[0] and "* DUPLICATE *" in copies[1]
    assert [j.status for j in receipt_jobs(outlet, sale.receipt_no)] == ["done"]


def test_a_receipt_whose_closing_status_check_goes_unanswered_is_not_resent_unmarked(
    outlet, pos_cli
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter(mode="mute")
    try:
        use_printer(outlet, printer.uri)
        sale = cash_sale(outlet)
        queue = PrintQueue(outlet.ledger)
        queue.process_due()
        job = receipt_jobs(outlet, sale.receipt_no)[0]
        assert (job.status, job.delivered) == ("unconfirmed", True)
        assert "does not answer" in (job.last_error or "")
        assert PrintQueue(outlet.ledger, now=later(5)).process_due() == 0  # never by itself

        printer.mode = "ok"  # even asked for an unmarked original, it says DUPLICATE
        outlet.ledger.close()
        again = pos_cli(outlet.data_dir, "print", "receipt", sale.receipt_no, "--original")
        assert again.code == 0, again.stderr
        all_closed(printer)
    finally:
        printer.close()
    copies = [text for text in texts(printer) if sale.receipt_no in text]
    assert len(copies) == 2
    assert "DUPLICATE" not in copies[0] and "* DUPLICATE *" in copies[1]


# ---------------------------------------------------------------- status check off


def test_with_the_status_check_off_a_printer_that_resets_mid_receipt_leaves_it_sent_not_confirmed_with_a_one_key_duplicate_reprint(
    qtbot, outlet, pos_cli
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter(mode="reset", drop_after=800)
    use_printer(outlet, printer.uri, printer_status_check="off")
    window = open_window(qtbot, outlet.settings)
    try:
        sale = cash_sale(outlet)
        window.services.printing.wake()
        qtbot.waitUntil(lambda: receipt_jobs(outlet, sale.receipt_no)[0].status
                        not in ("queued", "printing"), timeout=15_000)  # fmt: skip
        job = receipt_jobs(outlet, sale.receipt_no)[0]
        assert job.status == "unconfirmed" and not job.duplicate  # never "done"
        all_closed(printer)
        assert max(len(r.data) for r in printer.connections) == 800

        listed = pos_cli(outlet.data_dir, "print", "queue")
        line = next(x for x in listed.stdout.splitlines() if f"receipt  {sale.receipt_no}" in x)
        assert "sent, not confirmed" in line
        assert f"pos print receipt {sale.receipt_no}" in line

        at_sale(qtbot, window)
        qtbot.keyClick(
            window.sale_page.search, Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        qtbot.waitUntil(lambda: isinstance(window.dialog, PrintProblemsDialog), timeout=10_000)
        dialog = window.dialog
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert any(sale.receipt_no in x and "sent, not confirmed" in x for x in shown), shown
        printer.mode = "ok"
        qtbot.keyClick(dialog.list, Qt.Key.Key_F5)  # the one key
        settle(qtbot, window)
        qtbot.waitUntil(lambda: len(receipt_jobs(outlet, sale.receipt_no)) == 2, timeout=10_000)
        qtbot.waitUntil(
            lambda: any(sale.receipt_no in t and "* DUPLICATE *" in t for t in texts(printer)),
            timeout=15_000,
        )
        assert [j.duplicate for j in receipt_jobs(outlet, sale.receipt_no)] == [False, True]
    finally:
        finish(qtbot, window)
        printer.close()


# ---------------------------------------------------------------- returns and voids print


def test_a_return_and_a_void_on_the_command_line_print_and_a_cash_refund_kicks_the_drawer(
    outlet, pos_cli
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter()
    try:
        use_printer(outlet, printer.uri)
        outlet.ledger.close()
        first = pos_cli(outlet.data_dir, "sale", "--item", "SOAP-NEEMx2", "--pay", "upi=71:UTR1",
                        "--json").json()["receipt_no"]  # fmt: skip
        second = pos_cli(outlet.data_dir, "sale", "--item", "MSK-GRNx3", "--pay", "upi=30:UTR2",
                         "--json").json()["receipt_no"]  # fmt: skip
        returned = pos_cli(outlet.data_dir, "return", first, "--line", "1=1", "--reason", "torn",
                           "--approver", "Meena", "--json")  # fmt: skip
        assert returned.code == 0, returned.stderr
        upi_back = pos_cli(outlet.data_dir, "return", first, "--refund", "upi:UTR9",
                           "--approver", "Meena", "--json")  # fmt: skip
        assert upi_back.code == 0, upi_back.stderr
        voided = pos_cli(outlet.data_dir, "void", second, "--reason", "rung twice",
                         "--approver", "Meena", "--json")  # fmt: skip
        assert voided.code == 0, voided.stderr
        all_closed(printer)
    finally:
        printer.close()
    printed = [("drawer", "") if any(t.name == "drawer" for t in tokenize(job)) else
               (re.search(r"Receipt No +(\S+)", text)[1], text)  # type: ignore[index]
               for job, text in zip(printer.jobs(), texts(printer), strict=True)]  # fmt: skip
    credit, upi_note, void_slip = (returned.json()["receipt_no"], upi_back.json()["receipt_no"],
                                   voided.json()["receipt_no"])  # fmt: skip
    # In order: two UPI sales (no drawer), the cash refund's drawer then its credit note, the
    # UPI refund's note (no drawer), the void's drawer then its slip.
    assert [number for number, _text in printed] == [
        first, second, "drawer", credit, upi_note, "drawer", void_slip]  # fmt: skip
    assert f"Against {first}" in " ".join(printed[3][1].split())
    assert "* VOID *" in printed[6][1] and "DUPLICATE" not in printed[6][1]


def test_a_void_in_the_counter_prints_its_slip_and_opens_the_drawer_for_the_cash_refund(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter()
    use_printer(outlet, printer.uri)
    sale = cash_sale(outlet)
    assert PrintQueue(outlet.ledger).process_due() == 2  # its drawer and receipt
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: window.dialog is not None)
        voiding = window.dialog
        qtbot.waitUntil(voiding.isActiveWindow)
        qtbot.keyClicks(voiding.receipt, sale.receipt_no)
        qtbot.keyClick(voiding.receipt, Qt.Key.Key_Return)
        voiding.reason.setText("customer changed mind")
        voiding.approval.choose("Meena", MANAGER_PIN)
        qtbot.keyClick(voiding.receipt, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: voiding.confirm is not None and voiding.confirm.isVisible())
        voiding.confirm.button(QMessageBox.StandardButton.Yes).click()  # are you sure: yes
        settle(qtbot, window)
        assert window.dialog is None, voiding.message.text()
        ledger = open_ledger(outlet.settings, readonly=True)
        try:
            slip = next(j.ref for j in jobs.list_jobs(ledger) if j.kind == "receipt"
                        and j.ref != sale.receipt_no)  # fmt: skip
        finally:
            ledger.close()
        qtbot.waitUntil(lambda: any(slip in t and "* VOID *" in t for t in texts(printer)),
                        timeout=15_000)  # fmt: skip
        qtbot.waitUntil(
            lambda: sum(t.name == "drawer" for job in printer.jobs() for t in tokenize(job))
            == 2, timeout=15_000,
        )  # the sale's cash and the refund's  # fmt: skip
    finally:
        finish(qtbot, window)
        printer.close()
