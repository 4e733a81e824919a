"""Schemathesis against the shop API and the orders lane in the served OpenAPI document: a
bounded number of generated requests per operation, as an app (shop) or an enrolled till
(orders lane), and not one 500."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from pos.products.catalog import parse_catalog_json
from pos.server.app import create_app
from pos.server.delivery import orders
from pos.server.runner import ServerThread
from pos.server.tills.catalog import import_catalog
from tests.conftest import SMALL_CATALOG
from tests.support.sync_fixtures import make_store

MAX_EXAMPLES = 25
DEVICE_ID = "00000000-0000-4000-8000-000000000001"
SHOP = [
    ("GET", "/v1/shop/catalog"),
    ("POST", "/v1/shop/orders"),
    ("GET", "/v1/shop/orders/{order_id}"),
    ("POST", "/v1/shop/orders/{order_id}/cancel"),
]
LANE = [
    ("GET", "/v1/outlets/{outlet}/orders"),
    ("PUT", "/v1/outlets/{outlet}/stock"),
    ("POST", "/v1/orders/{order_id}/claim"),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    store = make_store(str(tmp_path_factory.mktemp("district") / "district.sqlite"))
    import_catalog(store, parse_catalog_json(json.dumps(SMALL_CATALOG)), "2020-01-01T00:00")
    code = store.add_outlet("G01", "Gaya")
    secret, _ = store.enroll(code, DEVICE_ID, "G01A", "G01")
    orders.set_areas(store, "G01", ["823001"])
    key = orders.add_app(store, "fuzz")
    with ServerThread(create_app(store)) as server:
        yield server.url, secret, key
    store.close()


# Negative generation needs something to break: these take only a path id (any text is one).
ONLY_AN_ID = ("/v1/shop/orders/{order_id}", "/v1/orders/{order_id}/claim")


@pytest.mark.parametrize(
    ("method", "path", "mode"),
    [
        (m, p, g)
        for m, p in SHOP + LANE
        for g in schemathesis.GenerationMode
        if p not in ONLY_AN_ID or g is schemathesis.GenerationMode.POSITIVE
    ],
)
def test_no_generated_shop_or_orders_request_makes_the_server_fail(
    served: tuple[str, str, str], method: str, path: str, mode: schemathesis.GenerationMode
) -> None:
    url, secret, key = served
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    operation = schema[path][method]
    token = key if path.startswith("/v1/shop/") else secret
    statuses: list[int] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)  # fmt: skip
    def run(case: schemathesis.Case) -> None:
        if case.path_parameters and "outlet" in case.path_parameters:
            case.path_parameters["outlet"] = "G01"
        response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=30)
        statuses.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500

    run()
    assert statuses
