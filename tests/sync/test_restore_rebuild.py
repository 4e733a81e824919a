"""A till restored from its morning backup catches up and rebuilds the day's rows
(pos.sync.restore.rebuild): its X/Z, stock per lot, SHG statement, receipt search and reprints equal
the till's before the disk died, and `pos ledger verify` checks those rows like any others.

Against the real district server on 127.0.0.1 (SQLite and PostgreSQL), real ledger files and
the real `pos restore` command in a child process."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from pos import clock
from pos.db.records import identity_q
from pos.errors import AuthFailed
from pos.inventory import stock
from pos.outlet import users
from pos.printing.documents.receipt import ReceiptOptions, receipt_for
from pos.products.catalog import find_item, parse_catalog_json
from pos.records import backup, journal
from pos.records.ledger import open_ledger
from pos.records.verify import verify_ledger
from pos.reporting import reports, settlement
from pos.selling import receipts, sales, shifts
from pos.server.tills import catalog as server_catalog
from pos.sync import service
from tests.conftest import SMALL_CATALOG, Outlet, make_outlet, run_pos
from tests.server.test_server_api import _sell
from tests.support import sync_fixtures as fx
from tests.support.sync_fixtures import District, district, server_db  # noqa: F401


def _afternoon(outlet: Outlet) -> list[str]:
    """After the backup: sales, a partial return, a void, a paid out, a removed line, a lot
    taken in and one written off, the shift closed with its Z, a new shift and a sale in it,
    and (the next morning) SHG Durga's payout for the day. Returns the receipt numbers."""
    ledger, cashier, manager = outlet.ledger, outlet.cashier, outlet.manager
    one = _sell(outlet, "MSK-GRN", 3)
    soap, mask = find_item(ledger, "SOAP-NEEM"), find_item(ledger, "MSK-GRN")
    doc = ledger.outlet.doc_mode
    lines = [sales.price_line(soap, 2, doc_mode=doc), sales.price_line(mask, 4, doc_mode=doc)]
    bill = sales.make_bill(lines)
    two = sales.complete_sale(ledger, lines, [sales.Tender("upi", bill.total_paise)], cashier)
    back = sales.return_sale(ledger, two.receipt_no, [sales.ReturnLine(2, 1)], cashier=cashier,
                             approver=manager, refund_method="upi")  # fmt: skip
    void = sales.void_sale(ledger, one.receipt_no, cashier=cashier, approver=manager,
                           reason="rang the wrong item")  # fmt: skip
    shifts.cash_movement(ledger, "paid_out", 5_000, "tea for the SHG meeting", user=manager)
    sales.record_removed_line(ledger, "cart-1", soap, 1, soap.mrp_paise, cashier)
    lot = stock.receive_lot(ledger, "SHG-DUR", "SOAP-NEEM", 30, user=manager, expiry="2099-01-01")
    stock.write_off(ledger, lot.id, "damage", 2, "wet in the rain", user=manager)
    shifts.close_shift(ledger, {50000: 2, 1000: 3}, user=cashier, approver=manager,
                       reason="counted in a hurry")  # fmt: skip
    shifts.open_shift(ledger, cashier, 20_000)
    three = _sell(outlet, "SOAP-NEEM", 5)
    today = clock.business_date(clock.now_utc())
    [due] = settlement.shg_statement(ledger, today, today, shg_code="SHG-DUR")
    settlement.pay_settlement(
        ledger,
        "SHG-DUR",
        today,
        today,
        due.net_payable_paise,
        "upi",
        "UTR 4711",
        _TOMORROW.date().isoformat(),
        user=manager,
        moment=_TOMORROW,
    )  # the next day: a day is paid once it has ended
    return [one.receipt_no, two.receipt_no, back.receipt_no, void.receipt_no, three.receipt_no]


_TOMORROW = clock.now_utc() + timedelta(days=1)


def _lots(outlet: Outlet, sku: str) -> list[tuple[int, str, int]]:
    return [(lot.id, lot.shg_code, lot.on_hand) for lot in stock.lots_of(outlet.ledger, sku)]


def _what_the_manager_sees(outlet: Outlet, numbers: list[str]) -> dict[str, Any]:
    ledger = outlet.ledger
    today = clock.business_date(clock.now_utc())
    open_shift = shifts.current_shift(ledger)
    assert open_shift is not None
    return {
        "z": reports.z_report(ledger, z_number=1),
        "x": reports.x_report(ledger, open_shift.id, manager=outlet.manager),
        "lots": {sku: _lots(outlet, sku) for sku in ("MSK-GRN", "SOAP-NEEM", "SAN-100")},
        "levels": stock.stock_levels(ledger),
        "shg": settlement.shg_statement(ledger, today, today),
        "found": receipts.find_receipts(ledger, date_from=today, date_to=today),
        "by_product": receipts.find_receipts(ledger, product="SOAP-NEEM"),
        "reprints": [receipt_for(ledger, n, ReceiptOptions(duplicate=True)) for n in numbers],
        "gst": reports.gst_summary(ledger, today, today),
    }


def test_a_till_restored_from_the_morning_backup_has_the_days_z_stock_and_statement_again(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 20, user=outlet.manager)
    _sell(outlet, "MSK-GRN", 2)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")  # 9 am
    numbers = _afternoon(outlet)
    service.sync_once(outlet.ledger)
    before = _what_the_manager_sees(outlet, numbers)
    assert before["z"].voids_count == 1 and before["z"].returns_count == 2
    assert before["z"].paid_out_paise == 5_000 and before["z"].removed_lines_count == 1
    assert [s.shg_code for s in before["shg"] if s.settled] == ["SHG-DUR"]
    assert verify_ledger(outlet.ledger).ok
    outlet.ledger.close()  # 4 pm: the disk dies

    restored = run_pos(outlet.settings.data_dir, "restore", str(saved), "--json")
    assert restored.code == 0, restored.stderr
    assert restored.json()["caught_up_events"] == 12  # every event since the backup
    assert restored.json()["rows_rebuilt_events"] == 12  # each of them has rows
    ledger = open_ledger(outlet.settings)
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    after = _what_the_manager_sees(again, numbers)
    for key, value in before.items():
        assert after[key] == value, key
    report = verify_ledger(ledger)
    assert report.ok, report.problems
    assert report.sales == 6  # the morning sale and the afternoon's five, all checked
    assert identity_q.ranges_without_rows(ledger.db) == []

    fifth = _sell(
        again, "SOAP-NEEM", 1, moment=_TOMORROW + timedelta(minutes=1)
    )  # the next number, from stock the restore rebuilt
    assert fifth.receipt_no == numbers[-1][:-6] + "000005"  # after the afternoon's 000004
    assert service.sync_once(ledger).attention == 0
    assert verify_ledger(ledger).ok
    assert district.store.count("event_conflicts") == 0
    ledger.close()


def _district_changes_after_the_backup(at: District) -> None:
    """A new product (MSK-RED, Rs 12) and a new MRP for SOAP-NEEM (Rs 35, from now)."""
    doc = {"products": [dict(SMALL_CATALOG["products"][0], sku="MSK-RED", barcodes="8900000000043",
                             name_en="Cotton mask red", mrp="12")]}  # fmt: skip
    server_catalog.import_catalog(at.store, parse_catalog_json(json.dumps(doc)), "2020-01-01T00:00")
    # from this minute: the till's own price row is from the minute the test made it, not later
    server_catalog.set_price(at.store, "SOAP-NEEM", 3_500, clock.local_minute(clock.now_utc()))


def _afternoon_with_new_things(outlet: Outlet, at: District) -> tuple[Outlet, list[str]]:
    """After the backup: the till pulls the district's new product and price, the manager
    adds cashiers Asha and Sita (who leaves again), takes in a lot of the new product; Asha sells it and the repriced soap;
    the shift is closed (Z 1) and another opened. Returns Asha's outlet and the receipts."""
    ledger, manager = outlet.ledger, outlet.manager
    _district_changes_after_the_backup(at)
    assert service.sync_once(ledger).pulled == 3  # the product, its price, the new MRP
    asha = users.add_user_approved(ledger, "Asha", "cashier", "4321", "en", approver=manager)
    users.add_user_approved(ledger, "Sita", "cashier", "1357", "hi", approver=manager)
    users.deactivate_user(ledger, "Sita", approver=manager)  # left the same afternoon
    stock.receive_lot(ledger, "SHG-LAX", "MSK-RED", 10, user=manager, expiry="2099-01-01")
    as_asha = Outlet(outlet.settings, ledger, manager, asha)
    assert find_item(ledger, "SOAP-NEEM").mrp_paise == 3_500
    red = _sell(as_asha, "MSK-RED", 3)
    soap = _sell(as_asha, "SOAP-NEEM", 2)
    shifts.close_shift(ledger, {50000: 1}, user=asha, approver=manager, reason="counted fast")
    shifts.open_shift(ledger, outlet.cashier, 10_000)
    return as_asha, [red.receipt_no, soap.receipt_no]


def test_a_restored_till_rebuilds_the_sales_of_a_product_price_and_cashier_added_after_its_backup(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    district.publish_small_catalog()
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    service.sync_once(outlet.ledger)  # the district's catalog
    _sell(outlet, "MSK-GRN", 2)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")  # 9 am
    as_asha, numbers = _afternoon_with_new_things(outlet, district)
    service.sync_once(outlet.ledger)
    before = _what_the_manager_sees(outlet, numbers)
    before["red"] = _lots(outlet, "MSK-RED")
    assert before["z"].sales_count == 3 and before["red"][0][2] == 7
    outlet.ledger.close()  # 4 pm: the disk dies

    restored = run_pos(outlet.settings.data_dir, "restore", str(saved))
    assert restored.code == 0, restored.stderr
    # catalog_synced has no rows; the users added and deactivated, the lot, two sales, the
    # close and the open have
    assert "9 event(s) imported, the rows of 8 rebuilt" in restored.stdout
    assert "Asha was added after this backup and has no PIN on this till" in restored.stdout
    ledger = open_ledger(outlet.settings)
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    after = _what_the_manager_sees(again, numbers)
    after["red"] = _lots(again, "MSK-RED")
    for key, value in before.items():
        assert after[key] == value, key
    report = verify_ledger(ledger)
    assert report.ok, report.problems
    assert identity_q.ranges_without_rows(ledger.db) == []

    with pytest.raises(AuthFailed, match="Asha has no PIN on this till"):
        users.login(ledger, "Asha", "4321")  # her PIN never left the dead disk
    people = {u.name: (u.active, u.needs_pin) for u in users.user_rows(ledger)}
    assert people["Asha"] == (True, True) and people["Sita"] == (False, True)
    assert "Sita" not in restored.stdout  # she does not log in anyway
    users.reset_pin(ledger, "Asha", "2468", approver=outlet.manager)
    asha = users.login(ledger, "Asha", "2468")
    assert asha.id == as_asha.cashier.id and users.needing_pin(ledger) == []
    sold = _sell(Outlet(outlet.settings, ledger, outlet.manager, asha), "MSK-RED", 1)
    assert sold.receipt_no == numbers[-1][:-6] + "000004"  # after the afternoon's 000003
    assert service.sync_once(ledger).attention == 0
    assert verify_ledger(ledger).ok
    assert district.store.count("event_conflicts") == 0
    ledger.close()


def test_a_restored_till_whose_backup_does_not_fit_an_event_keeps_the_range_without_rows(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A backup whose catalog numbers products otherwise than the till did (a product row
    the district's new product's id now names): nothing of the range is rebuilt, never half."""
    district.publish_small_catalog()
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    service.sync_once(outlet.ledger)
    first = _sell(outlet)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    _sell(outlet)  # fits the backup, but its range is rebuilt all or none
    _district_changes_after_the_backup(district)
    service.sync_once(outlet.ledger)
    later = _sell(outlet, "MSK-RED", 1)
    sales.return_sale(outlet.ledger, first.receipt_no, None, cashier=outlet.manager,
                      approver=outlet.manager)  # fmt: skip
    service.sync_once(outlet.ledger)
    seq_before = journal.head(outlet.ledger.db).seq
    outlet.ledger.close()
    with sqlite3.connect(saved) as backup_db:  # the next product id is taken in the backup
        backup_db.execute(
            "INSERT INTO products (sku, name_en, category, hsn, default_shg_id)"
            " VALUES ('LOCAL-1', 'Pickle', 'Food', '2001', 1)"
        )
    backup_db.close()

    restored = run_pos(outlet.settings.data_dir, "restore", str(saved), "--json")
    assert restored.code == 0, restored.stderr
    assert restored.json()["rows_rebuilt_events"] == 0
    assert restored.json()["users_needing_pin"] == []
    ledger = open_ledger(outlet.settings)
    assert journal.head(ledger.db).seq == seq_before + 1  # and the catalog pulled now
    assert ledger.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 1  # none, not half
    assert identity_q.ranges_without_rows(ledger.db) != []
    assert identity_q.imported_return_of(ledger.db, first.receipt_no)
    report = verify_ledger(ledger)
    assert report.ok, report.problems
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    assert _sell(again).receipt_no == later.receipt_no[:-6] + "000004"
    ledger.close()
