"""Schemathesis against the served OpenAPI document: a bounded number of generated requests
per operation, authenticated as an enrolled device, and not one 500."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from pos.server.app import create_app
from pos.server.runner import ServerThread
from tests.test_sync_fixtures import make_store

MAX_EXAMPLES = 30
DEVICE_ID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    store = make_store(str(tmp_path_factory.mktemp("district") / "district.sqlite"))
    code = store.add_outlet("G01", "Gwalior")
    secret, _ = store.enroll(code, DEVICE_ID, "G01A", "G01")
    with ServerThread(create_app(store)) as server:
        yield server.url, secret
    store.close()


@pytest.fixture(scope="module")
def api_schema(served: tuple[str, str]) -> schemathesis.BaseSchema:
    url, _secret = served
    return schemathesis.openapi.from_url(f"{url}/openapi.json")


@pytest.fixture(scope="module")
def secret(served: tuple[str, str]) -> str:
    return served[1]


OPERATIONS = [
    ("GET", "/v1/health"),
    ("POST", "/v1/enroll"),
    ("POST", "/v1/devices/{device_id}/events:batch"),
    ("GET", "/v1/catalog/changes"),
    ("GET", "/v1/devices/{device_id}/reconciliation"),
    ("GET", "/v1/devices/{device_id}/reconciliation/months"),
]


# Negative generation needs something to break: /v1/health has no input, and the monthly
# reconciliation only a device id (any text is a valid one).
NO_INPUT = ("/v1/health", "/v1/devices/{device_id}/reconciliation/months")
CASES = [
    (method, path, mode)
    for method, path in OPERATIONS
    for mode in schemathesis.GenerationMode
    if path not in NO_INPUT or mode is schemathesis.GenerationMode.POSITIVE
]


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_no_generated_request_makes_the_server_fail(
    api_schema: schemathesis.BaseSchema,
    secret: str,
    method: str,
    path: str,
    mode: schemathesis.GenerationMode,
) -> None:
    # Driven through Hypothesis directly: schemathesis' pytest plugin does not load under
    # this pytest version.
    operation = api_schema[path][method]
    statuses: list[int] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def run(case: schemathesis.Case) -> None:
        # Act as the enrolled device so generated data reaches ingest, not just the 403.
        if case.path_parameters and "device_id" in case.path_parameters:
            case.path_parameters["device_id"] = DEVICE_ID
        if isinstance(case.body, dict) and "device_id" in case.body:
            case.body["device_id"] = DEVICE_ID
        response = case.call(headers={"Authorization": f"Bearer {secret}"}, timeout=30)
        statuses.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500

    run()
    print(method, path, sorted(set(statuses)))
    assert statuses


def test_the_served_document_names_every_operation(
    api_schema: schemathesis.BaseSchema, tmp_path: Path
) -> None:
    paths = set(api_schema.raw_schema["paths"])
    assert {"/v1/health", "/v1/enroll", "/v1/devices/{device_id}/events:batch",
            "/v1/catalog/changes", "/v1/devices/{device_id}/reconciliation",
            "/v1/devices/{device_id}/reconciliation/months"} <= paths  # fmt: skip
