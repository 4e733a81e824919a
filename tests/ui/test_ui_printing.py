"""The counter wired to the print service (pytest-qt, offscreen): real ledger files and a real
network printer on 127.0.0.1 (tests/support/print_fakes.LoopbackPrinter). A printer that is off or
silent never blocks the counter: the sale completes, the screen clears, the job waits, and
it prints when the printer is back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from test_ui_counter import at_sale, finish, open_window, pay_dialog, scan, settle

from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.render.decode import tokenize
from pos.records.ledger import open_ledger
from pos.ui.counter.close_shift import CloseShiftDialog, ZReportDialog
from pos.ui.shared.dialogs import CashMovementDialog, PrintProblemsDialog, ReprintDialog
from pos.ui.shell.app import build_window
from pos.ui.shell.main_window import MainWindow
from tests.support.print_fakes import LoopbackPrinter, refused_port

MASK = "8900000000012"


def use_printer(outlet, port: int) -> None:  # type: ignore[no-untyped-def]
    put_printer_settings(outlet.ledger, {"printer_uri": f"tcp://127.0.0.1:{port}",
                                         "printer_timeout_s": "1"})  # fmt: skip


def texts(printer: LoopbackPrinter) -> list[str]:
    return ["".join(t.text for t in tokenize(job) if t.name == "text") for job in printer.jobs()]


def drawer_kicks(printer: LoopbackPrinter) -> int:
    return sum(1 for job in printer.jobs() for t in tokenize(job) if t.name == "drawer")


def cash_sale(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """Scan one mask, pay ₹10 cash exactly; the screen clears at once; the receipt number."""
    page = window.sale_page
    scan(qtbot, window, MASK, focus=page.cart_view)
    dialog = pay_dialog(qtbot, window)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F5)  # exact
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert page.lines == []  # cleared before anything is printed
    settle(qtbot, window)
    assert window.last_receipt
    return window.last_receipt


def receipt_jobs(outlet, receipt: str) -> list[jobs.PrintJob]:  # type: ignore[no-untyped-def]
    ledger = open_ledger(outlet.settings, readonly=True)
    try:
        return [j for j in jobs.list_jobs(ledger) if j.kind == "receipt" and j.ref == receipt]
    finally:
        ledger.close()


def wait_label(qtbot, window: MainWindow, words: str) -> None:  # type: ignore[no-untyped-def]
    def shows() -> bool:
        window.poll_indicators()
        return words in window.printer_label.text()

    qtbot.waitUntil(shows, timeout=15_000)


def test_a_cash_sale_prints_its_receipt_and_kicks_the_drawer_in_the_background(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter()
    use_printer(outlet, printer.port)
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        receipt = cash_sale(qtbot, window)
        qtbot.waitUntil(lambda: receipt_jobs(outlet, receipt)[0].status == "done", timeout=15_000)
        qtbot.waitUntil(lambda: any(receipt in t for t in texts(printer)), timeout=10_000)
        qtbot.waitUntil(lambda: drawer_kicks(printer) == 1, timeout=10_000)
        wait_label(qtbot, window, "Printer: ok")
        assert window.print_problems == []

        # Reprint the last receipt from the counter: a second copy marked DUPLICATE.
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.dialog, ReprintDialog))
        assert window.dialog.receipt.text() == receipt
        window.dialog.submit()
        settle(qtbot, window)
        qtbot.waitUntil(
            lambda: sum(receipt in t and "DUPLICATE" in t for t in texts(printer)) == 1,
            timeout=15_000,
        )
        copies = receipt_jobs(outlet, receipt)
        assert sorted(j.duplicate for j in copies) == [False, True]
        assert drawer_kicks(printer) == 1  # a reprint never opens the drawer
    finally:
        finish(qtbot, window)
        printer.close()


@pytest.mark.parametrize("fault", ["off", "silent"])
def test_a_printer_that_is_off_or_silent_never_blocks_the_counter_and_prints_when_back(
    qtbot, outlet, fault: str
) -> None:  # type: ignore[no-untyped-def]
    silent = LoopbackPrinter(mode="silent") if fault == "silent" else None
    port = silent.port if silent else refused_port()
    use_printer(outlet, port)
    window = open_window(qtbot, outlet.settings)
    printer = None
    try:
        at_sale(qtbot, window)
        receipt = cash_sale(qtbot, window)  # completes and clears with the printer down
        assert "Sale complete" in window.sale_page.message.text()
        words = "off" if fault == "off" else "not answering"
        wait_label(qtbot, window, words)
        wait_label(qtbot, window, "1 receipt waiting")
        assert receipt_jobs(outlet, receipt)[0].status == "queued"
        # The counter carries on: the next customer rings up while the job waits.
        scan(qtbot, window, MASK, focus=window.sale_page.cart_view)
        assert len(window.sale_page.lines) == 1
        window.sale_page.clear_cart()

        # The failures in plain words, with a retry.
        qtbot.waitUntil(lambda: bool(window.print_problems), timeout=10_000)
        qtbot.keyClick(
            window.sale_page.search, Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        qtbot.waitUntil(lambda: isinstance(window.dialog, PrintProblemsDialog))
        shown = [window.dialog.list.item(i).text() for i in range(window.dialog.list.count())]
        assert any(receipt in line and "waiting" in line for line in shown), shown
        expected = "off or not connected" if fault == "off" else "answer"
        assert any(expected in line for line in shown), shown

        # The printer comes back; Retry prints the waiting receipt.
        if silent is not None:
            silent.close()
        printer = LoopbackPrinter(port=port)
        window.dialog.submit()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: receipt_jobs(outlet, receipt)[0].status == "done", timeout=20_000)
        qtbot.waitUntil(lambda: any(receipt in t for t in texts(printer)), timeout=10_000)
        wait_label(qtbot, window, "Printer: ok")
    finally:
        finish(qtbot, window)
        if printer is not None:
            printer.close()
        if silent is not None:
            silent.close()


def test_an_approved_no_sale_kicks_the_drawer(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter()
    use_printer(outlet, printer.port)
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: isinstance(window.dialog, CashMovementDialog))
        dialog = window.dialog
        dialog.reason.setText("change for a ₹500 note")
        dialog.submit()  # without a manager: refused, no drawer
        settle(qtbot, window)
        assert window.dialog is dialog and "approv" in dialog.message.text().lower()
        dialog.approval.choose("Meena", MANAGER_PIN)
        dialog.submit()
        settle(qtbot, window)
        assert window.dialog is None
        qtbot.waitUntil(lambda: drawer_kicks(printer) == 1, timeout=15_000)
        ledger = open_ledger(outlet.settings, readonly=True)
        try:
            kicks = [j for j in jobs.list_jobs(ledger) if j.kind == "drawer"]
        finally:
            ledger.close()
        assert len(kicks) == 1 and "no_sale" in kicks[0].ref
    finally:
        finish(qtbot, window)
        printer.close()


def close_shift(qtbot, window: MainWindow) -> ZReportDialog:  # type: ignore[no-untyped-def]
    """Count one note of the biggest kind (a difference: a reason and a manager)."""
    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, CloseShiftDialog))
    dialog = window.dialog
    dialog.counts[max(dialog.counts)].setValue(1)
    dialog.submit()
    settle(qtbot, window)
    dialog.reason.setText("counted at close")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ZReportDialog))
    return window.dialog  # type: ignore[return-value]


def test_the_z_screen_prints_the_report_and_saves_its_pdf(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter()
    use_printer(outlet, printer.port)
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        cash_sale(qtbot, window)
        z = close_shift(qtbot, window)
        assert z.print_button.isEnabled() and z.pdf_button.isEnabled()
        before = len(printer.jobs())  # the sale's receipt
        z.print_report()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: len(printer.jobs()) > before, timeout=15_000)
        z_job = tokenize(printer.jobs()[before])  # its labels, in English and Hindi, drawn
        assert sum(t.name == "raster" for t in z_job) > 5 and any(t.name == "cut" for t in z_job)
        z.save_pdf()
        settle(qtbot, window)
        assert "PDF saved" in z.message.text()
        pdf = Path(z.message.text().split("PDF saved:")[1].strip())
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout  # fmt: skip
            assert "Z" in text and "10.00" in text
        z.accept()
    finally:
        finish(qtbot, window)
        printer.close()


def test_receipts_sold_but_not_printed_are_listed_at_start_up(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    use_printer(outlet, refused_port())
    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    receipt = cash_sale(qtbot, window)
    finish(qtbot, window)  # the app closes with the receipt unprinted

    again, _ops = build_window(outlet.settings)  # the list takes the focus: no waiting
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(lambda: isinstance(again.dialog, PrintProblemsDialog), timeout=10_000)
        listed = [again.dialog.list.item(i).text() for i in range(again.dialog.list.count())]
        assert listed == [receipt]
        assert again.unprinted == [receipt]
    finally:
        finish(qtbot, again)


def test_barcode_labels_for_the_selected_product_print_and_their_code_finds_it(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    from pos.products import catalog
    from pos.ui.shared.dialogs import LabelsDialog

    printer = LoopbackPrinter()
    use_printer(outlet, printer.port)
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        scan(qtbot, window, MASK, focus=window.sale_page.cart_view)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.dialog, LabelsDialog))
        dialog = window.dialog
        assert dialog.product.text() == "MSK-GRN"  # the selected line's product
        dialog.copies.setValue(3)
        dialog.submit()
        settle(qtbot, window)
        assert "Labels queued for the printer" in window.sale_page.message.text()
        code = window.sale_page.message.text().rsplit("(", 1)[1].rstrip(")")
        assert len(code) == 13 and code.startswith("2")  # an in-store EAN-13
        ledger = open_ledger(outlet.settings, readonly=True)
        try:
            assert catalog.find_item(ledger, code).sku == "MSK-GRN"
        finally:
            ledger.close()

        def printed() -> bool:
            ledger = open_ledger(outlet.settings, readonly=True)
            try:
                return [j.status for j in jobs.list_jobs(ledger) if j.kind == "labels"] == ["done"]
            finally:
                ledger.close()

        qtbot.waitUntil(printed, timeout=15_000)
        assert any(len(job) > 1000 for job in printer.jobs())  # the label's raster arrived
    finally:
        finish(qtbot, window)
        printer.close()
