"""Bad input at the `pos` command line: a clear message, exit 1 (2 for usage), nothing written."""

from __future__ import annotations

import pytest

from tests.conftest import run_pos


def ledger_size(outlet) -> tuple[int, int]:
    db = outlet.ledger.db
    return (
        db.execute("SELECT count(*) FROM events").fetchone()[0],
        db.execute("SELECT count(*) FROM sales").fetchone()[0],
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["sale", "--item", "NO-SUCH", "--pay", "cash=10"],
            "no product with SKU or barcode 'NO-SUCH'",
        ),
        (["sale", "--item", "1234567890128", "--pay", "cash=10"], "no product with SKU or barcode"),
        (["sale", "--item", "MSK-GRNx0", "--pay", "cash=10"], "quantity must be at least 1"),
        (["sale", "--item", "MSK-GRNx-3", "--pay", "cash=10"], "quantity must be at least 1"),
        (["sale", "--item", "MSK-GRNx99999999", "--pay", "cash=10"], "too large"),
        (["sale", "--item", "SOAP-NEEMx2", "--pay", "cash=70"], "below the total ₹71.00"),
        (["sale", "--item", "SOAP-NEEM", "--pay", "cash=-5"], "cannot be negative"),
        (["sale", "--item", "SOAP-NEEM", "--pay", "cheque=50"], "not a payment"),
        (
            [
                "sale",
                "--item",
                "SAN-100",
                "--price",
                "1=60",
                "--approver",
                "Meena",
                "--pay",
                "cash=60",
            ],
            "above the MRP",
        ),
        (
            ["sale", "--item", "SAN-100", "--discount", "1=5", "--pay", "cash=60"],
            "manager's approval",
        ),
        (["return", "G01A-2627-999999", "--approver", "Meena"], "no receipt"),
    ],
)
def test_bad_sale_input_is_refused_with_a_message_and_nothing_written(
    outlet, args, message
) -> None:
    before = ledger_size(outlet)
    result = run_pos(outlet.data_dir, *args)
    assert result.code == 1, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert ledger_size(outlet) == before


def test_returning_more_than_was_sold_is_refused_at_the_cli(outlet) -> None:
    sold = run_pos(outlet.data_dir, "sale", "--item", "MSK-GRNx2", "--pay", "cash=20", "--json")
    assert sold.code == 0, sold.stderr
    receipt = sold.json()["receipt_no"]
    before = ledger_size(outlet)
    result = run_pos(outlet.data_dir, "return", receipt, "--line", "1=3", "--approver", "Meena")
    assert result.code == 1 and "only 2 of 2 sold remain returnable" in result.stderr
    assert ledger_size(outlet) == before
    ok = run_pos(
        outlet.data_dir, "return", receipt, "--line", "1=2", "--approver", "Meena", "--json"
    )
    assert ok.code == 0 and ok.json()["total_paise"] == 2000


def test_usage_errors_exit_2_and_a_missing_ledger_exits_1(tmp_path) -> None:
    assert run_pos(tmp_path, "sale").code == 2
    missing = run_pos(tmp_path / "nowhere", "ledger", "verify")
    assert missing.code == 1 and "pos init" in missing.stderr


def test_init_refuses_a_tax_invoice_outlet_without_gstin(tmp_path) -> None:
    result = run_pos(
        tmp_path / "new",
        "init",
        "--code",
        "P07",
        "--name",
        "Patna centre",
        "--doc-mode",
        "tax_invoice",
        "--manager",
        "Asha",
    )
    assert result.code == 1 and "GSTIN" in result.stderr
    assert not (tmp_path / "new" / "ledger.sqlite").exists()
    made = run_pos(
        tmp_path / "new",
        "init",
        "--code",
        "P07",
        "--name",
        "Patna centre",
        "--manager",
        "Asha",
        "--json",
    )
    assert made.code == 0, made.stderr
    assert made.json()["short_code"] == "P07A"
