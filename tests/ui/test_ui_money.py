"""The counter and money: a drawer too short for a cash refund, the blind X (pytest-qt)."""

from __future__ import annotations

from conftest import MANAGER_PIN
from PySide6.QtCore import Qt

from pos.products import catalog
from pos.selling import sales
from tests.ui.test_ui_counter import at_sale, finish, open_window, settle


def test_the_return_dialog_shows_a_drawer_too_short_and_switches_the_refund_to_upi(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    item = catalog.find_item(outlet.ledger, "SAN-100")
    line = sales.price_line(item, 30, doc_mode=outlet.ledger.outlet.doc_mode)
    sale = sales.complete_sale(
        outlet.ledger, [line], [sales.Tender("upi", 147_000, "UTR1")], outlet.cashier
    )
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: window.dialog is not None)
        returns = window.dialog
        returns.receipt.setText(sale.receipt_no)
        returns.load()
        returns.return_qty(0, 30)
        returns.approval.choose("Meena", MANAGER_PIN)
        assert returns.refund.currentData() == "cash"
        returns.submit()
        settle(qtbot, window)
        assert returns.message.text() == (
            "a cash refund of ₹1,470.00 is more than the drawer holds (₹1,000.00): "
            "refund by UPI instead"
        )
        assert returns.refund.currentData() == "upi"
        assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 30}
        returns.approval.choose("Meena", MANAGER_PIN)  # the PIN is asked again for each try
        returns.submit()
        settle(qtbot, window)
        assert window.dialog is None, returns.message.text()
        assert sales.returnable(outlet.ledger, sale.receipt_no) == {1: 0}
    finally:
        finish(qtbot, window)


def test_the_counters_x_report_is_blind_unless_a_manager_asks(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        got: list = []
        window.ops.x_report(got.append, got.append)
        qtbot.waitUntil(lambda: len(got) == 1)
        window.ops.x_report(got.append, got.append, manager=outlet.manager)
        qtbot.waitUntil(lambda: len(got) == 2)
        assert (got[0].blind, got[0].expected_paise) == (True, None)
        assert (got[1].blind, got[1].expected_paise) == (False, 100_000)
    finally:
        finish(qtbot, window)


def test_the_wizards_document_follows_the_gstin_and_a_wrong_check_character_is_refused(
    qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pos.settings import Settings
    from tests.ui.test_ui_first_run import fill, open_wizard, wait_finished

    wizard = open_wizard(qtbot, tmp_path / "till")
    qtbot.mouseClick(wizard.standalone_button, Qt.MouseButton.LeftButton)
    assert wizard.doc_mode.currentData() == "cash_memo"
    fill(qtbot, wizard)
    qtbot.keyClicks(wizard.gstin, "10AABCU9603R1ZM")
    assert wizard.doc_mode.currentData() == "tax_invoice"
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is None
    assert "the check character (the last) is M but should be 2" in wizard.message.text()
    assert not Settings(tmp_path / "till").ledger_path.exists()
    wizard.gstin.clear()
    assert wizard.doc_mode.currentData() == "cash_memo"
