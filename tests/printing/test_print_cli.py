"""`pos print ...` through the real CLI in a child process, against a loopback printer."""

from __future__ import annotations

from pos.printing.render.decode import tokenize
from pos.products import catalog
from pos.selling import sales
from tests.support.print_fakes import ARTIFACTS, LoopbackPrinter, refused_port, zbar


def text_of(job: bytes) -> str:
    return "".join(t.text for t in tokenize(job) if t.name == "text")


def test_the_test_page_prints_on_the_printer_given_on_the_command_line(outlet, pos_cli):
    outlet.ledger.close()
    printer = LoopbackPrinter()
    try:
        result = pos_cli(outlet.data_dir, "print", "test", "--printer", printer.uri, "--json")
        assert printer.connections[0].closed.wait(10)
    finally:
        printer.close()
    assert result.code == 0, result.stderr
    assert result.json()["printed"] is True
    tokens = tokenize(printer.jobs()[0])
    assert "SARV POS TEST PAGE" in text_of(printer.jobs()[0])
    assert any(t.name == "raster" for t in tokens) and tokens[-1].name == "cut"


def test_a_reprint_from_the_command_line_says_duplicate(outlet, pos_cli):
    item = catalog.find_item(outlet.ledger, "MSK-GRN")
    sale = sales.complete_sale(
        outlet.ledger, [sales.price_line(item, 2, doc_mode="tax_invoice")],
        [sales.Tender("cash", 2000)], outlet.cashier,
    )  # fmt: skip
    outlet.ledger.close()
    printer = LoopbackPrinter()
    try:
        assert (
            pos_cli(
                outlet.data_dir, "print", "setup", "--uri", printer.uri, "--approver", "Meena"
            ).code
            == 0
        )
        result = pos_cli(outlet.data_dir, "print", "receipt", sale.receipt_no.lower())
        assert printer.connections[0].closed.wait(10)
    finally:
        printer.close()
    assert result.code == 0, result.stderr
    assert "DUPLICATE" in text_of(printer.jobs()[0])
    assert sale.receipt_no in text_of(printer.jobs()[0])


def test_a_job_for_a_printer_that_is_off_stays_queued_until_retry(outlet, pos_cli):
    outlet.ledger.close()
    port = refused_port()
    uri = f"tcp://127.0.0.1:{port}"
    assert (
        pos_cli(
            outlet.data_dir, "print", "setup", "--uri", uri, "--timeout", "2", "--approver", "Meena"
        ).code
        == 0
    )

    refused = pos_cli(outlet.data_dir, "print", "test")
    assert refused.code == 1
    assert "off or not connected" in refused.stdout and "stays queued" in refused.stdout
    queued = pos_cli(outlet.data_dir, "print", "queue", "--json").json()["jobs"]
    assert [(j["kind"], j["status"], j["attempts"]) for j in queued] == [("document", "queued", 1)]

    printer = LoopbackPrinter(port=port)
    try:
        retried = pos_cli(outlet.data_dir, "print", "retry", "--json")
        assert printer.connections[0].closed.wait(10)
    finally:
        printer.close()
    assert retried.code == 0 and retried.json() == {"printed": 1, "queued": 0, "status": "ok"}
    assert "SARV POS TEST PAGE" in text_of(printer.jobs()[0])


def test_printer_settings_are_checked_and_kept(outlet, pos_cli):
    outlet.ledger.close()
    bad = pos_cli(outlet.data_dir, "print", "setup", "--uri", "lpt://1", "--approver", "Meena")
    assert bad.code == 1 and "unknown printer type" in bad.stderr
    done = pos_cli(outlet.data_dir, "print", "setup", "--approver", "Meena", "--width", "384", "--drawer-pin", "5",
                   "--cutter", "no", "--upi-qr", "always", "--json")  # fmt: skip
    assert done.code == 0
    settings = pos_cli(outlet.data_dir, "print", "setup", "--json").json()["settings"]
    assert settings["printer_width_dots"] == "384" and settings["printer_drawer_pin"] == "5"
    assert settings["printer_cutter"] == "no" and settings["print_upi_qr"] == "always"


def test_labels_render_to_a_png_that_scans(outlet, pos_cli):
    outlet.ledger.close()
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "cli_label.png"
    result = pos_cli(outlet.data_dir, "print", "labels", "SAN-100", "--png", str(png))
    assert result.code == 0, result.stderr
    assert zbar(png) == ["2000000000039"]


def test_changing_the_printer_needs_a_manager(outlet, pos_cli):
    outlet.ledger.close()
    refused = pos_cli(outlet.data_dir, "print", "setup", "--width", "384")
    assert refused.code == 1 and "manager" in refused.stderr
    settings = pos_cli(outlet.data_dir, "print", "setup", "--json").json()["settings"]
    assert settings["printer_width_dots"] == "576"


def test_a_cli_sale_prints_its_receipt_and_a_dead_printer_only_queues_it(outlet, pos_cli):
    outlet.ledger.close()
    printer = LoopbackPrinter()
    try:
        assert (
            pos_cli(
                outlet.data_dir, "print", "setup", "--uri", printer.uri, "--approver", "Meena"
            ).code
            == 0
        )
        sold = pos_cli(outlet.data_dir, "sale", "--item", "MSK-GRNx2", "--pay", "cash=20", "--json")
        assert sold.code == 0, sold.stderr
        assert printer.connected.wait(10)
    finally:
        printer.close()
    assert sold.json()["receipt_no"].encode() in b"".join(printer.jobs())
    dead = f"tcp://127.0.0.1:{refused_port()}"
    assert (
        pos_cli(outlet.data_dir, "print", "setup", "--uri", dead, "--approver", "Meena").code == 0
    )
    again = pos_cli(outlet.data_dir, "sale", "--item", "MSK-GRN", "--pay", "upi=10")
    assert again.code == 0 and "saved but not printed" in again.stderr
    queued = pos_cli(outlet.data_dir, "print", "queue", "--json").json()["jobs"]
    assert any(j["status"] == "queued" for j in queued)
