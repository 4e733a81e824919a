"""`pos ledger verify`: a whole ledger passes; a row or event edited or deleted by hand is named."""

from __future__ import annotations

import sqlite3

import pytest

from pos.products import catalog
from pos.selling import sales
from tests.conftest import run_pos


@pytest.fixture
def sold(outlet):
    ledger = outlet.ledger
    receipts = []
    for code, qty in (("MSK-GRN", 3), ("SOAP-NEEM", 1), ("SAN-100", 2)):
        line = sales.price_line(catalog.find_item(ledger, code), qty, doc_mode="tax_invoice")
        sale = sales.complete_sale(ledger, [line], [sales.Tender("cash", 20000)], outlet.cashier)
        receipts.append(sale.receipt_no)
    sales.return_sale(
        ledger,
        receipts[0],
        [sales.ReturnLine(1, 1)],
        cashier=outlet.cashier,
        approver=outlet.manager,
    )
    outlet.ledger.close()
    return outlet, receipts


def tamper(path, *statements: str) -> None:
    """What someone with the file and the sqlite3 shell could do: drop the guards, edit."""
    conn = sqlite3.connect(path)
    triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in triggers:
        if name.endswith(("_no_update", "_no_delete")):
            conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_untouched_ledger_verifies(sold) -> None:
    outlet, _ = sold
    result = run_pos(outlet.data_dir, "ledger", "verify", "--json")
    assert result.code == 0, result.stdout + result.stderr
    report = result.json()
    assert report["ok"] and report["sales"] == 4 and report["problems"] == []


def test_editing_a_sale_total_by_hand_fails_verify_and_names_the_receipt(sold) -> None:
    outlet, receipts = sold
    tamper(
        outlet.ledger.path, f"UPDATE sales SET total_paise = 100 WHERE receipt_no = '{receipts[1]}'"
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert f"sale {receipts[1]}" in result.stdout
    assert "total_paise" in result.stdout


def test_editing_a_line_quantity_by_hand_fails_verify(sold) -> None:
    outlet, receipts = sold
    tamper(
        outlet.ledger.path,
        f"UPDATE sale_lines SET qty = 1 WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = '{receipts[0]}')",
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert (
        f"sale {receipts[0]} line 1" in result.stdout or f"{receipts[0]}: differs" in result.stdout
    )


def test_deleting_a_sale_row_by_hand_fails_verify_and_names_it(sold) -> None:
    outlet, receipts = sold
    tamper(
        outlet.ledger.path,
        f"DELETE FROM payments WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = '{receipts[2]}')",
        f"DELETE FROM line_allocations WHERE sale_line_id IN (SELECT l.id FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.receipt_no = '{receipts[2]}')",
        f"DELETE FROM stock_moves WHERE sale_line_id IN (SELECT l.id FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.receipt_no = '{receipts[2]}')",
        f"DELETE FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = '{receipts[2]}')",
        f"DELETE FROM sales WHERE receipt_no = '{receipts[2]}'",
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert (
        f"sale_completed {receipts[2]}" in result.stdout and "sale row is missing" in result.stdout
    )


def test_editing_an_event_body_breaks_the_hash(sold) -> None:
    outlet, _ = sold
    tamper(
        outlet.ledger.path,
        "UPDATE events SET body = replace(body, '\"qty\":3', '\"qty\":2') WHERE seq = 4",
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert "event 4" in result.stdout and "hash is wrong" in result.stdout


def test_deleting_an_event_breaks_the_sequence_and_the_chain(sold) -> None:
    outlet, _ = sold
    tamper(
        outlet.ledger.path, "DELETE FROM outbox WHERE seq = 3", "DELETE FROM events WHERE seq = 3"
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert "event 3 is missing" in result.stdout
    assert "does not chain" in result.stdout


def test_rehashing_an_edited_event_is_still_caught_by_the_rows_and_the_chain(sold) -> None:
    """Recomputing one event's hash hides the edit from that event but not from the next."""
    import hashlib

    outlet, receipts = sold
    conn = sqlite3.connect(outlet.ledger.path)
    body = conn.execute("SELECT body FROM events WHERE seq = 4").fetchone()[0]
    conn.close()
    forged = body.replace('"qty":3', '"qty":2')
    digest = hashlib.sha256(forged.encode()).hexdigest()
    tamper(
        outlet.ledger.path, f"UPDATE events SET body = '{forged}', hash = '{digest}' WHERE seq = 4"
    )
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert "event 5" in result.stdout and "does not chain" in result.stdout
    assert receipts[0] in result.stdout


def test_a_settlement_summary_edited_by_hand_fails_verify(sold) -> None:
    outlet, _ = sold
    tamper(outlet.ledger.path, "UPDATE shg_sales_day SET qty = qty + 5 WHERE kind = 'sale'")
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert "shg_sales_day" in result.stdout and "does not match the stock moves" in result.stdout


def test_a_gst_day_total_edited_by_hand_fails_verify(sold) -> None:
    outlet, _ = sold
    assert run_pos(outlet.data_dir, "ledger", "verify").code == 0
    tamper(outlet.ledger.path, "UPDATE gst_hsn_day SET taxable_paise = taxable_paise - 100")
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1
    assert "gst_hsn_day" in result.stdout and "does not match the sale lines" in result.stdout
