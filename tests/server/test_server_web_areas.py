# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The office's Delivery areas page (/office/areas): the screen of `pos-server area set` and
`pos-server orders retention`, over HTTP against the real server on 127.0.0.1."""

from __future__ import annotations

import json

import requests

from pos.server.delivery import orders
from tests.server.test_shop_web import _form
from tests.support.office_client import Office, add_staff
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401


def _audit(district: District, action: str) -> list[dict[str, object]]:
    return [r for r in district.store.rows("audit_log") if r["action"] == action]


def _signed_in(district: District, name: str, role: str) -> Office:
    add_staff(district.store, name, role)
    office = Office(district.url)
    office.sign_in(name)
    return office


def test_an_officer_sets_the_areas_an_outlet_serves_and_a_new_order_goes_there(
    sqlite_district: District,
) -> None:
    district = sqlite_district
    district.publish_small_catalog()
    district.enrolment_code("G01")
    orders.report_stock(district.store, "G01", {"MSK-GRN": 5})
    officer = _signed_in(district, "asha", "officer")
    saved = officer.post("/office/areas/G01", {"areas": "823001, w-12"},
                         token_from="/office/areas")  # fmt: skip
    assert saved.status_code == 303
    assert orders.areas_by_outlet(district.store) == {"G01": ["823001", "W-12"]}
    assert "823001, W-12" in officer.get("/office/areas").text
    (line,) = _audit(district, "outlet.areas")
    assert "Delivery areas set" in officer.get("/office/audit").text
    assert json.loads(str(line["after"])) == {"areas": ["823001", "W-12"]}
    page = requests.get(district.url + "/shop/?area=823001", timeout=30).text
    placed = requests.post(district.url + "/shop/order", data=_form(page),
                           allow_redirects=False, timeout=30)  # fmt: skip
    order_id = placed.headers["location"].rsplit("/", 1)[1]
    assert district.store.rows("shop_orders", order_id=order_id)[0]["outlet_code"] == "G01"


def test_a_bad_area_or_a_viewer_changes_no_outlets_areas(sqlite_district: District) -> None:
    district = sqlite_district
    district.enrolment_code("G01")
    orders.set_areas(district.store, "G01", ["823001"])
    officer = _signed_in(district, "asha", "officer")
    bad = officer.post("/office/areas/G01", {"areas": "823001 Gaya"}, token_from="/office/areas")
    assert bad.status_code == 400 and "is not a PIN code" in bad.text
    assert 'value="823001 Gaya"' in bad.text  # what was typed stays in its field
    officer.get("/office/lang/hi")
    in_hindi = officer.post("/office/areas/G01", {"areas": "Gaya"}, token_from="/office/areas")
    assert "पिन कोड (6 अंक) या वार्ड (W-12) नहीं है" in in_hindi.text
    viewer = _signed_in(district, "vijay", "viewer")
    seen = viewer.get("/office/areas").text
    assert "823001" in seen and 'action="/office/areas/G01"' not in seen
    refused = viewer.post("/office/areas/G01", {"areas": "110001"}, token_from="/office/")
    assert refused.status_code == 403
    assert orders.areas_by_outlet(district.store) == {"G01": ["823001"]}
    assert _audit(district, "outlet.areas") == []


def test_an_officer_sets_the_retention_and_a_viewer_may_not(sqlite_district: District) -> None:
    district = sqlite_district
    officer = _signed_in(district, "asha", "officer")
    assert officer.post("/office/retention", {"days": "30"},
                        token_from="/office/areas").status_code == 303  # fmt: skip
    assert orders.retention_days(district.store) == 30
    assert json.loads(str(_audit(district, "orders.retention")[0]["after"])) == {"days": 30}
    for wrong in ("0", "thirty"):
        refused = officer.post("/office/retention", {"days": wrong}, token_from="/office/areas")
        assert refused.status_code == 400 and "1 to 3650 days" in refused.text
        assert f'name="days" value="{wrong}"' in refused.text
    viewer = _signed_in(district, "vijay", "viewer")
    assert viewer.post("/office/retention", {"days": "5"},
                       token_from="/office/").status_code == 403  # fmt: skip
    assert orders.retention_days(district.store) == 30
