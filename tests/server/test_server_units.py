"""An SHG selling products of two units (pieces and millilitres) under one HSN: the
district's SHG and GST figures keep the units apart (issue 13: "Received 5980" was pieces
plus millilitres), on the pages, the CSVs and the summaries of an upgraded older database."""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pos import clock
from pos.amounts.quantity import PerUnit
from pos.inventory import stock
from pos.products.catalog import parse_catalog_json
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.storage import summaries
from pos.server.storage.store import Store
from pos.server.tills.catalog import import_catalog
from pos.sync import service
from tests.conftest import SMALL_CATALOG
from tests.server.test_server_api import _sell
from tests.support.office_client import Office, add_staff
from tests.support.sync_fixtures import District, fresh_outlet, make_store, server_db  # noqa: F401

UNITS_CATALOG = copy.deepcopy(SMALL_CATALOG)
UNITS_CATALOG["products"] += [  # type: ignore[operator]
    {"sku": "MUSTARD-L", "barcodes": "8900000000043", "name_en": "Mustard oil (loose)",
     "name_hi": "सरसों तेल (खुला)", "category": "Oil", "category_hi": "तेल", "unit": "ml",
     "hsn": "1514", "gst_rate": "5", "mrp": "0.2", "shg_code": "SHG-LAX"},
    {"sku": "MUSTARD-TIN", "barcodes": "8900000000050", "name_en": "Mustard oil tin 1 l",
     "name_hi": "सरसों तेल टिन 1 लीटर", "category": "Oil", "category_hi": "तेल", "unit": "pc",
     "hsn": "1514", "gst_rate": "5", "mrp": "210", "shg_code": "SHG-LAX"},
]  # fmt: skip


def _feed(district: District, tmp_path: Path) -> None:
    """A real till receives 5 l of loose oil and 20 tins from SHG-LAX, sells 1.5 l and 3."""
    import_catalog(district.store, parse_catalog_json(json.dumps(UNITS_CATALOG)),
                   "2020-01-01T00:00")  # fmt: skip
    outlet = fresh_outlet(tmp_path / "till", district)
    service.sync_once(outlet.ledger)  # the catalog with the oil
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MUSTARD-L", 5000, user=outlet.manager)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MUSTARD-TIN", 20, user=outlet.manager)
    _sell(outlet, "MUSTARD-L", qty=1500)
    _sell(outlet, "MUSTARD-TIN", qty=3)
    service.sync_once(outlet.ledger)
    outlet.ledger.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[District]:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "vimla", "viewer")
    with ServerThread(create_app(store)) as server:
        yield District(store, server.url, db)
    store.close()


def _csv(staff: Office, path: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(staff.get(path).content.decode("utf-8-sig"))))


def test_an_shgs_pieces_and_millilitres_stay_apart_on_its_page_and_csv(
    office: District, tmp_path: Path
) -> None:
    _feed(office, tmp_path)
    staff = Office(office.url)
    staff.sign_in("vimla")
    page = staff.get("/office/shgs/SHG-LAX").text
    assert "20 pcs · 5 L" in page and "3 pcs · 1.5 L" in page and "5020" not in page
    register = staff.get("/office/shgs").text
    assert "<td>20 pcs · 5 L</td><td>3 pcs · 1.5 L</td><td>0</td><td>₹930.00</td>" in register
    staff.http.cookies.set("pos_office_lang", "hi")
    assert "20 नग · 5 लीटर" in staff.get("/office/shgs/SHG-LAX").text
    (row,) = _csv(staff, "/office/shgs/SHG-LAX?format=csv")
    assert {k: row[k] for k in ("received_pcs", "received_ml", "received_g", "sold_pcs",
                                "sold_ml", "sales")} == {
        "received_pcs": "20", "received_ml": "5000", "received_g": "0", "sold_pcs": "3",
        "sold_ml": "1500", "sales": "930.00"}  # fmt: skip
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(staff.get("/office/shgs/SHG-LAX/statement.pdf").content)
    said = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "20 pcs/" in said and "5 L/" in said and "1.5 L/" in said and "5020" not in said
    by_shg = {r["shg_code"]: r for r in _csv(staff, "/office/sales?by=shg&format=csv")}
    assert (by_shg["SHG-LAX"]["sold_pcs"], by_shg["SHG-LAX"]["sold_ml"]) == ("3", "1500")


def test_the_gst_hsn_summary_has_a_row_per_uqc_and_the_b2c_totals_no_quantity(
    office: District, tmp_path: Path
) -> None:
    _feed(office, tmp_path)
    staff = Office(office.url)
    staff.sign_in("vimla")
    month = clock.business_date(clock.now_utc())[:7]
    hsn = _csv(staff, f"/office/gst?outlet=G01&month={month}&part=hsn&format=csv")
    assert [(r["hsn"], r["rate_percent"], r["uqc"], r["qty"], r["value"]) for r in hsn] == [
        ("1514", "5", "MLT", "1500", "300.00"),
        ("1514", "5", "PCS", "3", "630.00"),
    ]
    (b2c,) = _csv(staff, f"/office/gst?outlet=G01&month={month}&part=b2c&format=csv")
    assert "qty" not in b2c and b2c["value"] == "930.00"
    page = staff.get(f"/office/gst?outlet=G01&month={month}").text
    assert '<td data-label="UQC">MLT</td><td data-label="Qty">1500 <small>(1.5 L)</small>' in page


def _old_shape(store: Store) -> None:
    """Turn the summary tables back into their shape before the unit (no ``unit`` key) and
    their marker into the old one, with the quantities summed across units as they were."""
    with store.tx() as conn:
        for name in ("summary_tax", "summary_shg", "summary_shg_month"):
            conn.execute(text(f"DROP TABLE {name}"))
        money = "gross_paise BIGINT, taxable_paise BIGINT, cgst_paise BIGINT, sgst_paise BIGINT"
        conn.execute(text(
            "CREATE TABLE summary_tax (outlet_code VARCHAR(3), business_date VARCHAR(10), "
            f"hsn VARCHAR(8), rate_bp INTEGER, qty BIGINT, {money}, "
            "PRIMARY KEY (outlet_code, business_date, hsn, rate_bp))"))  # fmt: skip
        shg = ("sold_qty BIGINT, returned_qty BIGINT, sales_paise BIGINT, lots BIGINT, "
               "lot_qty BIGINT, payouts BIGINT, paid_paise BIGINT")  # fmt: skip
        conn.execute(text(
            "CREATE TABLE summary_shg (outlet_code VARCHAR(3), business_date VARCHAR(10), "
            f"shg_code VARCHAR(32), {shg}, PRIMARY KEY (outlet_code, business_date, shg_code))"
        ))  # fmt: skip
        conn.execute(
            text(
                f"CREATE TABLE summary_shg_month (month VARCHAR(7), "
                f"shg_code VARCHAR(32), {shg}, PRIMARY KEY (month, shg_code))"
            )
        )
        conn.execute(text("INSERT INTO summary_shg_month VALUES "
                          "('2026-11', 'SHG-LAX', 1503, 0, 93000, 2, 5020, 0, 0)"))  # fmt: skip
        conn.execute(text("UPDATE meta SET key = 'summaries_built_v2' WHERE key LIKE 'summ%'"))


def test_an_older_district_database_gets_its_summaries_per_unit_when_the_app_starts(
    server_db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = make_store(server_db)
    with ServerThread(create_app(store)) as server:
        _feed(District(store, server.url, server_db), tmp_path)
    day = store.rows("sales")[0]["business_date"]
    _old_shape(store)
    store.close()
    older = Store(server_db)
    assert older.upgrade() == ["summary_tax.unit", "summary_shg.unit", "summary_shg_month.unit"]
    assert older.upgrade() == []
    create_app(older)  # the app's start recomputes the summaries (their marker is new)
    (lax,) = summaries.shg_figures(older, day, day, "SHG-LAX")
    assert (lax.lot_qty, lax.sold_qty) == (PerUnit.of({"pc": 20, "ml": 5000}),
                                           PerUnit.of({"pc": 3, "ml": 1500}))  # fmt: skip
    assert (lax.sales_paise, lax.lots) == (93000, 2)
    month = summaries.shg_figures(older, day[:8] + "01", "2099-12-31", "SHG-LAX")
    assert month[0].sold_qty == lax.sold_qty
    tax = summaries.tax_summary(older, "G01", day, day)
    assert [(r.hsn, r.uqc, r.qty, r.gross_paise) for r in tax] == [
        ("1514", "MLT", 1500, 30000), ("1514", "PCS", 3, 63000)]  # fmt: skip
    older.close()
