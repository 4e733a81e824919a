# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""Refusals: each with the right status, nothing stored, the server still up, and no pending
event lost on the outlet."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import requests

from pos.outlet import credentials
from pos.sync import service
from pos.sync.client import SyncError
from tests.server.test_server_api import _secret, _sell, _wire
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def _stored(district: District) -> int:
    return sum(
        district.store.count(t) for t in ("events", "dead_letters", "event_conflicts", "sales")
    )


def _body(device_id: str, events: list[dict[str, object]]) -> bytes:
    return json.dumps({"device_id": device_id, "events": events}).encode()


CASES = ("revoked", "wrong_secret", "no_secret", "another_device", "another_in_body",
         "body_20mb", "gzip_bomb", "garbage_json", "not_the_protocol", "bad_gzip")  # fmt: skip
EXPECTED = {"revoked": 403, "wrong_secret": 401, "no_secret": 401, "another_device": 403,
            "another_in_body": 403, "body_20mb": 413, "gzip_bomb": 413, "garbage_json": 422,
            "not_the_protocol": 422, "bad_gzip": 422}  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_a_bad_push_is_refused_with_its_status_and_nothing_is_stored(
    district: District, tmp_path: Path, case: str
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    other = fresh_outlet(tmp_path / "other", district)
    _sell(outlet)
    me = outlet.ledger.device.id
    events = _wire(outlet)
    url = f"{district.url}/v1/devices/{me}/events:batch"
    headers = {"Authorization": f"Bearer {_secret(outlet)}", "Content-Type": "application/json"}
    data = _body(me, events)
    if case == "revoked":
        district.store.revoke(me)
    elif case == "wrong_secret":
        headers["Authorization"] = "Bearer not-the-secret"
    elif case == "no_secret":
        del headers["Authorization"]
    elif case == "another_device":
        headers["Authorization"] = f"Bearer {_secret(other)}"
    elif case == "another_in_body":
        data = _body(other.ledger.device.id, events)
    elif case == "body_20mb":
        data = b'{"device_id":"' + me.encode() + b'","events":[' + b" " * (20 * 1024 * 1024) + b"]}"
    elif case == "gzip_bomb":
        data = gzip.compress(b" " * (200 * 1024 * 1024), compresslevel=9)  # ~200 KB on the wire
        headers["Content-Encoding"] = "gzip"
        assert len(data) < 1024 * 1024
    elif case == "garbage_json":
        data = b'{"device_id": [1, 2, \xff\xfe'
    elif case == "not_the_protocol":
        data = json.dumps({"device_id": me, "events": [{"seq": "one"}]}).encode()
    elif case == "bad_gzip":
        data = b"\x1f\x8b\x08\x00garbage"
        headers["Content-Encoding"] = "gzip"
    try:
        answer = requests.post(url, data=data, headers=headers, timeout=60)
        status = answer.status_code
    except requests.ConnectionError:
        pytest.fail("the server dropped the connection instead of answering")
    assert status == EXPECTED[case], answer.text
    assert _stored(district) == 0
    assert requests.get(f"{district.url}/v1/health", timeout=10).status_code == 200
    # The outlet's own client keeps every pending event through a refusal.
    pending = service.status(outlet.ledger).pending
    if case in ("revoked", "wrong_secret"):
        if case == "wrong_secret":
            credentials.store_secret(outlet.ledger.path, me, "wrong")
        with pytest.raises(SyncError) as refused:
            service.sync_once(outlet.ledger)
        assert refused.value.status == EXPECTED[case]
        assert service.status(outlet.ledger).pending == pending
        assert service.status(outlet.ledger).last_error
        assert _stored(district) == 0


def test_a_device_cannot_read_another_devices_reconciliation(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    other = fresh_outlet(tmp_path / "other", district)
    answer = requests.get(
        f"{district.url}/v1/devices/{other.ledger.device.id}/reconciliation",
        params={"from": "2020-01-01", "to": "2030-01-01"},
        headers={"Authorization": f"Bearer {_secret(outlet)}"},
        timeout=10,
    )
    assert answer.status_code == 403


def test_catalog_changes_need_a_device_secret(district: District) -> None:
    assert requests.get(f"{district.url}/v1/catalog/changes", timeout=10).status_code == 401
