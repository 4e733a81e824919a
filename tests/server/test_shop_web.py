# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The district's web shop (/shop/) and the office's orders page (/office/orders), fetched
from the real server on 127.0.0.1; the shop in a real browser at a phone's width too."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import requests

from pos.server.delivery import orders
from tests.support.office_client import Office, add_staff
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(sqlite_district: District) -> District:
    sqlite_district.publish_small_catalog()
    sqlite_district.enrolment_code("G01")
    orders.set_areas(sqlite_district.store, "G01", ["823001"])
    orders.report_stock(sqlite_district.store, "G01", {"MSK-GRN": 5})
    return sqlite_district


def _form(page: str, **fields: str) -> dict[str, str]:
    key = re.search(r'name="order_key" value="([^"]+)"', page)
    assert key
    data = {"order_key": key.group(1), "area": "823001", "name": "Sunita Devi",
            "phone": "98765 43210", "address": "12 Station Road, Gaya", "payment": "cod_cash",
            "qty_MSK-GRN": "3"}  # fmt: skip
    data.update(fields)
    return data


def test_the_shop_shows_both_names_the_mrp_and_stock_for_the_area_in_english_and_hindi(
    shop: District,
) -> None:
    page = requests.get(shop.url + "/shop/?area=823001", timeout=30)
    assert page.status_code == 200
    assert "Cotton mask green" in page.text and "सूती मास्क हरा" in page.text
    assert "₹10.00" in page.text and "in stock" in page.text and "out of stock" in page.text
    hindi = requests.get(shop.url + "/shop/?area=823001&lang=hi", timeout=30)
    assert "आपका पिन कोड या वार्ड" in hindi.text and "ऑर्डर करें" in hindi.text
    assert 'href="?lang=en&amp;area=823001"' in hindi.text  # switching keeps the area
    assert "script-src 'none'" in page.headers["content-security-policy"]
    assert requests.get(shop.url + "/office/static/shop.css", timeout=30).status_code == 200


def test_placing_an_order_twice_from_one_form_is_one_order_and_its_status_page_follows_it(
    shop: District,
) -> None:
    page = requests.get(shop.url + "/shop/?area=823001", timeout=30).text
    data = _form(page)
    first = requests.post(shop.url + "/shop/order", data=data, allow_redirects=False, timeout=30)
    again = requests.post(shop.url + "/shop/order", data=data, allow_redirects=False, timeout=30)
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert shop.store.count("shop_orders") == 1
    status = requests.get(shop.url + first.headers["location"], timeout=30)
    assert "placed" in status.text and "₹30.00" in status.text
    assert "Sunita" not in status.text and "98765" not in status.text  # no personal data
    order_id = first.headers["location"].rsplit("/", 1)[1]
    cancel = requests.post(shop.url + f"/shop/order/{order_id}/cancel", timeout=30)
    assert cancel.status_code == 200 and "cancelled" in cancel.text


def test_a_bad_phone_or_no_items_get_a_clear_answer_and_keep_what_was_typed(
    shop: District,
) -> None:
    page = requests.get(shop.url + "/shop/?area=823001", timeout=30).text
    bad = requests.post(shop.url + "/shop/order", data=_form(page, phone="12345"), timeout=30)
    assert bad.status_code == 422 and "not a mobile phone number" in bad.text
    assert "12 Station Road" in bad.text
    empty = requests.post(shop.url + "/shop/order", data=_form(page, **{"qty_MSK-GRN": "0"}),
                          timeout=30)  # fmt: skip
    assert empty.status_code == 422 and "Choose at least one item" in empty.text
    assert shop.store.count("shop_orders") == 0


def test_the_office_shows_unrouted_orders_and_an_officer_reassigns_one_while_a_viewer_cannot(
    shop: District,
) -> None:
    page = requests.get(shop.url + "/shop/?area=110001", timeout=30).text
    placed = requests.post(shop.url + "/shop/order", data=_form(page, area="110001"),
                           allow_redirects=False, timeout=30)  # fmt: skip
    order_id = placed.headers["location"].rsplit("/", 1)[1]
    add_staff(shop.store, "asha", "officer")
    add_staff(shop.store, "vijay", "viewer")
    viewer = Office(shop.url)
    viewer.sign_in("vijay")
    seen = viewer.get("/office/orders").text
    assert order_id in seen and "Sunita" not in seen  # a viewer's role does not need names
    refused = viewer.post(f"/office/orders/{order_id}/reassign", {"outlet": "G01"},
                          token_from="/office/orders")  # fmt: skip
    assert refused.status_code == 403
    officer = Office(shop.url)
    officer.sign_in("asha")
    assert "Sunita" in officer.get("/office/orders").text
    moved = officer.post(f"/office/orders/{order_id}/reassign", {"outlet": "G01"},
                         token_from="/office/orders")  # fmt: skip
    assert moved.status_code == 303
    assert orders.unrouted(shop.store) == []
    assert shop.store.rows("shop_orders", order_id=order_id)[0]["outlet_code"] == "G01"
    assert any(r["action"] == "order reassigned" for r in shop.store.rows("audit_log"))


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()), reason="no chromium (apt)"
)
def test_a_customer_orders_from_a_phone_in_hindi_in_a_real_browser(
    shop: District, tmp_path: Path
) -> None:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=390,1200"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 1200, "deviceScaleFactor": 1,
                                "mobile": True})  # fmt: skip
        driver.get(shop.url + "/shop/?area=823001&lang=hi")
        WebDriverWait(driver, 30).until(lambda d: "सूती मास्क हरा" in d.page_source)
        driver.find_element(By.NAME, "qty_MSK-GRN").send_keys("2")
        driver.find_element(By.NAME, "name").send_keys("सुनीता देवी")
        driver.find_element(By.NAME, "phone").send_keys("9876543210")
        driver.find_element(By.NAME, "address").send_keys("12 स्टेशन रोड, गया")
        artifacts = ROOT / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        driver.save_screenshot(str(artifacts / "shop-phone-hi.png"))
        driver.find_elements(By.CSS_SELECTOR, "form[action='/shop/order'] button")[0].click()
        WebDriverWait(driver, 30).until(lambda d: "/shop/order/" in d.current_url)
        assert "₹20.00" in driver.page_source
        driver.save_screenshot(str(artifacts / "shop-status-hi.png"))
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    assert shop.store.count("shop_orders") == 1
