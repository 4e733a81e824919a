"""A printer that is off, silent, out of paper or drops the connection mid-job never blocks
or loses a sale: the sale is saved, the job stays queued, and it prints when the printer is
back. The background service reports the state in plain words."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pos import clock
from pos.db.selling import print_q
from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.printers.service import PrinterStatus, PrintQueue, PrintService
from pos.printing.render.decode import tokenize
from pos.products import catalog
from pos.selling import sales
from tests.support.print_fakes import LoopbackPrinter, refused_port


class Clock:
    """Real time plus an offset the test moves forward (past a job's backoff)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self):  # type: ignore[no-untyped-def]
        return clock.now_utc() + self.offset


def cash_sale(outlet):  # type: ignore[no-untyped-def]
    item = catalog.find_item(outlet.ledger, "SOAP-NEEM")
    line = sales.price_line(item, 2, doc_mode="tax_invoice")
    return sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 10000)],
                               outlet.cashier)  # fmt: skip


def use_printer(outlet, port):  # type: ignore[no-untyped-def]
    put_printer_settings(outlet.ledger, {"printer_uri": f"tcp://127.0.0.1:{port}",
                                         "printer_timeout_s": "1"})  # fmt: skip


def receipt_job(outlet):  # type: ignore[no-untyped-def]
    return next(j for j in jobs.list_jobs(outlet.ledger) if j.kind == "receipt")


def prints_when_back(outlet, queue, now, port, sale):  # type: ignore[no-untyped-def]
    printer = LoopbackPrinter(port=port)
    try:
        now.offset += timedelta(minutes=5)
        assert queue.process_due() >= 1
        for record in printer.connections:
            assert record.closed.wait(10)
        texts = ["".join(t.text for t in tokenize(job) if t.name == "text")
                 for job in printer.jobs()]  # fmt: skip
        assert any(sale.receipt_no in text for text in texts)
        assert receipt_job(outlet).status == "done"
        assert queue.status.state == "ok" and queue.status.queue_depth == 0
    finally:
        printer.close()


def test_a_printer_that_is_off_keeps_the_job_queued_and_prints_when_switched_on(outlet):
    port = refused_port()
    use_printer(outlet, port)
    sale = cash_sale(outlet)
    jobs.queue_after_sale(outlet.ledger, sale)
    now = Clock()
    queue = PrintQueue(outlet.ledger, now=now)

    assert queue.process_due() == 0

    assert sales.get_sale(outlet.ledger, sale.receipt_no).total_paise == 7100
    job = receipt_job(outlet)
    assert job.status == "queued"
    assert queue.status.state == "off"
    assert "off or not connected" in queue.status.message
    assert queue.status.queue_depth == 2
    assert queue.process_due() == 0  # backoff: not tried again at once
    problems = jobs.problem_jobs(outlet.ledger)
    assert {j.kind for j in problems} == {"receipt", "drawer"}
    assert all("off or not connected" in (j.last_error or "") for j in problems)
    prints_when_back(outlet, queue, now, port, sale)


def test_a_silent_printer_times_out_and_the_job_waits(outlet):
    silent = LoopbackPrinter(mode="silent")
    port = silent.port
    use_printer(outlet, port)
    sale = cash_sale(outlet)
    jobs.queue_after_sale(outlet.ledger, sale)
    now = Clock()
    queue = PrintQueue(outlet.ledger, now=now)
    try:
        assert queue.process_due() == 0
        assert silent.connected.is_set()
    finally:
        silent.close()
    assert queue.status.state == "timeout"
    assert "does not answer" in (receipt_job(outlet).last_error or "") or \
        "does not answer" in queue.status.message  # fmt: skip
    assert receipt_job(outlet).status == "queued"
    prints_when_back(outlet, queue, now, port, sale)


def test_a_printer_that_drops_the_connection_mid_job_gets_the_whole_job_again(outlet):
    dropping = LoopbackPrinter(mode="drop", drop_after=3000)
    port = dropping.port
    use_printer(outlet, port)
    sale = cash_sale(outlet)
    jobs.queue_after_sale(outlet.ledger, sale)
    now = Clock()
    queue = PrintQueue(outlet.ledger, now=now)
    try:
        queue.process_due()
    finally:
        dropping.close()
    job = receipt_job(outlet)
    assert job.status == "queued" and job.attempts == 1
    assert queue.status.state in ("dropped", "off")
    prints_when_back(outlet, queue, now, port, sale)


def test_a_printer_out_of_paper_gets_nothing_and_says_so(outlet):
    empty = LoopbackPrinter(mode="paper")
    use_printer(outlet, empty.port)
    sale = cash_sale(outlet)
    jobs.queue_receipt(outlet.ledger, sale.receipt_no)
    queue = PrintQueue(outlet.ledger)
    try:
        assert queue.process_due() == 0
        assert empty.connections[0].closed.wait(10)
    finally:
        empty.close()
    assert queue.status.state == "paper" and "out of paper" in queue.status.message
    assert bytes(empty.connections[0].data) == b"\x10\x04\x04"  # asked, sent nothing
    assert receipt_job(outlet).status == "queued"


def test_a_drawer_kick_not_delivered_within_two_minutes_is_dropped_not_fired_later(outlet):
    use_printer(outlet, refused_port())
    jobs.queue_drawer(outlet.ledger, "cash G01A-TEST")
    now = Clock()
    queue = PrintQueue(outlet.ledger, now=now)
    queue.process_due()
    now.offset += timedelta(minutes=3)
    queue.process_due()
    drawer = jobs.list_jobs(outlet.ledger)[0]
    assert drawer.status == "failed" and "expired" in (drawer.last_error or "")


def test_the_background_service_prints_after_the_sale_and_reports_its_state(outlet):
    port = refused_port()
    use_printer(outlet, port)
    seen: list[PrinterStatus] = []
    service = PrintService(outlet.ledger.path, on_status=seen.append)
    service.start()
    printer = None
    try:
        sale = cash_sale(outlet)
        jobs.queue_after_sale(outlet.ledger, sale)
        service.wake()
        assert service.wait_for(lambda s: s.state == "off" and s.queue_depth == 2, 20)
        assert sales.get_sale(outlet.ledger, sale.receipt_no).receipt_no == sale.receipt_no

        printer = LoopbackPrinter(port=port)
        service.retry_now()
        assert service.wait_for(lambda s: s.state == "ok" and s.queue_depth == 0, 20)
    finally:
        service.stop()
        if printer is not None:
            printer.close()
    assert [s.state for s in seen][-1] == "ok"
    assert "off" in [s.state for s in seen]
    assert print_q.queue_depth(outlet.ledger.db) == 0
    assert any(sale.receipt_no.encode() in job for job in printer.jobs())


@pytest.mark.parametrize("pin", ["5", "none"])
def test_the_drawer_pin_setting_is_used_or_no_kick_is_sent(outlet, pin):
    printer = LoopbackPrinter()
    put_printer_settings(outlet.ledger, {"printer_uri": printer.uri, "printer_drawer_pin": pin})
    jobs.queue_drawer(outlet.ledger, "no-sale approved by Meena")
    PrintQueue(outlet.ledger).process_due()
    for record in printer.connections:
        assert record.closed.wait(10)
    printer.close()
    if pin == "none":
        assert printer.jobs() == []
        assert "no cash drawer" in (jobs.list_jobs(outlet.ledger)[0].last_error or "")
    else:
        assert [(t.name, t.value) for t in tokenize(printer.jobs()[0])] == [
            ("init", 0),
            ("drawer", 5),
        ]


def test_with_nothing_to_print_the_service_still_tells_when_the_printer_goes_off(outlet):
    printer = LoopbackPrinter()
    port = printer.port
    use_printer(outlet, port)
    service = PrintService(outlet.ledger.path)
    service.start()
    try:
        assert service.wait_for(lambda s: s.state == "ok", 20)
        printer.close()
        service.wake()
        assert service.wait_for(lambda s: s.state == "off", 20)
        assert "off or not connected" in service.status().message
        assert service.status().queue_depth == 0
    finally:
        service.stop()
    assert jobs.list_jobs(outlet.ledger) == []  # a probe is not a print job
