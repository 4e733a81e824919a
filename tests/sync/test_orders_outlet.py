# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""Home delivery at the outlet, with a real district server on 127.0.0.1, real tills (ledgers
on disk), a test client standing in for the city's app and a real webhook receiver."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pos.db.selling import sales_q
from pos.errors import NotAllowed
from pos.inventory import stock
from pos.records.verify import verify_ledger
from pos.reporting import reports
from pos.selling import orders
from pos.server.delivery import orders as district_orders
from pos.server.delivery import webhooks
from pos.sync import service
from tests.conftest import Outlet, make_outlet, run_pos
from tests.support.delivery_fakes import CityApp, Receiver, city_app, order_body
from tests.support.sync_fixtures import (  # noqa: F401
    District,
    district,
    server_db,
    sqlite_district,
)


@dataclass
class Scene:
    district: District
    till: Outlet
    app: CityApp
    receiver: Receiver

    def sync(self, till: Outlet | None = None) -> service.SyncResult:
        return service.sync_once((till or self.till).ledger, do_orders=True)

    def place(self, app_order_id: str = "APP-1", **changes: object) -> str:
        response = self.app.place(order_body(app_order_id, **changes))
        assert response.status_code == 201, response.text
        return str(response.json()["order"]["order_id"])


def _till(path: Path, district: District) -> Outlet:
    till = make_outlet(path)
    service.enroll(till.ledger, district.url, district.enrolment_code("G01"))
    return till


def _scene(district: District, tmp_path: Path) -> Iterator[Scene]:
    district.publish_small_catalog()
    till = _till(tmp_path / "till-a", district)
    for shg, sku, qty in (("SHG-LAX", "MSK-GRN", 2), ("SHG-DUR", "MSK-GRN", 10),
                          ("SHG-DUR", "SOAP-NEEM", 10)):  # fmt: skip
        stock.receive_lot(till.ledger, shg, sku, qty, user=till.manager)
    district_orders.set_areas(district.store, "G01", ["823001"])
    receiver = Receiver(key="")
    app = city_app(district.store, district.url, webhook=receiver.url)
    receiver.key = app.key
    try:
        yield Scene(district, till, app, receiver)
    finally:
        receiver.close()
        till.ledger.close()


@pytest.fixture
def scene(sqlite_district: District, tmp_path: Path) -> Iterator[Scene]:
    yield from _scene(sqlite_district, tmp_path)


@pytest.fixture
def scene_both(district: District, tmp_path: Path) -> Iterator[Scene]:
    yield from _scene(district, tmp_path)


def test_an_order_is_placed_pulled_accepted_packed_dispatched_delivered_and_paid_and_all_agree(
    scene_both: Scene,
) -> None:
    scene = scene_both
    ledger = scene.till.ledger
    order_id = scene.place()
    first = scene.sync()
    assert first.new_orders == [order_id]
    assert scene.sync().new_orders == []  # never shown twice
    order = orders.accept(ledger, order_id[:8], scene.till.cashier)
    assert order.claim == "pending"
    scene.sync()
    assert orders.get_order(ledger, order_id).claim == "won"
    assert scene.app.status(order_id)["status"] == "accepted"
    packed = orders.pack(ledger, order_id, scene.till.cashier)
    assert packed.amount_paise == 10_100  # 3 x 10.00 + 2 x 35.50, rounded as a bill
    orders.dispatch(ledger, order_id, scene.till.cashier, "Raju")
    sale = orders.deliver(ledger, order_id, scene.till.cashier, "cash")
    assert sale.total_paise == 10_100 and sale.receipt_no
    scene.sync()
    status = scene.app.status(order_id)
    assert status["status"] == "delivered"
    assert status["amount_paid_paise"] == sale.total_paise
    assert status["receipt_no"] == sale.receipt_no
    webhooks.deliver_due(scene.district.store)
    got = scene.receiver.got
    assert [g["status"] for g in got] == ["placed", "accepted", "packed", "dispatched",
                                          "delivered"]  # fmt: skip
    assert got[-1]["amount_paid_paise"] == sale.total_paise == 10_100
    x = reports.x_report(ledger, manager=scene.till.manager)
    assert (x.delivery_count, x.delivery_paise, x.delivery_cash_paise) == (1, 10_100, 10_100)
    assert x.expected_paise == 100_000 + 10_100  # the cash handed over counts into the drawer
    # the masks came first-in first-out: 2 from Laxmi's lot, 1 from Durga's
    allocations = sales_q.allocations_of(ledger.db, sale.id)
    assert [(a["shg_code"], a["qty"]) for a in allocations] == [
        ("SHG-LAX", 2), ("SHG-DUR", 1), ("SHG-DUR", 2)]  # fmt: skip
    # the Z of the shift, closed with the drawer counted: float 1,000 + the 101 handed over
    from pos.selling import shifts

    shifts.close_shift(ledger, {50_000: 2, 10_000: 1, 100: 1}, user=scene.till.cashier)
    z = reports.z_report(ledger)
    assert (z.delivery_count, z.delivery_paise, z.delivery_cash_paise) == (1, 10_100, 10_100)
    assert z.variance_paise == 0
    assert verify_ledger(ledger).ok


def test_two_tills_accept_one_order_the_first_claim_wins_the_other_shows_it_taken(
    scene: Scene, tmp_path: Path
) -> None:
    till_b = _till(tmp_path / "till-b", scene.district)
    try:
        order_id = scene.place()
        scene.sync()
        scene.sync(till_b)
        orders.accept(scene.till.ledger, order_id, scene.till.cashier)
        orders.accept(till_b.ledger, order_id, till_b.cashier)
        scene.sync()
        result = scene.sync(till_b)
        assert result.orders_lost == [order_id]
        taken = orders.get_order(till_b.ledger, order_id)
        assert (taken.status, taken.claim) == ("taken", "lost")
        assert "another till" in (taken.reason or "")
        assert orders.get_order(scene.till.ledger, order_id).claim == "won"
        row = scene.district.store.rows("shop_orders", order_id=order_id)[0]
        assert row["claimed_by"] == scene.till.ledger.device.id
        assert any("another till" in f["detail"] for f in scene.district.store.rows("flags"))
    finally:
        till_b.ledger.close()


def test_a_till_that_packed_offline_and_lost_the_claim_puts_the_goods_back(
    scene: Scene, tmp_path: Path
) -> None:
    till_b = _till(tmp_path / "till-b", scene.district)
    try:
        order_id = scene.place()
        scene.sync()
        scene.sync(till_b)
        orders.accept(till_b.ledger, order_id, till_b.cashier)
        scene.sync(till_b)  # till B claims it at the district
        orders.accept(scene.till.ledger, order_id, scene.till.cashier)
        orders.pack(scene.till.ledger, order_id, scene.till.cashier)  # offline: no sync yet
        free = sales_q.lots_for_sale(scene.till.ledger.db, 1)
        assert sum(q for _l, _s, q in free) == 12 - 3
        scene.sync()
        order = orders.get_order(scene.till.ledger, order_id)
        assert (order.status, order.claim) == ("taken", "lost")
        assert sum(q for _l, _s, q in sales_q.lots_for_sale(scene.till.ledger.db, 1)) == 12
    finally:
        till_b.ledger.close()


def test_an_order_cancelled_after_packing_puts_the_goods_back_and_cannot_be_dispatched(
    scene: Scene,
) -> None:
    ledger = scene.till.ledger
    order_id = scene.place()
    scene.sync()
    orders.accept(ledger, order_id, scene.till.cashier)
    scene.sync()
    orders.pack(ledger, order_id, scene.till.cashier)
    answer = scene.app.call("POST", f"/v1/shop/orders/{order_id}/cancel", json={})
    assert answer.status_code == 200
    scene.sync()
    order = orders.get_order(ledger, order_id)
    assert order.status == "cancelled"
    assert sum(q for _l, _s, q in sales_q.lots_for_sale(ledger.db, 1)) == 12
    with pytest.raises(NotAllowed, match="cancelled"):
        orders.dispatch(ledger, order_id, scene.till.cashier, "Raju")


def test_an_order_for_a_product_the_outlet_no_longer_has_cannot_be_packed(scene: Scene) -> None:
    ledger = scene.till.ledger
    order_id = scene.place(items=[{"sku": "SAN-100", "qty": 2}])
    scene.sync()
    orders.accept(ledger, order_id, scene.till.cashier)
    with pytest.raises(NotAllowed, match="only 0 on hand"):
        orders.pack(ledger, order_id, scene.till.cashier)
    rejected = orders.reject(ledger, order_id, scene.till.manager, "out of sanitizer")
    assert rejected.status == "rejected"


def test_a_rejection_reaches_the_district_and_the_app_with_its_reason(scene: Scene) -> None:
    order_id = scene.place()
    scene.sync()
    orders.reject(scene.till.ledger, order_id, scene.till.manager, "closed for stock-taking")
    scene.sync()
    status = scene.app.status(order_id)
    assert (status["status"], status["reason"]) == ("rejected", "closed for stock-taking")


def test_not_delivered_puts_the_goods_back_and_tells_the_app(scene: Scene) -> None:
    ledger = scene.till.ledger
    order_id = scene.place()
    scene.sync()
    orders.accept(ledger, order_id, scene.till.cashier)
    orders.pack(ledger, order_id, scene.till.cashier)
    orders.dispatch(ledger, order_id, scene.till.cashier, "Raju")
    failed = orders.fail(ledger, order_id, scene.till.cashier, "nobody at home")
    assert failed.status == "failed"
    assert sum(q for _l, _s, q in sales_q.lots_for_sale(ledger.db, 1)) == 12
    scene.sync()
    assert scene.app.status(order_id)["status"] == "failed"
    assert reports.x_report(ledger).delivery_count == 0


def test_a_prepaid_order_is_delivered_without_collecting_and_paid_by_its_upi_reference(
    scene: Scene,
) -> None:
    ledger = scene.till.ledger
    order_id = scene.place(payment="prepaid_upi", prepaid_ref="412345678901")
    scene.sync()
    order = orders.accept(ledger, order_id, scene.till.cashier)
    assert order.amount_paise == 0
    orders.pack(ledger, order_id, scene.till.cashier)
    orders.dispatch(ledger, order_id, scene.till.cashier, "Raju")
    sale = orders.deliver(ledger, order_id, scene.till.cashier, "cash")
    assert [(p.method, p.reference) for p in sale.payments] == [("upi", "412345678901")]
    assert reports.x_report(ledger, manager=scene.till.manager).delivery_cash_paise == 0


def test_the_command_line_lists_and_walks_an_order_with_json(scene: Scene) -> None:
    order_id = scene.place()
    scene.sync()
    data_dir = scene.till.data_dir
    scene.till.ledger.close()
    listed = run_pos(data_dir, "orders", "list", "--json")
    assert listed.code == 0, listed.stderr
    assert [o["order_id"] for o in listed.json()["orders"]] == [order_id]
    for step in (["accept"], ["pack"], ["dispatch", "--by", "Raju"],
                 ["deliver", "--pay", "upi", "--utr", "412345678901"]):  # fmt: skip
        done = run_pos(data_dir, "orders", step[0], order_id[:8], *step[1:], "--json")
        assert done.code == 0, done.stderr
    assert done.json()["total_paise"] == 10_100
    refused = run_pos(data_dir, "orders", "deliver", order_id[:8], "--json")
    assert refused.code == 1 and "delivered" in refused.stderr
    from pos import clock

    today = clock.business_date(clock.now_utc())
    period = ("--from", today, "--to", today)
    report = run_pos(data_dir, "report", "sales", *period, "--json")
    assert report.code == 0, report.stderr
    assert (report.json()["delivery_count"], report.json()["delivery_paise"]) == (1, 10_100)
    assert "home delivery 1: ₹101.00" in run_pos(data_dir, "report", "sales", *period).stdout


def test_a_delivery_charge_is_its_own_line_with_its_own_tax_and_the_z_shows_the_channel(
    scene: Scene,
) -> None:
    from pos.outlet import config
    from pos.printing.documents.report_adapters import shift_figures
    from pos.printing.documents.report_docs import shift_report
    from pos.selling import shifts

    ledger = scene.till.ledger
    config.set_value(ledger, "delivery_charge_sku", "SAN-100")  # stands in for a service
    order_id = scene.place(items=[{"sku": "MSK-GRN", "qty": 1}])
    scene.sync()
    order = orders.accept(ledger, order_id, scene.till.cashier)
    assert order.amount_paise == 1000 + 4900
    orders.pack(ledger, order_id, scene.till.cashier)
    orders.dispatch(ledger, order_id, scene.till.cashier, "Raju")
    sale = orders.deliver(ledger, order_id, scene.till.cashier, "cash")
    charge = sale.lines[-1]
    assert (charge["sku"], charge["gross_paise"], charge["rate_bp"]) == ("SAN-100", 4900, 1800)
    assert charge["cgst_paise"] + charge["sgst_paise"] == 4900 - charge["taxable_paise"] > 0
    shift = shifts.current_shift(ledger)
    assert shift is not None
    document = shift_report(
        shift_figures(ledger, reports.x_report(ledger, manager=scene.till.manager))
    )
    words = " ".join(str(block) for block in document.blocks)
    assert "Home delivery" in words and "59.00" in words


def test_a_till_offline_gets_the_order_when_back_and_its_offline_acceptance_claims_it_then(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.sync.client import DistrictClient, SyncError
    from tests.support.print_fakes import refused_port

    ledger = scene.till.ledger
    online = service.client_for
    offline = f"http://127.0.0.1:{refused_port()}"
    monkeypatch.setattr(service, "client_for", lambda led: DistrictClient(offline, "x"))
    order_id = scene.place()
    with pytest.raises(SyncError, match="cannot be reached"):
        scene.sync()
    assert orders.list_orders(ledger) == []
    monkeypatch.setattr(service, "client_for", online)
    assert scene.sync().new_orders == [order_id]
    monkeypatch.setattr(service, "client_for", lambda led: DistrictClient(offline, "x"))
    orders.accept(ledger, order_id, scene.till.cashier)
    orders.pack(ledger, order_id, scene.till.cashier)  # offline: goods held, claim pending
    with pytest.raises(SyncError):
        scene.sync()
    assert orders.get_order(ledger, order_id).claim == "pending"
    monkeypatch.setattr(service, "client_for", online)
    again = scene.sync()
    assert again.new_orders == [] and again.orders_lost == []
    assert orders.get_order(ledger, order_id).claim == "won"
    assert scene.app.status(order_id)["status"] == "packed"


def test_the_till_blanks_a_customers_details_after_it_keeps_them_and_keeps_the_order(
    scene: Scene,
) -> None:
    from datetime import timedelta

    from pos import clock

    ledger = scene.till.ledger
    order_id = scene.place()
    scene.sync()
    orders.reject(ledger, order_id, scene.till.manager, "closed today")
    later = clock.now_utc() + timedelta(days=29)
    assert orders.erase_expired(ledger, later) == 0
    assert orders.erase_expired(ledger, later + timedelta(days=2)) == 1
    order = orders.get_order(ledger, order_id)
    assert (order.customer_name, order.phone, order.address) == ("", "", "")
    assert order.status == "rejected" and order.lines
