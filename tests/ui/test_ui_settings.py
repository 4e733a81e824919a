"""The outlet's one settings screen (the back office's Settings area, which the counter's
Settings entry opens behind a manager's own PIN) and restoring a backup from the app
(pytest-qt, offscreen, real ledger files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MANAGER_PIN
from test_ui_counter import at_sale, finish, log_in, open_window, settle
from test_ui_printing import cash_sale

from pos.errors import InvalidInput, NotAllowed, NotFound
from pos.outlet import config, setup
from pos.records import backup
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.ui.backoffice import OpenBackOfficeDialog
from pos.ui.backoffice.outlet import OutletPage
from pos.ui.backoffice.settings import SettingsPage
from pos.ui.shell.main_window import MainWindow


def as_manager(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, "Meena", MANAGER_PIN)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale_page)


def idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.ops.runner.pending == 0 and window.ops.long_runner.pending == 0,
                    timeout=10_000)  # fmt: skip


def pin_dialog(qtbot, window: MainWindow) -> OpenBackOfficeDialog:  # type: ignore[no-untyped-def]
    window.settings_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, OpenBackOfficeDialog))
    return window.dialog  # type: ignore[return-value]


def settings_screen(qtbot, window: MainWindow, pin: str = MANAGER_PIN) -> SettingsPage:  # type: ignore[no-untyped-def]
    """The counter's Settings entry, the manager's own PIN, then the back office's Settings."""
    dialog = pin_dialog(qtbot, window)
    assert dialog.approval.pin.text() == ""  # asked every time
    dialog.approval.choose("Meena", pin)
    dialog.submit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.back_office is not None)
    page = window.back_office.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    idle(qtbot, window)
    return page


def test_the_counters_settings_open_only_with_a_managers_pin_even_in_a_cashiers_shift(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)  # Ravi's shift: the manager steps in to fix the printer
        dialog = pin_dialog(qtbot, window)
        dialog.approval.choose("Meena", "0000")
        dialog.submit()
        settle(qtbot, window)
        assert window.back_office is None and "wrong PIN" in dialog.message.text()
        dialog.reject()
        settle(qtbot, window)
        page = settings_screen(qtbot, window)
        page.fields["printer_uri"].setText("tcp://10.0.0.9:9100")
        page.save()
        idle(qtbot, window)
        assert "Settings saved" in page.message.text()
        assert config.get(outlet.ledger, "printer_uri") == "tcp://10.0.0.9:9100"
        assert window.user.name == "Ravi" and window.ops.current_shift() is not None
        (body,) = outlet.ledger.db.execute(
            "SELECT body FROM events WHERE kind = 'settings_changed'"
        ).fetchone()
        data = json.loads(body)["data"]
        assert data["by"] == "Meena" and data["approver_id"] == outlet.manager.id
        assert data["settings"] == {"printer_uri": "tcp://10.0.0.9:9100"}
        window.back_office.back()
        assert window.stack.currentWidget() is window.sale_page
        settings_screen(qtbot, window)  # the next time: the PIN is asked again
        window.back_office.back()
    finally:
        finish(qtbot, window)


def test_a_manager_who_escapes_the_shift_opening_leaves_nothing_protected_on_the_login_screen(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from conftest import make_outlet
    from PySide6.QtCore import Qt

    made = make_outlet(tmp_path / "outlet", open_shift=False)
    window = open_window(qtbot, made.settings)
    try:
        log_in(qtbot, window, "Meena", MANAGER_PIN)
        qtbot.waitUntil(lambda: window.dialog is not None)
        qtbot.keyClick(window.dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.dialog is None)
        assert window.stack.currentWidget() is window.login_page
        assert window.user is None and "Meena" not in window.cashier_label.text()
        qtbot.keyClick(
            window.login_page.pin,
            Qt.Key.Key_O,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        window.open_settings()
        assert window.dialog is None and not window.settings_button.isEnabled()
    finally:
        finish(qtbot, window)
        made.ledger.close()


def test_every_setting_is_on_the_one_screen_and_a_bad_value_changes_nothing(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        as_manager(qtbot, window)
        page = settings_screen(qtbot, window)
        assert set(page.fields) == {s.key for s in config.SETTINGS if not s.secret}
        assert not page.server_url.isEnabled()  # not enrolled: no district address to edit
        width = page.fields["printer_width_dots"]
        assert [width.itemData(i) for i in range(width.count())] == ["576", "384"]  # a list
        assert [width.itemText(i) for i in range(width.count())] == ["80 mm", "58 mm"]
        names = {key: page.form.labelForField(page.form.boxes[field]).text()
                 for key, field in page.fields.items() if field in page.form.boxes}  # fmt: skip
        assert (names["printer_width_dots"], names["printer_drawer_pin"],
                names["variance_threshold_paise"]) == (
            "Paper width", "Cash drawer pin", "Cash difference that needs a manager (₹)")  # fmt: skip
        page.fields["printer_timeout_s"].setText("99")
        page.save()
        assert "1 to 30" in page.form.error_text(page.fields["printer_timeout_s"])
        page.fields["printer_timeout_s"].setText("4")
        page.fields["scale_barcode"].setText("XYZ")  # the stored pattern refuses it
        page.save()
        idle(qtbot, window)
        assert "scale_barcode" in page.form.error_text(page.fields["scale_barcode"])
        assert config.get(outlet.ledger, "printer_width_dots") == "576"
        page.fields["scale_barcode"].setText("")
        width.setCurrentIndex(width.findData("384"))
        page.fields["customer_display"].setCurrentIndex(
            page.fields["customer_display"].findData("on"))  # fmt: skip
        page.save()
        idle(qtbot, window)
        assert config.get(outlet.ledger, "printer_width_dots") == "384"
        assert window.customer_display is not None  # the counter follows at once
        page.fields["customer_display"].setCurrentIndex(
            page.fields["customer_display"].findData("off"))  # fmt: skip
        page.save()
        idle(qtbot, window)
        assert window.customer_display is None
    finally:
        finish(qtbot, window)


def test_the_outlet_details_the_old_settings_dialog_held_are_saved_in_the_outlet_area(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        as_manager(qtbot, window)
        settings_screen(qtbot, window)
        details = window.back_office.open_area(OutletPage)
        idle(qtbot, window)
        details.fields["upi_vpa"].setText("newcentre@sbi")
        details.fields["gstin"].setText("NOT-A-GSTIN")
        details.save()
        idle(qtbot, window)
        assert "GSTIN" in details.form.error_text(details.fields["gstin"])
        assert window.ops.reader.outlet.upi_vpa != "newcentre@sbi"  # nothing written
        details.fields["gstin"].setText("")
        details.doc_mode.setCurrentIndex(details.doc_mode.findData("cash_memo"))
        details.fields["name_en"].setText("Gwalior Haat")
        details.save()
        idle(qtbot, window)
        assert "Gwalior Haat" in window.windowTitle()
        ledger = open_ledger(outlet.settings, readonly=True)
        try:
            now = ledger.outlet
            assert (now.name_en, now.doc_mode, now.gstin, now.upi_vpa) == (
                "Gwalior Haat", "cash_memo", None, "newcentre@sbi")  # fmt: skip
        finally:
            ledger.close()
    finally:
        finish(qtbot, window)


def test_outlet_details_are_changed_only_by_a_manager_and_validated_like_set_up(outlet) -> None:  # type: ignore[no-untyped-def]
    kwargs = dict(name_en="X", name_hi="", doc_mode="tax_invoice", gstin=None, upi_vpa=None)
    with pytest.raises(NotAllowed):
        setup.update_outlet_details(outlet.ledger, user=outlet.cashier, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="GSTIN"):
        setup.update_outlet_details(outlet.ledger, user=outlet.manager, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="UPI"):
        setup.update_outlet_details(outlet.ledger, user=outlet.manager, name_en="X", name_hi="",
                                    doc_mode="cash_memo", gstin=None, upi_vpa="no at sign")  # fmt: skip
    setup.update_outlet_details(outlet.ledger, user=outlet.manager, name_en="X", name_hi="",
                                doc_mode="cash_memo", gstin=None, upi_vpa="x@upi")  # fmt: skip
    assert outlet.ledger.outlet.doc_mode == "cash_memo"


def restore_from(qtbot, window: MainWindow, source: Path) -> list[MainWindow]:  # type: ignore[no-untyped-def]
    """The back office's Outlet area (behind the manager's PIN) restores ``source``."""
    reopened: list[MainWindow] = []
    window.reopen = lambda: reopened.append(window)
    settings_screen(qtbot, window)
    details = window.back_office.open_area(OutletPage)
    details.restore(source)  # back to the counter, which checks then reopens on it
    settle(qtbot, window)
    return reopened


def test_a_backup_is_restored_from_the_app_and_a_damaged_one_is_refused(
    qtbot, outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    reopened: list[MainWindow] = []
    try:
        at_sale(qtbot, window)
        first = cash_sale(qtbot, window)
        good = backup.backup_ledger(window.ops.reader, tmp_path / "usb")
        second = cash_sale(qtbot, window)
        damaged = tmp_path / "damaged.sqlite"
        data = bytearray(good.read_bytes())
        data[5000:9000] = b"\x42" * 4000
        damaged.write_bytes(bytes(data))
        log_in_manager = window.logout
        log_in_manager()
        as_manager(qtbot, window)

        reopened = restore_from(qtbot, window, damaged)
        assert reopened == [] and not window.ops.closed
        assert "integrity" in window.sale_page.message.text()
        assert window.ops.get_sale(second).receipt_no == second  # nothing was replaced

        reopened = restore_from(qtbot, window, good)
        assert reopened == [window] and window.ops.closed
        assert window.restored is not None and window.restored.exists()  # the old one, kept
    finally:
        if not reopened:
            finish(qtbot, window)
        else:
            window.close()
            window.ops.close()
    ledger = open_ledger(outlet.settings, readonly=True)
    try:
        assert sales.get_sale(ledger, first).receipt_no == first
        with pytest.raises(NotFound):
            sales.get_sale(ledger, second)
    finally:
        ledger.close()


def test_after_a_restore_the_app_reopens_the_counter_on_the_restored_ledger(
    qtbot, outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.shell import app

    window = app.show_counter(outlet.settings)
    qtbot.addWidget(window)
    fresh: MainWindow | None = None
    try:
        good = backup.backup_ledger(window.ops.reader, tmp_path / "usb")
        as_manager(qtbot, window)
        sold = cash_sale(qtbot, window)
        window.restore_backup(good)
        qtbot.waitUntil(lambda: len(app.OPEN_COUNTERS) == 1 and app.OPEN_COUNTERS[0] is not window,
                        timeout=15_000)  # fmt: skip
        fresh = app.OPEN_COUNTERS[0]
        qtbot.addWidget(fresh)
        assert fresh.isVisible() and not window.isVisible() and window.ops.closed
        assert fresh.stack.currentWidget() is fresh.login_page  # log in again
        with pytest.raises(NotFound):
            fresh.ops.get_sale(sold)  # the restored ledger, read by the new counter
        assert fresh.ops.last_receipt_no() is None
    finally:
        for counter in list(app.OPEN_COUNTERS):
            finish(qtbot, counter)
        app.OPEN_COUNTERS.clear()


def test_the_login_screen_speaks_the_outlets_display_language_until_someone_logs_in(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.language import i18n

    config.set_value(outlet.ledger, "display_language", "hi")
    window = open_window(qtbot, outlet.settings)
    try:
        assert i18n.current_language() == "hi"
        at_sale(qtbot, window)  # Ravi reads English screens
        assert i18n.current_language() == "en"
        window.logout()
        assert i18n.current_language() == "hi"
    finally:
        finish(qtbot, window)


def test_a_manager_points_an_enrolled_till_at_the_districts_new_address(outlet) -> None:
    ledger = outlet.ledger
    with pytest.raises(NotAllowed, match="not enrolled"):
        setup.update_server_address(ledger, user=outlet.manager, url="https://new.example.in")
    ledger.db.execute(
        "UPDATE device SET enrolled_at = '2026-01-01T00:00:00.000000Z',"
        " server_url = 'https://old.example.in'"
    )
    ledger.reload()
    with pytest.raises(NotAllowed, match="manager"):
        setup.update_server_address(ledger, user=outlet.cashier, url="https://new.example.in")
    with pytest.raises(InvalidInput, match="not like"):
        setup.update_server_address(ledger, user=outlet.manager, url="ftp://new")
    assert setup.update_server_address(ledger, user=outlet.manager, url="https://new.example.in/")
    assert ledger.device.server_url == "https://new.example.in"
    last = ledger.db.execute("SELECT kind FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert last == "server_address_changed"
    changed = setup.save_settings(
        ledger, user=outlet.manager, values={}, server_url="https://newer.example.in"
    )
    assert changed == ["server_url"] and ledger.device.server_url == "https://newer.example.in"


def test_an_enrolled_tills_district_address_is_changed_on_the_settings_screen(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    outlet.ledger.db.execute(
        "UPDATE device SET enrolled_at = '2026-01-01T00:00:00.000000Z',"
        " server_url = 'https://old.example.in'"
    )
    window = open_window(qtbot, outlet.settings)
    try:
        as_manager(qtbot, window)
        page = settings_screen(qtbot, window)
        assert page.server_url.isEnabled() and page.server_url.text() == "https://old.example.in"
        page.server_url.setText("ftp://new")
        page.save()
        idle(qtbot, window)
        assert "not like" in page.form.error_text(page.server_url)
        page.server_url.setText("https://new.example.in/")
        page.save()
        idle(qtbot, window)
        assert window.ops.reader.device.server_url == "https://new.example.in"
        assert page.server_url.text() == "https://new.example.in"
    finally:
        finish(qtbot, window)


def test_print_a_test_page_beside_the_printer_prints_it_or_says_no_printer_is_set_up(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    from test_ui_printing import texts

    from tests.support.print_fakes import LoopbackPrinter

    window = open_window(qtbot, outlet.settings)
    printer = LoopbackPrinter()
    try:
        as_manager(qtbot, window)
        page = settings_screen(qtbot, window)
        page.test_button.click()  # no printer yet: refused, nothing queued
        idle(qtbot, window)
        assert page.message.property("level") == "error" and page.message.text()
        page.fields["printer_uri"].setText(printer.uri)  # set on the same screen, saved
        page.save()
        idle(qtbot, window)
        page.test_button.click()
        idle(qtbot, window)
        assert "Sent to the printer" in page.message.text()
        qtbot.waitUntil(lambda: any("SARV POS TEST PAGE" in t for t in texts(printer)),
                        timeout=15_000)  # fmt: skip
    finally:
        finish(qtbot, window)
        printer.close()
