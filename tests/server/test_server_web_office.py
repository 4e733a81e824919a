"""The office's SHG register and statements, catalog publishing with a preview, and GST
tables, over HTTP against a real district with a real till."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pos import clock
from pos.inventory import stock
from pos.products import catalog
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.sync import service
from tests.server.test_server_api import _sell
from tests.support.office_client import Office, add_staff, token_of
from tests.support.sync_fixtures import District, fresh_outlet, make_store


@pytest.fixture
def office(tmp_path: Path) -> Iterator[District]:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "omkar", "officer")
    add_staff(store, "vimla", "viewer")
    with ServerThread(create_app(store)) as server:
        made = District(store, server.url, db)
        made.publish_small_catalog()
        yield made
    store.close()


def _version(district: District) -> int:
    return int(district.store.rows("counters", name="catalog")[0]["value"])


def test_an_shg_added_and_edited_in_the_office_is_published_audited_and_shown_as_text(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    before = _version(office)
    added = staff.post("/office/shgs", {"code": "shg-x", "name_en": "<script>alert(1)</script>",
                                        "village": "Tekari", "upi_vpa": "x@upi"})  # fmt: skip
    assert added.status_code == 303 and added.headers["location"] == "/office/shgs/SHG-X"
    assert _version(office) == before + 1
    for path in ("/office/shgs", "/office/shgs/SHG-X", "/office/catalog"):
        page = staff.get(path).text
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    staff.post("/office/shgs", {"code": "SHG-X", "name_en": "Sita SHG", "village": "Konch"})
    edits = [e for e in office.store.rows("audit_log") if e["action"] == "shg.save"]
    assert edits[0]["before"] is None and '"village": "Tekari"' in edits[1]["before"]
    assert '"village": "Konch"' in edits[1]["after"] and edits[1]["actor"] == "omkar"
    viewer = Office(office.url)
    viewer.sign_in("vimla")
    refused = viewer.post("/office/shgs", {"code": "SHG-Y", "name_en": "Y"},
                          token_from="/office/shgs")  # fmt: skip
    assert refused.status_code == 403 and _version(office) == before + 2


def test_an_shg_shows_what_each_outlet_received_and_sold_and_its_pdf_statement(
    office: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", office)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    _sell(outlet, qty=3)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.sign_in("vimla")
    page = staff.get("/office/shgs/SHG-LAX").text
    row = re.search(r"<tr><td>G01</td>(.*?)</tr>", page)
    assert row, page
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))
    assert cells == ["40", "3", "0", "₹30.00", "₹0.00", "₹30.00"]
    pdf = staff.get("/office/shgs/SHG-LAX/statement.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "SHG STATEMENT" in text and "SHG-LAX" in text and "₹30.00" in text
    assert "समूह" in text and "बकाया" in text
    outlet.ledger.close()


def test_a_price_change_is_previewed_then_published_and_the_till_pulls_it(
    office: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", office)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.sign_in("omkar")
    tomorrow = clock.local(clock.now_utc() + timedelta(days=1)).replace(second=0, microsecond=0)
    when = tomorrow.strftime("%Y-%m-%dT%H:%M")
    before = _version(office)
    preview = staff.post("/office/catalog/preview", {"what": "price", "sku": "MSK-GRN",
                         "mrp": "12", "effective_from": when}, token_from="/office/catalog")  # fmt: skip
    assert preview.status_code == 200
    assert re.search(r"<td>MSK-GRN</td><td>₹10.00</td><td>₹12.00</td><td>" + when, preview.text)
    assert "1 outlets, 1 active tills" in preview.text
    assert _version(office) == before  # a preview writes nothing
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"',
                             preview.text.split('action="/office/catalog/publish"')[1]))  # fmt: skip
    published = staff.http.post(office.url + "/office/catalog/publish", data=fields,
                                allow_redirects=False, timeout=30)  # fmt: skip
    assert published.status_code == 303 and _version(office) == before + 1
    assert service.sync_once(outlet.ledger).pulled == 1
    assert catalog.find_item(outlet.ledger, "MSK-GRN", tomorrow).mrp_paise == 1200
    assert catalog.find_item(outlet.ledger, "MSK-GRN").mrp_paise == 1000
    assert "₹12.00" in staff.get("/office/catalog").text
    outlet.ledger.close()


def test_a_catalog_file_with_bad_rows_lists_every_one_and_writes_nothing(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    before = _version(office)
    bad = ("sku,name_en,category,hsn,gst_rate,mrp,shg_code\n"
           "TOWEL,Towel,Linen,6302,5,80,SHG-LAX\n"
           "BAD1,Bad one,Linen,63,5,80,SHG-LAX\n"
           "BAD2,Bad two,Linen,6302,5,-3,SHG-LAX\n")  # fmt: skip
    token = token_of(staff.get("/office/catalog").text)
    answer = staff.http.post(
        office.url + "/office/catalog/preview",
        data={"what": "import", "csrf_token": token},
        files={"file": ("catalog.csv", bad.encode(), "text/csv")}, timeout=30,
    )  # fmt: skip
    assert answer.status_code == 400
    problems = re.findall(r"<li>line (\d+): ([^<]*)</li>", answer.text)
    assert [n for n, _ in problems] == ["3", "4"], answer.text
    assert _version(office) == before
    good = bad.split("BAD1")[0]
    token = token_of(staff.get("/office/catalog").text)
    preview = staff.http.post(
        office.url + "/office/catalog/preview",
        data={"what": "import", "csrf_token": token},
        files={"file": ("catalog.csv", good.encode(), "text/csv")}, timeout=30,
    )  # fmt: skip
    assert preview.status_code == 200 and "TOWEL" in preview.text and _version(office) == before
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"',
                             preview.text.split('action="/office/catalog/publish"')[1]))  # fmt: skip
    staff.http.post(office.url + "/office/catalog/publish", data=fields, timeout=30)
    assert _version(office) == before + 3  # product, price, GST rate of HSN 6302


def test_the_gst_page_gives_the_hsn_summary_and_b2c_totals_as_csv(
    office: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", office)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    stock.receive_lot(outlet.ledger, "SHG-DUR", "SOAP-NEEM", 10, user=outlet.manager)
    _sell(outlet, qty=3)
    _sell(outlet, "SOAP-NEEM", qty=2)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.sign_in("vimla")
    month = clock.business_date(clock.now_utc())[:7]
    assert "6307" in staff.get(f"/office/gst?outlet=G01&month={month}").text

    def read(part: str) -> list[dict[str, str]]:
        answer = staff.get(f"/office/gst?outlet=G01&month={month}&part={part}&format=csv")
        return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))

    hsn = read("hsn")
    assert [(r["hsn"], r["rate_percent"], r["qty"], r["value"]) for r in hsn] == [
        ("3401", "18", "2", "71.00"),
        ("6307", "5", "3", "30.00"),
    ]
    for r in hsn:
        taxable, cgst, sgst = (
            int(r[k].replace(".", "")) for k in ("taxable_value", "cgst", "sgst")
        )
        assert taxable + cgst + sgst == int(r["value"].replace(".", ""))
    assert [(r["rate_percent"], r["value"]) for r in read("b2c")] == [("5", "30.00"),
                                                                      ("18", "71.00")]  # fmt: skip
    outlet.ledger.close()


def test_the_shg_tables_download_as_csv(office: District, tmp_path: Path) -> None:
    outlet = fresh_outlet(tmp_path / "o", office)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    _sell(outlet, qty=3)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.sign_in("vimla")
    register = staff.get("/office/shgs?format=csv").content.decode("utf-8-sig")
    rows = {r["shg_code"]: r for r in csv.DictReader(io.StringIO(register))}
    assert rows["SHG-LAX"]["sold_qty"] == "3" and rows["SHG-LAX"]["owed"] == "30.00"
    assert rows["SHG-DUR"]["sold_qty"] == "0"
    page = staff.get("/office/shgs").text  # the same figures on screen, built row by row
    assert "<td>40</td><td>3</td><td>0</td><td>₹30.00</td><td>₹0.00</td><td>₹30.00</td>" in page
    assert "<td>0</td><td>0</td><td>0</td><td>₹0.00</td><td>₹0.00</td><td>₹0.00</td>" in page
    one = staff.get("/office/shgs/SHG-LAX?format=csv").content.decode("utf-8-sig")
    assert list(csv.DictReader(io.StringIO(one))) == [
        {"outlet": "G01", "received_qty": "40", "sold_qty": "3", "returned_qty": "0",
         "sales": "30.00", "paid": "0.00", "owed": "30.00"}
    ]  # fmt: skip
    outlet.ledger.close()


def test_a_long_shg_register_comes_in_pages_and_a_search_finds_one(office: District) -> None:
    from pos.server.tills import catalog as server_catalog

    server_catalog.publish(office.store, [
        ("shg", f"SHG-{n:03d}", {"code": f"SHG-{n:03d}", "name_en": f"Group {n}",
                                 "village": "Konch" if n == 117 else "Tekari"})
        for n in range(120)
    ])  # fmt: skip
    staff = Office(office.url)
    staff.sign_in("vimla")
    first = staff.get("/office/shgs").text
    assert "SHG-099" in first and "SHG-100" not in first  # by code: digits before letters
    assert "122 SHGs" in first and "page 1 / 2" in first
    second = staff.get("/office/shgs?page=2").text
    assert "SHG-119" in second and "SHG-LAX" in second and "SHG-000" not in second
    every = staff.get("/office/shgs?page=all").text  # the month's whole report on one page
    assert every.count('<tr><td><a href="/office/shgs/') == 122 and "In pages" in every
    assert "SHG-000" in every and "SHG-119" in every and "page 1 / 2" not in every
    found = staff.get("/office/shgs?q=konch").text
    assert "SHG-117" in found and "SHG-116" not in found
    register = staff.get("/office/shgs?format=csv").content.decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(register)))) == 122
