# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The Outlets and tills page: what each till reports on its push (events still queued, app
version), each outlet's GSTIN, and audit rows that commit with the change they record; over
a real till pushing to a real district on 127.0.0.1 (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import text

import pos
from pos.db.records import sync_q
from pos.outlet.gstin import check_character
from pos.server.storage.store import Store
from pos.server.web.pages import outlets as outlets_web
from pos.sync import protocol as p
from pos.sync import service
from pos.sync.client import DistrictClient
from tests.conftest import ROOT, Outlet, make_outlet
from tests.server.test_server_api import _post, _secret, _sell, _wire
from tests.support.office_client import Office, add_staff, token_of
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def gstin(first14: str) -> str:
    return first14 + check_character(first14)


def _till_row(page: str, short_code: str) -> list[str]:
    row = re.search(rf"<tr>\s*<td>{short_code} <small.*?</tr>", page, re.DOTALL)
    assert row, page
    cells = r'<td(?! class="actions")[^>]*>([^<]*)</td>'  # the figures, not the buttons
    return [c.strip() for c in re.findall(cells, row.group(0))]


def test_the_app_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pos.__version__ == project["project"]["version"]


def test_each_push_reports_what_stays_queued_and_the_version_and_the_page_shows_the_latest(
    district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(3):
        _sell(outlet, qty=1)
    queued = int(sync_q.outbox_summary(outlet.ledger.db)["pending"])
    assert queued >= 7
    monkeypatch.setattr(p, "MAX_BATCH_EVENTS", 3)  # the till's batches only: several pushes
    seen: list[tuple[int, str, Any, Any]] = []
    real_push = DistrictClient.push

    def spy(self: DistrictClient, device_id: str, body: bytes, **kw: Any) -> p.BatchResponse:
        answer = real_push(self, device_id, body, **kw)
        sent = json.loads(body)
        held = district.store.rows("devices", device_id=device_id)[0]
        seen.append((sent["pending_after"], sent["app_version"], held["pending_reported"],
                     held["app_version"]))  # fmt: skip
        return answer

    monkeypatch.setattr(DistrictClient, "push", spy)
    service.sync_once(outlet.ledger)
    expected = [max(0, queued - 3 * n) for n in range(1, -(-queued // 3) + 1)]
    assert [s[0] for s in seen] == expected and expected[-1] == 0 and expected[0] > 0
    assert all(s[1] == pos.__version__ and s[2] == s[0] and s[3] == s[1] for s in seen)
    add_staff(district.store, "vimla", "viewer")
    staff = Office(district.url)
    staff.sign_in("vimla")
    cells = _till_row(staff.get("/office/outlets").text, outlet.ledger.device.short_code)
    held = district.store.rows("devices")[0]["contiguous_seq"]
    assert cells[-5:-1] == [str(held), "0", pos.__version__, "0"] and held == queued
    outlet.ledger.close()


def test_a_till_that_reports_neither_field_is_accepted_and_keeps_what_a_newer_push_said(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    wire = _wire(outlet)
    old = _post(district, outlet, wire[:2])  # the body of a till from before these fields
    assert old.status_code == 200
    assert {r["status"] for r in old.json()["results"]} == {"accepted"}
    device = district.store.rows("devices")[0]
    assert device["pending_reported"] is None and device["app_version"] is None
    add_staff(district.store, "vimla", "viewer")
    staff = Office(district.url)
    staff.sign_in("vimla")
    cells = _till_row(staff.get("/office/outlets").text, outlet.ledger.device.short_code)
    assert cells[-5:-1] == ["2", "—", "—", "0"]
    url = f"{district.url}/v1/devices/{outlet.ledger.device.id}/events:batch"
    auth = {"Authorization": f"Bearer {_secret(outlet)}"}

    def push(events: list[dict[str, object]], **fields: object) -> requests.Response:
        body = {"device_id": outlet.ledger.device.id, "events": events, **fields}
        return requests.post(url, json=body, headers=auth, timeout=30)

    assert push(wire[2:3], pending_after=5, app_version="0.0.9").status_code == 200
    assert _post(district, outlet, wire[3:4]).status_code == 200  # an old body again: kept
    device = district.store.rows("devices")[0]
    assert (device["pending_reported"], device["app_version"]) == (5, "0.0.9")
    bad = push(wire[4:5], pending_after=-1)
    assert bad.status_code == 422
    outlet.ledger.close()


def test_an_older_district_database_gains_the_new_columns_when_the_app_starts(
    server_db: str,
) -> None:
    store = Store(server_db)
    store.initialise("Gwalior")
    with store.tx() as conn:  # as a database made before these columns were
        for table, column in (("outlets", "gstin"), ("devices", "pending_reported"),
                              ("devices", "app_version")):  # fmt: skip
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    assert store.upgrade() == ["outlets.gstin", "devices.pending_reported", "devices.app_version"]
    assert store.upgrade() == []
    store.add_outlet("G01", "Gwalior", gstin("23AAAGG1234F1Z"))
    assert store.rows("outlets")[0]["gstin"] == gstin("23AAAGG1234F1Z")
    store.close()


# ---------------------------------------------------------------- GSTIN per outlet


def test_an_officer_sets_an_outlets_gstin_checked_like_the_tills_and_audited(
    district: District,
) -> None:
    district.enrolment_code("G01")
    add_staff(district.store, "omkar", "officer")
    add_staff(district.store, "vimla", "viewer")
    staff = Office(district.url)
    staff.sign_in("omkar")
    good = gstin("23AAAGG1234F1Z")
    wrong_check = good[:14] + ("A" if good[14] != "A" else "B")
    refused = staff.post("/office/outlets/G01/gstin", {"gstin": wrong_check},
                         token_from="/office/outlets")  # fmt: skip
    assert refused.status_code == 400 and "the check character" in refused.text
    assert district.store.rows("outlets")[0]["gstin"] is None
    done = staff.post("/office/outlets/G01/gstin", {"gstin": good.lower()},
                      token_from="/office/outlets")  # fmt: skip
    assert done.status_code == 303
    assert district.store.rows("outlets")[0]["gstin"] == good
    assert good in staff.get("/office/outlets").text
    entry = [e for e in district.store.rows("audit_log") if e["action"] == "outlet.gstin"]
    assert [(e["actor"], e["before"], e["after"]) for e in entry] == [
        ("omkar", '{"gstin": null}', f'{{"gstin": "{good}"}}')
    ]
    viewer = Office(district.url)
    viewer.sign_in("vimla")
    assert viewer.post("/office/outlets/G01/gstin", {"gstin": ""},
                       token_from="/office/outlets").status_code == 403  # fmt: skip
    no_token = staff.post("/office/outlets/G01/gstin", {"gstin": ""}, with_token=False)
    assert no_token.status_code == 403
    assert district.store.rows("outlets")[0]["gstin"] == good


def test_the_gst_csv_is_keyed_by_gstin_sums_outlets_sharing_one_and_keeps_others_apart(
    district: District, tmp_path: Path
) -> None:
    import csv
    import io

    from pos import clock
    from pos.inventory import stock

    district.publish_small_catalog()
    shared = gstin("23AAAGG1234F1Z")
    made = {}
    for code, gst in (("G01", shared), ("G02", shared), ("G03", None), ("G04", None)):
        district.store.add_outlet(code, f"Centre {code}", gst)
        outlet = fresh_outlet_for(tmp_path / code, district, code)
        stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
        _sell(outlet, qty={"G01": 1, "G02": 2, "G03": 4, "G04": 8}[code])
        service.sync_once(outlet.ledger)
        made[code] = outlet
    add_staff(district.store, "vimla", "viewer")
    staff = Office(district.url)
    staff.sign_in("vimla")
    month = clock.business_date(clock.now_utc())[:7]

    def read(key: str, part: str = "hsn") -> list[dict[str, str]]:
        answer = staff.get(f"/office/gst?key={key}&month={month}&part={part}&format=csv")
        assert answer.status_code == 200
        return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))

    def shown(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
        return [(r["gstin"], r["outlets"], r["hsn"], r["qty"], r["value"]) for r in rows]

    assert shown(read(shared)) == [(shared, "G01 G02", "6307", "3", "30.00")]
    assert shown(read("G02")) == shown(read(shared))  # an outlet leads to its GSTIN's table
    assert shown(read("G03")) == [("", "G03", "6307", "4", "40.00")]
    assert shown(read("G04")) == [("", "G04", "6307", "8", "80.00")]
    b2c = read("G04", "b2c")
    assert [(r["gstin"], r["outlets"], r["rate_percent"], r["value"]) for r in b2c] == [
        ("", "G04", "5", "80.00")
    ]
    page = staff.get(f"/office/gst?month={month}").text
    assert page.count("<option") == 3 and page.count("no GSTIN") >= 2
    assert f"{shared} · G01, G02" in page
    for outlet in made.values():
        outlet.ledger.close()


def fresh_outlet_for(path: Path, district: District, code: str) -> Outlet:
    outlet = make_outlet(path, code=code)
    service.enroll(outlet.ledger, district.url, district.store.add_outlet(code, ""))
    return outlet


# ---------------------------------------------------------------- audit with the change


def _boom(*_args: object, **_kw: object) -> None:
    raise RuntimeError("the audit row could not be written")


def test_an_outlet_added_and_a_till_revoked_commit_only_with_their_audit_rows(
    district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    add_staff(district.store, "omkar", "officer")
    staff = Office(district.url)
    staff.sign_in("omkar")
    token_page = "/office/outlets"
    monkeypatch.setattr(outlets_web, "audit", _boom)  # the change is written, then this fails
    failed = staff.post("/office/outlets", {"code": "G05", "name": "Morar"}, token_from=token_page)
    assert failed.status_code == 500
    # uvicorn closes a connection whose request raised: the next request must not reuse it
    staff.http.close()
    assert district.store.rows("outlets", code="G05") == []
    assert district.store.rows("enrol_codes", outlet_code="G05") == []
    device = outlet.ledger.device.id
    failed = staff.post(f"/office/tills/{device}/revoke", {"confirm": "yes"},
                        token_from=token_page)  # fmt: skip
    assert failed.status_code == 500
    staff.http.close()
    assert district.store.rows("devices")[0]["revoked_at"] is None
    assert [e["action"] for e in district.store.rows("audit_log")] == ["user.add"]
    monkeypatch.undo()
    assert staff.post("/office/outlets", {"code": "G05", "name": "Morar"},
                      token_from=token_page).status_code == 303  # fmt: skip
    assert staff.post(f"/office/tills/{device}/revoke", {"confirm": "yes"},
                      token_from=token_page).status_code == 303  # fmt: skip
    actions = [(e["action"], e["target"]) for e in district.store.rows("audit_log")][1:]
    short = outlet.ledger.device.short_code
    assert actions == [("outlet.code", "G05"), ("till.revoke", f"{short} {device}")]
    assert district.store.rows("devices")[0]["revoked_at"] is not None
    outlet.ledger.close()


def test_a_transaction_opened_inside_another_rolls_back_with_it(server_db: str) -> None:
    store = Store(server_db)
    store.initialise("Gwalior")
    with pytest.raises(RuntimeError), store.tx():
        store.add_outlet("G01", "Gwalior")  # its own tx() joins the outer one
        raise RuntimeError("after the change, before it is recorded")
    assert store.rows("outlets") == [] and store.rows("enrol_codes") == []
    store.close()


# ---------------------------------------------------------------- refusals in Hindi


def test_a_hindi_page_shows_each_kind_of_refusal_in_hindi(district: District) -> None:
    import html

    district.publish_small_catalog()
    district.enrolment_code("G01")
    add_staff(district.store, "omkar", "officer")
    staff = Office(district.url)
    staff.http.cookies.set("pos_office_lang", "hi")
    staff.sign_in("omkar")
    bad_check = gstin("23AAAGG1234F1Z")[:14] + "0"
    cases = [  # (path, form, token page, Hindi expected, English that must not show)
        ("/office/outlets/G01/gstin", {"gstin": bad_check}, "/office/outlets",
         "जाँच अक्षर (आख़िरी) 0 है", "the check character"),  # the domain's, nested
        ("/office/outlets/G01/gstin", {"gstin": "23AAAGG12"}, "/office/outlets",
         "जीएसटीआईएन 15 अक्षर और अंक का होता है", "a GSTIN is 15 letters"),
        ("/office/outlets", {"code": "G-1", "name": "X"}, "/office/outlets",
         "2 या 3 बड़े अक्षर या अंक", "capital letters or digits"),
        ("/office/outlets/G9/gstin", {"gstin": ""}, "/office/outlets",
         "कोई आउटलेट 'G9' नहीं", "add it first"),  # the server's own, with a value
        ("/office/catalog/preview", {"what": "price", "sku": "MSK-GRN", "mrp": "12.345",
         "effective_from": "2031-04-01T00:00"}, "/office/catalog",
         "रुपयों में राशि नहीं: '12.345'", "not an amount"),  # a bad price
        ("/office/catalog/preview", {"what": "rate", "hsn": "12", "rate": "5",
         "effective_from": "2031-04-01T00:00"}, "/office/catalog",
         "एचएसएन '12' 4, 6 या 8 अंकों", "must be 4, 6 or 8 digits"),
        ("/office/shgs", {"code": "SHG-Z", "name_en": ""}, "/office/shgs",
         "स्वयं सहायता समूह का अंग्रेज़ी नाम चाहिए", "needs an English name"),
        ("/office/tills/nope/revoke", {}, "/office/outlets",
         "रद्द करने की पुष्टि", "tick the box"),  # a form refusal of the page itself
    ]  # fmt: skip
    for path, form, token_page, hindi, english in cases:
        answer = staff.post(path, form, token_from=token_page)
        shown = html.unescape(answer.text)
        assert answer.status_code in (400, 404), (path, answer.status_code)
        assert hindi in shown and english not in shown, (path, shown[-2000:])
    assert district.store.rows("outlets")[0]["gstin"] is None
    bad_file = ("sku,name_en,category,hsn,gst_rate,mrp,shg_code\n"
                "BAD2,Bad two,Linen,6302,5,-3,SHG-LAX\n")  # fmt: skip
    answer = staff.http.post(
        district.url + "/office/catalog/preview",
        data={"what": "import", "csrf_token": token_of(staff.get("/office/catalog").text)},
        files={"file": ("catalog.csv", bad_file.encode(), "text/csv")}, timeout=30,
    )  # fmt: skip
    shown = html.unescape(answer.text)
    assert answer.status_code == 400 and "सूची आयात नहीं हुई: 1 ग़लत पंक्ति" in shown
    problems = re.findall(r"<li>(.*?)</li>", shown)
    assert problems and "राशि ऋणात्मक नहीं हो सकती" in problems[0], problems  # a row's refusal


def test_every_refusal_the_server_raises_has_hindi() -> None:
    """Each PosError text raised in pos/server (as a pattern with {0}…) has Hindi in the
    office's catalogue or the till's (pos_hi.ts), so a Hindi page never shows it in English."""
    import ast
    import sys

    from pos import refusals
    from pos.server.web.i18n import HI

    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        import build  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    trees = [ast.parse(f.read_text(encoding="utf-8")) for f in (ROOT / "pos/server").rglob("*.py")]
    errors = build.error_classes([*build._domain_trees(), *trees])
    found = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                func = node.exc.func
                if getattr(func, "id", getattr(func, "attr", "")) in errors:
                    found.add(build._pattern(node.exc.args[0]))
    catalogue = refusals.ts_translations("hi")
    missing = sorted(t for t in found if t and t not in HI and t not in catalogue)
    assert len(found) > 40 and missing == []


def test_outlet_add_takes_a_gstin_checked_like_the_tills_and_audits_it(tmp_path: Path) -> None:
    from tests.server.test_server_cli import server_cli

    db = tmp_path / "district.sqlite"
    assert server_cli(db, "init", "--district", "Gwalior").returncode == 0
    good = gstin("23AAAGG1234F1Z")
    refused = server_cli(db, "outlet", "add", "G01", "--name", "Gwalior", "--gstin", good[:-1])
    assert refused.returncode == 1 and "a GSTIN is 15 letters and digits" in refused.stderr
    added = server_cli(db, "outlet", "add", "G01", "--name", "Gwalior", "--gstin", good.lower())
    assert added.returncode == 0, added.stderr
    store = Store(str(db))
    assert [o["gstin"] for o in store.rows("outlets")] == [good]
    assert [(e["actor"], e["action"], e["target"]) for e in store.rows("audit_log")] == [
        ("pos-server", "outlet.code", "G01")
    ]
    assert len(store.rows("enrol_codes")) == 1  # the refused add wrote nothing
    store.close()
