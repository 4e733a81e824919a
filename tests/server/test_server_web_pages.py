"""The district office's pages over HTTP with a real till enrolled: Today, outlets and tills,
sales with drill-down and CSV, escaping, and Hindi for every text on them."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos import clock
from pos.inventory import stock
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.web import i18n
from pos.sync import service
from pos.sync.client import SyncError
from tests.server.test_server_api import _sell
from tests.support.office_client import Office, add_staff
from tests.support.sync_fixtures import District, fresh_outlet, make_store

WEB = Path(__file__).resolve().parents[2] / "pos" / "server" / "web"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[District]:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    add_staff(store, "vimla", "viewer")
    with ServerThread(create_app(store)) as server:
        yield District(store, server.url, db)
    store.close()


def test_a_sale_made_on_a_till_shows_on_today_in_sales_its_receipt_and_the_csv(
    office: District, tmp_path: Path
) -> None:
    office.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", office)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    sold = _sell(outlet, qty=3)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.sign_in("vimla")
    today = staff.get("/office/").text
    assert "₹30.00" in today and "G01" in today
    day = clock.business_date(clock.now_utc())
    listing = staff.get(f"/office/sales?from={day}&to={day}").text
    assert f'href="/office/sales/G01/{day}"' in listing
    receipts = staff.get(f"/office/sales/G01/{day}").text
    link = re.search(r'href="(/office/receipts/[^"]+)">' + re.escape(sold.receipt_no), receipts)
    assert link, receipts
    receipt = staff.get(link.group(1)).text
    assert "Cotton mask green" in receipt and "₹30.00" in receipt
    hindi = Office(office.url)
    hindi.http.cookies.set("pos_office_lang", "hi")
    hindi.sign_in("vimla")
    assert "सूती मास्क हरा" in hindi.get(link.group(1)).text
    month_csv = re.search(r'href="(/office/sales\?by=outlet&from=[^"]+&format=csv)"',
                          today.split("Sales this month")[1])  # fmt: skip
    assert month_csv, today
    month_rows = list(csv.DictReader(io.StringIO(
        staff.get(month_csv.group(1)).content.decode("utf-8-sig"))))  # fmt: skip
    assert [(r["outlet"], r["bills"], r["net"]) for r in month_rows] == [("G01", "1", "30.00")]
    exported = staff.get(f"/office/sales?from={day}&to={day}&format=csv")
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows == [{"business_date": day, "outlet": "G01", "bills": "1", "returns": "0",
                     "net": "30.00", "gst": "1.43", "cash": "30.00", "upi": "0.00",
                     "card": "0.00", "other": "0.00"}]  # fmt: skip
    by_shg = staff.get(f"/office/sales?by=shg&from={day}&to={day}&format=csv")
    shg_rows = list(csv.DictReader(io.StringIO(by_shg.content.decode("utf-8-sig"))))
    assert shg_rows == [
        {"shg_code": "SHG-LAX", "sold_qty": "3", "returned_qty": "0", "sales": "30.00"}
    ]
    receipts_csv = staff.get(f"/office/sales/G01/{day}?format=csv").content.decode("utf-8-sig")
    assert sold.receipt_no in receipts_csv and "30.00" in receipts_csv
    outlet.ledger.close()


def test_an_outlet_added_in_the_office_shows_its_code_once_and_the_code_enrols_a_till(
    office: District, tmp_path: Path
) -> None:
    staff = Office(office.url)
    staff.sign_in("asha")
    posted = staff.post("/office/outlets", {"code": "g01", "name": "Gaya centre"})
    assert posted.status_code == 303 and posted.headers["location"] == "/office/code"
    shown = staff.get("/office/code")
    assert shown.status_code == 200 and shown.headers["cache-control"] == "no-store"
    code = re.search(r'id="enrolment-code">([^<]+)<', shown.text).group(1)  # type: ignore[union-attr]
    assert '<svg class="qr"' in shown.text  # read back with zbarimg in the browser test
    assert code not in staff.get("/office/outlets").text
    # A reload (or Back) shows the code no more and issues no other: answering the POST
    # itself, a reload re-posted the form and issued a second code, valid for 7 days too.
    reloaded = staff.get("/office/code")
    assert code not in reloaded.text and "enrolment-code" not in reloaded.text
    assert "shown once already" in reloaded.text
    assert len(office.store.rows("audit_log", action="outlet.code")) == 1
    from pos.sync import service as sync_service
    from tests.conftest import make_outlet

    till = make_outlet(tmp_path / "till")
    sync_service.enroll(till.ledger, office.url, code)
    outlets = staff.get("/office/outlets").text
    assert till.ledger.device.id in outlets
    till.ledger.close()


def test_a_till_revoked_in_the_office_has_its_next_push_refused(
    office: District, tmp_path: Path
) -> None:
    office.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", office)
    staff = Office(office.url)
    staff.sign_in("asha")
    device = outlet.ledger.device.id
    unconfirmed = staff.post(f"/office/tills/{device}/revoke", {}, token_from="/office/outlets")
    assert (
        unconfirmed.status_code == 400
        and office.store.rows("audit_log", action="till.revoke") == []
    )
    revoked = staff.post(f"/office/tills/{device}/revoke", {"confirm": "yes"},
                         token_from="/office/outlets")  # fmt: skip
    assert revoked.status_code == 303
    assert "revoked" in staff.get("/office/outlets").text
    _sell(outlet)
    with pytest.raises(SyncError, match="revoked"):
        service.sync_once(outlet.ledger)
    assert office.store.count("sales") == 0
    entry = office.store.rows("audit_log", action="till.revoke")[0]
    assert entry["actor"] == "asha" and device in entry["target"]
    outlet.ledger.close()


def test_names_with_markup_show_as_text_never_as_markup(office: District) -> None:
    office.store.add_outlet("X01", "<script>alert(1)</script>")
    staff = Office(office.url)
    staff.sign_in("vimla")
    for path in ("/office/", "/office/outlets", "/office/sales?by=outlet"):
        page = staff.get(path).text
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_page_in_hindi_shows_hindi_and_the_switch_is_remembered(office: District) -> None:
    staff = Office(office.url)
    staff.sign_in("asha")
    switched = staff.get("/office/lang/hi?next=/office/outlets")
    assert switched.url.endswith("/office/outlets")
    assert 'lang="hi"' in switched.text and "आउटलेट और टिल" in switched.text
    assert "आज की बिक्री" in staff.get("/office/").text
    assert staff.get("/office/lang/en?next=https://evil.example/").url.endswith("/office/")


def _texts() -> set[str]:
    pattern = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")
    found: set[str] = set()
    for path in [*WEB.glob("templates/*.html"), *WEB.rglob("*.py")]:
        if path.name == "i18n.py":  # its docstring shows the call
            continue
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2))
    return found


def test_every_text_on_the_office_pages_has_hindi() -> None:
    texts = _texts() | set(i18n.COLUMNS.values()) | set(i18n.DATA_WORDS)
    assert len(texts) > 80
    missing = sorted(t for t in texts if not i18n.HI.get(t, "").strip())
    assert missing == []
    assert all(re.search("[\u0900-\u097f]", i18n.HI[t]) for t in texts if t not in ("UPI",))


def test_a_dead_till_replaced_from_the_office_gets_a_one_time_code_and_an_audit_line(
    office: District, tmp_path: Path
) -> None:
    office.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", office)
    staff = Office(office.url)
    staff.sign_in("asha")
    device = outlet.ledger.device.id
    posted = staff.post(f"/office/tills/{device}/replace", {}, token_from="/office/outlets")
    assert posted.status_code == 303
    shown = staff.get("/office/code")
    assert shown.status_code == 200 and "Replacement code for till G01A" in shown.text
    assert re.search(r'id="enrolment-code">[0-9A-F-]{20}<', shown.text)
    entry = office.store.rows("audit_log", action="till.replace")[0]
    assert entry["actor"] == "asha" and device in entry["target"]
    viewer = Office(office.url)
    viewer.sign_in("vimla")
    refused = viewer.post(f"/office/tills/{device}/replace", {}, token_from="/office/outlets")
    assert refused.status_code == 403
    outlet.ledger.close()
