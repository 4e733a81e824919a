"""The X report is blind until the count: the expected cash only for a manager with a PIN.
Real ledger files, the real `pos` CLI, the PDF read back with pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from pos.errors import NotAllowed
from pos.products import catalog
from pos.reporting import reports
from pos.selling import sales, shifts
from tests.conftest import CASHIER_PIN, run_pos


def cash_sale(outlet) -> sales.SaleRecord:
    line = sales.price_line(catalog.find_item(outlet.ledger, "SAN-100"), 2, doc_mode="tax_invoice")
    return sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 9800)], outlet.cashier)


def test_the_x_report_hides_the_expected_cash_and_cash_takings_until_the_count(outlet) -> None:
    cash_sale(outlet)
    blind = reports.x_report(outlet.ledger)
    assert blind.blind and blind.expected_paise is None and blind.cash is None
    assert [t.method for t in blind.tenders] == ["upi", "card"]
    assert blind.sales_total_paise == 9800  # the takings by tender stay, less the drawer's
    seen = reports.x_report(outlet.ledger, manager=outlet.manager)
    assert not seen.blind and seen.expected_paise == 100_000 + 9800
    with pytest.raises(NotAllowed, match="only a manager sees the expected cash"):
        reports.x_report(outlet.ledger, manager=outlet.cashier)


def test_after_the_count_the_z_shows_the_expected_cash_to_anyone(outlet) -> None:
    cash_sale(outlet)
    shift = shifts.close_shift(outlet.ledger, {50000: 2, 5000: 1, 2000: 2, 500: 1, 200: 1, 100: 1},
                               user=outlet.cashier)  # fmt: skip
    z = reports.x_report(outlet.ledger, shift.id)
    assert (z.report, z.blind, z.expected_paise, z.variance_paise) == ("Z", False, 109_800, 0)


def test_pos_report_x_shows_the_expected_cash_only_with_a_managers_pin(outlet, tmp_path) -> None:
    cash_sale(outlet)
    data = outlet.data_dir
    plain = run_pos(data, "report", "x")
    assert plain.code == 0, plain.stderr
    assert "expected ₹" not in plain.stdout and "₹1,098.00" not in plain.stdout
    assert "blind count" in plain.stdout
    as_json = run_pos(data, "report", "x", "--json").json()
    assert (as_json["blind"], as_json["expected_paise"], as_json["cash"]) == (True, None, None)
    manager = run_pos(data, "report", "x", "--approver", "Meena")
    assert manager.code == 0 and "expected ₹1,098.00" in manager.stdout
    cashier = run_pos(data, "report", "x", "--approver", "Ravi",
                      env={"POS_APPROVER_PIN": CASHIER_PIN})  # fmt: skip
    assert cashier.code == 1 and "needs a manager's approval" in cashier.stderr
    wrong = run_pos(data, "report", "x", "--approver", "Meena", env={"POS_APPROVER_PIN": "0000"})
    assert wrong.code == 1 and "wrong PIN" in wrong.stderr
    pdf = tmp_path / "x.pdf"
    assert run_pos(data, "report", "x", "--pdf", str(pdf)).code == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "X REPORT" in text and "Expected cash" not in text
