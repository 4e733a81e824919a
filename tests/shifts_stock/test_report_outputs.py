"""`pos report z|x|shg|sales --pdf FILE --print`: the same figures on paper and in a PDF."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import run_pos
from tests.support.print_fakes import LoopbackPrinter

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "pdf"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def a_day(outlet) -> str:
    data = outlet.data_dir
    assert (
        run_pos(
            data,
            "stock",
            "intake",
            "--shg",
            "SHG-LAX",
            "--item",
            "MSK-GRN",
            "--qty",
            "50",
            "--shg-price",
            "8",
        ).code
        == 0
    )
    sold = run_pos(
        data, "sale", "--item", "MSK-GRNx4", "--item", "SAN-100", "--pay", "cash=100", "--json"
    )
    assert sold.code == 0, sold.stderr
    assert (
        run_pos(
            data, "return", sold.json()["receipt_no"], "--line", "1=1", "--approver", "Meena"
        ).code
        == 0
    )
    # drawer: float 1000 + 89 - 10 = 1079
    closed = run_pos(
        data,
        "shift",
        "close",
        "--count",
        "500=2",
        "--count",
        "50=1",
        "--count",
        "20=1",
        "--count",
        "5=1",
        "--count",
        "2=2",
        "--json",
    )
    assert closed.code == 0, closed.stderr
    return sold.json()["receipt_no"]


def test_the_z_report_goes_to_a_pdf_and_to_the_printer(outlet) -> None:
    outlet.ledger.close()
    a_day(outlet)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / "cli-z-report.pdf"
    printer = LoopbackPrinter()
    try:
        result = run_pos(
            outlet.data_dir, "report", "z", "--pdf", str(pdf), "--print", "--printer", printer.uri
        )
        assert result.code == 0, result.stdout + result.stderr
        assert printer.connected.wait(10)
        received = b"".join(printer.jobs())
    finally:
        printer.close()
    text = pdf_text(pdf)
    assert "Z REPORT" in text and "Z number" in text
    assert "1079.00" in text  # expected and counted cash
    assert "89.00" in text and "10.00" in text  # sales net of change, the refund
    assert received.startswith(b"\x1b@") and b"Z number" not in received  # not English alone:
    assert b"\x1dv0" in received  # its labels in both languages, drawn as rasters (GS v 0)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / "cli-z-report")], check=True
    )


def test_the_sales_and_shg_reports_write_pdfs_with_their_figures(outlet) -> None:
    outlet.ledger.close()
    a_day(outlet)
    today = date.today().isoformat()
    sales_pdf = ARTIFACTS / "cli-sales.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    result = run_pos(
        outlet.data_dir, "report", "sales", "--from", today, "--to", today, "--pdf", str(sales_pdf)
    )
    assert result.code == 0, result.stderr
    text = pdf_text(sales_pdf)
    assert "SALES REPORT" in text and today in text and "79.00" in text  # 89 sold - 10 back
    shg_pdf = ARTIFACTS / "cli-shg.pdf"
    week = (date.today() - timedelta(days=6)).isoformat()
    result = run_pos(
        outlet.data_dir, "report", "shg", "--from", week, "--to", today, "--pdf", str(shg_pdf)
    )
    assert result.code == 0, result.stderr
    text = pdf_text(shg_pdf)
    assert "SHG SETTLEMENT STATEMENT" in text and "SHG-LAX" in text
    assert "Received" in text and "50" in text


def test_a_printer_that_is_off_leaves_the_report_job_queued(outlet) -> None:
    from tests.support.print_fakes import refused_port

    outlet.ledger.close()
    a_day(outlet)
    result = run_pos(
        outlet.data_dir, "report", "z", "--print", "--printer", f"tcp://127.0.0.1:{refused_port()}"
    )
    assert result.code == 1 and "stays queued" in result.stdout
    queue = run_pos(outlet.data_dir, "print", "queue", "--json").json()
    assert any(j["status"] == "queued" for j in queue["jobs"])
