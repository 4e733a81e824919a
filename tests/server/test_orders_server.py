# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""Home delivery at the district: the shop API, routing, claims, webhooks and erasure,
against the real server on 127.0.0.1 over SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import requests

from pos.server.delivery import orders, webhooks
from tests.support.delivery_fakes import CityApp, Receiver, city_app, order_body
from tests.support.sync_fixtures import District, district, server_db  # noqa: F401


@pytest.fixture
def shop(district: District) -> CityApp:
    district.publish_small_catalog()
    district.enrolment_code("G01")
    orders.set_areas(district.store, "G01", ["823001", "W-12"])
    return city_app(district.store, district.url)


def test_an_order_is_routed_to_the_outlet_serving_its_pin_code_at_the_catalog_price(
    shop: CityApp,
) -> None:
    response = shop.place(order_body())
    assert response.status_code == 201
    order = response.json()["order"]
    assert order["status"] == "placed" and order["outlet_code"] == "G01"
    assert order["items_total_paise"] == 3 * 1000 + 2 * 3550
    assert (order["lines"][0]["sku"], order["lines"][0]["name_hi"]) == ("MSK-GRN", "सूती मास्क हरा")
    assert shop.status(order["order_id"])["status"] == "placed"
    assert shop.status("APP-1")["order_id"] == order["order_id"]


def test_the_same_order_posted_twice_at_once_is_one_order(
    shop: CityApp,
    district: District,
) -> None:
    answers: list[requests.Response] = []
    barrier = threading.Barrier(4)

    def post() -> None:
        barrier.wait()
        answers.append(shop.place(order_body("SAME-1")))

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 201]
    assert len({a.json()["order"]["order_id"] for a in answers}) == 1
    assert district.store.count("shop_orders") == 1
    assert district.store.count("shop_order_lines") == 2


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"items": [{"sku": "MSK-GRN", "qty": 0}]}, "at least 1"),
        ({"phone": "12345"}, "not a mobile phone number"),
        ({"area": "8230"}, "not a PIN code"),
        ({"items": [{"sku": "NOPE", "qty": 1}]}, "not in the district's catalog"),
        ({"items": []}, "items"),
        ({"customer_name": "Sunita\u0000"}, "NUL"),
    ],
)
def test_bad_orders_get_a_clear_answer_and_store_nothing(
    shop: CityApp,
    district: District,
    change: dict,
    words: str,  # type: ignore[type-arg]
) -> None:
    response = shop.place(order_body(**change))
    assert response.status_code == 422
    assert words in response.json()["detail"]
    assert district.store.count("shop_orders") == 0


def test_an_unknown_pin_code_leaves_the_order_unrouted_until_an_officer_reassigns_it(
    shop: CityApp,
    district: District,
) -> None:
    response = shop.place(order_body(area="110001"))
    assert response.status_code == 201
    assert "no outlet serves 110001" in response.json()["note"]
    order_id = response.json()["order"]["order_id"]
    assert [o["order_id"] for o in orders.unrouted(district.store)] == [order_id]
    orders.reassign(district.store, order_id, "G01")
    assert shop.status(order_id)["status"] == "placed"
    assert orders.unrouted(district.store) == []


def test_a_revoked_app_key_is_refused_and_an_unknown_one_is_not_an_app(
    shop: CityApp,
    district: District,
) -> None:
    orders.revoke_app(district.store, "city")
    assert shop.place(order_body()).status_code == 403
    assert "revoked" in shop.place(order_body()).json()["detail"]
    assert CityApp(district.url, "sk_wrong").place(order_body()).status_code == 401
    assert district.store.count("shop_orders") == 0


def test_an_order_cancels_before_dispatch_and_not_after(
    shop: CityApp,
    district: District,
) -> None:
    first = shop.place(order_body("C-1")).json()["order"]["order_id"]
    answer = shop.call("POST", f"/v1/shop/orders/{first}/cancel", json={})
    assert answer.status_code == 200 and answer.json()["status"] == "cancelled"
    second = shop.place(order_body("C-2")).json()["order"]["order_id"]
    with district.store.tx() as conn:
        orders._change(conn, second, status="dispatched")
    refused = shop.call("POST", f"/v1/shop/orders/{second}/cancel", json={})
    assert refused.status_code == 409 and "dispatched" in refused.json()["detail"]


def test_the_shop_catalog_shows_both_names_mrp_and_stock_of_the_serving_outlet(
    shop: CityApp,
    district: District,
) -> None:
    orders.report_stock(district.store, "G01", {"MSK-GRN": 40, "SOAP-NEEM": 0})
    items = {i["sku"]: i for i in shop.call("GET", "/v1/shop/catalog?area=823001").json()["items"]}
    assert items["MSK-GRN"]["in_stock"] and items["MSK-GRN"]["mrp_paise"] == 1000
    assert not items["SOAP-NEEM"]["in_stock"] and items["SOAP-NEEM"]["name_hi"]
    elsewhere = shop.call("GET", "/v1/shop/catalog?area=110001").json()
    assert elsewhere["outlet_code"] is None
    assert not any(i["in_stock"] for i in elsewhere["items"])


def test_the_openapi_documents_the_shop_and_the_orders_lane(shop: CityApp) -> None:
    paths = requests.get(shop.url + "/openapi.json", timeout=10).json()["paths"]
    for path in ("/v1/shop/orders", "/v1/shop/catalog", "/v1/shop/orders/{order_id}/cancel",
                 "/v1/outlets/{outlet}/orders", "/v1/orders/{order_id}/claim"):  # fmt: skip
        assert path in paths


def test_a_webhook_receiver_down_for_a_day_gets_every_change_in_order_signed(
    district: District,
) -> None:
    district.publish_small_catalog()
    district.enrolment_code("G01")
    orders.set_areas(district.store, "G01", ["823001"])
    key_holder: dict[str, str] = {}
    receiver = Receiver(key="", refuse=10**6)
    try:
        app = city_app(district.store, district.url, webhook=receiver.url)
        receiver.key = app.key
        key_holder["k"] = app.key
        order_id = app.place(order_body()).json()["order"]["order_id"]
        app.call("POST", f"/v1/shop/orders/{order_id}/cancel", json={})
        start = datetime.now(UTC)
        moment = [start]
        rounds = 0
        while moment[0] - start < timedelta(days=1):
            webhooks.deliver_due(district.store, now=lambda: moment[0])
            moment[0] += timedelta(minutes=20)
            rounds += 1
        assert receiver.got == [] and receiver.attempts >= 10
        receiver.refuse = 0
        receiver.attempts = 0
        moment[0] += timedelta(hours=6)
        done = webhooks.deliver_due(district.store, now=lambda: moment[0])
        assert done.delivered == 2
        assert [g["status"] for g in receiver.got] == ["placed", "cancelled"]
        assert receiver.bad_signatures == 0
        assert webhooks.pending(district.store) == []
        assert "phone" not in receiver.got[0] and "Sunita" not in str(receiver.got)
    finally:
        receiver.close()


def test_customers_details_are_erased_after_the_retention_but_the_money_stays(
    shop: CityApp,
    district: District,
) -> None:
    order_id = shop.place(order_body()).json()["order"]["order_id"]
    shop.call("POST", f"/v1/shop/orders/{order_id}/cancel", json={})
    orders.set_retention_days(district.store, 30)
    assert orders.erase_expired(district.store, datetime.now(UTC) + timedelta(days=29)) == 0
    assert orders.erase_expired(district.store, datetime.now(UTC) + timedelta(days=31)) == 1
    row = district.store.rows("shop_orders", order_id=order_id)[0]
    assert (row["customer_name"], row["phone"], row["address"]) == ("", "", "")
    assert row["items_total_paise"] == 3 * 1000 + 2 * 3550 and row["erased_at"]


def test_an_order_id_with_a_nul_is_not_found_rather_than_a_server_error(shop: CityApp) -> None:
    assert shop.call("GET", "/v1/shop/orders/abc%00def").status_code == 404
    assert shop.call("POST", "/v1/shop/orders/abc%00/cancel", json={}).status_code == 404


def test_pos_server_run_posts_the_webhooks_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.sync_fixtures import ServerProcess, make_store

    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    District(store, "", db).publish_small_catalog()
    store.add_outlet("G01", "Gaya")
    orders.set_areas(store, "G01", ["823001"])
    receiver = Receiver(key="")
    server = ServerProcess(db, tmp_path)
    try:
        app = city_app(store, server.url, webhook=receiver.url)
        receiver.key = app.key
        order_id = app.place(order_body()).json()["order"]["order_id"]
        assert receiver.arrived.wait(60)  # the server's own thread posts every 2 s
        assert [g["order_id"] for g in receiver.got] == [order_id]
        assert receiver.bad_signatures == 0
    finally:
        server.stop()
        receiver.close()
        store.close()


def test_a_database_error_never_carries_a_customers_details(district: District) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from pos.server.storage import schema as t

    row = {"order_id": "x", "app_id": 1, "app_order_id": "A", "status": "placed", "version": 1,
           "customer_name": "Sunita Devi", "phone": "9876543210", "address": "12 Station Road",
           "area": "823001", "payment": "cod_cash", "items_total_paise": 1,
           "placed_at": "t", "updated_at": "t"}  # fmt: skip
    with district.store.tx() as conn:
        conn.execute(insert(t.shop_orders).values(**row))
    with pytest.raises(IntegrityError) as caught, district.store.tx() as conn:
        conn.execute(insert(t.shop_orders).values(**row))
    text = str(caught.value)
    assert "Sunita" not in text and "9876543210" not in text and "Station" not in text
